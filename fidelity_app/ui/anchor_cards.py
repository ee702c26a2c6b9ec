"""The five anchors of a criterion as cards: click one, or press 1–5 (arrows and Space also work)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget


def _repolish(widget: QWidget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class AnchorCard(QFrame):
    clicked = Signal(int)

    def __init__(self, score: int, parent=None):
        super().__init__(parent)
        self.score = score
        self.setObjectName("anchorCard")
        self.setProperty("selected", False)
        self.setProperty("current", False)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.number = QLabel(str(score))
        self.number.setObjectName("anchorNumber")
        self.number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.number.setFixedWidth(34)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setObjectName("anchorText")
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 10, 6)
        layout.setSpacing(10)
        layout.addWidget(self.number, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1)

    def set_state(self, selected: bool, current: bool) -> None:
        if self.property("selected") != selected or self.property("current") != current:
            self.setProperty("selected", selected)
            self.setProperty("current", current)
            _repolish(self)
            _repolish(self.number)

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self.score)
        super().mousePressEvent(event)


class AnchorCards(QWidget):
    """Emits `chosen(score)`; the keys 1–5 are window shortcuts so they work from the whole page."""

    chosen = Signal(int)
    cleared = Signal()

    def __init__(self, min_score: int = 1, max_score: int = 5, parent=None):
        super().__init__(parent)
        self.setObjectName("anchorCards")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Score"))
        self.read_only = False
        self.selected: int | None = None
        self.current = min_score
        self.cards = [AnchorCard(score, self) for score in range(min_score, max_score + 1)]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(5)
        for card in self.cards:
            card.clicked.connect(self._clicked)
            layout.addWidget(card)

    def set_anchors(self, texts: dict[int, str]) -> None:
        for card in self.cards:
            card.text.setText(texts.get(card.score, ""))

    def set_selected(self, score: int | None) -> None:
        self.selected = score
        if score is not None:
            self.current = score
        self._paint()

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        for card in self.cards:
            card.setCursor(Qt.CursorShape.ArrowCursor if read_only else Qt.CursorShape.PointingHandCursor)

    def _paint(self) -> None:
        focused = self.hasFocus()
        for card in self.cards:
            card.set_state(card.score == self.selected, focused and card.score == self.current)

    def _clicked(self, score: int) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self.current = score
        if not self.read_only:
            self.chosen.emit(score)
        self._paint()

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self._paint()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self._paint()

    def keyPressEvent(self, event) -> None:
        key = event.key()
        scores = [c.score for c in self.cards]
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Right):
            self.current = min(self.current + 1, scores[-1])
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Left):
            self.current = max(self.current - 1, scores[0])
        elif key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.read_only:
            self.chosen.emit(self.current)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not self.read_only:
            self.cleared.emit()
        else:
            super().keyPressEvent(event)
            return
        self._paint()
