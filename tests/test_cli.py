from __future__ import annotations

import json

import pytest

from mlmatch.cli import main
from mlmatch.index.store import current_generation

from conftest import SMALL_CATALOG


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_search_json(capsys, encoder):
    code, out, _ = run(capsys, "search", "苹果15手机壳", "--catalog", SMALL_CATALOG, "--lang", "en", "--mode", "dense", "--k", "3", "--json")
    assert code == 0
    payload = json.loads(out)
    assert payload["query"] == "苹果15手机壳"
    assert [r["rank"] for r in payload["results"]] == [1, 2, 3]
    assert payload["results"][0]["id"] == "case-ip15-en"
    assert set(payload["results"][0]) >= {"id", "title", "lang", "score", "rank"}
    assert payload["weak_match"] is None  # a cosine has no "no good match" level; the learned ranker's score has


@pytest.mark.slow
def test_the_learned_ranker_says_when_nothing_matches_well(capsys, mlmatch_home):
    code, out, _ = run(capsys, "search", "zzqxj", "--catalog", SMALL_CATALOG, "--json")
    assert code == 0 and json.loads(out)["weak_match"] is True
    code, out, _ = run(capsys, "search", "zzqxj", "--catalog", SMALL_CATALOG)
    assert out.startswith("no good match: ")


@pytest.mark.slow  # reads the dictionaries (half a minute once per session)
def test_search_json_says_what_the_query_was_translated_into(capsys, mlmatch_home):
    code, out, _ = run(capsys, "search", "Beamer", "--catalog", SMALL_CATALOG, "--lang", "en", "--mode", "bm25", "--json")
    payload = json.loads(out)
    assert code == 0 and payload["corrected_query"] is None
    assert {"word": "beamer", "lang": "en", "term": "projector"} in [{k: e[k] for k in ("word", "lang", "term")} for e in payload["expansions"]]
    assert payload["results"][0]["id"] == "projector-en"
    code, out, _ = run(capsys, "search", "Beamer", "--catalog", SMALL_CATALOG, "--lang", "en", "--mode", "bm25", "--json", "--expand", "off")
    assert json.loads(out)["expansions"] == [] and json.loads(out)["results"] == []
    code, out, _ = run(capsys, "search", "Beamer", "--catalog", SMALL_CATALOG, "--lang", "en", "--mode", "bm25")
    assert out.startswith("searched also: ") and "projector" in out.splitlines()[0]


def test_search_table(capsys, encoder):
    code, out, _ = run(capsys, "search", "Epson projector", "--catalog", SMALL_CATALOG, "--mode", "bm25", "--k", "2")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["rank", "score", "lang", "id", "title"]
    assert "projector-en" in lines[1]


def test_index_then_search_with_that_index(capsys, encoder, tmp_path):
    code, out, _ = run(capsys, "index", SMALL_CATALOG, "--out", tmp_path / "idx", "--kind", "hnsw")
    assert code == 0 and "indexed 28 products" in out
    assert (current_generation(tmp_path / "idx") / "dense" / "dense.faiss").exists()
    code, out, _ = run(capsys, "search", "Kopfhörer Sony", "--catalog", SMALL_CATALOG, "--index", tmp_path / "idx", "--kind", "hnsw", "--json")
    assert code == 0 and json.loads(out)["results"][0]["id"].startswith("headphones")


@pytest.mark.parametrize(
    "argv, message",
    [
        (["search", "x", "--catalog", "missing.jsonl"], "file not found"),
        (["search", "x", "--catalog", SMALL_CATALOG, "--lang", "xx", "--mode", "bm25"], "unknown language code 'xx'"),
        (["search", "x", "--catalog", SMALL_CATALOG, "--k", "0", "--mode", "bm25"], "--k must be at least 1"),
        (["search", "x", "--catalog", SMALL_CATALOG, "--model", "no-such-org/no-such-model"], "packaged"),
    ],
)
def test_user_errors_are_one_line_without_traceback(capsys, argv, message):
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == ""
    assert message in err and "Traceback" not in err


def test_catalog_text_cannot_send_escape_sequences_to_the_terminal(capsys, tmp_path):
    catalog = tmp_path / "escapes.jsonl"
    rows = [{"id": "evil", "title": "Wireless mouse \x1b[31mRED\x1b[0m \x9b2J \x1b]0;pwned\x07", "lang": "en"},
            {"id": "plain", "title": "Wireless keyboard", "lang": "en"}]  # an id with a control character is rejected
    catalog.write_text("".join(json.dumps(row) + "\n" for row in rows))
    assert main(["search", "wireless mouse", "--catalog", str(catalog), "--mode", "bm25"]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out and "\x9b" not in out
    assert "\\x1b[31mRED" in out and "\\x1b]0;pwned\\x07" in out
