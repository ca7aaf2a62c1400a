"""Why did the bi-encoder rank these products? Cosine matrices a UI can draw as heatmaps.

Three views, all returned as plain labels + numpy matrices (no plotting here):
- `result_similarity`: the query and each result against the results, on the very vectors
  the dense index searches, so row 0 equals the dense scores;
- `token_similarity`: query tokens x title tokens from the encoder's contextual token
  embeddings, showing which words matched across languages;
- `reranker_vs_biencoder`: per result, the bi-encoder's cosine beside the cross-encoder's score;
- `ranking_reasons`: per `ltr` result, the features that set it above or below the other candidates.
Every view reads the process's caches: a query's vector, its token vectors and its reranker scores
are computed once, however many views of one search show them (see `encode_query`).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from mlmatch.catalog import Product, embedding_text
from mlmatch.embedding_cache import QUERY, document_cache, query_vectors, remember_queries
from mlmatch.lru import LRU
from mlmatch.models.encoder import BiEncoder
from mlmatch.models.reranker import Reranker
from mlmatch.rerank_scores import rerank_scores
from mlmatch.results import SearchResult

TOKEN_CACHE_ENTRIES = 256  # texts whose token vectors are kept: a user's last searches and products

_tokens: LRU[tuple[str, str, str], tuple[list[str], np.ndarray]] = LRU(TOKEN_CACHE_ENTRIES)


@dataclass(frozen=True)
class Matrix:
    """`values[i, j]` scores `rows[i]` against `cols[j]` (a cosine, except in `reranker_vs_biencoder`)."""

    rows: list[str]
    cols: list[str]
    values: np.ndarray


def result_similarity(encoder: BiEncoder, query: str, products: list[Product]) -> Matrix:
    """Rows: the query, then each product; columns: the products (cosine of the embeddings).

    Row 0 is what dense retrieval scores; the product rows show which results are
    near-duplicates of each other (e.g. all phone cases vs. the fruit).
    """
    labels = [product.title for product in products]
    if not products:
        return Matrix([query], [], np.zeros((1, 0), dtype=np.float32))
    documents = document_cache(encoder).documents([embedding_text(p) for p in products])
    vectors = np.vstack([query_vectors(encoder, [query]), documents])
    return Matrix([query, *labels], labels, vectors @ documents.T)


def ranking_reasons(results: list[SearchResult], features: int = 6) -> Matrix:
    """Rows: the results of an `ltr` search made with `explain`; columns: the `features` features whose parts
    of the scores vary most over these results; values: each one's part of the result's score against the
    query's average candidate (positive: it lifted the product)."""
    explained = [r for r in results if r.contributions]
    names = sorted({name for r in explained for name in r.contributions},
                   key=lambda name: -float(np.mean([abs(r.contributions.get(name, 0.0)) for r in explained])))[:features]
    values = np.array([[r.contributions.get(name, 0.0) for name in names] for r in explained], dtype=np.float32)
    return Matrix([r.product.title for r in explained], names, values.reshape(len(explained), len(names)))


def reranker_vs_biencoder(encoder: BiEncoder, reranker: Reranker, query: str, products: list[Product]) -> Matrix:
    """Row 0: the bi-encoder's cosine of the query and each product; row 1: the reranker's score.

    The two are on different scales; what matters is where their orders disagree.
    """
    labels = [product.title for product in products]
    cosine = result_similarity(encoder, query, products).values[0]
    scores = rerank_scores(reranker, [(query, embedding_text(p)) for p in products])
    return Matrix(["bi-encoder", "reranker"], labels, np.vstack([cosine, scores]).astype(np.float32))


def token_similarity(encoder: BiEncoder, query: str, title: str) -> Matrix:
    """Rows: query tokens; columns: title tokens; cosine of their contextual embeddings."""
    query_tokens, query_token_vectors = token_embeddings(encoder, query, QUERY)
    title_tokens, title_token_vectors = token_embeddings(encoder, title, "document")
    return Matrix(query_tokens, title_tokens, query_token_vectors @ title_token_vectors.T)


def encode_query(encoder: BiEncoder, query: str) -> None:
    """Encode `query` for every view of a search in one forward pass: its token vectors (the token
    heatmap) and its sentence vector (every dense system and heatmap) go to the caches they read."""
    token_embeddings(encoder, query, QUERY)


def token_embeddings(encoder: BiEncoder, text: str, prompt: str) -> tuple[list[str], np.ndarray]:
    """The text's tokens (as the characters they cover) and their L2-normalised embeddings, cached.

    Special tokens, the prompt's own tokens ("query: ", "passage: ") and bare word
    separators are dropped: they carry no meaning a user could match against. A query's
    sentence vector comes out of the same forward pass and joins the query cache.
    """
    key = (encoder.fingerprint, prompt, text)
    cached = _tokens.get_many([key])
    if cached:
        return cached[key]
    model = encoder.model
    prompt_name = prompt if prompt in model.prompts else None
    prefix = model.prompts.get(prompt, "") if prompt_name else ""
    full = prefix + text
    encoded = model.tokenizer(full, return_offsets_mapping=True, return_special_tokens_mask=True,
                              truncation=True, max_length=model.max_seq_length)
    outputs = model.encode(text, output_value=None, prompt_name=prompt_name)
    vectors = _numpy(outputs["token_embeddings"])
    if prompt == QUERY:
        sentence = _numpy(outputs["sentence_embedding"])
        remember_queries(encoder, [text], sentence[None] / max(float(np.linalg.norm(sentence)), 1e-12))
    if len(vectors) != len(encoded["input_ids"]):
        raise RuntimeError(f"tokenizer gave {len(encoded['input_ids'])} tokens but the model {len(vectors)}")
    keep, labels = [], []
    for i, ((start, end), special) in enumerate(zip(encoded["offset_mapping"], encoded["special_tokens_mask"])):
        label = full[max(start, len(prefix)):end].strip()
        if special or end <= len(prefix) or not label:
            continue
        keep.append(i)
        labels.append(label)
    kept = vectors[keep]
    norms = np.linalg.norm(kept, axis=1, keepdims=True)
    result = labels, kept / np.maximum(norms, 1e-12)
    _tokens.put_many([(key, result)])
    return result


def _numpy(values) -> np.ndarray:
    """A model output as float32 numpy, whether a torch tensor (on any device) or an array (onnxruntime)."""
    if hasattr(values, "detach"):
        values = values.detach().float().cpu().numpy()
    return np.asarray(values, dtype=np.float32)
