"""Units, reviews and what is recorded in them: ratings, evidence notes, findings, audit."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime

DRAFT, FINISHED = "draft", "finished"
STATUSES = (DRAFT, FINISHED)
LEAD, CO_REVIEWER = "lead", "co"


def new_id() -> str:
    """A UUID for anything that may travel between laptops."""
    return str(uuid.uuid4())


def now() -> str:
    """UTC timestamp with milliseconds, sortable as text: 2026-11-22T05:10:38.123Z."""
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


@dataclass(frozen=True)
class Unit:
    """An IPS unit (verksamhet) that is measured over the years."""

    id: str
    name: str
    organisation: str = ""
    created_at: str = ""
    updated_at: str = ""


@dataclass(frozen=True)
class Reviewer:
    id: str
    review_id: str
    name: str
    role: str = LEAD
    position: int = 0


@dataclass(frozen=True)
class Review:
    """One fidelity measurement of a unit with one scale edition."""

    id: str
    unit_id: str
    scale_id: str
    scale_edition: str
    visit_start: str  # ISO date
    visit_end: str
    status: str = DRAFT
    strength_min: int | None = None  # None: the scale's default
    development_max: int | None = None
    created_at: str = ""
    updated_at: str = ""

    @property
    def finished(self) -> bool:
        return self.status == FINISHED


@dataclass(frozen=True)
class Rating:
    """A score for one item: by a reviewer, or the consensus (reviewer_id None)."""

    id: str
    review_id: str
    item_id: str
    reviewer_id: str | None
    score: int | None
    rationale: str = ""
    updated_at: str = ""

    @property
    def consensus(self) -> bool:
        return self.reviewer_id is None


@dataclass(frozen=True)
class EvidenceNote:
    """What was heard, read or seen; item_id None means not yet sorted (osorterat)."""

    id: str
    review_id: str
    text: str
    item_id: str | None = None
    reviewer_id: str | None = None
    source: str = ""  # INT, DOC, OBS, MIS, ISP or free text
    informant: str = ""  # who or what it came from
    created_at: str = ""
    updated_at: str = ""


@dataclass(frozen=True)
class ItemFinding:
    """Per-item report text: why it is a strength, what is recommended, and any override."""

    id: str
    review_id: str
    item_id: str
    classification: str | None = None  # strength / development / neither; None = by score
    justification: str = ""
    recommendation: str = ""
    updated_at: str = ""


@dataclass(frozen=True)
class CalculatorInput:
    """Tallies entered in an item's calculator, kept so the suggestion can be re-read."""

    id: str
    review_id: str
    item_id: str
    values: dict = field(default_factory=dict)
    updated_at: str = ""


@dataclass(frozen=True)
class AuditEntry:
    id: str
    review_id: str
    at: str
    action: str  # score, consensus, finish, reopen
    actor: str = ""
    item_id: str | None = None
    old_value: str | None = None
    new_value: str | None = None


def result_scores(ratings: Iterable[Rating], reviewer_count: int) -> dict[str, int]:
    """The scores that count (points per item): the consensus where recorded; with a single
    reviewer (self-assessment) that reviewer's own score fills the rest."""
    ratings = list(ratings)
    scores: dict[str, int] = {}
    if reviewer_count == 1:
        scores.update({r.item_id: r.score for r in ratings if not r.consensus and r.score is not None})
    scores.update({r.item_id: r.score for r in ratings if r.consensus and r.score is not None})
    return scores
