"""Starting the window: application, translations, database, scales, main window, event loop."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from .. import paths
from ..domain.scale_library import ScaleLibrary
from . import settings, startup, style, translations
from .main_window import MainWindow

EXIT_STORAGE = 2


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv if argv is None else argv)
    app.setOrganizationName(paths.ORGANISATION)
    app.setApplicationName(paths.APP_NAME)
    style.apply(app)
    return app


def run(db_path: Path, argv: list[str] | None = None, read_only: bool = False) -> int:
    """Open the window on the database at `db_path`; the exit code of the event loop."""
    app = create_application(argv)
    lang = settings.language()
    app._translators = translations.install(app, lang)  # kept alive with the application
    # Locked, missing, damaged, read-only or newer files are handled (and asked about) here.
    opened = startup.Startup(db_path, startup.MessageBoxView(), read_only).run()
    if opened is None:
        return EXIT_STORAGE
    db = opened.db
    library = ScaleLibrary.from_folders(paths.scale_folders())
    window = MainWindow(db, library, lang, read_only=opened.read_only)
    app.aboutToQuit.connect(window.flush)
    if not opened.read_only:
        opened.start_backup = startup.backup_in_background(db_path, "start")
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
        window.hide()
        opened.db = window.db  # restoring a backup in the window reopens the database
        opened.close()  # the close backup (when changed) and the lock
