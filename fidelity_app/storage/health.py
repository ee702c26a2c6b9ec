"""A database in trouble: checking it, moving a damaged file aside, and one program per file."""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import socket
import sqlite3
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from .database import (
    SCHEMA_VERSION,
    LockedDatabaseError,
    StorageError,
    read_only_uri,
)

# Files SQLite keeps beside the database; they belong to it and always move with it.
SIDE_FILES = ("-wal", "-shm", "-journal")
TABLES = ("units", "reviews", "reviewers", "ratings", "evidence_notes", "findings",
          "calculator_inputs", "audit_log")


def utc_stamp(moment: datetime | None = None) -> str:
    """A sortable UTC time for file names: 20261122T051000Z."""
    return (moment or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")


def move_aside(db_path: str | Path, label: str = "damaged") -> Path | None:
    """Rename the database and its -wal/-shm to `<name>.<label>-<UTC time>` beside it, so that
    the program can start afresh without ever deleting or overwriting the user's file.
    Returns the new path of the database file (None when there was no file)."""
    db_path = Path(db_path)
    present = [suffix for suffix in ("", *SIDE_FILES) if Path(f"{db_path}{suffix}").exists()]
    if not present:
        return None
    base = f"{db_path}.{label}-{utc_stamp()}"
    target, n = base, 1
    while any(Path(f"{target}{suffix}").exists() for suffix in ("", *SIDE_FILES)):
        n += 1
        target = f"{base}-{n}"
    # The -wal keeps its suffix, so SQLite reads it when the moved file is opened later.
    for suffix in present:
        os.replace(f"{db_path}{suffix}", f"{target}{suffix}")
    return Path(target)


@dataclass(frozen=True)
class DatabaseCheck:
    """What `fidelity-app check-db` reports: problems (empty when fine) and the schema version."""

    problems: list[str]
    schema_version: int | None = None

    @property
    def ok(self) -> bool:
        return not self.problems


def check_database(db_path: str | Path) -> DatabaseCheck:
    """SQLite's full integrity and foreign-key checks, the schema version and the tables.
    Opens the file read-only; an older schema is fine (it is upgraded when opened)."""
    db_path = Path(db_path)
    if not db_path.is_file():
        raise StorageError(f"Databasen {db_path} finns inte / The database does not exist")
    try:
        conn = sqlite3.connect(read_only_uri(db_path), uri=True, timeout=5)
    except sqlite3.Error as exc:
        return DatabaseCheck([f"kan inte öppnas / cannot be opened: {exc}"])
    try:
        problems = [row[0] for row in conn.execute("PRAGMA integrity_check(20)") if row[0] != "ok"]
        problems += [f"främmande nyckel / foreign key: {row[0]} rad {row[1]} → {row[2]}"
                     for row in conn.execute("PRAGMA foreign_key_check")]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.DatabaseError as exc:
        return DatabaseCheck([f"skadad / damaged: {exc}"])
    finally:
        conn.close()
    if version > SCHEMA_VERSION:
        problems.append(f"schema {version} är från en nyare version (detta program: {SCHEMA_VERSION}) "
                        "/ from a newer version")
    elif (version or tables) and (missing := [t for t in TABLES if t not in tables]):
        problems.append(f"ingen databas från IPS Fidelity, tabeller saknas / not an IPS Fidelity "
                        f"database, tables missing: {', '.join(missing)}")
    return DatabaseCheck(problems, version)


# --- one program per database file ----------------------------------------------------------
@dataclass(frozen=True)
class LockHolder:
    """Who has the database open: shown to a second program that tries to open it."""

    user: str
    host: str
    pid: int
    since: str  # UTC, ISO 8601

    def describe(self) -> str:
        """"anna@laptop-3 (process 1234) sedan 14:02" (local time; with the date if not today)."""
        try:
            moment = datetime.fromisoformat(self.since.replace("Z", "+00:00")).astimezone()
            same_day = moment.date() == datetime.now().astimezone().date()
            when = moment.strftime("%H:%M" if same_day else "%Y-%m-%d %H:%M")
        except ValueError:
            when = "?"
        return f"{self.user}@{self.host} (process {self.pid}) sedan {when}"


def lock_path(db_path: str | Path) -> Path:
    return Path(f"{db_path}.lock")


def _me() -> LockHolder:
    try:
        user = getpass.getuser()
    except (OSError, KeyError, ImportError):  # no login name: the rest still identifies the holder
        user = "?"
    since = datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
    return LockHolder(user, socket.gethostname(), os.getpid(), since)


# The OS lock sits on one byte far past the holder text: on Windows a locked byte cannot be
# read by others, and the second program must be able to read who holds the file.
_LOCK_OFFSET = 1 << 20

if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> None:
        os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
        with contextlib.suppress(OSError):
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _try_lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def _read_holder(path: Path) -> LockHolder | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8")[:4000] or "{}")
        return LockHolder(str(data["user"]), str(data["host"]), int(data["pid"]), str(data["since"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


class InstanceLock:
    """Held while this program has the database open; released on close or when the process
    dies (the operating system drops the lock, so a crash never leaves a stale lock behind)."""

    def __init__(self, path: Path, fd: int, holder: LockHolder):
        self.path, self._fd, self.holder = path, fd, holder

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        if sys.platform != "win32":
            # Remove first, then unlock: a program waiting on the old file sees it is gone.
            with contextlib.suppress(OSError):
                self.path.unlink()
        _unlock(fd)
        os.close(fd)
        if sys.platform == "win32":
            with contextlib.suppress(OSError):
                self.path.unlink()

    def __enter__(self) -> InstanceLock:
        return self

    def __exit__(self, *exc) -> None:
        self.release()


def acquire_instance_lock(db_path: str | Path) -> InstanceLock:
    """Take the lock beside the database, or raise LockedDatabaseError naming who holds it
    ("… används redan av anna@laptop-3 (process 1234) sedan 14:02")."""
    path = lock_path(db_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    for _attempt in range(10):
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            _try_lock(fd)
        except OSError:
            os.close(fd)
            holder = _read_holder(path)
            who = holder.describe() if holder else "ett annat program / another program"
            raise LockedDatabaseError(
                f"Databasen {Path(db_path).name} används redan av {who}. Stäng programmet där, "
                f"eller öppna databasen skrivskyddad. / The database is already open elsewhere; "
                f"close it there or open it read-only.") from None
        try:
            same_file = os.path.samestat(os.fstat(fd), os.stat(path))
        except OSError:
            same_file = False
        if not same_file:  # the holder removed it between our open and lock: try the new file
            _unlock(fd)
            os.close(fd)
            continue
        me = _me()
        text = json.dumps({"user": me.user, "host": me.host, "pid": me.pid, "since": me.since},
                          ensure_ascii=False).encode("utf-8")
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, text)
        return InstanceLock(path, fd, me)
    raise LockedDatabaseError(f"{path}: låsfilen byts hela tiden / the lock file keeps changing")
