"""Retrieval candidates for reranker training: the retriever's own top-k, so negatives are the hard ones it makes."""

from __future__ import annotations

import random
from collections import defaultdict

from mlmatch.beir import Dataset, as_catalog
from mlmatch.models.encoder import BiEncoder
from mlmatch.search import SearchEngine


def retrieval_candidates(data: Dataset, encoder: BiEncoder, depth: int, seed: int, max_queries: int | None = None) -> dict[str, list[str]]:
    """Per query, the dense top-`depth` among the documents of one language drawn at random
    (the query's own included, so every language combination occurs); an Exact document of that
    language is swapped in last where retrieval missed all of them."""
    rng = random.Random(seed)
    query_ids = sorted(data.queries)
    rng.shuffle(query_ids)
    query_ids = sorted(query_ids[:max_queries] if max_queries else query_ids)
    langs = sorted({doc.lang for doc in data.corpus.values()})
    by_lang: dict[str, list[str]] = defaultdict(list)
    for qid in query_ids:
        by_lang[rng.choice(langs)].append(qid)

    candidates: dict[str, list[str]] = {}
    for lang, qids in sorted(by_lang.items()):
        engine = SearchEngine.build(as_catalog([d for d in data.corpus.values() if d.lang == lang]), encoder)
        results = engine.search_batch([data.queries[q].text for q in qids], mode="dense", k=depth)
        for qid, hits in zip(qids, results):
            docs = [hit.product.id for hit in hits]
            judged = data.qrels[qid]
            if not any(judged.get(d, 0) >= data.exact_level for d in docs):
                exact = sorted(d for d, g in judged.items() if g >= data.exact_level and data.corpus[d].lang == lang)
                if exact:
                    docs = [*docs[: depth - 1], exact[0]]
            candidates[qid] = docs
    return candidates
