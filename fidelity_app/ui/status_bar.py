"""The strip above a review: unit and dates, whose scores, progress n/25, total, result band, saving."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout

from .session import CONSENSUS, ReviewSession


class ReviewStatusBar(QFrame):
    """Always visible while a review is open; the save indicator only says what is true."""

    report_requested = Signal()
    rater_chosen = Signal(str)  # a reviewer id, or 'consensus'

    def __init__(self, session: ReviewSession, parent=None):
        super().__init__(parent)
        self.setObjectName("statusStrip")
        self.session = session
        self.unit = QLabel()
        self.unit.setObjectName("unitName")
        self.details = QLabel()
        self.details.setObjectName("hint")
        # With two or more reviewers: whose scores are entered, and whose total is shown.
        self.rater = QComboBox()
        self.rater.setAccessibleName(self.tr("Scoring as"))
        self.rater.setToolTip(self.tr("Whose scores you enter: a reviewer's own, or the agreed consensus"))
        self.rater.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        for reviewer in session.reviewers:
            self.rater.addItem(reviewer.name, reviewer.id)
        self.rater.addItem(self.tr("Consensus"), CONSENSUS)
        self.rater_label = QLabel(self.tr("Scoring as:"))
        self.rater_label.setBuddy(self.rater)
        self.entered = QLabel()
        self.entered.setObjectName("hint")
        self.result_label = QLabel(self.tr("Result (consensus):"))
        self.result_label.setObjectName("hint")
        self.progress = QLabel()
        self.progress.setObjectName("progress")
        self.total = QLabel()
        self.total.setObjectName("total")
        self.band = QLabel()
        self.band.setObjectName("band")
        # When the strip is narrow the unit and dates give way (their tooltip has them in full);
        # the band, the result itself, keeps its whole label.
        for label in (self.unit, self.details):
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            label.setMinimumWidth(140)
        self.save = QLabel()
        self.save.setObjectName("saveIndicator")
        self.save.setMinimumWidth(120)
        self.save.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.report_button = QPushButton(self.tr("Report (PDF)…"))
        self.report_button.setToolTip(self.tr("Export the report as PDF (Ctrl+E)"))
        self.report_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.report_button.clicked.connect(self.report_requested)
        left = QVBoxLayout()
        left.setSpacing(0)
        left.addWidget(self.unit)
        left.addWidget(self.details)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 6, 14, 6)
        layout.setSpacing(18)
        layout.addLayout(left, 1)
        rater_box = QHBoxLayout()
        rater_box.setSpacing(6)
        rater_box.addWidget(self.rater_label)
        rater_box.addWidget(self.rater)
        layout.addLayout(rater_box)
        entered = QVBoxLayout()
        entered.setSpacing(0)
        entered.addWidget(self.entered)
        numbers = QHBoxLayout()
        numbers.setSpacing(12)
        numbers.addWidget(self.progress)
        numbers.addWidget(self.total)
        entered.addLayout(numbers)
        layout.addLayout(entered)
        result = QVBoxLayout()
        result.setSpacing(0)
        result.addWidget(self.result_label)
        result.addWidget(self.band)
        layout.addLayout(result)
        for widget in (self.rater_label, self.rater, self.entered, self.result_label):
            widget.setVisible(session.independent)
        self.rater.activated.connect(lambda index: self.rater_chosen.emit(self.rater.itemData(index)))
        session.rater_changed.connect(self.update_scores)
        layout.addWidget(self.save)
        layout.addWidget(self.report_button)
        session.scores_changed.connect(self.update_scores)
        session.saved.connect(self.update_save)
        session.save_failed.connect(self.update_save)
        session.pending_changed.connect(self.update_save)
        session.state_changed.connect(self.update_all)
        self.update_all()

    def update_all(self) -> None:
        s = self.session
        # The organisation goes on the second line: at 1366 px the first has room for the name only.
        self.unit.setText(s.unit.name)
        dates = (
            s.review.visit_start
            if s.review.visit_end in ("", s.review.visit_start)
            else f"{s.review.visit_start} – {s.review.visit_end}"
        )
        # "Finished (read-only)" is said by the banner below the strip, not here.
        parts = [s.unit.organisation, dates, self.tr("Reviewers: %1").replace("%1", s.reviewer_names or "–")]
        self.details.setText(" · ".join(p for p in parts if p))
        self.unit.setToolTip(f"{s.unit.name}\n{self.details.text()}")
        self.details.setToolTip(self.unit.toolTip())
        self.update_scores()
        self.update_save()

    def update_scores(self, *_args) -> None:
        s = self.session
        self.rater.setCurrentIndex(max(0, self.rater.findData(s.rater_id or CONSENSUS)))
        entered = s.entered_summary()
        name = s.rater_name()
        self.entered.setText(self.tr("%1's own scores:").replace("%1", name) if name
                             else self.tr("Consensus:"))
        self.progress.setText(
            self.tr("%1/%2 scored").replace("%1", str(entered.scored)).replace("%2", str(entered.item_count))
        )
        self.total.setText(
            self.tr("%1/%2 points").replace("%1", str(entered.total)).replace("%2", str(entered.max_total))
        )
        self._show_band(s.summary())

    def _show_band(self, summary) -> None:
        """The band of the result: the consensus (or a lone reviewer's own scores)."""
        s = self.session
        if summary.band is not None:
            self.band.setText(s.text(summary.band.label))
            self.band.setStyleSheet(f"background: {summary.band.color}; color: white;")
            self.band.setToolTip("")
        else:
            missing = len(summary.missing)
            self.band.setText(self.tr("Incomplete – %n criteria missing", "", missing))
            self.band.setStyleSheet("")
            self.band.setToolTip(
                (self.tr("No consensus score yet:") if s.independent else self.tr("Not scored yet:"))
                + "\n"
                + "\n".join(f"{s.item_code(i)} – {s.text(s.scale.item(i).title)}" for i in summary.missing)
            )

    def update_save(self, *_args) -> None:
        s = self.session
        if s.error:
            self.save.setText(self.tr("NOT saved"))
            self.save.setProperty("state", "error")
            self.save.setToolTip(s.error)
        elif s.has_pending:
            self.save.setText(self.tr("Saving…"))
            self.save.setProperty("state", "pending")
            self.save.setToolTip("")
        elif s.last_saved is not None:
            self.save.setText(self.tr("Saved %1").replace("%1", s.last_saved.toString("HH:mm")))
            self.save.setProperty("state", "saved")
            self.save.setToolTip(self.tr("Everything you have entered is in the database."))
        else:
            self.save.setText(self.tr("No changes"))
            self.save.setProperty("state", "")
            self.save.setToolTip(self.tr("Everything you have entered is in the database."))
        self.save.style().unpolish(self.save)
        self.save.style().polish(self.save)
