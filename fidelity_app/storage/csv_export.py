"""CSV for Excel and R: long (measurement × criterion) or wide (one row per measurement)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import sqlite_utils

from ..atomic import write_text_atomically
from ..domain.scale_library import ScaleLibrary, UnknownScaleError
from .history import measurements

# Swedish Excel splits columns on semicolons (the comma is the decimal sign); R: read.csv2.
DEFAULT_DELIMITER = ";"
COMMON = ["unit", "organisation", "review_id", "visit_start", "visit_end", "status",
          "scale_id", "scale_edition", "reviewers"]


def export_csv(db: sqlite_utils.Database, library: ScaleLibrary, out: str | Path, *,
               wide: bool = False, unit_id: str | None = None,
               delimiter: str = DEFAULT_DELIMITER) -> int:
    """Write every measurement (or one unit's) as UTF-8 CSV with BOM; returns rows written."""
    rows = _wide_rows(db, library, unit_id) if wide else _long_rows(db, library, unit_id)
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerows(rows)
    # The BOM makes Excel read the file as UTF-8, so å ä ö show correctly.
    write_text_atomically("\ufeff" + buffer.getvalue(), out)
    return len(rows) - 1


def _common(m) -> list[str]:
    r = m.review
    return [m.unit.name, m.unit.organisation, r.id, r.visit_start, r.visit_end, r.status,
            r.scale_id, r.scale_edition, ", ".join(m.reviewer_names)]


def _long_rows(db, library, unit_id) -> list[list]:
    rows: list[list] = [COMMON + ["section", "item_number", "item_id", "item_title_sv", "score"]]
    for m in measurements(db, library, unit_id):
        try:
            scale = library.get(m.review.scale_id, m.review.scale_edition)
        except UnknownScaleError:
            rows += [_common(m) + ["", "", item_id, "", score] for item_id, score in sorted(m.scores.items())]
            continue
        for item in scale.items:
            rows.append(_common(m) + [item.section, item.number, item.id, item.title.get("sv", ""),
                                      m.scores.get(item.id, "")])
    return rows


def _wide_rows(db, library, unit_id) -> list[list]:
    found = measurements(db, library, unit_id)
    item_ids: list[str] = []
    section_ids: list[str] = []
    for scale in library.all():
        item_ids += [i.id for i in scale.items if i.id not in item_ids]
        section_ids += [s.id for s in scale.sections if s.id not in section_ids]
    for m in found:  # items of scales no longer installed still get their column
        item_ids += [i for i in sorted(m.scores) if i not in item_ids]
    header = COMMON + ["scored", "total", "max_total", "band_sv", "band_en"]
    header += [f"section_{s}" for s in section_ids] + item_ids
    rows: list[list] = [header]
    for m in found:
        s = m.summary
        band = s.band if s else None
        subtotals = {x.section_id: x.points for x in s.sections} if s else {}
        rows.append(_common(m) + [
            s.scored if s else len(m.scores), s.total if s else sum(m.scores.values()),
            s.max_total if s else "", band.label.get("sv", "") if band else "",
            band.label.get("en", "") if band else "",
            *[subtotals.get(sid, "") for sid in section_ids],
            *[m.scores.get(i, "") for i in item_ids]])
    return rows
