"""Tree model of the navigator: sections with their items and status, then the unsorted notes."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont

from .. import icons
from ..session import UNSORTED, ReviewSession
from .base import ROOT, TwoLevelModel

PAGE_ROLE = Qt.ItemDataRole.UserRole + 1  # item id, 'unsorted', or '' for a section
LABEL, SCORE, NOTES = range(3)


class NavigatorModel(TwoLevelModel):
    """Rows: each section (children: its items), then one row for unsorted notes."""

    def __init__(self, session: ReviewSession, parent=None):
        super().__init__(parent)
        self.session = session
        self.sections = session.scale.sections
        self._items = [session.scale.items_in(s.id) for s in self.sections]

    # --- structure --------------------------------------------------------------------------
    def top_count(self) -> int:
        return len(self.sections) + 1

    def child_count(self, top_row: int) -> int:
        return len(self._items[top_row]) if top_row < len(self.sections) else 0

    def columnCount(self, parent=ROOT):
        return 3

    # --- lookup -------------------------------------------------------------------------------
    def page(self, index) -> str:
        """The page key of a row: an item id, 'unsorted', or '' for a section row."""
        if not index.isValid():
            return ""
        if self.is_top(index):
            return UNSORTED if index.row() == len(self.sections) else ""
        return self._items[index.internalId() - 1][index.row()].id

    def index_of(self, page: str, column: int = LABEL) -> QModelIndex:
        if page == UNSORTED:
            return self.index(len(self.sections), column)
        for s, items in enumerate(self._items):
            for r, item in enumerate(items):
                if item.id == page:
                    return self.index(r, column, self.index(s, 0))
        return QModelIndex()

    def refresh(self, page: str | None = None) -> None:
        """Repaint one row (or all rows) after its score or notes changed."""
        if page is not None:
            first, last = self.index_of(page, LABEL), self.index_of(page, NOTES)
            if first.isValid():
                self.dataChanged.emit(first, last)
                return
        for row in range(self.rowCount()):
            top = self.index(row, 0)
            self.dataChanged.emit(top, self.index(row, NOTES))
            if self.rowCount(top):
                self.dataChanged.emit(self.index(0, 0, top), self.index(self.rowCount(top) - 1, NOTES, top))

    # --- data ---------------------------------------------------------------------------------
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == PAGE_ROLE:
            return self.page(index)
        if self.is_top(index):
            return self._top_data(index, role)
        item = self._items[index.internalId() - 1][index.row()]
        s = self.session
        score = s.score(item.id)  # whose scores are being entered
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == LABEL:
                return f"{item.number}  {s.text(item.title)}"
            if col == SCORE:
                return "–" if score is None else str(score)
            count = s.note_count(item.id)
            return str(count) if count else ""
        if role == Qt.ItemDataRole.DecorationRole:
            if col == LABEL:
                return icons.status_icon(score is not None)
            if col == SCORE and s.differs(item.id):
                return icons.change_icon(score > s.previous_scores[item.id])
            if col == NOTES and s.note_count(item.id):
                return icons.note_icon()
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item.id, score)
        if role == Qt.ItemDataRole.TextAlignmentRole and col != LABEL:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _top_data(self, index, role):
        unsorted = index.row() == len(self.sections)
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == LABEL:
                if unsorted:
                    return self.tr("Unsorted notes")
                return self.session.text(self.sections[index.row()].title)
            if index.column() == NOTES and unsorted:
                count = self.session.note_count(None)
                return str(count) if count else ""
            if index.column() == SCORE and not unsorted:
                sub = self.session.entered_summary().sections[index.row()]
                return f"{sub.points}/{sub.max_points}"
            return None
        if role == Qt.ItemDataRole.FontRole and index.column() == LABEL:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.DecorationRole and unsorted and index.column() == NOTES:
            return icons.note_icon() if self.session.note_count(None) else None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() != LABEL:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _tooltip(self, item_id: str, score: int | None) -> str:
        s = self.session
        heading = f"{s.item_code(item_id)} – {s.text(s.scale.item(item_id).title)}"
        parts = [self.tr("Not scored") if score is None else self.tr("Score %1").replace("%1", str(score))]
        count = s.note_count(item_id)
        if count:
            parts.append(self.tr("%n note(s)", "", count))
        before = s.previous_scores.get(item_id)
        if before is not None:
            parts.append(self.tr("Previous measurement: %1").replace("%1", str(before)))
        return heading + "\n" + " · ".join(parts)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                (self.tr("Criterion"), self.tr("Score"), self.tr("Notes"))[section]
                if 0 <= section < 3
                else None
            )
        return None
