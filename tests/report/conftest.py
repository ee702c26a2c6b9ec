"""Reviews built through the repository for the report tests, and a PDF text reader."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader

from fidelity_app.storage import repository as repo

# Current review: points per item in scale order (Personal 3, Organisation 8, Tjänster 14).
CURRENT = [5, 4, 5,  3, 5, 2, 4, 5, 5, 4, 3,  1, 5, 4, 5, 4, 2, 3, 4, 4, 5, 4, 5, 4, 3]
PREVIOUS = [3, 4, 4,  3, 3, 2, 4, 4, 4, 4, 3,  2, 4, 4, 4, 4, 3, 3, 4, 4, 5, 4, 4, 4, 3]

JUSTIFICATION = "Coacherna träffar deltagarna ute på arbetsplatserna; väl förankrat hos ledningen."
RECOMMENDATION = "Boka återkommande möten med Försäkringskassan och följ upp dem på styrgruppen."


@dataclass
class Built:
    unit_name: str
    review_id: str
    previous_id: str | None


def add_review(db, scale, unit_id, visit, points, *, finish=True, names=("Åsa Ek", "Jörgen Ström")):
    """A review whose consensus scores are `points` (None = unscored), finished if asked."""
    review = repo.create_review(db, unit_id, scale, visit, visit, names)
    for item, score in zip(scale.items, points, strict=True):
        if score is not None:
            repo.set_rating(db, scale, review.id, item.id, score=score)
    if finish:
        repo.finish_review(db, scale, review.id)
    return review


def with_findings(db, scale, review_id, points):
    """Texts for strengths (not for the first one) and development areas, as assessors write them."""
    strengths = [item for item, p in zip(scale.items, points, strict=True) if p is not None and p >= 5]
    for item in strengths[1:]:
        repo.set_finding(db, review_id, item.id, justification=f"{JUSTIFICATION} ({item.id})")
    for item, p in zip(scale.items, points, strict=True):
        if p is not None and p <= 3:
            repo.set_finding(db, review_id, item.id, recommendation=f"{RECOMMENDATION} ({item.id})")


@pytest.fixture
def finished(db, scale) -> Built:
    """A finished review of a unit measured once before (all 25 criteria scored both times)."""
    unit = repo.create_unit(db, "Arbetsstödet Åre–Östersund", "Region Jämtland Härjedalen")
    before = add_review(db, scale, unit.id, "2025-03-04", PREVIOUS)
    review = repo.create_review(db, unit.id, scale, "2026-03-10", "2026-03-11", ("Åsa Ek", "Jörgen Ström"))
    for item, score in zip(scale.items, CURRENT, strict=True):
        repo.set_rating(db, scale, review.id, item.id, score=score)
    with_findings(db, scale, review.id, CURRENT)
    repo.add_note(db, review.id, "Deltagare N.N. berättade om sitt nya arbete.", item_id=scale.items[0].id,
                  source="INT", informant="Deltagare")
    repo.finish_review(db, scale, review.id)
    return Built(unit.name, review.id, before.id)


@pytest.fixture
def incomplete(db, scale) -> Built:
    """A draft review with the last seven criteria unscored, of a unit never measured before."""
    unit = repo.create_unit(db, "Jobbhjälpen Väst")
    points = CURRENT[:18] + [None] * 7
    review = add_review(db, scale, unit.id, "2026-05-02", points, finish=False)
    with_findings(db, scale, review.id, points)
    return Built(unit.name, review.id, None)


def pdf_pages(path: Path) -> list[str]:
    """The text of each page, as a reader's copy-and-paste would give it."""
    return [page.extract_text() or "" for page in PdfReader(path).pages]


def flat(value: str) -> str:
    """Whitespace collapsed, so that a wrapped line compares equal to the unwrapped text."""
    return re.sub(r"\s+", " ", value).strip()
