"""The program's look: Fusion everywhere, with the calm style sheet in resources/style."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from .. import paths


def apply(app: QApplication) -> None:
    app.setStyle("Fusion")
    sheet = paths.resources_dir() / "style" / "app.qss"
    if sheet.is_file():
        app.setStyleSheet(sheet.read_text(encoding="utf-8"))
