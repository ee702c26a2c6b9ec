"""Data safety in the window: a full disk, a personnummer in a note, a read-only database."""

from __future__ import annotations

from PySide6.QtCore import Qt

from fidelity_app.storage import repository
from fidelity_app.storage.database import open_database
from fidelity_app.ui import settings
from fidelity_app.ui.main_window import MainWindow

from .conftest import make_review, press, type_text

PNR = "19811218-9876"


def _open_on(open_window, db_path, scale):
    db = open_database(db_path)
    review = make_review(db, scale)
    db.close()
    settings.set_last_review(review.id)
    return open_window(), review


def _fill_the_disk(db) -> None:
    """Let the database grow no further: every write that needs a new page fails as 'disk full'."""
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages}")


def test_full_disk_keeps_the_note_on_screen_and_a_retry_saves_it(qtbot, open_window, db_path, scale):
    """Disk full: the note stays on screen, 'INTE sparat' says why; after space is freed Ctrl+S saves."""
    window, review = _open_on(open_window, db_path, scale)
    press(qtbot, window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    _fill_the_disk(window.db)
    long_text = "Arbetsgivarkontakter loggas varje vecka. " * 200
    window.view.criterion.notes.text.setPlainText(long_text)
    press(qtbot, window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    status = window.view.status.save
    assert status.text() == "INTE sparat" and "Disken är full" in status.toolTip()
    assert window.view.criterion.notes.text.toPlainText() == long_text
    window.db.execute("PRAGMA max_page_count = 1073741823")  # space freed
    press(qtbot, window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert status.text().startswith("Sparat")
    assert [n.text for n in repository.notes(window.db, review.id)] == [long_text]


def test_personnummer_in_a_note_warns_and_can_be_masked(qtbot, open_window, db_path, scale):
    """Typing a personnummer shows the warning strip; Maskera replaces the last four digits and saves."""
    window, review = _open_on(open_window, db_path, scale)
    panel = window.view.criterion.notes
    press(qtbot, window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, window, "Deltagare 1981121")
    assert panel.personal.isHidden()
    type_text(qtbot, window, "8-9876 har fått jobb")
    assert panel.personal.isVisible() and panel.personal.label.text().startswith("Anteckningen innehåller")
    qtbot.mouseClick(panel.personal.button, Qt.MouseButton.LeftButton)
    assert panel.text.toPlainText() == "Deltagare 19811218-XXXX har fått jobb"
    assert panel.personal.isHidden()
    assert [n.text for n in repository.notes(window.db, review.id)] == ["Deltagare 19811218-XXXX har fått jobb"]


def test_personnummer_in_the_informant_warns_too(qtbot, open_window, db_path, scale):
    """A personnummer in the informant field shows the strip as well, and is masked the same way."""
    window, review = _open_on(open_window, db_path, scale)
    panel = window.view.criterion.notes
    press(qtbot, window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    panel.informant.setFocus()
    type_text(qtbot, window, f"Deltagare {PNR}")
    assert panel.personal.isVisible()
    panel.personal.button.click()
    assert [n.informant for n in repository.notes(window.db, review.id)] == ["Deltagare 19811218-XXXX"]


def test_read_only_window_disables_editing_and_writes_nothing(qtbot, db_path, scale, library):
    """Opened read-only: title says 'Skrivskyddad', editing actions are off, a score key writes nothing."""
    db = open_database(db_path)
    review = make_review(db, scale)
    db.close()
    db = open_database(db_path, read_only=True)
    window = MainWindow(db, library, "sv", read_only=True)
    qtbot.addWidget(window)
    window.show()
    assert window.windowTitle().endswith("Skrivskyddad") and not window.new_action.isEnabled()
    assert window.open_review(review.id)
    assert not window.note_action.isEnabled() and not window.reopen_action.isEnabled()
    assert not any(a.isEnabled() for a in window.score_actions)
    assert window.view.banner.isVisible() and "skrivskyddad" in window.view.banner_text.text()
    window.view.criterion.anchors.setFocus()
    press(qtbot, window, Qt.Key.Key_4)
    assert window.session.score(scale.items[0].id) is None
    window.close()
    db.close()
    again = open_database(db_path)
    assert repository.ratings(again, review.id) == [] and repository.notes(again, review.id) == []
    again.close()
