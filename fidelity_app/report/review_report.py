"""The review report PDF: summary, chart, strengths, development areas, score table, notes."""

from __future__ import annotations

from pathlib import Path

import sqlite_utils
from reportlab.lib import colors
from reportlab.platypus import Paragraph, Spacer, Table

from ..atomic import atomic_path
from ..domain.scale_library import ScaleLibrary
from .chart import score_chart
from .common import base_style, grid_style, item_name, pick, visit_dates
from .data import FindingEntry, ReportData, gather_report_data
from .fonts import BOLD, markup
from .notes import notes_appendix
from .pages import Metadata, PageFrame, SetOutline, build, room
from .styles import DRAFT, FRAME_WIDTH, LIGHT, MUTED, RULE, SHADE, readable_on, styles
from .texts import number, text

NOT_COMPARABLE = "–"


def write_review_report(db: sqlite_utils.Database, library: ScaleLibrary, review_id: str,
                        out_path: str | Path, *, lang: str = "sv", include_notes: bool = False) -> Path:
    """Write the review's report as an A4 PDF to `out_path` atomically and return the path.
    Evidence notes (which may hold personal data) are appended only with `include_notes`."""
    data = gather_report_data(db, library, review_id, lang)
    return render_review_report(data, out_path, include_notes=include_notes)


def render_review_report(data: ReportData, out_path: str | Path, *, include_notes: bool = False) -> Path:
    """Draw already gathered report data into a PDF at `out_path` (atomic)."""
    out_path = Path(out_path)
    story = report_story(data, include_notes=include_notes)
    lang, unit = data.lang, data.unit
    frame = PageFrame(
        lang=lang,
        header_left=f"{text(lang, 'report_title')} · {unit.name}",
        header_right=f"{text(lang, 'visit')} {visit_dates(data.review)}",
        footer_left=text(lang, "created", date=data.created.isoformat()),
        draft=data.draft)
    scale_name = f"{pick(data.scale.title, lang)} {data.scale.edition}"
    meta = Metadata(
        title=f"{text(lang, 'report_title')} – {unit.name} – {visit_dates(data.review)}",
        author=data.reviewer_names or "IPS Fidelity",
        subject=text(lang, "report_subject", scale=scale_name),
        keywords="IPS, programtrohet, fidelity, " + data.scale.id)
    with atomic_path(out_path, private=include_notes) as temp:
        build(temp, story, frame, meta)
    return out_path


def report_story(data: ReportData, *, include_notes: bool = False) -> list:
    """The report's flowables in reading order."""
    story = _summary(data)
    story += _chart(data)
    story += _findings(data, strengths=True)
    story += _findings(data, strengths=False)
    story += _score_table(data)
    if include_notes:
        story += notes_appendix(data)
    return story


# --- summary ------------------------------------------------------------------------------
def _agreement_fact(data: ReportData) -> list[tuple[str, str]]:
    """The method line: how well two independent reviewers agreed before the consensus."""
    found = data.agreement
    if found is None:
        return []

    def num(value: float | None, digits: int) -> str:
        shown = "–" if value is None else f"{value:.{digits}f}".replace("-", "−")
        return shown.replace(".", ",") if data.lang == "sv" else shown

    first, second = data.reviewers[:2]
    return [("agreement", text(data.lang, "agreement_line", first=markup(first.name),
                               second=markup(second.name), pairs=found.pairs,
                               exact=num(found.exact_percent, 0), within=num(found.within_one_percent, 0),
                               kappa=num(found.weighted_kappa, 2)))]


