"""The Milvus backend on Milvus Lite files, and bulk indexing in resumable chunks.

Agreement with FAISS: a FLAT collection is exact search, so its top 10 must be FAISS's exact top 10,
row for row. HNSW is approximate: its top 10 must share at least 95% of FAISS's exact top 10 on
average, the recall@10 target the FAISS backend's approximate defaults are chosen for (measured
here: 1.000 on 3,000 x 64 and on 20,000 x 384 random unit vectors; the margin absorbs the graph's
randomness).
"""

from __future__ import annotations

import json
import logging
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest

from mlmatch.catalog import Product, catalog_from_products, embedding_text
from mlmatch.cli import main
from mlmatch.errors import BadArgument, MlmatchError
from mlmatch.index import DenseIndex, StaleIndex
from mlmatch.index.backend import DenseBackend, RowFilter
from mlmatch.index.bulk import documents_encoder, encode_chunks, index_catalog
from mlmatch.index.milvus import META, MilvusIndex, filter_expression
from mlmatch.index.milvus_connection import MilvusTarget, local_database
from mlmatch.models import load_bi_encoder
from mlmatch.search import SearchEngine

from conftest import SMALL_CATALOG, FakeEncoder

HNSW_MIN_OVERLAP = 0.95
LANGS = ("en", "de", "zh", "ja", "fr")


def unit_vectors(n: int, dim: int, seed: int) -> np.ndarray:
    vectors = np.random.default_rng(seed).normal(size=(n, dim)).astype(np.float32)
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def synthetic_catalog(n: int):
    return catalog_from_products([Product(f"p{i}", f"product {i}", LANGS[i % 5], category=f"cat {i % 7}") for i in range(n)], "synthetic")


def row_filter(catalog, langs=(), categories=()) -> RowFilter:
    rows = [i for i, p in enumerate(catalog) if (not langs or p.lang in langs) and (not categories or p.category in categories)]
    return RowFilter(np.array(rows), frozenset(langs), frozenset(categories))


def documents(catalog, encoder) -> np.ndarray:
    return encoder.encode_documents([embedding_text(p) for p in catalog])


@pytest.fixture()
def lite(tmp_path) -> MilvusTarget:
    return MilvusTarget(str(tmp_path / "milvus.db"))


@pytest.fixture()
def small_index(lite, small_catalog, fake_encoder):
    index = MilvusIndex.create(lite, small_catalog, fake_encoder.fingerprint, [documents(small_catalog, fake_encoder)])
    yield index
    index.close()


@pytest.mark.parametrize("kind", ["flat", "hnsw"])
def test_top10_agrees_with_faiss_exact_search(lite, kind):
    catalog, vectors, queries = synthetic_catalog(3000), unit_vectors(3000, 64, seed=0), unit_vectors(100, 64, seed=1)
    exact = DenseIndex.build(vectors, "m", catalog.checksum)
    milvus = MilvusIndex.create(lite, catalog, "m", np.array_split(vectors, 7), kind)  # batches of any size
    assert isinstance(exact, DenseBackend) and isinstance(milvus, DenseBackend)
    for allowed in (None, row_filter(catalog, langs=("de",)), row_filter(catalog, langs=("zh", "ja"), categories=("cat 3",))):
        exact_scores, exact_rows = exact.search(queries, 10, allowed)
        scores, rows = milvus.search(queries, 10, allowed)
        if allowed is not None:
            assert set(rows.ravel()) <= set(allowed.rows)
        if kind == "flat":
            assert rows.tolist() == exact_rows.tolist()
            assert scores == pytest.approx(exact_scores, abs=1e-5)
        else:
            overlap = np.mean([len(set(a) & set(b)) / 10 for a, b in zip(rows, exact_rows)])
            assert overlap >= HNSW_MIN_OVERLAP, f"HNSW top-10 overlap {overlap:.3f}"
    milvus.close()


