"""What every training run shares: device and precision choices, and its throughput and memory report."""

from __future__ import annotations

import json
import resource
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from transformers import TrainerCallback

from mlmatch.models.encoder import resolve_device


@dataclass(frozen=True)
class Precision:
    device: str
    bf16: bool


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
    best_dev_ndcg_at_10: float | None
    steps: int

    def save(self, folder: Path) -> None:
        (Path(folder) / "training_run.json").write_text(json.dumps(asdict(self), indent=2))

    def __str__(self) -> str:
        best = "n/a" if self.best_dev_ndcg_at_10 is None else f"{self.best_dev_ndcg_at_10:.4f}"
        return (f"{self.kind}: {self.examples} pairs in {self.seconds:.1f} s on {self.device} "
                f"({self.pairs_per_second:.1f} pairs/s, peak memory {self.peak_memory_mib:.0f} MiB, "
                f"{self.steps} steps, best dev nDCG@10 {best})")


class ThroughputCallback(TrainerCallback):
    """Counts the (query, document) pairs the optimiser saw and the time it took."""

    def __init__(self, pairs_per_example: int):
        self.pairs_per_example = pairs_per_example
        self.started = 0.0
        self.seconds = 0.0
        self.examples = 0

    def on_train_begin(self, args, state, control, **kwargs):
        self.started = time.perf_counter()

    def on_step_end(self, args, state, control, **kwargs):
        self.examples += args.per_device_train_batch_size * args.gradient_accumulation_steps

    def on_train_end(self, args, state, control, **kwargs):
        self.seconds = time.perf_counter() - self.started


def peak_memory_mib(device: str) -> float:
    if device.startswith("cuda"):
        import torch

        return torch.cuda.max_memory_allocated() / 2**20
    scale = 1 if sys.platform == "darwin" else 1024  # ru_maxrss: bytes on macOS, KiB on Linux
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale / 2**20


def report(kind: str, precision: Precision, callback: ThroughputCallback, best: float | None, steps: int) -> RunReport:
    pairs = callback.examples * callback.pairs_per_example
    return RunReport(kind, precision.device, pairs, callback.seconds, pairs / max(callback.seconds, 1e-9),
                     peak_memory_mib(precision.device), best, steps)
