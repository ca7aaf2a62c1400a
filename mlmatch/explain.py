"""Why did the bi-encoder rank these products? Cosine matrices a UI can draw as heatmaps.

Three views, all returned as plain labels + numpy matrices (no plotting here):
- `result_similarity`: the query and each result against the results, on the very vectors
  the dense index searches, so row 0 equals the dense scores;
- `token_similarity`: query tokens x title tokens from the encoder's contextual token
  embeddings, showing which words matched across languages;
- `reranker_vs_biencoder`: per result, the bi-encoder's cosine beside the cross-encoder's score.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from mlmatch.catalog import Product, embedding_text
from mlmatch.embedding_cache import EmbeddingCache
from mlmatch.models.encoder import BiEncoder
from mlmatch.models.reranker import Reranker


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
    documents = EmbeddingCache(encoder).documents([embedding_text(p) for p in products])
    vectors = np.vstack([encoder.encode_queries([query]), documents])
    return Matrix([query, *labels], labels, vectors @ documents.T)


def reranker_vs_biencoder(encoder: BiEncoder, reranker: Reranker, query: str, products: list[Product]) -> Matrix:
    """Row 0: the bi-encoder's cosine of the query and each product; row 1: the reranker's score.

    The two are on different scales; what matters is where their orders disagree.
    """
    labels = [product.title for product in products]
    cosine = result_similarity(encoder, query, products).values[0]
    scores = reranker.score(query, [embedding_text(p) for p in products])
    return Matrix(["bi-encoder", "reranker"], labels, np.vstack([cosine, scores]).astype(np.float32))


def token_similarity(encoder: BiEncoder, query: str, title: str) -> Matrix:
    """Rows: query tokens; columns: title tokens; cosine of their contextual embeddings."""
    query_tokens, query_vectors = token_embeddings(encoder, query, "query")
    title_tokens, title_vectors = token_embeddings(encoder, title, "document")
    return Matrix(query_tokens, title_tokens, query_vectors @ title_vectors.T)


def token_embeddings(encoder: BiEncoder, text: str, prompt: str) -> tuple[list[str], np.ndarray]:
    """The text's tokens (as the characters they cover) and their L2-normalised embeddings.

    Special tokens, the prompt's own tokens ("query: ", "passage: ") and bare word
    separators are dropped: they carry no meaning a user could match against.
    """
    model = encoder.model
    prompt_name = prompt if prompt in model.prompts else None
    prefix = model.prompts.get(prompt, "") if prompt_name else ""
    full = prefix + text
    encoded = model.tokenizer(full, return_offsets_mapping=True, return_special_tokens_mask=True,
                              truncation=True, max_length=model.max_seq_length)
    vectors = model.encode(text, output_value="token_embeddings", prompt_name=prompt_name, convert_to_numpy=True)
    vectors = np.asarray(vectors, dtype=np.float32)
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
    return labels, kept / np.maximum(norms, 1e-12)
