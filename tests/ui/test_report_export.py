"""Exporting the report from the window: a real PDF, notes only on request, a warning for personnummer."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices

from fidelity_app.storage import repository
from tests.ui.conftest import make_review, press

CTRL = Qt.KeyboardModifier.ControlModifier
# A checksum-valid personnummer made up for the test (1981-12-18).
PERSONNUMMER = "19811218-9876"


def _pdf_text(path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


def _open_scored(open_window, db_path, scale):
    from fidelity_app.storage.database import open_database

    db = open_database(db_path)
    review = make_review(db, scale)
    for item in scale.items:
        repository.set_rating(db, scale, review.id, item.id, score=5 if item.section == "staffing" else 4)
    repository.add_note(db, review.id, f"Deltagare {PERSONNUMMER} berättade om sitt arbete.",
                        item_id=scale.items[0].id, source="INT")
    db.close()
    window = open_window()
    window.open_review(review.id)
    return window, review


def test_ctrl_e_writes_the_report_and_offers_to_open_it(qtbot, open_window, db_path, scale, tmp_path, monkeypatch):
    """Ctrl+E, Enter: the PDF names unit, total and band, leaves notes out, and “Öppna filen” opens it."""
    window, review = _open_scored(open_window, db_path, scale)
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    press(qtbot, window, Qt.Key.Key_E, CTRL)
    dialog = window.exporter.dialog
    qtbot.waitUntil(dialog.isVisible)
    assert not dialog.notes.isChecked()
    target = tmp_path / "rapport.pdf"
    dialog.path.setText(str(target))
    with qtbot.waitSignal(dialog.chosen):
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
    box = window.exporter.result_box
    qtbot.waitUntil(box.isVisible)
    text = _pdf_text(target)
    assert "IPS Testvik" in text and "103 av 125" in text and "Stämmer bra överens med IPS" in text
    assert PERSONNUMMER not in text
    with qtbot.waitSignal(box.finished):
        qtbot.keyClick(box, Qt.Key.Key_Return)
    assert opened == [str(target)]


def test_including_notes_warns_about_personal_numbers(qtbot, open_window, db_path, scale, tmp_path):
    """Ticking “ta med anteckningarna” shows a warning naming the personnummer, and the English PDF has the note."""
    window, review = _open_scored(open_window, db_path, scale)
    window.view.status.report_button.click()
    dialog = window.exporter.dialog
    qtbot.waitUntil(dialog.isVisible)
    assert not dialog.warning.isVisibleTo(dialog)
    dialog.notes.setChecked(True)
    assert dialog.warning.isVisibleTo(dialog) and "personnummer" in dialog.warning.text()
    dialog.language.setCurrentIndex(1)
    dialog.path.setText(str(tmp_path / "report"))
    with qtbot.waitSignal(dialog.chosen):
        dialog.save_button.click()
    text = _pdf_text(tmp_path / "report.pdf")
    assert PERSONNUMMER in text and "Good fidelity" in text


def test_unwritable_place_is_reported_and_nothing_is_written(qtbot, open_window, db_path, scale, tmp_path):
    """Saving into a folder that does not exist gives a clear message instead of a PDF."""
    window, review = _open_scored(open_window, db_path, scale)
    window.export_report()
    dialog = window.exporter.dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.path.setText(str(tmp_path / "saknas" / "rapport.pdf"))
    with qtbot.waitSignal(dialog.chosen):
        dialog.save_button.click()
    box = window.exporter.result_box
    assert box.windowTitle() == "PDF-filen kunde inte sparas"
    assert not (tmp_path / "saknas").exists()


def test_blank_form_from_the_file_menu(qtbot, open_window, tmp_path):
    """The blank scoring form can be saved from the home page, before any review exists."""
    window = open_window()
    window.blank_form_action.trigger()
    dialog = window.exporter.dialog
    qtbot.waitUntil(dialog.isVisible)
    assert not dialog.notes.isVisibleTo(dialog)
    dialog.path.setText(str(tmp_path / "formular.pdf"))
    with qtbot.waitSignal(dialog.chosen):
        dialog.save_button.click()
    assert "Klientgruppens storlek" in _pdf_text(tmp_path / "formular.pdf")
