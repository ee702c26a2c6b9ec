"""Arkiv → Importera/Exportera mätning: conflicts are shown and chosen, bad files change nothing."""

from __future__ import annotations

import json

from fidelity_app.storage import merge, repository
from fidelity_app.storage.bundle import export_review, write_bundle
from fidelity_app.storage.database import open_database
from fidelity_app.ui import settings

from .conftest import make_review


def _review_with_karins_score(db_path, scale):
    """Karin scored item 1 with 3 and the file was exchanged; returns review, Karin, the bundle."""
    db = open_database(db_path)
    review = make_review(db, scale)
    karin = repository.reviewers(db, review.id)[0]
    item_id = scale.items[0].id
    repository.set_rating(db, scale, review.id, item_id, reviewer_id=karin.id, score=3)
    bundle = export_review(db, review.id)
    merge.remember_exchanged(db, bundle)
    db.close()
    settings.set_last_review(review.id)
    return review, karin, bundle


def test_import_shows_a_conflict_and_keeps_the_chosen_version(qtbot, open_window, db_path, tmp_path, scale):
    """Edited here (4) and in the file (2): the dialog lists it; 'Ta filens' makes it 2 in the window."""
    review, karin, bundle = _review_with_karins_score(db_path, scale)
    item_id = scale.items[0].id
    rating = next(r for r in bundle["ratings"] if r["reviewer_id"] == karin.id)
    rating.update(score=2, updated_at="2099-01-01T00:00:00.000Z")
    path = write_bundle(bundle, tmp_path / "jonas.json")
    window = open_window()
    window.session.set_score(item_id, 4)  # Karin's own, edited here since the exchange

    window.exchange.import_file(path)
    dialog = window.exchange.conflict_dialog
    qtbot.waitExposed(dialog)
    assert dialog.table.rowCount() == 1
    assert "Karin Lindqvist" in dialog.table.item(0, 0).text()
    assert dialog.table.item(0, 1).text() == "poäng: 4"
    assert dialog.table.item(0, 2).text() == "poäng: 2"
    assert repository.ratings(window.db, review.id)[0].score == 4  # nothing overwritten silently
    dialog.choices[0].setCurrentIndex(1)  # "Ta filens"
    assert dialog.choices[0].currentText() == "Ta filens"
    with qtbot.waitSignal(dialog.finished):
        dialog.apply_button.click()
    box = window.exchange.result_box
    qtbot.waitUntil(box.isVisible)
    assert "1 konflikt löst" in box.text()
    assert window.session.score(item_id) == 2 and window.view.criterion.anchors.selected == 2
    assert [r.score for r in repository.ratings(window.db, review.id)] == [2]
    assert merge.set_aside_versions(window.db, review.id)[0]["version"]["score"] == 4


def test_rejected_file_shows_why_and_changes_nothing(qtbot, open_window, db_path, tmp_path, scale):
    """A score of 9 in the file: the message names it and the database is as it was."""
    review, _karin, bundle = _review_with_karins_score(db_path, scale)
    bundle["ratings"][0]["score"] = 9
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(bundle), encoding="utf-8")
    window = open_window()
    before = repository.ratings(window.db, review.id)
    assert window.exchange.import_file(bad) is None
    box = window.exchange.result_box
    qtbot.waitUntil(box.isVisible)
    assert box.windowTitle() == "Filen importerades inte"
    assert "ratings/0/score" in box.text() and "Inget i databasen ändrades." in box.text()
    assert repository.ratings(window.db, review.id) == before


def test_export_only_my_part_as_a_reviewer(qtbot, open_window, db_path, tmp_path, scale):
    """Exporting 'Bara min del, som Jonas Åberg' writes his ratings only, without notes."""
    db = open_database(db_path)
    review = make_review(db, scale)
    karin, jonas = repository.reviewers(db, review.id)
    for who, score in ((karin, 3), (jonas, 5)):
        repository.set_rating(db, scale, review.id, scale.items[0].id, reviewer_id=who.id, score=score)
    repository.add_note(db, review.id, "Deltagare 19850101-1236 berättade", reviewer_id=jonas.id)
    db.close()
    settings.set_last_review(review.id)
    window = open_window()
    window.export_action.trigger()
    dialog = window.exchange.export_dialog
    qtbot.waitExposed(dialog)
    assert dialog.part.currentData() == karin.id  # the reviewer scoring now
    dialog.part.setCurrentIndex(dialog.part.findData(jonas.id))
    dialog.notes.setChecked(True)
    assert dialog.warning.isVisibleTo(dialog) and "personnummer" in dialog.warning.text()
    dialog.notes.setChecked(False)
    out = tmp_path / "jonas"
    dialog.path.setText(str(out))
    with qtbot.waitSignal(dialog.finished):
        dialog.accept()
    written = json.loads((tmp_path / "jonas.json").read_text(encoding="utf-8"))
    assert [(r["reviewer_id"], r["score"]) for r in written["ratings"]] == [(jonas.id, 5)]
    assert written["evidence_notes"] == []
    assert window.exchange.result_box.windowTitle() == "Mätningen är exporterad"