def _summary(data: ReportData) -> list:
    s, lang = styles(), data.lang
    status = (f'<font color="#{DRAFT.hexval()[2:]}"><b>{text(lang, "status_draft")}</b></font>'
              if data.draft else text(lang, "status_finished"))
    facts = [
        ("unit", markup(data.unit.name)),
        ("organisation", markup(data.unit.organisation or "–")),
        ("visit", visit_dates(data.review)),
        ("reviewers", markup(data.reviewer_names or "–")),
        *_agreement_fact(data),
        ("scale", markup(f"{pick(data.scale.title, lang)}, {text(lang, 'edition')} {data.scale.edition}")),
        ("status", status),
    ]
    fact_table = Table([[Paragraph(text(lang, key), s["label"]), Paragraph(value, s["cell"])]
                        for key, value in facts], colWidths=[95, FRAME_WIDTH - 95])
    fact_table.setStyle(grid_style(("BACKGROUND", (0, 0), (-1, 0), colors.white),
                                   ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                                   ("TOPPADDING", (0, 0), (0, -1), 5)))
    return [
        SetOutline(text(lang, "summary"), "summary"),
        Paragraph(text(lang, "report_title"), s["title"]),
        Paragraph(markup(data.unit.name), s["subtitle"]),
        fact_table,
        Spacer(1, 14),
        _result_panel(data),
        Spacer(1, 6),
        Paragraph(text(lang, "scale_note", max=data.summary.max_total), s["small"]),
        Paragraph(text(lang, "sections"), s["h3"]),
        _section_table(data),
        Spacer(1, 4),
        Paragraph(_previous_line(data), s["small"]),
    ] + _bands(data)


def _bands(data: ReportData) -> list:
    # Without a band (criteria unscored) the level table is left out: nothing there applies yet.
    if data.summary.band is None:
        return []
    return [Paragraph(text(data.lang, "bands"), styles()["h3"]), _band_table(data)]


def _result_panel(data: ReportData) -> Table:
    s, lang, summary = styles(), data.lang, data.summary
    total = (f"{summary.total} <font size=11 color='#5c6b7a'>{text(lang, 'of')} "
             f"{summary.max_total} {text(lang, 'points')}</font>")
    scored = (f"{text(lang, 'scored')}: {summary.scored} {text(lang, 'of')} {summary.item_count}<br/>"
              f"{text(lang, 'strengths')}: {len(data.strengths)} · "
              f"{text(lang, 'development')}: {len(data.development_areas)}")
    if summary.band is not None:
        ink = readable_on(colors.HexColor(summary.band.color)).hexval()[2:]
        band_cell = Paragraph(f"<font color='#{ink}'>{markup(pick(summary.band.label, lang))}</font>", s["band"])
    else:
        band_cell = Paragraph(text(lang, "no_band"), s["note"])
    left, right = FRAME_WIDTH * 0.4, FRAME_WIDTH * 0.6
    panel = Table([
        [Paragraph(text(lang, "total"), s["label"]), Paragraph(text(lang, "band"), s["label"])],
        [Paragraph(total, s["big"]), band_cell],
        [Paragraph(scored, s["small"]), ""],
    ], colWidths=[left, right])
    commands = [
        ("BACKGROUND", (0, 0), (-1, -1), LIGHT),
        ("BOX", (0, 0), (-1, -1), 0.6, RULE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 10),
        ("RIGHTPADDING", (0, 0), (-1, -1), 10),
        ("TOPPADDING", (0, 0), (-1, 0), 8),
        ("TOPPADDING", (0, 1), (-1, 1), 6),
        ("BOTTOMPADDING", (0, 1), (-1, 1), 6),
        ("BOTTOMPADDING", (0, -1), (-1, -1), 8),
        ("SPAN", (1, 1), (1, 2)),
    ]
    if summary.band is not None:
        commands += [("BACKGROUND", (1, 1), (1, 2), colors.HexColor(summary.band.color))]
    panel.setStyle(base_style(*commands))
    return panel


def _change(now: int | None, before: int | None) -> str:
    return NOT_COMPARABLE if now is None or before is None else number(now - before)


