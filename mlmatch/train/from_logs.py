"""`python -m mlmatch.train from-logs`: retrain the bi-encoder, and the learned ranker when one is served, from
a shop's search log, shipped only when it does no harm.

The steps, each kept in `--out` so that a killed run resumes where it stopped:
1. `data/`: the log's judgments as a BEIR set split by time (`mlmatch.train.logs`); with a ranker, a fixed
   share of the queries before the held-out time is its own split, `ranker`, which the bi-encoder never sees;
2. the log's checks (`gate.check_log`): a bot, random clicks or too little traffic ends the run here;
3. `candidate/`: a LoRA adapter trained on `data/`'s train split over the current model (`--model`, or the
   current generation of `--models`), early-stopped on its dev split;
4. `candidate-ranker/`, with a ranker (`--ranker`, or the current generation of `--rankers`): a ranker trained
   on the candidate bi-encoder's lists for the `ranker` queries (a product no shopper looked at counts as not
   relevant: learning from the looked-at products alone, the top of the old lists, ranked worse, docs/logs.md);
5. both systems' nDCG@10 per language pair: `dense` on the held-out newest searches (each query's looked-at
   products in the model's order, `evaluators.judged_list_ndcg`: the log judged only what the model then in
   service showed, so over the whole catalog it would always win) and on each `--check` set (over the
   corpus, e.g. the shipped style-shift dev split); with a ranker, `ltr` on both too; then the gate's decision;
6. `report.md` and `report.json`; a passing candidate becomes the next generation of `--models` (and its
   ranker of `--rankers`).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from mlmatch.beir import Dataset, load_beir
from mlmatch.errors import BadArgument
from mlmatch.models import DEFAULT, load_bi_encoder
from mlmatch.models.artifacts import read_manifest
from mlmatch.models.encoder import known_fingerprint
from mlmatch.models.generations import current_generation, promote
from mlmatch.models.universal import UniversalEncoder
from mlmatch.rank.ltr import load_ranker
from mlmatch.search_log import iter_search_log, scan_search_log
from mlmatch.train.biencoder import BiEncoderConfig, train_biencoder
from mlmatch.train.evaluators import dev_documents, judged_list_ndcg, pairwise_query_ndcg
from mlmatch.train.gate import MIN_JUDGED_QUERIES, REPORT_TITLE, SIGNIFICANCE, TOLERANCE, check_log, compare, decide, write_report
from mlmatch.train.logs import RANKER, LogDataConfig, log_to_beir
from mlmatch.train.ltr import TrainingConfig, ranker_query_ndcg, train_ranker

HELD_OUT = "held-out"
LTR = "ltr"  # the suffix of a set's name scored by the learned ranker's system


@dataclass
class FromLogsConfig:
    log: Path
    catalog: Path
    out: Path
    model: str = DEFAULT  # the current bi-encoder, when no `models` folder serves one
    models: Path | None = None  # a folder of generations: its current one is the model, a passing candidate its next
    ranker: str | None = None  # the learned ranker served with the model, when no `rankers` folder serves one (None: none)
    rankers: Path | None = None  # the same for the ranker: its current one is served, a passing candidate's ranker its next
    ranker_share: float = 0.3  # the share of the queries the ranker learns from, which the bi-encoder never sees
    check: list[str] = field(default_factory=list)  # DIR:SPLIT, BEIR sets no pair may lose on besides the held-out searches
    held_out: float = 0.2
    dev: float = 0.1
    tolerance: float = TOLERANCE
    significance: float = SIGNIFICANCE
    min_judged_queries: int = MIN_JUDGED_QUERIES
    eval_docs: int | None = 3000  # documents per evaluation set: the judged ones and a fixed sample (None: all)
    device: str = "auto"
    max_steps: int = -1
    time_limit_minutes: float | None = None


def from_logs(config: FromLogsConfig) -> dict:
    out = Path(config.out)
    current = current_model(config.model, config.models)
    ranker = current_ranker(config.ranker, config.rankers)
    if ranker is not None and (config.models is None) != (config.rankers is None):
        raise BadArgument("a bi-encoder and the ranker trained on its cosines are promoted together: give --rankers with "
                          "--models, or neither")
    share = config.ranker_share if ranker is not None else 0.0
    data_dir = out / "data"
    times = scan_search_log(config.log)  # the whole log is valid before any of it counts
    if not written_from(data_dir, log=str(config.log), held_out=config.held_out, dev=config.dev, ranker_share=share):
        log_to_beir(LogDataConfig(config.log, config.catalog, data_dir, config.held_out, config.dev, ranker_share=share), times)
    problems, numbers = check_log(iter_search_log(config.log), config.min_judged_queries)
    if problems:
        return finish(decide(problems, numbers, [], config.tolerance), out, [])
    checks = {spec: check_set(spec, config.eval_docs) for spec in config.check}  # read once, before training: a bad spec fails first
    if ranker is not None:
        check_ranker_queries(data_dir, config.min_judged_queries)
    candidate_dir = candidate_adapter(data_dir, out, current, config.device, config.max_steps, config.time_limit_minutes)
    candidate_ranker_dir = candidate_ranker(data_dir, out, candidate_dir, config.device) if ranker is not None else None
    held_out = load_beir(data_dir, "test", zeros=True)  # the looked-at products passed over are judged too
    universal = UniversalEncoder() if ranker is not None else None

    def score(encoder, learned) -> dict:
        scores = {HELD_OUT: judged_list_ndcg(encoder.model, held_out, held_out.qrels), **checked(encoder.model, checks)}
        if learned is not None:
            scores[f"{HELD_OUT} {LTR}"] = ranker_query_ndcg(held_out, encoder, universal, learned, judged_only=True)
            scores |= {f"{name} {LTR}": ranker_query_ndcg(data, encoder, universal, learned) for name, (data, _) in checks.items()}
        return scores

    systems = [(current, ranker), (str(candidate_dir), str(candidate_ranker_dir) if candidate_ranker_dir else None)]
    rows = compared(systems, config.device, score, config.tolerance, config.significance)
    promotions = [(config.models, candidate_dir), (config.rankers, candidate_ranker_dir)]
    return finish(decide(problems, numbers, rows, config.tolerance), out, promotions)


def candidate_adapter(data_dir: Path, out: Path, base: str, device: str, max_steps: int, time_limit_minutes: float | None) -> Path:
    """`out/candidate`: a LoRA adapter trained on `data_dir` over `base`. A finished adapter has its manifest and
    is kept (a resumed run); anything else is trained again."""
    candidate = out / "candidate"
    if read_manifest(candidate) is None:
        train_biencoder(BiEncoderConfig(train=data_dir, out=candidate, base=base, device=device, max_steps=max_steps,
                                        time_limit_minutes=time_limit_minutes))
    return candidate


def check_ranker_queries(data_dir: Path, min_queries: int) -> None:
    """Refuse, before any training, a log whose `ranker` split has too few judged queries to train a ranker on."""
    queries = json.loads((data_dir / "summary.json").read_text(encoding="utf-8"))["splits"][RANKER]["queries"]
    if queries < min_queries:
        raise BadArgument(f"the ranker's share of the log has {queries} judged queries, too few to train it on (at least "
                          f"{min_queries}): raise --ranker-share or wait for more traffic")


def candidate_ranker(data_dir: Path, out: Path, bi_encoder: Path, device: str) -> Path:
    """`out/candidate-ranker`: a learned ranker trained on the `ranker` split's lists from the candidate
    `bi_encoder`; kept when finished (a resumed run)."""
    folder = out / "candidate-ranker"
    if read_manifest(folder) is None:
        train_ranker(TrainingConfig(train=[data_dir], out=folder, split=RANKER, model=str(bi_encoder), device=device))
    return folder


def checked(model, checks: dict[str, tuple[Dataset, list[str]]]) -> dict[str, dict[str, dict[str, float]]]:
    """Each `--check` set's nDCG@10 per pair and query under `model`."""
    return {name: pairwise_query_ndcg(model, data, docs) for name, (data, docs) in checks.items()}


