"""List model of the evidence notes of one criterion (or of the unsorted notes)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt

from ...domain.review import EvidenceNote

_ROOT = QModelIndex()  # the invalid index: "no parent"
NOTE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
PREVIEW_CHARS = 160


class NotesModel(QAbstractListModel):
    """One row per note: source and informant on the first line, the start of the text below."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._notes: list[EvidenceNote] = []

    def set_notes(self, notes: list[EvidenceNote]) -> None:
        self.beginResetModel()
        self._notes = list(notes)
        self.endResetModel()

    def update_note(self, note: EvidenceNote) -> None:
        """Show a note's new text without resetting the list (keeps the selection)."""
        for row, old in enumerate(self._notes):
            if old.id == note.id:
                self._notes[row] = note
                self.dataChanged.emit(self.index(row), self.index(row))
                return

    def note_at(self, row: int) -> EvidenceNote | None:
        return self._notes[row] if 0 <= row < len(self._notes) else None

    def row_of(self, note_id: str) -> int:
        return next((r for r, n in enumerate(self._notes) if n.id == note_id), -1)

    def rowCount(self, parent=_ROOT):
        return 0 if parent.isValid() else len(self._notes)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._notes):
            return None
        note = self._notes[index.row()]
        if role == NOTE_ID_ROLE:
            return note.id
        if role == Qt.ItemDataRole.DisplayRole:
            head = " · ".join(x for x in (note.source, note.informant.strip()) if x)
            body = " ".join(note.text.split())
            if len(body) > PREVIEW_CHARS:
                body = body[: PREVIEW_CHARS - 1] + "…"
            body = body or self.tr("(empty note)")
            return f"{head}\n{body}" if head else body
        if role == Qt.ItemDataRole.ToolTipRole:
            return note.text or None
        return None
