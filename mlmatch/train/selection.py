"""Model selection that weighs every kind of search, not only the macro average.

A fine-tuned bi-encoder can win the macro average by gaining cross-lingually while losing
same-language search, which is most searches on a marketplace. The do-no-harm rule ranks every model
whose monolingual pairs all stay within a tolerance of the base model above every model that loses
one; among the first it prefers the best cross-lingual nDCG@10, among the others the smallest loss.
One rule picks both the training checkpoint and the adapter scale.
"""

from __future__ import annotations

from dataclasses import dataclass
from statistics import mean


def pair_name(query_lang: str, doc_lang: str, dataset: str = "") -> str:
    """`zh-en`, or `style_shift:zh-zh` when several dev sets are scored together."""
    return f"{dataset}:{query_lang}-{doc_lang}" if dataset else f"{query_lang}-{doc_lang}"


def is_monolingual(pair: str) -> bool:
    query_lang, _, doc_lang = pair.rpartition(":")[2].partition("-")
    return query_lang == doc_lang


@dataclass(frozen=True)
class DoNoHarmRule:
    tolerance: float = 0.005  # nDCG@10 a monolingual pair may lose against the base model on dev

    def shortfall(self, scores: dict[str, float], reference: dict[str, float]) -> float:
        """The largest monolingual loss beyond the tolerance (0 when every monolingual pair holds)."""
        losses = [reference[p] - scores[p] - self.tolerance for p in scores if is_monolingual(p) and p in reference]
        return max([0.0, *losses])

    def score(self, scores: dict[str, float], reference: dict[str, float]) -> float:
        """Cross-lingual macro nDCG@10 (>= 0) when no monolingual pair is harmed, else minus the harm (< 0)."""
        shortfall = self.shortfall(scores, reference)
        return -shortfall if shortfall > 0 else cross_lingual_macro(scores)

    def describe(self) -> str:
        return (f"best cross-lingual dev nDCG@10 among the models whose every monolingual dev pair is within "
                f"{self.tolerance} of the base model; no cross-lingual gain makes up for a larger monolingual loss")


def cross_lingual_macro(scores: dict[str, float]) -> float:
    cross = [value for pair, value in scores.items() if not is_monolingual(pair)]
    return mean(cross) if cross else mean(scores.values())


def monolingual_macro(scores: dict[str, float]) -> float | None:
    mono = [value for pair, value in scores.items() if is_monolingual(pair)]
    return mean(mono) if mono else None
