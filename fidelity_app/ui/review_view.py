"""An open review: status strip, navigator, the current page, quick capture; keeps work saved."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from .consensus_page import ConsensusPage
from .criterion_page import CriterionPage
from .navigator import Navigator
from .notes import NotesPanel, QuickCapture
from .session import CONSENSUS, UNSORTED, ReviewSession
from .status_bar import ReviewStatusBar

NAVIGATOR_WIDTH = 350  # px


class UnsortedPage(QWidget):
    """Notes not yet tied to a criterion; choosing a criterion for one sorts it there."""

    def __init__(self, session: ReviewSession, parent=None):
        super().__init__(parent)
        title = QLabel(self.tr("Unsorted notes"))
        title.setObjectName("itemTitle")
        hint = QLabel(
            self.tr("Notes taken with the quick note line land here. Pick a criterion for a note to sort it.")
        )
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        self.notes = NotesPanel(session)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 10)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addWidget(self.notes, 1)


class ReviewView(QWidget):
    page_changed = Signal(str)
    reopen_requested = Signal()
    report_requested = Signal()

    def __init__(self, session: ReviewSession, parent=None):
        super().__init__(parent)
        self.session = session
        self.page = ""
        self.pages = [item.id for item in session.scale.items] + [UNSORTED]
        self.status = ReviewStatusBar(session)
        self.status.report_requested.connect(self.report_requested)
        self.status.rater_chosen.connect(self.choose_rater)
        self.banner = QFrame()
        self.banner.setObjectName("readOnlyBanner")
        banner_text = self.banner_text = QLabel(
            self.tr("This review is finished and read-only. Reopening it is logged."))
        self.reopen_button = QPushButton(self.tr("Reopen…"))
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.setContentsMargins(14, 4, 14, 4)
        banner_layout.addWidget(banner_text, 1)
        banner_layout.addWidget(self.reopen_button)
        self.navigator = Navigator(session)
        self.navigator.setMinimumWidth(240)
        self.criterion = CriterionPage(session)
        self.unsorted = UnsortedPage(session)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.criterion)
        self.stack.addWidget(self.unsorted)
        self.consensus: ConsensusPage | None = None  # only with two or more reviewers
        if session.independent:
            self.consensus = ConsensusPage(session)
            self.stack.addWidget(self.consensus)
        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.navigator)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([NAVIGATOR_WIDTH, 1000])
        self.quick = QuickCapture(session)
        self.quick.setObjectName("quickCapture")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.status)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.quick)

        self.navigator.page_chosen.connect(self._navigated)
        self.reopen_button.clicked.connect(self.reopen_requested)
        self.criterion.notes.moved.connect(lambda _target: self.navigator.model.refresh())
        self.unsorted.notes.moved.connect(lambda _target: self.navigator.model.refresh())
        session.state_changed.connect(self.apply_state)
        self.apply_state()

    # --- pages ------------------------------------------------------------------------------
    def show_page(self, page: str, focus: bool = True) -> None:
        """Show an item (or the unsorted notes); text on the page being left is committed first."""
        if page == CONSENSUS and self.consensus is not None:
            self.show_consensus(focus)
            return
        if page not in self.pages:
            page = self.pages[0]
        if page != self.page:
            self.flush()
            self.page = page
            if page == UNSORTED:
                self.unsorted.notes.show_item(None)
                self.stack.setCurrentWidget(self.unsorted)
            else:
                self.criterion.show_item(page)
                self.stack.setCurrentWidget(self.criterion)
            self.navigator.select(page)
            self.page_changed.emit(page)
        if focus:
            self.focus_page()

    def show_consensus(self, focus: bool = True) -> bool:
        """The consensus view (scoring as the consensus from now on); False for a lone reviewer."""
        if self.consensus is None:
            return False
        self.flush()
        self.session.set_rater(None)
        if self.page != CONSENSUS:
            self.page = CONSENSUS
            self.consensus.reload()
            self.stack.setCurrentWidget(self.consensus)
            self.navigator.tree.setCurrentIndex(QModelIndex())
            self.page_changed.emit(CONSENSUS)
        if focus:
            self.focus_page()
        return True

    def choose_rater(self, rater: str) -> None:
        """Score as a reviewer (their id) or the consensus ('consensus', which opens its view)."""
        if rater == CONSENSUS:
            self.show_consensus()
            return
        self.flush()  # text typed so far belongs to whoever it was typed for
        self.session.set_rater(rater)
        if self.page == CONSENSUS:
            self.show_page(self.last_item)

    @property
    def last_item(self) -> str:
        """The criterion page shown before the consensus view (or the first)."""
        return self.criterion.item_id or self.pages[0]

    def focus_page(self) -> None:
        if self.page == CONSENSUS:
            self.consensus.focus_table()
        elif self.page == UNSORTED:
            self.unsorted.notes.list.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.criterion.anchors.setFocus(Qt.FocusReason.OtherFocusReason)

    def _navigated(self, page: str) -> None:
        keep_focus = self.navigator.tree.hasFocus()
        self.show_page(page, focus=not keep_focus)

    def step(self, delta: int) -> None:
        """Next (+1) or previous (-1) criterion; the unsorted notes come after the last one."""
        index = self.pages.index(self.page if self.page in self.pages else self.last_item)
        self.show_page(self.pages[max(0, min(len(self.pages) - 1, index + delta))])

    # --- commands -----------------------------------------------------------------------------
    def set_score(self, score: int | None) -> None:
        if self.page == CONSENSUS:
            self.consensus.choose(score)
        elif self.page != UNSORTED:
            self.criterion.choose(score)

    def _notes_panel(self):
        if self.page == CONSENSUS:  # notes go with a criterion: the one marked in the table
            self.show_page(self.consensus.current_item() or self.last_item)
        return self.unsorted.notes if self.page == UNSORTED else self.criterion.notes

    def new_note(self) -> None:
        self._notes_panel().new_note()

    def undo_delete(self) -> None:
        self._notes_panel().undo_delete()

    def focus_quick_capture(self) -> None:
        self.quick.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_calculator(self) -> bool:
        return self.page not in (UNSORTED, CONSENSUS) and self.criterion.focus_calculator()

    def focus_jump(self) -> None:
        self.navigator.jump.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.navigator.jump.selectAll()

    def apply_state(self) -> None:
        read_only = self.session.read_only
        self.banner.setVisible(read_only)
        if self.session.db_read_only:
            self.banner_text.setText(self.tr("The database is open read-only: nothing can be changed."))
            self.reopen_button.hide()
        self.criterion.set_read_only(read_only)
        self.unsorted.notes.set_read_only(read_only)
        self.quick.set_read_only(read_only)
        if self.consensus is not None:
            self.consensus.apply_state()

    def flush(self) -> None:
        """Commit every piece of typed text now (page change, close, quit)."""
        self.criterion.flush()
        self.unsorted.notes.flush()
        self.quick.flush()
        if self.consensus is not None:
            self.consensus.flush()
