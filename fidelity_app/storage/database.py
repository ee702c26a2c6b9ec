"""Opening the database file safely: pragmas, schema migrations, clear errors."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

import sqlite_utils

from .schema import MIGRATIONS

SCHEMA_VERSION = len(MIGRATIONS)
BUSY_TIMEOUT_MS = 5000


class StorageError(Exception):
    """A database problem the user can act on; the message says what happened."""


class NewerDatabaseError(StorageError):
    pass


class CorruptDatabaseError(StorageError):
    pass


class LockedDatabaseError(StorageError):
    pass


class ReadOnlyDatabaseError(StorageError):
    pass


class DiskFullError(StorageError):
    pass


class Database(sqlite_utils.Database):
    """sqlite-utils' Database whose transactions turn a full disk, a lock, a read-only or a
    damaged file into a StorageError the user can act on: every write passes this one seam."""

    file_path: Path | None = None

    @contextlib.contextmanager
    def atomic(self):
        try:
            with super().atomic() as db:
                yield db
        except sqlite3.DatabaseError as exc:
            if not _actionable(exc):
                raise
            raise _translate(exc, self.file_path or Path("databasen")) from exc


def read_only_uri(path: Path) -> str:
    return f"{path.resolve().as_uri()}?mode=ro"


def open_database(path: str | Path, *, create: bool = True, read_only: bool = False) -> Database:
    """Open (and create or migrate) the database at `path`; raise StorageError on trouble.
    A damaged file raises CorruptDatabaseError before anything is written to it.
    read_only: open without writing anything (a second program, or a write-protected file)."""
    path = Path(path)
    if not path.exists():
        if not create or read_only:
            raise StorageError(f"Databasen {path} finns inte / The database does not exist")
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        # Evidence notes may hold personal data: the file is for its owner only.
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
    elif not read_only and not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
        raise ReadOnlyDatabaseError(
            f"{path} är skrivskyddad och kan bara öppnas för läsning. / The database is read-only "
            "and can only be opened for reading.")
    try:
        if path.stat().st_size:
            _quick_check(path)
        if read_only:
            conn = sqlite3.connect(read_only_uri(path), uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        else:
            conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.DatabaseError as exc:
        raise _translate(exc, path) from None
    except sqlite3.Error as exc:
        raise StorageError(f"Kan inte öppna {path}: {exc} / Cannot open the database") from None
    try:
        db = Database(conn, execute_plugins=False)
        db.file_path = path
        if read_only:
            db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            db.execute("PRAGMA query_only = ON")
            _check_version(db, path, read_only=True)
            return db
        _configure(db)
        migrate(db, path)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise _translate(exc, path) from None
    except StorageError:
        conn.close()
        raise
    return db


def _configure(db: sqlite_utils.Database) -> None:
    # WAL + FULL: a committed edit survives a crash or power loss.
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = FULL")


def _quick_check(path: Path) -> None:
    # Read-only, so a damaged file (or a stray -wal beside it) is never checkpointed into.
    conn = sqlite3.connect(read_only_uri(path), uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        problems = [row[0] for row in conn.execute("PRAGMA quick_check(3)") if row[0] != "ok"]
    finally:
        conn.close()
    if problems:
        lines = [line for line in problems[0].splitlines() if not line.startswith("***")]
        first = (lines or problems)[0][:200]
        raise CorruptDatabaseError(f"{path} är skadad ({first}) / The database file is damaged")


def _check_version(db: sqlite_utils.Database, path: Path | str, read_only: bool = False) -> int:
    version = db.execute("PRAGMA user_version").fetchone()[0]
    if read_only and version < SCHEMA_VERSION:
        raise ReadOnlyDatabaseError(
            f"{path} är från en äldre version och måste uppdateras, vilket inte går när den är "
            "öppnad för läsning. / The database needs an upgrade, which is impossible read-only.")
    if version > SCHEMA_VERSION:
        raise NewerDatabaseError(
            f"{path}: databasen är från en nyare version av programmet (schema {version}, "
            f"detta program känner till {SCHEMA_VERSION}). Uppdatera programmet. / "
            "The database is from a newer version of the program; please update."
        )
    return version


def migrate(db: sqlite_utils.Database, path: Path | str = "") -> None:
    """Bring the schema up to date; each migration is one transaction."""
    version = _check_version(db, path)
    for number in range(version, SCHEMA_VERSION):
        with db.atomic():
            for statement in MIGRATIONS[number]:
                db.execute(statement)
            db.execute(f"PRAGMA user_version = {number + 1}")


# Primary SQLite result codes of trouble the user can act on (full, busy, locked, read-only,
# I/O error, corrupt, cannot open, not a database); anything else is a bug and is not hidden.
_ACTIONABLE_CODES = {13, 5, 6, 8, 10, 11, 14, 26}


def _actionable(exc: sqlite3.DatabaseError) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    return code is not None and code & 0xFF in _ACTIONABLE_CODES


def _translate(exc: sqlite3.DatabaseError, path: Path) -> StorageError:
    text = str(exc).lower()
    if getattr(exc, "sqlite_errorcode", 0) & 0xFF == 13 or "disk is full" in text:
        return DiskFullError(
            "Disken är full – ändringen är inte sparad. Frigör utrymme och försök igen. / "
            "The disk is full – the change was not saved. Free some space and try again.")
    if "locked" in text or "busy" in text:
        return LockedDatabaseError(
            f"{path} används av ett annat program / is in use by another program"
        )
    if "readonly" in text or "read-only" in text:
        return ReadOnlyDatabaseError(f"{path} är skrivskyddad / is read-only")
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return CorruptDatabaseError(f"{path} är skadad eller ingen databas / is damaged: {exc}")
    if "i/o error" in text:
        return StorageError(f"{path}: fel vid läsning eller skrivning på disken / disk I/O error: {exc}")
    return StorageError(f"{path}: {exc}")


def schema_version(db: sqlite_utils.Database) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]


def integrity_problems(db: sqlite_utils.Database) -> list[str]:
    """Empty when SQLite's integrity and foreign-key checks pass."""
    problems = [row[0] for row in db.execute("PRAGMA integrity_check").fetchall() if row[0] != "ok"]
    problems += [f"foreign key: {row}" for row in db.execute("PRAGMA foreign_key_check").fetchall()]
    return problems