def compared(systems: list[tuple[str, str | None]], device: str, score: Callable[[object, object], dict], tolerance: float,
             significance: float) -> list[dict]:
    """The gate's rows: the current and the candidate system, each a bi-encoder and a ranker (or None), scored
    by `score(bi_encoder, ranker)` (set -> pair -> query -> nDCG@10), pair by pair."""
    scores = [score(load_bi_encoder(model, device), load_ranker(ranker) if ranker else None) for model, ranker in systems]
    return compare(*scores, tolerance, significance)


def current_model(model: str, models: Path | None) -> str:
    """The model served now, as a concrete folder (a candidate's adapter records it as its base, and a later
    generation must not change what that base is): the current generation of `models`, else `model`."""
    generation = current_generation(models) if models is not None else None
    if generation is not None:
        return str(generation)
    known = known_fingerprint(model)
    return known[0] if known else model


def current_ranker(ranker: str | None, rankers: Path | None) -> str | None:
    """The learned ranker served now, as a concrete folder: the current generation of `rankers`, else `ranker`."""
    generation = current_generation(rankers) if rankers is not None else None
    return str(generation) if generation is not None else ranker


def finish(decision, out: Path, promotions: list[tuple[Path | None, Path | None]], title: str = REPORT_TITLE) -> dict:
    """Promote each passing candidate into its folder of generations (where both are given) and write the report."""
    for folder, candidate in promotions if decision.promote else ():
        if folder is not None and candidate is not None:
            decision.reasons.append(f"promoted as {promote(folder, candidate)}")
    report, _ = write_report(decision, out, title)
    return {"promote": decision.promote, "reasons": decision.reasons, "report": str(report)}


def written_from(folder: Path, **source) -> bool:
    """Whether `folder` already holds the data set made from `source` (its summary.json says so: a resumed run)."""
    try:
        summary = json.loads((folder / "summary.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return all(summary.get(key) == value for key, value in source.items())


def check_set(spec: str, eval_docs: int | None) -> tuple[Dataset, list[str]]:
    """The `--check` set DIR:SPLIT and the documents it is scored over: its judged ones and a fixed sample."""
    folder, _, split = spec.rpartition(":")
    if not folder or not split:
        raise BadArgument(f"--check {spec!r}: expected DIR:SPLIT, e.g. data/style_shift:dev")
    data = load_beir(Path(folder), split)
    return data, dev_documents(data, eval_docs, seed=0)
