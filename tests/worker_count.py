"""How many workers ``-n auto`` starts (pyproject's addopts run the suite
in one worker per core).

xdist counts the CPUs the machine shows; a container that shows 64 but
may use two (a CPU quota) would start 64 Qt processes on two cores.  Here:
the CPUs this process may run on, lowered to its quota, at most
MAX_WORKERS."""

from __future__ import annotations

import math
import os
from pathlib import Path

MAX_WORKERS = 4  # past four, the shared PostgreSQL server and the slowest tests set the pace, not the cores


def auto_workers(cgroup: Path = Path("/sys/fs/cgroup"), cores: int | None = None) -> int:
    if cores is None:
        cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    quota = cpu_quota(cgroup)
    if quota is not None:
        cores = min(cores, math.ceil(quota))
    return max(1, min(MAX_WORKERS, cores))


def cpu_quota(cgroup: Path) -> float | None:
    """CPUs' worth of time the process may use (cgroup v2's cpu.max, else
    v1's CFS quota), or None when it has no quota."""
    try:
        limit, period = (cgroup / "cpu.max").read_text().split()[:2]
        return None if limit == "max" else int(limit) / int(period)
    except (OSError, ValueError):
        pass
    try:
        limit = int((cgroup / "cpu" / "cpu.cfs_quota_us").read_text())
        return None if limit <= 0 else limit / int((cgroup / "cpu" / "cpu.cfs_period_us").read_text())
    except (OSError, ValueError):
        return None
