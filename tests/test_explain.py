"""Heatmap data: result cosines agree with dense search; token cosines show cross-lingual word matches."""

from __future__ import annotations

import numpy as np
import pytest

from mlmatch import explain

CASE_TITLE = "Spigen Ultra Hybrid Case for iPhone 15, Clear, Shockproof Slim Cover"


def test_query_row_equals_the_dense_scores(engine, encoder):
    results = engine.search("苹果15手机壳", mode="dense", k=6)
    matrix = explain.result_similarity(encoder, "苹果15手机壳", [r.product for r in results])
    assert matrix.values.shape == (7, 6)
    assert matrix.rows[0] == "苹果15手机壳" and matrix.cols == [r.product.title for r in results]
    np.testing.assert_allclose(matrix.values[0], [r.score for r in results], atol=1e-4)


def test_product_rows_are_a_symmetric_similarity_matrix(engine, encoder):
    products = [r.product for r in engine.search("Beamer 4K", mode="dense", k=4)]
    products_only = explain.result_similarity(encoder, "Beamer 4K", products).values[1:]
    np.testing.assert_allclose(products_only, products_only.T, atol=1e-5)
    np.testing.assert_allclose(np.diag(products_only), 1.0, atol=1e-4)


def test_no_products_gives_an_empty_matrix(encoder):
    matrix = explain.result_similarity(encoder, "anything", [])
    assert matrix.values.shape == (1, 0) and matrix.cols == []


def test_tokens_exclude_special_and_prompt_tokens(encoder):
    labels, vectors = explain.token_embeddings(encoder, "苹果15手机壳", "query")
    assert labels == ["苹果", "15", "手机", "壳"]
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    title_labels, _ = explain.token_embeddings(encoder, CASE_TITLE, "document")
    assert "passage" not in "".join(title_labels) and title_labels[0] == "Spi" and "" not in title_labels
    assert "".join(title_labels) == CASE_TITLE.replace(" ", "")


@pytest.mark.parametrize("query, token, expected", [("苹果15手机壳", "苹果", "iPhone"), ("苹果15手机壳", "15", "15")])
def test_chinese_tokens_match_their_english_counterparts(encoder, query, token, expected):
    matrix = explain.token_similarity(encoder, query, CASE_TITLE)
    assert matrix.values.shape == (len(matrix.rows), len(matrix.cols))
    assert np.all(matrix.values <= 1.0001) and np.all(matrix.values >= -1.0001)
    assert matrix.cols[int(np.argmax(matrix.values[matrix.rows.index(token)]))] == expected
