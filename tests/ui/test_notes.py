"""Evidence notes: delete with undo, move to another criterion, sort the unsorted ones."""

from __future__ import annotations

from PySide6.QtCore import Qt

from fidelity_app.storage import repository
from fidelity_app.storage.database import open_database
from fidelity_app.ui import settings
from fidelity_app.ui.session import UNSORTED

from .conftest import make_review, press, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def _window_with_notes(open_window, db_path, scale, texts):
    db = open_database(db_path)
    review = make_review(db, scale)
    for text in texts:
        repository.add_note(db, review.id, text, item_id=scale.items[0].id, source="OBS")
    db.close()
    settings.set_last_review(review.id)
    return open_window(), review


def test_delete_a_note_and_undo(qtbot, open_window, db_path, scale):
    """Delete in the notes list removes the note; Ctrl+Z brings it back with its source."""
    window, review = _window_with_notes(open_window, db_path, scale, ["Första", "Andra"])
    panel = window.view.criterion.notes
    panel.list.setFocus()
    selected = panel.model.note_at(panel.list.currentIndex().row()).text
    press(qtbot, window, Qt.Key.Key_Delete)
    remaining = [n.text for n in repository.notes(window.db, review.id)]
    assert remaining == [t for t in ("Första", "Andra") if t != selected]
    assert panel.undo_bar.isVisibleTo(window)
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    restored = repository.notes(window.db, review.id)
    assert sorted(n.text for n in restored) == ["Andra", "Första"]
    assert {n.source for n in restored} == {"OBS"}
    assert panel.model.rowCount() == 2


def test_move_a_note_to_another_criterion(qtbot, open_window, db_path, scale):
    """Choosing another criterion for a note moves it there (and out of this list)."""
    window, review = _window_with_notes(open_window, db_path, scale, ["Hör till Personal 2"])
    panel = window.view.criterion.notes
    panel.target.setFocus()
    press(qtbot, window, Qt.Key.Key_Down)  # the next criterion in the list: Personal 2
    assert [n.item_id for n in repository.notes(window.db, review.id)] == [scale.items[1].id]
    assert panel.model.rowCount() == 0
    window.view.step(1)
    assert window.view.criterion.notes.model.rowCount() == 1


def test_quick_note_then_sort_it_from_unsorted(qtbot, open_window, db_path, scale):
    """Ctrl+K, type, Enter files a note under Osorterat; from there it is sorted to a criterion."""
    window, review = _window_with_notes(open_window, db_path, scale, [])
    press(qtbot, window, Qt.Key.Key_K, CTRL)
    type_text(qtbot, window, "Arbetsförmedlingen träffas varannan vecka")
    press(qtbot, window, Qt.Key.Key_Return)
    assert window.view.quick.edit.text() == ""
    press(qtbot, window, Qt.Key.Key_G, CTRL)
    type_text(qtbot, window, "osorterat")
    press(qtbot, window, Qt.Key.Key_Return)
    assert window.view.page == UNSORTED
    panel = window.view.unsorted.notes
    assert panel.model.rowCount() == 1
    target = panel.target.findData("org.vr_collaboration")
    panel.target.setCurrentIndex(target)
    panel.target.activated.emit(target)
    notes = repository.notes(window.db, review.id)
    assert [(n.text, n.item_id) for n in notes] == [
        ("Arbetsförmedlingen träffas varannan vecka", "org.vr_collaboration")
    ]
    assert panel.model.rowCount() == 0
