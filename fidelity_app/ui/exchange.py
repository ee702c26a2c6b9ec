"""Arkiv → Importera/Exportera mätning: exchange files between laptops, conflicts chosen by the user."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ..domain.personal_numbers import contains_personal_number
from ..domain.scale_library import UnknownScaleError
from ..storage import merge, repository
from ..storage.bundle import BundleError, export_review, import_bundle, read_bundle, write_bundle
from ..storage.database import StorageError
from .save_file import SavePathField, documents_folder, show_result, suggested_name

KEEP = (merge.LOCAL, merge.INCOMING)


class ConflictDialog(QDialog):
    """One row per row edited on both laptops: what, here, in the file, and which to keep."""

    def __init__(self, rows: list[tuple[str, str, str]], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Changed on both computers"))
        self.setMinimumSize(820, 360)
        intro = QLabel(self.tr(
            "These were changed both here and in the file since you last exchanged them. Choose the "
            "version to keep for each; the other one is set aside in the database, not deleted."))
        intro.setWordWrap(True)
        self.table = QTableWidget(len(rows), 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("What"), self.tr("Here (mine)"), self.tr("In the file"), self.tr("Keep")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.choices: list[QComboBox] = []
        for row, texts in enumerate(rows):
            for col, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, col, item)
            choice = QComboBox()
            choice.addItem(self.tr("Keep mine"), merge.LOCAL)
            choice.addItem(self.tr("Take the file's"), merge.INCOMING)
            choice.setAccessibleName(self.tr("Version to keep"))
            self.table.setCellWidget(row, 3, choice)
            self.choices.append(choice)
        self.table.resizeRowsToContents()
        all_mine = QPushButton(self.tr("Keep mine for all"))
        all_theirs = QPushButton(self.tr("Take the file's for all"))
        all_mine.clicked.connect(lambda: self.choose_all(merge.LOCAL))
        all_theirs.clicked.connect(lambda: self.choose_all(merge.INCOMING))
        buttons = QDialogButtonBox()
        self.apply_button = buttons.addButton(self.tr("Apply"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Decide later"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(all_mine)
        row.addWidget(all_theirs)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)

    def choose_all(self, keep: str) -> None:
        for choice in self.choices:
            choice.setCurrentIndex(KEEP.index(keep))

    def chosen(self) -> list[str]:
        return [choice.currentData() for choice in self.choices]


class ExportDialog(QDialog):
    """Where to save, the whole review or one reviewer's part, and whether notes go along."""

    chosen = Signal(Path, object, bool)  # path, reviewer id (None: the whole review), include notes

    def __init__(self, session, default_path: Path, parent=None):
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Export the review"))
        self.setMinimumWidth(560)
        self.path_field = SavePathField(str(default_path), "json", self.tr("Exchange files (*.json)"),
                                        self.tr("Export the review as"))
        self.path = self.path_field.edit
        self.part = QComboBox()
        self.part.addItem(self.tr("The whole review"), None)
        for reviewer in session.reviewers:
            self.part.addItem(self.tr("Only my part, as %1").replace("%1", reviewer.name), reviewer.id)
        if session.independent and session.rater_id is not None:
            self.part.setCurrentIndex(self.part.findData(session.rater_id))
        self.notes = QCheckBox(self.tr("Include the evidence notes (they may hold personal data)"))
        self.warning = QLabel()
        self.warning.setObjectName("warning")
        self.warning.setWordWrap(True)
        self.warning.hide()
        self.notes.toggled.connect(self._warn)
        self.part.currentIndexChanged.connect(self._warn)
        form = QFormLayout()
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.path)
        form.addRow(file_label, self.path_field)
        form.addRow(self.tr("&Contents:"), self.part)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.notes)
        layout.addWidget(self.warning)
        layout.addWidget(buttons)

    def _warn(self, *_args) -> None:
        reviewer_id = self.part.currentData()
        notes = repository.notes(self.session.db, self.session.review.id)
        flagged = sum(1 for n in notes
                      if (reviewer_id is None or n.reviewer_id == reviewer_id)
                      and (contains_personal_number(n.text) or contains_personal_number(n.informant)))
        self.warning.setText(self.tr(
            "Warning: %n note(s) contain a Swedish personal identity number, which would be "
            "in the file.", "", flagged))
        self.warning.setVisible(self.notes.isChecked() and flagged > 0)

    def accept(self) -> None:
        path = self.path_field.path()
        if path is None:
            return
        super().accept()
        self.chosen.emit(path, self.part.currentData(), self.notes.isChecked())


