"""Faults found by injecting bad input (issue 12): upload limits, the embedding cache file, catalog parsing, error text.

Every test writes real files under tmp_path and runs the real code on them.
"""

from __future__ import annotations

import json
import logging
import sqlite3

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import app
from mlmatch.catalog import CatalogError, count_rows, embedding_text, load_catalog
from mlmatch.embedding_cache import SIZE_ENV, EmbeddingCache, max_cache_bytes
from mlmatch.errors import MlmatchError
from showcase import rules
from showcase import state as demo_state

ROW = {"id": "p{}", "title": "Stainless Steel Chef Knife {}", "lang": "en"}
SEPARATORS = ["\n", "\r\n", "\r", "\u2028", "\u0085", "\x0c"]


def rows(count: int) -> list[dict]:
    return [{key: value.format(i) for key, value in ROW.items()} for i in range(count)]


def jsonl_text(records: list[dict], separator: str = "\n") -> str:
    return "".join(json.dumps(record, ensure_ascii=False) + separator for record in records)


def csv_text(records: list[dict], separator: str = "\n") -> str:
    return "".join(",".join(values) + separator for values in [list(ROW), *(record.values() for record in records)])


# ---- 1. upload limits -------------------------------------------------------------------------

@pytest.mark.parametrize("separator", SEPARATORS, ids=repr)
@pytest.mark.parametrize("suffix, writer", [(".jsonl", jsonl_text), (".csv", csv_text)])
def test_row_limit_holds_whatever_the_line_separators(tmp_path, suffix, writer, separator):
    path = tmp_path / f"mine{suffix}"
    path.write_text(writer(rows(11), separator), encoding="utf-8", newline="")
    with pytest.raises(rules.UploadError) as error:  # over the limit, or not 11 rows to this file's reader
        rules.load_upload(path, max_rows=10)
    assert str(error.value).startswith(path.name)


@pytest.mark.parametrize("separator", ["\n", "\r\n", "\r"], ids=repr)
def test_csv_rows_are_counted_by_the_csv_reader(tmp_path, separator):
    path = tmp_path / "mine.csv"
    path.write_text(csv_text(rows(11), separator), encoding="utf-8", newline="")
    assert count_rows(path) == 11
    with pytest.raises(rules.UploadError, match="mine.csv: 11 rows is over the 10 row limit"):
        rules.load_upload(path, max_rows=10)


def test_twenty_thousand_rows_in_under_a_megabyte_are_refused(tmp_path):
    path = tmp_path / "big.csv"
    path.write_text(csv_text(rows(20_000), "\r"), encoding="utf-8", newline="")
    assert path.stat().st_size < 1024 * 1024
    with pytest.raises(rules.UploadError, match="big.csv: 20000 rows is over the 5000 row limit"):
        rules.load_upload(path)


def test_separators_inside_values_do_not_count_as_rows(tmp_path):
    path = tmp_path / "mine.jsonl"
    records = [{**record, "title": f"Chef Knife\u2028{i}\u0085cm"} for i, record in enumerate(rows(3))]
    path.write_text(jsonl_text(records), encoding="utf-8")
    assert count_rows(path) == 3
    assert [p.title for p in rules.load_upload(path, max_rows=3)] == [r["title"] for r in records]


def test_indexing_an_upload_stops_at_its_deadline(tmp_path, encoder):
    catalog = rules.load_upload(_write(tmp_path / "mine.jsonl", jsonl_text(rows(3))))
    progress: list[float] = []
    with pytest.raises(rules.UploadError, match=r"^mine.jsonl: indexing stopped after 0 s with 0 of 3 products embedded"):
        rules.embed_catalog(catalog, encoder, lambda fraction, desc: progress.append(fraction), max_seconds=0)
    assert progress == []


# ---- 2. embedding cache -----------------------------------------------------------------------

def test_cache_size_comes_from_the_environment(monkeypatch):
    monkeypatch.delenv(SIZE_ENV, raising=False)
    assert max_cache_bytes() == 1024 * 1024 * 1024
    monkeypatch.setenv(SIZE_ENV, "0.5")
    assert max_cache_bytes() == 512 * 1024
    for bad in ("lots", "0", "-3", "nan", "inf"):
        monkeypatch.setenv(SIZE_ENV, bad)
        with pytest.raises(MlmatchError, match=SIZE_ENV):
            max_cache_bytes()


