"""Start-up in trouble: a damaged, read-only, locked or full database never loses or hides data."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from fidelity_app.storage import repository as repo
from fidelity_app.storage.backup import (
    list_backups,
    make_backup,
    missing_but_backed_up,
    recover,
    restore_backup,
)
from fidelity_app.storage.database import (
    CorruptDatabaseError,
    DiskFullError,
    LockedDatabaseError,
    ReadOnlyDatabaseError,
    integrity_problems,
    open_database,
)
from fidelity_app.storage.demo import load_demo
from fidelity_app.storage.health import (
    acquire_instance_lock,
    check_database,
    lock_path,
    move_aside,
)
from tests.conftest import ROOT


@pytest.fixture
def demo_file(db_path, scale) -> Path:
    """A closed database with the demo reviews, and one backup of it."""
    db = open_database(db_path)
    load_demo(db, scale)
    db.close()
    make_backup(db_path, reason="start")
    return db_path


def _review_count(path: Path) -> int:
    db = open_database(path)
    try:
        return len(repo.list_reviews(db))
    finally:
        db.close()


def _files(folder: Path) -> dict[str, bytes]:
    # -shm is SQLite's shared-memory index, rebuilt from the -wal by any reader: not data.
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file() and not p.name.endswith("-shm")}


def _refused_untouched_and_recovered(path: Path, expected_reviews: int) -> None:
    """The shared ending of every damaged-file case: refused, moved aside intact, restorable."""
    before = _files(path.parent)
    with pytest.raises(CorruptDatabaseError, match="skadad"):
        open_database(path)
    after = _files(path.parent)
    assert {name: after.get(name) for name in before} == before  # nothing written or deleted
    damaged = move_aside(path)
    assert not path.exists() and damaged.read_bytes() == before[path.name]
    assert missing_but_backed_up(path)  # start-up asks instead of starting empty
    plan = recover(path)
    assert plan.backup is not None and plan.backup.reviews == expected_reviews
    assert "säkerhetskopian" in plan.describe()
    restore_backup(plan.backup.path, path)
    assert _review_count(path) == expected_reviews


def test_truncated_file_is_refused_moved_aside_and_restored(demo_file):
    """A database cut off halfway (a crash while copying) is refused, kept, and the backup restored."""
    expected = list_backups(demo_file)[0].reviews
    data = demo_file.read_bytes()
    demo_file.write_bytes(data[: len(data) // 2])
    _refused_untouched_and_recovered(demo_file, expected)


def test_overwritten_header_is_refused_moved_aside_and_restored(demo_file):
    """A file whose first bytes were overwritten is refused as damaged; the backup brings the data back."""
    with open(demo_file, "r+b") as handle:
        handle.write(b"\0garbage" * 12)
    _refused_untouched_and_recovered(demo_file, list_backups(demo_file)[0].reviews)


def test_stray_wal_from_another_database_is_refused_not_applied(demo_file, tmp_path, scale):
    """A -wal left by a crash of another database file, beside ours, is refused; nothing changes."""
    other = tmp_path / "other.sqlite"
    db = open_database(other)
    repo.create_unit(db, "IPS Annanstans")
    db.close()  # checkpointed: the -wal that follows holds only the later edits
    db = open_database(other)
    db.execute("PRAGMA wal_autocheckpoint = 0")
    unit = repo.create_unit(db, "IPS Krasch")
    for n in range(200):
        review = repo.create_review(db, unit.id, scale, f"2026-01-{n % 28 + 1:02d}", reviewer_names=["A"])
        repo.add_note(db, review.id, "anteckning " * 50)
    shutil.copy(f"{other}-wal", f"{demo_file}-wal")  # as if the old file crashed, then was replaced
    db.close()
    _refused_untouched_and_recovered(demo_file, list_backups(demo_file)[0].reviews)
    assert list(demo_file.parent.glob("test.sqlite.damaged-*-wal"))  # kept with its database


def test_garbage_wal_is_ignored_and_nothing_is_lost(demo_file):
    """Random bytes in a -wal are not a valid log: SQLite ignores them and every review is there."""
    expected = list_backups(demo_file)[0].reviews
    Path(f"{demo_file}-wal").write_bytes(os.urandom(64 * 1024))
    db = open_database(demo_file)
    assert len(repo.list_reviews(db)) == expected and integrity_problems(db) == []
    db.close()


def test_unsaved_crash_wal_is_kept(db_path, scale):
    """Edits committed just before a crash (still only in the -wal) are there after restart."""
    db = open_database(db_path)
    db.execute("PRAGMA wal_autocheckpoint = 0")
    unit = repo.create_unit(db, "IPS Krasch")
    review = repo.create_review(db, unit.id, scale, "2026-11-22", reviewer_names=["Åsa"])
    repo.add_note(db, review.id, "Skrivet precis före kraschen")
    copy = db_path.with_name("crashed.sqlite")
    shutil.copy(db_path, copy)
    shutil.copy(f"{db_path}-wal", f"{copy}-wal")  # the files as a power cut leaves them
    db.close()
    again = open_database(copy)
    assert [n.text for n in repo.notes(again, review.id)] == ["Skrivet precis före kraschen"]
    again.close()


def test_move_aside_never_overwrites(demo_file):
    """Moving aside twice in the same second keeps both damaged files under different names."""
    data = demo_file.read_bytes()
    first = move_aside(demo_file)
    demo_file.write_bytes(b"second")
    second = move_aside(demo_file)
    assert first != second and first.read_bytes() == data and second.read_bytes() == b"second"
    assert move_aside(demo_file) is None


def test_no_backup_means_no_offer(tmp_path):
    """Without a usable backup the plan says so plainly instead of offering something broken."""
    plan = recover(tmp_path / "none.sqlite")
    assert plan.backup is None and "ingen fungerande" in plan.describe()


# --- read-only ----------------------------------------------------------------------------
def test_read_only_open_reads_and_refuses_writes(demo_file):
    """Opened read-only, the reviews are readable and any edit is refused with a clear error."""
    before = demo_file.read_bytes()
    db = open_database(demo_file, read_only=True)
    units = repo.list_units(db)
    assert units and repo.list_reviews(db)
    with pytest.raises(ReadOnlyDatabaseError):
        repo.create_unit(db, "Ny")
    db.close()
    assert demo_file.read_bytes() == before


def test_read_only_open_of_a_missing_file_creates_nothing(tmp_path):
    """Read-only never creates a database."""
    with pytest.raises(Exception, match="finns inte"):
        open_database(tmp_path / "none.sqlite", read_only=True)
    assert not (tmp_path / "none.sqlite").exists()


_AS_NOBODY = """
import os, sys
from fidelity_app.storage import repository as repo
from fidelity_app.storage.database import ReadOnlyDatabaseError, open_database
if os.getuid() == 0:
    os.setgid(65534)
    os.setuid(65534)
