"""Marketplace title engine for the category modules that list products as specs.

beauty, food_grocery, toys, sports_outdoor, baby, pets, auto_parts and
books_stationery describe each product as a compact spec (see ``spec``) plus
per-market vocabulary tables; ``MarketCategory`` turns those into product
records with a title per language, written the way each marketplace writes
them.  (The other category modules use the slot-based helpers in schema.py.)

Deterministic: randomness only comes from ``random.Random(seed)``, consumed in
a fixed order, so changing this code changes the benchmark; rebuild and diff.
"""
from __future__ import annotations

import random
import re

from schema import CURRENCY, LANGS, USD_RATE

_UNIT = re.compile(r"^(\d[\d.,/x×-]*) ([A-Za-zµ%°]+)$")
_DEC = re.compile(r"(\d)\.(\d)")


def _fw(s):
    """Full-width letters/digits, as many Japanese listings write them."""
    return "".join(chr(ord(c) + 0xFEE0) if c.isascii() and c.isalnum() else c for c in s)


def _price(usd, cur, rng):
    """Price in ``cur`` with a little jitter, rounded the way that market prices."""
    v = usd * USD_RATE[cur] * rng.uniform(0.93, 1.08)
    if cur == "JPY":
        v = int(round(v, -1))
        return float(v - 20 if v >= 1000 else max(v, 98))
    if cur == "CNY":
        return float(int(v)) + 0.9
    return round(int(v) + 0.99, 2) if v >= 1 else round(v, 2)


def _one(x, rng):
    """A table entry is either one form or a list of interchangeable forms."""
    return rng.choice(x) if isinstance(x, (list, tuple)) else x


def _zj(a, b):
    """Join without a space (zh style) unless two Latin tokens would run together."""
    if a and b and a[-1].isascii() and a[-1].isalnum() and b[0].isascii() and b[0].isalnum():
        return a + " " + b
    return a + b


def _pick(rng, seq, lo, hi):
    """Between lo and hi distinct items of seq, in random order."""
    seq = list(dict.fromkeys(seq))
    k = rng.randint(min(lo, len(seq)), min(hi, len(seq)))
    return rng.sample(seq, k) if k else []


def _clean(s):
    """Tidy the spaces and separators that empty template slots leave behind."""
    s = re.sub(r"\s+", " ", s)
    s = re.sub(r"\s+([,，、)])", r"\1", s)
    s = re.sub(r"([(【])\s+", r"\1", s)
    s = re.sub(r"(,\s*)+,", ",", s)
    s = s.replace("- ,", "-").replace(", -", " -").replace("– ,", "–")
    return s.strip(" ,-–|")


def spec(t, b, m, a, p, h=None, x=None, ml=None):
    """One product: type, brand, model, attributes, base price in USD.

    Optional: h = home market (language), x = {lang: [extra title tokens]},
    ml = {lang: model name as written in that market}.
    """
    d = {"t": t, "b": b, "m": m, "a": a, "p": p}
    if h:
        d["h"] = h
    if x:
        d["x"] = x
    if ml:
        d["ml"] = ml
    return d


