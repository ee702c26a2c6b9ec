"""Typed text reaches the database half a second after the last keystroke, or sooner on demand."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

DELAY_MS = 500


class TextAutosave(QObject):
    """Binds a text field to a commit function; flush() commits now (page change, close, quit).

    A failed commit keeps the text marked as changed, so the next flush tries again."""

    def __init__(
        self, widget: QLineEdit | QPlainTextEdit, session_getter: Callable, key: str, delay_ms: int = DELAY_MS
    ):
        super().__init__(widget)
        self.widget, self._session, self.key = widget, session_getter, key
        self._commit: Callable[[str], bool] | None = None
        self._dirty = self._loading = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(self.flush)
        widget.textChanged.connect(self._changed)
        widget.installEventFilter(self)

    def text(self) -> str:
        w = self.widget
        return w.toPlainText() if isinstance(w, QPlainTextEdit) else w.text()

    def load(self, text: str, commit: Callable[[str], bool] | None) -> None:
        """Show `text` and send later edits to `commit` (None: nothing to save to)."""
        self.flush()
        self._loading = True
        try:
            if self.text() != text:
                if isinstance(self.widget, QPlainTextEdit):
                    self.widget.setPlainText(text)
                else:
                    self.widget.setText(text)
        finally:
            self._loading = False
        self._commit = commit

    @property
    def dirty(self) -> bool:
        return self._dirty

    def _changed(self, *_args) -> None:
        if self._loading or self._commit is None:
            return
        self._dirty = True
        session = self._session()
        if session is not None:
            session.mark_pending(self.key)
        self.timer.start()

    def flush(self) -> None:
        self.timer.stop()
        if not self._dirty or self._commit is None:
            return
        if self._commit(self.text()):
            self._dirty = False
            session = self._session()
            if session is not None:
                session.clear_pending(self.key)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.widget and event.type() == QEvent.Type.FocusOut:
            self.flush()
        return False