def _section_table(data: ReportData) -> Table:
    s, lang, summary = styles(), data.lang, data.summary
    before = {sub.section_id: sub for sub in data.previous.summary.sections} \
        if data.previous and data.previous.summary else None
    head = ["section", "score", "max", "scored_short"] + (["previous", "change"] if before is not None else [])
    rows = [[Paragraph(text(lang, key), s["cell_bold"] if i == 0 else s["head_right"])
             for i, key in enumerate(head)]]
    for sub in summary.sections:
        row = [pick(data.scale.section(sub.section_id).title, lang), str(sub.points), str(sub.max_points),
               f"{sub.scored}/{sub.item_count}"]
        if before is not None:
            old = before.get(sub.section_id)
            comparable = old is not None and old.scored == old.item_count and sub.scored == sub.item_count
            row += [str(old.points) if old else NOT_COMPARABLE,
                    _change(sub.points, old.points) if comparable else NOT_COMPARABLE]
        rows.append([Paragraph(markup(row[0]), s["cell"])] + [Paragraph(v, s["cell_right"]) for v in row[1:]])
    rest = (FRAME_WIDTH - 130) / (len(head) - 1)
    table = Table(rows, colWidths=[130] + [rest] * (len(head) - 1), repeatRows=1)
    table.setStyle(grid_style())
    return table


def _previous_line(data: ReportData) -> str:
    lang, previous = data.lang, data.previous
    if previous is None:
        return text(lang, "no_previous")
    if previous.summary is None:
        return f"{text(lang, 'previous_review')}: {visit_dates(previous.review)}."
    band = previous.summary.band
    suffix = f", {markup(pick(band.label, lang))}" if band else text(lang, "previous_incomplete")
    return text(lang, "previous_line", date=visit_dates(previous.review), total=previous.summary.total,
                max=previous.summary.max_total, band=suffix)


def _band_table(data: ReportData) -> Table:
    s, lang, current = styles(), data.lang, data.summary.band
    rows, commands = [], []
    for index, band in enumerate(sorted(data.scale.bands, key=lambda b: -b.high)):
        style = s["cell_bold"] if band == current else s["cell"]
        rows.append(["", Paragraph(f"{band.low}–{band.high}", style),
                     Paragraph(markup(pick(band.label, lang)), style)])
        commands.append(("BACKGROUND", (0, index), (0, index), colors.HexColor(band.color)))
        if band == current:
            commands.append(("BACKGROUND", (1, index), (-1, index), SHADE))
    table = Table(rows, colWidths=[10, 70, FRAME_WIDTH - 80])
    table.setStyle(grid_style(("FONTNAME", (0, 0), (-1, 0), BOLD),
                              ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.white),
                              ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                              *[("BACKGROUND", (1, 0), (-1, -1), colors.white)], *commands))
    return table


# --- chart, findings ----------------------------------------------------------------------
def _chart(data: ReportData) -> list:
    s, lang = styles(), data.lang
    heading = Paragraph(text(lang, "chart"), s["h2"])
    chart = score_chart(data, FRAME_WIDTH)
    return [room(chart.height + 40), SetOutline(text(lang, "chart"), "chart"), heading, chart]


def _findings(data: ReportData, *, strengths: bool) -> list:
    s, lang = styles(), data.lang
    key = "strengths" if strengths else "development"
    entries = data.strengths if strengths else data.development_areas
    full = "strengths_intro_full" if data.strength_min >= data.scale.max_score else "strengths_intro"
    intro = (text(lang, full, min=data.strength_min) if strengths
             else text(lang, "development_intro", max=data.development_max))
    story = [room(130), SetOutline(text(lang, key), key), Paragraph(text(lang, key), s["h2"]),
             Paragraph(intro, s["intro"])]
    if not entries:
        story.append(Paragraph(text(lang, "no_strengths" if strengths else "no_development"), s["note"]))
    for entry in entries:
        story += _finding(data, entry, strengths)
    story.append(Spacer(1, 8))
    return story


