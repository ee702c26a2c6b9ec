"""The bar chart of every criterion's score, grouped by section, with the previous review marked."""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth

from ..domain.scoring import DEVELOPMENT, STRENGTH
from .common import pick
from .data import ReportData
from .fonts import BOLD, ITALIC, REGULAR, plain
from .pages import fit
from .styles import DEVELOPMENT as DEVELOPMENT_COLOUR
from .styles import INK, MUTED, OTHER, RULE, SHADE
from .styles import STRENGTH as STRENGTH_COLOUR
from .texts import text

FONT_SIZE = 7.5
LINE = 9  # points per label line
ROW_PAD = 6  # points above and below a label inside its row
SECTION_ROW = 18
LABEL_WIDTH = 250
AXIS_ROOM = 16  # under the plot, for the 0–5 numbers
LEGEND_ROOM = 20
BAR_HEIGHT = 9
_BAR_COLOURS = {STRENGTH: STRENGTH_COLOUR, DEVELOPMENT: DEVELOPMENT_COLOUR}


def _diamond(x: float, y: float, r: float) -> Polygon:
    return Polygon([x, y - r, x + r, y, x, y + r, x - r, y], fillColor=INK, strokeColor=colors.white,
                   strokeWidth=0.6)


def _label_lines(label: str, width: float) -> list[str]:
    # Long Swedish titles get two lines; a third would make the chart too tall, so it is cut.
    lines = simpleSplit(plain(label), REGULAR, FONT_SIZE, width)
    if len(lines) > 2:
        lines = [lines[0], fit(" ".join(lines[1:]), REGULAR, FONT_SIZE, width)]
    return lines or [""]


def score_chart(data: ReportData, width: float) -> Drawing:
    """Horizontal bars (points on a 0–max axis) for all criteria; `width` in points."""
    scale, lang = data.scale, data.lang
    plot_left = LABEL_WIDTH + 10
    plot_right = width - 12
    per_point = (plot_right - plot_left) / scale.max_score
    labels = {item.id: _label_lines(f"{item.number}. {pick(item.title, lang)}", LABEL_WIDTH - 8)
              for item in scale.items}
    rows_height = sum(len(lines) * LINE + ROW_PAD for lines in labels.values())
    height = LEGEND_ROOM + AXIS_ROOM + len(scale.sections) * SECTION_ROW + rows_height
    drawing = Drawing(width, height)
    # The renderer starts in Helvetica unless told otherwise; that font would stay unembedded.
    drawing.initialFontName, drawing.initialFontSize = REGULAR, FONT_SIZE
    rows = {row.item.id: row for row in data.rows}
    y = height
    for section in scale.sections:
        y -= SECTION_ROW
        drawing.add(Rect(0, y + 2, width, SECTION_ROW - 4, fillColor=SHADE, strokeColor=None))
        drawing.add(String(4, y + 6.5, fit(pick(section.title, lang), BOLD, 8.5, width - 8),
                           fontName=BOLD, fontSize=8.5, fillColor=INK))
        for item in scale.items_in(section.id):
            lines = labels[item.id]
            row_height = len(lines) * LINE + ROW_PAD
            y -= row_height
            middle = y + row_height / 2
            for index, line in enumerate(lines):
                baseline = middle + (len(lines) / 2 - index - 1) * LINE + 2.2
                drawing.add(String(8, baseline, line, fontName=REGULAR, fontSize=FONT_SIZE, fillColor=INK))
            _bar(drawing, data, rows[item.id], plot_left, per_point, middle)
            drawing.add(Line(8, y, width, y, strokeColor=colors.HexColor("#eef1f4"), strokeWidth=0.4))
    plot_bottom = y
    for point in range(scale.max_score + 1):
        x = plot_left + point * per_point
        drawing.add(Line(x, plot_bottom, x, height - SECTION_ROW + 2, strokeColor=RULE, strokeWidth=0.4,
                         strokeDashArray=None if point == 0 else [1.5, 2]))
        drawing.add(String(x, plot_bottom - 11, str(point), fontName=REGULAR, fontSize=FONT_SIZE,
                           fillColor=MUTED, textAnchor="middle"))
    _legend(drawing, data, 8, 2)
    return drawing


def _bar(drawing: Drawing, data: ReportData, row, plot_left: float, per_point: float, middle: float) -> None:
    if row.score is None:
        drawing.add(String(plot_left + 4, middle - 2.6, text(data.lang, "not_scored"), fontName=ITALIC,
                           fontSize=FONT_SIZE, fillColor=MUTED))
    else:
        drawing.add(Rect(plot_left, middle - BAR_HEIGHT / 2, row.score * per_point, BAR_HEIGHT,
                         strokeColor=None, fillColor=_BAR_COLOURS.get(row.kind, OTHER)))
        # The number sits at the bar's start, clear of the previous-review marker at its end.
        drawing.add(String(plot_left + 4, middle - 2.6, str(row.score), fontName=BOLD, fontSize=FONT_SIZE,
                           fillColor=colors.white))
    if row.previous is not None:
        drawing.add(_diamond(plot_left + row.previous * per_point, middle, 3.8))


def _legend(drawing: Drawing, data: ReportData, x: float, y: float) -> None:
    lang = data.lang
    entries = [(STRENGTH_COLOUR, "chart_legend_strength"), (DEVELOPMENT_COLOUR, "chart_legend_development"),
               (OTHER, "chart_legend_other")]
    for colour, key in entries:
        drawing.add(Rect(x, y + 1, 9, 7, fillColor=colour, strokeColor=None))
        label = text(lang, key)
        drawing.add(String(x + 12, y + 1.5, label, fontName=REGULAR, fontSize=7.5, fillColor=INK))
        x += 12 + stringWidth(label, REGULAR, 7.5) + 14
    if data.previous is not None:
        drawing.add(_diamond(x + 4, y + 4.5, 3.6))
        drawing.add(String(x + 12, y + 1.5, text(lang, "chart_legend_previous"), fontName=REGULAR,
                           fontSize=7.5, fillColor=INK))
