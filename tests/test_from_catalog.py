"""Catalog-only adaptation: pseudo-queries from a catalog's own text, and the gated run that trains on them."""

from __future__ import annotations

import json

import pytest

from mlmatch.beir import load_beir
from mlmatch.catalog import load_catalog
from mlmatch.errors import BadArgument
from mlmatch.search import SearchEngine
from mlmatch.train.pseudo_queries import pseudo_queries, write_pseudo_beir

from conftest import BEIR_SMALL, SMALL_CATALOG


def test_pseudo_queries_are_words_of_their_product_or_its_translation_and_always_the_same():
    catalog = load_catalog(SMALL_CATALOG)
    translator = SearchEngine.build(catalog).translator
    queries = list(pseudo_queries(catalog, translator))
    assert queries == list(pseudo_queries(catalog, translator))  # seeded by the product ids
    products = {p.id: p for p in catalog}
    kinds = {q.kind for q in queries}
    assert {"crop", "brand+category", "translated"} <= kinds
    for query in queries:
        product = products[query.product]
        if query.kind == "crop":
            assert query.lang == product.lang and 1 <= len(query.text.split()) <= 4
            assert all(word in product.title.lower() for word in query.text.split())
        elif query.kind == "brand+category":
            assert query.text == " ".join(part for part in (product.brand, product.category) if part)
        else:
            assert query.lang != product.lang and query.lang in catalog.languages()
    assert any(q.text == "spigen phone case" or q.text == "Spigen phone case" for q in queries)


def test_pseudo_queries_make_a_beir_set_whose_splits_never_share_a_product(tmp_path):
    catalog = load_catalog(SMALL_CATALOG)
    summary = write_pseudo_beir(catalog, None, tmp_path / "pseudo", str(SMALL_CATALOG))
    train, dev = load_beir(tmp_path / "pseudo", "train"), load_beir(tmp_path / "pseudo", "dev")
    assert len(train.corpus) == len(catalog) and summary["queries"] == len(train.qrels) + len(dev.qrels)
    assert train.qrels and dev.qrels and "translated" not in summary["kinds"]  # no dictionaries given
    products = [{d for judged in data.qrels.values() for d in judged} for data in (train, dev)]
    assert not products[0] & products[1]
    assert json.loads((tmp_path / "pseudo" / "summary.json").read_text())["catalog"] == str(SMALL_CATALOG)


def test_a_catalog_candidate_needs_real_queries_to_be_judged_on(tmp_path):
    from mlmatch.train.from_catalog import FromCatalogConfig, from_catalog

    with pytest.raises(BadArgument, match="--check"):
        from_catalog(FromCatalogConfig(SMALL_CATALOG, tmp_path / "run"))
    assert not (tmp_path / "run").exists()


@pytest.mark.slow
def test_from_catalog_trains_gates_and_resumes(tmp_path, mlmatch_home):
    from mlmatch.models.generations import current_generation
    from mlmatch.train.cli import main as train_main

    models = tmp_path / "models"

    def run() -> int:
        return train_main(["from-catalog", "--catalog", str(SMALL_CATALOG), "--out", str(tmp_path / "run"), "--model", "packaged",
                           "--check", f"{BEIR_SMALL}:test", "--models", str(models), "--max-steps", "2", "--device", "cpu"])

    code = run()
    report = json.loads((tmp_path / "run" / "report.json").read_text())
    assert {row["set"] for row in report["pairs"]} == {f"{BEIR_SMALL}:test"}
    assert report["promote"] == (code == 0) == (current_generation(models) is not None)
    assert (tmp_path / "run" / "report.md").read_text().startswith("# Adapting to the catalog: ")
    trained = (tmp_path / "run" / "candidate" / "mlmatch_artifact.json").stat().st_mtime_ns
    assert run() in (0, 1)  # resumed: the pseudo-queries and the adapter are kept, only the gate runs again
    assert (tmp_path / "run" / "candidate" / "mlmatch_artifact.json").stat().st_mtime_ns == trained
