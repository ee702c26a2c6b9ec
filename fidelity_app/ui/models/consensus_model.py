"""Table model of the consensus view: each reviewer's score and rationale, difference, consensus."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont

from ..session import ReviewSession
from .base import RowsTableModel

ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 1
DIFFERENCE_ROLE = Qt.ItemDataRole.UserRole + 2  # points between the highest and lowest score, or None
AMBER, RED = QColor("#fbe3a6"), QColor("#f5b8b2")  # 1 point apart; 2 points or more


class ConsensusModel(RowsTableModel):
    """One row per criterion, biggest disagreement first (then scale order); rows with a reviewer's
    score missing come last. Columns: criterion, per reviewer score and rationale, difference,
    consensus score (recorded, or the proposed agreement in italics) and its reason."""

    def __init__(self, session: ReviewSession, parent=None):
        super().__init__(parent)
        self.session = session
        self.reviewers = list(session.reviewers)
        n = len(self.reviewers)
        self.DIFFERENCE, self.CONSENSUS, self.REASON = 1 + 2 * n, 2 + 2 * n, 3 + 2 * n
        self._rows: list[str] = []
        self.reload()
        session.scores_changed.connect(self._score_changed)

    # --- rows ---------------------------------------------------------------------------------
    def reload(self) -> None:
        """Sort again (after reviewers' own scores changed, e.g. by an import)."""
        order = {item.id: n for n, item in enumerate(self.session.scale.items)}

        def key(item_id: str):
            difference = self.difference(item_id)
            return (difference is None, -(difference or 0), order[item_id])

        self.beginResetModel()
        self._rows = sorted(order, key=key)
        self.endResetModel()

    def item_id(self, row: int) -> str:
        return self._rows[row]

    def row_of(self, item_id: str) -> int:
        return self._rows.index(item_id)

    def reviewer_scores(self, item_id: str) -> list[int | None]:
        return [self.session.score(item_id, r.id) for r in self.reviewers]

    def difference(self, item_id: str) -> int | None:
        """Points between the reviewers' highest and lowest score; None while one is missing."""
        scores = self.reviewer_scores(item_id)
        if None in scores or not scores:
            return None
        return max(scores) - min(scores)

    def proposal(self, item_id: str) -> int | None:
        """The score every reviewer gave, where no consensus is recorded yet."""
        if self.session.score(item_id, None) is not None or self.difference(item_id) != 0:
            return None
        return self.reviewer_scores(item_id)[0]

    def proposals(self) -> dict[str, int]:
        found = {item_id: self.proposal(item_id) for item_id in self._rows}
        return {k: v for k, v in found.items() if v is not None}

    def _score_changed(self, item_id: str) -> None:
        if item_id in self._rows:
            row = self.row_of(item_id)
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.REASON))

    # --- Qt -----------------------------------------------------------------------------------
    def column_count(self) -> int:
        return self.REASON + 1

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        s, item_id, col = self.session, self._rows[index.row()], index.column()
        difference = self.difference(item_id)
        if role == ITEM_ID_ROLE:
            return item_id
        if role == DIFFERENCE_ROLE:
            return difference
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self._text(item_id, col, difference)
            if role == Qt.ItemDataRole.ToolTipRole:
                return text or None
            return " ".join(text.split()) if text else ""
        if role == Qt.ItemDataRole.BackgroundRole:
            if col != self.DIFFERENCE and self._reviewer_column(col) is None:
                return None
            if difference == 1:
                return QBrush(AMBER)
            if difference is not None and difference >= 2:
                return QBrush(RED)
            return None
        if role == Qt.ItemDataRole.FontRole and col == self.CONSENSUS and s.score(item_id, None) is None:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and col not in (0, self.REASON) and \
                not self.is_rationale(col):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _reviewer_column(self, col: int) -> int | None:
        """The reviewer whose score is in column `col` (None: not a score column)."""
        if 1 <= col < self.DIFFERENCE and (col - 1) % 2 == 0:
            return (col - 1) // 2
        return None

    def is_rationale(self, col: int) -> bool:
        return 1 <= col < self.DIFFERENCE and (col - 1) % 2 == 1

    def _text(self, item_id: str, col: int, difference: int | None) -> str:
        s = self.session
        if col == 0:
            return f"{s.item_code(item_id)} – {s.text(s.scale.item(item_id).title)}"
        if 1 <= col < self.DIFFERENCE:
            reviewer = self.reviewers[(col - 1) // 2]
            if self.is_rationale(col):
                return s.rationale(item_id, reviewer.id)
            score = s.score(item_id, reviewer.id)
            return "–" if score is None else str(score)
        if col == self.DIFFERENCE:
            return "–" if difference is None else str(difference)
        if col == self.CONSENSUS:
            score = s.score(item_id, None)
            if score is not None:
                return str(score)
            proposal = self.proposal(item_id)
            return self.tr("%1 (proposed)").replace("%1", str(proposal)) if proposal else "–"
        return s.rationale(item_id, None)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section <= self.REASON:
            return None
        if role == Qt.ItemDataRole.ToolTipRole and 1 <= section < self.DIFFERENCE:
            return self.reviewers[(section - 1) // 2].name
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return self.tr("Criterion")
        if section < self.DIFFERENCE:
            name = self.reviewers[(section - 1) // 2].name
            first = name.split()[0] if name.split() else name  # columns are narrow; the tooltip has it all
            return first if not self.is_rationale(section) else self.tr("Rationale (%1)").replace("%1", first)
        return (self.tr("Difference"), self.tr("Consensus"), self.tr("Reason"))[section - self.DIFFERENCE]