def test_cache_drops_least_recently_used_vectors_past_its_size(tmp_path, encoder, monkeypatch):
    monkeypatch.setenv(SIZE_ENV, "0.1")  # about 40 vectors of 384 floats
    cache = EmbeddingCache(encoder, tmp_path)
    old, middle, new = ([f"{name} product {i}" for i in range(count)] for name, count in (("old", 10), ("middle", 10), ("new", 25)))
    cache.documents(old)
    cache.documents(middle)
    cache.documents(old)  # used again: now more recent than `middle`
    cache.documents(new)
    assert _bytes_in_use(cache) <= cache.max_bytes == int(0.1 * 1024 * 1024)
    encoded: list[str] = []
    original = encoder.encode_documents
    monkeypatch.setattr(encoder, "encode_documents", lambda texts, *a, **k: encoded.extend(texts) or original(texts, *a, **k))
    cache.documents(new + old)
    assert encoded == []
    cache.documents(middle)
    assert encoded and set(encoded) <= set(middle)


def test_garbage_cache_file_is_set_aside_and_rebuilt(tmp_path, encoder, caplog):
    path = tmp_path / f"{encoder.fingerprint}.sqlite"
    garbage = bytes(range(256)) * 64
    path.write_bytes(garbage)
    with caplog.at_level(logging.WARNING, logger="mlmatch.embedding_cache"):
        vectors = EmbeddingCache(encoder, tmp_path).documents(["Beamer 4K"])
    assert vectors.shape == (1, encoder.dim)
    warnings = _warnings(caplog)
    assert len(warnings) == 1 and "unreadable" in warnings[0]
    assert path.with_name(path.name + ".corrupt").read_bytes() == garbage
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT COUNT(*) FROM vectors").fetchone() == (1,)


def test_cache_file_corrupted_while_in_use_is_rebuilt(tmp_path, encoder, caplog):
    cache = EmbeddingCache(encoder, tmp_path)
    first = cache.documents(["Beamer 4K", "fresh apples"])
    cache.path.write_bytes(b"\x00garbage" * 4096)
    with caplog.at_level(logging.WARNING, logger="mlmatch.embedding_cache"):
        again = cache.documents(["fresh apples", "Beamer 4K"])
    assert again[0] == pytest.approx(first[1], abs=1e-5) and len(_warnings(caplog)) == 1


def test_cache_written_before_the_size_bound_still_reads(tmp_path, encoder, monkeypatch):
    first = EmbeddingCache(encoder, tmp_path / "new").documents(["Beamer 4K"])
    path = tmp_path / f"{encoder.fingerprint}.sqlite"
    with sqlite3.connect(path) as db, sqlite3.connect(tmp_path / "new" / path.name) as new:
        db.execute("CREATE TABLE vectors (key TEXT PRIMARY KEY, vector BLOB NOT NULL)")
        db.executemany("INSERT INTO vectors VALUES (?, ?)", new.execute("SELECT key, vector FROM vectors"))
    encoded: list[str] = []
    original = encoder.encode_documents
    monkeypatch.setattr(encoder, "encode_documents", lambda texts, *a, **k: encoded.extend(texts) or original(texts, *a, **k))
    assert EmbeddingCache(encoder, tmp_path).documents(["Beamer 4K", "fresh apples"])[0] == pytest.approx(first[0])
    assert encoded == ["fresh apples"]


# ---- 3. catalog reader ------------------------------------------------------------------------

def test_jsonl_titles_may_hold_unicode_line_separators(tmp_path):
    titles = ["Hülle\u2028für iPhone 15", "Beamer\u0085 4K", "casque\u2029sans fil"]
    path = _write(tmp_path / "cat.jsonl", jsonl_text([{**record, "title": title} for record, title in zip(rows(3), titles)]))
    assert [product.title for product in load_catalog(path)] == titles


def test_csv_keeps_form_feeds_and_carriage_returns_inside_quoted_fields(tmp_path):
    path = tmp_path / "cat.csv"
    path.write_bytes(b'id,title,lang,description\r\n1,"Chef\x0cKnife",en,"line one\rline two"\r\n2,Beamer,de,"a\r\nb"\r\n')
    catalog = load_catalog(path)
    assert [(p.title, p.description) for p in catalog] == [("Chef\x0cKnife", "line one\rline two"), ("Beamer", "a\r\nb")]


def test_parquet_struct_attributes_drop_missing_keys(tmp_path):
    path = tmp_path / "cat.parquet"
    pq.write_table(pa.Table.from_pylist([{**rows(1)[0], "attributes": {"color": "red"}},
                                         {**rows(2)[1], "attributes": {"size": "L"}}]), path)
    catalog = load_catalog(path)
    assert [p.attributes for p in catalog] == [{"color": "red"}, {"size": "L"}]
    assert "None" not in embedding_text(catalog.products[0])


