"""A two-level tree model: top rows with child rows (sections → items, units → reviews)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt

ROOT = QModelIndex()  # the invalid index: "no parent"
_TOP = 0  # internal id of top-level rows; a child carries its parent's row + 1


class TwoLevelModel(QAbstractItemModel):
    """The index bookkeeping of a two-level tree; subclasses give the counts and the data."""

    def top_count(self) -> int:
        raise NotImplementedError

    def child_count(self, top_row: int) -> int:
        raise NotImplementedError

    @staticmethod
    def is_top(index: QModelIndex) -> bool:
        return index.internalId() == _TOP

    def index(self, row, column, parent=ROOT):
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _TOP)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index=ROOT):
        if not index.isValid() or self.is_top(index):
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _TOP)

    def rowCount(self, parent=ROOT):
        if parent.column() > 0:
            return 0
        if not parent.isValid():
            return self.top_count()
        return self.child_count(parent.row()) if self.is_top(parent) else 0

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