class Exchange(QObject):
    """Runs imports and exports for the main window; every outcome ends in a message."""

    imported = Signal(str)  # review id

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.file_dialog: QFileDialog | None = None
        self.export_dialog: ExportDialog | None = None
        self.conflict_dialog: ConflictDialog | None = None
        self.result_box: QMessageBox | None = None

    # --- import -------------------------------------------------------------------------------
    def ask_import(self) -> None:
        self.file_dialog = QFileDialog(self.window, self.tr("Import a review"), str(documents_folder()),
                                       self.tr("Exchange files (*.json);;All files (*)"))
        self.file_dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        self.file_dialog.fileSelected.connect(lambda name: self.import_file(Path(name)))
        self.file_dialog.open()

    def import_file(self, path: Path) -> merge.ImportResult | None:
        """Merge the file into the database (rules in storage/merge.py); a rejected file changes nothing."""
        self.window.flush()  # what was typed a moment ago is merged too
        db = self.window.db
        try:
            result = import_bundle(db, read_bundle(path), self.window.library)
        except (BundleError, StorageError, UnknownScaleError, sqlite3.Error, OSError) as exc:
            self._show(QMessageBox.Icon.Warning, self.tr("The file was not imported"),
                       f"{path.name}\n\n{exc}\n\n" + self.tr("Nothing in the database was changed."))
            return None
        if result.conflicts:
            rows = [self.describe(c) for c in result.conflicts]
            self.conflict_dialog = ConflictDialog(rows, self.window)
            self.conflict_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.conflict_dialog.finished.connect(lambda code: self._resolved(result, code))
            self.conflict_dialog.open()
        else:
            self._done(result, self.summary(result))
        return result

    def _resolved(self, result: merge.ImportResult, code: int) -> None:
        dialog, self.conflict_dialog = self.conflict_dialog, None
        if code != QDialog.DialogCode.Accepted:
            self._done(result, self.summary(result) + "\n\n" + self.tr(
                "The conflicts were left as they are here. Import the file again to choose."))
            return
        try:
            for conflict, keep in zip(result.conflicts, dialog.chosen(), strict=True):
                merge.resolve(self.window.db, conflict, keep)
        except (ValueError, StorageError, sqlite3.Error) as exc:
            self._done(result, str(exc), QMessageBox.Icon.Warning)
            return
        self._done(result, self.summary(result) + "\n\n" + self.tr(
            "%n conflict(s) resolved; the version not chosen is set aside.", "", len(result.conflicts)))

    def summary(self, result: merge.ImportResult) -> str:
        text = (self.tr("%1 added, %2 updated, %3 unchanged.").replace("%1", str(result.added))
                .replace("%2", str(result.updated)).replace("%3", str(result.unchanged)))
        if result.kept_local:
            text += " " + self.tr("%n changed only here were kept.", "", len(result.kept_local))
        return text

    def _done(self, result: merge.ImportResult, text: str, icon=QMessageBox.Icon.Information) -> None:
        self.imported.emit(result.review_id)
        self._show(icon, self.tr("The review is imported"), text)

    def describe(self, conflict: merge.Conflict) -> tuple[str, str, str]:
        """What the conflicting row is, and its changed fields here and in the file."""
        local, names = conflict.local, self._names(conflict.review_id)
        item = names.get(local.get("item_id") or "", "")
        what = {
            "ratings": self.tr("Score, %1 (%2)").replace("%1", item).replace(
                "%2", names.get(local.get("reviewer_id") or "", self.tr("consensus"))),
            "evidence_notes": self.tr("Note, %1").replace("%1", item or self.tr("unsorted")),
            "findings": self.tr("Finding, %1").replace("%1", item),
            "calculator_inputs": self.tr("Calculator, %1").replace("%1", item),
            "units": self.tr("The unit"),
            "reviews": self.tr("The review"),
        }.get(conflict.table, conflict.table)
        labels = {"score": self.tr("score"), "rationale": self.tr("rationale"), "text": self.tr("text")}

        def side(row: dict) -> str:
            return "\n".join(f"{labels.get(k, k)}: {_short(row.get(k))}" for k in conflict.changed_fields)

        return what, side(conflict.local), side(conflict.incoming)

    def _names(self, review_id: str) -> dict[str, str]:
        """Reviewer ids → names and item ids → 'Tjänster 4 – title' for the review."""
        db = self.window.db
        names = {r.id: r.name for r in repository.reviewers(db, review_id)}
        try:
            review = repository.get_review(db, review_id)
            scale = self.window.library.get(review.scale_id, review.scale_edition)
        except (StorageError, UnknownScaleError):
            return names
        lang = self.window.lang
        for item in scale.items:
            section = scale.section(item.section).title
            title = item.title.get(lang) or next(iter(item.title.values()), "")
            names[item.id] = f"{section.get(lang) or next(iter(section.values()), '')} {item.number} – {title}"
        return names

    # --- export -------------------------------------------------------------------------------
    def ask_export(self, session) -> None:
        reviewer = session.rater_name() if session.independent else ""
        name = suggested_name(self.tr("IPS review"), session.unit.name, session.review.visit_start, reviewer)
        self.export_dialog = ExportDialog(session, documents_folder() / (name + ".json"), self.window)
        self.export_dialog.chosen.connect(lambda path, rid, notes: self.export(session, path, rid, notes))
        self.export_dialog.open()

    def export(self, session, path: Path, reviewer_id: str | None, with_notes: bool) -> bool:
        """Write the exchange file; afterwards its rows count as known to both laptops."""
        self.window.flush()
        db = self.window.db
        try:
            bundle = export_review(db, session.review.id, include_notes=with_notes, reviewer_id=reviewer_id)
            written = write_bundle(bundle, path)
            if not self.window.read_only:
                merge.remember_exchanged(db, bundle)  # what the other laptop now has
        except (OSError, ValueError, StorageError, sqlite3.Error) as exc:
            self._show(QMessageBox.Icon.Warning, self.tr("The review could not be exported"), f"{path}\n\n{exc}")
            return False
        self._show(QMessageBox.Icon.Information, self.tr("The review is exported"), str(written))
        return True

    def _show(self, icon, title: str, text: str) -> None:
        self.result_box = show_result(self.window, icon, title, text)


def _short(value) -> str:
    text = "–" if value is None or value == "" else str(value)
    return text[:200] + "…" if len(text) > 200 else text
