"""Everything a review report shows, gathered from storage and domain into plain data."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import sqlite_utils

from ..domain.agreement import Agreement, agreement
from ..domain.review import EvidenceNote, Review, Reviewer, Unit
from ..domain.scale import Item, Scale
from ..domain.scale_library import ScaleLibrary, UnknownScaleError
from ..domain.scoring import DEVELOPMENT, STRENGTH, ScoreSummary, classify, summarize
from ..storage import repository
from .texts import check_lang


@dataclass(frozen=True)
class ItemRow:
    """One criterion in the score table: points now, at the previous review, and the change."""

    item: Item
    score: int | None
    previous: int | None
    kind: str  # strength / development / neither, as the report lists it

    @property
    def change(self) -> int | None:
        """Points gained (+) or lost (−) since the previous review; None when not comparable."""
        if self.score is None or self.previous is None:
            return None
        return self.score - self.previous


@dataclass(frozen=True)
class FindingEntry:
    """A strength or development area with the assessors' text for it."""

    item: Item
    score: int | None
    justification: str
    recommendation: str


@dataclass(frozen=True)
class PreviousReview:
    review: Review
    summary: ScoreSummary | None  # None when its scale edition is no longer installed


@dataclass(frozen=True)
class ReportData:
    lang: str
    scale: Scale
    unit: Unit
    review: Review
    reviewers: tuple[Reviewer, ...]
    summary: ScoreSummary
    rows: tuple[ItemRow, ...]
    strengths: tuple[FindingEntry, ...]
    development_areas: tuple[FindingEntry, ...]
    previous: PreviousReview | None
    notes: tuple[EvidenceNote, ...]
    created: date
    agreement: Agreement | None = None  # the first two reviewers' own scores, when both scored

    @property
    def reviewer_names(self) -> str:
        return ", ".join(r.name for r in self.reviewers)

    @property
    def draft(self) -> bool:
        """An unfinished review: every page says so."""
        return not self.review.finished

    @property
    def strength_min(self) -> int:
        """Points at or above which an item counts as a strength in this review."""
        return self.scale.strength_min if self.review.strength_min is None else self.review.strength_min

    @property
    def development_max(self) -> int:
        """Points at or below which an item counts as a development area in this review."""
        if self.review.development_max is None:
            return self.scale.development_max
        return self.review.development_max


def gather_report_data(db: sqlite_utils.Database, library: ScaleLibrary, review_id: str,
                       lang: str = "sv", *, today: date | None = None) -> ReportData:
    """Collect the review, its unit, scores (points), findings, notes and the previous review.
    Raises NotFoundError for an unknown review, UnknownScaleError if its scale is not installed."""
    check_lang(lang)
    review = repository.get_review(db, review_id)
    scale = library.get(review.scale_id, review.scale_edition)
    unit = repository.get_unit(db, review.unit_id)
    scores = repository.scores(db, review.id)
    summary = summarize(scale, scores)
    item_findings = repository.findings(db, review.id)
    overrides = {item_id: f.classification for item_id, f in item_findings.items()
                 if f.classification is not None}
    found = classify(scale, scores, review.strength_min, review.development_max, overrides)
    previous = _previous(db, library, review)
    previous_scores = repository.scores(db, previous.review.id) if previous else {}

    def kind(item_id: str) -> str:
        if item_id in found.strengths:
            return STRENGTH
        return DEVELOPMENT if item_id in found.development_areas else "neither"

    def entry(item_id: str) -> FindingEntry:
        finding = item_findings.get(item_id)
        return FindingEntry(scale.item(item_id), scores.get(item_id),
                            finding.justification.strip() if finding else "",
                            finding.recommendation.strip() if finding else "")

    rows = tuple(ItemRow(item, scores.get(item.id), previous_scores.get(item.id), kind(item.id))
                 for item in scale.items)
    reviewers = repository.reviewers(db, review.id)
    return ReportData(
        lang=lang, scale=scale, unit=unit, review=review,
        reviewers=tuple(reviewers),
        summary=summary, rows=rows,
        strengths=tuple(entry(i) for i in found.strengths),
        development_areas=tuple(entry(i) for i in found.development_areas),
        previous=previous, notes=tuple(repository.notes(db, review.id)),
        created=today or date.today(), agreement=_agreement(db, scale, review.id, reviewers))


def _agreement(db, scale: Scale, review_id: str, reviewers: list[Reviewer]) -> Agreement | None:
    """How well the first two reviewers' independent scores agreed (None: fewer than two, or no pairs)."""
    if len(reviewers) < 2:
        return None
    own = {r.id: {} for r in reviewers[:2]}
    for rating in repository.ratings(db, review_id):
        if rating.reviewer_id in own and rating.score is not None:
            own[rating.reviewer_id][rating.item_id] = rating.score
    found = agreement(*own.values(), scale.min_score, scale.max_score)
    return found if found.pairs else None


def _previous(db: sqlite_utils.Database, library: ScaleLibrary,
              review: Review) -> PreviousReview | None:
    # Scores only compare within one scale; another edition of it shares the item ids.
    earlier = repository.previous_review(db, review)
    if earlier is None or earlier.scale_id != review.scale_id:
        return None
    try:
        earlier_scale = library.get(earlier.scale_id, earlier.scale_edition)
    except UnknownScaleError:
        return PreviousReview(earlier, None)
    known = {item.id for item in earlier_scale.items}
    earlier_scores = {k: v for k, v in repository.scores(db, earlier.id).items() if k in known}
    return PreviousReview(earlier, summarize(earlier_scale, earlier_scores))
