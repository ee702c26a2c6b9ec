"""Automatic backups: consistent copies, private files, a schedule that keeps history, safe restore."""

from __future__ import annotations

import os
import sys
from datetime import UTC, datetime, timedelta

import pytest

from fidelity_app.storage import repository as repo
from fidelity_app.storage.backup import (
    automatic_backup,
    backups_dir,
    list_backups,
    make_backup,
    prune_backups,
    restore_backup,
)
from fidelity_app.storage.database import CorruptDatabaseError, open_database
from fidelity_app.storage.demo import load_demo


@pytest.fixture
def demo(db, scale):
    load_demo(db, scale)
    return db


def test_backup_of_an_open_database_holds_every_committed_edit(demo, db_path):
    """A backup taken while the program runs (edits still in the -wal) contains them all."""
    unit = repo.create_unit(demo, "IPS Nyss")
    path = make_backup(db_path, reason="start")
    assert path.parent == backups_dir(db_path) == db_path.parent / "backups"
    assert path.name.startswith("test-") and path.name.endswith("-start.sqlite")
    copy = open_database(path, read_only=True)
    assert unit.id in {u.id for u in repo.list_units(copy)}
    assert len(repo.list_reviews(copy)) == len(repo.list_reviews(demo))
    copy.close()
    assert not list(path.parent.glob("*-wal")) and not list(path.parent.glob(".*"))


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_backups_are_private(demo, db_path):
    """Backups and their folder are readable by the owner only (they hold the same notes)."""
    path = make_backup(db_path)
    assert os.stat(path).st_mode & 0o077 == 0
    assert os.stat(path.parent).st_mode & 0o077 == 0


def test_list_shows_date_size_and_number_of_reviews(demo, db_path):
    """The restore dialog's list: newest first, with time, size in bytes, reviews and units."""
    first = make_backup(db_path, reason="start")
    repo.create_unit(demo, "IPS Senare")
    second = make_backup(db_path, reason="close")
    infos = list_backups(db_path)
    assert [i.path for i in infos] == [second, first]
    assert all(i.ok and i.size == i.path.stat().st_size and i.reviews == 13 for i in infos)
    assert (infos[0].units, infos[1].units) == (5, 4)
    assert infos[0].reason == "close" and infos[0].created.tzinfo is UTC
    assert abs(infos[0].created - datetime.now(UTC)) < timedelta(minutes=1)


def test_damaged_backup_is_listed_as_not_ok(demo, db_path):
    """A backup file that was damaged later is shown as not usable instead of hiding it."""
    path = make_backup(db_path)
    path.write_bytes(b"x" * 4096)
    (info,) = list_backups(db_path)
    assert not info.ok and info.problem


def test_unchanged_database_is_not_backed_up_again(demo, db_path):
    """Closing without edits makes no new backup (also after a restart); an edit does."""
    assert automatic_backup(db_path, "start") is not None
    assert automatic_backup(db_path, "close") is None
    demo.close()
    again = open_database(db_path)
    assert automatic_backup(db_path, "start") is None
    repo.create_unit(again, "IPS Ändrad")
    assert automatic_backup(db_path, "close") is not None
    again.close()
    assert len(list_backups(db_path)) == 2


def test_damaged_database_makes_no_backup(db_path, tmp_path):
    """A damaged database is refused by backup, so it can never push the good backups out."""
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"SQLite format 3\0" + b"\xff" * 5000)
    with pytest.raises(CorruptDatabaseError):
        make_backup(bad)
    folder = tmp_path / "backups"
    assert not folder.exists() or list(folder.iterdir()) == []


def _fake_backup(db_path, when: datetime, reason="start"):
    folder = backups_dir(db_path)
    folder.mkdir(exist_ok=True)
    path = folder / f"{db_path.stem}-{when:%Y%m%dT%H%M%SZ}-{reason}.sqlite"
    path.write_bytes(b"")
    return path


def test_schedule_keeps_last_ten_and_one_a_day_for_a_month(db_path):
    """Of four backups a day for 60 days: the newest 10 stay, plus the newest of each of 30 days."""
    now = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)
    made = [_fake_backup(db_path, now - timedelta(days=d, hours=h)) for d in range(60) for h in (0, 3, 6, 9)]
    removed = prune_backups(db_path, now=now)
    kept = sorted(p.name for p in backups_dir(db_path).iterdir())
    newest_ten = sorted(p.name for p in made[:10])
    assert set(newest_ten) <= set(kept)
    days = {name.split("-")[1][:8] for name in kept}
    assert len(days) == 31  # today and the 30 days before
    assert len(kept) == 10 + 31 - 3  # the newest ten cover three of those days already
    assert len(removed) == len(made) - len(kept)
    for day in days:  # the one kept for a day is that day's newest
        of_day = sorted(p.name for p in made if p.name.split("-")[1].startswith(day))
        assert of_day[-1] in kept


def test_prune_leaves_other_files_alone(db_path):
    """Files in the backups folder that are not this database's backups are never deleted."""
    folder = backups_dir(db_path)
    folder.mkdir()
    (folder / "my-own-copy.sqlite").write_bytes(b"mine")
    (folder / "other-20200101T000000Z-start.sqlite").write_bytes(b"other db")
    _fake_backup(db_path, datetime(2020, 1, 1, tzinfo=UTC))
    prune_backups(db_path, keep_last=0, daily_days=0)
    assert sorted(p.name for p in folder.iterdir()) == ["my-own-copy.sqlite",
                                                         "other-20200101T000000Z-start.sqlite"]


def test_restore_moves_the_current_file_aside(demo, db_path):
    """Restoring an older backup keeps the current database beside it, renamed, with its edits."""
    backup = make_backup(db_path)
    unit = repo.create_unit(demo, "IPS Efter backup")
    demo.close()
    moved = restore_backup(backup, db_path)
    assert moved is not None and moved.name.startswith("test.sqlite.before-restore-")
    restored = open_database(db_path)
    assert unit.id not in {u.id for u in repo.list_units(restored)}
    restored.close()
    kept = open_database(moved, read_only=True)
    assert unit.id in {u.id for u in repo.list_units(kept)}
    kept.close()


def test_damaged_backup_is_not_restored(demo, db_path):
    """A damaged backup is refused before anything is moved: the current database stays put."""
    backup = make_backup(db_path)
    backup.write_bytes(b"broken")
    demo.close()
    before = db_path.read_bytes()
    with pytest.raises(CorruptDatabaseError):
        restore_backup(backup, db_path)
    assert db_path.read_bytes() == before
