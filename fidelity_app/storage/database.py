"""Opening the database file safely: pragmas, schema migrations, clear errors."""

from __future__ import annotations

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


def open_database(path: str | Path, *, create: bool = True) -> sqlite_utils.Database:
    """Open (and create or migrate) the database at `path`; raise StorageError on trouble."""
    path = Path(path)
    if not path.exists():
        if not create:
            raise StorageError(f"Databasen {path} finns inte / The database does not exist")
        path.parent.mkdir(parents=True, exist_ok=True)
        # Evidence notes may hold personal data: the file is for its owner only.
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
    try:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as exc:
        raise StorageError(f"Kan inte öppna {path}: {exc} / Cannot open the database") from None
    try:
        db = sqlite_utils.Database(conn, execute_plugins=False)
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


def migrate(db: sqlite_utils.Database, path: Path | str = "") -> None:
    """Bring the schema up to date; each migration is one transaction."""
    version = db.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise NewerDatabaseError(
            f"{path}: databasen är från en nyare version av programmet (schema {version}, "
            f"detta program känner till {SCHEMA_VERSION}). Uppdatera programmet. / "
            "The database is from a newer version of the program; please update."
        )
    for number in range(version, SCHEMA_VERSION):
        with db.atomic():
            for statement in MIGRATIONS[number]:
                db.execute(statement)
            db.execute(f"PRAGMA user_version = {number + 1}")


def _translate(exc: sqlite3.DatabaseError, path: Path) -> StorageError:
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return LockedDatabaseError(
            f"{path} används av ett annat program / is in use by another program"
        )
    if "readonly" in text or "read-only" in text:
        return ReadOnlyDatabaseError(f"{path} är skrivskyddad / is read-only")
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return CorruptDatabaseError(f"{path} är skadad eller ingen databas / is damaged: {exc}")
    return StorageError(f"{path}: {exc}")


def schema_version(db: sqlite_utils.Database) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]


def integrity_problems(db: sqlite_utils.Database) -> list[str]:
    """Empty when SQLite's integrity and foreign-key checks pass."""
    problems = [row[0] for row in db.execute("PRAGMA integrity_check").fetchall() if row[0] != "ok"]
    problems += [f"foreign key: {row}" for row in db.execute("PRAGMA foreign_key_check").fetchall()]
    return problems
