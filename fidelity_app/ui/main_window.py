"""The main window: home or an open review, menus and keyboard shortcuts, settings, finishing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox, QStackedWidget

from .. import paths
from ..domain.scale_library import ScaleLibrary, UnknownScaleError
from ..storage import repository
from ..storage.database import StorageError
from . import icons, settings
from .audit_dialog import AuditDialog
from .backup_dialog import BackupDialog
from .exchange import Exchange
from .history import HistoryController
from .home import HomePage
from .models.reviews_model import load_overview
from .new_review_dialog import NewReviewDialog
from .report_export import PdfExporter
from .review_view import ReviewView
from .session import CONSENSUS, ReviewSession


class MainWindow(QMainWindow):
    def __init__(self, db, library: ScaleLibrary, lang: str = "sv", parent=None, read_only: bool = False):
        super().__init__(parent)
        self.db, self.library, self.lang = db, library, lang
        self.read_only = read_only  # the database is open read-only: nothing is written
        self.session: ReviewSession | None = None
        self.view: ReviewView | None = None
        self.dialog: NewReviewDialog | None = None
        self.message_box: QMessageBox | None = None
        self.exporter = PdfExporter(self)
        self.exchange = Exchange(self)  # Arkiv → Importera/Exportera mätning
        self.exchange.imported.connect(self._after_import)
        self.setWindowIcon(icons.app_icon())
        self.setMinimumSize(960, 600)
        self.home = HomePage()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.home)
        self.setCentralWidget(self.stack)
        self._build_actions()
        self.history = HistoryController(self)  # menu Historik, Ctrl+H; reads only
        self.home.open_review.connect(self.open_review)
        self.home.new_review.connect(self.new_review)
        store = settings.settings()
        geometry = store.value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 740)
        self.show_home()

    # --- actions ----------------------------------------------------------------------------
    def _action(self, menu, text: str, slot, keys=(), review: bool = True) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.triggered.connect(slot)
        menu.addAction(action)
        self.addAction(action)  # shortcuts work while the menu bar is hidden or unfocused
        if review:
            self.review_actions.append(action)
        return action

    def _build_actions(self) -> None:
        self.review_actions: list[QAction] = []
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.new_action = self._action(
            file_menu, self.tr("&New review…"), self.new_review, ["Ctrl+Shift+N"], review=False
        )
        self.home_action = self._action(
            file_menu, self.tr("&Units and reviews"), self.go_home, ["Alt+Home", "Ctrl+Shift+H"], review=False
        )
        self.search_action = self._action(
            file_menu, self.tr("&Search reviews"), self._search, ["Ctrl+F"], review=False
        )
        self.save_action = self._action(file_menu, self.tr("&Save now"), self.flush, ["Ctrl+S"], review=False)
        file_menu.addSeparator()
        self.report_action = self._action(
            file_menu, self.tr("Export &report as PDF…"), self.export_report, ["Ctrl+E"]
        )
        self.blank_form_action = self._action(
            file_menu, self.tr("&Blank scoring form as PDF…"), self.export_blank_form, review=False
        )
        file_menu.addSeparator()
        self.import_action = self._action(
            file_menu, self.tr("&Import review…"), self.exchange.ask_import, review=False
        )
        self.export_action = self._action(
            file_menu, self.tr("E&xport review…"), lambda: self.exchange.ask_export(self.session)
        )
        file_menu.addSeparator()
        self.backups_action = self._action(file_menu, self.tr("Bac&kups…"), self.show_backups, review=False)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), self.close, ["Ctrl+Q"], review=False)

        menu = bar.addMenu(self.tr("&Review"))
        self.next_action = self._action(
            menu, self.tr("&Next criterion"), lambda: self._view().step(1), ["Ctrl+PgDown", "Alt+Down"]
        )
        self.previous_action = self._action(
            menu, self.tr("&Previous criterion"), lambda: self._view().step(-1), ["Ctrl+PgUp", "Alt+Up"]
        )
        self.jump_action = self._action(
            menu, self.tr("&Go to criterion…"), lambda: self._view().focus_jump(), ["Ctrl+G"]
        )
        self._action(menu, self.tr("Back to the &score cards"), lambda: self._view().focus_page(), ["Esc"])
        menu.addSeparator()
        score_menu = menu.addMenu(self.tr("S&core"))
        self.score_actions = []
        for score in range(1, 6):
            action = self._action(
                score_menu,
                self.tr("Score %1").replace("%1", str(score)),
                lambda _=False, s=score: self._view().set_score(s),
                [str(score)],
            )
            self.score_actions.append(action)
        self._action(score_menu, self.tr("Clear the score"), lambda: self._view().set_score(None), ["0"])
        self.calculator_action = self._action(
            menu, self.tr("&Calculator"), lambda: self._view().focus_calculator(), ["Ctrl+B"]
        )
        menu.addSeparator()
        self.note_action = self._action(
            menu, self.tr("New &note"), lambda: self._view().new_note(), ["Ctrl+N"]
        )
        self.quick_action = self._action(
            menu, self.tr("&Quick note"), lambda: self._view().focus_quick_capture(), ["Ctrl+K"]
        )
        self.undo_action = self._action(
            menu, self.tr("&Undo deleting a note"), lambda: self._view().undo_delete(), ["Ctrl+Z"]
        )
        self.consensus_action = self._action(
            menu, self.tr("C&onsensus"), lambda: self._view().show_consensus(), ["Ctrl+Shift+K"]
        )
        menu.addSeparator()
        self.finish_action = self._action(menu, self.tr("&Finish…"), self.finish_review, ["Ctrl+Shift+F"])
        self.reopen_action = self._action(menu, self.tr("&Reopen…"), self.reopen_review)
        self.audit_action = self._action(menu, self.tr("&History of changes…"), self.show_audit)

        language_menu = bar.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        for code, name in (("sv", "Svenska"), ("en", "English")):
            action = QAction(name, self, checkable=True, checked=code == self.lang)
            action.triggered.connect(lambda _=False, c=code: self.choose_language(c))
            group.addAction(action)
            language_menu.addAction(action)
        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&Keyboard shortcuts"), self.show_shortcuts, ["F1"], review=False)

    def _view(self) -> ReviewView:
        return self.view

    def _update_actions(self) -> None:
        open_review = self.view is not None and self.stack.currentWidget() is self.view
        read_only = bool(self.session and self.session.read_only)
        for action in self.review_actions:
            action.setEnabled(open_review)
        for action in (
            *self.score_actions,
            self.note_action,
            self.quick_action,
            self.undo_action,
            self.finish_action,
        ):
            action.setEnabled(open_review and not read_only)
        self.reopen_action.setEnabled(open_review and read_only and not self.read_only)
        self.consensus_action.setEnabled(open_review and self.session.independent)
        self.new_action.setEnabled(not self.read_only)
        self.import_action.setEnabled(not self.read_only)

    # --- home and reviews -------------------------------------------------------------------
    def show_home(self, select_review: str = "") -> None:
        self.home.set_overview(load_overview(self.db, self.library, self.lang), select_review)
        self.stack.setCurrentWidget(self.home)
        self._set_title(paths.APP_NAME)
        self._update_actions()
        self.home.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    def go_home(self) -> None:
        previous = self.session.review.id if self.session else ""
        self._close_review()
        settings.set_last_review("")
        self.show_home(previous)

    def _search(self) -> None:
        if self.stack.currentWidget() is not self.home:
            self.go_home()
        self.home.focus_search()

    def _close_review(self) -> None:
        if self.view is not None:
            self.view.flush()
            self.stack.removeWidget(self.view)
            self.view.deleteLater()
        self.view = self.session = None

    def open_review(self, review_id: str) -> bool:
        """Open a review where the assessor left it (the page is remembered per review)."""
        try:
            review = repository.get_review(self.db, review_id)
            session = ReviewSession(self.db, self.library, review, self.lang, db_read_only=self.read_only)
        except (StorageError, UnknownScaleError) as exc:
            self._inform(QMessageBox.Icon.Warning, self.tr("The review cannot be opened"), str(exc))
            return False
        self._close_review()
        self.session = session
        self.view = ReviewView(session)
        self.stack.addWidget(self.view)
        self.stack.setCurrentWidget(self.view)
        self.view.page_changed.connect(lambda page: settings.set_review_position(review_id, page))
        self.view.reopen_requested.connect(self.reopen_review)
        self.view.report_requested.connect(self.export_report)
        session.state_changed.connect(self._update_actions)
        self.view.show_page(settings.review_position(review_id) or self.view.pages[0])
        settings.set_last_review(review_id)
        self._set_title(f"{session.unit.name} {review.visit_start} – {paths.APP_NAME}")
        self._update_actions()
        return True

    def _after_import(self, review_id: str) -> None:
        """Show what the import brought: the open review again, or the list with it selected."""
        if self.session is not None and self.session.review.id == review_id:
            self.open_review(review_id)
        elif self.stack.currentWidget() is self.home:
            self.show_home(review_id)

    def restore_last_review(self) -> None:
        last = settings.last_review()
        if last:
            try:
                repository.get_review(self.db, last)
            except StorageError:
                settings.set_last_review("")
                return
            self.open_review(last)

    def _set_title(self, title: str) -> None:
        self.setWindowTitle(title + (" – " + self.tr("Read-only") if self.read_only else ""))

    def new_review(self) -> None:
        if self.read_only:
            return
        scales = self.library.all()
        if not scales:
            self._inform(
                QMessageBox.Icon.Warning,
                self.tr("No scale installed"),
                self.tr("No scale file could be read, so a review cannot be started."),
            )
            return
        self.dialog = NewReviewDialog(repository.list_units(self.db), scales, self.lang, self)
        self.dialog.accepted.connect(self._create_review)
        self.dialog.open()

    def _create_review(self) -> None:
        value = self.dialog.value()
        try:
            if value.unit_id is None:
                unit = repository.create_unit(self.db, value.unit_name, value.organisation)
            else:
                unit = repository.get_unit(self.db, value.unit_id)
                if unit.organisation != value.organisation:
                    unit = repository.update_unit(self.db, unit.id, organisation=value.organisation)
            review = repository.create_review(
                self.db, unit.id, value.scale, value.visit_start, value.visit_end, value.reviewers
            )
        except (StorageError, ValueError) as exc:
            self._inform(QMessageBox.Icon.Warning, self.tr("The review could not be created"), str(exc))
            return
        self.open_review(review.id)

    # --- finishing ----------------------------------------------------------------------------
    def finish_review(self) -> None:
        if self.session is None or self.session.read_only:
            return
        self.view.flush()
        s, summary = self.session, self.session.summary()
        if not summary.complete:
            first = summary.missing[0]
            missing = "\n".join(f"• {s.item_code(i)} – {s.text(s.scale.item(i).title)}" for i in summary.missing)
            if s.independent:  # the result is the consensus, not any reviewer's own scores
                missing = self.tr("With two reviewers the result is the consensus. No consensus score yet:") \
                    + "\n" + missing
                go, target = self.tr("Open the consensus view"), CONSENSUS
            else:
                go, target = self.tr("Go to the first missing"), first
            self._ask(QMessageBox.Icon.Warning, self.tr("Not finished yet"),
                      self.tr("Incomplete – %n criteria missing", "", len(summary.missing)), missing,
                      go, self.tr("Close"), lambda: self._after_missing(target, first))
            return
        text = (self.tr("All criteria are scored: %1/%2 points, %3.")
                .replace("%1", str(summary.total)).replace("%2", str(summary.max_total))
                .replace("%3", s.text(summary.band.label)))
        self._ask(QMessageBox.Icon.Question, self.tr("Finish the review"), text,
                  self.tr("A finished review is read-only until it is deliberately reopened."),
                  self.tr("Finish"), self.tr("Cancel"), s.finish)

    def _ask(self, icon, title: str, text: str, info: str, accept: str, reject: str, on_accept) -> None:
        """A question that does not block; `on_accept` runs when the (default) accept button is chosen."""
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setInformativeText(info)
        accept_button = box.addButton(accept, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(reject, QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(accept_button)
        box.finished.connect(lambda _r: on_accept() if box.clickedButton() is accept_button else None)
        self.message_box = box
        box.open()

    def _after_missing(self, page: str, first_missing: str) -> None:
        """Go where the missing scores are entered: the consensus view, or the first criterion."""
        self.view.show_page(page if page == CONSENSUS else first_missing)
        if page == CONSENSUS:
            self.view.consensus.select_first_missing()

    def reopen_review(self) -> None:
        if self.session is None or not self.session.read_only or self.read_only:
            return
        self._ask(QMessageBox.Icon.Question, self.tr("Reopen the review"),
                  self.tr("Reopen the finished review for changes?"),
                  self.tr("The reopening is recorded in the review's log."),
                  self.tr("Reopen"), self.tr("Cancel"), self.session.reopen)

    def show_backups(self) -> None:
        """Arkiv → Säkerhetskopior: list, back up now, restore into this window."""
        self.backup_dialog = BackupDialog(self)
        self.backup_dialog.open()

    def show_audit(self) -> None:
        """Every score change, finish and reopen of the open review, newest first."""
        if self.session is not None:
            self.audit_dialog = AuditDialog(self.session, None, self)
            self.audit_dialog.open()

    # --- PDF ------------------------------------------------------------------------------------
    def export_report(self) -> None:
        if self.session is not None:
            self.exporter.export_report(self.session)

    def export_blank_form(self) -> None:
        scale = self.session.scale if self.session else self.library.latest("ips25")
        self.exporter.export_blank_form(scale, self.lang)

    # --- other ----------------------------------------------------------------------------------
    def choose_language(self, lang: str) -> None:
        settings.set_language(lang)
        if lang != self.lang:
            self._inform(
                QMessageBox.Icon.Information,
                self.tr("Language"),
                self.tr("The new language is used the next time the program starts."),
            )

    def show_shortcuts(self) -> None:
        rows = [
            (self.tr("Next / previous criterion"), "Ctrl+PgDown / Ctrl+PgUp, Alt+↓ / Alt+↑"),
            (self.tr("Go to criterion"), "Ctrl+G"),
            (self.tr("Back to the score cards"), "Esc"),
            (self.tr("Score"), "1–5 (0 " + self.tr("clears") + ")"),
            (self.tr("New note"), "Ctrl+N"),
            (self.tr("Quick note"), "Ctrl+K"),
            (self.tr("Calculator"), "Ctrl+B"),
            (self.tr("Undo deleting a note"), "Ctrl+Z"),
            (self.tr("Consensus"), "Ctrl+Shift+K"),
            (self.tr("Finish"), "Ctrl+Shift+F"),
            (self.tr("Export the report as PDF"), "Ctrl+E"),
            (self.tr("Units and reviews"), "Alt+Home"),
            (self.tr("New review"), "Ctrl+Shift+N"),
            (self.tr("History of the unit"), "Ctrl+H"),
            (self.tr("All units"), "Ctrl+Shift+O"),
        ]
        self._inform(
            QMessageBox.Icon.Information,
            self.tr("Keyboard shortcuts"),
            "\n".join(f"{keys}\t{what}" for what, keys in rows),
        )

    def _inform(self, icon, title: str, text: str) -> None:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, self)
        box.addButton(self.tr("OK"), QMessageBox.ButtonRole.AcceptRole)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message_box = box
        box.open()

    def flush(self) -> None:
        """Commit all typed text now."""
        if self.view is not None:
            self.view.flush()

    def closeEvent(self, event) -> None:
        self.flush()
        store = settings.settings()
        store.setValue("window/geometry", self.saveGeometry())
        store.sync()
        super().closeEvent(event)
