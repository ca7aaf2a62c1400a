"""Shared schema, grading rules and helpers of the mlmatch cross-border benchmark.

Written by the mlmatch authors; licensed under Apache-2.0.

Everything here is deterministic: no clock, no ``hash()`` of strings; randomness
only comes from ``random.Random(<fixed seed>)`` instances passed in by callers.
"""
from __future__ import annotations

import random
import re

LANGS = ("en", "zh", "de", "es", "fr", "ja")
KINDS = ("head", "longtail", "brand_model", "typo", "mixed_script",
         "ambiguity", "false_friend", "near_miss")
TRAP_KINDS = ("ambiguity", "false_friend", "near_miss")
CURRENCY = {"en": "USD", "zh": "CNY", "de": "EUR", "es": "EUR", "fr": "EUR", "ja": "JPY"}
USD_RATE = {"USD": 1.0, "EUR": 0.93, "CNY": 7.2, "JPY": 150.0}  # units of each currency per US dollar
# The slot-based titles priced CNY at 7.1 when the shipped data was built; 7.2 would reprice 67 of the 1,024 products.
SLOT_CNY_RATE = 7.1

_ID_RE = re.compile(r"^[a-z_]+-\d{4}$")
_INTENT_ID_RE = re.compile(r"^[a-z_]+-i\d{2,3}$")


# --------------------------------------------------------------------------
# Grading rules: the ONLY place where judgments are derived.
# --------------------------------------------------------------------------
def grade(intent: dict, product: dict) -> int:
    """Graded relevance of ``product`` for ``intent``.

    3 Exact:      type in want.type, every want.attributes key has a product
                  value in its list (case-insensitive exact string), and the
                  brand is in want.brand when want.brand is non-empty.
    2 Substitute: type in want.type + substitute.types, and every want
                  attribute / brand constraint NOT named in substitute.relax
                  holds ("brand" may be relaxed).
    1 Complement: type in complement.types and, for each key in
                  complement.match that the intent constrains in
                  want.attributes, the product's value is in that list.
    0 otherwise.  intent.overrides[product_id] (hand-checked) wins over all.
    """
    overrides = intent.get("overrides") or {}
    if product["id"] in overrides:
        return int(overrides[product["id"]])

    want = intent["want"]
    want_types = set(want.get("type") or [])
    want_attrs = want.get("attributes") or {}
    want_brands = {b.lower() for b in (want.get("brand") or [])}
    sub = intent.get("substitute") or {}
    comp = intent.get("complement") or {}
    pattrs = product.get("attributes") or {}
    ptype = product["type"]

    def attr_ok(key: str) -> bool:
        value = pattrs.get(key)
        return value is not None and value.lower() in {v.lower() for v in want_attrs[key]}

    def brand_ok() -> bool:
        return not want_brands or product["brand"].lower() in want_brands

    # 3 Exact
    if ptype in want_types and all(attr_ok(k) for k in want_attrs) and brand_ok():
        return 3
    # 2 Substitute
    relax = set(sub.get("relax") or [])
    if ptype in want_types | set(sub.get("types") or []):
        if all(attr_ok(k) for k in want_attrs if k not in relax) and ("brand" in relax or brand_ok()):
            return 2
    # 1 Complement
    if ptype in set(comp.get("types") or []):
        if all(attr_ok(k) for k in (comp.get("match") or []) if k in want_attrs):
            return 1
    return 0


# --------------------------------------------------------------------------
# Validation helpers (build.py calls these and fails loudly)
# --------------------------------------------------------------------------
class BenchmarkError(ValueError):
    pass


def validate_product(p: dict) -> None:
    pid = p.get("id", "?")
    for key in ("id", "category", "type", "brand", "model", "attributes", "price",
                "currency", "home_lang", "titles"):
        if key not in p:
            raise BenchmarkError(f"product {pid}: missing field {key!r}")
    if not _ID_RE.match(pid) or not pid.startswith(p["category"] + "-"):
        raise BenchmarkError(f"product {pid}: id must be '<category>-<4 digits>'")
    if p["home_lang"] not in LANGS:
        raise BenchmarkError(f"product {pid}: bad home_lang {p['home_lang']!r}")
    if set(p["titles"]) != set(LANGS):
        raise BenchmarkError(f"product {pid}: titles must cover exactly {LANGS}")
    for lang in LANGS:
        t = p["titles"][lang]
        if not isinstance(t, str) or not t.strip():
            raise BenchmarkError(f"product {pid}: empty {lang} title")
    for k, v in p["attributes"].items():
        if not isinstance(v, str):
            raise BenchmarkError(f"product {pid}: attribute {k} must be str")


