"""Calculators suggest; only the assessor's choice sets a score."""

from __future__ import annotations

from PySide6.QtCore import Qt

from fidelity_app.storage import repository
from fidelity_app.storage.database import open_database
from fidelity_app.ui import settings

from .conftest import make_review, press, type_text


def _open(open_window, db_path, scale):
    db = open_database(db_path)
    review = make_review(db, scale)
    db.close()
    settings.set_last_review(review.id)
    return open_window(), review


def test_suggestion_never_overwrites_a_chosen_score(qtbot, open_window, db_path, scale):
    """With score 3 chosen, tallies suggesting 5 leave the 3 until 'Använd förslaget' is pressed."""
    window, review = _open(open_window, db_path, scale)
    item_id = scale.items[0].id  # caseload: clients per full-time coach
    press(qtbot, window, Qt.Key.Key_3)
    calculator = window.view.criterion.calculator
    press(qtbot, window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, window, "40")
    press(qtbot, window, Qt.Key.Key_Tab)
    type_text(qtbot, window, "2")
    assert calculator.suggested == 5
    assert "Vald poäng är 3" in calculator.explanation.text()
    assert "20 deltagare per heltidscoach" in calculator.explanation.text()
    assert window.session.score(item_id) == 3
    calculator.apply_button.click()
    assert window.session.score(item_id) == 5
    karin = window.session.reviewers[0].id  # a two-reviewer review opens in the first one's scoring
    assert [(r.reviewer_id, r.score) for r in repository.ratings(window.db, review.id)] == [(karin, 5)]
    calculator.flush()
    assert repository.calculator_inputs(window.db, review.id)[item_id].values == {
        "clients": "40",
        "coach_fte": "2",
    }


def test_bad_tallies_explain_what_is_wrong(qtbot, open_window, db_path, scale):
    """Zero coaches gives a Swedish message naming the input, and no suggestion."""
    window, _review = _open(open_window, db_path, scale)
    calculator = window.view.criterion.calculator
    calculator.inputs["clients"].setText("10")
    calculator.inputs["coach_fte"].setText("0")
    assert calculator.suggested is None and not calculator.apply_button.isEnabled()
    assert "får inte vara noll" in calculator.explanation.text()


def test_checklist_counts_ticked_elements(qtbot, open_window, db_path, scale):
    """Ticking four of five elements of a checklist item suggests the score the scale file gives."""
    window, _review = _open(open_window, db_path, scale)
    item = next(i for i in scale.items if i.checklist is not None and i.checklist.size == 5)
    window.view.show_page(item.id)
    calculator = window.view.criterion.calculator
    assert len(calculator.boxes) == 5
    for box in calculator.boxes[:4]:
        box.setFocus()
        press(qtbot, window, Qt.Key.Key_Space)
    expected = next(r.score for r in item.checklist.ranges if r.contains(4))
    assert calculator.suggested == expected
    assert window.session.score(item.id) is None
    assert "4 av 5 delar finns" in calculator.explanation.text()
