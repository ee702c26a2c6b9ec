"""Puts the history pages into the main window: a menu, shortcuts, buttons on the home page."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QPushButton

from ... import paths
from ...storage import repository
from ...storage.database import StorageError
from ..models.reviews_model import NAME, ORGANISATION, REVIEW_ID_ROLE
from .csv_dialog import CsvExporter
from .view import HistoryView

HISTORY_KEYS = ("Ctrl+H",)
OVERVIEW_KEYS = ("Ctrl+Shift+O",)


class HistoryController(QObject):
    """Opens the history view on the window's stack; reads the database, never writes it."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.view: HistoryView | None = None
        self.csv = CsvExporter(window, window.db, window.library)
        self.overview_action = self._action(self.tr("&All units"), self.show_overview, OVERVIEW_KEYS)
        self.history_action = self._action(
            self.tr("&History of the unit"), self.show_unit_history, HISTORY_KEYS
        )
        self.csv_action = self._action(self.tr("Export measurements as &CSV…"), self.export_csv, ())
        menu = window.menuBar().addMenu(self.tr("Hi&story"))
        for action in (self.overview_action, self.history_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.csv_action)
        actions = window.menuBar().actions()  # keep Language and Help last
        if len(actions) >= 3:
            window.menuBar().insertAction(actions[-3], menu.menuAction())
        self._add_home_buttons()

    def _action(self, text: str, slot, keys) -> QAction:
        action = QAction(text, self.window)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    def _add_home_buttons(self) -> None:
        home = self.window.home
        self.history_button = QPushButton(self.tr("History"))
        self.history_button.setToolTip(self.tr("Past measurements of the selected unit (Ctrl+H)"))
        self.overview_button = QPushButton(self.tr("All units"))
        self.overview_button.setToolTip(
            self.tr("Latest result of every unit, overdue follow-ups (Ctrl+Shift+O)")
        )
        self.history_button.clicked.connect(self.show_unit_history)
        self.overview_button.clicked.connect(self.show_overview)
        # Beside "Öppna" in the home page's top row, without the home page knowing of history.
        for row in home.findChildren(QHBoxLayout):
            position = row.indexOf(home.open_button)
            if position >= 0:
                row.insertWidget(position + 1, self.history_button)
                row.insertWidget(position + 2, self.overview_button)
                break

    # --- which unit ---------------------------------------------------------------------------
    def selected_unit_id(self) -> str:
        """The unit of the open review, or of the row selected on the home page ("" if none)."""
        w = self.window
        if w.session is not None and w.stack.currentWidget() is w.view:
            return w.session.unit.id
        if self.view is not None and w.stack.currentWidget() is self.view:
            return self.view._unit_id()
        index = w.home.tree.currentIndex()
        if not index.isValid():
            return ""
        review_id = index.siblingAtColumn(0).data(REVIEW_ID_ROLE)
        try:
            if review_id:
                return repository.get_review(w.db, review_id).unit_id
        except StorageError:
            return ""
        name, organisation = index.siblingAtColumn(NAME).data(), index.siblingAtColumn(ORGANISATION).data()
        matches = [
            u.id for u in repository.list_units(w.db) if u.name == name and u.organisation == organisation
        ]
        return matches[0] if matches else ""

    # --- showing ---------------------------------------------------------------------------------
    def _ensure_view(self) -> HistoryView:
        if self.view is None:
            self.view = HistoryView(self.window.db, self.window.library, self.window.lang)
            self.view.open_review.connect(self.window.open_review)
            self.view.home_requested.connect(self.window.go_home)
            self.view.export_requested.connect(lambda unit_id, name: self.csv.export(unit_id, name))
            set_title = getattr(self.window, "_set_title", self.window.setWindowTitle)  # adds "read-only"
            self.view.title_changed.connect(lambda t: set_title(f"{t} – {paths.APP_NAME}"))
            self.window.stack.addWidget(self.view)
        return self.view

    def _raise(self) -> None:
        self.window.flush()  # what was typed in an open review is saved before leaving it
        self.window.stack.setCurrentWidget(self.view)
        self.window._update_actions()  # review actions (scores, notes) switch off here

    def show_overview(self) -> None:
        selected = self.selected_unit_id()
        view = self._ensure_view()
        view.show_overview(selected)
        self._raise()

    def show_unit_history(self) -> None:
        unit_id = self.selected_unit_id()
        view = self._ensure_view()
        if unit_id:
            view.show_unit(unit_id)
        else:
            view.show_overview()
        self._raise()
        (view.unit_page.table if unit_id else view.overview.table).setFocus(
            Qt.FocusReason.ShortcutFocusReason
        )

    def export_csv(self) -> None:
        unit_id = self.selected_unit_id()
        name = repository.get_unit(self.window.db, unit_id).name if unit_id else ""
        self.csv.export(unit_id, name)