def validate_intent(it: dict) -> None:
    iid = it.get("id", "?")
    if not _INTENT_ID_RE.match(iid):
        raise BenchmarkError(f"intent {iid}: id must be '<category>-iNN'")
    if it.get("kind") not in KINDS:
        raise BenchmarkError(f"intent {iid}: bad kind {it.get('kind')!r}")
    q = it.get("queries") or {}
    if set(q) != set(LANGS):
        raise BenchmarkError(f"intent {iid}: queries must cover exactly {LANGS}")
    for lang in LANGS:
        if not isinstance(q[lang], str) or not q[lang].strip():
            raise BenchmarkError(f"intent {iid}: empty {lang} query")
    want = it.get("want") or {}
    if not want.get("type"):
        raise BenchmarkError(f"intent {iid}: want.type must be non-empty")
    for g in (it.get("overrides") or {}).values():
        if g not in (0, 1, 2, 3):
            raise BenchmarkError(f"intent {iid}: override grade {g!r}")


# --------------------------------------------------------------------------
# Optional title helpers shared by category modules (pure, deterministic)
# --------------------------------------------------------------------------
COLORS = {
    "black": {"en": "Black", "zh": "黑色", "de": "Schwarz", "es": "Negro", "fr": "Noir", "ja": "ブラック"},
    "white": {"en": "White", "zh": "白色", "de": "Weiß", "es": "Blanco", "fr": "Blanc", "ja": "ホワイト"},
    "silver": {"en": "Silver", "zh": "银色", "de": "Silber", "es": "Plata", "fr": "Argent", "ja": "シルバー"},
    "grey": {"en": "Grey", "zh": "灰色", "de": "Grau", "es": "Gris", "fr": "Gris", "ja": "グレー"},
    "blue": {"en": "Blue", "zh": "蓝色", "de": "Blau", "es": "Azul", "fr": "Bleu", "ja": "ブルー"},
    "navy": {"en": "Navy", "zh": "藏青色", "de": "Marineblau", "es": "Azul marino", "fr": "Bleu marine", "ja": "ネイビー"},
    "red": {"en": "Red", "zh": "红色", "de": "Rot", "es": "Rojo", "fr": "Rouge", "ja": "レッド"},
    "pink": {"en": "Pink", "zh": "粉色", "de": "Rosa", "es": "Rosa", "fr": "Rose", "ja": "ピンク"},
    "green": {"en": "Green", "zh": "绿色", "de": "Grün", "es": "Verde", "fr": "Vert", "ja": "グリーン"},
    "beige": {"en": "Beige", "zh": "米色", "de": "Beige", "es": "Beige", "fr": "Beige", "ja": "ベージュ"},
    "brown": {"en": "Brown", "zh": "棕色", "de": "Braun", "es": "Marrón", "fr": "Marron", "ja": "ブラウン"},
    "clear": {"en": "Clear", "zh": "透明", "de": "Transparent", "es": "Transparente", "fr": "Transparent", "ja": "クリア"},
    "purple": {"en": "Purple", "zh": "紫色", "de": "Lila", "es": "Morado", "fr": "Violet", "ja": "パープル"},
    "yellow": {"en": "Yellow", "zh": "黄色", "de": "Gelb", "es": "Amarillo", "fr": "Jaune", "ja": "イエロー"},
    "olive": {"en": "Olive", "zh": "军绿色", "de": "Oliv", "es": "Verde oliva", "fr": "Kaki", "ja": "オリーブ"},
    "graphite": {"en": "Graphite", "zh": "石墨黑", "de": "Graphit", "es": "Grafito", "fr": "Graphite", "ja": "グラファイト"},
    "midnight": {"en": "Midnight", "zh": "午夜色", "de": "Mitternacht", "es": "Medianoche", "fr": "Minuit", "ja": "ミッドナイト"},
    "starlight": {"en": "Starlight", "zh": "星光色", "de": "Polarstern", "es": "Blanco estrella", "fr": "Lumière stellaire", "ja": "スターライト"},
    "space_grey": {"en": "Space Grey", "zh": "深空灰色", "de": "Space Grau", "es": "Gris espacial", "fr": "Gris sidéral", "ja": "スペースグレイ"},
    "cream": {"en": "Cream", "zh": "奶白色", "de": "Creme", "es": "Crema", "fr": "Crème", "ja": "クリーム"},
}

