"""Saving an export from the window: where to (a path with Browse…) and what happened."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLineEdit, QMessageBox, QPushButton, QWidget


def documents_folder() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder and Path(folder).is_dir() else Path.home()


def suggested_name(*parts: str) -> str:
    """A file name from the unit and date that every file system accepts."""
    name = " ".join(p for p in parts if p)
    return re.sub(r'[<>:"/\\|?*\x00-\x1f]+', "-", name).strip(" .-") or "rapport"


class SavePathField(QWidget):
    """A path to save to and a Browse… button; `path()` adds the suffix when it is missing."""

    def __init__(self, default_path: Path, suffix: str, file_filter: str, title: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.suffix, self.file_filter, self.title = suffix, file_filter, title
        self.edit = QLineEdit(str(default_path))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(browse)
        self.file_dialog: QFileDialog | None = None

    def _browse(self) -> None:
        self.file_dialog = QFileDialog(self, self.title, self.edit.text(), self.file_filter)
        self.file_dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        self.file_dialog.setDefaultSuffix(self.suffix)
        self.file_dialog.fileSelected.connect(self.edit.setText)
        self.file_dialog.open()

    def path(self) -> Path | None:
        """The chosen file with its suffix, or None (and the focus on the field) when empty."""
        text = self.edit.text().strip()
        if not text:
            self.edit.setFocus()
            return None
        path = Path(text)
        return path if path.suffix.lower() == f".{self.suffix}" else path.with_name(f"{path.name}.{self.suffix}")


def show_result(parent: QWidget, icon, title: str, text: str, path: Path | None = None) -> QMessageBox:
    """A message that does not block; with a saved file's path it offers “Open the file”."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if path is not None:
        open_button = box.addButton(QCoreApplication.translate("SaveFile", "Open the file"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(open_button)
        box.finished.connect(lambda _r: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
                             if box.clickedButton() is open_button else None)
    box.addButton(QCoreApplication.translate("SaveFile", "Close"), QMessageBox.ButtonRole.RejectRole)
    box.open()
    return box
