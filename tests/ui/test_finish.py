"""Finishing lists what is missing, makes the review read-only, and reopening is logged."""

from __future__ import annotations

from PySide6.QtCore import Qt

from fidelity_app.storage import repository
from fidelity_app.storage.database import open_database
from fidelity_app.ui import settings
from fidelity_app.ui.session import CONSENSUS

from .conftest import make_review, press

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _open(open_window, db_path, scale, scored: int):
    db = open_database(db_path)
    review = make_review(db, scale)
    for item in scale.items[:scored]:
        repository.set_rating(db, scale, review.id, item.id, score=4)
    db.close()
    settings.set_last_review(review.id)
    settings.set_review_rater(review.id, CONSENSUS)  # the scores above are the consensus
    return open_window(), review


def test_finish_lists_what_is_missing(qtbot, open_window, db_path, scale):
    """With 22 of 25 agreed, 'Slutför' names the three missing and opens the consensus view at one."""
    window, review = _open(open_window, db_path, scale, scored=22)
    assert window.view.status.band.text() == "Ofullständig – 3 kriterier saknas"
    press(qtbot, window, Qt.Key.Key_F, CTRL_SHIFT)
    box = window.message_box
    qtbot.waitUntil(box.isVisible)
    assert box.text() == "Ofullständig – 3 kriterier saknas"
    for item in scale.items[22:]:
        assert window.session.item_code(item.id) in box.informativeText()
    with qtbot.waitSignal(box.finished):
        qtbot.keyClick(box, Qt.Key.Key_Return)
    assert window.view.page == CONSENSUS
    assert window.view.consensus.current_item() in {item.id for item in scale.items[22:]}
    assert not repository.get_review(window.db, review.id).finished


def test_finished_review_is_read_only_and_reopening_is_logged(qtbot, open_window, db_path, scale):
    """After 'Slutför' keys 1–5 change nothing; 'Öppna igen' makes it editable and is in the log."""
    window, review = _open(open_window, db_path, scale, scored=25)
    assert window.view.status.band.text() == "Stämmer bra överens med IPS"  # 100 points
    press(qtbot, window, Qt.Key.Key_F, CTRL_SHIFT)
    box = window.message_box
    with qtbot.waitSignal(box.finished):
        qtbot.keyClick(box, Qt.Key.Key_Return)
    assert repository.get_review(window.db, review.id).finished
    assert window.view.banner.isVisibleTo(window)
    press(qtbot, window, Qt.Key.Key_2)
    assert window.session.score(scale.items[0].id) == 4
    assert window.view.criterion.rationale.isReadOnly()
    assert not window.view.criterion.notes.new_button.isEnabled()
    window.view.reopen_button.click()
    box = window.message_box
    with qtbot.waitSignal(box.finished):
        qtbot.keyClick(box, Qt.Key.Key_Return)
    assert not repository.get_review(window.db, review.id).finished
    assert [e.action for e in repository.audit_entries(window.db, review.id)][-2:] == ["finish", "reopen"]
    assert not window.view.banner.isVisibleTo(window)
    press(qtbot, window, Qt.Key.Key_2)
    assert window.session.score(scale.items[0].id) == 2