def _finding(data: ReportData, entry: FindingEntry, strength: bool) -> list:
    s, lang = styles(), data.lang
    score = (f"{entry.score} {text(lang, 'points')}" if entry.score is not None
             else text(lang, "not_scored"))
    head = Table([[Paragraph(markup(item_name(data.scale, entry.item, lang)), s["cell_bold"]),
                   Paragraph(score, s["cell_right"])]], colWidths=[FRAME_WIDTH - 70, 70])
    head.setStyle(base_style(("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE), ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                   ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                   ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)))
    story: list = [room(70), head]
    if strength or entry.justification:
        story.append(_labelled(data, "justification", entry.justification, "no_justification"))
    if not strength:
        story.append(_labelled(data, "recommendation", entry.recommendation, "no_recommendation"))
    return story


def _labelled(data: ReportData, label: str, value: str, empty: str) -> Paragraph:
    s, lang = styles(), data.lang
    body = markup(value) if value else f"<i><font color='#{MUTED.hexval()[2:]}'>{text(lang, empty)}</font></i>"
    return Paragraph(f"<b>{text(lang, label)}:</b> {body}", s["indent"])


# --- score table --------------------------------------------------------------------------
def _score_table(data: ReportData) -> list:
    s, lang, scale = styles(), data.lang, data.scale
    compare = data.previous is not None
    head = ["criterion", "score"] + (["previous", "change"] if compare else [])
    rows = [[Paragraph(text(lang, k), s["cell_bold"] if i == 0 else s["head_center"])
             for i, k in enumerate(head)]]
    commands: list[tuple] = []
    previous = data.previous.summary if compare else None
    before = {sub.section_id: sub for sub in previous.sections} if previous else {}
    by_item = {row.item.id: row for row in data.rows}
    for section_sum in data.summary.sections:
        section = scale.section(section_sum.section_id)
        commands += [("SPAN", (0, len(rows)), (-1, len(rows))),
                     ("BACKGROUND", (0, len(rows)), (-1, len(rows)), SHADE)]
        rows.append([Paragraph(markup(pick(section.title, lang)), s["cell_bold"])] + [""] * (len(head) - 1))
        for item in scale.items_in(section.id):
            row = by_item[item.id]
            cells = [f"{item.number}. {markup(pick(item.title, lang))}",
                     str(row.score) if row.score is not None
                     else f"<i>{text(lang, 'not_scored')}</i>"]
            if compare:
                cells += [str(row.previous) if row.previous is not None else NOT_COMPARABLE,
                          _change(row.score, row.previous)]
            rows.append([Paragraph(cells[0], s["cell"])] + [Paragraph(c, s["cell_center"]) for c in cells[1:]])
        old = before.get(section.id)
        # Only complete sums compare: a sum over fewer items is not the same measure.
        comparable = old is not None and old.scored == old.item_count and section_sum.scored == section_sum.item_count
        rows.append(_sum_row(data, text(lang, "subtotal"), section_sum.points, section_sum.max_points,
                             old.points if old else None, comparable, compare))
        commands.append(("LINEABOVE", (0, len(rows) - 1), (-1, len(rows) - 1), 0.8, MUTED))
    summary = data.summary
    rows.append(_sum_row(data, text(lang, "total_row"), summary.total, summary.max_total,
                         previous.total if previous else None,
                         bool(previous and previous.complete and summary.complete), compare))
    commands += [("LINEABOVE", (0, -1), (-1, -1), 1.2, MUTED), ("BACKGROUND", (0, -1), (-1, -1), LIGHT)]
    narrow = 72
    table = Table(rows, colWidths=[FRAME_WIDTH - narrow * (len(head) - 1)] + [narrow] * (len(head) - 1),
                  repeatRows=1)
    table.setStyle(grid_style(*commands))
    return [room(160), SetOutline(text(lang, "score_table"), "scores"), Paragraph(text(lang, "score_table"), s["h2"]),
            table]


def _sum_row(data: ReportData, label: str, points: int, max_points: int, previous: int | None,
             comparable: bool, compare: bool) -> list:
    s, lang = styles(), data.lang
    cells = [Paragraph(f"<b>{label}</b>", s["cell"]),
             Paragraph(f"<b>{points}</b> {text(lang, 'of')} {max_points}", s["cell_center"])]
    if compare:
        cells += [Paragraph(str(previous) if previous is not None else NOT_COMPARABLE, s["cell_center"]),
                  Paragraph(_change(points, previous) if comparable else NOT_COMPARABLE, s["cell_center"])]
    return cells
