"""Typed text reaches the database without a Save button: debounced, and on close."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt

from fidelity_app.storage import repository
from fidelity_app.storage.database import StorageError, open_database
from fidelity_app.ui import settings

from .conftest import close_window, make_review, press, type_text


def _open_on(open_window, db_path, scale, **kwargs):
    db = open_database(db_path)
    review = make_review(db, scale, **kwargs)
    db.close()
    settings.set_last_review(review.id)
    return open_window(), review


def test_note_typed_then_window_closed_is_there_after_reopening(qtbot, open_window, db_path, scale):
    """Text typed into a note and nothing else but closing the window survives."""
    window, review = _open_on(open_window, db_path, scale)
    press(qtbot, window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, window, "Handledaren går igenom loggen varje fredag")
    close_window(window)  # at once: no debounce has fired
    again = open_window()
    panel = again.view.criterion.notes
    assert panel.text.toPlainText() == "Handledaren går igenom loggen varje fredag"
    assert [n.text for n in repository.notes(again.db, review.id)] == [
        "Handledaren går igenom loggen varje fredag"
    ]


def test_rationale_is_committed_within_a_second_and_indicator_tells(qtbot, open_window, db_path, scale):
    """The rationale is in the database within a second of the last keystroke; 'Sparat hh:mm' shows."""
    window, review = _open_on(open_window, db_path, scale)
    window.view.criterion.rationale.setFocus()
    type_text(qtbot, window, "Listan visar 18 deltagare per coach")
    assert window.view.status.save.text() == "Sparar …"
    item_id = scale.items[0].id

    def stored() -> str:
        found = [r for r in repository.ratings(window.db, review.id) if r.item_id == item_id]
        return found[0].rationale if found else ""

    qtbot.waitUntil(lambda: stored() == "Listan visar 18 deltagare per coach", timeout=1000)
    assert re.fullmatch(r"Sparat \d\d:\d\d", window.view.status.save.text())


def test_quick_note_is_kept_when_the_window_closes(qtbot, open_window, db_path, scale):
    """A half-typed quick note lands in the unsorted notes even if the window closes at once."""
    window, review = _open_on(open_window, db_path, scale)
    press(qtbot, window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, window, "Fråga om väntelistan")
    close_window(window)
    db = open_database(db_path)
    assert [(n.text, n.item_id) for n in repository.notes(db, review.id)] == [("Fråga om väntelistan", None)]
    db.close()


def test_a_failed_write_is_shown_not_hidden(qtbot, open_window, db_path, scale, monkeypatch):
    """When the database refuses a score the indicator says 'INTE sparat' instead of 'Sparat'."""
    window, _review = _open_on(open_window, db_path, scale)

    def refuse(*_args, **_kwargs):
        raise StorageError("disken är full")

    monkeypatch.setattr(repository, "set_rating", refuse)
    press(qtbot, window, Qt.Key.Key_4)
    assert window.session.score(scale.items[0].id) is None
    assert window.view.status.save.text() == "INTE sparat"
    assert "disken är full" in window.view.status.save.toolTip()
