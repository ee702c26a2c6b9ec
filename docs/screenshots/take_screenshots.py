"""Screenshots of the window at 1366×768 in Swedish on demo data, for docs and the README.

Run:  QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/take_screenshots.py
(or under xvfb-run with the xcb plugin). The window's own pixels are grabbed, without the
window manager's frame. Writes home, criterion, calculator, consensus, overview, history
and compare (.png) beside this script.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))
os.environ.setdefault("IPS_FIDELITY_DATA_DIR", tempfile.mkdtemp(prefix="ips-shots-"))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from fidelity_app import paths  # noqa: E402
from fidelity_app.domain.scale_library import ScaleLibrary  # noqa: E402
from fidelity_app.storage import repository  # noqa: E402
from fidelity_app.storage.database import open_database  # noqa: E402
from fidelity_app.storage.demo import load_demo  # noqa: E402
from fidelity_app.ui import translations  # noqa: E402
from fidelity_app.ui.app import create_application  # noqa: E402
from fidelity_app.ui.main_window import MainWindow  # noqa: E402


def settle(app: QApplication, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()


def main() -> int:
    app = create_application([sys.argv[0]])
    app._translators = translations.install(app, "sv")
    db = open_database(paths.data_dir() / "demo.sqlite")
    library = ScaleLibrary.from_folders(paths.scale_folders())
    scale = library.latest("ips25")
    load_demo(db, scale)
    window = MainWindow(db, library, "sv")
    window.resize(1366, 768)
    window.show()
    settle(app)

    def shot(name: str) -> None:
        settle(app)
        window.grab().save(str(HERE / name))
        print("wrote", HERE / name)

    draft = next(r for r in repository.list_reviews(db) if not r.finished)
    window.home.tree.setCurrentIndex(
        window.home.proxy.mapFromSource(window.home.model.review_index(draft.id))
    )
    shot("home.png")

    window.open_review(draft.id)
    session, view = window.session, window.view
    # A criterion with notes, a previous score and a recommendation from last time.
    item_id = next(
        (
            i.id
            for i in scale.items
            if session.note_count(i.id)
            and session.previous_findings.get(i.id)
            and i.measure is None
            and i.checklist is None
        ),
        scale.items[3].id,
    )
    view.show_page(item_id)
    view.criterion.notes.list.setFocus(Qt.FocusReason.OtherFocusReason)
    shot("criterion.png")

    calc_item = next(
        (i.id for i in scale.items if i.measure is not None and session.calculator_values(i.id)),
        scale.items[0].id,
    )
    view.show_page(calc_item)
    page = view.criterion
    page.scroll.ensureWidgetVisible(page.calculator)
    page.calculator.first_input().setFocus(Qt.FocusReason.OtherFocusReason)
    settle(app)
    page.scroll.verticalScrollBar().setValue(page.calculator.y() - 140)
    shot("calculator.png")

    view.show_consensus()
    shot("consensus.png")

    # Unit leaders' views: the all-units overview, one unit's history and a comparison.
    unit = next(u for u in repository.list_units(db) if u.name == "IPS Älvstaden")
    history = window.history
    history.show_overview()
    history.view.today = date(2026, 12, 1)  # the demo's last visits are in late 2026
    history.view.show_overview(unit.id)
    shot("overview.png")
    history.view.show_unit(unit.id)
    shot("history.png")
    history.view.show_compare(*history.view.unit_page.selected_pair())
    shot("compare.png")
    window.close()
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
