"""The audit trail (historik) of a review or one criterion: who changed what, when, newest first."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout

from ..domain.review import AuditEntry
from ..storage import repository
from ..storage.database import StorageError
from .session import ReviewSession


def local_time(stamp: str) -> str:
    """A stored UTC time as local 'YYYY-MM-DD HH:MM'."""
    try:
        return datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return stamp


class AuditDialog(QDialog):
    """Non-modal list of audit entries; item_id None lists the whole review (finish, reopen too)."""

    def __init__(self, session: ReviewSession, item_id: str | None = None, parent=None):
        super().__init__(parent)
        self.session, self.item_id = session, item_id
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if item_id is None:
            self.setWindowTitle(self.tr("History of the review"))
        else:
            self.setWindowTitle(self.tr("History: %1").replace("%1", session.item_code(item_id)))
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("Criterion"), self.tr("Change")])
        self.tree.setAccessibleName(self.tr("History"))
        self.empty = QLabel(self.tr("No changes recorded yet."))
        self.empty.setObjectName("hint")
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.resize(640, 360)
        self.reload()

    def reload(self) -> None:
        try:
            entries = repository.audit_entries(self.session.db, self.session.review.id, self.item_id)
        except StorageError as exc:
            entries = []
            self.empty.setText(str(exc))
        self.tree.clear()
        for entry in reversed(entries):  # newest first
            self.tree.addTopLevelItem(QTreeWidgetItem(
                [local_time(entry.at), entry.actor or "–", self._criterion(entry), self.describe(entry)]))
        self.empty.setVisible(not entries)
        for column in range(3):
            self.tree.resizeColumnToContents(column)

    def _criterion(self, entry: AuditEntry) -> str:
        if entry.item_id is None:
            return ""
        try:
            return self.session.item_code(entry.item_id)
        except KeyError:
            return entry.item_id

    def describe(self, entry: AuditEntry) -> str:
        """'3 → 4' for a score; finishing and reopening in words."""
        if entry.action == "finish":
            return self.tr("Review finished")
        if entry.action == "reopen":
            return self.tr("Review reopened")
        change = f"{entry.old_value or '–'} → {entry.new_value or '–'}"
        if entry.action == "consensus":
            return self.tr("Consensus score %1").replace("%1", change)
        return self.tr("Score %1").replace("%1", change)
