"""Exporting measurements as CSV for Excel or R from the window: where, long or wide, which units."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...storage.csv_export import export_csv
from ..save_file import SavePathField, documents_folder, show_result, suggested_name


class CsvExportDialog(QDialog):
    """Where to save, long or wide format, and the whole database or one unit."""

    chosen = Signal(Path, bool, str)  # path, wide, unit id ("" = every unit)

    def __init__(
        self, default_path: Path, unit_id: str = "", unit_name: str = "", parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.unit_id = unit_id
        self.setWindowTitle(self.tr("Export measurements as CSV"))
        self.setMinimumWidth(560)
        self.path_field = SavePathField(default_path, "csv", "CSV (*.csv)", self.tr("Save the CSV file as"))
        self.path = self.path_field.edit
        self.long = QRadioButton(self.tr("Long: one row per measurement and criterion (R, pivot tables)"))
        self.wide = QRadioButton(self.tr("Wide: one row per measurement, one column per criterion (Excel)"))
        self.long.setChecked(True)
        self.everything = QRadioButton(self.tr("All units in the database"))
        self.one_unit = QRadioButton(self.tr("Only %1").replace("%1", unit_name))
        self.one_unit.setVisible(bool(unit_id))
        (self.one_unit if unit_id else self.everything).setChecked(True)
        # Two groups, so that the format and the scope are chosen independently.
        self.format_group, self.scope_group = QButtonGroup(self), QButtonGroup(self)
        for group, buttons in (
            (self.format_group, (self.long, self.wide)),
            (self.scope_group, (self.everything, self.one_unit)),
        ):
            for button in buttons:
                group.addButton(button)
        form = QFormLayout()
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.path)
        form.addRow(file_label, self.path_field)
        formats = QVBoxLayout()
        formats.addWidget(self.long)
        formats.addWidget(self.wide)
        form.addRow(self.tr("Format:"), formats)
        scope = QVBoxLayout()
        scope.addWidget(self.everything)
        scope.addWidget(self.one_unit)
        form.addRow(self.tr("Measurements:"), scope)
        note = QLabel(
            self.tr(
                "Semicolon-separated UTF-8, as Swedish Excel expects (in R: read.csv2). "
                "Only scores and totals are exported, never evidence notes."
            )
        )
        note.setObjectName("hint")
        note.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(self.tr("Save CSV"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
    def accept(self) -> None:
        path = self.path_field.path()
        if path is None:
            return
        super().accept()
        self.chosen.emit(path, self.wide.isChecked(), self.unit_id if self.one_unit.isChecked() else "")


class CsvExporter(QObject):
    """Runs a CSV export: the dialog, the writing (reads the database only), and the result."""

    def __init__(self, window, db, library):
        super().__init__(window)
        self.window, self.db, self.library = window, db, library
        self.dialog: CsvExportDialog | None = None
        self.result_box: QMessageBox | None = None
        self.last_path: Path | None = None

    def export(self, unit_id: str = "", unit_name: str = "") -> None:
        name = suggested_name(self.tr("IPS measurements"), unit_name) + ".csv"
        self.dialog = CsvExportDialog(documents_folder() / name, unit_id, unit_name, self.window)
        self.dialog.chosen.connect(self._write)
        self.dialog.open()

    def _write(self, path: Path, wide: bool, unit_id: str) -> None:
        if hasattr(self.window, "flush"):
            self.window.flush()  # scores typed a moment ago are exported too
        try:
            rows = export_csv(self.db, self.library, path, wide=wide, unit_id=unit_id or None)
        except OSError as exc:
            self._show(
                QMessageBox.Icon.Warning, self.tr("The CSV file could not be saved"), f"{path}\n\n{exc}", None
            )
            return
        self.last_path = path
        self._show(
            QMessageBox.Icon.Information,
            self.tr("The CSV file is saved"),
            self.tr("%n row(s) written to:", "", rows) + f"\n{path}",
            path,
        )

    def _show(self, icon, title: str, message: str, path: Path | None) -> None:
        self.result_box = show_result(self.window, icon, title, message, path)
