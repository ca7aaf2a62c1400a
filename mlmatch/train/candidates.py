"""Retrieval candidates for reranker training: the retriever's own top-k, so negatives are the hard ones it makes."""

from __future__ import annotations

import random

import numpy as np

from mlmatch.beir import Dataset, document_text
from mlmatch.embedding_cache import EmbeddingCache
from mlmatch.models.encoder import BiEncoder
from mlmatch.train.examples import CandidateLists


def retrieval_candidates(data: Dataset, encoder: BiEncoder, depth: int, seed: int, max_queries: int | None = None,
                         langs_per_query: int = 1) -> CandidateLists:
    """Per query, the dense top-`depth` among the documents of `langs_per_query` languages drawn at
    random (the query's own language included, so every combination occurs), one list per language;
    an Exact document of that language is swapped in last where retrieval missed all of them.

    Exact inner products, no index: one language of a split is at most a few thousand documents,
    and the code then runs where FAISS is not installed (a bare GPU machine). Document vectors come
    from the embedding cache that search and eval share, so the train and dev splits of one corpus
    (and reruns) encode each document once.
    """
    rng = random.Random(seed)
    query_ids = sorted(data.queries)
    rng.shuffle(query_ids)
    query_ids = sorted(query_ids[:max_queries] if max_queries else query_ids)
    langs = sorted({doc.lang for doc in data.corpus.values()})
    wanted: dict[str, list[str]] = {lang: [] for lang in langs}
    for qid in query_ids:
        for lang in rng.sample(langs, min(langs_per_query, len(langs))):
            wanted[lang].append(qid)

    query_vectors = dict(zip(query_ids, encoder.encode_queries([data.queries[q].text for q in query_ids])))
    documents = EmbeddingCache(encoder)
    candidates: CandidateLists = {}
    for lang, qids in wanted.items():
        if not qids:
            continue
        doc_ids = sorted(d for d, doc in data.corpus.items() if doc.lang == lang)
        scores = np.stack([query_vectors[q] for q in qids]) @ documents.documents([document_text(data, d) for d in doc_ids]).T
        for qid, row in zip(qids, scores):
            # Not sentence-transformers' semantic_search: its torch top-k orders 2 of the 504 dev lists of the
            # shipped reranker's run differently, and those lists must stay reproducible.
            docs = [doc_ids[j] for j in np.argsort(-row, kind="stable")[:depth]]
            judged = data.qrels[qid]
            if not any(judged.get(d, 0) >= data.exact_level for d in docs):
                exact = sorted(d for d, g in judged.items() if g >= data.exact_level and data.corpus[d].lang == lang)
                if exact:
                    docs = [*docs[: depth - 1], exact[0]]
            candidates[(qid, lang)] = docs
    return dict(sorted(candidates.items()))
