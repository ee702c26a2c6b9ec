"""Historik: score changes per criterion, and finishing and reopening for the whole review."""

from __future__ import annotations

from PySide6.QtCore import Qt

from fidelity_app.storage import repository
from fidelity_app.storage.database import open_database
from fidelity_app.ui import settings

from .conftest import make_review, press


def _rows(dialog) -> list[list[str]]:
    tree = dialog.tree
    return [[tree.topLevelItem(r).text(c) for c in range(4)] for r in range(tree.topLevelItemCount())]


def test_criterion_history_lists_score_changes_newest_first(qtbot, open_window, db_path, scale):
    """Scoring 3 then 4 as Karin shows '3 → 4' above '– → 3' with her name (her own score)."""
    db = open_database(db_path)
    review = make_review(db, scale)
    db.close()
    settings.set_last_review(review.id)
    window = open_window()
    press(qtbot, window, Qt.Key.Key_3)
    press(qtbot, window, Qt.Key.Key_4)
    dialog = window.view.criterion.show_history()
    qtbot.waitExposed(dialog)
    rows = _rows(dialog)
    assert [r[3] for r in rows] == ["Poäng 3 → 4", "Poäng – → 3"]
    assert rows[0][1] == "Karin Lindqvist" and dialog.empty.isHidden()
    dialog.close()


def test_review_history_shows_finish_and_reopen(qtbot, open_window, db_path, scale):
    """Finishing and reopening appear in Mätning → Historik as 'Mätningen slutförd' / 'öppnad igen'."""
    db = open_database(db_path)
    review = make_review(db, scale)
    for item in scale.items:
        repository.set_rating(db, scale, review.id, item.id, score=4, actor="Karin")
    repository.finish_review(db, scale, review.id, "Karin")
    repository.reopen_review(db, review.id, "Jonas")
    db.close()
    settings.set_last_review(review.id)
    window = open_window()
    window.audit_action.trigger()
    qtbot.waitExposed(window.audit_dialog)
    rows = _rows(window.audit_dialog)
    assert rows[0][3] == "Mätningen öppnad igen" and rows[0][1] == "Jonas"
    assert rows[1][3] == "Mätningen slutförd"
    assert len(rows) == 2 + len(scale.items)
    window.audit_dialog.close()
