"""Reading scale files (TOML) and validating them; every problem names file, item and field."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from .scale import (
    DATA_SOURCES,
    Band,
    Checklist,
    Item,
    Measure,
    MeasureInput,
    Scale,
    ScoreRange,
    Section,
    Text,
)

FORMULAS = {"value": 1, "ratio": 2, "percent": 2, "mean": 1}
_ID = re.compile(r"^[a-z0-9][a-z0-9_.\-]*$")
_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")


@dataclass(frozen=True)
class ScaleProblem:
    file: str
    where: str  # "scale", "section ID", "item ID", "bands"
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}: {self.where}: {self.field}: {self.message}"


class ScaleFileError(ValueError):
    """A scale file that cannot be used; `problems` lists every fault found."""

    def __init__(self, problems: list[ScaleProblem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


def load_scale(path: str | Path) -> Scale:
    """Read and validate a scale file; raise ScaleFileError naming every problem."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ScaleFileError([ScaleProblem(path.name, "file", "syntax", str(exc))]) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ScaleFileError([ScaleProblem(path.name, "file", "read", str(exc))]) from None
    except RecursionError:  # tomllib recurses per level of nested arrays and inline tables
        raise ScaleFileError([ScaleProblem(path.name, "file", "syntax", "nested too deeply")]) from None
    return parse_scale(data, path.name, str(path))


def parse_scale(data: dict[str, Any], file: str = "<scale>", path: str = "") -> Scale:
    """Validate already-parsed TOML data and build a Scale."""
    return _Parser(file).scale(data, path)


