"""Loading the Qt Linguist translations: English source strings, Swedish by default."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from .. import paths

CATALOG = "ips_fidelity"


def translations_dir():
    return paths.resources_dir() / "translations"


def install(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Install the translators for `lang` ('sv' or 'en') and return them (keep a reference)."""
    installed: list[QTranslator] = []
    QLocale.setDefault(
        QLocale(
            QLocale.Language.Swedish if lang == "sv" else QLocale.Language.English,
            QLocale.Country.Sweden if lang == "sv" else QLocale.Country.UnitedKingdom,
        )
    )
    if lang == "en":
        return installed  # the source strings are English
    ours = QTranslator(app)
    if ours.load(f"{CATALOG}_{lang}", str(translations_dir())):
        app.installTranslator(ours)
        installed.append(ours)
    qt = QTranslator(app)
    if qt.load(f"qt_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    return installed


def remove(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