# local brand spellings as sellers write them (zh / ja); default = brand itself
BRAND_LOCAL = {
    "Sony": {"zh": ["索尼（SONY）", "SONY索尼"], "ja": ["ソニー(SONY)", "SONY"]},
    "Apple": {"zh": ["Apple苹果", "Apple"], "ja": ["Apple(アップル)", "Apple"]},
    "Samsung": {"zh": ["三星（SAMSUNG）", "SAMSUNG三星"], "ja": ["Samsung(サムスン)", "サムスン"]},
    "Xiaomi": {"zh": ["小米（MI）", "小米"], "ja": ["Xiaomi(シャオミ)", "シャオミ"]},
    "Huawei": {"zh": ["华为（HUAWEI）", "华为"], "ja": ["HUAWEI(ファーウェイ)", "ファーウェイ"]},
    "Anker": {"zh": ["安克（Anker）", "Anker安克"], "ja": ["Anker(アンカー)", "アンカー"]},
    "Philips": {"zh": ["飞利浦（PHILIPS）", "飞利浦"], "ja": ["フィリップス(PHILIPS)", "フィリップス"]},
    "Panasonic": {"zh": ["松下（Panasonic）", "松下"], "ja": ["パナソニック(Panasonic)", "パナソニック"]},
    "Bose": {"zh": ["Bose博士", "BOSE"], "ja": ["Bose(ボーズ)", "ボーズ"]},
    "Epson": {"zh": ["爱普生（EPSON）", "爱普生"], "ja": ["エプソン(EPSON)", "EPSON"]},
    "Logitech": {"zh": ["罗技（Logitech）", "罗技"], "ja": ["ロジクール(Logicool)", "Logicool"]},
    "Lenovo": {"zh": ["联想（Lenovo）", "联想ThinkPad"], "ja": ["レノボ(Lenovo)", "Lenovo"]},
    "Dell": {"zh": ["戴尔（DELL）", "戴尔"], "ja": ["Dell(デル)", "デル"]},
    "LG": {"zh": ["LG乐金", "LG"], "ja": ["LG(エルジー)", "LG"]},
    "Dyson": {"zh": ["戴森（Dyson）", "戴森"], "ja": ["ダイソン(Dyson)", "Dyson"]},
    "Nike": {"zh": ["耐克（NIKE）", "NIKE耐克"], "ja": ["ナイキ(NIKE)", "NIKE"]},
    "Adidas": {"zh": ["阿迪达斯（adidas）", "adidas阿迪达斯"], "ja": ["アディダス(adidas)", "adidas"]},
    "Uniqlo": {"zh": ["优衣库（UNIQLO）", "UNIQLO优衣库"], "ja": ["ユニクロ(UNIQLO)", "UNIQLO"]},
    "The North Face": {"zh": ["北面（The North Face）", "TheNorthFace北面"], "ja": ["ザ・ノース・フェイス", "THE NORTH FACE"]},
    "Zojirushi": {"zh": ["象印（ZOJIRUSHI）", "象印"], "ja": ["象印マホービン(ZOJIRUSHI)", "象印"]},
    "Tefal": {"zh": ["特福（Tefal）", "特福"], "ja": ["ティファール(T-fal)", "T-fal"]},
    "De'Longhi": {"zh": ["德龙（Delonghi）", "德龙"], "ja": ["デロンギ(De'Longhi)", "デロンギ"]},
    "IKEA": {"zh": ["宜家（IKEA）", "宜家"], "ja": ["IKEA(イケア)", "イケア"]},
    "Iris Ohyama": {"zh": ["爱丽思（IRIS OHYAMA）", "爱丽思"], "ja": ["アイリスオーヤマ", "アイリスオーヤマ(IRIS OHYAMA)"]},
    "JBL": {"zh": ["JBL", "JBL音响"], "ja": ["JBL", "JBL(ジェービーエル)"]},
    "Levi's": {"zh": ["李维斯（Levi's）", "Levi's李维斯"], "ja": ["リーバイス(Levi's)", "Levi's"]},
    "Champion": {"zh": ["Champion冠军", "Champion"], "ja": ["チャンピオン(Champion)", "Champion"]},
    "Asics": {"zh": ["亚瑟士（ASICS）", "ASICS亚瑟士"], "ja": ["アシックス(ASICS)", "ASICS"]},
    "New Balance": {"zh": ["New Balance新百伦", "NB新百伦"], "ja": ["ニューバランス(New Balance)", "New Balance"]},
    "Midea": {"zh": ["美的（Midea）", "美的"], "ja": ["Midea(美的)", "Midea"]},
    "Roborock": {"zh": ["石头（roborock）", "石头科技"], "ja": ["Roborock(ロボロック)", "ロボロック"]},
    "Nespresso": {"zh": ["Nespresso奈斯派索", "Nespresso"], "ja": ["ネスプレッソ(Nespresso)", "Nespresso"]},
}


