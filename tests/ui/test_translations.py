"""Every visible string is translated to Swedish and the compiled .qm matches the .ts."""

from __future__ import annotations

import ast
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QLineEdit, QPlainTextEdit

from fidelity_app.storage.database import open_database
from fidelity_app.storage.demo import load_demo
from fidelity_app.ui import settings

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "resources" / "translations"
TS, QM = FOLDER / "ips_fidelity_sv.ts", FOLDER / "ips_fidelity_sv.qm"
BIN = Path(sys.executable).parent
UI = ROOT / "fidelity_app" / "ui"
# Methods and widget constructors whose first argument is shown to the user.
SHOWN = {
    "setText",
    "setToolTip",
    "setPlaceholderText",
    "setWindowTitle",
    "setTitle",
    "addRow",
    "addMenu",
    "setInformativeText",
    "QLabel",
    "QPushButton",
    "QAction",
    "QCheckBox",
    "addItem",
    "addButton",
    "setAccessibleName",
}

needs_tools = pytest.mark.skipif(not (BIN / "pyside6-lupdate").exists(), reason="no pyside6-lupdate")


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(path)
    return {
        (context.findtext("name"), message.findtext("source")): message
        for context in tree.iter("context")
        for message in context.iter("message")
    }


@needs_tools
def test_ts_holds_exactly_the_strings_in_the_code(tmp_path):
    """Regenerating the .ts from the code gives the same messages (no new or stale strings)."""
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in UI.rglob("*.py"))
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), *sources, "-ts", str(fresh), "-no-obsolete", "-locations", "none"],
        check=True,
        capture_output=True,
    )
    assert set(_messages(fresh)) == set(_messages(TS)), (
        "run: .venv/bin/python resources/translations/update_translations.py"
    )


def test_every_message_has_a_finished_swedish_translation():
    """No message is empty, unfinished or obsolete; plural messages have both Swedish forms."""
    problems = []
    for (context, source), message in _messages(TS).items():
        translation = message.find("translation")
        forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
        if translation.get("type") in ("unfinished", "obsolete", "vanished") or not all(
            f and f.strip() for f in forms
        ):
            problems.append(f"{context}: {source}")
    assert not problems


@needs_tools
def test_compiled_qm_matches_the_ts(tmp_path):
    """The shipped .qm is what lrelease makes of the shipped .ts (it is not stale)."""
    compiled = tmp_path / "check.qm"
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), str(TS), "-qm", str(compiled)], check=True, capture_output=True
    )
    assert compiled.read_bytes() == QM.read_bytes()


def _literal_shown(call: ast.Call) -> bool:
    name = call.func.attr if isinstance(call.func, ast.Attribute) else getattr(call.func, "id", "")
    if name not in SHOWN or not call.args:
        return False
    first = call.args[0]
    return (
        isinstance(first, ast.Constant)
        and isinstance(first.value, str)
        and any(c.isalpha() for c in first.value)
    )


def test_no_visible_string_bypasses_translation():
    """Text passed straight to a widget is never a bare literal (it goes through self.tr)."""
    allowed = {"Svenska", "English"}  # language names are shown in their own language
    found = []
    for path in UI.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and _literal_shown(node) and node.args[0].value not in allowed:
                found.append(f"{path.name}:{node.lineno}: {node.args[0].value!r}")
    assert not found


def test_window_in_swedish_shows_no_english_source_text(qtbot, open_window, db_path, scale):
    """Every text the window shows on home and a criterion page is Swedish, not an English source."""
    english = {
        source for (_ctx, source), m in _messages(TS).items() if (m.find("translation").text or "") != source
    }
    db = open_database(db_path)
    load_demo(db, scale)
    db.close()
    window = open_window()
    seen = _texts(window)
    draft_index = window.home.proxy.index(0, 0, window.home.proxy.index(0, 0))
    window.home.tree.setCurrentIndex(draft_index)
    window.home.open_button.click()
    seen |= _texts(window) | {a.text() for a in window.findChildren(type(window.new_action))}
    assert not {text for text in seen if text in english}
    assert "Verksamheter och mätningar" in seen or "Poäng" in seen


def _texts(window) -> set[str]:
    texts = set()
    for widget in window.findChildren(QLabel) + window.findChildren(QAbstractButton):
        texts.add(widget.text())
        texts.add(widget.toolTip())
    for widget in window.findChildren(QLineEdit) + window.findChildren(QPlainTextEdit):
        texts.add(widget.placeholderText())
    texts |= {w.title() for w in window.findChildren(QGroupBox)}
    return {t for t in texts if t}


def test_english_can_be_chosen(qtbot, open_window):
    """Choosing English in the Språk menu is remembered for the next start."""
    window = open_window()
    window.choose_language("en")
    assert settings.language() == "en"
    assert window.message_box.text() == "Det nya språket används nästa gång programmet startas."
