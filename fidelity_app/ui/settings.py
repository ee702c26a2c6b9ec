"""Window settings (geometry, last-open review, language) in one ini file in the data folder."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from .. import paths

DEFAULT_LANGUAGE = "sv"
LANGUAGES = ("sv", "en")


def settings() -> QSettings:
    """The program's settings; tests get their own file because paths.data_dir() is per test."""
    folder = paths.data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)


def language() -> str:
    value = str(settings().value("ui/language", DEFAULT_LANGUAGE))
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def set_language(lang: str) -> None:
    store = settings()
    store.setValue("ui/language", lang if lang in LANGUAGES else DEFAULT_LANGUAGE)
    store.sync()


def last_review() -> str:
    return str(settings().value("session/last_review", "") or "")


def set_last_review(review_id: str) -> None:
    store = settings()
    store.setValue("session/last_review", review_id)
    store.sync()


def review_position(review_id: str) -> str:
    """The page (item id, or 'unsorted') the assessor last had open in a review."""
    return str(settings().value(f"positions/{review_id}", "") or "")


def set_review_position(review_id: str, page: str) -> None:
    # Every page change lands here: no sync() to disk (about 1 ms each). Qt writes the file
    # from the event loop and at close, and other QSettings in this process see it at once.
    settings().setValue(f"positions/{review_id}", page)


def review_rater(review_id: str) -> str:
    """Whose scores were last entered in a review on this laptop: a reviewer id or 'consensus'."""
    return str(settings().value(f"raters/{review_id}", "") or "")


def set_review_rater(review_id: str, rater: str) -> None:
    store = settings()
    store.setValue(f"raters/{review_id}", rater)
    store.sync()
