"""Running header and footer with "sida X av Y", the draft watermark, and the document template."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, CondPageBreak, Flowable, Frame, PageTemplate

from .. import __version__
from .fonts import BOLD, REGULAR, plain, register_fonts
from .styles import (
    DRAFT,
    FRAME_WIDTH,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MUTED,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RULE,
)
from .texts import PDF_LANG, text


@dataclass(frozen=True)
class PageFrame:
    """What every page repeats: header texts, footer text and whether it is a draft."""

    lang: str
    header_left: str
    header_right: str
    footer_left: str
    draft: bool = False


@dataclass(frozen=True)
class Metadata:
    title: str
    author: str
    subject: str
    keywords: str = ""


def fit(value: str, font: str, size: float, width: float) -> str:
    """`value` shortened with an ellipsis so that it fits `width` points."""
    value = plain(value).replace("\n", " ")
    if stringWidth(value, font, size) <= width:
        return value
    while value and stringWidth(value + "…", font, size) > width:
        value = value[:-1]
    return value.rstrip() + "…"


def _decorate(canvas: Canvas, frame: PageFrame, page: int, pages: int) -> None:
    canvas.saveState()
    top = PAGE_HEIGHT - 14 * mm
    right = PAGE_WIDTH - MARGIN_X
    canvas.setFillColor(MUTED)
    right_text = fit(frame.header_right, REGULAR, 8, FRAME_WIDTH * 0.55)
    canvas.setFont(REGULAR, 8)
    canvas.drawRightString(right, top, right_text)
    left_width = FRAME_WIDTH - stringWidth(right_text, REGULAR, 8) - 16
    canvas.setFont(BOLD, 8)
    canvas.drawString(MARGIN_X, top, fit(frame.header_left, BOLD, 8, left_width))
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN_X, top - 5, right, top - 5)

    bottom = 11 * mm
    canvas.line(MARGIN_X, bottom + 10, right, bottom + 10)
    canvas.setFont(REGULAR, 8)
    # The centre of the footer is kept free for the draft mark when there is one.
    left_room = FRAME_WIDTH * (0.3 if frame.draft else 0.75)
    canvas.drawString(MARGIN_X, bottom, fit(frame.footer_left, REGULAR, 8, left_room))
    canvas.drawRightString(right, bottom, text(frame.lang, "page", page=page, pages=pages))
    if frame.draft:
        canvas.setFillColor(DRAFT)
        canvas.setFont(BOLD, 8.5)
        canvas.drawCentredString(PAGE_WIDTH / 2, bottom, text(frame.lang, "draft_mark"))
    canvas.restoreState()


def _watermark(canvas: Canvas, frame: PageFrame) -> None:
    # Drawn before the page's content, so the text stays on top and readable.
    canvas.saveState()
    canvas.setFillColor(colors.Color(0.70, 0.15, 0.12, alpha=0.07))
    canvas.setFont(BOLD, 110)
    canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
    canvas.rotate(50)
    canvas.drawCentredString(0, -35, text(frame.lang, "watermark"))
    canvas.restoreState()


def numbered_canvas(frame: PageFrame) -> type[Canvas]:
    """A canvas class that holds pages back until the end, so each can say "sida X av Y"."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):  # noqa: N802 (reportlab's name)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                _decorate(self, frame, number, len(self._pages))
                super().showPage()
            super().save()

    return NumberedCanvas


class SetOutline(Flowable):
    """A zero-size flowable that adds a bookmark (PDF outline entry) where it stands."""

    def __init__(self, title: str, key: str, level: int = 0):
        super().__init__()
        self.title, self.key, self.level = plain(title), key, level
        self.width = self.height = 0

    def wrap(self, available_width, available_height):
        return 0, 0

    def draw(self):
        self.canv.bookmarkPage(self.key)
        self.canv.addOutlineEntry(self.title, self.key, self.level)


def room(points: float) -> CondPageBreak:
    """Start a new page unless `points` of height are left: a heading never ends a page alone.
    (keepWithNext would glue a heading to a possibly page-long text and move both.)"""
    return CondPageBreak(points)


def build(path: Path, story: list, frame: PageFrame, meta: Metadata) -> None:
    """Lay out `story` on A4 pages with header, footer and metadata, and write `path`."""
    register_fonts()
    doc = BaseDocTemplate(
        str(path), pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
        leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM,
        title=plain(meta.title), author=plain(meta.author), subject=plain(meta.subject),
        keywords=plain(meta.keywords), creator=f"IPS Fidelity {__version__}",
        lang=PDF_LANG[frame.lang], displayDocTitle=True,
        # Otherwise every page refers to an unembedded Helvetica that nothing uses.
        initialFontName=REGULAR)

    def on_page(canvas: Canvas, _doc) -> None:
        if frame.draft:
            _watermark(canvas, frame)

    # No frame padding: tables of FRAME_WIDTH then line up exactly with the header rules.
    body = Frame(MARGIN_X, MARGIN_BOTTOM, FRAME_WIDTH, PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
                 leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
    doc.addPageTemplates([PageTemplate("page", frames=[body], onPage=on_page)])
    doc.build(story, canvasmaker=numbered_canvas(frame))
