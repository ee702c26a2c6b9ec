"""One open review: what the window shows and writes; every write is one repository call."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QCoreApplication, QDateTime, QObject, Signal

from ..domain.agreement import Agreement, agreement
from ..domain.review import EvidenceNote, Rating, Review, result_scores
from ..domain.scale_library import ScaleLibrary
from ..domain.scoring import ScoreSummary, summarize
from ..storage import repository
from ..storage.database import StorageError
from . import settings

SOURCES = ("INT", "DOC", "OBS", "MIS", "ISP")
UNSORTED = "unsorted"  # page key of the unsorted notes (osorterat)
CONSENSUS = "consensus"  # page key of the consensus view; also the remembered consensus mode
CURRENT = object()  # "whoever is scoring now" (the session's rater_id)


def source_label(code: str) -> str:
    """The data source code with its explanation, e.g. 'INT – Intervju'."""
    names = {
        "INT": QCoreApplication.translate("Sources", "Interview"),
        "DOC": QCoreApplication.translate("Sources", "Documents/records"),
        "OBS": QCoreApplication.translate("Sources", "Observation"),
        "MIS": QCoreApplication.translate("Sources", "Statistics/management information"),
        "ISP": QCoreApplication.translate("Sources", "Individual plans"),
    }
    return f"{code} – {names[code]}" if code in names else code


class ReviewSession(QObject):
    """The review being worked on, with caches so that a keystroke never waits for a query."""

    saved = Signal()  # a write reached the database
    save_failed = Signal(str)  # a write did not; the message says why
    pending_changed = Signal(bool)  # typed text waits for its debounce
    scores_changed = Signal(str)  # item id
    notes_changed = Signal()
    state_changed = Signal()  # finished or reopened
    rater_changed = Signal()  # whose scores are entered changed (a reviewer or the consensus)

    def __init__(self, db, library: ScaleLibrary, review: Review, lang: str = "sv", parent=None,
                 db_read_only: bool = False):
        super().__init__(parent)
        self.db, self.lang, self.review = db, lang, review
        self.db_read_only = db_read_only  # the whole database is open read-only
        self.scale = library.get(review.scale_id, review.scale_edition)
        self.unit = repository.get_unit(db, review.unit_id)
        self.reviewers = repository.reviewers(db, review.id)
        self._ratings = {(r.item_id, r.reviewer_id): r for r in repository.ratings(db, review.id)}
        self._notes = {n.id: n for n in repository.notes(db, review.id)}
        self._calc = {k: v.values for k, v in repository.calculator_inputs(db, review.id).items()}
        self._findings = repository.findings(db, review.id)
        self.previous = repository.previous_review(db, review)
        self.previous_scores = repository.scores(db, self.previous.id) if self.previous else {}
        self.previous_findings = repository.findings(db, self.previous.id) if self.previous else {}
        self.last_saved: QDateTime | None = None
        self.error = ""
        self._pending: set[str] = set()
        self._deleted: list[EvidenceNote] = []
        # New notes start with the source and informant used last (an interview goes on).
        self.note_defaults = {"source": "", "informant": ""}
        self._rater_id = self._remembered_rater()

    # --- reading ------------------------------------------------------------------------
    @property
    def rater_id(self) -> str | None:
        """Whose ratings the window reads and writes: a reviewer's own, or the consensus (None).
        A lone reviewer (self-assessment) always scores as themselves; their score is the result."""
        return self._rater_id

    @property
    def independent(self) -> bool:
        """Two or more reviewers: each scores on their own, then they agree on a consensus."""
        return len(self.reviewers) > 1

    def _remembered_rater(self) -> str | None:
        if not self.reviewers:
            return None
        if not self.independent:
            return self.reviewers[0].id
        remembered = settings.review_rater(self.review.id)
        if remembered == CONSENSUS:
            return None
        ids = [r.id for r in self.reviewers]
        return remembered if remembered in ids else ids[0]

    def set_rater(self, rater_id: str | None) -> None:
        """Score as this reviewer (or the consensus, None) from now on; remembered per review.
        Callers commit typed text first, so nothing typed for one lands with another."""
        if not self.independent or rater_id == self._rater_id:
            return
        if rater_id is not None and rater_id not in {r.id for r in self.reviewers}:
            raise ValueError(f"not a reviewer of this review: {rater_id}")
        self._rater_id = rater_id
        settings.set_review_rater(self.review.id, rater_id or CONSENSUS)
        self.rater_changed.emit()

    def rater_name(self, rater_id=CURRENT) -> str:
        """The reviewer's name, or '' for the consensus."""
        rater_id = self._rater_id if rater_id is CURRENT else rater_id
        return next((r.name for r in self.reviewers if r.id == rater_id), "")

    @property
    def read_only(self) -> bool:
        return self.review.finished or self.db_read_only

    @property
    def actor(self) -> str:
        """Who the audit log names: the reviewer scoring now, or all of them for the consensus."""
        return self.rater_name() or self.reviewer_names

    @property
    def reviewer_names(self) -> str:
        return ", ".join(r.name for r in self.reviewers)

    def text(self, texts: dict[str, str]) -> str:
        """A scale text in the window's language (or the first one the file has)."""
        return texts.get(self.lang) or next(iter(texts.values()), "")

    def item_code(self, item_id: str) -> str:
        item = self.scale.item(item_id)
        return f"{self.text(self.scale.section(item.section).title)} {item.number}"

    def rating(self, item_id: str, rater_id=CURRENT) -> Rating | None:
        return self._ratings.get((item_id, self._rater_id if rater_id is CURRENT else rater_id))

    def score(self, item_id: str, rater_id=CURRENT) -> int | None:
        rating = self.rating(item_id, rater_id)
        return rating.score if rating else None

    def rationale(self, item_id: str, rater_id=CURRENT) -> str:
        rating = self.rating(item_id, rater_id)
        return rating.rationale if rating else ""

    def scores_of(self, rater_id=CURRENT) -> dict[str, int]:
        """One reviewer's own scores (or the recorded consensus, None), points per item id."""
        rater_id = self._rater_id if rater_id is CURRENT else rater_id
        return {item: r.score for (item, who), r in self._ratings.items()
                if who == rater_id and r.score is not None}

    def entered_summary(self) -> ScoreSummary:
        """Progress and total of what is being entered now (a reviewer's own, or the consensus)."""
        return summarize(self.scale, self.scores_of())

    def agreement(self) -> Agreement | None:
        """Agreement of the first two reviewers' own scores; None with fewer than two reviewers."""
        if not self.independent:
            return None
        first, second = self.reviewers[:2]
        return agreement(self.scores_of(first.id), self.scores_of(second.id),
                         self.scale.min_score, self.scale.max_score)

    def recommendation(self, item_id: str) -> str:
        finding = self._findings.get(item_id)
        return finding.recommendation if finding else ""

    def result_scores(self) -> dict[str, int]:
        return result_scores(self._ratings.values(), len(self.reviewers))

    def summary(self) -> ScoreSummary:
        return summarize(self.scale, self.result_scores())

    def _shown(self, note: EvidenceNote) -> bool:
        # A reviewer sees their own notes and shared ones, never another reviewer's;
        # the consensus sees all the evidence.
        return self._rater_id is None or note.reviewer_id in (None, self._rater_id)

    def notes_for(self, item_id: str | None) -> list[EvidenceNote]:
        found = [n for n in self._notes.values() if n.item_id == item_id and self._shown(n)]
        return sorted(found, key=lambda n: (n.created_at, n.id))

    def note(self, note_id: str) -> EvidenceNote | None:
        return self._notes.get(note_id)

    def note_count(self, item_id: str | None) -> int:
        return sum(1 for n in self._notes.values() if n.item_id == item_id and self._shown(n))

    def differs(self, item_id: str) -> bool:
        """True when both the previous measurement and the score shown now scored the item, differently."""
        before, now = self.previous_scores.get(item_id), self.score(item_id)
        return before is not None and now is not None and before != now

    def calculator_values(self, item_id: str) -> dict:
        return dict(self._calc.get(item_id, {}))

    # --- writing ------------------------------------------------------------------------
    def _write(self, action, *args, **kwargs):
        if self.db_read_only:  # nothing is written, whatever asks
            self.error = QCoreApplication.translate("Session", "The database is open read-only.")
            self.save_failed.emit(self.error)
            return None
        try:
            result = action(self.db, *args, **kwargs)
        except (StorageError, sqlite3.Error, ValueError, OSError) as exc:
            self.error = str(exc)
            self.save_failed.emit(self.error)
            return None
        self.error = ""
        self.last_saved = QDateTime.currentDateTime()
        self.saved.emit()
        return result

    def _keep(self, rating: Rating | None) -> bool:
        if rating is None:
            return False
        self._ratings[(rating.item_id, rating.reviewer_id)] = rating
        return True

    def set_score(self, item_id: str, score: int | None, rater_id=CURRENT) -> bool:
        """Commit a score (points) at once for the one scoring now (or `rater_id`); None clears it."""
        rater_id = self._rater_id if rater_id is CURRENT else rater_id
        if score == self.score(item_id, rater_id) and self.rating(item_id, rater_id) is not None:
            return True
        kept = self._rate(item_id, rater_id, score=score)
        if kept:
            self.scores_changed.emit(item_id)
        return kept

    def set_rationale(self, item_id: str, text: str, rater_id=CURRENT) -> bool:
        """Commit the rationale of the one scoring now (or of `rater_id`; None: the consensus reason)."""
        rater_id = self._rater_id if rater_id is CURRENT else rater_id
        return self._rate(item_id, rater_id, rationale=text)

    def _rate(self, item_id: str, rater_id: str | None, **fields) -> bool:
        """One rating write (score and/or rationale) in the name of whoever it belongs to."""
        actor = self.rater_name(rater_id) or self.reviewer_names
        return self._keep(self._write(repository.set_rating, self.scale, self.review.id, item_id,
                                      reviewer_id=rater_id, actor=actor, **fields))

    def set_recommendation(self, item_id: str, text: str) -> bool:
        finding = self._write(repository.set_finding, self.review.id, item_id, recommendation=text)
        if finding is not None:
            self._findings[item_id] = finding
        return finding is not None

    def add_note(
        self, item_id: str | None, text: str = "", source: str = "", informant: str = ""
    ) -> EvidenceNote | None:
        note = self._write(
            repository.add_note,
            self.review.id,
            text,
            item_id=item_id,
            reviewer_id=self.rater_id,
            source=source,
            informant=informant,
        )
        if note is not None:
            self._notes[note.id] = note
            self.notes_changed.emit()
        return note

    def update_note(self, note_id: str, **changes) -> bool:
        note = self._notes.get(note_id)
        if note is None:
            return False
        if all(getattr(note, key) == value for key, value in changes.items()):
            return True
        updated = self._write(repository.update_note, note_id, **changes)
        if updated is None:
            return False
        self._notes[note_id] = updated
        if "item_id" in changes or "source" in changes or "informant" in changes:
            self.notes_changed.emit()
        return True

    def delete_note(self, note_id: str) -> bool:
        """Delete a note; undo_delete() brings it back."""
        removed = self._write(repository.delete_note, note_id)
        if removed is None:
            return False
        self._notes.pop(note_id, None)
        self._deleted.append(removed)
        self.notes_changed.emit()
        return True

    def can_undo_delete(self) -> bool:
        return bool(self._deleted) and not self.read_only

    def undo_delete(self) -> EvidenceNote | None:
        if not self._deleted:
            return None
        note = self._write(repository.restore_note, self._deleted[-1])
        if note is not None:
            self._deleted.pop()
            self._notes[note.id] = note
            self.notes_changed.emit()
        return note

    def set_calculator_values(self, item_id: str, values: dict) -> bool:
        if self._calc.get(item_id) == values:
            return True
        kept = self._write(repository.set_calculator_input, self.review.id, item_id, values)
        if kept is not None:
            self._calc[item_id] = dict(values)
        return kept is not None

    def finish(self) -> bool:
        """Make the review read-only; the caller has checked that every item is scored."""
        review = self._write(repository.finish_review, self.scale, self.review.id, self.actor)
        if review is not None:
            self.review = review
            self.state_changed.emit()
        return review is not None

    def reopen(self) -> bool:
        """Make a finished review editable again (logged in the audit log)."""
        review = self._write(repository.reopen_review, self.review.id, self.actor)
        if review is not None:
            self.review = review
            self._deleted.clear()
            self.state_changed.emit()
        return review is not None

    # --- typed text waiting for its debounce -----------------------------------------------
    def mark_pending(self, key: str) -> None:
        if key not in self._pending:
            self._pending.add(key)
            self.pending_changed.emit(True)

    def clear_pending(self, key: str) -> None:
        if key in self._pending:
            self._pending.discard(key)
            self.pending_changed.emit(bool(self._pending))

    @property
    def has_pending(self) -> bool:
        return bool(self._pending)
