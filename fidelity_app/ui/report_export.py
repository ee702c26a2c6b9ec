"""Exporting the review report (and the blank form) as PDF from the window."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.personal_numbers import contains_personal_number
from ..storage import repository

LANGUAGES = (("sv", "Svenska"), ("en", "English"))


def documents_folder() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder and Path(folder).is_dir() else Path.home()


def suggested_name(*parts: str) -> str:
    """A file name from the unit and date that every file system accepts."""
    name = " ".join(p for p in parts if p)
    return re.sub(r'[<>:"/\\|?*\x00-\x1f]+', "-", name).strip(" .-") or "rapport"


class PdfExportDialog(QDialog):
    """Where to save, in which language, and (for a report) whether to include evidence notes."""

    chosen = Signal(Path, str, bool)  # path, language, include notes

    def __init__(self, title: str, default_path: Path, lang: str, notes_with_personal_numbers: int | None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(560)
        self.path = QLineEdit(str(default_path))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.language = QComboBox()
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(0 if lang == "sv" else 1)
        form = QFormLayout()
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.path)  # a row that is a layout gets no buddy by itself
        form.addRow(file_label, row)
        form.addRow(self.tr("&Language:"), self.language)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.notes = QCheckBox(self.tr("Include the evidence notes as an appendix (they may hold personal data)"))
        self.warning = QLabel()
        self.warning.setObjectName("warning")
        self.warning.setWordWrap(True)
        self.warning.hide()
        if notes_with_personal_numbers is not None:  # a review report, not the blank form
            layout.addWidget(self.notes)
            layout.addWidget(self.warning)
            self.notes.toggled.connect(lambda on: self.warning.setVisible(on and notes_with_personal_numbers > 0))
            self.warning.setText(self.tr(
                "Warning: %n note(s) contain a Swedish personal identity number, which would be "
                "printed in the report.", "", notes_with_personal_numbers))
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(self.tr("Save PDF"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.file_dialog: QFileDialog | None = None

    def _browse(self) -> None:
        self.file_dialog = QFileDialog(self, self.tr("Save the PDF as"), self.path.text(), "PDF (*.pdf)")
        self.file_dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        self.file_dialog.setDefaultSuffix("pdf")
        self.file_dialog.fileSelected.connect(self.path.setText)
        self.file_dialog.open()

    def accept(self) -> None:
        text = self.path.text().strip()
        if not text:
            self.path.setFocus()
            return
        path = Path(text)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        super().accept()
        self.chosen.emit(path, self.language.currentData(), self.notes.isChecked())


class PdfExporter(QObject):
    """Runs an export: the dialog, the writing, and the result (with “Open the file”)."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.dialog: PdfExportDialog | None = None
        self.result_box: QMessageBox | None = None
        self.last_path: Path | None = None

    def export_report(self, session) -> None:
        notes = repository.notes(session.db, session.review.id)
        flagged = sum(1 for n in notes if contains_personal_number(n.text) or contains_personal_number(n.informant))
        name = suggested_name(self.tr("IPS report"), session.unit.name, session.review.visit_start) + ".pdf"
        self.dialog = PdfExportDialog(self.tr("Export the report as PDF"), documents_folder() / name,
                                      session.lang, flagged, self.window)
        self.dialog.chosen.connect(lambda path, lang, with_notes: self._write_report(session, path, lang, with_notes))
        self.dialog.open()

    def export_blank_form(self, scale, lang: str) -> None:
        name = suggested_name(self.tr("Scoring form"), scale.id, scale.edition) + ".pdf"
        self.dialog = PdfExportDialog(self.tr("Blank scoring form as PDF"), documents_folder() / name,
                                      lang, None, self.window)
        self.dialog.chosen.connect(lambda path, lang, _notes: self._write_form(scale, path, lang))
        self.dialog.open()

    def _write_report(self, session, path: Path, lang: str, with_notes: bool) -> None:
        from ..report import write_review_report  # reportlab loads only when a PDF is made

        self.window.flush()  # the report shows what was typed a moment ago too
        self._run(lambda: write_review_report(session.db, self.window.library, session.review.id, path,
                                              lang=lang, include_notes=with_notes), path)

    def _write_form(self, scale, path: Path, lang: str) -> None:
        from ..report import write_blank_form

        self._run(lambda: write_blank_form(scale, path, lang=lang), path)

    def _run(self, write, path: Path) -> None:
        try:
            write()
        except (OSError, ValueError) as exc:
            self._show(QMessageBox.Icon.Warning, self.tr("The PDF could not be saved"),
                       f"{path}\n\n{exc}", None)
            return
        self.last_path = path
        self._show(QMessageBox.Icon.Information, self.tr("The PDF is saved"), str(path), path)

    def _show(self, icon, title: str, text: str, path: Path | None) -> None:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, self.window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if path is not None:
            open_button = box.addButton(self.tr("Open the file"), QMessageBox.ButtonRole.AcceptRole)
            box.setDefaultButton(open_button)
            box.finished.connect(lambda _r: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
                                 if box.clickedButton() is open_button else None)
        box.addButton(self.tr("Close"), QMessageBox.ButtonRole.RejectRole)
        self.result_box = box
        box.open()
