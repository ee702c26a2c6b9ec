"""Per-reviewer scoring and the consensus view: whose scores, disagreements first, the result."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from fidelity_app.domain.scale_library import ScaleLibrary
from fidelity_app.storage import repository
from fidelity_app.storage.database import open_database
from fidelity_app.storage.demo import load_demo
from fidelity_app.ui import settings
from fidelity_app.ui.models.consensus_model import AMBER, DIFFERENCE_ROLE, ITEM_ID_ROLE, RED, ConsensusModel
from fidelity_app.ui.session import CONSENSUS, ReviewSession

from .conftest import close_window, make_review, press, type_text

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _scored_independently(db_path, scale):
    """Karin and Jonas both gave 4 everywhere except two items: 5 vs 2, and 4 vs 3."""
    db = open_database(db_path)
    review = make_review(db, scale)
    karin, jonas = repository.reviewers(db, review.id)
    far, near = scale.items[20].id, scale.items[10].id
    for item in scale.items:
        mine, theirs = {far: (5, 2), near: (4, 3)}.get(item.id, (4, 4))
        repository.set_rating(db, scale, review.id, item.id, reviewer_id=karin.id, score=mine,
                              rationale=f"Karin om {item.id}")
        repository.set_rating(db, scale, review.id, item.id, reviewer_id=jonas.id, score=theirs)
    db.close()
    settings.set_last_review(review.id)
    return review, far, near


def test_consensus_model_on_demo_data(qtmodeltester, db, scale):
    """The model obeys Qt's rules, and its rows run from the biggest difference down."""
    load_demo(db, scale)
    draft = next(r for r in repository.list_reviews(db) if not r.finished)
    model = ConsensusModel(ReviewSession(db, ScaleLibrary([scale]), draft, "sv"))
    qtmodeltester.check(model)
    differences = [model.index(r, 0).data(DIFFERENCE_ROLE) for r in range(model.rowCount())]
    known = [d for d in differences if d is not None]
    assert known == sorted(known, reverse=True) and differences[: len(known)] == known
    assert model.rowCount() == len(scale.items)


def test_disagreements_first_and_consensus_updates_total_and_band(qtbot, open_window, db_path, scale):
    """Biggest disagreement first (red, then amber); agreements are only proposed until approved;
    each consensus typed with 1–5 moves the total and band in the status strip at once."""
    review, far, near = _scored_independently(db_path, scale)
    window = open_window()
    press(qtbot, window, Qt.Key.Key_K, CTRL_SHIFT)
    view = window.view
    assert view.page == CONSENSUS and window.session.rater_id is None
    page, model = view.consensus, view.consensus.model
    rows = [model.index(r, 0).data(ITEM_ID_ROLE) for r in range(model.rowCount())]
    others = [i.id for i in scale.items if i.id not in (far, near)]
    assert rows == [far, near, *others]
    assert model.index(0, model.DIFFERENCE).data(Qt.ItemDataRole.BackgroundRole).color() == RED
    assert model.index(1, model.DIFFERENCE).data(Qt.ItemDataRole.BackgroundRole).color() == AMBER
    assert model.index(2, model.DIFFERENCE).data(Qt.ItemDataRole.BackgroundRole) is None
    assert model.index(2, model.CONSENSUS).data() == "4 (föreslagen)"
    assert "exakt 92 %, inom en poäng 96 %" in page.stats.text()
    assert not repository.scores(window.db, review.id)  # nothing written by opening the view

    assert page.approve_button.text() == "Godkänn alla överensstämmande (23)"
    page.approve_button.click()
    assert view.status.total.text() == "92/125 poäng"
    assert view.status.band.text() == "Ofullständig – 2 kriterier saknas"
    assert not page.approve_button.isEnabled()

    assert page.current_item() == far and QApplication.focusWidget() is page.table
    press(qtbot, window, Qt.Key.Key_4)
    assert view.status.total.text() == "96/125 poäng"
    press(qtbot, window, Qt.Key.Key_Down)
    press(qtbot, window, Qt.Key.Key_4)
    assert view.status.total.text() == "100/125 poäng"
    assert view.status.band.text() == "Stämmer bra överens med IPS"
    page.reason.setFocus()
    type_text(qtbot, window, "Enades efter journalgranskning")
    page.table.setFocus()  # leaving the field saves the reason
    assert repository.scores(window.db, review.id) == {i.id: 4 for i in scale.items}
    consensus = {r.item_id: r for r in repository.ratings(window.db, review.id) if r.consensus}
    assert consensus[near].rationale == "Enades efter journalgranskning"


def test_scores_typed_as_karin_never_appear_as_jonas_or_consensus(qtbot, open_window, db_path, scale):
    """Karin's score and rationale stay hers; switching to Jonas shows his (empty) and writes his."""
    db = open_database(db_path)
    review = make_review(db, scale)
    karin, jonas = repository.reviewers(db, review.id)
    db.close()
    settings.set_last_review(review.id)
    window = open_window()
    view, item_id = window.view, scale.items[0].id
    assert view.status.rater.currentText() == "Karin Lindqvist"  # the first reviewer by default
    assert view.status.entered.text() == "Karin Lindqvists egna poäng:"
    press(qtbot, window, Qt.Key.Key_3)
    view.criterion.rationale.setFocus()
    type_text(qtbot, window, "Karins motivering")
    view.status.rater.setCurrentIndex(1)
    view.status.rater.activated.emit(1)  # as choosing "Jonas Åberg" in the combo does
    assert window.session.rater_id == jonas.id
    assert view.criterion.anchors.selected is None
    assert view.criterion.rationale.toPlainText() == ""
    assert view.status.progress.text() == "0/25 bedömda"
    view.focus_page()
    press(qtbot, window, Qt.Key.Key_5)
    ratings = {r.reviewer_id: (r.score, r.rationale) for r in repository.ratings(window.db, review.id)}
    assert ratings == {karin.id: (3, "Karins motivering"), jonas.id: (5, "")}
    assert view.status.band.text() == "Ofullständig – 25 kriterier saknas"  # the result is the consensus
    close_window(window)

    again = open_window()  # the choice is remembered for this review on this laptop
    assert again.session.rater_id == jonas.id and again.session.score(item_id) == 5


def test_self_assessment_has_no_switch_and_its_scores_are_the_result(qtbot, open_window, db_path, scale):
    """With one reviewer there is no 'Poängsätter som' and the typed score is the result."""
    db = open_database(db_path)
    review = make_review(db, scale, reviewers=("Karin Lindqvist",))
    db.close()
    settings.set_last_review(review.id)
    window = open_window()
    assert not window.view.status.rater.isVisibleTo(window) and window.view.consensus is None
    assert not window.consensus_action.isEnabled()
    press(qtbot, window, Qt.Key.Key_4)
    assert repository.scores(window.db, review.id) == {scale.items[0].id: 4}
    assert window.view.status.total.text() == "4/125 poäng"
