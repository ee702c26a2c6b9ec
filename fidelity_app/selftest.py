"""`fidelity-app --self-test`: prove an installed copy works, without touching the user's data.

Opens the main window (offscreen when there is no display), loads the shipped IPS-25 scale,
fills a temporary database with the demo reviews, scores the open demo review through the
window, writes its PDF report and checks the file. Everything lives in a temporary folder
that is removed afterwards; the user's data folder and settings are never read or written.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

from . import paths


class SelfTestError(Exception):
    """A step of the self-test failed; the message says which."""


def _needs_offscreen() -> bool:
    if os.environ.get("QT_QPA_PLATFORM"):
        return False
    if sys.platform.startswith("linux"):
        return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return False  # Windows and macOS always have a screen for a desktop session


def check(folder: Path) -> str:
    """Run every step in `folder` (an empty, temporary directory); a summary line, or SelfTestError."""

    from .domain.scale_library import ScaleLibrary
    from .report import write_review_report
    from .storage import repository
    from .storage.database import open_database
    from .storage.demo import load_demo
    from .ui import app as ui_app
    from .ui import translations
    from .ui.main_window import MainWindow

    started = time.perf_counter()
    library = ScaleLibrary.from_folders([paths.shipped_scales_dir()])
    if library.errors:
        raise SelfTestError(f"skalfilen kunde inte läsas / scale file unreadable: {library.errors[0]}")
    scale = library.latest("ips25")
    if len(scale.items) != 25:
        raise SelfTestError(f"IPS-25 har {len(scale.items)} kriterier, inte 25")

    qt_app = ui_app.create_application([sys.argv[0] if sys.argv else "fidelity-app"])
    translators = translations.install(qt_app, "sv")
    if not translators:
        raise SelfTestError(f"svenska översättningen saknas / Swedish translation missing in "
                            f"{translations.translations_dir()}")
    db = open_database(folder / "selftest.sqlite")
    window = None
    try:
        if not load_demo(db, scale):
            raise SelfTestError("demodatan lades inte in / demo data not loaded")
        draft = next((r for r in repository.list_reviews(db) if not r.finished), None)
        if draft is None:
            raise SelfTestError("ingen pågående demomätning / no open demo review")
        window = MainWindow(db, library, "sv")
        window.show()
        qt_app.processEvents()
        if not window.open_review(draft.id) or window.view is None:
            raise SelfTestError("mätningen kunde inte öppnas i fönstret / review did not open")
        scored = {r.item_id for r in repository.ratings(db, draft.id) if r.score is not None}
        todo = [item.id for item in scale.items if item.id not in scored]
        for item_id in todo:  # score what the demo left open, as the assessor would with keys 1–5
            window.view.show_page(item_id)
            window.view.set_score(3)
            qt_app.processEvents()
        window.flush()
        stored = {(r.item_id, r.score) for r in repository.ratings(db, draft.id)}
        missing = [item_id for item_id in todo if (item_id, 3) not in stored]
        if missing:
            raise SelfTestError(f"poängen sparades inte / scores not saved: {', '.join(missing)}")
        pdf = write_review_report(db, library, draft.id, folder / "rapport.pdf", lang="sv")
        size = pdf.stat().st_size if pdf.exists() else 0
        if size < 1000 or not pdf.read_bytes().startswith(b"%PDF"):
            raise SelfTestError(f"rapporten är tom eller trasig / report empty or broken ({size} bytes)")
    finally:
        if window is not None:
            window.close()
            window.deleteLater()
        translations.remove(qt_app, translators)
        qt_app.processEvents()
        db.close()
    seconds = time.perf_counter() - started
    return (f"{scale.id} {scale.edition}, {len(todo)} kriterier bedömda i fönstret, "
            f"rapport {size // 1024} KiB, {seconds:.1f} s")


def run() -> int:
    """The --self-test command: exit code 0 with one line on stdout, or 1 with one line on stderr."""
    if _needs_offscreen():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    saved = os.environ.get(paths.DATA_DIR_ENV)
    try:
        with tempfile.TemporaryDirectory(prefix="ips-fidelity-selftest-") as folder:
            # Settings and backups follow the data folder: point it at the temporary one.
            os.environ[paths.DATA_DIR_ENV] = str(Path(folder) / "data")
            summary = check(Path(folder))
    except Exception as exc:  # any failure at all is the answer to "does this copy work?"
        print(f"self-test FAILED: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    finally:
        if saved is None:
            os.environ.pop(paths.DATA_DIR_ENV, None)
        else:
            os.environ[paths.DATA_DIR_ENV] = saved
    print(f"self-test OK: {summary}")
    return 0
