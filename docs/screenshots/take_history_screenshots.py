"""Screenshots of the history view and of a comparison at 1366×768 in Swedish on demo data.

Run:  QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/take_history_screenshots.py
(or under xvfb-run with the xcb plugin). Writes history.png, compare.png and overview.png
beside this script.
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
    load_demo(db, library.latest("ips25"))
    window = MainWindow(db, library, "sv")
    window.resize(1366, 768)
    window.show()
    settle(app)

    def shot(name: str) -> None:
        settle(app)
        window.grab().save(str(HERE / name))
        print("wrote", HERE / name)

    unit = next(u for u in repository.list_units(db) if u.name == "IPS Älvstaden")
    history = window.history
    history.show_overview()
    history.view.today = date(2026, 12, 1)  # the demo's last visits are in late 2026
    history.view.show_overview(unit.id)
    shot("overview.png")
    history.view.show_unit(unit.id)
    shot("history.png")
    pair = history.view.unit_page.selected_pair()
    history.view.show_compare(*pair)
    shot("compare.png")
    window.close()
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
