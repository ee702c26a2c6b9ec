"""History of 10 000 measurements: loading every total and band vs. a bare read of the same rows.

    .venv/bin/python benchmarks/bench_history.py

Prints the time to build the history (measurements with totals and bands) and its ratio to
a baseline measured in the same run: a raw sqlite3 SELECT of every rating row, no objects.
"""

from __future__ import annotations

import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import timings  # noqa: E402
from benchmarks.large_db import build  # noqa: E402
from fidelity_app import paths  # noqa: E402
from fidelity_app.domain.scale_library import ScaleLibrary  # noqa: E402
from fidelity_app.storage.database import open_database  # noqa: E402
from fidelity_app.storage.history import measurements  # noqa: E402


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "large.sqlite"
        start = time.perf_counter()
        build(path)
        print(f"built 10 000 measurements in {time.perf_counter() - start:.1f} s")
        library = ScaleLibrary.from_folders([paths.shipped_scales_dir()])
        raw = sqlite3.connect(path)
        baseline = statistics.median(timings(5, lambda: raw.execute("SELECT * FROM ratings").fetchall()))
        db = open_database(path)
        history = statistics.median(timings(5, lambda: measurements(db, library)))
        count = len(measurements(db, library))
        print(f"baseline: raw SELECT of all rating rows     {baseline * 1000:8.1f} ms")
        print(f"history:  {count} measurements with bands {history * 1000:8.1f} ms  "
              f"ratio {history / baseline:5.1f}x  (target: under 500 ms)")


if __name__ == "__main__":
    main()
