"""The blank scoring form: every criterion with its anchors and data sources, and room to write."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table

from ..atomic import atomic_path
from ..domain.scale import Item, Scale
from .common import base_style, grid_style, item_code, pick
from .fonts import markup
from .pages import Metadata, PageFrame, SetOutline, build
from .styles import ACCENT, FRAME_WIDTH, MUTED, RULE, SHADE, styles
from .texts import check_lang, text

LINE_GAP = 21  # points between writing lines: room for handwriting
MIN_WRITING_ROOM = 6 * LINE_GAP
SAMPLE_BOXES = 10  # cases in a sample for an average, as manuals suggest (e.g. 10 records)


class WritingLines(Flowable):
    """Ruled lines filling the rest of the page (at least MIN_WRITING_ROOM points)."""

    def __init__(self):
        super().__init__()
        self.height = MIN_WRITING_ROOM

    def wrap(self, available_width, available_height):
        self.width = available_width
        # Too little room left: ask for the minimum, which moves the lines to a fresh page.
        self.height = max(MIN_WRITING_ROOM, available_height - 2)
        return self.width, self.height

    def draw(self):
        self.canv.setStrokeColor(RULE)
        self.canv.setLineWidth(0.5)
        y = self.height - LINE_GAP
        while y >= 0:
            self.canv.line(0, y, self.width, y)
            y -= LINE_GAP


def write_blank_form(scale: Scale, out_path: str | Path, *, lang: str = "sv") -> Path:
    """Write a blank A4 scoring form for `scale` to `out_path` atomically and return the path."""
    check_lang(lang)
    out_path = Path(out_path)
    title = f"{text(lang, 'form_title')} – {pick(scale.title, lang)}"
    frame = PageFrame(
        lang=lang,
        header_left=f"{text(lang, 'form_title')} · {scale.id.upper()} {scale.edition}",
        header_right=f"{text(lang, 'unit')}: {'_' * 22}  {text(lang, 'form_date')}: {'_' * 12}",
        footer_left=text(lang, "form_footer"))
    meta = Metadata(title=title, author="IPS Fidelity",
                    subject=text(lang, "form_subject", scale=f"{pick(scale.title, lang)} {scale.edition}"),
                    keywords="IPS, programtrohet, fidelity, " + scale.id)
    story = _cover(scale, lang)
    for item in scale.items:
        story += [PageBreak()] + _item_page(scale, item, lang)
    with atomic_path(out_path) as temp:
        build(temp, story, frame, meta)
    return out_path


def _cover(scale: Scale, lang: str) -> list:
    s = styles()
    fields = Table([[Paragraph(text(lang, key), s["label"]), ""] for key in ("unit", "form_date", "reviewers")],
                   colWidths=[95, FRAME_WIDTH - 95], rowHeights=21)
    fields.setStyle(base_style(("LINEBELOW", (1, 0), (1, -1), 0.6, MUTED), ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                     ("LEFTPADDING", (0, 0), (-1, -1), 0)))
    sources = "; ".join(f"<b>{code}</b> {text(lang, code)}" for code in ("MIS", "DOC", "INT", "OBS", "ISP"))
    story = [
        SetOutline(text(lang, "form_title"), "form"),
        Paragraph(text(lang, "form_title"), s["title"]),
        Paragraph(markup(f"{pick(scale.title, lang)}, {text(lang, 'edition')} {scale.edition}"), s["subtitle"]),
        fields,
        Spacer(1, 6),
        Paragraph(text(lang, "form_intro"), s["body"]),
        Paragraph(f"{text(lang, 'form_sources_legend')}: {sources}.", s["small"]),
        Paragraph(text(lang, "score_table"), s["h3"]),
    ]
    rows = [[Paragraph(text(lang, "criterion"), s["cell_bold"]), Paragraph(text(lang, "score"), s["cell_center"])]]
    commands: list[tuple] = []
    for section in scale.sections:
        commands += [("SPAN", (0, len(rows)), (-1, len(rows))), ("BACKGROUND", (0, len(rows)), (-1, len(rows)), SHADE)]
        rows.append([Paragraph(markup(pick(section.title, lang)), s["cell_bold"]), ""])
        for item in scale.items_in(section.id):
            rows.append([Paragraph(f"{item.number}. {markup(pick(item.title, lang))}", s["cell_small"]), ""])
    rows.append([Paragraph(f"<b>{text(lang, 'total_row')}</b>", s["cell"]),
                 Paragraph(f"{text(lang, 'of')} {scale.max_total}", s["cell_right"])])
    table = Table(rows, colWidths=[FRAME_WIDTH - 80, 80], repeatRows=1)
    # Compact rows, so that the whole tally fits on the cover page.
    table.setStyle(grid_style(("LINEBEFORE", (1, 1), (1, -1), 0.4, RULE), *commands,
                              ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                              ("LINEABOVE", (0, -1), (-1, -1), 1, MUTED)))
    return story + [table]


def _item_page(scale: Scale, item: Item, lang: str) -> list:
    s = styles()
    sources = ", ".join(item.sources)
    head = Table([[Paragraph(f"{markup(item_code(scale, item, lang))}", s["label"]),
                   Paragraph(f"{text(lang, 'form_sources')}: <b>{markup(sources)}</b>", s["cell_right"])],
                  [Paragraph(markup(pick(item.title, lang)), s["h3"]), ""]],
                 colWidths=[FRAME_WIDTH * 0.6, FRAME_WIDTH * 0.4])
    head.setStyle(base_style(("SPAN", (0, 1), (1, 1)), ("LINEBELOW", (0, 1), (-1, 1), 1, ACCENT),
                   ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                   ("VALIGN", (0, 0), (-1, -1), "BOTTOM")))
    story: list = [SetOutline(item_code(scale, item, lang), f"item-{item.id}", 1), head, Spacer(1, 6),
                   Paragraph(markup(pick(item.definition, lang)), s["body"])]
    anchors = item.anchors.get(lang) or item.anchors.get("sv", {})
    rows = [[Paragraph(f"<b>{score}</b>", s["cell_center"]), Paragraph(markup(anchors.get(score, "")), s["cell"])]
            for score in range(scale.max_score, scale.min_score - 1, -1)]
    table = Table(rows, colWidths=[28, FRAME_WIDTH - 28])
    table.setStyle(grid_style(("BACKGROUND", (0, 0), (0, -1), SHADE), ("BACKGROUND", (1, 0), (1, 0), colors.white),
                              ("FONTNAME", (0, 0), (-1, 0), s["cell"].fontName),
                              ("BOX", (0, 0), (-1, -1), 0.5, RULE), ("VALIGN", (0, 0), (0, -1), "MIDDLE")))
    story += [Paragraph(text(lang, "anchors"), s["label"]), Spacer(1, 2), table, Spacer(1, 6)]
    story += _measure(item, lang) + _checklist(item, lang)
    score_line = Table([[Paragraph(text(lang, "form_notes"), s["label"]),
                         Paragraph(f"<b>{text(lang, 'form_score')}:</b>&nbsp;&nbsp;" + "&nbsp;&nbsp;&nbsp;".join(
                                   f"<font size=13>\u2610</font>&nbsp;{n}"
                                   for n in range(scale.min_score, scale.max_score + 1)), s["cell_right"])]],
                       colWidths=[FRAME_WIDTH * 0.4, FRAME_WIDTH * 0.6])
    score_line.setStyle(base_style(("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                         ("VALIGN", (0, 0), (-1, -1), "BOTTOM")))
    return story + [Spacer(1, 4), score_line, WritingLines()]


def _measure(item: Item, lang: str) -> list:
    if item.measure is None:
        return []
    s = styles()
    unit = pick(item.measure.unit, lang)
    rows = [[Paragraph(markup(pick(i.label, lang)), s["cell"]), ""] for i in item.measure.inputs]
    rows.append([Paragraph(f"= <b>{markup(unit)}</b>", s["cell"]), ""])
    table = Table(rows, colWidths=[FRAME_WIDTH - 150, 150])
    table.setStyle(base_style(("LINEBELOW", (1, 0), (1, -1), 0.6, MUTED), ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                    ("LEFTPADDING", (0, 0), (0, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 6)))
    parts = [Paragraph(text(lang, "form_values"), s["label"])]
    if item.measure.formula == "mean":
        # An average is taken over a sample (e.g. ten records): one box per case.
        parts += [Spacer(1, 3), _sample_boxes()]
    return parts + [table,
            Paragraph(_ranges(text(lang, "form_value_to_score"), item.measure.ranges), s["small"]),
            Spacer(1, 4)]


def _sample_boxes() -> Table:
    s = styles()
    numbers = [Paragraph(f"{n}", s["small"]) for n in range(1, SAMPLE_BOXES + 1)]
    table = Table([numbers, [""] * SAMPLE_BOXES], colWidths=FRAME_WIDTH / SAMPLE_BOXES, rowHeights=[12, 24])
    table.setStyle(base_style(("GRID", (0, 1), (-1, 1), 0.6, MUTED), ("LEFTPADDING", (0, 0), (-1, -1), 2),
                    ("TOPPADDING", (0, 0), (-1, 0), 0), ("BOTTOMPADDING", (0, 0), (-1, 0), 1)))
    return table


def _checklist(item: Item, lang: str) -> list:
    if item.checklist is None:
        return []
    s = styles()
    elements = item.checklist.elements.get(lang) or item.checklist.elements.get("sv", ())
    rows = [["\u2610", Paragraph(markup(element), s["cell"])] for element in elements]
    table = Table(rows, colWidths=[18, FRAME_WIDTH - 18])
    table.setStyle(base_style(("FONTNAME", (0, 0), (0, -1), s["cell"].fontName), ("FONTSIZE", (0, 0), (0, -1), 12),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)))
    return [Paragraph(text(lang, "form_checklist"), s["label"]), Spacer(1, 2), table,
            Paragraph(_ranges(text(lang, "form_count_to_score"), item.checklist.ranges), s["small"]),
            Spacer(1, 4)]


def _ranges(label: str, ranges) -> str:
    """'Värde → poäng: ≤20 → 5, 21–25 → 4, …' from the scale file's ranges."""
    pairs = ", ".join(f"{markup(r.describe())} \u2192 {r.score}" for r in sorted(ranges, key=lambda r: -r.score))
    return f"{label}: {pairs}"
