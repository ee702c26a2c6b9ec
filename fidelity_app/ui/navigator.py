"""The navigator on the left: a jump field, then sections and items with their status."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from .models.navigator_model import LABEL, NOTES, PAGE_ROLE, SCORE, NavigatorModel
from .session import UNSORTED, ReviewSession


class Navigator(QWidget):
    page_chosen = Signal(str)

    def __init__(self, session: ReviewSession, parent=None):
        super().__init__(parent)
        self.setObjectName("navigator")
        self.session = session
        self.model = NavigatorModel(session, self)
        self._entries = {
            f"{session.item_code(i.id)} – {session.text(i.title)}": i.id for i in session.scale.items
        }
        self.jump = QLineEdit()
        self.jump.setPlaceholderText(self.tr("Go to criterion… (Ctrl+G)"))
        self.jump.setAccessibleName(self.tr("Go to criterion"))
        self.jump.setClearButtonEnabled(True)
        completer = QCompleter(list(self._entries), self.jump)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.jump.setCompleter(completer)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setItemsExpandable(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setIndentation(10)
        self.tree.setAccessibleName(self.tr("Criteria"))
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(LABEL, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(SCORE, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(NOTES, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(SCORE, 50)
        header.resizeSection(NOTES, 38)
        self.tree.expandAll()
        legend = QLabel(self.tr("● scored  ○ not scored  ▲▼ changed since last time"))
        legend.setObjectName("hint")
        legend.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 4, 6)
        layout.addWidget(self.jump)
        layout.addWidget(self.tree, 1)
        layout.addWidget(legend)
        self.setTabOrder(self.jump, self.tree)

        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.jump.returnPressed.connect(self._jump)
        completer.activated.connect(lambda _text: self._jump())
        session.scores_changed.connect(lambda item_id: self._refresh_scores(item_id))
        session.notes_changed.connect(lambda: self.model.refresh())
        session.rater_changed.connect(lambda: self.model.refresh())

    def _refresh_scores(self, item_id: str) -> None:
        self.model.refresh(item_id)
        self.model.refresh()  # section subtotals

    def select(self, page: str) -> None:
        index = self.model.index_of(page)
        if index.isValid() and self.tree.currentIndex() != index:
            self.tree.setCurrentIndex(index)

    def _current_changed(self, current, _previous=None) -> None:
        page = current.data(PAGE_ROLE) if current.isValid() else ""
        if not page and current.isValid() and self.model.rowCount(current.siblingAtColumn(0)):
            page = self.model.index(0, 0, current.siblingAtColumn(0)).data(PAGE_ROLE)
        if page:
            self.page_chosen.emit(page)

    def resolve(self, text: str) -> str | None:
        """The page that a typed jump means: '7' (7th criterion), 'T4'/'Tjänster 4', a title word."""
        text = " ".join(text.split()).lower()
        if not text:
            return None
        items = self.session.scale.items
        if text.isdigit():
            number = int(text)
            return items[number - 1].id if 1 <= number <= len(items) else None
        if text in (self.tr("unsorted").lower(), self.tr("Unsorted notes").lower()):
            return UNSORTED
        for entry, item_id in self._entries.items():
            if entry.lower() == text:
                return item_id
        match = re.fullmatch(r"([^\d\s]+)\s*(\d+)", text)
        if match:
            start, number = match.group(1), int(match.group(2))
            for item in items:
                section = self.session.text(self.session.scale.section(item.section).title).lower()
                if section.startswith(start) and item.number == number:
                    return item.id
        for entry, item_id in self._entries.items():
            if text in entry.lower():
                return item_id
        return None

    def _jump(self) -> None:
        page = self.resolve(self.jump.text())
        if page:
            self.jump.clear()
            self.page_chosen.emit(page)
