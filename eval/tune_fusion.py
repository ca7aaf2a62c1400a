"""`python -m eval.tune_fusion`: choose the hybrid's fusion on dev, pair by pair.

    python -m eval.tune_fusion --data data/benchmark --data data/style_shift --split dev

Each candidate fusion of the same dense and BM25 hits (score fusion at several lexical weights,
weighted reciprocal-rank fusion) is scored per language pair. A candidate holds on a pair when its
nDCG@10 is within `--tolerance` of the better of `dense` and `bm25` there; among the candidates that
hold on every pair the best macro wins, else the one with the smallest worst shortfall. Write the
chosen weight into `mlmatch.fusion.LEXICAL_WEIGHT`; the table is for docs/evaluation.md.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from dataclasses import dataclass
from pathlib import Path
from statistics import mean

from eval.metrics import evaluate
from eval.systems import DEPTH, engine_for
from mlmatch.beir import load_beir, scorable_qrels
from mlmatch.errors import MlmatchError
from mlmatch.fusion import reciprocal_rank_fusion, score_fusion
from mlmatch.models import DEFAULT, load_bi_encoder
from mlmatch.pairs import parse_pairs
from mlmatch.train.selection import cross_lingual_macro, monolingual_macro, pair_name

SCORE_WEIGHTS = (0.05, 0.1, 0.2, 0.3, 0.4, 0.5)
RRF_WEIGHTS = (0.1, 0.25, 0.5, 1.0)  # BM25's weight against dense's 1, k = mlmatch.fusion.RRF_K


@dataclass(frozen=True)
class Fusion:
    name: str
    kind: str  # "score" | "rrf" | "dense" | "bm25"
    weight: float = 0.0

    def rank(self, dense: tuple, lexical: tuple) -> list[int]:
        if self.kind == "score":
            return [row for row, _ in score_fusion(dense, lexical, self.weight)]
        if self.kind == "rrf":
            rankings = {"dense": [int(r) for r in dense[1]], "bm25": [int(r) for r in lexical[1]]}
            return [row for row, _ in reciprocal_rank_fusion(rankings, {"dense": 1.0, "bm25": self.weight})]
        return [int(row) for row in (dense if self.kind == "dense" else lexical)[1]]


def candidates() -> list[Fusion]:
    return [Fusion("dense", "dense"), Fusion("bm25", "bm25"),
            *(Fusion(f"score w={w}", "score", w) for w in SCORE_WEIGHTS),
            *(Fusion(f"rrf w={w}", "rrf", w) for w in RRF_WEIGHTS)]


def pair_scores(data_dir: Path, split: str, encoder, fusions: list[Fusion]) -> dict[str, dict[str, float]]:
    """nDCG@10 per `dataset:pair` per fusion, from one dense and one BM25 retrieval per pair."""
    data = load_beir(data_dir, split)
    scores: dict[str, dict[str, float]] = {}
    for pair in parse_pairs("all", data):
        doc_ids = pair.doc_ids(data)
        qrels = scorable_qrels(data, pair.query_ids(data), doc_ids)
        query_ids = sorted(qrels)
        print(f"[{data_dir.name}:{pair.name}] {len(query_ids)} queries", file=sys.stderr)
        engine = engine_for([data.corpus[d] for d in doc_ids], encoder)
        stages = engine.retrieve([data.queries[q].text for q in query_ids], ("dense", "bm25"), DEPTH)
        products = engine.catalog.products
        runs = {f.name: {qid: {products[row].id: float(DEPTH - rank) for rank, row in enumerate(f.rank(hits["dense"], hits["bm25"])[:DEPTH])}
                         for qid, hits in zip(query_ids, stages)}
                for f in fusions}
        comparison = evaluate(qrels, runs, data.exact_level)
        scores[pair_name(pair.query_lang, pair.doc_side, data_dir.name)] = {name: values["ndcg@10"] for name, values in comparison.scores.items()}
    return scores


def shortfall(scores: dict[str, dict[str, float]], fusion: str, tolerance: float) -> tuple[float, str]:
    """The largest loss beyond `tolerance` against the better single stage, and the pair where it happens."""
    worst, where = 0.0, ""
    for pair, by_fusion in scores.items():
        loss = max(by_fusion["dense"], by_fusion["bm25"]) - by_fusion[fusion] - tolerance
        if loss > worst:
            worst, where = loss, pair
    return worst, where


def choose(scores: dict[str, dict[str, float]], fusions: list[Fusion], tolerance: float) -> Fusion:
    fused = [f for f in fusions if f.kind in ("score", "rrf")]
    return min(fused, key=lambda f: (shortfall(scores, f.name, tolerance)[0], -mean(s[f.name] for s in scores.values())))


def table(scores: dict[str, dict[str, float]], fusions: list[Fusion], tolerance: float) -> str:
    lines = ["| fusion | macro | monolingual | cross-lingual | pairs held | worst shortfall |", "|---|---|---|---|---|---|"]
    for f in fusions:
        by_pair = {pair: by_fusion[f.name] for pair, by_fusion in scores.items()}
        worst, where = shortfall(scores, f.name, tolerance)
        held = sum(max(s["dense"], s["bm25"]) - s[f.name] <= tolerance for s in scores.values())
        lines.append(f"| {f.name} | {mean(by_pair.values()):.4f} | {monolingual_macro(by_pair):.4f} | "
                     f"{cross_lingual_macro(by_pair):.4f} | {held}/{len(scores)} | "
                     f"{f'{worst:.4f} ({where})' if worst else '–'} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
    parser = argparse.ArgumentParser(prog="python -m eval.tune_fusion", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, action="append", required=True, help="a BEIR directory; repeat for several")
    parser.add_argument("--split", default="dev")
    parser.add_argument("--model", default=DEFAULT)
    parser.add_argument("--tolerance", type=float, default=0.005)
    parser.add_argument("--device", default="auto")
    parser.add_argument("--out", type=Path, help="write the per-pair scores and the choice as JSON here")
    args = parser.parse_args(argv)
    try:
        encoder = load_bi_encoder(args.model, args.device)
        fusions = candidates()
        scores = {pair: by_fusion for data_dir in args.data for pair, by_fusion in pair_scores(data_dir, args.split, encoder, fusions).items()}
    except MlmatchError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    best = choose(scores, fusions, args.tolerance)
    print(table(scores, fusions, args.tolerance))
    print(f"\nchosen: {best.name} (worst shortfall {shortfall(scores, best.name, args.tolerance)[0]:.4f})")
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps({"model": encoder.name, "split": args.split, "tolerance": args.tolerance,
                                        "chosen": best.name, "pairs": scores}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
