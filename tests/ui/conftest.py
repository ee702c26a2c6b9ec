"""GUI fixtures: Swedish translations installed, main windows on a database file, demo data."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from fidelity_app.storage import repository
from fidelity_app.storage.database import open_database
from fidelity_app.ui import style, translations
from fidelity_app.ui.main_window import MainWindow

# The offscreen platform plugin cannot pass window size hints on; real platforms can.
OFFSCREEN_ONLY = r"This plugin does not support (propagateSizeHints\(\)|raise\(\)|grabbing the keyboard)"


def pytest_collection_modifyitems(items):
    for item in items:
        item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_ONLY))


@pytest.fixture(scope="session", autouse=True)
def swedish(qapp):
    """The UI language of the tests is the default one: Swedish."""
    style.apply(qapp)
    installed = translations.install(qapp, "sv")
    yield
    translations.remove(qapp, installed)


@pytest.fixture
def open_window(qtbot, db_path, library):
    """Open a main window (as a fresh program start would) on the test's database file."""
    opened = []

    def factory(lang: str = "sv", restore: bool = True, laptop_size: bool = True) -> MainWindow:
        db = open_database(db_path)
        window = MainWindow(db, library, lang)
        qtbot.addWidget(window)
        if laptop_size:
            window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        if restore:
            window.restore_last_review()
        opened.append((window, db))
        return window

    yield factory
    for window, db in opened:
        if window.isVisible():
            window.close()
        db.close()


def close_window(window: MainWindow) -> None:
    """Close as the user would (the window's close button), then drop its database connection."""
    window.close()
    window.db.close()


def focused(window) -> object:
    """The widget that receives typed keys."""
    return QApplication.focusWidget() or window.focusWidget() or window


def press(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(window), key, modifier)


def type_text(qtbot, window, text: str) -> None:
    """Type text key by key (QTest cannot map å, ä, ö to keys, so those go as text events)."""
    widget = focused(window)
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def make_review(db, scale, reviewers=("Karin Lindqvist", "Jonas Åberg"), unit="IPS Testvik"):
    created = repository.create_unit(db, unit, "Region Test")
    return repository.create_review(db, created.id, scale, "2026-03-02", "2026-03-03", reviewers)
