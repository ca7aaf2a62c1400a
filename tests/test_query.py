"""Query correction from the catalog's own words, and the typo slice it is measured on."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest

from mlmatch.errors import BadArgument
from mlmatch.index.lexical import BM25Index
from mlmatch.query.correction import QueryCorrector

from conftest import DATA, SMALL_CATALOG

STYLE_SHIFT = Path(__file__).parent.parent / "data" / "style_shift"

TITLES = [
    "Ratón inalámbrico Logitech M185, receptor USB",
    "Wireless Earbuds Bluetooth 5.3, noise cancelling",
    "Exterior Paint Terracotta 2.5 L, weatherproof",
    "Digital Thermometer for outdoor use",
    "Bosch Staubsauger kabellos",
    "Holz Eisenbahn Set für Kinder",
    "Galaxy S24 case, shockproof",
    "Cinta de teflón para roscas",
]


@pytest.fixture(scope="module")
def corrector() -> QueryCorrector:
    return QueryCorrector.for_index(BM25Index.build(TITLES, "test"), ["en", "es", "de"])


@pytest.mark.parametrize("typed, searched", [
    ("raton inalambrico", "ratón inalámbrico"),  # accents dropped: the catalog's own spelling
    ("raton inalambrco", "ratón inalámbrico"),  # a letter and the accents dropped: one edit, as accents cost none
    ("wirelss earbuds", "wireless earbuds"),  # one edit, one candidate
    ("terracotta exteriorpaint", "terracotta exterior paint"),  # joined words split into known ones
    ("Staubsuager", "Staubsauger"),  # a transposition is one edit; the shopper's capital is kept
    ("cinta teflon", "cinta teflón"),  # a rare English word, but a listing holds the corrected query
])
def test_confident_corrections_rewrite_the_query(corrector, typed, searched):
    correction = corrector.correct(typed)
    assert correction.corrected == searched and correction.searched == searched
    assert correction.to_dict() == {"query": typed, "corrected_query": searched, "suggestion": None}


@pytest.mark.parametrize("typed", [
    "galaxy s24 case",  # known words and a model number
    "galaxy s23 case",  # model numbers are never corrected
    "thermom",  # the start of a catalog word: cut short, not misspelt
    "Holzeisenbahn",  # a compound German lists, though the catalog writes it apart
    "case bag",  # short or common words
    "earbuds",  # known
    "苹果手机壳",  # not Latin script
])
def test_what_is_never_corrected(corrector, typed):
    assert corrector.correct(typed).corrected is None and corrector.correct(typed).suggestion is None


def test_suggest_and_off_never_rewrite(corrector):
    suggested = corrector.correct("wirelss earbuds", "suggest")
    assert (suggested.corrected, suggested.suggestion) == (None, "wireless earbuds")
    assert corrector.correct("wirelss earbuds", "off").searched == "wirelss earbuds"
    with pytest.raises(BadArgument, match="unknown correction mode"):
        corrector.correct("x", "maybe")


@pytest.mark.parametrize("typed, suggested", [
    ("teflon tape", "teflón tape"),  # no listing holds the corrected words together: `teflon` is English
    ("teflon", "teflón"),  # alone, nothing backs it
])
def test_a_rare_real_word_is_rewritten_only_when_the_listings_back_it(corrector, typed, suggested):
    correction = corrector.correct(typed)
    assert correction.corrected is None and correction.suggestion == suggested


def test_a_doubtful_correction_is_only_suggested(corrector):
    correction = corrector.correct("shokprouf case")  # two edits away: not sure enough to rewrite
    assert correction.corrected is None and correction.suggestion == "shockproof case"


def test_the_typo_slice_is_deterministic(tmp_path):
    from eval.typos import misspell, write_slice

    assert misspell("tv 4k", random.Random(0)) is None  # no word of five letters
    assert misspell("wireless earbuds", random.Random("q1")) == misspell("wireless earbuds", random.Random("q1"))
    typo, clean = tmp_path / "typo", tmp_path / "clean"
    count = write_slice(DATA / "beir_small", "test", typo)
    assert count == write_slice(DATA / "beir_small", "test", clean, clean=True) > 0
    typos = [json.loads(line) for line in (typo / "queries.jsonl").read_text().splitlines()]
    cleans = {row["_id"]: row["text"] for row in map(json.loads, (clean / "queries.jsonl").read_text().splitlines())}
    assert all(row["text"] != cleans[row["_id"]] for row in typos)
    judged = {line.split("\t")[0] for line in (typo / "qrels" / "test.tsv").read_text().splitlines()[1:]}
    assert judged == set(cleans)


def test_eval_records_the_correction_it_applied(tmp_path):
    from eval import run as eval_run

    out = tmp_path / "run"
    assert eval_run.main(["--data", str(DATA / "beir_small"), "--pairs", "en-en", "--systems", "bm25", "--correct", "on", "--out", str(out)]) == 0
    results = json.loads((out / "results.json").read_text())
    assert results["correct"] == "on" and results["corrected_queries"] >= 0


def test_cli_json_says_what_was_searched(capsys):
    from mlmatch.cli import main

    assert main(["search", "wireles mouse", "--catalog", str(SMALL_CATALOG), "--mode", "bm25", "--json", "--k", "3"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["query"] == "wireles mouse" and out["corrected_query"] == "wireless mouse" and out["suggestion"] is None
    assert out["results"][0]["id"] == "mouse-en"
    assert main(["search", "wireles mouse", "--catalog", str(SMALL_CATALOG), "--mode", "bm25", "--correct", "off", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["corrected_query"] is None


def test_pinyin_is_read_as_the_catalogs_chinese():
    from mlmatch.query.pinyin import PinyinReader

    reader = PinyinReader.for_titles(["适用苹果15手机壳 全包防摔", "新鲜苹果 红富士 5斤", "蓝牙耳机 无线"])
    assert reader.read("pingguo shoujike") == "苹果 手机壳"
    assert reader.read("pingguoshoujike") == "苹果手机壳"  # one word: the fewest, most used phrases
    assert reader.read("lanya erji") == "蓝牙 耳机"
    assert reader.read("pingguo 15") is None and reader.read("pingguo xyz") is None  # every word must split
    assert reader.read("") is None and reader.read("苹果") is None


def test_the_corrector_reads_pinyin_only_where_no_word_is_known():
    titles = ["适用苹果15手机壳 全包防摔", "Banana chips 200 g", "蓝牙耳机 无线"]
    corrector = QueryCorrector.for_index(BM25Index.build(titles, "test"), ["en", "zh"], titles)
    assert corrector.correct("pingguo shoujike").corrected == "苹果 手机壳"
    assert corrector.correct("pingguo shoujike", "suggest").suggestion == "苹果 手机壳"
    assert corrector.correct("lanya erji").searched == "蓝牙 耳机"
    assert corrector.correct("banana chips").corrected is None  # English words, even where they spell pinyin


def test_the_pinyin_slice_types_chinese_queries_as_pinyin(tmp_path):
    from eval.typos import as_pinyin, write_slice

    assert as_pinyin("苹果 手机壳") == "pingguo shoujike" and as_pinyin("苹果15手机壳") is None and as_pinyin("iphone") is None
    assert write_slice(DATA / "beir_small", "test", tmp_path / "p", pinyin=True) >= 1
    rows = [json.loads(line) for line in (tmp_path / "p" / "queries.jsonl").read_text().splitlines()]
    assert rows and all(row["lang"] == "zh" and row["text"].isascii() for row in rows)


def test_the_written_slice_takes_its_misspellings_from_a_file(tmp_path):
    from eval.typos import main, read_written, write_slice

    written = tmp_path / "typos.jsonl"
    written.write_text('{"_id": "i1:zh", "text": "平果15手机壳", "error": "homophone"}\n'
                       '{"_id": "not-in-split", "text": "x", "error": "keyboard"}\n', encoding="utf-8")
    assert write_slice(DATA / "beir_small", "test", tmp_path / "w", written=read_written(written)) == 1
    assert write_slice(DATA / "beir_small", "test", tmp_path / "c", clean=True, written=read_written(written)) == 1
    assert json.loads((tmp_path / "w" / "queries.jsonl").read_text())["text"] == "平果15手机壳"
    assert json.loads((tmp_path / "c" / "queries.jsonl").read_text())["text"] == "苹果15手机壳"
    (tmp_path / "bad.jsonl").write_text('{"text": "no id"}\n')
    assert main(["--data", str(DATA / "beir_small"), "--out", str(tmp_path / "b"), "--written", str(tmp_path / "bad.jsonl")]) != 0


def test_the_style_shift_misspellings_are_of_its_test_queries():
    from eval.typos import read_written

    written = read_written(STYLE_SHIFT / "typos.jsonl")
    queries = {row["_id"]: row["text"] for row in map(json.loads, (STYLE_SHIFT / "queries.jsonl").read_text().splitlines())}
    test = {line.split("\t")[0] for line in (STYLE_SHIFT / "qrels" / "test.tsv").read_text().splitlines()[1:]}
    assert len(written) >= 40 and set(written) <= test and all(written[q] != queries[q] for q in written)


CJK_TITLES = ["增压花洒 淋浴 手持 节水", "烟台 红富士苹果 5斤", "儿童雨靴 防滑", "护眼台灯 学生", "护眼台灯 LED",
              "延長コード 3m 2個口", "シャワーヘッド 節水", "iPhone15 ケース 耐衝撃", "結束バンド 100本",
              "蟋蟀干爬虫饲料 50g", "宠物用品 猫砂", "男装 衣服 休闲"]


@pytest.fixture(scope="module")
def cjk_corrector():
    return QueryCorrector.for_index(BM25Index.build(CJK_TITLES, "cjk"), ["ja", "zh"], CJK_TITLES)


@pytest.mark.parametrize("typed, corrected", [
    ("增压花撒", "增压花洒"),  # a character of the same sound
    ("男装 已服", "男装 衣服"),  # a two-character word with a character no title has
    ("儿童yuxue", "儿童雨靴"),  # a word left in pinyin
    ("延長コド", "延長コード"),  # the long-vowel mark dropped
    ("結束バント", "結束バンド"),  # the voicing mark dropped
    ("iphone15 けーす", "iphone15 ケース"),  # hiragana for the titles' katakana
])
def test_input_method_slips_are_corrected_from_the_catalogs_text(cjk_corrector, typed, corrected):
    assert cjk_corrector.correct(typed).corrected == corrected
    assert cjk_corrector.correct(typed, "suggest").suggestion == corrected


def test_a_two_character_word_of_characters_the_titles_use_is_only_suggested(cjk_corrector):
    correction = cjk_corrector.correct("蟋蟀干 爬宠")  # reptile pets: a word the titles do not use, not a slip for 爬虫
    assert correction.corrected is None and correction.suggestion == "蟋蟀干 爬虫"


@pytest.mark.parametrize("query", [
    "增压花洒", "延長コード", "ケース",  # what the titles write
    "烟台红富士 10斤",  # 台红 is in no title, but the titles' 烟台 keeps 烟 (眼台 of 护眼台灯 sounds the same)
    "網戸 補習",  # kanji: a wrong one of the same reading needs a reading dictionary
    "保温杯",  # no title has it, and nothing sounds like it
])
def test_what_the_catalog_writes_or_cannot_tell_is_left_alone(cjk_corrector, query):
    correction = cjk_corrector.correct(query)
    assert correction.corrected is None and correction.suggestion is None


def test_the_typo_slice_makes_input_method_slips_in_chinese_and_japanese():
    from eval.typos import misspell

    for query, lang in (("延長コード", "ja"), ("結束バンド", "ja"), ("增压花洒", "zh")):
        typo = misspell(query, random.Random(query), lang)
        assert typo != query and len(typo) >= len(query) - 1
    assert misspell("網戸 補修", random.Random(0), "ja") is None  # no katakana word to slip in
    from pypinyin import lazy_pinyin

    typo = misspell("增压花洒", random.Random(1), "zh")
    assert lazy_pinyin(typo) == lazy_pinyin("增压花洒") and typo != "增压花洒"


def test_word_frequencies_are_wordfreqs_own_read_from_the_mapped_lists():
    import wordfreq
    from wordfreq.language_info import get_language_info

    from mlmatch.query import word_frequency

    for lang in word_frequency.PLAIN:  # a word of letters is its own key in these languages' lists
        info = get_language_info(lang)
        assert lang in wordfreq.available_languages() and info["normal_form"] == "NFC" and info["tokenizer"] == "regex"
        assert not (info["transliteration"] or info["remove_marks"] or info["dotless_i"] or info["diacritics_under"])
    titles = [json.loads(line)["title"] for line in SMALL_CATALOG.read_text(encoding="utf-8").splitlines()] + TITLES
    words = {word for title in titles for word in title.split() if re.fullmatch("[A-Za-zÀ-ÖØ-öø-ÿ]+", word)}  # Latin letters, as callers ask
    for lang in ("en", "de"):
        listed = random.Random(lang).sample(sorted(wordfreq.get_frequency_dict(lang)), 3000)
        for word in sorted(words) + listed + [w.upper() for w in listed[:300]] + ["Straße", "qzxjv", "Bügeleisen"]:
            assert word_frequency.zipf_frequency(word, lang) == wordfreq.zipf_frequency(word, lang), (word, lang)
    assert word_frequency.zipf_frequency("Bügeleisen", "de") > 2 > word_frequency.zipf_frequency("Bügeleisen", "en")
