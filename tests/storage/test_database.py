"""The database file: safe pragmas, versioned schema, clear refusals, owner-only permissions."""

from __future__ import annotations

import os
import sys

import pytest

from fidelity_app.storage.database import (
    SCHEMA_VERSION,
    CorruptDatabaseError,
    NewerDatabaseError,
    StorageError,
    integrity_problems,
    open_database,
)


def test_pragmas_for_crash_safety(db):
    """WAL, synchronous=FULL, foreign keys and a busy timeout are on for every connection."""
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000


def test_schema_is_versioned_and_complete(db):
    """A new database is at the current schema version with every table of the design."""
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert {"units", "reviews", "reviewers", "ratings", "evidence_notes", "findings",
            "calculator_inputs", "audit_log"} <= set(db.table_names())
    assert integrity_problems(db) == []


def test_newer_database_is_refused_and_left_alone(db_path):
    """A database from a newer program version is refused with a clear message and not changed."""
    db = open_database(db_path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.close()
    before = db_path.read_bytes()
    with pytest.raises(NewerDatabaseError, match="nyare version"):
        open_database(db_path)
    assert db_path.read_bytes() == before


def test_file_that_is_not_a_database(tmp_path):
    """A file that is not SQLite is refused as damaged, and left as it was."""
    path = tmp_path / "notes.sqlite"
    path.write_bytes(b"This is a shopping list, not a database." * 100)
    with pytest.raises(CorruptDatabaseError):
        open_database(path)
    assert path.read_bytes().startswith(b"This is a shopping list")


def test_missing_database_without_create(tmp_path):
    """Commands that only read refuse a path with no database instead of creating one."""
    with pytest.raises(StorageError):
        open_database(tmp_path / "nope.sqlite", create=False)
    assert not (tmp_path / "nope.sqlite").exists()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_database_is_private_to_its_owner(db_path):
    """Evidence notes may name people: the database file is readable by its owner only."""
    open_database(db_path).close()
    assert os.stat(db_path).st_mode & 0o077 == 0


def test_version_1_database_is_migrated_with_its_data(db_path):
    """A database written by the first release gains the merge tables and keeps every row."""
    import sqlite3

    from fidelity_app.storage.schema import MIGRATIONS

    conn = sqlite3.connect(db_path)
    for statement in MIGRATIONS[0]:
        conn.execute(statement)
    conn.execute("INSERT INTO units VALUES ('u1', 'IPS Ängelholm', '', 't', 't')")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    db = open_database(db_path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 2
    assert {"sync_state", "set_aside_versions"} <= set(db.table_names())
    assert db.execute("SELECT name FROM units").fetchall() == [("IPS Ängelholm",)]
    db.close()
