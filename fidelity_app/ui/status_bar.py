"""The strip above a review: unit and dates, progress n/25, total of max, band, save indicator."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from .session import ReviewSession


class ReviewStatusBar(QFrame):
    """Always visible while a review is open; the save indicator only says what is true."""

    report_requested = Signal()

    def __init__(self, session: ReviewSession, parent=None):
        super().__init__(parent)
        self.setObjectName("statusStrip")
        self.session = session
        self.unit = QLabel()
        self.unit.setObjectName("unitName")
        self.details = QLabel()
        self.details.setObjectName("hint")
        self.progress = QLabel()
        self.progress.setObjectName("progress")
        self.total = QLabel()
        self.total.setObjectName("total")
        self.band = QLabel()
        self.band.setObjectName("band")
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
        layout.addWidget(self.progress)
        layout.addWidget(self.total)
        layout.addWidget(self.band)
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
        self.unit.setText(s.unit.name + (f" – {s.unit.organisation}" if s.unit.organisation else ""))
        dates = (
            s.review.visit_start
            if s.review.visit_end in ("", s.review.visit_start)
            else f"{s.review.visit_start} – {s.review.visit_end}"
        )
        # "Finished (read-only)" is said by the banner below the strip, not here.
        parts = [dates, self.tr("Reviewers: %1").replace("%1", s.actor or "–")]
        self.details.setText(" · ".join(parts))
        self.update_scores()
        self.update_save()

    def update_scores(self, *_args) -> None:
        s = self.session
        summary = s.summary()
        self.progress.setText(
            self.tr("%1/%2 scored").replace("%1", str(summary.scored)).replace("%2", str(summary.item_count))
        )
        self.total.setText(
            self.tr("%1/%2 points").replace("%1", str(summary.total)).replace("%2", str(summary.max_total))
        )
        if summary.band is not None:
            self.band.setText(s.text(summary.band.label))
            self.band.setStyleSheet(f"background: {summary.band.color}; color: white;")
            self.band.setToolTip("")
        else:
            missing = len(summary.missing)
            self.band.setText(self.tr("Incomplete – %n criteria missing", "", missing))
            self.band.setStyleSheet("")
            self.band.setToolTip(
                self.tr("Not scored yet:")
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
