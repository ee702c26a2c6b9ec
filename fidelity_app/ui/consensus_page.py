"""The consensus view: reviewers side by side, biggest disagreements first, the agreed score and why."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from .autosave import TextAutosave
from .models.consensus_model import ConsensusModel
from .session import ReviewSession


class ConsensusPage(QWidget):
    """All criteria with every reviewer's score; keys 1–5 (or the combo) record the consensus."""

    def __init__(self, session: ReviewSession, parent=None):
        super().__init__(parent)
        self.session = session
        self.model = ConsensusModel(session, self)
        title = QLabel(self.tr("Consensus"))
        title.setObjectName("itemTitle")
        hint = QLabel(self.tr(
            "Each reviewer's own score side by side, biggest difference first (amber: 1 point, red: "
            "2 or more). Press 1–5 to record the agreed score of the marked criterion, and write why."))
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        self.stats = QLabel()
        self.stats.setWordWrap(True)
        self.stats.setObjectName("sectionTitle")
        if len(session.reviewers) > 2:
            self.stats.setToolTip(self.tr("With more than two reviewers the figures compare the first two."))
        self.approve_button = QPushButton()
        self.approve_button.setToolTip(self.tr(
            "Record the score every reviewer gave as the consensus, where none is recorded yet"))
        self.approve_button.clicked.connect(self.approve_agreements)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("Consensus per criterion"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, self.model.columnCount()):
            wide = self.model.is_rationale(col) or col == self.model.REASON
            header.resizeSection(col, 150 if wide else 95 if col == self.model.CONSENSUS else 72)

        self.detail_title = QLabel()
        self.detail_title.setObjectName("sectionTitle")
        self.detail_title.setWordWrap(True)
        self.rationales = QLabel()
        self.rationales.setWordWrap(True)
        self.rationales.setTextFormat(Qt.TextFormat.PlainText)
        self.rationales.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.score = QComboBox()
        self.score.addItem(self.tr("Not agreed yet"), None)
        for value in range(session.scale.min_score, session.scale.max_score + 1):
            self.score.addItem(str(value), value)
        self.score.setAccessibleName(self.tr("Consensus score"))
        self.score.activated.connect(lambda index: self.choose(self.score.itemData(index)))
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(60)
        self.reason.setPlaceholderText(self.tr("Why the reviewers agreed on this score…"))
        self.reason.setAccessibleName(self.tr("Reason for the consensus"))
        self.reason_saver = TextAutosave(self.reason, lambda: self.session, "consensus-reason")
        form = QFormLayout()
        form.addRow(self.tr("Consensus &score:"), self.score)
        reason_label = QLabel(self.tr("&Reason:"))
        reason_label.setBuddy(self.reason)
        form.addRow(reason_label, self.reason)

        top = QHBoxLayout()
        top.addWidget(title, 1)
        top.addWidget(self.approve_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 10)
        layout.addLayout(top)
        layout.addWidget(hint)
        layout.addWidget(self.stats)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail_title)
        layout.addWidget(self.rationales)
        layout.addLayout(form)
        self.setTabOrder(self.table, self.score)
        self.setTabOrder(self.score, self.reason)

        self.table.selectionModel().currentRowChanged.connect(lambda current, _prev: self._show_row(current.row()))
        session.scores_changed.connect(self._scores_changed)
        self.reload()

    def agreement_text(self) -> str:
        """'Agreement between A and B (n criteria): exact x %, within one y %, weighted kappa z'."""
        found = self.session.agreement()
        if found is None:
            return ""
        first, second = self.session.reviewers[:2]
        if not found.pairs:
            return self.tr("Agreement between %1 and %2: no criterion is scored by both yet.") \
                .replace("%1", first.name).replace("%2", second.name)

        def number(value: float | None, digits: int) -> str:
            text = "–" if value is None else f"{value:.{digits}f}"
            return text.replace(".", ",") if self.session.lang == "sv" else text

        return (self.tr("Agreement between %1 and %2 (%3 criteria scored by both): exact %4 %, "
                        "within one point %5 %, weighted kappa %6")
                .replace("%1", first.name).replace("%2", second.name).replace("%3", str(found.pairs))
                .replace("%4", number(found.exact_percent, 0))
                .replace("%5", number(found.within_one_percent, 0))
                .replace("%6", number(found.weighted_kappa, 2)))

    # --- showing -----------------------------------------------------------------------------
    def reload(self) -> None:
        """Sort and show again (on opening: reviewers' own scores may have changed)."""
        keep = self.current_item()
        self.model.reload()
        self.select(keep if keep else self.model.item_id(0))
        self.stats.setText(self.agreement_text())
        self.apply_state()

    def current_item(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.item_id(index.row()) if index.isValid() else None

    def select(self, item_id: str) -> None:
        index = self.model.index(self.model.row_of(item_id), 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)

    def select_first_missing(self) -> None:
        """Mark the first row (in the table's order) that has no consensus score yet."""
        rows = [self.model.item_id(r) for r in range(self.model.rowCount())]
        missing = [i for i in rows if self.session.score(i, None) is None]
        if missing:
            self.select(missing[0])

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        s, item_id = self.session, self.model.item_id(row)
        self.detail_title.setText(f"{s.item_code(item_id)} – {s.text(s.scale.item(item_id).title)}")
        lines = []
        for reviewer in s.reviewers:
            score = s.score(item_id, reviewer.id)
            rationale = s.rationale(item_id, reviewer.id).strip() or self.tr("(no rationale)")
            lines.append(f"{reviewer.name} ({'–' if score is None else score}): {rationale}")
        self.rationales.setText("\n".join(lines))
        self._show_score(item_id)
        self.reason_saver.load(s.rationale(item_id, None),
                               lambda text: s.set_rationale(item_id, text, rater_id=None))

    def _show_score(self, item_id: str) -> None:
        recorded = self.session.score(item_id, None)
        self.score.setCurrentIndex(max(0, self.score.findData(recorded)) if recorded is not None else 0)

    def _scores_changed(self, item_id: str) -> None:
        if item_id == self.current_item():
            self._show_score(item_id)
        self._update_approve()

    def _update_approve(self) -> None:
        count = len(self.model.proposals())
        self.approve_button.setText(self.tr("Approve all agreeing (%1)").replace("%1", str(count)))
        self.approve_button.setEnabled(count > 0 and not self.session.read_only)

    def apply_state(self) -> None:
        read_only = self.session.read_only
        self.score.setEnabled(not read_only)
        self.reason.setReadOnly(read_only)
        self._update_approve()

    # --- recording ----------------------------------------------------------------------------
    def choose(self, score: int | None) -> None:
        """Record the consensus score (points) of the marked criterion; None clears it."""
        item_id = self.current_item()
        if item_id is not None and not self.session.read_only:
            self.session.set_score(item_id, score, rater_id=None)

    def approve_agreements(self) -> int:
        """Record every proposed (all reviewers agree) score as the consensus; returns how many."""
        if self.session.read_only:
            return 0
        done = 0
        for item_id, score in self.model.proposals().items():
            done += self.session.set_score(item_id, score, rater_id=None)
        return done

    def focus_table(self) -> None:
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def flush(self) -> None:
        self.reason_saver.flush()
