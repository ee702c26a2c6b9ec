"""A separate program for the kill test: edits notes and scores in the real window and reports
each edit the window shows as saved ("PENDING …" before, "SAVED …" after) on stdout.

Usage: python tests/crash_driver.py DB_PATH SEED
"""

from __future__ import annotations

import hashlib
import os
import random
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from fidelity_app import paths  # noqa: E402
from fidelity_app.domain.scale_library import ScaleLibrary  # noqa: E402
from fidelity_app.storage import repository  # noqa: E402
from fidelity_app.ui.main_window import MainWindow  # noqa: E402
from fidelity_app.ui.startup import Startup, backup_in_background  # noqa: E402

WORDS = "handledaren loggen arbetsgivare coach deltagare journal veckan mote atta oppet".split()


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


class NoQuestions:
    """Start-up must not need to ask anything here; if it does, the test fails on 'ASKED'."""

    def ask(self, title, text, choices):
        say(f"ASKED {title}: {text}")
        return "quit"

    def tell(self, title, text):
        say(f"ASKED {title}: {text}")


def main() -> int:
    db_path, rng = Path(sys.argv[1]), random.Random(int(sys.argv[2]))
    app = QApplication(sys.argv[:1])
    opened = Startup(db_path, NoQuestions()).run()
    if opened is None:
        return 3
    backup_in_background(db_path, "start")  # as the program does: a kill may hit the copy too
    library = ScaleLibrary.from_folders([paths.shipped_scales_dir()])
    scale = library.latest("ips25")
    reviews = repository.list_reviews(opened.db)
    if not reviews:
        unit = repository.create_unit(opened.db, "IPS Kraschvik", "Region Test")
        reviews = [repository.create_review(opened.db, unit.id, scale, "2026-03-02", "2026-03-03",
                                            ["Karin Lindqvist", "Jonas Åberg"])]
    window = MainWindow(opened.db, library, "sv")
    window.show()
    window.open_review(reviews[0].id)
    view, session = window.view, window.session
    say("READY")
    while True:
        item = rng.choice(scale.items).id
        view.show_page(item)
        if rng.random() < 0.4:
            score = rng.randint(1, 5)
            say(f"PENDING score {item} {score}")
            view.set_score(score)  # the same call as pressing 1–5
            if session.score(item) == score and not session.error:
                say(f"SAVED score {item} {score}")
            continue
        panel = view.criterion.notes
        existing = session.notes_for(item)
        if existing and rng.random() < 0.4:
            panel._select_row(panel.model.row_of(rng.choice(existing).id))
        else:
            panel.new_note()
        text = panel.text.toPlainText() + " " + " ".join(rng.choice(WORDS) for _ in range(3))
        say(f"PENDING note {panel.note_id} {digest(text)}")
        panel.text.setFocus()
        panel.text.moveCursor(panel.text.textCursor().MoveOperation.End)
        QTest.keyClicks(panel.text, text[len(panel.text.toPlainText()):])  # typed key by key
        typed = panel.text.toPlainText()
        window.flush()  # Ctrl+S, a page change or closing does the same
        note = session.note(panel.note_id)
        if not panel.text_saver.dirty and not session.error and note.text == typed:
            say(f"SAVED note {note.id} {digest(typed)}")
        app.processEvents()


if __name__ == "__main__":
    sys.exit(main())