def brand_local(brand: str, lang: str, rng: random.Random) -> str:
    """Brand as written in a zh / ja marketplace title (else unchanged)."""
    forms = BRAND_LOCAL.get(brand, {}).get(lang)
    return rng.choice(forms) if forms else brand


def color_name(color: str, lang: str) -> str:
    return COLORS[color][lang] if color in COLORS else color


def local_price(usd: float, lang: str) -> float:
    """Price in the home market's currency, rounded the way that market prices."""
    cur = CURRENCY[lang]
    if cur == "USD":
        return round(int(usd) + 0.99, 2) if usd >= 1 else round(usd, 2)
    if cur == "EUR":
        return round(int(usd * USD_RATE["EUR"]) + 0.99, 2)
    if cur == "CNY":
        v = int(usd * SLOT_CNY_RATE)
        return float(v - v % 10 + 9) if v >= 10 else float(v)
    v = int(usd * USD_RATE["JPY"])  # JPY: ends in 80 or 00 like 2,980
    return float(max(100, v - v % 100 + 80))


def _clean(s: str) -> str:
    s = re.sub(r"\s+", " ", s)
    s = re.sub(r"\s+([,)）】])", r"\1", s)
    s = re.sub(r"([(（【])\s+", r"\1", s)
    s = re.sub(r"\(\s*\)|（\s*）|【\s*】", "", s)
    s = re.sub(r"(,\s*)+,", ",", s)
    s = re.sub(r"\s*[-–,]\s*$", "", s.strip())
    s = re.sub(r"^\s*[-–,]\s*", "", s)
    return re.sub(r"\s+", " ", s).strip()


