"""Start-up: a fresh process to a usable main window with the demo database vs. a bare Qt window.

    .venv/bin/python benchmarks/bench_startup.py

Each run starts a new Python process and times it from launch to the first turn of the event
loop after the window is shown (the moment keys and clicks are handled). The program runs as
`fidelity-app` does (lock, start backup on a thread, scales, the last open review restored);
the baseline, in the same run: a bare QApplication showing an empty QMainWindow. Medians of
seven alternating runs. Target: at most 1.5× the baseline.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import demo_database, machine, verdict  # noqa: E402

RUNS = 7
READY = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
def ready():
    print("ready", flush=True)
    QApplication.instance().quit()
QTimer.singleShot(0, ready)
"""
BASELINE = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1280, 740)
window.show()
""" + READY + "app.exec()\n"
PROGRAM = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from fidelity_app.ui import app as ui_app
ui_app.create_application(sys.argv)
""" + READY + "sys.exit(ui_app.run(Path(sys.argv[1])))\n"


def launch(code: str, args: list[str], env: dict) -> float:
    """Seconds from starting `python -c code` to its 'ready' line."""
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, env=env, text=True)
    line = process.stdout.readline()
    elapsed = time.perf_counter() - start
    process.communicate(timeout=60)
    if line.strip() != "ready" or process.returncode != 0:
        raise SystemExit(f"the start did not reach the window (exit {process.returncode})")
    return elapsed


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder) / "data"
        data.mkdir()
        db_path = data / "fidelity.sqlite"
        draft = demo_database(db_path)
        (data / "settings.ini").write_text(f"[session]\nlast_review={draft}\n", encoding="utf-8")
        env = {**os.environ, "IPS_FIDELITY_DATA_DIR": str(data),
               "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
        # An installed program starts from compiled bytecode (pip and PyInstaller compile it);
        # the warm-up runs below write it, so a shell's PYTHONDONTWRITEBYTECODE must not apply.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        launch(BASELINE, [], env)  # warm the file cache for both
        launch(PROGRAM, [str(db_path)], env)
        home_env = {**env, "IPS_FIDELITY_DATA_DIR": str(Path(folder) / "home-data")}
        (Path(folder) / "home-data").mkdir()
        base, program, home = [], [], []
        for _ in range(RUNS):
            base.append(launch(BASELINE, [], env))
            program.append(launch(PROGRAM, [str(db_path)], env))
            home.append(launch(PROGRAM, [str(db_path)], home_env))
    b, p = statistics.median(base) * 1000, statistics.median(program) * 1000
    h = statistics.median(home) * 1000
    print(f"machine: {machine()}")
    print(f"baseline: bare QApplication + empty QMainWindow, process start to shown  {b:7.0f} ms")
    print(f"start-up: demo database, last review reopened, process start to usable  {p:7.0f} ms  "
          f"ratio {p / b:4.2f}x  (target ≤ 1.5x: {verdict(p / b <= 1.5)})")
    print(f"start-up: demo database, home page only (no review reopened)            {h:7.0f} ms  "
          f"ratio {h / b:4.2f}x")


if __name__ == "__main__":
    main()
