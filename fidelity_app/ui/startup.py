"""Opening the database at start-up: the instance lock, a damaged, missing, locked or read-only file."""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from ..storage import backup, health
from ..storage.database import (
    CorruptDatabaseError,
    Database,
    LockedDatabaseError,
    NewerDatabaseError,
    ReadOnlyDatabaseError,
    StorageError,
    open_database,
)

log = logging.getLogger(__name__)
RESTORE, NEW, READ_ONLY, QUIT = "restore", "new", "read_only", "quit"


class StartupView(Protocol):
    """What start-up asks the user; the window's message boxes, or a fake view in tests."""

    def ask(self, title: str, text: str, choices: list[tuple[str, str]]) -> str: ...

    def tell(self, title: str, text: str) -> None: ...


@dataclass
class OpenedDatabase:
    """A database the window may use; `lock` is None when it is open read-only."""

    db: Database
    path: Path
    lock: health.InstanceLock | None
    read_only: bool
    start_backup: threading.Thread | None = field(default=None, repr=False)

    def close(self) -> Path | None:
        """At a clean close: release the database, back it up when changed, release the lock."""
        made = None
        if self.start_backup is not None:
            self.start_backup.join(timeout=30)
        self.db.close()
        if not self.read_only:
            made = safe_backup(self.path, "close")
        if self.lock is not None:
            self.lock.release()
        return made


def safe_backup(db_path: Path, reason: str) -> Path | None:
    """automatic_backup, but a failure is logged, never raised: work goes on without it."""
    try:
        return backup.automatic_backup(db_path, reason)
    except (StorageError, OSError) as exc:
        log.warning("automatic backup (%s) failed: %s", reason, exc)
        return None


def backup_in_background(db_path: Path, reason: str = "start") -> threading.Thread:
    """Make the start backup on a worker thread, so the window never waits for the copy."""
    thread = threading.Thread(target=safe_backup, args=(db_path, reason), name="start-backup", daemon=True)
    thread.start()
    return thread


class Startup:
    """Decides how the database is opened; talks to the user only through `view`."""

    def __init__(self, db_path: str | Path, view: StartupView, read_only: bool = False):
        self.path, self.view, self.read_only = Path(db_path), view, read_only
        self.lock: health.InstanceLock | None = None

    def run(self) -> OpenedDatabase | None:
        """The opened database, or None when the user chose to quit (or nothing can be opened)."""
        try:
            opened = self._run()
        except BaseException:
            self._release()
            raise
        if opened is None:
            self._release()
        return opened

    def _release(self) -> None:
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    def _run(self) -> OpenedDatabase | None:
        if not self.read_only and not self._take_lock():
            return None
        if not self.read_only and backup.missing_but_backed_up(self.path) and not self._missing():
            return None
        for _attempt in range(3):
            try:
                db = open_database(self.path, read_only=self.read_only)
            except CorruptDatabaseError as exc:
                if self.read_only or not self._damaged(exc):
                    return None
                continue
            except ReadOnlyDatabaseError as exc:
                if self.read_only:
                    return self._fail(QCoreApplication.translate("Startup", "The database cannot be opened"), str(exc))
                self.view.tell(QCoreApplication.translate("Startup", "The database is read-only"),
                               QCoreApplication.translate("Startup", "The database can only be read, not changed. It is opened read-only; nothing you do now is saved.")  # noqa: E501
                               + "\n\n" + str(exc))
                self.read_only = True
                self._release()
                continue
            except NewerDatabaseError as exc:
                return self._fail(QCoreApplication.translate("Startup", "The database is from a newer version"), str(exc))
            except StorageError as exc:
                return self._fail(QCoreApplication.translate("Startup", "The database cannot be opened"), str(exc))
            return OpenedDatabase(db, self.path, self.lock, self.read_only)
        return None

    def _fail(self, title: str, text: str) -> None:
        self.view.tell(title, text)
        return None

    def _take_lock(self) -> bool:
        try:
            self.lock = health.acquire_instance_lock(self.path)
            return True
        except LockedDatabaseError as exc:
            answer = self.view.ask(
                QCoreApplication.translate("Startup", "The database is already in use"),
                str(exc),
                [(READ_ONLY, QCoreApplication.translate("Startup", "Open read-only")), (QUIT, QCoreApplication.translate("Startup", "Quit"))],
            )
            if answer != READ_ONLY:
                return False
            if not self.path.exists():
                return self._fail(QCoreApplication.translate("Startup", "The database cannot be opened"), str(exc)) or False
            self.read_only = True
            return True

    def _missing(self) -> bool:
        """The file is gone but backups exist: restore, start empty or quit — never silently empty."""
        plan = backup.recover(self.path)
        text = QCoreApplication.translate("Startup", "The database %1 is missing, but there are backups of it.").replace("%1", str(self.path))
        choices = [(NEW, QCoreApplication.translate("Startup", "Start with an empty database")), (QUIT, QCoreApplication.translate("Startup", "Quit"))]
        if plan.backup is not None:
            choices.insert(0, (RESTORE, QCoreApplication.translate("Startup", "Restore the newest backup")))
        answer = self.view.ask(QCoreApplication.translate("Startup", "The database is missing"), text + "\n\n" + plan.describe(), choices)
        if answer == RESTORE and plan.backup is not None:
            return self._restore(plan.backup.path)
        return answer == NEW

    def _damaged(self, exc: CorruptDatabaseError) -> bool:
        """Move the damaged file aside (never deleted), then offer the newest good backup."""
        try:
            moved = health.move_aside(self.path)
        except OSError as error:
            return self._fail(QCoreApplication.translate("Startup", "The database cannot be opened"), f"{exc}\n\n{error}") or False
        plan = backup.recover(self.path)
        text = (QCoreApplication.translate("Startup", "The database file is damaged and cannot be used. It has been moved aside, not deleted:\n%1")  # noqa: E501
                .replace("%1", str(moved))
                + "\n\n" + plan.describe())
        choices = [(NEW, QCoreApplication.translate("Startup", "Start with an empty database")), (QUIT, QCoreApplication.translate("Startup", "Quit"))]
        if plan.backup is not None:
            choices.insert(0, (RESTORE, QCoreApplication.translate("Startup", "Restore the newest backup")))
        answer = self.view.ask(QCoreApplication.translate("Startup", "The database is damaged"), text, choices)
        if answer == RESTORE and plan.backup is not None:
            return self._restore(plan.backup.path)
        return answer == NEW

    def _restore(self, backup_path: Path) -> bool:
        try:
            backup.restore_backup(backup_path, self.path)
        except (StorageError, OSError) as exc:
            return self._fail(QCoreApplication.translate("Startup", "The backup could not be restored"), str(exc)) or False
        return True


class MessageBoxView:
    """The real view: modal message boxes (nothing else is on screen yet at start-up)."""

    def __init__(self, parent=None):
        self.parent = parent
        self.box: QMessageBox | None = None  # the open box, for tests to answer

    def ask(self, title: str, text: str, choices: list[tuple[str, str]]) -> str:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton,
                          self.parent)
        buttons = {box.addButton(label, QMessageBox.ButtonRole.AcceptRole): key for key, label in choices}
        box.setDefaultButton(next(iter(buttons)))
        self.box = box
        box.exec()
        self.box = None
        return buttons.get(box.clickedButton(), QUIT)

    def tell(self, title: str, text: str) -> None:
        self.ask(title, text, [(QUIT, QCoreApplication.translate("Startup", "OK"))])
