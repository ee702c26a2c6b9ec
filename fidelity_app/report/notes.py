"""The optional appendix of evidence notes, grouped by criterion (may hold personal data)."""

from __future__ import annotations

from reportlab.platypus import PageBreak, Paragraph

from ..domain.review import EvidenceNote
from .common import item_name
from .data import ReportData
from .fonts import markup
from .pages import SetOutline, room
from .styles import styles
from .texts import text


def notes_appendix(data: ReportData) -> list:
    """A new page with every evidence note: per criterion in scale order, unsorted ones last."""
    s, lang, scale = styles(), data.lang, data.scale
    story: list = [PageBreak(), SetOutline(text(lang, "notes"), "notes"),
                   Paragraph(text(lang, "notes"), s["h2"]), Paragraph(text(lang, "notes_warning"), s["note"])]
    if not data.notes:
        return story + [Paragraph(text(lang, "no_notes"), s["body"])]
    known = {item.id for item in scale.items}
    names = {r.id: r.name for r in data.reviewers}
    groups = [(item_name(scale, item, lang), [n for n in data.notes if n.item_id == item.id])
              for item in scale.items]
    groups.append((text(lang, "unsorted"), [n for n in data.notes if n.item_id not in known]))
    for title, group in groups:
        if not group:
            continue
        story += [room(70), Paragraph(markup(title), s["h3"])]
        for note in group:
            story += _note(data, note, names)
    return story


def _note(data: ReportData, note: EvidenceNote, names: dict[str, str]) -> list:
    s, lang = styles(), data.lang
    facts = []
    if note.source:
        facts.append(f"{text(lang, 'source')}: {markup(note.source)}")
    if note.informant:
        facts.append(f"{text(lang, 'informant')}: {markup(note.informant)}")
    if note.reviewer_id in names:
        facts.append(markup(names[note.reviewer_id]))
    story = []
    if facts:
        story += [room(40), Paragraph(" · ".join(facts), s["small"])]
    story.append(Paragraph(markup(note.text) or "–", s["indent"]))
    return story
