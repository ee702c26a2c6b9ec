"""Starting the window: application, translations, database, scales, main window, event loop."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from .. import paths
from ..domain.scale_library import ScaleLibrary
from ..storage.database import StorageError, open_database
from . import settings, style, translations
from .main_window import MainWindow

EXIT_STORAGE = 2


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv if argv is None else argv)
    app.setOrganizationName(paths.ORGANISATION)
    app.setApplicationName(paths.APP_NAME)
    style.apply(app)
    return app


def run(db_path: Path, argv: list[str] | None = None) -> int:
    """Open the window on the database at `db_path`; the exit code of the event loop."""
    app = create_application(argv)
    lang = settings.language()
    app._translators = translations.install(app, lang)  # kept alive with the application
    try:
        db = open_database(db_path)
    except StorageError as exc:
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("App", "The database cannot be opened"),
            str(exc),
        )
        box.exec()  # nothing else is on screen yet: wait for the user, then stop
        return EXIT_STORAGE
    library = ScaleLibrary.from_folders(paths.scale_folders())
    window = MainWindow(db, library, lang)
    app.aboutToQuit.connect(window.flush)
    window.show()
    window.restore_last_review()
    if library.errors:
        window._inform(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("App", "A scale file could not be read"),
            "\n".join(str(e) for e in library.errors),
        )
    try:
        return app.exec()
    finally:
        db.close()
