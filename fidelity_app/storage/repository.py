"""Reading and writing units, reviews, ratings, notes and findings; each edit is one transaction."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict, fields
from typing import Any, TypeVar

import sqlite_utils

from ..domain.review import (
    CO_REVIEWER,
    DRAFT,
    FINISHED,
    LEAD,
    AuditEntry,
    CalculatorInput,
    EvidenceNote,
    ItemFinding,
    Rating,
    Review,
    Reviewer,
    Unit,
    new_id,
    now,
    result_scores,
)
from ..domain.scale import Scale
from ..domain.scoring import CLASSIFICATIONS, check_score, summarize
from .database import StorageError

T = TypeVar("T")
UNSET: Any = object()  # "leave this field as it is"

# Longest text kept in one field: far above any real note, far below what hurts SQLite.
MAX_TEXT = 1_000_000


class ReviewLockedError(StorageError):
    """The review is finished (read-only) until it is deliberately reopened."""


class IncompleteReviewError(StorageError):
    def __init__(self, missing: tuple[str, ...]):
        self.missing = missing
        super().__init__(f"{len(missing)} kriterier saknar poäng / criteria unscored: "
                         + ", ".join(missing))


class NotFoundError(StorageError):
    pass


def build_row(cls: type[T], row: dict) -> T:
    """A domain dataclass from a database row; columns it does not know are left out."""
    names = {f.name for f in fields(cls)}
    return cls(**{k: v for k, v in row.items() if k in names})


def _text(value: str, what: str) -> str:
    if not isinstance(value, str):
        raise ValueError(f"{what} must be text")
    if len(value) > MAX_TEXT:
        raise ValueError(f"{what} är för lång ({len(value)} tecken, högst {MAX_TEXT}) / too long")
    return value


def _one(db: sqlite_utils.Database, table: str, row_id: str, cls: type[T]) -> T:
    rows = list(db.query(f"SELECT * FROM [{table}] WHERE id = ?", [row_id]))
    if not rows:
        raise NotFoundError(f"{table} {row_id} finns inte / not found")
    return build_row(cls, rows[0])


# --- units --------------------------------------------------------------------------------
def create_unit(db: sqlite_utils.Database, name: str, organisation: str = "") -> Unit:
    name = _text(name, "Verksamhetens namn").strip()
    if not name:
        raise ValueError("Verksamheten behöver ett namn / The unit needs a name")
    stamp = now()
    unit = Unit(new_id(), name, _text(organisation, "Organisation").strip(), stamp, stamp)
    with db.atomic():
        db["units"].insert(asdict(unit))
    return unit


def update_unit(db: sqlite_utils.Database, unit_id: str, *, name=UNSET, organisation=UNSET) -> Unit:
    changes = {}
    if name is not UNSET:
        if not _text(name, "Namn").strip():
            raise ValueError("Verksamheten behöver ett namn / The unit needs a name")
        changes["name"] = name.strip()
    if organisation is not UNSET:
        changes["organisation"] = _text(organisation, "Organisation").strip()
    with db.atomic():
        get_unit(db, unit_id)
        db["units"].update(unit_id, {**changes, "updated_at": now()})
    return get_unit(db, unit_id)


def get_unit(db: sqlite_utils.Database, unit_id: str) -> Unit:
    return _one(db, "units", unit_id, Unit)


def list_units(db: sqlite_utils.Database) -> list[Unit]:
    return [build_row(Unit, r) for r in db.query("SELECT * FROM units ORDER BY name COLLATE NOCASE")]


# --- reviews ------------------------------------------------------------------------------
def create_review(
    db: sqlite_utils.Database,
    unit_id: str,
    scale: Scale,
    visit_start: str,
    visit_end: str = "",
    reviewer_names: Iterable[str] = (),
) -> Review:
    """A new draft review of `unit_id` with the given scale edition and reviewers."""
    names = [_text(n, "Bedömare").strip() for n in reviewer_names if n and n.strip()]
    if len(set(names)) != len(names):
        raise ValueError("Två bedömare har samma namn / Two reviewers have the same name")
    stamp = now()
    review = Review(new_id(), unit_id, scale.id, scale.edition, visit_start,
                    visit_end or visit_start, DRAFT, None, None, stamp, stamp)
    with db.atomic():
        get_unit(db, unit_id)
        db["reviews"].insert(asdict(review))
        for position, name in enumerate(names):
            role = LEAD if position == 0 else CO_REVIEWER
            db["reviewers"].insert(asdict(Reviewer(new_id(), review.id, name, role, position)))
    return review


def update_review(db: sqlite_utils.Database, review_id: str, **changes: Any) -> Review:
    """Change the visit dates or the strength/development thresholds of a draft review."""
    allowed = {"visit_start", "visit_end", "strength_min", "development_max"}
    unknown = set(changes) - allowed
    if unknown:
        raise ValueError(f"cannot change {', '.join(sorted(unknown))}")
    with db.atomic():
        _editable(db, review_id)
        db["reviews"].update(review_id, {**changes, "updated_at": now()})
    return get_review(db, review_id)


def get_review(db: sqlite_utils.Database, review_id: str) -> Review:
    return _one(db, "reviews", review_id, Review)


def find_review(db: sqlite_utils.Database, prefix: str) -> Review:
    """A review by its id or an unambiguous start of it (as printed by `list`)."""
    rows = list(db.query("SELECT * FROM reviews WHERE id LIKE ? || '%'", [prefix.strip()]))
    if len(rows) != 1 or not prefix.strip():
        found = "ingen" if not rows else f"{len(rows)} mätningar"
        raise NotFoundError(f"Mätningen '{prefix}' hittades inte ({found}) / review not found")
    return build_row(Review, rows[0])


def list_reviews(db: sqlite_utils.Database, unit_id: str | None = None) -> list[Review]:
    """Reviews ordered by unit and date of visit."""
    if unit_id is None:
        rows = db.query("SELECT * FROM reviews ORDER BY unit_id, visit_start, created_at")
    else:
        rows = db.query("SELECT * FROM reviews WHERE unit_id = ? ORDER BY visit_start, created_at",
                        [unit_id])
    return [build_row(Review, r) for r in rows]


def previous_review(db: sqlite_utils.Database, review: Review) -> Review | None:
    """The unit's latest finished measurement with the same scale before this one, if any.
    Drafts are left out: an abandoned or half-done visit is no baseline to compare with."""
    rows = list(db.query(
        """SELECT * FROM reviews WHERE unit_id = ? AND id != ? AND status = 'finished'
           AND scale_id = ? AND (visit_start < ? OR (visit_start = ? AND created_at < ?))
           ORDER BY visit_start DESC, created_at DESC LIMIT 1""",
        [review.unit_id, review.id, review.scale_id, review.visit_start, review.visit_start,
         review.created_at]))
    return build_row(Review, rows[0]) if rows else None


def reviewers(db: sqlite_utils.Database, review_id: str) -> list[Reviewer]:
    rows = db.query("SELECT * FROM reviewers WHERE review_id = ? ORDER BY position", [review_id])
    return [build_row(Reviewer, r) for r in rows]


def _editable(db: sqlite_utils.Database, review_id: str) -> Review:
    review = get_review(db, review_id)
    if review.finished:
        raise ReviewLockedError("Mätningen är slutförd och kan inte ändras / The review is finished")
    return review


def _touch(db: sqlite_utils.Database, review_id: str, stamp: str) -> None:
    db.execute("UPDATE reviews SET updated_at = ? WHERE id = ?", [stamp, review_id])


def _audit(db, review_id, action, actor="", item_id=None, old=None, new=None, at=None) -> None:
    entry = AuditEntry(new_id(), review_id, at or now(), action, actor, item_id,
                       None if old is None else str(old), None if new is None else str(new))
    db["audit_log"].insert(asdict(entry))


# --- ratings ------------------------------------------------------------------------------
def ratings(db: sqlite_utils.Database, review_id: str) -> list[Rating]:
    rows = db.query("SELECT * FROM ratings WHERE review_id = ?", [review_id])
    return [build_row(Rating, r) for r in rows]


def set_rating(
    db: sqlite_utils.Database,
    scale: Scale,
    review_id: str,
    item_id: str,
    *,
    reviewer_id: str | None = None,
    score: int | None = UNSET,
    rationale: str = UNSET,
    actor: str = "",
) -> Rating:
    """Record a reviewer's (or, with reviewer_id None, the consensus) score and/or rationale.
    A changed score is written to the audit log in the same transaction."""
    if score is not UNSET:
        check_score(scale, item_id, score)
    else:
        scale.item(item_id)
    if rationale is not UNSET:
        _text(rationale, "Motivering")
    stamp = now()
    with db.atomic():
        _editable(db, review_id)
        if reviewer_id is not None and reviewer_id not in {r.id for r in reviewers(db, review_id)}:
            raise NotFoundError(f"bedömare {reviewer_id} hör inte till mätningen / not a reviewer")
        rows = list(db.query(
            "SELECT * FROM ratings WHERE review_id = ? AND item_id = ? AND reviewer_id IS ?",
            [review_id, item_id, reviewer_id]))
        old = build_row(Rating, rows[0]) if rows else None
        rating = Rating(
            old.id if old else new_id(), review_id, item_id, reviewer_id,
            (old.score if old else None) if score is UNSET else score,
            (old.rationale if old else "") if rationale is UNSET else rationale, stamp)
        db["ratings"].upsert(asdict(rating), pk="id")
        if score is not UNSET and (old.score if old else None) != score:
            action = "consensus" if reviewer_id is None else "score"
            _audit(db, review_id, action, actor, item_id, old.score if old else None, score, stamp)
        _touch(db, review_id, stamp)
    return rating


def scores(db: sqlite_utils.Database, review_id: str) -> dict[str, int]:
    """The scores that count for the review (consensus, or a single reviewer's own)."""
    return result_scores(ratings(db, review_id), len(reviewers(db, review_id)))


# --- evidence notes -----------------------------------------------------------------------
def add_note(db: sqlite_utils.Database, review_id: str, text: str, *, item_id: str | None = None,
             reviewer_id: str | None = None, source: str = "", informant: str = "") -> EvidenceNote:
    stamp = now()
    note = EvidenceNote(new_id(), review_id, _text(text, "Anteckning"), item_id, reviewer_id,
                        _text(source, "Källa").strip(), _text(informant, "Uppgiftslämnare"), stamp, stamp)
    with db.atomic():
        _editable(db, review_id)
        db["evidence_notes"].insert(asdict(note))
        _touch(db, review_id, stamp)
    return note


def update_note(db: sqlite_utils.Database, note_id: str, **changes: Any) -> EvidenceNote:
    """Change a note's text, source, informant or criterion (item_id None = unsorted)."""
    allowed = {"text", "source", "informant", "item_id"}
    if set(changes) - allowed:
        raise ValueError(f"cannot change {', '.join(sorted(set(changes) - allowed))}")
    for key in ("text", "source", "informant"):
        if key in changes:
            _text(changes[key], key)
    stamp = now()
    with db.atomic():
        note = _one(db, "evidence_notes", note_id, EvidenceNote)
        _editable(db, note.review_id)
        db["evidence_notes"].update(note_id, {**changes, "updated_at": stamp})
        _touch(db, note.review_id, stamp)
    return _one(db, "evidence_notes", note_id, EvidenceNote)


def delete_note(db: sqlite_utils.Database, note_id: str) -> EvidenceNote:
    """Delete a note and return it, so that the caller can offer undo (restore_note)."""
    with db.atomic():
        note = _one(db, "evidence_notes", note_id, EvidenceNote)
        _editable(db, note.review_id)
        db["evidence_notes"].delete(note_id)
        _touch(db, note.review_id, now())
    return note


def restore_note(db: sqlite_utils.Database, note: EvidenceNote) -> EvidenceNote:
    """Put a deleted note back exactly as it was (undo)."""
    with db.atomic():
        _editable(db, note.review_id)
        db["evidence_notes"].insert(asdict(note))
        _touch(db, note.review_id, now())
    return note


def notes(db: sqlite_utils.Database, review_id: str) -> list[EvidenceNote]:
    rows = db.query("SELECT * FROM evidence_notes WHERE review_id = ? ORDER BY created_at, rowid",
                    [review_id])
    return [build_row(EvidenceNote, r) for r in rows]


# --- findings and calculator inputs --------------------------------------------------------
def set_finding(db: sqlite_utils.Database, review_id: str, item_id: str, *,
                classification=UNSET, justification=UNSET, recommendation=UNSET) -> ItemFinding:
    """Record why an item is a strength, what is recommended, or override its classification."""
    if classification is not UNSET and classification not in (None, *CLASSIFICATIONS):
        raise ValueError(f"unknown classification {classification!r}")
    for value, what in ((justification, "Motivering"), (recommendation, "Rekommendation")):
        if value is not UNSET:
            _text(value, what)
    stamp = now()
    with db.atomic():
        _editable(db, review_id)
        rows = list(db.query("SELECT * FROM findings WHERE review_id = ? AND item_id = ?",
                             [review_id, item_id]))
        old = build_row(ItemFinding, rows[0]) if rows else ItemFinding(new_id(), review_id, item_id)
        finding = ItemFinding(
            old.id, review_id, item_id,
            old.classification if classification is UNSET else classification,
            old.justification if justification is UNSET else justification,
            old.recommendation if recommendation is UNSET else recommendation, stamp)
        db["findings"].upsert(asdict(finding), pk="id")
        _touch(db, review_id, stamp)
    return finding


def findings(db: sqlite_utils.Database, review_id: str) -> dict[str, ItemFinding]:
    rows = db.query("SELECT * FROM findings WHERE review_id = ?", [review_id])
    return {r["item_id"]: build_row(ItemFinding, r) for r in rows}


def set_calculator_input(db: sqlite_utils.Database, review_id: str, item_id: str,
                         values: dict) -> CalculatorInput:
    """Keep the tallies typed into an item's calculator (not a score: that is confirmed apart)."""
    encoded = json.dumps(values, ensure_ascii=False, sort_keys=True)
    _text(encoded, "Beräkningsunderlag")
    stamp = now()
    with db.atomic():
        _editable(db, review_id)
        rows = list(db.query("SELECT id FROM calculator_inputs WHERE review_id = ? AND item_id = ?",
                             [review_id, item_id]))
        row_id = rows[0]["id"] if rows else new_id()
        db["calculator_inputs"].upsert(
            {"id": row_id, "review_id": review_id, "item_id": item_id, "tallies": encoded,
             "updated_at": stamp}, pk="id")
        _touch(db, review_id, stamp)
    return CalculatorInput(row_id, review_id, item_id, values, stamp)


def calculator_inputs(db: sqlite_utils.Database, review_id: str) -> dict[str, CalculatorInput]:
    rows = db.query("SELECT * FROM calculator_inputs WHERE review_id = ?", [review_id])
    return {r["item_id"]: CalculatorInput(r["id"], r["review_id"], r["item_id"],
                                          json.loads(r["tallies"]), r["updated_at"]) for r in rows}


# --- finishing, reopening, audit ----------------------------------------------------------
def finish_review(db: sqlite_utils.Database, scale: Scale, review_id: str, actor: str = "") -> Review:
    """Mark a complete review finished (read-only); IncompleteReviewError lists what is missing."""
    with db.atomic():
        _editable(db, review_id)
        summary = summarize(scale, scores(db, review_id))
        if not summary.complete:
            raise IncompleteReviewError(summary.missing)
        stamp = now()
        db["reviews"].update(review_id, {"status": FINISHED, "updated_at": stamp})
        _audit(db, review_id, "finish", actor, old=DRAFT, new=FINISHED, at=stamp)
    return get_review(db, review_id)


def reopen_review(db: sqlite_utils.Database, review_id: str, actor: str = "") -> Review:
    """Make a finished review editable again; the reopening is logged."""
    with db.atomic():
        review = get_review(db, review_id)
        if not review.finished:
            return review
        stamp = now()
        db["reviews"].update(review_id, {"status": DRAFT, "updated_at": stamp})
        _audit(db, review_id, "reopen", actor, old=FINISHED, new=DRAFT, at=stamp)
    return get_review(db, review_id)


def audit_entries(db: sqlite_utils.Database, review_id: str,
                  item_id: str | None = None) -> list[AuditEntry]:
    if item_id is None:
        rows = db.query("SELECT * FROM audit_log WHERE review_id = ? ORDER BY at, rowid", [review_id])
    else:
        rows = db.query("SELECT * FROM audit_log WHERE review_id = ? AND item_id = ? ORDER BY at, rowid",
                        [review_id, item_id])
    return [build_row(AuditEntry, r) for r in rows]
