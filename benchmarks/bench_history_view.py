"""History views on 10 000 measurements across 500 units vs. a bare QTableView of 10 000 rows.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_history_view.py

Each figure is open (load + model + first paint) and scroll to the end (+ paint), the median of
five runs. Memory: the process's resident size (RSS) after the history is open, and its ratio to
the RSS just before (Qt, the program's modules and the open database already loaded). The baseline, measured in the same process: a bare QTableView over a trivial model
with one row per measurement (10 000), shown, painted and scrolled to the end.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QTableView  # noqa: E402

from benchmarks.common import rss_mib, timings  # noqa: E402
from benchmarks.large_db import build  # noqa: E402
from fidelity_app import paths  # noqa: E402
from fidelity_app.domain.scale_library import ScaleLibrary  # noqa: E402
from fidelity_app.storage import repository  # noqa: E402
from fidelity_app.storage.database import open_database  # noqa: E402
from fidelity_app.ui import style  # noqa: E402
from fidelity_app.ui.history.view import HistoryView  # noqa: E402

MEASUREMENTS, UNITS = 10_000, 500
_ROOT = QModelIndex()


class TrivialModel(QAbstractTableModel):
    def __init__(self, rows: int):
        super().__init__()
        self.rows = rows

    def rowCount(self, parent=_ROOT):
        return 0 if parent.isValid() else self.rows

    def columnCount(self, parent=_ROOT):
        return 0 if parent.isValid() else 5

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return f"{index.row()}:{index.column()}" if role == Qt.ItemDataRole.DisplayRole else None


def paint_to_end(app: QApplication, table: QTableView) -> None:
    table.viewport().repaint()
    table.scrollToBottom()
    table.viewport().repaint()
    app.processEvents()


def main() -> None:
    app = QApplication.instance() or QApplication([sys.argv[0]])
    style.apply(app)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "large.sqlite"
        build(path, UNITS, MEASUREMENTS)
        library = ScaleLibrary.from_folders([paths.shipped_scales_dir()])
        db = open_database(path, read_only=True)
        unit_id = repository.list_units(db)[0].id

        def baseline() -> None:
            table = QTableView()
            table.setModel(TrivialModel(MEASUREMENTS))
            table.resize(1366, 700)
            table.show()
            paint_to_end(app, table)
            table.deleteLater()

        rss_before = rss_mib()
        view = HistoryView(db, library, "sv")
        view.resize(1366, 740)
        view.show()
        app.processEvents()
        view.show_overview()
        paint_to_end(app, view.overview.table)
        rss_after = rss_mib()

        def overview() -> None:
            view.show_overview()
            paint_to_end(app, view.overview.table)

        def unit_history() -> None:
            view.show_unit(unit_id)
            view.unit_page.chart.repaint()
            paint_to_end(app, view.unit_page.table)
            paint_to_end(app, view.unit_page.grid)

        base = statistics.median(timings(5, baseline))
        across = statistics.median(timings(5, overview))
        one = statistics.median(timings(5, unit_history))
        rows = view.overview.proxy.rowCount()
        print(f"baseline: bare QTableView, {MEASUREMENTS} trivial rows, open+scroll  {base * 1000:7.1f} ms")
        print(
            f"all units ({rows} units, {MEASUREMENTS} measurements), open+scroll   {across * 1000:7.1f} ms  "
            f"ratio {across / base:5.1f}x"
        )
        print(
            f"one unit's history (chart, matrix), open+scroll        {one * 1000:7.1f} ms  "
            f"ratio {one / base:5.1f}x"
        )
        print(f"memory (RSS) after opening the history  {rss_after:7.0f} MiB  "
              f"(before {rss_before:.0f} MiB, ratio {rss_after / rss_before:4.2f}x)")
        db.close()


if __name__ == "__main__":
    main()
