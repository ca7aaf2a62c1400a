"""The hand-written style-shift set: loadable, complete in the ways the do-no-harm check relies on."""

from __future__ import annotations

from pathlib import Path

import pytest

from mlmatch.beir import load_beir

STYLE_SHIFT = Path(__file__).resolve().parent.parent / "data" / "style_shift"
LANGS = {"zh", "en", "ja", "de", "es", "fr"}


@pytest.fixture(scope="module")
def splits():
    return {split: load_beir(STYLE_SHIFT, split) for split in ("dev", "test")}


def test_splits_are_disjoint_and_cover_six_languages(splits):
    dev, test = splits["dev"], splits["test"]
    assert not set(dev.queries) & set(test.queries)
    for data in (dev, test):
        assert {q.lang for q in data.queries.values()} == LANGS
        assert {d.lang for d in data.corpus.values()} == LANGS
        assert set(g for judged in data.qrels.values() for g in judged.values()) == {1, 2, 3}
    assert len(test.queries) >= 60 and len(dev.queries) >= 40


def test_every_query_has_an_exact_listing_in_its_own_language(splits):
    for data in splits.values():
        for qid, judged in data.qrels.items():
            own = [d for d, g in judged.items() if g == 3 and data.corpus[d].lang == data.queries[qid].lang]
            assert own, f"{qid} has no Exact listing in its own language"


def test_no_text_is_shared_with_the_training_benchmark(splits):
    benchmark = load_beir(STYLE_SHIFT.parent / "benchmark", "train")
    trained = {q.text for q in benchmark.queries.values()} | {d.title for d in benchmark.corpus.values()}
    data = splits["test"]
    shared = [t for t in [*(q.text for q in data.queries.values()), *(d.title for d in data.corpus.values())] if t in trained]
    assert not shared
