"""Dev-split nDCG@10 (graded, from ranx, as in the evaluation suite) for early stopping and model selection."""

from __future__ import annotations

import random

import numpy as np
from ranx import Qrels, Run
from ranx import evaluate as ranx_evaluate
from sentence_transformers.base.evaluation.evaluator import BaseEvaluator

from mlmatch.beir import Dataset, document_text, filled_run, scorable_qrels
from mlmatch.fusion import rerank_order
from mlmatch.models.reranker import Reranker
from mlmatch.train.examples import CandidateLists
from mlmatch.train.selection import DoNoHarmRule, cross_lingual_macro, pair_name


def ndcg_at_10(qrels: dict[str, dict[str, int]], run: dict[str, dict[str, float]]) -> float:
    return float(ranx_evaluate(Qrels(qrels), Run(filled_run(qrels, run)), "ndcg@10"))


def per_query_ndcg_at_10(qrels: dict[str, dict[str, int]], run: dict[str, dict[str, float]]) -> dict[str, float]:
    """nDCG@10 of each query, from one ranx evaluation (ranx returns them in its qrels' key order)."""
    ranx_qrels = Qrels(qrels)
    values = ranx_evaluate(ranx_qrels, Run(filled_run(qrels, run)), "ndcg@10", return_mean=False)
    return dict(zip(ranx_qrels.keys(), np.asarray(values, dtype=float)))


def dev_documents(data: Dataset, limit: int | None, seed: int) -> list[str]:
    """Every judged document plus a fixed random sample of the rest, up to `limit` (None: the whole corpus)."""
    judged = sorted({d for judged in data.qrels.values() for d in judged})
    others = sorted(set(data.corpus) - set(judged))
    if limit is None:
        return judged + others
    random.Random(seed).shuffle(others)
    return judged + others[: max(0, limit - len(judged))]


def _encoded(model, data: Dataset, query_ids: list[str], doc_ids: list[str], batch_size: int) -> tuple[np.ndarray, np.ndarray]:
    """The queries' and the documents' unit vectors, each side with its prompt."""
    queries = model.encode([data.queries[q].text for q in query_ids], prompt_name="query",
                           batch_size=batch_size, normalize_embeddings=True, convert_to_numpy=True)
    docs = model.encode([document_text(data, d) for d in doc_ids], prompt_name="document",
                        batch_size=batch_size, normalize_embeddings=True, convert_to_numpy=True)
    return queries, docs


def pairwise_ndcg(model, data: Dataset, doc_ids: list[str], dataset: str = "", batch_size: int = 64) -> dict[str, float]:
    """nDCG@10 per (query language, document language) pair over `doc_ids`, as `eval.run` scores a pair:
    the documents of one language, the queries with an exact-level relevant document among them."""
    return {pair: float(np.mean(list(scores.values()))) for pair, scores in pairwise_query_ndcg(model, data, doc_ids, dataset, batch_size).items()}


def pairwise_query_ndcg(model, data: Dataset, doc_ids: list[str], dataset: str = "", batch_size: int = 64) -> dict[str, dict[str, float]]:
    """As `pairwise_ndcg`, each query's nDCG@10 (for a paired test between two models)."""
    query_ids = list(data.queries)
    queries, docs = _encoded(model, data, query_ids, doc_ids, batch_size)
    doc_langs = np.array([data.corpus[d].lang for d in doc_ids])
    row_of = {qid: i for i, qid in enumerate(query_ids)}
    scores = {}
    for query_lang in sorted({data.queries[q].lang for q in query_ids}):
        for doc_lang in sorted(set(doc_langs)):
            columns = np.flatnonzero(doc_langs == doc_lang)
            in_lang = [qid for qid in query_ids if data.queries[qid].lang == query_lang]
            qrels = scorable_qrels(data, in_lang, (doc_ids[j] for j in columns))
            if not qrels:
                continue
            rows = [row_of[qid] for qid in qrels]
            similarity = queries[rows] @ docs[columns].T
            top = np.argsort(-similarity, axis=1)[:, :100]
            run = {qid: {doc_ids[columns[j]]: float(similarity[r, j]) for j in top[r]} for r, qid in enumerate(qrels)}
            scores[pair_name(query_lang, doc_lang, dataset)] = per_query_ndcg_at_10(qrels, run)
    return scores