try:
    open_database(sys.argv[1])
    print("opened for writing")
except ReadOnlyDatabaseError as exc:
    print("refused:", exc)
db = open_database(sys.argv[1], read_only=True)
print("units:", len(repo.list_units(db)))
"""


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_write_protected_file_is_refused_with_a_clear_message(demo_file):
    """A file without write permission is refused for writing (with a message) and opens read-only.
    Root ignores permissions, so as root the check runs in a child process as user nobody."""
    folder = Path(tempfile.mkdtemp(prefix="ro-db-"))
    try:
        os.chmod(folder, 0o777)
        path = folder / "fidelity.sqlite"
        shutil.copy(demo_file, path)
        if os.getuid() == 0:
            os.chown(path, 65534, 65534)
        os.chmod(path, 0o400)
        result = subprocess.run([sys.executable, "-c", _AS_NOBODY, str(path)], capture_output=True,
                                text=True, cwd=ROOT, timeout=60)
        assert result.returncode == 0, result.stderr
        assert "refused:" in result.stdout and "skrivskyddad" in result.stdout
        assert "units: 4" in result.stdout
    finally:
        shutil.rmtree(folder, ignore_errors=True)


# --- a second program on the same file -----------------------------------------------------
_HOLDER = """
import sys
from fidelity_app.storage.health import acquire_instance_lock
lock = acquire_instance_lock(sys.argv[1])
print("held", flush=True)
sys.stdin.readline()
lock.release()
"""


def _start_holder(db_path: Path) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-c", _HOLDER, str(db_path)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True, cwd=ROOT)
    assert proc.stdout.readline().strip() == "held"
    return proc


def test_second_instance_is_told_who_holds_the_database(demo_file):
    """While another program holds the database, a second one is told user@host, process and time."""
    proc = _start_holder(demo_file)
    try:
        with pytest.raises(LockedDatabaseError) as caught:
            acquire_instance_lock(demo_file)
        message = str(caught.value)
        assert f"(process {proc.pid}) sedan " in message and "används redan av" in message
        assert "@" in message
        # The second program can still read: open read-only alongside.
        db = open_database(demo_file, read_only=True)
        assert repo.list_reviews(db)
        db.close()
    finally:
        proc.stdin.close()
        proc.wait(timeout=30)
        proc.stdout.close()
    with acquire_instance_lock(demo_file) as lock:  # released by the first: free again
        assert lock.held
    assert not lock_path(demo_file).exists()


def test_lock_of_a_killed_program_is_not_stale(demo_file):
    """A program that crashed (killed) leaves its lock file behind, yet the next start gets the lock."""
    proc = _start_holder(demo_file)
    proc.kill()
    proc.wait(timeout=30)
    proc.stdin.close()
    proc.stdout.close()
    assert lock_path(demo_file).exists()
    lock = acquire_instance_lock(demo_file)
    assert lock.held and str(os.getpid()) in lock_path(demo_file).read_text()
    lock.release()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_wal_and_shm_files_are_private(db, db_path):
    """The -wal and -shm beside an open database hold the same notes: owner-only like the file."""
    repo.create_unit(db, "IPS Privat")
    for suffix in ("-wal", "-shm"):
        assert os.stat(f"{db_path}{suffix}").st_mode & 0o077 == 0, suffix


def test_lock_file_is_private(db_path):
    """The lock file names the user and host; it is readable by its owner only."""
    with acquire_instance_lock(db_path):
        if sys.platform != "win32":
            assert os.stat(lock_path(db_path)).st_mode & 0o077 == 0


# --- full disk ----------------------------------------------------------------------------
def test_full_disk_is_reported_and_a_retry_succeeds(db, scale):
    """With the disk full an edit raises DiskFullError, earlier data is intact, and a retry works."""
    unit = repo.create_unit(db, "IPS Fullt")
    review = repo.create_review(db, unit.id, scale, "2026-11-22", reviewer_names=["Åsa"])
    repo.add_note(db, review.id, "Sparad före")
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages}")
    big = "Lång anteckning. " * 20_000
    with pytest.raises(DiskFullError, match="Disken är full – ändringen är inte sparad"):
        repo.add_note(db, review.id, big)
    assert [n.text for n in repo.notes(db, review.id)] == ["Sparad före"]
    assert integrity_problems(db) == [] and not db.conn.in_transaction
    db.execute(f"PRAGMA max_page_count = {pages * 100}")
    repo.add_note(db, review.id, big)
    assert [n.text for n in repo.notes(db, review.id)] == ["Sparad före", big]


def test_full_disk_during_import_changes_nothing(db, scale, library, tmp_path):
    """An import that runs out of space is refused as a whole: the database is as before."""
    from fidelity_app.storage.bundle import export_review, import_bundle

    source = open_database(tmp_path / "source.sqlite")
    load_demo(source, scale)
    bundle = export_review(source, repo.list_reviews(source)[0].id, include_notes=True)
    before = list(db.conn.iterdump())
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(DiskFullError):
        import_bundle(db, bundle, library)
    assert list(db.conn.iterdump()) == before
    source.close()


# --- check-db ------------------------------------------------------------------------------
def test_check_database_finds_a_broken_reference(demo_file):
    """check_database reports a rating that points at a deleted review (foreign key)."""
    assert check_database(demo_file).ok
    conn = sqlite3.connect(demo_file)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("DELETE FROM reviews WHERE id = (SELECT review_id FROM ratings LIMIT 1)")
    conn.commit()
    conn.close()
    problems = check_database(demo_file).problems
    assert problems and all("foreign key" in p for p in problems)
