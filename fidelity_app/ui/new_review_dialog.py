"""The “New review” dialog: unit (new or existing), organisation, dates, reviewers, scale."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from ..domain.review import Unit
from ..domain.scale import Scale


@dataclass(frozen=True)
class NewReview:
    unit_id: str | None  # None: create a unit named `unit_name`
    unit_name: str
    organisation: str
    visit_start: str  # ISO date
    visit_end: str
    reviewers: tuple[str, ...]
    scale: Scale


class NewReviewDialog(QDialog):
    """Collects what a new review needs; the main window writes it (open(), not exec())."""

    def __init__(self, units: list[Unit], scales: list[Scale], lang: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New review"))
        self.setMinimumWidth(520)
        self.units, self.scales = units, scales
        self.unit = QComboBox()
        self.unit.addItem(self.tr("New unit…"), None)
        for unit in units:
            self.unit.addItem(
                f"{unit.name} ({unit.organisation})" if unit.organisation else unit.name, unit.id
            )
        self.unit_name = QLineEdit()
        self.unit_name.setPlaceholderText(self.tr("e.g. IPS Södermalm"))
        self.organisation = QLineEdit()
        self.organisation.setPlaceholderText(self.tr("e.g. Stockholms stad / Region Stockholm"))
        self.reviewer1 = QLineEdit()
        self.reviewer1.setPlaceholderText(self.tr("Lead reviewer"))
        self.reviewer2 = QLineEdit()
        self.reviewer2.setPlaceholderText(self.tr("Second reviewer (optional)"))
        today = QDate.currentDate()
        self.start = QDateEdit(today)
        self.end = QDateEdit(today)
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.scale = QComboBox()
        for scale in scales:
            title = scale.title.get(lang) or next(iter(scale.title.values()))
            self.scale.addItem(self.tr("%1, edition %2").replace("%1", title).replace("%2", scale.edition))
        if scales:
            self.scale.setCurrentIndex(len(scales) - 1)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()

        form = QFormLayout()
        form.addRow(self.tr("&Unit:"), self.unit)
        form.addRow(self.tr("&Name of the new unit:"), self.unit_name)
        form.addRow(self.tr("&Organisation:"), self.organisation)
        form.addRow(self.tr("Reviewer &1:"), self.reviewer1)
        form.addRow(self.tr("Reviewer &2:"), self.reviewer2)
        form.addRow(self.tr("Visit &from:"), self.start)
        form.addRow(self.tr("Visit &to:"), self.end)
        form.addRow(self.tr("&Scale:"), self.scale)
        self.buttons = QDialogButtonBox()
        self.create_button = self.buttons.addButton(
            self.tr("Create review"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.create_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self.unit.currentIndexChanged.connect(self._unit_changed)
        self.start.dateChanged.connect(lambda d: self.end.setDate(d) if self.end.date() < d else None)
        self.buttons.accepted.connect(self._try_accept)
        self.buttons.rejected.connect(self.reject)
        for a, b in (
            (self.unit, self.unit_name),
            (self.unit_name, self.organisation),
            (self.organisation, self.reviewer1),
            (self.reviewer1, self.reviewer2),
            (self.reviewer2, self.start),
            (self.start, self.end),
            (self.end, self.scale),
        ):
            self.setTabOrder(a, b)
        self.unit.setFocus()

    def _unit_changed(self, index: int) -> None:
        unit_id = self.unit.itemData(index)
        self.unit_name.setEnabled(unit_id is None)
        unit = next((u for u in self.units if u.id == unit_id), None)
        if unit is not None:
            self.organisation.setText(unit.organisation)

    def value(self) -> NewReview:
        names = tuple(n.strip() for n in (self.reviewer1.text(), self.reviewer2.text()) if n.strip())
        return NewReview(
            self.unit.currentData(),
            self.unit_name.text().strip(),
            self.organisation.text().strip(),
            self.start.date().toString("yyyy-MM-dd"),
            self.end.date().toString("yyyy-MM-dd"),
            names,
            self.scales[self.scale.currentIndex()],
        )

    def problem(self) -> str:
        value = self.value()
        if value.unit_id is None and not value.unit_name:
            return self.tr("Give the new unit a name.")
        if not value.reviewers:
            return self.tr("Enter at least one reviewer.")
        if len(set(value.reviewers)) != len(value.reviewers):
            return self.tr("The two reviewers have the same name.")
        return ""

    def _try_accept(self) -> None:
        problem = self.problem()
        if problem:
            self.error.setText(problem)
            self.error.show()
            return
        self.accept()
