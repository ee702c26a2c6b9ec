"""The item models obey Qt's model rules (pytest-qt's qtmodeltester) on real demo data."""

from __future__ import annotations

from fidelity_app.domain.scale_library import ScaleLibrary
from fidelity_app.storage import repository
from fidelity_app.storage.demo import load_demo
from fidelity_app.ui.models.navigator_model import PAGE_ROLE, NavigatorModel
from fidelity_app.ui.models.notes_model import NotesModel
from fidelity_app.ui.models.reviews_model import ReviewsModel, load_overview
from fidelity_app.ui.session import UNSORTED, ReviewSession


def _draft_session(db, scale):
    load_demo(db, scale)
    draft = next(r for r in repository.list_reviews(db) if not r.finished)
    return ReviewSession(db, ScaleLibrary([scale]), draft, "sv")


def test_navigator_model(qtmodeltester, db, scale):
    """Sections with items, then 'Osorterat'; every item id appears once."""
    model = NavigatorModel(_draft_session(db, scale))
    qtmodeltester.check(model)
    pages = [
        model.index(r, 0, model.index(s, 0)).data(PAGE_ROLE)
        for s in range(len(scale.sections))
        for r in range(model.rowCount(model.index(s, 0)))
    ]
    assert pages == [item.id for item in scale.items]
    assert model.index(len(scale.sections), 0).data(PAGE_ROLE) == UNSORTED


def test_notes_model(qtmodeltester, db, scale):
    """Notes show source, informant and the start of the text."""
    session = _draft_session(db, scale)
    item_id = next(i.id for i in scale.items if session.note_count(i.id))
    model = NotesModel()
    model.set_notes(session.notes_for(item_id))
    qtmodeltester.check(model)
    assert model.rowCount() == session.note_count(item_id)


def test_reviews_model(qtmodeltester, db, scale):
    """Units with their reviews, and a total of 125 per review."""
    load_demo(db, scale)
    model = ReviewsModel()
    model.set_overview(load_overview(db, ScaleLibrary([scale]), "sv"))
    qtmodeltester.check(model)
    assert model.rowCount() == len(repository.list_units(db))
