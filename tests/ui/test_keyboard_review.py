"""The whole assessor workflow with the keyboard only, and the result after a restart."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from fidelity_app.storage import repository
from fidelity_app.storage.database import open_database
from fidelity_app.ui.models.consensus_model import ITEM_ID_ROLE
from fidelity_app.ui.session import CONSENSUS

from .conftest import close_window, press, type_text

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
# Scores typed for the 25 items in scale order (the first comes from the calculator).
SCORES = [5, 4, 3, 2, 5, 4, 3, 5, 4, 3, 2, 1, 5, 4, 3, 4, 5, 4, 3, 2, 4, 5, 3, 4, 5]


def test_full_review_with_keyboard_only_survives_restart(qtbot, open_window, db_path, scale):
    """Create, score all 25 as Karin, note with sources, use a calculator, agree on the consensus,
    finish; a restart shows the same."""
    window = open_window()
    press(qtbot, window, Qt.Key.Key_N, CTRL | SHIFT)
    qtbot.waitUntil(lambda: window.dialog is not None and window.dialog.isVisible())
    dialog = window.dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert QApplication.focusWidget() is dialog.unit  # "Ny verksamhet…" is preselected
    press(qtbot, dialog, Qt.Key.Key_Tab)
    type_text(qtbot, dialog, "IPS Testvik")
    press(qtbot, dialog, Qt.Key.Key_Tab)
    type_text(qtbot, dialog, "Testviks kommun")
    press(qtbot, dialog, Qt.Key.Key_Tab)
    type_text(qtbot, dialog, "Karin Lindqvist")
    press(qtbot, dialog, Qt.Key.Key_Tab)
    type_text(qtbot, dialog, "Jonas Åberg")
    with qtbot.waitSignal(dialog.accepted):
        press(qtbot, dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.view is not None)
    window.activateWindow()  # the window manager's job; offscreen has none
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    view = window.view
    assert view.page == scale.items[0].id

    # Item 1 has a calculator: tallies → suggestion → confirm with the keyboard.
    press(qtbot, window, Qt.Key.Key_B, CTRL)
    type_text(qtbot, window, "27")
    press(qtbot, window, Qt.Key.Key_Tab)
    type_text(qtbot, window, "1,5")
    assert view.criterion.calculator.suggested == 5  # 18 clients per full-time coach
    assert window.session.score(scale.items[0].id) is None  # a suggestion is not a score
    press(qtbot, window, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is view.criterion.calculator.apply_button
    press(qtbot, window, Qt.Key.Key_Space)
    assert window.session.score(scale.items[0].id) == 5

    # A note with source and informant on item 1, and one on item 2.
    press(qtbot, window, Qt.Key.Key_N, CTRL)
    type_text(qtbot, window, "27 aktiva deltagare på 1,5 tjänst")
    press(qtbot, window, Qt.Key.Key_Tab)
    press(qtbot, window, Qt.Key.Key_Down)  # Källa: INT – Intervju
    press(qtbot, window, Qt.Key.Key_Tab)
    type_text(qtbot, window, "Enhetschef")
    press(qtbot, window, Qt.Key.Key_PageDown, CTRL)
    assert view.page == scale.items[1].id

    for number in range(1, len(scale.items)):
        item, score = scale.items[number], SCORES[number]
        assert view.page == item.id
        if number == 1:
            press(qtbot, window, Qt.Key.Key_N, CTRL)
            type_text(qtbot, window, "Coacherna har inga andra uppdrag")
            press(qtbot, window, Qt.Key.Key_Tab)
            assert QApplication.focusWidget().currentData() == "INT"  # the last source used
            press(qtbot, window, Qt.Key.Key_Down)  # DOC – Dokument/journaler
            press(qtbot, window, Qt.Key.Key_Tab)  # selects the informant carried over
            type_text(qtbot, window, "Tidrapporter")
            press(qtbot, window, Qt.Key.Key_Escape)  # back to the score cards
        press(qtbot, window, Qt.Key.Key_0 + score)
        assert window.session.score(item.id) == score
        if number < len(scale.items) - 1:
            press(qtbot, window, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)

    # Karin's own scores are complete; the result (the consensus) is not yet.
    summary = window.session.entered_summary()
    assert (summary.scored, summary.total) == (25, sum(SCORES))
    assert view.status.progress.text() == "25/25 bedömda"
    assert view.status.total.text() == f"{sum(SCORES)}/125 poäng"
    assert window.session.summary().scored == 0
    press(qtbot, window, Qt.Key.Key_F, CTRL | SHIFT)
    box = window.message_box
    qtbot.waitUntil(box.isVisible)
    assert box.text() == "Ofullständig – 25 kriterier saknas"
    with qtbot.waitSignal(box.finished):
        qtbot.keyClick(box, Qt.Key.Key_Return)  # "Öppna konsensusvyn"
    assert view.page == CONSENSUS and window.session.rater_id is None
    wanted = {item.id: s for item, s in zip(scale.items, SCORES, strict=True)}
    table = view.consensus.table
    for row in range(len(scale.items)):
        assert QApplication.focusWidget() is table and table.currentIndex().row() == row
        press(qtbot, window, Qt.Key.Key_0 + wanted[table.currentIndex().data(ITEM_ID_ROLE)])
        press(qtbot, window, Qt.Key.Key_Down)
    assert view.status.total.text() == f"{sum(SCORES)}/125 poäng"

    # Jump back to the third criterion by its number, then finish.
    press(qtbot, window, Qt.Key.Key_G, CTRL)
    type_text(qtbot, window, "3")
    press(qtbot, window, Qt.Key.Key_Return)
    assert view.page == scale.items[2].id
    summary = window.session.summary()
    assert (summary.scored, summary.total) == (25, sum(SCORES))
    press(qtbot, window, Qt.Key.Key_F, CTRL | SHIFT)
    box = window.message_box
    qtbot.waitUntil(box.isVisible)
    with qtbot.waitSignal(box.finished):
        qtbot.keyClick(box, Qt.Key.Key_Return)
    assert window.session.review.finished
    assert view.banner.isVisibleTo(window)

    review_id = window.session.review.id
    shown_total = view.status.total.text()
    shown_band = view.status.band.text()
    close_window(window)

    # What a new program start shows, and what a fresh connection reads.
    db = open_database(db_path)
    scores = repository.scores(db, review_id)
    notes = {n.text: (n.item_id, n.source, n.informant) for n in repository.notes(db, review_id)}
    db.close()
    assert scores == {item.id: s for item, s in zip(scale.items, SCORES, strict=True)}
    assert notes == {
        "27 aktiva deltagare på 1,5 tjänst": (scale.items[0].id, "INT", "Enhetschef"),
        "Coacherna har inga andra uppdrag": (scale.items[1].id, "DOC", "Tidrapporter"),
    }
    again = open_window()
    assert again.session is not None and again.session.review.id == review_id
    assert again.view.page == scale.items[2].id  # where the assessor left off
    assert again.session.result_scores() == scores
    assert again.view.status.total.text() == shown_total == f"{sum(SCORES)}/125 poäng"
    assert again.view.status.band.text() == shown_band
    again.view.show_page(scale.items[0].id)
    panel = again.view.criterion.notes
    assert panel.model.rowCount() == 1
    assert panel.text.toPlainText() == "27 aktiva deltagare på 1,5 tjänst"
    assert panel.source.currentData() == "INT" and panel.informant.text() == "Enhetschef"
    assert again.view.criterion.calculator.inputs["clients"].text() == "27"
    assert again.session.read_only
