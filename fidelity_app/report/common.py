"""Small helpers both PDFs use: texts in the chosen language, item names, dates, table looks."""

from __future__ import annotations

from reportlab.platypus import TableStyle

from ..domain.review import Review
from ..domain.scale import Item, Scale
from .fonts import BOLD, REGULAR
from .styles import INK, RULE, SHADE


def pick(texts: dict[str, str], lang: str) -> str:
    """The text in `lang`, else Swedish, else any; scale files may lack a language."""
    return texts.get(lang) or texts.get("sv") or next(iter(texts.values()), "")


def item_code(scale: Scale, item: Item, lang: str) -> str:
    """'Personal 1', 'Services 4': the reference used in IPS reports."""
    return f"{pick(scale.section(item.section).title, lang)} {item.number}"


def item_name(scale: Scale, item: Item, lang: str) -> str:
    """'Personal 1 · Klientgruppens storlek'."""
    return f"{item_code(scale, item, lang)} · {pick(item.title, lang)}"


def visit_dates(review: Review) -> str:
    """The visit as ISO dates: one day, or first – last."""
    if not review.visit_end or review.visit_end == review.visit_start:
        return review.visit_start
    return f"{review.visit_start} – {review.visit_end}"


def base_style(*commands: tuple) -> TableStyle:
    """A table style whose plain-text cells (even empty ones) use the embedded font, never
    reportlab's default Helvetica, which would be left unembedded in the PDF."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR), *commands])


def grid_style(*extra: tuple) -> TableStyle:
    """The look of data tables: shaded bold header row, light rules, cells padded."""
    return base_style(
        ("FONTNAME", (0, 0), (-1, 0), BOLD),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        *extra,
    )
