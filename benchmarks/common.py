"""Shared helpers for the benchmarks: timing statistics, memory (RSS), a demo database, the machine."""

from __future__ import annotations

import os
import platform
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def timings(runs: int, work: Callable[[], object]) -> list[float]:
    """Seconds taken by each of `runs` calls of `work`."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return times


def median_ms(times: list[float]) -> float:
    return statistics.median(times) * 1000


def p99_ms(times: list[float]) -> float:
    """The 99th percentile (ms): the value only one run in a hundred exceeds."""
    ordered = sorted(times)
    return ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))] * 1000


def rss_mib() -> float:
    """Resident memory of this process now (MiB); Linux reads /proc, elsewhere the peak is used."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    import resource  # macOS: ru_maxrss is the peak, in bytes

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 1024


def machine() -> str:
    """A one-line description of this computer, for the figures table."""
    memory = ""
    meminfo = Path("/proc/meminfo")
    if meminfo.exists():
        kib = int(meminfo.read_text().split()[1])
        memory = f", {kib / 2**20:.0f} GiB"
    return f"{os.cpu_count()} cores{memory}, {platform.system()} {platform.machine()}, Python {platform.python_version()}"


def demo_database(path: Path) -> str:
    """Write the demo data into a new database at `path`; the id of the open (unfinished) review."""
    from fidelity_app import paths
    from fidelity_app.domain.scale_library import ScaleLibrary
    from fidelity_app.storage import repository
    from fidelity_app.storage.database import open_database
    from fidelity_app.storage.demo import load_demo

    scale = ScaleLibrary.from_folders([paths.shipped_scales_dir()]).latest("ips25")
    db = open_database(path)
    load_demo(db, scale)
    draft = next(r for r in repository.list_reviews(db) if not r.finished)
    db.close()
    return draft.id


def verdict(ok: bool) -> str:
    return "target met" if ok else "TARGET MISSED"
