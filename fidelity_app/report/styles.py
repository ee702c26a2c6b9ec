"""Page size, margins, colours and paragraph styles shared by the report and the blank form."""

from __future__ import annotations

from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from .fonts import BOLD, ITALIC, REGULAR, register_fonts

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 20 * mm
MARGIN_TOP = 24 * mm  # room for the running header
MARGIN_BOTTOM = 20 * mm  # room for the footer with page numbers
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN_X

INK = colors.HexColor("#1d2733")
MUTED = colors.HexColor("#5c6b7a")
ACCENT = colors.HexColor("#1f4e79")
RULE = colors.HexColor("#b8c4d0")
SHADE = colors.HexColor("#e9eff5")
LIGHT = colors.HexColor("#f5f7fa")
DRAFT = colors.HexColor("#b3261e")
STRENGTH = colors.HexColor("#2e7d32")
DEVELOPMENT = colors.HexColor("#c8642b")
OTHER = colors.HexColor("#5b7fa6")


def _luminance(colour: colors.Color) -> float:
    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(colour.red) + 0.7152 * linear(colour.green) + 0.0722 * linear(colour.blue)


def readable_on(background: colors.Color) -> colors.Color:
    """White or dark ink, whichever contrasts more with `background` (band colours come from the
    scale file, so a light one must not get white text)."""
    light = _luminance(background)
    white = 1.05 / (light + 0.05)
    dark = (light + 0.05) / (_luminance(INK) + 0.05)
    return colors.white if white >= dark else INK


@cache
def styles() -> dict[str, ParagraphStyle]:
    """Named paragraph styles (sizes in points)."""
    register_fonts()
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=9.5, leading=13.5, textColor=INK,
                          spaceAfter=4)
    made = {
        "body": body,
        "small": ParagraphStyle("small", body, fontSize=8, leading=10.5, textColor=MUTED),
        "intro": ParagraphStyle("intro", body, fontSize=8, leading=10.5, textColor=MUTED),
        "note": ParagraphStyle("note", body, fontName=ITALIC, fontSize=8.5, leading=11.5,
                               textColor=MUTED),
        "cell": ParagraphStyle("cell", body, fontSize=9, leading=11.5, spaceAfter=0),
        "cell_small": ParagraphStyle("cell_small", body, fontSize=8.5, leading=10.5, spaceAfter=0),
        "cell_bold": ParagraphStyle("cell_bold", body, fontName=BOLD, fontSize=9, leading=11.5,
                                    spaceAfter=0),
        "cell_right": ParagraphStyle("cell_right", body, fontSize=9, leading=11.5, spaceAfter=0,
                                     alignment=TA_RIGHT),
        "cell_center": ParagraphStyle("cell_center", body, fontSize=9, leading=11.5, spaceAfter=0,
                                      alignment=TA_CENTER),
        "head_right": ParagraphStyle("head_right", body, fontName=BOLD, fontSize=8.5, leading=11.5,
                                     spaceAfter=0, alignment=TA_RIGHT),
        "head_center": ParagraphStyle("head_center", body, fontName=BOLD, fontSize=8.5, leading=11.5,
                                      spaceAfter=0, alignment=TA_CENTER),
        "label": ParagraphStyle("label", body, fontName=BOLD, fontSize=8, leading=10.5,
                                textColor=MUTED, spaceAfter=0),
        "title": ParagraphStyle("title", body, fontName=BOLD, fontSize=20, leading=25,
                                textColor=ACCENT, spaceAfter=2),
        "subtitle": ParagraphStyle("subtitle", body, fontSize=13, leading=17, textColor=INK,
                                   spaceAfter=10),
        "h2": ParagraphStyle("h2", body, fontName=BOLD, fontSize=14, leading=18, textColor=ACCENT,
                             spaceBefore=8, spaceAfter=6),
        "h3": ParagraphStyle("h3", body, fontName=BOLD, fontSize=10.5, leading=14, textColor=INK,
                             spaceBefore=8, spaceAfter=3),
        "indent": ParagraphStyle("indent", body, leftIndent=10, spaceBefore=3),
        "big": ParagraphStyle("big", body, fontName=BOLD, fontSize=22, leading=26, textColor=INK,
                              spaceAfter=0),
        "band": ParagraphStyle("band", body, fontName=BOLD, fontSize=12, leading=15,
                               textColor=colors.white, spaceAfter=0),
    }
    return made
