"""What every training run shares: device and precision choices, and its throughput and memory report."""

from __future__ import annotations

import json
import resource
import shutil
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from transformers import TrainerCallback

from mlmatch.models.encoder import resolve_device


@dataclass
class TrainConfig:
    """Settings both trainers share; each trainer's config adds its own."""

    train: Path
    out: Path
    dev: Path | None = None  # defaults to `train` (its dev split)
    train_split: str = "train"
    dev_split: str = "dev"
    base: str = "packaged"
    device: str = "auto"
    epochs: float = 1.0
    max_steps: int = -1
    batch_size: int | None = None  # default: small on CPU, large on CUDA (per trainer)
    learning_rate: float | None = None  # 2e-4 with LoRA, 2e-5 for full fine-tuning
    full: bool = False
    lora_r: int = 16
    eval_steps: int = 50
    patience: int = 3
    time_limit_minutes: float | None = None  # stop after this much training time, keeping the best dev checkpoint
    seed: int = 42


@dataclass(frozen=True)
class Precision:
    device: str
    bf16: bool

    def batch_size(self, cpu: int, cuda: int) -> int:
        return cuda if self.device.startswith("cuda") else cpu


def precision_for(device: str) -> Precision:
    """bf16 autocast on CUDA (fp32 master weights); plain fp32 on CPU.

    e5-small at batch 256 fits a single GPU easily, so no gradient checkpointing: it would only slow steps.
    """
    device = resolve_device(device)
    if device.startswith("cuda"):
        import torch

        return Precision(device, torch.cuda.is_bf16_supported())
    return Precision(device, False)


@dataclass
class RunReport:
    kind: str
    device: str
    examples: int
    seconds: float
    pairs_per_second: float
    peak_memory_mib: float
    best_dev_score: float | None
    steps: int
    dev_metric: str = "ndcg@10"  # what best_dev_score measures

    def save(self, folder: Path) -> None:
        (Path(folder) / "training_run.json").write_text(json.dumps(asdict(self), indent=2))

    def __str__(self) -> str:
        best = "n/a" if self.best_dev_score is None else f"{self.best_dev_score:.4f}"
        return (f"{self.kind}: {self.examples} pairs in {self.seconds:.1f} s on {self.device} "
                f"({self.pairs_per_second:.1f} pairs/s, peak memory {self.peak_memory_mib:.0f} MiB, "
                f"{self.steps} steps, best dev {self.dev_metric} {best})")


class ThroughputCallback(TrainerCallback):
    """Counts the (query, document) pairs the optimiser saw and the time its steps took (dev evaluations excluded)."""

    def __init__(self, pairs_per_example: int):
        self.pairs_per_example = pairs_per_example
        self.step_started = 0.0
        self.seconds = 0.0
        self.examples = 0

    def on_step_begin(self, args, state, control, **kwargs):
        self.step_started = time.perf_counter()

    def on_step_end(self, args, state, control, **kwargs):
        self.seconds += time.perf_counter() - self.step_started
        self.examples += args.per_device_train_batch_size * args.gradient_accumulation_steps


class TimeLimitCallback(TrainerCallback):
    """Ends training once its steps have run `minutes`: a rented GPU is paid by the minute.

    The last state is evaluated and saved, so the best dev checkpoint is still the one restored.
    """

    def __init__(self, minutes: float, throughput: ThroughputCallback):
        self.seconds, self.throughput = minutes * 60, throughput

    def on_step_end(self, args, state, control, **kwargs):
        if self.throughput.seconds >= self.seconds and not control.should_training_stop:
            control.should_training_stop = control.should_evaluate = control.should_save = True


def training_callbacks(config: TrainConfig, throughput: ThroughputCallback) -> list[TrainerCallback]:
    from transformers import EarlyStoppingCallback

    callbacks = [EarlyStoppingCallback(early_stopping_patience=config.patience), throughput]
    if config.time_limit_minutes is not None:
        callbacks.append(TimeLimitCallback(config.time_limit_minutes, throughput))
    return callbacks


def peak_memory_mib(device: str) -> float:
    if device.startswith("cuda"):
        import torch

        return torch.cuda.max_memory_allocated() / 2**20
    scale = 1 if sys.platform == "darwin" else 1024  # ru_maxrss: bytes on macOS, KiB on Linux
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale / 2**20


def report(kind: str, precision: Precision, callback: ThroughputCallback, best: float | None, steps: int,
           metric: str) -> RunReport:
    pairs = callback.examples * callback.pairs_per_example
    return RunReport(kind, precision.device, pairs, callback.seconds, pairs / max(callback.seconds, 1e-9),
                     peak_memory_mib(precision.device), best, steps, metric)


def training_arguments(arguments_class, config: TrainConfig, precision: Precision, output_dir: Path,
                       batch_sizes: tuple[int, int], dev_metric: str = "ndcg@10", **extra):
    """The trainer arguments both trainers use: warm-up, early stopping on a dev metric, bf16 on CUDA."""
    return arguments_class(
        output_dir=str(output_dir),
        num_train_epochs=config.epochs,
        max_steps=config.max_steps,
        per_device_train_batch_size=config.batch_size or precision.batch_size(*batch_sizes),
        learning_rate=config.learning_rate or (2e-5 if config.full else 2e-4),
        warmup_ratio=0.1,
        seed=config.seed,
        bf16=precision.bf16,
        use_cpu=precision.device == "cpu",
        eval_strategy="steps",
        eval_steps=config.eval_steps,
        save_strategy="steps",
        save_steps=config.eval_steps,
        save_total_limit=2,
        load_best_model_at_end=True,
        metric_for_best_model=f"eval_dev_{dev_metric}",
        greater_is_better=True,
        logging_steps=10,
        report_to="none",
        **extra,
    )


def checkpoint_dir() -> Path:
    return Path(tempfile.mkdtemp(prefix="mlmatch-train-"))


def train_and_report(trainer, kind: str, precision: Precision, throughput: ThroughputCallback, checkpoints: Path) -> RunReport:
    """Train (restoring the best dev checkpoint), then drop the checkpoints."""
    try:
        trainer.train()
    finally:
        shutil.rmtree(checkpoints, ignore_errors=True)
    metric = trainer.args.metric_for_best_model.removeprefix("eval_dev_")
    return report(kind, precision, throughput, trainer.state.best_metric, trainer.state.global_step, metric)


def fresh_folder(out: Path) -> Path:
    out = Path(out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    return out
