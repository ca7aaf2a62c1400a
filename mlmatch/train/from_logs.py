"""`python -m mlmatch.train from-logs`: retrain the bi-encoder from a shop's search log, shipped only when it
does no harm.

The steps, each kept in `--out` so that a killed run resumes where it stopped:
1. `data/`: the log's judgments as a BEIR set split by time (`mlmatch.train.logs`);
2. the log's checks (`gate.check_log`): a bot, random clicks or too little traffic ends the run here;
3. `candidate/`: a LoRA adapter trained on `data/`'s train split over the current model (`--model`, or the
   current generation of `--models`), early-stopped on its dev split;
4. both models' dense nDCG@10 per language pair on the held-out newest searches (each query's looked-at
   products in the model's order, `evaluators.judged_list_ndcg`: the log judged only what the model then in
   service showed, so over the whole catalog it would always win) and on each `--check` set (over the
   corpus, e.g. the shipped style-shift dev split), then the gate's decision;
5. `report.md` and `report.json`; a passing candidate becomes the next generation of `--models`.
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
from mlmatch.search_log import iter_search_log, scan_search_log
from mlmatch.train.biencoder import BiEncoderConfig, train_biencoder
from mlmatch.train.evaluators import dev_documents, judged_list_ndcg, pairwise_query_ndcg
from mlmatch.train.gate import MIN_JUDGED_QUERIES, REPORT_TITLE, SIGNIFICANCE, TOLERANCE, check_log, compare, decide, write_report
from mlmatch.train.logs import LogDataConfig, log_to_beir

HELD_OUT = "held-out"


@dataclass
class FromLogsConfig:
    log: Path
    catalog: Path
    out: Path
    model: str = DEFAULT  # the current bi-encoder, when no `models` folder serves one
    models: Path | None = None  # a folder of generations: its current one is the model, a passing candidate its next
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
    data_dir = out / "data"
    times = scan_search_log(config.log)  # the whole log is valid before any of it counts
    if not written_from(data_dir, log=str(config.log), held_out=config.held_out, dev=config.dev):
        log_to_beir(LogDataConfig(config.log, config.catalog, data_dir, config.held_out, config.dev), times)
    problems, numbers = check_log(iter_search_log(config.log), config.min_judged_queries)
    if problems:
        return finish(decide(problems, numbers, [], config.tolerance), out, None, config.models)
    checks = {spec: check_set(spec, config.eval_docs) for spec in config.check}  # read once, before training: a bad spec fails first
    candidate_dir = candidate_adapter(data_dir, out, current, config.device, config.max_steps, config.time_limit_minutes)
    held_out = load_beir(data_dir, "test", zeros=True)  # the looked-at products passed over are judged too

    def score(model) -> dict:
        return {HELD_OUT: judged_list_ndcg(model, held_out, held_out.qrels), **checked(model, checks)}

    rows = compared(current, candidate_dir, config.device, score, config.tolerance, config.significance)
    return finish(decide(problems, numbers, rows, config.tolerance), out, candidate_dir, config.models)


def candidate_adapter(data_dir: Path, out: Path, base: str, device: str, max_steps: int, time_limit_minutes: float | None) -> Path:
    """`out/candidate`: a LoRA adapter trained on `data_dir` over `base`. A finished adapter has its manifest and
    is kept (a resumed run); anything else is trained again."""
    candidate = out / "candidate"
    if read_manifest(candidate) is None:
        train_biencoder(BiEncoderConfig(train=data_dir, out=candidate, base=base, device=device, max_steps=max_steps,
                                        time_limit_minutes=time_limit_minutes))
    return candidate


def checked(model, checks: dict[str, tuple[Dataset, list[str]]]) -> dict[str, dict[str, dict[str, float]]]:
    """Each `--check` set's nDCG@10 per pair and query under `model`."""
    return {name: pairwise_query_ndcg(model, data, docs) for name, (data, docs) in checks.items()}


def compared(current: str, candidate: Path, device: str, score: Callable[[object], dict], tolerance: float,
             significance: float) -> list[dict]:
    """The gate's rows: both models scored by `score(model)` (set -> pair -> query -> nDCG@10), pair by pair."""
    scores = [score(load_bi_encoder(model, device).model) for model in (current, str(candidate))]
    return compare(*scores, tolerance, significance)


def current_model(model: str, models: Path | None) -> str:
    """The model served now, as a concrete folder (a candidate's adapter records it as its base, and a later
    generation must not change what that base is): the current generation of `models`, else `model`."""
    generation = current_generation(models) if models is not None else None
    if generation is not None:
        return str(generation)
    known = known_fingerprint(model)
    return known[0] if known else model


def finish(decision, out: Path, candidate: Path | None, models: Path | None, title: str = REPORT_TITLE) -> dict:
    """Promote a passing candidate into `models` (when given) and write the report."""
    if decision.promote and models is not None and candidate is not None:
        decision.reasons.append(f"promoted as {promote(models, candidate)}")
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
