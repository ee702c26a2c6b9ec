"""Arkiv → Säkerhetskopior: list the backups, make one now, restore one into the open window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from ..storage import backup
from ..storage.database import StorageError, open_database

PATH_ROLE = Qt.ItemDataRole.UserRole


class BackupDialog(QDialog):
    """Non-modal; restoring closes the window's database, puts the backup in place (the current
    file is moved aside, never deleted) and opens the restored file in the same window."""

    def __init__(self, window, parent=None):
        super().__init__(parent or window)
        self.window_ = window
        self.db_path = Path(window.db.file_path)
        self.confirm: QMessageBox | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Backups"))
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels([self.tr("Date"), self.tr("Size"), self.tr("Reviews"), self.tr("Made"),
                                   self.tr("Check")])
        self.tree.setAccessibleName(self.tr("Backups"))
        self.info = QLabel(self.tr("Backups are kept in %1").replace("%1", str(backup.backups_dir(self.db_path))))
        self.info.setObjectName("hint")
        self.info.setWordWrap(True)
        self.backup_button = QPushButton(self.tr("Back up now"))
        self.restore_button = QPushButton(self.tr("Restore…"))
        close_button = QPushButton(self.tr("Close"))
        for button in (self.backup_button, self.restore_button):
            button.setEnabled(not window.read_only)
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button.clicked.connect(self.ask_restore)
        close_button.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.backup_button)
        row.addWidget(self.restore_button)
        row.addStretch(1)
        row.addWidget(close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.info)
        layout.addLayout(row)
        self.resize(680, 380)
        self.reload()

    def reload(self) -> None:
        self.tree.clear()
        reasons = {"start": self.tr("at start"), "close": self.tr("at close"), "manual": self.tr("by hand")}
        locale = QLocale()
        for info in backup.list_backups(self.db_path):
            row = QTreeWidgetItem([
                info.created.astimezone().strftime("%Y-%m-%d %H:%M:%S"),
                locale.formattedDataSize(info.size),
                "–" if info.reviews is None else str(info.reviews),
                reasons.get(info.reason, info.reason),
                self.tr("OK") if info.ok else self.tr("Damaged"),
            ])
            row.setData(0, PATH_ROLE, str(info.path))
            row.setToolTip(4, info.problem)
            self.tree.addTopLevelItem(row)
        if self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        for column in range(5):
            self.tree.resizeColumnToContents(column)

    def backup_now(self) -> Path | None:
        self.window_.flush()
        try:
            made = backup.make_backup(self.db_path, reason="manual")
            backup.prune_backups(self.db_path)
        except (StorageError, OSError) as exc:
            self.info.setText(str(exc))
            return None
        self.reload()
        self.info.setText(self.tr("Backup made: %1").replace("%1", made.name))
        return made

    def ask_restore(self) -> None:
        current = self.tree.currentItem()
        if current is None:
            return
        chosen = Path(current.data(0, PATH_ROLE))
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Restore the backup"),
                          self.tr("Replace the database with the backup from %1?").replace("%1", current.text(0)),
                          QMessageBox.StandardButton.NoButton, self)
        box.setInformativeText(self.tr("The current database file is kept beside it, renamed; nothing is deleted."))
        restore = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _r: self.restore(chosen) if box.clickedButton() is restore else None)
        self.confirm = box
        box.open()

    def restore(self, chosen: Path) -> bool:
        """Close the window's database, restore `chosen`, open the restored file in the window."""
        window = self.window_
        window.go_home()
        window.db.close()
        try:
            moved = backup.restore_backup(chosen, self.db_path)
        except (StorageError, OSError) as exc:
            self.info.setText(str(exc))
            moved = False
        window.db = open_database(self.db_path)  # the restored file, or the untouched original
        window.show_home()
        self.reload()
        if moved is not False:
            self.info.setText(self.tr("Restored. The previous file was kept as %1")
                              .replace("%1", moved.name if moved else "–"))
        return moved is not False
