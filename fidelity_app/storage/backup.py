"""Backups of the database file with SQLite's backup API: made, listed, pruned and restored."""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from .database import (
    BUSY_TIMEOUT_MS,
    CorruptDatabaseError,
    DiskFullError,
    StorageError,
    read_only_uri,
)
from .health import move_aside, utc_stamp

KEEP_LAST = 10  # the newest backups, whatever their age
DAILY_DAYS = 30  # plus the newest backup of each of these last days (UTC)
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}T\d{6}Z)-(?P<reason>[a-z0-9]+)(?:-(?P<n>\d+))?\.sqlite$")
_REASON = re.compile(r"^[a-z0-9]+$")
# Header fields SQLite rewrites when it copies or checkpoints without any change of content:
# file change counter (24), schema cookie (40), version-valid-for (92).
_VOLATILE_HEADER = ((24, 28), (40, 44), (92, 96))


@dataclass(frozen=True)
class BackupInfo:
    """One backup file as the restore dialog lists it."""

    path: Path
    created: datetime  # UTC, from the file name
    reason: str  # start, close, manual, …
    size: int  # bytes
    reviews: int | None = None  # None when the file could not be read
    units: int | None = None
    ok: bool = False  # opens and passes SQLite's quick_check
    problem: str = ""


def backups_dir(db_path: str | Path) -> Path:
    """The backups folder beside the database."""
    return Path(db_path).parent / "backups"


_default_folder = backups_dir


def _fingerprint(path: Path) -> str:
    """The file's content, ignoring header counters that change when nothing else does."""
    data = bytearray(path.read_bytes())
    for start, end in _VOLATILE_HEADER:
        data[start:end] = bytes(end - start)
    return hashlib.sha256(data).hexdigest()


