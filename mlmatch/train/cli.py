"""`python -m mlmatch.train biencoder|reranker|interpolate|ranker|logs`: fine-tune on a BEIR+lang data set
(the shipped benchmark is `--train data/benchmark`), choose how much of a bi-encoder adapter to apply, train
the learned ranker on the dev splits, or turn a shop's search log into such a data set."""

from __future__ import annotations

import argparse
import importlib
import json
import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass, fields
from pathlib import Path

from mlmatch.errors import MlmatchError
from mlmatch.feedback import CORRECTIONS
from mlmatch.models import DEFAULT, PACKAGED
from mlmatch.models.generations import previous_generation, rollback
from mlmatch.train.gate import MIN_JUDGED_QUERIES, SIGNIFICANCE, TOLERANCE


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """Every command, with the arguments of `command` alone (declaring a trainer's imports it)."""
    parser = argparse.ArgumentParser(prog="python -m mlmatch.train", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    for name, known in COMMANDS.items():
        sub = commands.add_parser(name, help=known.help)
        if name == command:
            known.arguments(sub)
    return parser


def _trainer_arguments(sub: argparse.ArgumentParser, config_type) -> None:
    """`biencoder` and `reranker`: the data, and each other field of their config as a flag."""
    sub.add_argument("--train", type=Path, required=True, help="BEIR directory with `lang` fields (e.g. data/benchmark)")
    sub.add_argument("--dev", type=Path, help="BEIR directory for early stopping (default: --train)")
    sub.add_argument("--out", type=Path, required=True, help="where the adapter (or full model) goes")
    sub.add_argument("--base", default=PACKAGED, help="packaged, a model folder or a hub id")
    sub.add_argument("--device", default="auto", help="auto, cuda or cpu")
    sub.add_argument("--full", action="store_true", help="full fine-tuning instead of LoRA")
    for field in fields(config_type):
        if field.name in ("train", "dev", "out", "base", "device", "full"):
            continue
        flag = "--" + field.name.replace("_", "-")
        if field.type == "bool":
            sub.add_argument(flag, action=argparse.BooleanOptionalAction, default=field.default)
        elif field.type == "list[Path]":
            sub.add_argument(flag, type=Path, nargs="+", default=[])
        else:
            kind = {"int": int, "int | None": int, "float": float, "float | None": float, "str": str}[field.type]
            sub.add_argument(flag, type=kind, default=field.default)


def _ranker_arguments(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("--train", type=Path, nargs="+", required=True, help="BEIR directories whose --split lists it learns from")
    sub.add_argument("--dev", type=Path, nargs="*", default=[], help="BEIR directories whose --split lists choose the configuration, never trained on")
    sub.add_argument("--split", default="dev", help="the split of --train and --dev: one the bi-encoder was not trained on (default dev)")
    sub.add_argument("--test", type=Path, nargs="*", default=[], help="BEIR directories whose --test-split is reported, never used to choose")
    sub.add_argument("--test-split", default="test")
    sub.add_argument("--out", type=Path, required=True, help="the ranker's folder (model text file, manifest, model card)")
    sub.add_argument("--model", default=DEFAULT, help="the bi-encoder whose cosine it weighs (default: the shipped one)")
    sub.add_argument("--tolerance", type=float, default=0.005, help="dev nDCG@10 a pair may lose against max(dense, hybrid)")
    sub.add_argument("--expand", choices=("on", "off"), default="on",
                     help="off: no dictionary translations (candidates or features), the ranker to compare `--expand off` searches with")
    sub.add_argument("--device", default="auto", help="auto, cuda or cpu")


def _interpolate_arguments(sub: argparse.ArgumentParser) -> None:
    from mlmatch.train.interpolate import DEFAULT_SCALES

    sub.add_argument("--adapter", type=Path, required=True, help="a bi-encoder LoRA artifact folder")
    sub.add_argument("--out", type=Path, required=True, help="where the adapter goes with its chosen scale (may be --adapter)")
    sub.add_argument("--dev", type=Path, nargs="+", required=True, help="BEIR directories scored per language pair")
    sub.add_argument("--dev-split", default="dev")
    sub.add_argument("--scales", type=_scales, default=DEFAULT_SCALES, help="comma list within [0, 1], including 0")
    sub.add_argument("--tolerance", type=float, default=0.005, help="dev nDCG@10 a monolingual pair may lose against scale 0")
    sub.add_argument("--dev-docs", type=int, help="per dev set: judged documents plus a sample up to N (default: all)")
    sub.add_argument("--device", default="auto", help="auto, cuda or cpu")


def _logs_arguments(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("--log", type=Path, required=True, help="the search log (JSON lines, docs/logs.md)")
    sub.add_argument("--catalog", type=Path, required=True, help="the catalog the log's product ids are from")
    sub.add_argument("--out", type=Path, required=True, help="the BEIR folder to write")
    sub.add_argument("--held-out", type=float, default=0.2, help="the newest share of the searches: the test split")
    sub.add_argument("--dev", type=float, default=0.1, help="the share before it: the dev split")
    sub.add_argument("--correction", choices=CORRECTIONS, default="skip-above", help="how clicks are corrected for position")
    sub.add_argument("--ranker-share", type=float, default=0.0,
                     help="a share of the queries before the held-out time written as a split of their own, `ranker`, for the learned ranker")


def _gate_arguments(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("--log", type=Path, required=True, help="the search log the candidate was trained from (checked for bots, random clicks)")
    sub.add_argument("--current", nargs="+", required=True, help="SET=RESULTS_DIR: python -m eval.run of the current model per set")
    sub.add_argument("--candidate", nargs="+", required=True, help="SET=RESULTS_DIR: the candidate on the same sets")
    sub.add_argument("--out", type=Path, required=True, help="where report.md and report.json go")
    sub.add_argument("--system", default="dense", help="the system of the results compared")
    sub.add_argument("--tolerance", type=float, default=TOLERANCE, help="nDCG@10 a language pair may lose")
    sub.add_argument("--min-judged-queries", type=int, default=MIN_JUDGED_QUERIES, help="queries with enough traffic to judge the log by")
    sub.add_argument("--models", type=Path, help="a folder of generations to promote a passing candidate into")
    sub.add_argument("--candidate-model", type=Path, help="the candidate model folder (with --models)")


def _from_logs_arguments(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("--log", type=Path, required=True, help="the search log (JSON lines, docs/logs.md)")
    sub.add_argument("--catalog", type=Path, required=True, help="the catalog the log's product ids are from")
    sub.add_argument("--out", type=Path, required=True, help="the run's folder: data, candidate adapter, report (a killed run resumes)")
    sub.add_argument("--check", nargs="*", default=[], help="DIR:SPLIT sets no pair may lose on beside the held-out searches, "
                                                           "e.g. data/style_shift:dev")
    sub.add_argument("--held-out", type=float, default=0.2, help="the newest share of the searches, held out")
    sub.add_argument("--dev", type=float, default=0.1, help="the share before it, for early stopping")
    sub.add_argument("--min-judged-queries", type=int, default=MIN_JUDGED_QUERIES)
    sub.add_argument("--ranker", help="the learned ranker served with the model, when no --rankers folder serves one: retrained too")
    sub.add_argument("--rankers", type=Path, help="a folder of the ranker's generations: its current one is served, a passing candidate's its next")
    sub.add_argument("--ranker-share", type=float, default=0.3, help="the share of the queries the ranker learns from and the bi-encoder never sees")
    _add_gated_training(sub)


def _from_catalog_arguments(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("--catalog", type=Path, required=True, help="the shop's catalog: its titles, brands and categories become pseudo-queries")
    sub.add_argument("--out", type=Path, required=True, help="the run's folder (data, candidate, report): a killed run resumes here")
    sub.add_argument("--check", nargs="+", required=True, metavar="DIR:SPLIT", help="real query sets no language pair may lose on")
    _add_gated_training(sub)


def _rollback_arguments(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("--models", type=Path, nargs="+", required=True, help="folders of generations (a bi-encoder's and its ranker's, together)")


def _add_gated_training(sub: argparse.ArgumentParser) -> None:
    """What `from-logs` and `from-catalog` share: the model served, the gate's rule and the training budget."""
    sub.add_argument("--model", default=DEFAULT, help="the current bi-encoder, when no --models folder serves one")
    sub.add_argument("--models", type=Path, help="a folder of generations: its current one is the model, a passing candidate its next")
    sub.add_argument("--tolerance", type=float, default=TOLERANCE, help="nDCG@10 a language pair may lose")
    sub.add_argument("--significance", type=float, default=SIGNIFICANCE,
                     help="a pair's fall beyond the tolerance rejects the candidate when a paired t-test over its queries is this sure")
    sub.add_argument("--eval-docs", type=int, default=3000, help="documents per evaluation set: the judged ones and a fixed sample")
    sub.add_argument("--device", default="auto", help="auto, cuda or cpu")
    sub.add_argument("--max-steps", type=int, default=-1)
    sub.add_argument("--time-limit-minutes", type=float)


@dataclass
class RollbackConfig:
    models: list[Path]


def roll_back(config: RollbackConfig) -> str:
    """Every folder goes back one generation, or none does: a bi-encoder and the ranker trained on it go together."""
    for folder in config.models:
        previous_generation(folder)
    return "\n".join(str(rollback(folder)) for folder in config.models)


@dataclass(frozen=True)
class Command:
    """A `python -m mlmatch.train` command. Its module is imported only when it runs: the trainers import
    sentence-transformers (about 18 s and 650 MB on 2 cores), which `logs`, `gate` and `rollback` do not need."""

    help: str
    module: str
    config: str  # the name of its config class in `module`
    run: str  # the name of the function in `module` that takes the config
    arguments: Callable[[argparse.ArgumentParser], None]

    def loaded(self, name: str):
        return getattr(importlib.import_module(self.module), name)

    def config_type(self) -> type:
        return self.loaded(self.config)


COMMANDS = {
    "biencoder": Command("train the biencoder", "mlmatch.train.biencoder", "BiEncoderConfig", "train_biencoder",
                         lambda sub: _trainer_arguments(sub, COMMANDS["biencoder"].config_type())),
    "reranker": Command("train the reranker", "mlmatch.train.reranker", "RerankerConfig", "train_reranker",
                        lambda sub: _trainer_arguments(sub, COMMANDS["reranker"].config_type())),
    "ranker": Command("train the learned ranker (LambdaMART) on lists the bi-encoder never saw", "mlmatch.train.ltr",
                      "TrainingConfig", "train_ranker", _ranker_arguments),
    "interpolate": Command("choose the bi-encoder adapter's scale on dev (do-no-harm rule)", "mlmatch.train.interpolate",
                           "InterpolationConfig", "interpolate", _interpolate_arguments),
    "logs": Command("a search log's judgments as a BEIR data set, split by time (docs/logs.md)", "mlmatch.train.logs",
                    "LogDataConfig", "log_to_beir", _logs_arguments),
    "gate": Command("promote a model retrained from a log only if no language pair loses (docs/logs.md)", "mlmatch.train.gate",
                    "GateConfig", "run_gate", _gate_arguments),
    "from-logs": Command("retrain the bi-encoder (and a served ranker) from a search log, promoted only if no pair loses (docs/logs.md)",
                         "mlmatch.train.from_logs", "FromLogsConfig", "from_logs", _from_logs_arguments),
    "from-catalog": Command("adapt the bi-encoder to a catalog without a search log, from its own text, gated",
                            "mlmatch.train.from_catalog", "FromCatalogConfig", "from_catalog", _from_catalog_arguments),
    "rollback": Command("serve the generation before the current one of model folders again (all or none)", "mlmatch.train.cli",
                        "RollbackConfig", "roll_back", _rollback_arguments),
}


def _scales(text: str) -> tuple[float, ...]:
    try:
        scales = tuple(float(part) for part in text.split(","))
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected numbers separated by commas, not {text!r}") from None
    if any(not 0.0 <= scale <= 1.0 for scale in scales):
        raise argparse.ArgumentTypeError("every scale must be within [0, 1]")
    return scales


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
    logging.getLogger("bm25s").setLevel(logging.WARNING)
    argv = sys.argv[1:] if argv is None else argv
    args = vars(build_parser(next((arg for arg in argv if arg in COMMANDS), None)).parse_args(argv))
    command = args.pop("command")
    known = COMMANDS[command]
    try:
        run = known.loaded(known.run)(known.config_type()(**args))
    except (MlmatchError, ValueError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print(json.dumps(run, indent=2, ensure_ascii=False) if isinstance(run, dict) else run)
    return 1 if command in ("gate", "from-logs", "from-catalog") and not run["promote"] else 0  # a rejected candidate: scripts must see it