def test_filters_are_milvus_expressions_with_quoted_values():
    allowed = RowFilter(np.array([0]), frozenset({"en", "de"}), frozenset({'12" "pizza" pan', "a\\b"}))
    assert filter_expression(allowed) == 'lang in ["de", "en"] and category in ["12\\" \\"pizza\\" pan", "a\\\\b"]'
    assert filter_expression(None) == ""
    with pytest.raises(BadArgument, match="filters by language and category"):
        filter_expression(RowFilter(np.array([0, 1])))


def test_language_and_category_filters_hold_in_milvus_and_match_faiss(small_catalog, fake_encoder, lite, tmp_path):
    faiss_engine = SearchEngine.open(small_catalog, fake_encoder, tmp_path / "faiss")
    milvus_engine = SearchEngine.open(small_catalog, fake_encoder, tmp_path / "lexical", milvus=lite)
    assert isinstance(milvus_engine.dense, MilvusIndex)
    queries = ["iPhone case", "Kopfhörer kabellos", "苹果手机壳"]
    for langs, categories in ((["de"], None), (None, ["phone case", "Handyhülle"]), (["en", "ja"], ["phone case"])):
        for query in queries:
            hits = milvus_engine.search(query, k=10, langs=langs, categories=categories)
            assert hits and all((not langs or r.product.lang in langs) and (not categories or r.product.category in categories) for r in hits)
            assert [r.product.id for r in hits] == [r.product.id for r in faiss_engine.search(query, k=10, langs=langs, categories=categories)]
    bm25_hits = milvus_engine.search("iPhone", mode="bm25", categories=["Handyhülle"])
    assert bm25_hits and {r.product.category for r in bm25_hits} == {"Handyhülle"}
    with pytest.raises(BadArgument, match="no products in category"):
        milvus_engine.search("case", categories=["no such category"])
    milvus_engine.dense.close()


def test_upsert_changes_a_result_and_delete_removes_it(small_index, small_catalog, fake_encoder):
    query = fake_encoder.encode_queries(["Wireless noise cancelling headphones"])
    first = small_catalog.products[int(small_index.search(query, 1)[1][0, 0])]
    moved = next(p for p in small_catalog if p.id != first.id)
    small_index.upsert([moved], query, small_catalog)  # `moved` now has the query's own vector
    scores, rows = small_index.search(query, 2)
    assert rows[0].tolist() == [small_catalog.positions[moved.id], small_catalog.positions[first.id]]
    assert scores[0, 0] == pytest.approx(1.0, abs=1e-5)

    smaller = catalog_from_products([p for p in small_catalog if p.id != moved.id], "smaller")
    small_index.delete([moved.id], smaller)
    _, rows = small_index.search(query, len(smaller))
    assert rows[0, 0] == smaller.positions[first.id] and -1 not in rows
    assert small_index.meta.catalog_checksum == smaller.checksum and small_index.meta.count == len(smaller)
    with pytest.raises(BadArgument, match="still in the catalog"):
        small_index.delete([first.id], smaller)
    with pytest.raises(BadArgument, match="not in the catalog"):
        small_index.upsert([moved], query, smaller)


