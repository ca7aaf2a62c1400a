from __future__ import annotations

import csv
import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from mlmatch.catalog import CatalogError, Product, embedding_text, load_catalog

from conftest import SMALL_CATALOG

ROWS = [
    {"id": "a1", "title": "Apple iPhone 15 Case", "lang": "en", "brand": "Spigen", "attributes": {"color": "clear"}, "price": 9.5},
    {"id": "a2", "title": "苹果手机壳", "lang": "zh"},
    {"id": "a3", "title": "Beamer 4K", "lang": "DE", "currency": "EUR"},
]


def write_jsonl(path, rows):
    path.write_text("\n".join(json.dumps(row, ensure_ascii=False) for row in rows) + "\n", encoding="utf-8")
    return path


def write_csv(path, rows):
    fields = sorted({key for row in rows for key in row})
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields)
        writer.writeheader()
        for row in rows:
            writer.writerow({k: json.dumps(v) if isinstance(v, dict) else v for k, v in row.items()})
    return path


def write_parquet(path, rows):
    pq.write_table(pa.Table.from_pylist(rows), path)
    return path


@pytest.mark.parametrize("writer, suffix", [(write_jsonl, ".jsonl"), (write_csv, ".csv"), (write_parquet, ".parquet")])
def test_formats_load_the_same_products(tmp_path, writer, suffix):
    catalog = load_catalog(writer(tmp_path / f"cat{suffix}", ROWS))
    assert [p.id for p in catalog] == ["a1", "a2", "a3"]
    assert catalog.products[2].lang == "de"
    assert catalog.products[0].price == 9.5
    assert catalog.products[0].attributes == {"color": "clear"}
    assert catalog.languages() == ["de", "en", "zh"]


def test_checksum_follows_content(tmp_path):
    one = load_catalog(write_jsonl(tmp_path / "a.jsonl", ROWS))
    two = load_catalog(write_jsonl(tmp_path / "b.jsonl", ROWS))
    three = load_catalog(write_jsonl(tmp_path / "c.jsonl", [*ROWS[:2], {**ROWS[2], "title": "Beamer 1080p"}]))
    assert one.checksum == two.checksum != three.checksum


def test_a_file_checksum_comes_from_its_bytes_without_reserialising(tmp_path, monkeypatch):
    path, same = write_jsonl(tmp_path / "a.jsonl", ROWS), write_jsonl(tmp_path / "b.jsonl", ROWS)
    first = load_catalog(path).checksum
    monkeypatch.setattr(json, "dumps", lambda *a, **k: pytest.fail("hashed the products instead of the file"))
    assert load_catalog(path).checksum == first
    path.write_text(path.read_text(encoding="utf-8").replace('"id": "a1"', '"id":  "a1"'), encoding="utf-8")
    again = load_catalog(path)
    assert again.products == load_catalog(same).products and again.checksum != first


@pytest.mark.parametrize(
    "rows, message",
    [
        ([{"title": "x", "lang": "en"}], "line 1: field 'id': missing"),
        ([ROWS[0], ROWS[0]], "line 2: field 'id': duplicate id 'a1' (first at line 1)"),
        ([{"id": "x", "title": "  ", "lang": "en"}], "line 1: field 'title': missing or empty"),
        ([{"id": "x", "title": "t", "lang": "english"}], "line 1: field 'lang': unknown language code 'english'"),
        ([{"id": "x", "title": "t"}], "line 1: field 'lang': missing"),
        ([{"id": "x", "title": "t", "lang": "en", "price": "cheap"}], "line 1: field 'price'"),
        ([{"id": "x", "title": "t", "lang": "en", "attributes": ["red"]}], "line 1: field 'attributes'"),
        # one id however its é is encoded: NFC before the duplicate check
        ([{"id": "caf\u00e9", "title": "t", "lang": "en"}, {"id": "cafe\u0301", "title": "t", "lang": "en"}],
         "line 2: field 'id': duplicate id 'café' (first at line 1)"),
        ([{"id": "a\u0000b", "title": "t", "lang": "en"}], "line 1: field 'id': contains the control character U+0000"),
        ([{"id": "x", "title": "\u200b\u200d\ufeff", "lang": "en"}], "line 1: field 'title': only invisible characters"),
    ],
)
def test_validation_names_line_and_field(tmp_path, rows, message):
    path = write_jsonl(tmp_path / "bad.jsonl", rows)
    with pytest.raises(CatalogError) as error:
        load_catalog(path)
    assert message in str(error.value)
    assert str(path) in str(error.value)


def test_one_bad_row_rejects_the_whole_file(tmp_path):
    path = write_jsonl(tmp_path / "mixed.jsonl", [*ROWS, {"id": "bad", "title": "", "lang": "en"}])
    with pytest.raises(CatalogError) as error:
        load_catalog(path)
    assert error.value.problems == ["line 4: field 'title': missing or empty"]


