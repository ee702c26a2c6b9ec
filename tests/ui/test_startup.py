"""Start-up with a locked, missing, damaged, read-only or newer database: asked, never silently empty."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer

from fidelity_app.storage import repository
from fidelity_app.storage.backup import list_backups, make_backup
from fidelity_app.storage.database import NewerDatabaseError, ReadOnlyDatabaseError, open_database
from fidelity_app.storage.demo import load_demo
from fidelity_app.storage.health import acquire_instance_lock, lock_path
from fidelity_app.ui import startup
from fidelity_app.ui.startup import NEW, QUIT, READ_ONLY, RESTORE, MessageBoxView, Startup


class FakeView:
    """Answers start-up's questions from a script and records what was said."""

    def __init__(self, *answers: str):
        self.answers, self.asked, self.told = list(answers), [], []

    def ask(self, title, text, choices):
        self.asked.append((title, text, [key for key, _label in choices]))
        return self.answers.pop(0)

    def tell(self, title, text):
        self.told.append((title, text))


@pytest.fixture
def demo_file(db_path, scale):
    """A closed database with the demo reviews, and one backup of it."""
    db = open_database(db_path)
    load_demo(db, scale)
    db.close()
    make_backup(db_path, reason="start")
    return db_path


def _reviews(opened) -> int:
    return len(repository.list_reviews(opened.db))


def test_a_free_database_opens_with_the_lock_held(demo_file):
    """Nothing wrong: no question, the database opens writable and the lock is held until close."""
    view = FakeView()
    opened = Startup(demo_file, view).run()
    assert not view.asked and not opened.read_only and opened.lock.held
    opened.close()
    assert not lock_path(demo_file).exists()


def test_locked_database_offers_read_only(demo_file):
    """Held by another program: the message names the holder; 'Öppna skrivskyddat' opens it read-only."""
    holder = acquire_instance_lock(demo_file)
    try:
        view = FakeView(READ_ONLY)
        opened = Startup(demo_file, view).run()
        assert "används redan av" in view.asked[0][1] and view.asked[0][2] == [READ_ONLY, QUIT]
        assert opened.read_only and opened.lock is None and _reviews(opened) == 13
        opened.close()
        assert Startup(demo_file, FakeView(QUIT)).run() is None
    finally:
        holder.release()


def test_missing_file_with_backups_is_asked_about_and_restored(demo_file):
    """The file is gone but backed up: the user is asked; restoring brings the reviews back."""
    demo_file.unlink()
    view = FakeView(RESTORE)
    opened = Startup(demo_file, view).run()
    assert view.asked[0][2] == [RESTORE, NEW, QUIT]
    assert _reviews(opened) == 13
    opened.close()


def test_missing_file_quit_creates_nothing(demo_file):
    """Choosing 'Avsluta' when the file is missing creates no empty database and frees the lock."""
    demo_file.unlink()
    assert Startup(demo_file, FakeView(QUIT)).run() is None
    assert not demo_file.exists() and not lock_path(demo_file).exists()


def test_missing_file_can_deliberately_start_empty(demo_file):
    """'Börja med en tom databas' is a deliberate choice, then an empty database opens."""
    demo_file.unlink()
    opened = Startup(demo_file, FakeView(NEW)).run()
    assert _reviews(opened) == 0
    opened.close()


def test_damaged_file_is_moved_aside_and_the_backup_offered(demo_file):
    """A damaged file is moved aside (kept byte for byte), the user is told where, the backup restores."""
    data = demo_file.read_bytes()
    damaged = data[:100] + b"\xff" * 4000 + data[4100:]
    demo_file.write_bytes(damaged)
    view = FakeView(RESTORE)
    opened = Startup(demo_file, view).run()
    title, text, choices = view.asked[0]
    moved = [p for p in demo_file.parent.iterdir() if p.name.startswith("test.sqlite.damaged-")
             and not p.name.endswith(("-wal", "-shm"))]
    assert title == "Databasen är skadad" and str(moved[0]) in text and "flyttats" in text
    assert moved[0].read_bytes() == damaged and choices[0] == RESTORE
    assert _reviews(opened) == 13
    opened.close()


def test_read_only_file_opens_read_only_and_says_so(demo_file, monkeypatch):
    """A write-protected file: the user is told, and the database opens read-only."""
    real = startup.open_database

    def refuse_writing(path, read_only=False):
        if not read_only:
            raise ReadOnlyDatabaseError(f"{path} är skrivskyddad")
        return real(path, read_only=True)

    monkeypatch.setattr(startup, "open_database", refuse_writing)
    view = FakeView()
    opened = Startup(demo_file, view).run()
    assert view.told[0][0] == "Databasen är skrivskyddad"
    assert opened.read_only and opened.lock is None and _reviews(opened) == 13
    opened.close()


def test_newer_database_is_refused_with_a_message(demo_file, monkeypatch):
    """A database from a newer program version: a message, no window, the lock released."""

    def newer(path, read_only=False):
        raise NewerDatabaseError("nyare version")

    monkeypatch.setattr(startup, "open_database", newer)
    view = FakeView()
    assert Startup(demo_file, view).run() is None
    assert view.told[0][0] == "Databasen är från en nyare version"
    assert not lock_path(demo_file).exists()


def test_start_backup_runs_in_the_background_and_close_backs_up_changes(demo_file, scale):
    """A start backup is made on a worker thread; a clean close after a change makes a 'close' one."""
    for backup in list_backups(demo_file):
        backup.path.unlink()
    opened = Startup(demo_file, FakeView()).run()
    opened.start_backup = startup.backup_in_background(demo_file, "start")
    opened.start_backup.join(timeout=30)
    assert [b.reason for b in list_backups(demo_file)] == ["start"]
    repository.create_unit(opened.db, "IPS Nyvik")
    assert opened.close() is not None
    assert [b.reason for b in list_backups(demo_file)] == ["close", "start"]


def test_message_box_view_is_answered_with_a_button(qtbot, demo_file):
    """The real view shows a Swedish message box and returns the button the user clicks."""
    view = MessageBoxView()

    def click_read_only():
        box = view.box
        qtbot.addWidget(box)
        [button] = [b for b in box.buttons() if b.text() == "Öppna skrivskyddat"]
        button.click()

    holder = acquire_instance_lock(demo_file)
    try:
        QTimer.singleShot(0, click_read_only)
        opened = Startup(demo_file, view).run()
        assert opened.read_only
        opened.close()
    finally:
        holder.release()

