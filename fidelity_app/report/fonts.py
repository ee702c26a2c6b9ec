"""The shipped DejaVu Sans font: registered once with reportlab, and text made safe for it."""

from __future__ import annotations

import re
import threading
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ..paths import resources_dir

REGULAR, BOLD, ITALIC, BOLD_ITALIC = "DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", \
    "DejaVuSans-BoldOblique"
_FILES = {name: f"{name}.ttf" for name in (REGULAR, BOLD, ITALIC, BOLD_ITALIC)}
REPLACEMENT = "\ufffd"
_lock = threading.Lock()
_glyphs: frozenset[int] = frozenset()
# C0 controls except tab and newline break reportlab's paragraph parser.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


class FontMissingError(FileNotFoundError):
    """The font files are not where the program expects them (a broken installation)."""


def register_fonts() -> None:
    """Register the four DejaVu Sans styles and their family once per process."""
    global _glyphs
    with _lock:
        if _glyphs:
            return
        folder = resources_dir() / "fonts"
        for name, filename in _FILES.items():
            path = folder / filename
            if not path.is_file():
                raise FontMissingError(f"Typsnittet saknas: {path} / font file missing")
            pdfmetrics.registerFont(TTFont(name, str(path)))
        pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=ITALIC,
                                      boldItalic=BOLD_ITALIC)
        for bold, italic, name in ((0, 0, REGULAR), (1, 0, BOLD), (0, 1, ITALIC), (1, 1, BOLD_ITALIC)):
            addMapping(REGULAR, bold, italic, name)
        font = pdfmetrics.getFont(REGULAR)
        _glyphs = frozenset(code for code, glyph in font.face.charToGlyph.items() if glyph)


def plain(value: str) -> str:
    """User text the font can show: controls removed; characters outside the Basic Multilingual
    Plane or without a glyph become U+FFFD, because reportlab writes a broken text layer for them."""
    register_fonts()
    value = _CONTROL.sub("", value.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " "))
    return "".join(ch if ch in "\n " or (ord(ch) <= 0xFFFF and ord(ch) in _glyphs) else REPLACEMENT
                   for ch in value)


def markup(value: str) -> str:
    """User text as paragraph markup: made `plain`, XML-escaped, line breaks kept."""
    return escape(plain(value)).replace("\n", "<br/>")