def compose_title(lang: str, s: dict, rng: random.Random) -> str:
    """Compose a marketplace title from language-specific slots.

    Slots (all already written in ``lang``): brand, model, types (list of
    synonyms, first = most common), specs (list of spec tokens), compat
    (e.g. "for iPhone 15" / "适用iPhone15"), color, feats (selling points),
    pack, gender.  Several market-style templates per language; the choice
    of template, synonyms and selling points comes from ``rng``.
    """
    brand = s.get("brand", "")
    model = s.get("model", "")
    types = list(s.get("types") or [""])
    specs = list(s.get("specs") or [])
    compat = s.get("compat", "")
    color = s.get("color", "")
    feats = list(s.get("feats") or [])
    pack = s.get("pack", "")
    gender = s.get("gender", "")
    rng.shuffle(feats)
    nf = min(len(feats), rng.choice((1, 2, 2, 3)))
    f = feats[:nf]
    t0 = types[0]
    t1 = rng.choice(types)
    specs = [x for x in specs if x.lower() not in t1.lower()]
    sp = " ".join(specs)
    t = rng.randrange(4)

    def conj(items, word):
        return (", ".join(items[:-1]) + f" {word} " + items[-1]) if len(items) > 1 else "".join(items)

    if lang == "en":
        if t == 0:
            out = f"{brand} {model} {gender} {t1} {compat} {sp}, {', '.join(f)}, {color}"
        elif t == 1:
            out = f"{brand} {t1} {compat} - {sp} {model}, {', '.join(f)} ({color})"
        elif t == 2:
            w = f" with {f[0]}" if f else ""
            out = f"{pack} {brand} {model} {sp} {gender} {t1}{w} - {color}"
        else:
            out = f"{brand} {model} {t0} {compat} | {' | '.join(f + specs)} | {color} {pack}"
    elif lang == "zh":
        extra = rng.choice(["", "2024新款", "官方旗舰店", "正品", "爆款", ""])
        stack = " ".join(dict.fromkeys([t0, t1] + types[1:2]))
        if t in (0, 1):
            out = f"{brand} {model} {compat}{stack} {sp} {' '.join(f)} {color} {gender} {pack}"
        elif t == 2:
            out = f"{extra} {brand} {compat}{t0} {model} {' '.join(feats[:3])} {sp} {gender} {t1} {color} {pack}"
        else:
            out = f"{brand}{model} {sp}{t1} {' '.join(f)} {compat} {color} {pack} {extra}"
    elif lang == "ja":
        br = f"【{f[0]}】" if f else ""
        pk = f"【{pack}】" if pack else ""
        col = f"（{color}）" if color else ""
        if t == 0:
            out = f"{br}{brand} {t1} {model} {compat} {sp} {' '.join(f[1:])} {gender} {col}{pk}"
        elif t == 1:
            out = f"{brand} {model} {gender}{t0} {compat} {sp} {' '.join(f)} {color} {pk}"
        elif t == 2:
            out = f"{pk}{br}{brand} {compat} {t1} {sp} {model} {gender} {col}"
        else:
            out = f"{brand} {t0} {model} {sp} {compat} {gender} {' '.join(f)} {col}{pk}"
        out = out.replace("(", "（").replace(")", "）").replace("/", "／")
    elif lang == "de":
        if t == 0:
            out = f"{brand} {model} {t1} {compat} {gender} ({', '.join(specs + f)}), {color} {pack}"
        elif t == 1:
            out = f"{pack} {brand} {t1} {compat} {sp} – {', '.join(f)} – {color}"
        elif t == 2:
            out = f"{brand} {model} {gender} {t0}, {sp}, {', '.join(f)}, {color}"
        else:
            out = f"{brand} {t1} {model} {sp} {compat} {gender} mit {conj(f, 'und') if f else 'Garantie'} in {color}"
    elif lang == "es":
        if t == 0:
            out = f"{t1} {brand} {model} {compat} {gender} {sp}, {', '.join(f)}, {color} {pack}"
        elif t == 1:
            out = f"{brand} {model} - {t1} {gender} {compat} {sp} con {conj(f, 'y') if f else 'garantía'} - Color {color}"
        elif t == 2:
            out = f"{pack} {brand} {t0} {compat} {gender} {sp} {model}, {', '.join(f)} ({color})"
        else:
            out = f"{t0} {brand} {model} {sp} {gender} {compat} - {', '.join(f)} - {color}"
    elif lang == "fr":
        if t == 0:
            out = f"{brand} {model} - {t1} {compat} {gender} {sp}, {', '.join(f)}, {color} {pack}"
        elif t == 1:
            out = f"{t1} {brand} {model} {gender} {compat} {sp} avec {conj(f, 'et') if f else 'garantie'} - {color}"
        elif t == 2:
            out = f"{pack} {t0} {brand} {compat} {sp} {gender} - {', '.join(f)} - Coloris {color}"
        else:
            out = f"{brand} {t0} {model} {gender} {sp} {compat}, {', '.join(f)} ({color})"
    else:
        raise BenchmarkError(lang)
    out = out.replace("Coloris  -", "").replace("Color  -", "").replace("in  ", " ")
    out = re.sub(r"\bin\s*$", "", out.strip())
    out = re.sub(r"- Color\s*$|- Coloris\s*$|Coloris\s*$", "", out.strip())
    out = re.sub(r"\|\s*\|", "|", out)
    out = re.sub(r"\s*\|\s*$", "", out.strip())
    return _clean(out)


def make_product(category: str, idx: int, ptype: str, brand: str, model: str,
                 attributes: dict, usd: float, home_lang: str, titles: dict) -> dict:
    """Assemble one product record in the shared format."""
    return {
        "id": f"{category}-{idx:04d}",
        "category": category,
        "type": ptype,
        "brand": brand,
        "model": model,
        "attributes": {k: str(v) for k, v in attributes.items()},
        "price": local_price(usd, home_lang),
        "currency": CURRENCY[home_lang],
        "home_lang": home_lang,
        "titles": titles,
    }


def intent(iid: str, kind: str, queries: dict, want_type, attrs=None, brand=None,
           sub_types=None, relax=None, comp_types=None, comp_match=None, overrides=None) -> dict:
    """Compact constructor for an intent dict in the shared format."""
    if isinstance(want_type, str):
        want_type = [want_type]
    return {
        "id": iid,
        "kind": kind,
        "queries": dict(queries),
        "want": {"type": list(want_type), "attributes": dict(attrs or {}), "brand": list(brand or [])},
        "substitute": {"types": list(sub_types or []), "relax": list(relax or [])},
        "complement": {"types": list(comp_types or []), "match": list(comp_match or [])},
        "overrides": dict(overrides or {}),
    }


