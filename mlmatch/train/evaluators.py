"""Dev-split nDCG@10 (graded, from ranx, as in the evaluation suite) for early stopping."""

from __future__ import annotations

import numpy as np
from ranx import Qrels, Run
from ranx import evaluate as ranx_evaluate
from sentence_transformers.base.evaluation.evaluator import BaseEvaluator

from mlmatch.beir import Dataset
from mlmatch.fusion import rerank_order
from mlmatch.models.reranker import Reranker
from mlmatch.train.examples import CandidateLists, document_text


def ndcg_at_10(qrels: dict[str, dict[str, int]], run: dict[str, dict[str, float]]) -> float:
    filled = {qid: run.get(qid) or {"__no_result__": 0.0} for qid in qrels}
    return float(ranx_evaluate(Qrels(qrels), Run(filled), "ndcg@10"))


class DenseDevEvaluator(BaseEvaluator):
    """Dev queries against the dev documents with the model being trained."""

    def __init__(self, data: Dataset, doc_ids: list[str], name: str = "dev", batch_size: int = 64):
        super().__init__()
        self.data, self.doc_ids, self.name, self.batch_size = data, doc_ids, name, batch_size
        self.greater_is_better = True
        self.primary_metric = "ndcg@10"

    def __call__(self, model, output_path=None, epoch: int = -1, steps: int = -1) -> dict[str, float]:
        query_ids = list(self.data.queries)
        queries = model.encode([self.data.queries[q].text for q in query_ids], prompt_name="query",
                               batch_size=self.batch_size, normalize_embeddings=True, convert_to_numpy=True)
        docs = model.encode([document_text(self.data, d) for d in self.doc_ids], prompt_name="document",
                            batch_size=self.batch_size, normalize_embeddings=True, convert_to_numpy=True)
        scores = queries @ docs.T
        top = np.argsort(-scores, axis=1)[:, :100]
        run = {qid: {self.doc_ids[j]: float(scores[i, j]) for j in top[i]} for i, qid in enumerate(query_ids)}
        metrics = self.prefix_name_to_metrics({"ndcg@10": ndcg_at_10(self.data.qrels, run)}, self.name)
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