def test_every_problem_is_reported(tmp_path):
    path = write_jsonl(tmp_path / "bad.jsonl", [{"id": "a", "title": "", "lang": "en"}, {"id": "b", "title": "t", "lang": "xx"}])
    with pytest.raises(CatalogError) as error:
        load_catalog(path)
    assert len(error.value.problems) == 2


def test_one_problem_is_one_line_and_many_a_short_list(tmp_path):
    one = write_jsonl(tmp_path / "one.jsonl", [{"id": "a", "title": "", "lang": "en"}])
    with pytest.raises(CatalogError) as error:
        load_catalog(one)
    assert str(error.value) == f"{one}: rejected: line 1: field 'title': missing or empty"
    many = write_jsonl(tmp_path / "many.jsonl", [{"id": str(i), "title": "", "lang": "en"} for i in range(30)])
    with pytest.raises(CatalogError) as error:
        load_catalog(many)
    lines = str(error.value).splitlines()
    assert lines[0] == f"{many}: rejected, 30 problems:" and lines[-1] == "  ... and 22 more" and len(lines) == 10


def test_bad_encoding_names_the_line(tmp_path):
    path = tmp_path / "latin1.jsonl"
    path.write_bytes(b'{"id": "1", "title": "ok", "lang": "en"}\n{"id": "2", "title": "Gr\xf6\xdfe", "lang": "de"}\n')
    with pytest.raises(CatalogError, match="line 2: not valid UTF-8"):
        load_catalog(path)


def test_invalid_json_line(tmp_path):
    path = tmp_path / "broken.jsonl"
    path.write_text('{"id": "1", "title": "ok", "lang": "en"}\n{"id": "2",\n')
    with pytest.raises(CatalogError, match="line 2: invalid JSON"):
        load_catalog(path)


def test_csv_rows_are_numbered_by_line(tmp_path):
    path = tmp_path / "c.csv"
    path.write_text("id,title,lang\n1,Hülle,de\n2,,en\n", encoding="utf-8")
    with pytest.raises(CatalogError, match="line 3: field 'title'"):
        load_catalog(path)


@pytest.mark.parametrize("name, message", [("missing.jsonl", "file not found"), ("catalog.xml", "unsupported format")])
def test_unreadable_files(tmp_path, name, message):
    if name.endswith(".xml"):
        (tmp_path / name).write_text("<x/>")
    with pytest.raises(CatalogError, match=message):
        load_catalog(tmp_path / name)


def test_missing_language_is_detected_on_request(tmp_path):
    path = write_jsonl(tmp_path / "nolang.jsonl", [{"id": "1", "title": "烟台红富士苹果 新鲜水果 当季脆甜"}, {"id": "2", "title": "Kabellose Kopfhörer mit Geräuschunterdrückung", "lang": "de"}])
    catalog = load_catalog(path, detect_missing_lang=True)
    assert (catalog.products[0].lang, catalog.products[0].lang_detected) == ("zh", True)
    assert catalog.products[1].lang_detected is False


def test_embedding_text_puts_title_first_and_skips_repeated_brand():
    product = Product(id="1", title="Spigen case for iPhone 15", lang="en", brand="Spigen", category="phone case", attributes={"color": "clear"})
    assert embedding_text(product) == "Spigen case for iPhone 15 | phone case | color: clear"


def test_small_catalog_is_valid():
    assert len(load_catalog(SMALL_CATALOG)) >= 25


def test_an_oversized_field_is_refused_before_it_is_indexed(tmp_path):
    path = tmp_path / "big.jsonl"
    write_jsonl(path, [{"id": "a", "title": "x" * 2_001, "lang": "en"}, {"id": "b" * 513, "title": "ok", "lang": "en"},
                       {"id": "c", "title": "ok", "lang": "en", "description": "d" * 20_000}])
    with pytest.raises(CatalogError) as error:
        load_catalog(path)
    message = str(error.value)
    assert "field 'title': 2,001 characters; the limit is 2,000" in message
    assert "field 'id': 513 characters; the limit is 512" in message
    assert "description" not in message  # 20,000 characters of description are allowed


def test_the_cli_on_a_parquet_catalog_exits_cleanly(tmp_path):
    """A pyarrow worker left releasing the file at interpreter exit used to abort the CLI (status 134)."""
    import subprocess
    import sys

    rows = [json.loads(line) for line in SMALL_CATALOG.read_text().splitlines()]
    good, bad = tmp_path / "good.parquet", tmp_path / "bad.parquet"
    write_parquet(good, [{key: value for key, value in row.items() if key != "attributes"} for row in rows])
    write_parquet(bad, [{"id": 1.5, "title": 3, "lang": "en"}])
    for _ in range(3):
        for path, expected in ((good, 0), (bad, 2)):
            run = subprocess.run([sys.executable, "-m", "mlmatch", "search", "charger", "--catalog", str(path), "--mode", "bm25",
                                  "--correct", "off"], capture_output=True, text=True, timeout=120)
            assert run.returncode == expected, run.stderr