def Q(en, zh, de, es, fr, ja) -> dict:
    """Six-language query dict in LANGS order."""
    return {"en": en, "zh": zh, "de": de, "es": es, "fr": fr, "ja": ja}


GENDER = {
    "men": {"en": "Men's", "zh": "男款", "de": "Herren", "es": "Hombre", "fr": "Homme", "ja": "メンズ"},
    "women": {"en": "Women's", "zh": "女款", "de": "Damen", "es": "Mujer", "fr": "Femme", "ja": "レディース"},
    "unisex": {"en": "Unisex", "zh": "男女同款", "de": "Unisex", "es": "Unisex", "fr": "Mixte", "ja": "男女兼用"},
    "kids": {"en": "Kids'", "zh": "儿童", "de": "Kinder", "es": "Niños", "fr": "Enfant", "ja": "キッズ"},
}

_ZH_DEVICE = {"iPhone 15": ["iPhone15", "苹果15"], "iPhone 15 Pro": ["iPhone15Pro", "苹果15Pro"],
              "iPhone 14": ["iPhone14", "苹果14"], "iPhone 15 Pro Max": ["iPhone15ProMax", "苹果15ProMax"],
              "Galaxy S24": ["三星S24", "Galaxy S24"], "Galaxy S23": ["三星S23", "Galaxy S23"],
              "Pixel 8": ["谷歌Pixel8", "Pixel 8"], "iPad 10": ["iPad10代", "iPad第十代"]}


def compat_phrase(model: str, lang: str, rng: random.Random) -> str:
    """'for iPhone 15' the way each market writes it."""
    if not model:
        return ""
    if lang == "en":
        return rng.choice([f"for {model}", f"Compatible with {model}", f"for {model}"])
    if lang == "zh":
        return "适用" + rng.choice(_ZH_DEVICE.get(model, [model]))
    if lang == "de":
        return rng.choice([f"für {model}", f"kompatibel mit {model}"])
    if lang == "es":
        return rng.choice([f"para {model}", f"compatible con {model}"])
    if lang == "fr":
        return rng.choice([f"pour {model}", f"compatible avec {model}"])
    return rng.choice([f"{model} 対応", f"{model.replace(' ', '')}用", f"{model}用"])


def generic_products(category: str, rows: list, type_words: dict, feats: dict, spec_fn,
                     seed: int, home_offset: int = 0) -> list[dict]:
    """Build product records from rows (ptype, brand, model, attrs, usd).

    type_words[ptype][lang]: synonyms; feats[ptype][lang]: selling points;
    spec_fn(ptype, attrs, lang) -> list of spec tokens in that language.
    attrs may hold color / gender / compatible_model / pack (rendered by the
    shared helpers); when model is non-empty it is also stored as
    attributes["model"] so that brand + model intents can constrain it.
    """
    rng = random.Random(seed)
    out = []
    for i, (ptype, brand, model, attrs, usd) in enumerate(rows, 1):
        attrs = dict(attrs)
        if model:
            attrs.setdefault("model", model)
        home = LANGS[(i * 5 + home_offset) % len(LANGS)]
        titles = {}
        for lang in LANGS:
            pack = attrs.get("pack", "")
            if pack and pack != "1":
                pack = {"en": f"{pack}-Pack", "zh": f"{pack}片装" if ptype == "screen_protector" else f"{pack}个装",
                        "de": f"{pack} Stück", "es": f"Pack de {pack}", "fr": f"Lot de {pack}",
                        "ja": f"{pack}枚入り" if ptype == "screen_protector" else f"{pack}個セット"}[lang]
            else:
                pack = ""
            slots = {
                "brand": brand_local(brand, lang, rng),
                "model": model,
                "types": type_words[ptype][lang],
                "specs": spec_fn(ptype, attrs, lang),
                "compat": compat_phrase(attrs.get("compatible_model", ""), lang, rng),
                "color": color_name(attrs["color"], lang) if attrs.get("color") else "",
                "feats": feats.get(ptype, {}).get(lang, []),
                "gender": GENDER[attrs["gender"]][lang] if attrs.get("gender") else "",
                "pack": pack,
            }
            titles[lang] = compose_title(lang, slots, rng)
        out.append(make_product(category, i, ptype, brand, model, attrs, usd, home, titles))
    return out
