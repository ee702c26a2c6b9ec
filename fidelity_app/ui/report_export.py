"""Exporting the review report (and the blank form) as PDF from the window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ..domain.personal_numbers import contains_personal_number
from ..storage import repository
from .save_file import SavePathField, documents_folder, show_result, suggested_name

LANGUAGES = (("sv", "Svenska"), ("en", "English"))


class PdfExportDialog(QDialog):
    """Where to save, in which language, and (for a report) whether to include evidence notes."""

    chosen = Signal(Path, str, bool)  # path, language, include notes

    def __init__(self, title: str, default_path: Path, lang: str, notes_with_personal_numbers: int | None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(560)
        self.path_field = SavePathField(default_path, "pdf", "PDF (*.pdf)", self.tr("Save the PDF as"))
        self.path = self.path_field.edit
        self.language = QComboBox()
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(0 if lang == "sv" else 1)
        form = QFormLayout()
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.path)
        form.addRow(file_label, self.path_field)
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
    def accept(self) -> None:
        path = self.path_field.path()
        if path is None:
            return
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
        self.result_box = show_result(self.window, icon, title, text, path)
