"""The home page lists units and reviews; reopening resumes where the assessor left off."""

from __future__ import annotations

from PySide6.QtCore import Qt

from fidelity_app.storage import repository
from fidelity_app.storage.database import open_database
from fidelity_app.storage.demo import load_demo
from fidelity_app.ui import settings
from fidelity_app.ui.models.reviews_model import BAND, TOTAL

from .conftest import close_window, make_review, press, type_text

ALT = Qt.KeyboardModifier.AltModifier


def test_home_lists_units_with_totals_and_bands_and_searches(qtbot, open_window, db_path, scale):
    """Each review shows its total of 125 and band; typing in the search keeps matching units only."""
    db = open_database(db_path)
    load_demo(db, scale)
    db.close()
    window = open_window()
    home = window.home
    proxy = home.proxy
    units = [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
    assert "IPS Älvstaden" in units and len(units) >= 3
    alv = proxy.index(units.index("IPS Älvstaden"), 0)
    first = proxy.index(0, TOTAL, alv)
    assert first.data().endswith("/125")
    assert proxy.index(0, BAND, alv).data().startswith("Stämmer")
    press(qtbot, window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, window, "älvstad")
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["IPS Älvstaden"]
    press(qtbot, window, Qt.Key.Key_Return)  # to the first review of the match
    press(qtbot, window, Qt.Key.Key_Return)  # opens it
    assert window.session is not None and window.session.unit.name == "IPS Älvstaden"


def test_reopening_a_review_resumes_at_the_same_criterion(qtbot, open_window, db_path, scale):
    """Leave a review on criterion 7, go home, open it again (and after a restart): criterion 7."""
    db = open_database(db_path)
    review = make_review(db, scale)
    db.close()
    window = open_window()
    home = window.home
    home.tree.setFocus()
    home.tree.setCurrentIndex(home.proxy.mapFromSource(home.model.review_index(review.id)))
    press(qtbot, window, Qt.Key.Key_Return)
    assert window.view.page == scale.items[0].id
    for _ in range(6):
        press(qtbot, window, Qt.Key.Key_Down, ALT)
    assert window.view.page == scale.items[6].id
    press(qtbot, window, Qt.Key.Key_Home, ALT)
    assert window.stack.currentWidget() is home and window.session is None
    assert home.tree.currentIndex().data(Qt.ItemDataRole.UserRole + 1) == review.id
    press(qtbot, window, Qt.Key.Key_Return)
    assert window.view.page == scale.items[6].id
    close_window(window)
    again = open_window()  # the last open review comes back by itself
    assert again.session.review.id == review.id and again.view.page == scale.items[6].id


def test_window_geometry_is_remembered(qtbot, open_window):
    """The window opens at the size it had when it was closed."""
    window = open_window()
    window.resize(1000, 650)
    close_window(window)
    assert settings.settings().value("window/geometry") is not None
    again = open_window(laptop_size=False)
    # Qt fits a restored window onto the screen; the offscreen test screen is narrow.
    assert again.height() == 650 and again.width() <= 1000


def test_new_review_for_an_existing_unit(qtbot, open_window, db_path, scale):
    """'Ny mätning' can pick an existing unit; the new review then shows the previous one beside it."""
    db = open_database(db_path)
    old = make_review(db, scale, reviewers=("Sara Öberg",))
    lead = repository.reviewers(db, old.id)[0].id
    for item in scale.items:  # only a finished measurement is a baseline for the next one
        score = 2 if item is scale.items[0] else 4
        repository.set_rating(db, scale, old.id, item.id, reviewer_id=lead, score=score)
    repository.set_finding(db, old.id, scale.items[0].id, recommendation="Minska antalet deltagare")
    repository.finish_review(db, scale, old.id)
    db.close()
    window = open_window()
    window.new_review()
    dialog = window.dialog
    dialog.unit.setCurrentIndex(1)
    assert not dialog.unit_name.isEnabled() and dialog.organisation.text() == "Region Test"
    dialog.reviewer1.setText("Sara Öberg")
    dialog.start.setDate(dialog.start.date().fromString("2026-10-05", "yyyy-MM-dd"))
    with qtbot.waitSignal(dialog.accepted):
        dialog.create_button.click()
    page = window.view.criterion
    assert window.session.review.id != old.id
    assert page.previous.isVisibleTo(window)
    assert page.previous_score.text() == "Poäng: 2"
    assert "Minska antalet deltagare" in page.previous_recommendation.text()


def test_dialog_refuses_a_review_without_reviewers(qtbot, open_window):
    """The dialog says what is missing instead of creating a review without a reviewer."""
    window = open_window()
    window.new_review()
    dialog = window.dialog
    dialog.unit_name.setText("IPS Ny")
    dialog.create_button.click()
    assert dialog.isVisible() and dialog.error.text() == "Ange minst en bedömare."
    assert repository.list_units(window.db) == []