class _Parser:
    def __init__(self, file: str):
        self.file = file
        self.problems: list[ScaleProblem] = []
        self.languages: tuple[str, ...] = ()

    def fail(self, where: str, field: str, message: str) -> None:
        self.problems.append(ScaleProblem(self.file, where, field, message))

    # --- small typed getters -------------------------------------------------------
    def get(self, table: dict, key: str, kind: type | tuple, where: str, field: str, required=True):
        if not isinstance(table, dict):
            return None
        if key not in table:
            if required:
                self.fail(where, field, "missing")
            return None
        value = table[key]
        if kind is int and isinstance(value, bool) or not isinstance(value, kind):
            names = kind.__name__ if isinstance(kind, type) else " or ".join(k.__name__ for k in kind)
            self.fail(where, field, f"must be {names}, got {type(value).__name__}")
            return None
        return value

    def text(self, table: dict, key: str, where: str, field: str, required=True) -> Text:
        value = self.get(table, key, dict, where, field, required)
        if value is None:
            return {}
        result: Text = {}
        for lang in self.languages:
            if lang not in value:
                self.fail(where, f"{field}.{lang}", "missing language")
            elif not isinstance(value[lang], str) or not value[lang].strip():
                self.fail(where, f"{field}.{lang}", "must be non-empty text")
            else:
                result[lang] = value[lang].strip()
        return result

    def unknown(self, table: dict, allowed: set[str], where: str, prefix: str = "") -> None:
        if isinstance(table, dict):
            for key in sorted(set(table) - allowed):
                self.fail(where, f"{prefix}{key}", "unknown field (a typo?)")

    def number(self, table: dict, key: str, where: str, field: str) -> Decimal | None:
        value = self.get(table, key, (int, float), where, field, required=False)
        if value is None or isinstance(value, bool):
            return None
        try:
            result = Decimal(str(value))
        except InvalidOperation:
            result = Decimal("NaN")
        if not result.is_finite():
            self.fail(where, field, "must be a finite number")
            return None
        return result

    # --- the file -------------------------------------------------------------------
    def scale(self, data: dict, path: str) -> Scale:
        self.unknown(data, {"scale", "sections", "items", "bands"}, "file")
        head = self.get(data, "scale", dict, "scale", "[scale]") or {}
        self.unknown(head, {"id", "edition", "languages", "min_score", "max_score",
                            "strength_min", "development_max", "title", "source"}, "scale")
        languages = self.get(head, "languages", list, "scale", "languages") or []
        if not languages or not all(isinstance(x, str) and x for x in languages):
            self.fail("scale", "languages", "must list at least one language code")
            languages = [x for x in languages if isinstance(x, str) and x]
        self.languages = tuple(languages)
        scale_id = self.get(head, "id", str, "scale", "id") or ""
        if scale_id and not _ID.match(scale_id):
            self.fail("scale", "id", f"'{scale_id}' may hold only lowercase letters, digits, - _ .")
        edition = self.get(head, "edition", str, "scale", "edition") or ""
        lo = self.get(head, "min_score", int, "scale", "min_score") or 1
        hi = self.get(head, "max_score", int, "scale", "max_score") or 5
        if lo >= hi:
            self.fail("scale", "max_score", f"must be above min_score ({lo})")
            hi = lo + 1
        self.scores = range(lo, hi + 1)
        strength = self.get(head, "strength_min", int, "scale", "strength_min") or hi
        development = self.get(head, "development_max", int, "scale", "development_max") or lo
        for name, value in (("strength_min", strength), ("development_max", development)):
            if value not in self.scores:
                self.fail("scale", name, f"{value} is outside the scores {lo}–{hi}")
        if development >= strength:
            self.fail("scale", "development_max", "must be below strength_min")
        title = self.text(head, "title", "scale", "title")
        source = self.text(head, "source", "scale", "source", required=False)

        sections = self.sections(self.get(data, "sections", list, "file", "[[sections]]") or [])
        items = self.items(self.get(data, "items", list, "file", "[[items]]") or [], sections)
        bands = self.bands(self.get(data, "bands", list, "bands", "[[bands]]") or [], len(items) * hi)
        if self.problems:
            raise ScaleFileError(self.problems)
        return Scale(scale_id, edition, self.languages, lo, hi, strength, development, title,
                     source, tuple(sections), tuple(items), tuple(bands), path)

    def sections(self, raw: list) -> list[Section]:
        sections: list[Section] = []
        for index, table in enumerate(raw, 1):
            where = f"section {table.get('id', f'#{index}')}" if isinstance(table, dict) else f"section #{index}"
            self.unknown(table, {"id", "title"}, where)
            section_id = self.get(table, "id", str, where, "id")
            title = self.text(table, "title", where, "title")
            if section_id is None:
                continue
            if any(s.id == section_id for s in sections):
                self.fail(where, "id", "duplicate section id")
                continue
            sections.append(Section(section_id, title))
        if not sections:
            self.fail("file", "[[sections]]", "at least one section is needed")
        return sections

    def items(self, raw: list, sections: list[Section]) -> list[Item]:
        items: list[Item] = []
        seen: set[str] = set()
        numbers: dict[str, int] = {}
        section_ids = [s.id for s in sections]
        last_section_index = 0
        for index, table in enumerate(raw, 1):
            item_id = table.get("id") if isinstance(table, dict) else None
            where = f"item {item_id}" if isinstance(item_id, str) else f"item #{index}"
            if not isinstance(table, dict):
                self.fail(where, "[[items]]", "must be a table")
                continue
            self.unknown(table, {"id", "section", "number", "sources", "title", "definition",
                                 "anchors", "measure", "checklist"}, where)
            item_id = self.get(table, "id", str, where, "id")
            if item_id is not None:
                if item_id in seen:
                    self.fail(where, "id", "duplicate item id")
                elif not _ID.match(item_id):
                    self.fail(where, "id", "may hold only lowercase letters, digits, - _ .")
                seen.add(item_id)
            section = self.get(table, "section", str, where, "section")
            if section is not None and section not in section_ids:
                self.fail(where, "section", f"unknown section '{section}'")
            elif section is not None:
                position = section_ids.index(section)
                if position < last_section_index:
                    self.fail(where, "section", "items must be listed section by section")
                last_section_index = position
            number = self.get(table, "number", int, where, "number")
            if number is not None and section in section_ids:
                expected = numbers.get(section, 0) + 1
                if number != expected:
                    self.fail(where, "number", f"is {number}, expected {expected} in section '{section}'")
                numbers[section] = number
            sources = self.get(table, "sources", list, where, "sources") or []
            for source in sources:
                if source not in DATA_SOURCES:
                    self.fail(where, "sources", f"unknown data source '{source}' (use {', '.join(DATA_SOURCES)})")
            title = self.text(table, "title", where, "title")
            definition = self.text(table, "definition", where, "definition")
            anchors = self.anchors(table, where)
            measure = self.measure(table["measure"], where) if "measure" in table else None
            checklist = self.checklist(table["checklist"], where) if "checklist" in table else None
            if "measure" in table and "checklist" in table:
                self.fail(where, "checklist", "an item has a measure or a checklist, not both")
            items.append(Item(item_id or "", section or "", number or 0,
                              tuple(s for s in sources if isinstance(s, str)), title, definition,
                              anchors, measure, checklist))
        if not items:
            self.fail("file", "[[items]]", "at least one item is needed")
        return items

    def anchors(self, table: dict, where: str) -> dict[str, dict[int, str]]:
        raw = self.get(table, "anchors", dict, where, "anchors")
        if raw is None:
            return {}
        self.unknown(raw, set(self.languages), where, "anchors.")
        result: dict[str, dict[int, str]] = {}
        for lang in self.languages:
            per_score = raw.get(lang)
            if not isinstance(per_score, dict):
                self.fail(where, f"anchors.{lang}", "missing language")
                continue
            result[lang] = {}
            for key, text in per_score.items():
                if not key.lstrip("-").isdigit() or int(key) not in self.scores:
                    self.fail(where, f"anchors.{lang}.{key}",
                              f"score outside {self.scores.start}–{self.scores.stop - 1}")
                elif not isinstance(text, str) or not text.strip():
                    self.fail(where, f"anchors.{lang}.{key}", "must be non-empty text")
                else:
                    result[lang][int(key)] = text.strip()
            for score in self.scores:
                if str(score) not in per_score:
                    self.fail(where, f"anchors.{lang}.{score}", "missing anchor")
        return result

    def ranges(self, raw: Any, where: str, field: str, step: Decimal,
               floor: Decimal | None, ceiling: Decimal | None) -> tuple[ScoreRange, ...]:
        """Check that ranges cover floor..ceiling in `step`s without gap or overlap."""
        if not isinstance(raw, list) or not raw:
            self.fail(where, field, "missing")
            return ()
        ranges: list[ScoreRange] = []
        for n, table in enumerate(raw, 1):
            if not isinstance(table, dict):
                self.fail(where, f"{field}[{n}]", "must be a table")
                continue
            self.unknown(table, {"score", "min", "max"}, where, f"{field}[{n}].")
            score = self.get(table, "score", int, where, f"{field}[{n}].score")
            low = self.number(table, "min", where, f"{field}[{n}].min")
            high = self.number(table, "max", where, f"{field}[{n}].max")
            if score is None:
                continue
            if score not in self.scores:
                self.fail(where, f"{field}[{n}].score",
                          f"{score} is outside {self.scores.start}–{self.scores.stop - 1}")
            if low is not None and high is not None and low > high:
                self.fail(where, f"{field}[{n}]", f"min {low} is above max {high}")
                continue
            ranges.append(ScoreRange(score, low, high))
        scores = [r.score for r in ranges]
        for score in self.scores:
            if scores.count(score) != 1:
                self.fail(where, field, f"score {score} appears {scores.count(score)} times, expected once")
        ordered = sorted(ranges, key=lambda r: (r.low is not None, r.low if r.low is not None else 0))
        for before, after in zip(ordered, ordered[1:], strict=False):
            if before.high is None or after.low is None:
                self.fail(where, field, f"{before.describe()} overlaps {after.describe()}")
            elif after.low <= before.high:
                self.fail(where, field, f"{before.describe()} overlaps {after.describe()}")
            elif after.low - before.high != step:
                self.fail(where, field, f"gap between {before.describe()} and {after.describe()}")
        if ordered:
            first, last = ordered[0], ordered[-1]
            if floor is not None and first.low is not None and first.low > floor:
                self.fail(where, field, f"values from {floor} to below {first.low} give no score")
            if ceiling is not None and last.high is not None and last.high < ceiling:
                self.fail(where, field, f"values above {last.high} up to {ceiling} give no score")
            if floor is None and first.low is not None:
                self.fail(where, field, f"values below {first.low} give no score (omit min)")
            if ceiling is None and last.high is not None:
                self.fail(where, field, f"values above {last.high} give no score (omit max)")
        return tuple(ranges)

    def measure(self, raw: Any, where: str) -> Measure | None:
        if not isinstance(raw, dict):
            self.fail(where, "measure", "must be a table")
            return None
        self.unknown(raw, {"formula", "precision", "unit", "inputs", "ranges"}, where, "measure.")
        formula = self.get(raw, "formula", str, where, "measure.formula")
        if formula is not None and formula not in FORMULAS:
            self.fail(where, "measure.formula", f"unknown formula '{formula}' (use {', '.join(FORMULAS)})")
            formula = None
        precision = self.get(raw, "precision", int, where, "measure.precision", required=False) or 0
        if not 0 <= precision <= 4:
            self.fail(where, "measure.precision", "must be 0–4 decimals")
            precision = 0
        unit = self.text(raw, "unit", where, "measure.unit")
        inputs: list[MeasureInput] = []
        for n, table in enumerate(self.get(raw, "inputs", list, where, "measure.inputs") or [], 1):
            field = f"measure.inputs[{n}]"
            if not isinstance(table, dict):
                self.fail(where, field, "must be a table")
                continue
            self.unknown(table, {"id", "label", "min", "max", "integer"}, where, f"{field}.")
            input_id = self.get(table, "id", str, where, f"{field}.id") or f"input{n}"
            label = self.text(table, "label", where, f"{field}.label")
            low = self.number(table, "min", where, f"{field}.min")
            high = self.number(table, "max", where, f"{field}.max")
            integer = self.get(table, "integer", bool, where, f"{field}.integer", required=False) or False
            low = Decimal(0) if low is None else low
            if low < 0:
                self.fail(where, f"{field}.min", "counts and amounts cannot be negative")
            if high is not None and high < low:
                self.fail(where, f"{field}.max", "is below min")
            inputs.append(MeasureInput(input_id, label, low, high, integer))
        if formula and len(inputs) != FORMULAS[formula]:
            self.fail(where, "measure.inputs",
                      f"formula '{formula}' takes {FORMULAS[formula]} input(s), found {len(inputs)}")
        floor, ceiling = Decimal(0), None
        if formula == "percent":
            ceiling = Decimal(100)
        elif formula in ("value", "mean") and inputs:
            floor, ceiling = inputs[0].min, inputs[0].max
        step = Decimal(1).scaleb(-precision)
        ranges = self.ranges(raw.get("ranges"), where, "measure.ranges", step, floor, ceiling)
        if formula is None:
            return None
        return Measure(formula, precision, unit, tuple(inputs), ranges)

    def checklist(self, raw: Any, where: str) -> Checklist | None:
        if not isinstance(raw, dict):
            self.fail(where, "checklist", "must be a table")
            return None
        self.unknown(raw, {"elements", "ranges"}, where, "checklist.")
        elements_raw = self.get(raw, "elements", dict, where, "checklist.elements") or {}
        elements: dict[str, tuple[str, ...]] = {}
        for lang in self.languages:
            listed = elements_raw.get(lang)
            if not isinstance(listed, list) or not listed:
                self.fail(where, f"checklist.elements.{lang}", "missing language")
            elif not all(isinstance(x, str) and x.strip() for x in listed):
                self.fail(where, f"checklist.elements.{lang}", "every element must be non-empty text")
            else:
                elements[lang] = tuple(x.strip() for x in listed)
        sizes = {len(v) for v in elements.values()}
        if len(sizes) > 1:
            self.fail(where, "checklist.elements", "the languages list different numbers of elements")
        size = max(sizes) if sizes else 0
        ranges = self.ranges(raw.get("ranges"), where, "checklist.ranges", Decimal(1),
                             Decimal(0), Decimal(size))
        for n, r in enumerate(ranges, 1):
            if r.low is None or r.high is None:
                self.fail(where, f"checklist.ranges[{n}]", "needs both min and max (counts 0–{size})")
        if not elements or len(sizes) > 1:
            return None
        return Checklist(elements, ranges)

    def bands(self, raw: list, max_total: int) -> list[Band]:
        bands: list[Band] = []
        for n, table in enumerate(raw, 1):
            field = f"[[bands]] #{n}"
            if not isinstance(table, dict):
                self.fail("bands", field, "must be a table")
                continue
            self.unknown(table, {"min", "max", "label", "color"}, "bands", f"{field}.")
            low = self.get(table, "min", int, "bands", f"{field}.min")
            high = self.get(table, "max", int, "bands", f"{field}.max")
            label = self.text(table, "label", "bands", f"{field}.label")
            color = self.get(table, "color", str, "bands", f"{field}.color", required=False) or "#666666"
            if not _COLOR.match(color):
                self.fail("bands", f"{field}.color", f"'{color}' is not a colour like #1b7f3b")
            if low is None or high is None:
                continue
            if low > high:
                self.fail("bands", field, f"min {low} is above max {high}")
                continue
            bands.append(Band(low, high, label, color))
        if not bands:
            self.fail("bands", "[[bands]]", "at least one band is needed")
            return bands
        bands.sort(key=lambda b: b.low)
        for before, after in zip(bands, bands[1:], strict=False):
            if after.low <= before.high:
                self.fail("bands", "min/max", f"{before.low}–{before.high} overlaps {after.low}–{after.high}")
            elif after.low != before.high + 1:
                self.fail("bands", "min/max", f"gap between {before.high} and {after.low}")
        if bands[0].low != 0:
            self.fail("bands", "min", f"the lowest band starts at {bands[0].low}, must start at 0")
        if bands[-1].high != max_total:
            self.fail("bands", "max", f"the highest band ends at {bands[-1].high}, "
                                      f"must end at the maximum total {max_total}")
        bands.sort(key=lambda b: -b.low)
        return bands
