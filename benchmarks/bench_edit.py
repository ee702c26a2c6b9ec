"""Saving an edit: a note text and a score committed through the window's session vs. raw sqlite3,
and the longest time the UI thread is blocked while a 2 000-character note is typed.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_edit.py

Commits: median and p99 of 300 note-text updates and 300 score changes on the open demo review
(each one repository write with its audit row, committed with WAL and synchronous=FULL). The
baseline, in the same run and on the same disk: a raw sqlite3 INSERT + COMMIT of a row of the
same size with the same pragmas. Target: a saved edit at most 3× the baseline.

Typing: 2 000 characters are sent as key events to the note editor of the real window, one
every 8 ms, pausing 0.6 s after every 200 so the half-second autosave commits mid-note. A 2 ms
heartbeat QTimer records the longest gap between its ticks (the longest the event loop was busy);
the longest single key event and the longest autosave commit are printed too. Target: no block
over 50 ms.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QKeyEvent  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from benchmarks.common import demo_database, machine, median_ms, p99_ms, timings, verdict  # noqa: E402
from fidelity_app import paths  # noqa: E402
from fidelity_app.domain.scale_library import ScaleLibrary  # noqa: E402
from fidelity_app.storage import repository  # noqa: E402
from fidelity_app.storage.database import open_database  # noqa: E402
from fidelity_app.ui import autosave, style  # noqa: E402
from fidelity_app.ui.main_window import MainWindow  # noqa: E402

RUNS = 300
# PySide6 6.12.0 on Python 3.11 drops a reference to None on every void Qt call and to True on
# every Signal.emit(), so this benchmark (like a long working day) aborts with none_dealloc.
# Run it with PySide6 6.11 or on Python 3.12+; see benchmarks/README.md.
TEXT = ("Coachen beskriver hur arbetsgivarkontakterna planeras varje vecka och följs upp på "
        "handledningen; listan över deltagare stämmer med intervjuerna. ") * 20
TYPED = TEXT[:2000]


def raw_baseline(folder: Path, size: int) -> list[float]:
    """Raw sqlite3: one INSERT + COMMIT per call, WAL and synchronous=FULL as the program uses."""
    conn = sqlite3.connect(folder / "raw.sqlite", isolation_level=None)
    for pragma in ("busy_timeout = 5000", "foreign_keys = ON", "journal_mode = WAL", "synchronous = FULL"):
        conn.execute(f"PRAGMA {pragma}")
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
    payload = "x" * size

    def insert() -> None:
        conn.execute("BEGIN")
        conn.execute("INSERT INTO notes (text) VALUES (?)", [payload])
        conn.execute("COMMIT")

    times = timings(RUNS, insert)
    conn.close()
    return times


def commits(window: MainWindow, review_id: str) -> tuple[list[float], list[float], list[float]]:
    session = window.session
    item_id = session.scale.items[0].id
    note = session.add_note(item_id, "första")
    counter = iter(range(10**9))
    note_times = timings(RUNS, lambda: session.update_note(note.id, text=f"{TEXT[:120]} {next(counter)}"))
    scores = iter([3, 4] * RUNS * 2)
    score_times = timings(RUNS, lambda: session.set_score(item_id, next(scores)))
    # The same write without the window's repaint (navigator, status bar) that follows it.
    storage_times = timings(RUNS, lambda: repository.set_rating(
        window.db, session.scale, review_id, item_id, reviewer_id=None, score=next(scores), actor="bench"))
    return note_times, score_times, storage_times


def typing(app: QApplication, window: MainWindow) -> tuple[float, float, float]:
    """Type TYPED into a new note; (longest event-loop block, longest key event, longest commit) ms."""
    window.view.show_page(window.session.scale.items[1].id)
    window.view.new_note()
    editor = window.view.criterion.notes.text
    editor.setFocus()
    app.processEvents()
    longest_key = longest_commit = 0.0
    original = autosave.TextAutosave.flush

    def timed_flush(self) -> None:
        nonlocal longest_commit
        start = time.perf_counter()
        original(self)
        longest_commit = max(longest_commit, time.perf_counter() - start)

    autosave.TextAutosave.flush = timed_flush
    gaps = {"last": time.perf_counter(), "longest": 0.0}

    def beat() -> None:
        now = time.perf_counter()
        gaps["longest"] = max(gaps["longest"], now - gaps["last"])
        gaps["last"] = now

    heartbeat = QTimer()
    heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
    heartbeat.setInterval(2)
    heartbeat.timeout.connect(beat)
    heartbeat.start()
    for n, char in enumerate(TYPED, 1):
        start = time.perf_counter()
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(editor, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))
        longest_key = max(longest_key, time.perf_counter() - start)
        until = time.perf_counter() + (0.6 if n % 200 == 0 else 0.008)
        while time.perf_counter() < until:
            app.processEvents()
            beat()  # the loop itself is alive here; only processEvents can block
    heartbeat.stop()
    autosave.TextAutosave.flush = original
    window.flush()
    stored = [n.text for n in repository.notes(window.db, window.session.review.id)]
    if TYPED not in stored:
        raise SystemExit("the typed note was not saved")
    return gaps["longest"] * 1000, longest_key * 1000, longest_commit * 1000


def main() -> None:
    app = QApplication.instance() or QApplication([sys.argv[0]])
    style.apply(app)
    with tempfile.TemporaryDirectory() as folder:
        os.environ[paths.DATA_DIR_ENV] = str(Path(folder) / "data")
        db_path = Path(folder) / "demo.sqlite"
        draft = demo_database(db_path)
        library = ScaleLibrary.from_folders([paths.shipped_scales_dir()])
        window = MainWindow(open_database(db_path), library, "sv")
        window.resize(1366, 768)
        window.show()
        window.open_review(draft)
        app.processEvents()
        base = raw_baseline(Path(folder), len(TEXT[:120]) + 8)
        note_times, score_times, storage_times = commits(window, draft)
        block, key, commit = typing(app, window)
        window.close()
        window.db.close()
    b = median_ms(base)
    print(f"machine: {machine()}")
    print(f"baseline: raw sqlite3 INSERT + COMMIT (WAL, synchronous=FULL)  median {b:6.2f} ms  "
          f"p99 {p99_ms(base):6.2f} ms")
    for name, times in (("note text edit", note_times), ("score", score_times),
                        ("score, storage only", storage_times)):
        m = median_ms(times)
        print(f"{name + ' committed':<30} median {m:6.2f} ms  p99 {p99_ms(times):6.2f} ms  "
              f"ratio {m / b:4.1f}x (p99 {p99_ms(times) / p99_ms(base):4.1f}x)  "
              f"(target ≤ 3x: {verdict(m / b <= 3)})")
    print(f"typing 2 000 characters: longest UI block {block:5.1f} ms "
          f"(ratio to the 50 ms target {block / 50:4.2f}x: {verdict(block <= 50)}); "
          f"longest key event {key:5.1f} ms, longest autosave commit {commit:5.1f} ms "
          f"(autosave delay {autosave.DELAY_MS} ms)")


if __name__ == "__main__":
    main()
