"""What the process and the machine were doing while a benchmark ran: memory, load, other work.

Linux only (it reads /proc): speed numbers measured on shared cores mean little without knowing how
much of the cores other processes took, so every run records it.
"""

from __future__ import annotations

import os
import re
import resource
import time
from dataclasses import dataclass

_STATUS = "/proc/self/status"


def peak_rss_mb() -> float:
    """Peak resident memory since the process started or since the last `reset_peak_rss`."""
    return _status_kb("VmHWM") / 1024


def rss_mb() -> float:
    """Resident memory now."""
    return _status_kb("VmRSS") / 1024


def reset_peak_rss() -> None:
    """Start a new peak from the current resident memory (Linux's clear_refs, value 5)."""
    with open("/proc/self/clear_refs", "w") as handle:
        handle.write("5")


def _status_kb(field: str) -> int:
    with open(_STATUS) as status:
        return int(re.search(rf"^{field}:\s+(\d+) kB", status.read(), re.MULTILINE).group(1))


@dataclass(frozen=True)
class CpuSnapshot:
    wall_s: float
    busy_s: float  # all processes, all cores
    own_s: float  # this process (and its finished children)
    load_1min: float


def cpu_snapshot() -> CpuSnapshot:
    with open("/proc/stat") as stat:
        ticks = [int(value) for value in stat.readline().split()[1:]]
    idle = ticks[3] + ticks[4]  # idle + iowait
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return CpuSnapshot(time.monotonic(), (sum(ticks[:8]) - idle) / os.sysconf("SC_CLK_TCK"),
                       own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime, os.getloadavg()[0])


def machine_summary(start: CpuSnapshot, end: CpuSnapshot) -> dict:
    """Load at both ends and the share of all cores that *other* processes used in between."""
    cores = os.cpu_count() or 1
    wall = max(end.wall_s - start.wall_s, 1e-9)
    others = max(0.0, (end.busy_s - start.busy_s) - (end.own_s - start.own_s))
    return {"cores": cores, "load_1min_start": round(start.load_1min, 2), "load_1min_end": round(end.load_1min, 2),
            "other_processes_cpu_share": round(others / (wall * cores), 3), "wall_s": round(wall, 1)}