def judged_list_ndcg(model, data: Dataset, judged: dict[str, dict[str, int]], batch_size: int = 64) -> dict[str, dict[str, float]]:
    """nDCG@10 per language pair and query of each query's `judged` products (grades 0-3, zeros kept) in the model's
    order: judgments from clicks exist only for what the model then in service showed, so ranking the whole
    catalog would count every product it never showed as irrelevant, and favour it over any other model."""
    query_ids = [q for q in judged if q in data.queries]
    doc_ids = sorted({d for q in query_ids for d in judged[q] if d in data.corpus})
    if not query_ids or not doc_ids:
        return {}
    queries, docs = _encoded(model, data, query_ids, doc_ids, batch_size)
    column = {d: j for j, d in enumerate(doc_ids)}
    by_pair: dict[str, tuple[dict, dict]] = {}
    for i, qid in enumerate(query_ids):
        for doc_lang in sorted({data.corpus[d].lang for d in judged[qid] if d in column}):
            listed = {d: g for d, g in judged[qid].items() if d in column and data.corpus[d].lang == doc_lang}
            if len(listed) < 2 or not any(listed.values()):
                continue  # one product, or none relevant: nothing to order
            qrels, run = by_pair.setdefault(pair_name(data.queries[qid].lang, doc_lang), ({}, {}))
            qrels[qid] = listed
            run[qid] = {d: float(queries[i] @ docs[column[d]]) for d in listed}
    return {pair: per_query_ndcg_at_10(qrels, run) for pair, (qrels, run) in sorted(by_pair.items())}


class DenseDevEvaluator(BaseEvaluator):
    """Dev queries against the dev documents, per language pair, with the model being trained.

    The primary metric is the do-no-harm selection score against the base model's dev scores
    (`reference`), so early stopping keeps the checkpoint that gains cross-lingually without
    losing a monolingual pair; nDCG@10 over all pairs is reported beside it.
    """

    def __init__(self, data: Dataset, doc_ids: list[str], reference: dict[str, float], rule: DoNoHarmRule = DoNoHarmRule(),
                 name: str = "dev", batch_size: int = 64):
        super().__init__()
        self.data, self.doc_ids, self.reference, self.rule = data, doc_ids, reference, rule
        self.name, self.batch_size = name, batch_size
        self.greater_is_better = True
        self.primary_metric = "selection"

    def __call__(self, model, output_path=None, epoch: int = -1, steps: int = -1) -> dict[str, float]:
        scores = pairwise_ndcg(model, self.data, self.doc_ids, batch_size=self.batch_size)
        metrics = {"ndcg@10": float(np.mean(list(scores.values()))),
                   "cross_lingual_ndcg@10": cross_lingual_macro(scores),
                   "monolingual_shortfall": self.rule.shortfall(scores, self.reference),
                   "selection": self.rule.score(scores, self.reference)}
        metrics = self.prefix_name_to_metrics(metrics, self.name)
        self.store_metrics_in_model_card_data(model, metrics, epoch, steps)
        return metrics


class RerankDevEvaluator(BaseEvaluator):
    """Dev queries re-ranked over fixed retrieval candidates with the cross-encoder being trained."""

    def __init__(self, data: Dataset, candidates: CandidateLists, name: str = "dev", batch_size: int = 128):
        super().__init__()
        self.data, self.candidates, self.name, self.batch_size = data, candidates, name, batch_size
        self.greater_is_better = True
        self.primary_metric = "ndcg@10"

    def __call__(self, model, output_path=None, epoch: int = -1, steps: int = -1) -> dict[str, float]:
        reranker = Reranker(model, "in training", "")  # scored exactly as the search pipeline will score it
        metrics = self.prefix_name_to_metrics({"ndcg@10": self.fused_ndcg(reranker)[0.0]}, self.name)
        self.store_metrics_in_model_card_data(model, metrics, epoch, steps)
        return metrics

    def fused_ndcg(self, reranker: Reranker, retrieval_weights: tuple[float, ...] = (0.0,)) -> dict[float, float]:
        """nDCG@10 of the lists re-ordered as the search pipeline would, per weight of the retrieval order."""
        pairs = [(self.data.queries[qid].text, document_text(self.data, d)) for (qid, _), docs in self.candidates.items() for d in docs]
        flat = reranker.score_pairs(pairs, self.batch_size).tolist()
        lists, qrels, start = {}, {}, 0
        for (qid, lang), docs in self.candidates.items():
            lists[f"{qid}@{lang}"] = (docs, flat[start: start + len(docs)])
            qrels[f"{qid}@{lang}"] = self.data.qrels[qid]
            start += len(docs)
        return {
            weight: ndcg_at_10(qrels, {key: {docs[i]: score for i, score in rerank_order(scores, weight)} for key, (docs, scores) in lists.items()})
            for weight in retrieval_weights
        }
