"""The home page: units (verksamheter) with their reviews, searchable; open or start a review."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from .models.reviews_model import BAND, NAME, ORGANISATION, REVIEW_ID_ROLE, STATUS, TOTAL, ReviewsModel


class HomePage(QWidget):
    open_review = Signal(str)
    new_review = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("home")
        self.model = ReviewsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setRecursiveFilteringEnabled(True)
        self.proxy.setAutoAcceptChildRows(True)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

        title = QLabel(self.tr("Units and reviews"))
        title.setObjectName("pageTitle")
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search unit, organisation or date…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search"))
        self.new_button = QPushButton(self.tr("New review…"))
        self.new_button.setObjectName("primary")
        self.new_button.setToolTip(self.tr("Start a new review (Ctrl+Shift+N)"))
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setEnabled(False)

        self.tree = QTreeView()
        self.tree.setModel(self.proxy)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAccessibleName(self.tr("Units and reviews"))
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ORGANISATION, QHeaderView.ResizeMode.Stretch)
        for column, width in ((STATUS, 120), (TOTAL, 90), (BAND, 300)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        self.empty = QLabel(self.tr("No reviews yet. Press “New review…” to start one."))
        self.empty.setObjectName("hint")
        hint = QLabel(
            self.tr("Enter opens the selected review · Ctrl+F searches · Ctrl+Shift+N starts a new review")
        )
        hint.setObjectName("hint")

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.open_button)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 12)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty)
        layout.addWidget(hint)

        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self._search_enter)
        self.tree.activated.connect(self._activated)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.open_button.clicked.connect(lambda: self._activated(self.tree.currentIndex()))
        self.new_button.clicked.connect(self.new_review)
        self.setTabOrder(self.search, self.tree)
        self.setTabOrder(self.tree, self.open_button)
        self.setTabOrder(self.open_button, self.new_button)

    def set_overview(self, rows, select_review: str = "") -> None:
        self.model.set_overview(rows)
        self.tree.expandAll()
        self.empty.setVisible(not rows)
        if select_review:
            index = self.proxy.mapFromSource(self.model.review_index(select_review))
            if index.isValid():
                self.tree.setCurrentIndex(index)
        elif self.proxy.rowCount():
            self.tree.setCurrentIndex(self.proxy.index(0, 0))

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        self.tree.expandAll()

    def _first_review(self) -> QModelIndex:
        for row in range(self.proxy.rowCount()):
            unit = self.proxy.index(row, 0)
            if self.proxy.rowCount(unit):
                return self.proxy.index(0, 0, unit)
        return QModelIndex()

    def _search_enter(self) -> None:
        first = self._first_review()
        if first.isValid():
            self.tree.setCurrentIndex(first)
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    def _current_changed(self, current: QModelIndex, _previous=None) -> None:
        self.open_button.setEnabled(bool(current.isValid() and current.data(REVIEW_ID_ROLE)))

    def _activated(self, index: QModelIndex) -> None:
        review_id = index.siblingAtColumn(0).data(REVIEW_ID_ROLE) if index.isValid() else None
        if review_id:
            self.open_review.emit(review_id)
        elif index.isValid():
            self.tree.setExpanded(
                index.siblingAtColumn(0), not self.tree.isExpanded(index.siblingAtColumn(0))
            )
