"""`fidelity-app backup` and `check-db`: a backup on request, a plain verdict on the database."""

from __future__ import annotations

import sqlite3

import pytest

from fidelity_app.cli import main
from fidelity_app.storage.backup import list_backups
from fidelity_app.storage.database import open_database
from fidelity_app.storage.demo import load_demo


@pytest.fixture
def demo_db(tmp_path, scale):
    """A closed database with the demo reviews (everything checkpointed into the main file)."""
    path = tmp_path / "a.sqlite"
    db = open_database(path)
    load_demo(db, scale)
    db.close()
    return path


def test_backup_writes_a_backup_and_prints_its_path(demo_db, capsys):
    """`backup` writes a checked copy beside the database and prints where it is."""
    db = demo_db
    assert main(["backup", "--db", str(db)]) == 0
    (info,) = list_backups(db)
    assert str(info.path) in capsys.readouterr().out
    assert info.ok and info.reviews == 13


def test_backup_of_a_missing_database_is_one_clear_line(tmp_path, capsys):
    """`backup` with no database exits 1 with one line and creates nothing."""
    assert main(["backup", "--db", str(tmp_path / "none.sqlite")]) == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "finns inte" in err
    assert not (tmp_path / "backups").exists()


def test_check_db_says_ok_for_a_healthy_database(demo_db, tmp_path, capsys):
    """`check-db` on a good database exits 0 and prints OK with the schema version."""
    db = demo_db
    capsys.readouterr()
    assert main(["check-db", "--db", str(db)]) == 0
    assert capsys.readouterr().out.startswith("OK")


def test_check_db_names_the_problems(demo_db, tmp_path, capsys):
    """`check-db` exits 1 naming the problem: a broken reference, or a file that is not ours."""
    db = demo_db
    conn = sqlite3.connect(db)
    conn.execute("DELETE FROM units WHERE id = (SELECT unit_id FROM reviews LIMIT 1)")
    conn.commit()
    conn.close()
    capsys.readouterr()
    assert main(["check-db", "--db", str(db)]) == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "foreign key" in err
    other = tmp_path / "other.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE shopping (item TEXT)")
    conn.close()
    assert main(["check-db", "--db", str(other)]) == 1
    assert "ingen databas från IPS Fidelity" in capsys.readouterr().err


def test_check_db_on_a_damaged_file(demo_db, tmp_path, capsys):
    """`check-db` on a truncated database exits 1 and says it is damaged, without changing it."""
    db = demo_db
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 3])
    capsys.readouterr()
    assert main(["check-db", "--db", str(db)]) == 1
    assert "skadad" in capsys.readouterr().err
    assert db.read_bytes() == data[: len(data) // 3]
