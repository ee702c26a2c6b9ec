"""One criterion: title, definition, sources, anchor cards, calculator, rationale, notes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from .anchor_cards import AnchorCards
from .audit_dialog import AuditDialog
from .autosave import TextAutosave
from .calculator import CalculatorPanel
from .notes import NotesPanel
from .session import ReviewSession, source_label

NOTES_WIDTH = 370  # px: the notes column at 1366×768


class CriterionPage(QWidget):
    """Shows one item at a time; `show_item` flushes the previous item's text first."""

    def __init__(self, session: ReviewSession, parent=None):
        super().__init__(parent)
        self.session = session
        self.item_id: str | None = None
        scale = session.scale

        self.code = QLabel()
        self.code.setObjectName("itemCode")
        self.title = QLabel()
        self.title.setObjectName("itemTitle")
        self.title.setWordWrap(True)
        self.definition = QLabel()
        self.definition.setWordWrap(True)
        self.definition.setObjectName("definition")
        self.sources = QLabel()
        self.sources.setWordWrap(True)
        self.sources.setObjectName("hint")
        score_label = QLabel(self.tr("Score"))
        score_label.setObjectName("sectionTitle")
        self.whose = QLabel()  # with two reviewers: whose score and rationale are shown
        self.whose.setObjectName("whose")
        self.whose.setVisible(session.independent)
        self.classification = QLabel()
        self.classification.setObjectName("classification")
        self.anchors = AnchorCards(scale.min_score, scale.max_score)
        self.anchors.setToolTip(self.tr("Press 1–5 to score, 0 to clear; arrows and Space also work"))
        self.calculator = CalculatorPanel()
        self.rationale = QPlainTextEdit()
        self.rationale.setTabChangesFocus(True)
        self.rationale.setPlaceholderText(self.tr("Why this score: what the evidence shows…"))
        self.rationale.setAccessibleName(self.tr("Rationale"))
        self.rationale.setFixedHeight(84)
        rationale_label = QLabel(self.tr("&Rationale"))
        rationale_label.setObjectName("sectionTitle")
        rationale_label.setBuddy(self.rationale)
        self.recommendation = QPlainTextEdit()
        self.recommendation.setTabChangesFocus(True)
        self.recommendation.setPlaceholderText(self.tr("Recommendation to the unit for the report…"))
        self.recommendation.setAccessibleName(self.tr("Recommendation"))
        self.recommendation.setFixedHeight(64)
        recommendation_label = QLabel(self.tr("Recommendation"))
        recommendation_label.setObjectName("sectionTitle")
        recommendation_label.setBuddy(self.recommendation)

        content = QWidget()
        content.setObjectName("criterionContent")
        body = QVBoxLayout(content)
        body.setContentsMargins(20, 14, 16, 16)
        body.setSpacing(8)
        body.addWidget(self.code)
        body.addWidget(self.title)
        body.addWidget(self.definition)
        body.addWidget(self.sources)
        score_row = QHBoxLayout()
        score_row.addWidget(score_label)
        score_row.addWidget(self.whose)
        score_row.addStretch(1)
        score_row.addWidget(self.classification)
        self.history_button = QPushButton(self.tr("History…"))
        self.history_button.setToolTip(self.tr("Who changed the score of this criterion, and when"))
        self.history_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.history_button.clicked.connect(self.show_history)
        score_row.addWidget(self.history_button)
        body.addSpacing(4)
        body.addLayout(score_row)
        body.addWidget(self.anchors)
        body.addWidget(self.calculator)
        body.addWidget(rationale_label)
        body.addWidget(self.rationale)
        body.addWidget(recommendation_label)
        body.addWidget(self.recommendation)
        body.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(content)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.previous = QGroupBox()
        self.previous.setObjectName("previous")
        self.previous_score = QLabel()
        self.previous_score.setWordWrap(True)
        self.previous_recommendation = QLabel()
        self.previous_recommendation.setWordWrap(True)
        self.previous_recommendation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        previous_layout = QVBoxLayout(self.previous)
        previous_layout.addWidget(self.previous_score)
        previous_layout.addWidget(self.previous_recommendation)
        self.notes = NotesPanel(session)
        side = QWidget()
        side.setObjectName("notesColumn")
        side.setFixedWidth(NOTES_WIDTH)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(12, 12, 12, 8)
        side_layout.addWidget(self.previous)
        side_layout.addWidget(self.notes, 1)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(side)

        self.rationale_saver = TextAutosave(self.rationale, lambda: self.session, "rationale")
        self.recommendation_saver = TextAutosave(self.recommendation, lambda: self.session, "recommendation")
        self.anchors.chosen.connect(self.choose)
        self.anchors.cleared.connect(lambda: self.choose(None))
        self.calculator.use_suggestion.connect(self.choose)
        self.calculator.values_changed.connect(session.set_calculator_values)
        session.scores_changed.connect(self._score_changed)
        session.rater_changed.connect(self.reload)
        self.setTabOrder(self.anchors, self.calculator)
        self.setTabOrder(self.rationale, self.recommendation)
        self.setTabOrder(self.recommendation, self.notes.new_button)

    def show_item(self, item_id: str) -> None:
        self.flush()
        s = self.session
        item = s.scale.item(item_id)
        self.item_id = item_id
        position = s.scale.items.index(item) + 1
        self.code.setText(
            self.tr("%1 · criterion %2 of %3")
            .replace("%1", s.item_code(item_id))
            .replace("%2", str(position))
            .replace("%3", str(len(s.scale.items)))
        )
        self.title.setText(s.text(item.title))
        self.definition.setText(s.text(item.definition))
        self.sources.setText(
            self.tr("Data sources: %1").replace("%1", " · ".join(source_label(code) for code in item.sources))
        )
        self.anchors.set_anchors(item.anchors.get(s.lang) or next(iter(item.anchors.values())))
        self.anchors.set_selected(s.score(item_id))
        self.calculator.load(item, s.lang, s.calculator_values(item_id), s.score(item_id), s.read_only)
        # Bound to the reviewer now shown: text typed for Karin never lands with Jonas.
        rater = s.rater_id
        self.rationale_saver.load(s.rationale(item_id),
                                  lambda text: s.set_rationale(item_id, text, rater_id=rater))
        name = s.rater_name()
        self.whose.setText(self.tr("– %1's own").replace("%1", name) if name else self.tr("– consensus"))
        self.recommendation_saver.load(s.recommendation(item_id), self._commit_recommendation)
        self._show_previous(item_id)
        self._show_classification()
        self.notes.show_item(item_id)
        self.set_read_only(s.read_only)
        self.scroll.verticalScrollBar().setValue(0)

    def reload(self) -> None:
        """Show the shown item again (after switching whose scores are entered)."""
        if self.item_id is not None:
            self.show_item(self.item_id)

    def _show_previous(self, item_id: str) -> None:
        s = self.session
        if s.previous is None:
            self.previous.hide()
            return
        self.previous.show()
        self.previous.setTitle(self.tr("Previous measurement (%1)").replace("%1", s.previous.visit_start))
        score = s.previous_scores.get(item_id)
        self.previous_score.setText(self.tr("Score: %1").replace("%1", "–" if score is None else str(score)))
        finding = s.previous_findings.get(item_id)
        text = finding.recommendation.strip() if finding else ""
        self.previous_recommendation.setText(
            self.tr("Recommendation: %1").replace("%1", text) if text else self.tr("No recommendation.")
        )

    def _show_classification(self) -> None:
        scale, score = self.session.scale, self.session.score(self.item_id)
        review = self.session.review
        high = review.strength_min if review.strength_min is not None else scale.strength_min
        low = review.development_max if review.development_max is not None else scale.development_max
        if score is None:
            text, kind = "", ""
        elif score >= high:
            text, kind = self.tr("Strength"), "strength"
        elif score <= low:
            text, kind = self.tr("Development area"), "development"
        else:
            text, kind = "", ""
        self.classification.setText(text)
        self.classification.setProperty("kind", kind)
        self.classification.style().unpolish(self.classification)
        self.classification.style().polish(self.classification)

    def choose(self, score: int | None) -> None:
        """Commit a score for the shown item at once (never while the review is finished)."""
        if self.item_id is None or self.session.read_only:
            return
        self.session.set_score(self.item_id, score)

    def _score_changed(self, item_id: str) -> None:
        if item_id == self.item_id:
            score = self.session.score(item_id)
            self.anchors.set_selected(score)
            self.calculator.set_current_score(score)
            self._show_classification()

    def show_history(self) -> AuditDialog | None:
        """The audit trail of the shown criterion, newest first (a non-modal dialog)."""
        if self.item_id is None:
            return None
        self.history = AuditDialog(self.session, self.item_id, self)
        self.history.open()
        return self.history

    def _commit_recommendation(self, text: str) -> bool:
        return self.item_id is not None and self.session.set_recommendation(self.item_id, text)

    def set_read_only(self, read_only: bool) -> None:
        self.anchors.set_read_only(read_only)
        self.calculator.set_read_only(read_only)
        self.rationale.setReadOnly(read_only)
        self.recommendation.setReadOnly(read_only)
        self.notes.set_read_only(read_only)

    def focus_calculator(self) -> bool:
        widget = self.calculator.first_input() if not self.calculator.isHidden() else None
        if widget is None:
            return False
        self.scroll.ensureWidgetVisible(self.calculator)
        widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return True

    def flush(self) -> None:
        self.rationale_saver.flush()
        self.recommendation_saver.flush()
        self.calculator.flush()
        self.notes.flush()