def test_collection_persists_for_a_fresh_process_that_then_holds_the_file_alone(small_index, small_catalog, fake_encoder, lite):
    query = fake_encoder.encode_queries(["Lego police station"])
    expected = [small_catalog.products[row].id for row in small_index.search(query, 5)[1][0]]
    small_index.close()  # frees the file for another process
    child = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import json, sys
        import numpy as np
        sys.path.insert(0, {str(Path(__file__).parent)!r})
        from conftest import FakeEncoder, SMALL_CATALOG
        from mlmatch.catalog import load_catalog
        from mlmatch.index.milvus import MilvusIndex
        from mlmatch.index.milvus_connection import MilvusTarget
        catalog, encoder = load_catalog(SMALL_CATALOG), FakeEncoder()
        index = MilvusIndex.open(MilvusTarget({lite.uri!r}), catalog, encoder.fingerprint)
        rows = index.search(encoder.encode_queries(["Lego police station"]), 5)[1][0]
        print(json.dumps([catalog.products[row].id for row in rows]), flush=True)
        sys.stdin.readline()
    """)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert json.loads(child.stdout.readline()) == expected
        with pytest.raises(MlmatchError, match="another process has the Milvus Lite database"):
            MilvusIndex.open(lite, small_catalog, fake_encoder.fingerprint)
    finally:
        child.communicate("\n", timeout=60)
    assert child.returncode == 0
    reopened = MilvusIndex.open(lite, small_catalog, fake_encoder.fingerprint)
    assert [small_catalog.products[row].id for row in reopened.search(query, 5)[1][0]] == expected
    reopened.close()


def test_stale_collection_is_detected_and_rebuilt(small_index, small_catalog, fake_encoder, lite, tmp_path, caplog):
    smaller = catalog_from_products(small_catalog.products[:5], "smaller")
    with pytest.raises(StaleIndex, match="another model"):
        MilvusIndex.open(MilvusTarget(lite.uri, collection=small_index.name), small_catalog, "another-model")
    with pytest.raises(StaleIndex, match="another catalog"):
        MilvusIndex.open(lite, smaller, fake_encoder.fingerprint)
    with pytest.raises(StaleIndex, match="another kind"):
        MilvusIndex.open(MilvusTarget(lite.uri, collection=small_index.name), small_catalog, fake_encoder.fingerprint, "hnsw")
    small_index.client.drop_collection_properties(small_index.name, [META])  # as a load killed before it completed
    with pytest.raises(StaleIndex, match="never finished"):
        MilvusIndex.open(lite, small_catalog, fake_encoder.fingerprint)

    with caplog.at_level(logging.WARNING):
        engine = SearchEngine.open(smaller, fake_encoder, tmp_path / "lexical", milvus=lite)
    assert "rebuilding" in caplog.text
    assert engine.dense.meta.count == 5 and engine.dense.meta.catalog_checksum == smaller.checksum
    assert engine.search("iPhone case", k=10)[0].product.id == "case-ip15-en"
    engine.dense.close()


@pytest.mark.parametrize(
    "uri, error, message",
    [
        ("milvus", BadArgument, "use a local file ending in .db"),
        ("ftp://milvus.example.com", BadArgument, "use a local file ending in .db"),
        ("http://127.0.0.1:9", MlmatchError, "cannot reach Milvus at http://127.0.0.1:9"),
    ],
)
def test_bad_uri_is_a_clear_error(small_catalog, uri, error, message):
    with pytest.raises(error, match=message):
        MilvusIndex.open(MilvusTarget(uri), small_catalog, "m")


def test_unusable_local_files_are_clear_errors(small_index, small_catalog, fake_encoder, tmp_path):
    (tmp_path / "old.db").write_bytes(b"SQLite format 3\0")
    with pytest.raises(MlmatchError, match="is a file, not a Milvus Lite database"):
        MilvusIndex.open(MilvusTarget(str(tmp_path / "old.db")), small_catalog, "m")
    with pytest.raises(BadArgument, match="collection name"):
        MilvusTarget(str(tmp_path / "x.db"), collection="1 bad-name")
    small_index.close()
    for path in (Path(small_index.target.uri) / "collections" / small_index.name).glob("manifest.json*"):  # the file and its backup
        path.write_text("{ damaged")
    with pytest.raises(MlmatchError, match="manifest.json.* failed to load"):
        MilvusIndex.open(small_index.target, small_catalog, fake_encoder.fingerprint)


def test_a_database_milvus_cannot_read_is_moved_aside_and_built_again(small_index, small_catalog, fake_encoder, caplog):
    database = Path(small_index.target.uri)
    small_index.close()
    for path in (database / "collections" / small_index.name).glob("manifest.json*"):  # the file and its backup
        path.write_text("{ damaged")
    vectors = lambda: [documents(small_catalog, fake_encoder)]  # noqa: E731
    with caplog.at_level(logging.WARNING):
        healed = MilvusIndex.open_or_create(small_index.target, small_catalog, fake_encoder.fingerprint, vectors)
    aside = [p for p in database.parent.iterdir() if p.name.startswith(f"{database.name}.damaged-")]
    assert len(aside) == 1 and (aside[0] / "collections").is_dir()  # kept for inspection, not deleted
    assert f"moved to {aside[0]}" in caplog.text
    assert healed.search(documents(small_catalog, fake_encoder)[:1], 1)[1][0][0] == 0
    healed.close()


def test_flipped_bytes_in_a_milvus_lite_file_are_found_at_open_and_the_collection_rebuilt(small_index, small_catalog, fake_encoder, caplog):
    database = Path(small_index.target.uri)
    small_index.close()
    data = next((database / "collections" / small_index.name).rglob("data_*.parquet"))
    raw = bytearray(data.read_bytes())
    raw[len(raw) // 2] ^= 0xFF  # one byte inside the vectors: same size, Milvus would read it as it is
    data.write_bytes(bytes(raw))
    with pytest.raises(StaleIndex, match="is damaged"):
        MilvusIndex.open(small_index.target, small_catalog, fake_encoder.fingerprint)
    expected = documents(small_catalog, fake_encoder)
    with caplog.at_level(logging.WARNING):
        healed = MilvusIndex.open_or_create(small_index.target, small_catalog, fake_encoder.fingerprint, lambda: [expected])
    assert "rebuilding" in caplog.text and "is damaged" in caplog.text
    assert [int(row) for row in healed.search(expected, 1)[1][:, 0]] == list(range(len(small_catalog)))
    healed.close()
    MilvusIndex.open(small_index.target, small_catalog, fake_encoder.fingerprint).close()  # the new files verify


def test_a_foreign_folder_or_a_silent_server_is_refused_before_the_model_loads(tmp_path, capsys, monkeypatch):
    from mlmatch import cli

    photos = tmp_path / "photos.db"
    photos.mkdir()
    (photos / "holiday.jpg").write_bytes(b"\xff\xd8")
    monkeypatch.setattr(cli, "load_bi_encoder", lambda *a, **k: pytest.fail("the model loaded before the URI was checked"))
    code = cli.main(["index", str(SMALL_CATALOG), "--backend", "milvus", "--milvus-uri", str(photos)])
    assert code != 0 and "is a folder Milvus Lite did not create" in capsys.readouterr().err
    assert [p.name for p in photos.iterdir()] == ["holiday.jpg"]  # nothing written into it
    code = cli.main(["search", "mouse", "--catalog", str(SMALL_CATALOG), "--backend", "milvus", "--milvus-uri", "http://127.0.0.1:9"])
    assert code != 0 and "cannot reach Milvus at http://127.0.0.1:9" in capsys.readouterr().err  # a server that does not answer
    assert local_database(MilvusTarget(str(tmp_path / "new" / "fresh.db"))) == tmp_path / "new" / "fresh.db"


class InterruptingEncoder(FakeEncoder):
    """Records what it encodes, and stops the run (as Ctrl-C would) at a given call."""

    def __init__(self, stop_at: int | None = None):
        super().__init__()
        self.calls: list[list[str]] = []
        self.stop_at = stop_at

    def encode_documents(self, texts: list[str], batch_size: int = 64, progress: bool = False) -> np.ndarray:
        if len(self.calls) == self.stop_at:
            raise KeyboardInterrupt
        self.calls.append(list(texts))
        return super().encode_documents(texts)


def test_chunks_resume_where_a_stopped_run_stopped_and_encode_nothing_twice(small_catalog, tmp_path):
    stopped = InterruptingEncoder(stop_at=3)
    with pytest.raises(KeyboardInterrupt):
        encode_chunks(small_catalog, stopped, chunk_size=5, root=tmp_path)
    resumed = InterruptingEncoder()
    chunks = encode_chunks(small_catalog, resumed, chunk_size=5, root=tmp_path)
    texts = [embedding_text(p) for p in small_catalog]
    assert [len(call) for call in stopped.calls] == [5, 5, 5] and len(resumed.calls) == chunks.total - 3 == 3
    assert sum(stopped.calls + resumed.calls, []) == texts  # every text encoded once, in order
    assert not list(chunks.folder.glob(".*.tmp"))  # the chunk being written when stopped left nothing
    assert np.concatenate(list(chunks.vectors())) == pytest.approx(FakeEncoder().encode_documents(texts))

    rechunked = InterruptingEncoder()
    encode_chunks(small_catalog, rechunked, chunk_size=10, root=tmp_path)
    assert sum(rechunked.calls, []) == texts  # chunks of another size are not reused


def test_bulk_index_loads_the_chunks_then_removes_them(small_catalog, lite, tmp_path):
    encoder = InterruptingEncoder()
    index = index_catalog(small_catalog, encoder, lite, "hnsw", chunk_size=8, chunk_root=tmp_path / "chunks")
    assert len(encoder.calls) == 4 and not list((tmp_path / "chunks").iterdir())
    vectors = FakeEncoder().encode_documents([embedding_text(p) for p in small_catalog])
    assert index.search(vectors[:3], 1)[1][:, 0].tolist() == [0, 1, 2]
    index.close()
    again = index_catalog(small_catalog, encoder, lite, "hnsw", chunk_size=8, chunk_root=tmp_path / "chunks")
    assert len(encoder.calls) == 4  # the complete collection is reused
    again.close()


def cli(capsys, *argv) -> tuple[int, str]:
    code = main([str(a) for a in argv])
    return code, capsys.readouterr()[0]


def test_cli_indexes_into_milvus_and_searches_it_like_faiss(capsys, encoder, tmp_path):
    milvus = ["--backend", "milvus", "--milvus-uri", tmp_path / "cli.db", "--model", "packaged"]
    # --workers: the process pool gets the sentence-transformers model, not the search's TorchScript copy
    code, out = cli(capsys, "index", SMALL_CATALOG, "--out", tmp_path / "lexical", "--chunk-size", "10", "--workers", "2", *milvus)
    assert code == 0 and "indexed 28 products" in out and "Milvus" in out
    search = ["search", "耳机 降噪", "--catalog", SMALL_CATALOG, "--lang", "en,de", "--json"]
    code, out = cli(capsys, *search, "--index", tmp_path / "lexical", *milvus)
    on_milvus = json.loads(out)["results"]
    code, out = cli(capsys, *search, "--model", "packaged", "--index", tmp_path / "faiss")
    on_faiss = json.loads(out)["results"]
    assert [r["id"] for r in on_milvus] == [r["id"] for r in on_faiss] and on_faiss[0]["id"].startswith("headphones")
    assert [r["score"] for r in on_milvus] == pytest.approx([r["score"] for r in on_faiss], abs=1e-5)


def test_pool_and_bf16_encode_as_one_process_does(encoder):
    texts = ["Sony WH-1000XM5 headphones", "苹果手机壳 透明", "LEGO Polizeistation", "Handyhülle für iPhone 14"] * 3
    with documents_encoder(encoder) as encode:
        plain = encode(texts)
    with documents_encoder(encoder, workers=2) as encode:
        pooled = encode(texts)
    with documents_encoder(encoder, precision="bf16") as encode:  # autocast on the CPU here; on CUDA in bulk runs
        bf16 = encode(texts)
    assert np.sum(plain * pooled, axis=1) == pytest.approx(1.0, abs=1e-4)
    assert np.min(np.sum(plain * bf16, axis=1)) > 0.98
    exported = load_bi_encoder("packaged", device="cpu", traced=True)
    with pytest.raises(BadArgument, match="--workers encodes through sentence-transformers' process pool"):
        with documents_encoder(exported, workers=2) as encode:
            encode(texts)
