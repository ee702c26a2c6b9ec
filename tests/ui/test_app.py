"""Starting the program: a database that cannot be opened gives a clear message and an error exit."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from fidelity_app.ui import app, translations


def test_unreadable_database_gives_message_and_nonzero_exit(qtbot, tmp_path, monkeypatch):
    """A file that is not a database: moved aside, the user is told in Swedish, run() exits non-zero."""
    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(b"this is not a database at all" * 100)
    shown = []
    monkeypatch.setattr(translations, "install", lambda _app, _lang: [])
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append((box.windowTitle(), box.text())))
    assert app.run(broken, []) == app.EXIT_STORAGE
    assert shown and shown[0][0] == "Databasen är skadad"
    assert "skadad" in shown[0][1] and "flyttats" in shown[0][1]
    assert not broken.exists() and [p for p in tmp_path.iterdir() if ".damaged-" in p.name]