def test_parquet_map_attributes_are_accepted(tmp_path):
    path = tmp_path / "cat.parquet"
    attributes = pa.array([[("color", "red"), ("size", "L")], None], type=pa.map_(pa.string(), pa.string()))
    table = pa.Table.from_pylist(rows(2)).append_column("attributes", attributes)
    pq.write_table(table, path)
    assert [p.attributes for p in load_catalog(path)] == [{"color": "red", "size": "L"}, {}]


@pytest.mark.parametrize("suffix, where", [(".jsonl", "line 2"), (".parquet", "row 2")])
def test_boolean_price_is_rejected(tmp_path, suffix, where):
    path = tmp_path / f"cat{suffix}"
    if suffix == ".jsonl":
        _write(path, jsonl_text([{**rows(1)[0], "price": 9.5}, {**rows(2)[1], "price": True}]))
    else:
        pq.write_table(pa.Table.from_pylist(rows(2)).append_column("price", pa.array([None, True])), path)
    with pytest.raises(CatalogError) as error:
        load_catalog(path)
    assert error.value.problems == [f"{where}: field 'price': expected a non-negative number, got a boolean (true)"]


@pytest.mark.parametrize("line, problem", [
    ('{"id": "x", "title": ' + "[" * 100_000 + "]" * 100_000 + ', "lang": "en"}', "line 2: invalid JSON (nested too deeply)"),
    ('{"id": "x", "title": "t", "lang": "en", "price": 1' + "0" * 5000 + "}", "line 2: invalid JSON (Exceeds the limit"),
])
def test_pathological_json_is_a_clean_error_naming_file_and_line(tmp_path, line, problem):
    path = _write(tmp_path / "deep.jsonl", jsonl_text(rows(1)) + line + "\n")
    with pytest.raises(CatalogError) as error:
        load_catalog(path)
    assert str(path) in str(error.value) and error.value.problems[0].startswith(problem)
    with pytest.raises(rules.UploadError, match="deep.jsonl: rejected: line 2: invalid JSON"):
        rules.load_upload(path)


@pytest.mark.parametrize("value, problem", [
    ('"' + "[" * 60_000 + "]" * 60_000 + '"', "line 3: field 'attributes': expected a JSON object"),
    ('"' + "x" * 200_000 + '"', "line 3: unreadable CSV (field larger than field limit"),
])
def test_pathological_csv_is_a_clean_error_naming_file_and_line(tmp_path, value, problem):
    path = tmp_path / "cat.csv"
    path.write_text(f"id,title,lang,attributes\n1,ok,en,{{}}\n2,bad,en,{value}\n", encoding="utf-8")
    with pytest.raises(CatalogError) as error:
        load_catalog(path)
    assert str(path) in str(error.value) and error.value.problems[0].startswith(problem)


# ---- 4. upload error text ---------------------------------------------------------------------

def test_upload_errors_escape_what_they_echo(tmp_path):
    evil = "<img src=x onerror=alert(1)>"
    records = [{"id": evil, "title": evil, "lang": "en"}, {"id": evil, "title": "t", "lang": "en"}, {"id": "2", "title": "t", "lang": evil}]
    path = _write(tmp_path / "<b>cat.jsonl", jsonl_text(records))
    (message, key), = app.index_upload(str(path), progress=lambda *a, **k: None)
    assert key is None and (demo_state.current() is None or not demo_state.current().loading)  # a rejected file started no model load
    echoed = message.replace("<br>", "")
    assert "<" not in echoed and ">" not in echoed
    assert "&lt;b&gt;cat.jsonl: rejected, 2 problems:" in message
    assert "duplicate id '&lt;img src=x onerror=alert(1)&gt;'" in message


def test_size_limit_reads_the_same_in_the_error_and_the_upload_tab(tmp_path):
    limit = rules.size_text(rules.MAX_UPLOAD_BYTES)
    assert limit == "5.0 MB" and f"at most {limit} and" in app.UPLOAD_HELP
    path = tmp_path / "big.jsonl"
    path.write_bytes(b" " * (rules.MAX_UPLOAD_BYTES + 1))
    with pytest.raises(rules.UploadError, match=rf"^big.jsonl: 5.1 MB is over the {limit} limit$"):
        rules.load_upload(path)
    assert rules.size_text(2000) == "2.0 kB" and rules.size_text(1024) == "1.0 kB"


def _write(path, text: str):
    path.write_text(text, encoding="utf-8")
    return path


def _warnings(caplog) -> list[str]:
    return [record.getMessage() for record in caplog.records if record.name == "mlmatch.embedding_cache"]


def _bytes_in_use(cache: EmbeddingCache) -> int:
    with sqlite3.connect(cache.path) as db:
        pages = db.execute("PRAGMA page_count").fetchone()[0] - db.execute("PRAGMA freelist_count").fetchone()[0]
        return pages * db.execute("PRAGMA page_size").fetchone()[0]