class MarketCategory:
    """One category's seed, specs and per-market vocabulary tables.

    brands[brand][lang]: local brand spelling; vocab[value][lang]: translated
    attribute value (one form or a list); keyfmt[key][lang]: format(s) with
    {v}/{n} for an attribute; noun[type][lang]: product-type synonyms;
    hide: attribute keys never shown in titles; extra[type][lang] and
    extra_any[lang]: selling points; tags_ja[type or "*"]: ja 【tag】 words.
    The tables are kept by reference, so a module may still add entries
    after building this object (before products() is called).
    """

    def __init__(self, category, seed, specs, *, brands, vocab, keyfmt, noun, hide,
                 extra, extra_any, tags_ja):
        self.category, self.seed, self.specs = category, seed, specs
        self.brands, self.vocab, self.keyfmt, self.noun = brands, vocab, keyfmt, noun
        self.hide, self.extra, self.extra_any, self.tags_ja = hide, extra, extra_any, tags_ja

    def _val(self, key, v, lang, rng):
        if v in self.vocab:
            d = self.vocab[v]
            out = _one(d.get(lang, d.get("en", v)), rng)
        else:
            out = v
            if lang in ("de", "es", "fr"):
                out = _DEC.sub(r"\1,\2", out)
            elif lang in ("zh", "ja") and _UNIT.match(out):
                out = out.replace(" ", "")
                if lang == "ja" and rng.random() < 0.35:
                    out = _fw(out)
        fmt = self.keyfmt.get(key, {}).get(lang)
        if fmt is not None:
            out = _one(fmt, rng).format(v=out, n=out.rstrip("+"))
        return out

    def _brand(self, b, lang, rng):
        loc = self.brands.get(b, {}).get(lang)
        if not loc or loc == b:
            return b
        if lang == "zh":
            return rng.choice([loc, b.upper() + "/" + loc, b + loc])
        if lang == "ja":
            return rng.choice([loc, loc, b + "(" + loc + ")"])
        return loc

    def title(self, s, lang, rng):
        """Title of spec ``s`` in ``lang``, from one of three market-style templates."""
        t = s["t"]
        b = self._brand(s["b"], lang, rng)
        m = s.get("ml", {}).get(lang, s.get("m", ""))
        noun = _one(self.noun[t][lang], rng)
        toks = [self._val(k, v, lang, rng) for k, v in s["a"].items()
                if k not in self.hide and v != s.get("m")]
        toks += list(s.get("x", {}).get(lang, ()))
        toks = [x for x in toks if x]
        if len(toks) > 2 and rng.random() < 0.4:
            toks = toks[1:] + toks[:1]
        a = " ".join(toks)
        ex = list(self.extra.get(t, {}).get(lang, ())) + list(self.extra_any.get(lang, ()))
        st = rng.randrange(3)
        if lang == "en":
            e = _pick(rng, ex, 0, 2)
            if st == 0:
                r = f"{b} {m} {noun}, {', '.join(toks)}" + (" - " + ", ".join(e) if e else "")
            elif st == 1:
                r = f"{b} {noun} {m} {a}" + "".join(" | " + x for x in e)
            else:
                r = f"{b} {m} {a} {noun}" + (", " + " & ".join(e) if e else "")
        elif lang == "zh":
            e = _pick(rng, ex, 2, 4)
            if st == 0:
                r = f"{_zj(b, m)} {noun} {a} {' '.join(e)}"
            elif st == 1:
                r = f"{b} {a}{noun} {m} {' '.join(e)}"
            else:
                r = f"{e[0]} {_zj(b, noun)} {m} {a} {' '.join(e[1:])}"
        elif lang == "de":
            e = _pick(rng, ex, 0, 2)
            if st == 0:
                r = f"{b} {m} {noun} {a}" + (", " + ", ".join(e) if e else "")
            elif st == 1:
                r = f"{noun} von {b} {m}, {', '.join(toks)}" + "".join(" – " + x for x in e)
            else:
                r = f"{b} {noun} {m} – {a}" + (" (" + ", ".join(e) + ")" if e else "")
        elif lang == "es":
            e = _pick(rng, ex, 0, 2)
            if st == 0:
                r = f"{b} {m} - {noun} {a}" + (", " + ", ".join(e) if e else "")
            elif st == 1:
                r = f"{noun} {b} {m}, {', '.join(toks)}" + (" - " + " - ".join(e) if e else "")
            else:
                r = f"{b} {noun} {m} {a}" + (" | " + ", ".join(e) if e else "")
        elif lang == "fr":
            e = _pick(rng, ex, 0, 2)
            if st == 0:
                r = f"{b} {m} - {noun} {a}" + (" - " + ", ".join(e) if e else "")
            elif st == 1:
                r = f"{noun} {b} {m}, {', '.join(toks)}" + (", " + ", ".join(e) if e else "")
            else:
                r = f"{noun} {a} – {b} {m}" + (" – " + " – ".join(e) if e else "")
        else:
            tag = rng.choice(list(self.tags_ja.get(t, ())) + list(self.tags_ja.get("*", ())))
            e = _pick(rng, [x for x in ex if x != tag], 1, 3)
            if st == 0:
                r = f"【{tag}】{b} {m} {noun} {a} {' '.join(e)}"
            elif st == 1:
                r = f"{b} {noun} {m} {a}【{tag}】{' '.join(e)}"
            else:
                r = f"{b} {a} {noun} {m} {' '.join(e)} 【{tag}】"
        return _clean(r)

    def products(self):
        """Product records of all specs; ids <category>-0001, ... in spec order."""
        rng = random.Random(self.seed)
        out = []
        for i, s in enumerate(self.specs, 1):
            home = s.get("h") or LANGS[(i * 5 + self.seed) % 6]
            cur = CURRENCY[home]
            titles = {lang: self.title(s, lang, rng) for lang in LANGS}
            out.append({
                "id": f"{self.category}-{i:04d}",
                "category": self.category,
                "type": s["t"],
                "brand": s["b"],
                "model": s.get("m", ""),
                "attributes": dict(s["a"]),
                "price": _price(s["p"], cur, rng),
                "currency": cur,
                "home_lang": home,
                "titles": titles,
            })
        return out

    def intent(self, n, kind, q, types, attrs=None, brand=(), sub=(), relax=(), comp=(), match=(),
               overrides=None):
        """Intent <category>-iNN; q lists the six queries in LANGS order, an attrs value may be one string."""
        return {
            "id": f"{self.category}-i{n:02d}",
            "kind": kind,
            "queries": dict(zip(LANGS, q)),
            "want": {"type": list(types),
                     "attributes": {k: list(v) if isinstance(v, (list, tuple)) else [v]
                                    for k, v in (attrs or {}).items()},
                     "brand": list(brand)},
            "substitute": {"types": list(sub), "relax": list(relax)},
            "complement": {"types": list(comp), "match": list(match)},
            "overrides": dict(overrides or {}),
        }
