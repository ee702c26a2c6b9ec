"""The bookkeeping shared by the item models: flat tables over a list of rows, two-level trees."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QAbstractTableModel, QModelIndex, Qt

ROOT = QModelIndex()  # the invalid index: "no parent"
_TOP = 0  # internal id of top-level rows; a child carries its parent's row + 1
_READ_ONLY = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class RowsTableModel(QAbstractTableModel):
    """A table with one row per element of `self._rows`; subclasses give the columns and data."""

    _rows: list

    def column_count(self) -> int:
        raise NotImplementedError

    def rowCount(self, parent=ROOT):
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=ROOT):
        return 0 if parent.isValid() else self.column_count()

    def flags(self, index):
        return _READ_ONLY if index.isValid() else Qt.ItemFlag.NoItemFlags


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
        return _READ_ONLY if index.isValid() else Qt.ItemFlag.NoItemFlags