def _fsync(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def make_backup(db_path: str | Path, backups_dir: str | Path | None = None, reason: str = "manual",
                *, skip_if_unchanged: bool = False) -> Path | None:
    """Copy the database consistently (also while it is open in WAL mode) to
    `backups/<name>-<UTC time>-<reason>.sqlite`, readable by the owner only; return its path.
    The copy is checked before it is kept, so a damaged database never pushes good backups out.
    skip_if_unchanged: return None instead when the content equals the newest backup."""
    db_path = Path(db_path)
    if not _REASON.match(reason):
        raise ValueError(f"reason must be lowercase letters and digits, not {reason!r}")
    if not db_path.is_file() or not db_path.stat().st_size:
        raise StorageError(f"Databasen {db_path} finns inte / The database does not exist")
    folder = Path(backups_dir) if backups_dir is not None else _default_folder(db_path)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    stamp = utc_stamp()
    temp = folder / f".{db_path.stem}-{stamp}-{reason}.{os.getpid()}.tmp"
    os.close(os.open(temp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    try:
        _copy(db_path, temp)
        _fsync(temp)
        if skip_if_unchanged:
            newest = _backup_files(db_path, folder)
            if newest and _fingerprint(newest[0][1]) == _fingerprint(temp):
                temp.unlink()
                return None
        final = folder / f"{db_path.stem}-{stamp}-{reason}.sqlite"
        n = 1
        while final.exists():  # two backups within one second: never overwrite the first
            n += 1
            final = folder / f"{db_path.stem}-{stamp}-{reason}-{n}.sqlite"
        os.replace(temp, final)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        if exc.errno == 28:  # ENOSPC
            raise _backup_disk_full() from exc
        raise
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return final


def _backup_disk_full() -> DiskFullError:
    return DiskFullError("Disken är full – säkerhetskopian kunde inte sparas. Frigör utrymme. / "
                         "The disk is full – the backup could not be written.")


def _copy(db_path: Path, temp: Path) -> None:
    source = target = None
    try:
        source = sqlite3.connect(read_only_uri(db_path), uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        target = sqlite3.connect(temp)
        source.backup(target)
        # The copy is a single self-contained file: no -wal beside it when it is opened later.
        target.execute("PRAGMA journal_mode = DELETE")
        problems = [row[0] for row in target.execute("PRAGMA quick_check(3)") if row[0] != "ok"]
        if problems:
            raise CorruptDatabaseError(f"{db_path} är skadad, ingen säkerhetskopia gjord / "
                                       f"the database is damaged, no backup made: {problems[0][:200]}")
    except sqlite3.DatabaseError as exc:
        if getattr(exc, "sqlite_errorcode", 0) & 0xFF == 13:
            raise _backup_disk_full() from exc
        if "not a database" in str(exc) or "malformed" in str(exc):
            raise CorruptDatabaseError(f"{db_path} är skadad, ingen säkerhetskopia gjord / "
                                       f"the database is damaged, no backup made: {exc}") from None
        raise StorageError(f"Säkerhetskopian misslyckades / the backup failed: {exc}") from None
    finally:
        for conn in (target, source):
            if conn is not None:
                conn.close()


def _backup_files(db_path: Path, folder: Path) -> list[tuple[datetime, Path, str]]:
    """(created, path, reason) of this database's backups, newest first."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if match and match["stem"] == db_path.stem:
            created = datetime.strptime(match["stamp"], "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
            # Within one second of the name, the file's own time orders them.
            found.append((created, path.stat().st_mtime_ns, int(match["n"] or 1), path, match["reason"]))
    found.sort(key=lambda row: row[:3], reverse=True)
    return [(created, path, reason) for created, _mtime, _n, path, reason in found]


def inspect_backup(path: Path, created: datetime | None = None, reason: str = "") -> BackupInfo:
    """Open a backup read-only: quick_check and the number of reviews and units in it."""
    size = path.stat().st_size
    created = created or datetime.fromtimestamp(path.stat().st_mtime, UTC)
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True)
        try:
            check = conn.execute("PRAGMA quick_check(1)").fetchone()[0]
            reviews = conn.execute("SELECT count(*) FROM reviews").fetchone()[0]
            units = conn.execute("SELECT count(*) FROM units").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error as exc:
        return BackupInfo(path, created, reason, size, problem=str(exc))
    return BackupInfo(path, created, reason, size, reviews, units, check == "ok",
                      "" if check == "ok" else check[:200])


def list_backups(db_path: str | Path, backups_dir: str | Path | None = None) -> list[BackupInfo]:
    """The database's backups, newest first, each opened to count reviews and check it."""
    folder = Path(backups_dir) if backups_dir is not None else _default_folder(db_path)
    return [inspect_backup(path, created, reason)
            for created, path, reason in _backup_files(Path(db_path), folder)]


def prune_backups(db_path: str | Path, keep_last: int = KEEP_LAST, daily_days: int = DAILY_DAYS, *,
                  backups_dir: str | Path | None = None, now: datetime | None = None) -> list[Path]:
    """Delete backups outside the schedule: the newest `keep_last` stay, and the newest of each
    UTC day of the last `daily_days` days. Returns the deleted files."""
    folder = Path(backups_dir) if backups_dir is not None else _default_folder(db_path)
    files = _backup_files(Path(db_path), folder)
    now = now or datetime.now(UTC)
    keep = {path for _created, path, _reason in files[:keep_last]}
    newest_of_day: dict = {}
    for created, path, _reason in files:  # newest first: the first seen each day is the newest
        if now - created <= timedelta(days=daily_days):
            newest_of_day.setdefault(created.date(), path)
    keep |= set(newest_of_day.values())
    removed = []
    for _created, path, _reason in files:
        if path not in keep:
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed


def automatic_backup(db_path: str | Path, reason: str) -> Path | None:
    """The backup made at start and at a clean close: skipped when nothing changed since the
    newest backup, then old backups are pruned. Returns the new backup, or None when skipped."""
    made = make_backup(db_path, reason=reason, skip_if_unchanged=True)
    prune_backups(db_path)
    return made


def restore_backup(backup: str | Path, db_path: str | Path) -> Path | None:
    """Put a backup in place of the database. The current file (with its -wal and -shm) is
    first moved aside, never deleted; its new path is returned (None if there was none).
    Close every connection to the database first."""
    backup, db_path = Path(backup), Path(db_path)
    info = inspect_backup(backup)
    if not info.ok:
        raise CorruptDatabaseError(f"Säkerhetskopian {backup.name} är skadad och används inte / "
                                   f"the backup is damaged: {info.problem}")
    temp = db_path.with_name(f".{db_path.name}.restore.{os.getpid()}.tmp")
    os.close(os.open(temp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    try:
        with open(backup, "rb") as source, open(temp, "wb") as target:
            shutil.copyfileobj(source, target, 1 << 20)
            target.flush()
            os.fsync(target.fileno())
        moved = move_aside(db_path, label="before-restore")
        os.replace(temp, db_path)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    return moved


# --- start-up with a damaged or missing database ---------------------------------------------
@dataclass(frozen=True)
class RecoveryPlan:
    """What start-up can offer when the database cannot be used or has gone missing."""

    db_path: Path
    backup: BackupInfo | None  # the newest backup that opens and passes the check

    def describe(self) -> str:
        if self.backup is None:
            return ("Det finns ingen fungerande säkerhetskopia. / There is no usable backup.")
        local = self.backup.created.astimezone().strftime("%Y-%m-%d %H:%M")
        return (f"Den senaste fungerande säkerhetskopian är från {local} och innehåller "
                f"{self.backup.reviews} mätningar. / The newest good backup is from {local} "
                f"with {self.backup.reviews} reviews.")


def recover(db_path: str | Path) -> RecoveryPlan:
    """The newest good backup to offer (nothing is changed; restore it with restore_backup)."""
    for info in list_backups(db_path):
        if info.ok:
            return RecoveryPlan(Path(db_path), info)
    return RecoveryPlan(Path(db_path), None)


def missing_but_backed_up(db_path: str | Path) -> bool:
    """True when the database file is gone (or empty) although backups of it exist: start-up
    must then ask, never silently begin with an empty database."""
    db_path = Path(db_path)
    empty = not db_path.exists() or db_path.stat().st_size == 0
    return empty and bool(_backup_files(db_path, _default_folder(db_path)))
