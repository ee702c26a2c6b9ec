"""A fidelity scale as immutable data: sections, items, anchors, measures, checklists, bands."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from functools import cached_property

# Texts are kept per language: {"sv": "...", "en": "..."}.
Text = dict[str, str]

DATA_SOURCES = ("MIS", "DOC", "INT", "OBS", "ISP")


@dataclass(frozen=True)
class ScoreRange:
    """Inclusive range of a value (after rounding) or a count that gives `score`.

    `low`/`high` of None mean unbounded on that side.
    """

    score: int
    low: Decimal | None
    high: Decimal | None

    def contains(self, value: Decimal) -> bool:
        return (self.low is None or value >= self.low) and (self.high is None or value <= self.high)

    def describe(self) -> str:
        """Human form of the range, e.g. '21–25', '≤20', '≥41'."""
        if self.low is None and self.high is None:
            return "–"
        if self.low is None:
            return f"≤{_fmt(self.high)}"
        if self.high is None:
            return f"≥{_fmt(self.low)}"
        if self.low == self.high:
            return _fmt(self.low)
        return f"{_fmt(self.low)}–{_fmt(self.high)}"


def _fmt(value: Decimal | None) -> str:
    return format(value.normalize(), "f") if value is not None else ""


@dataclass(frozen=True)
class MeasureInput:
    id: str
    label: Text
    min: Decimal = Decimal(0)
    max: Decimal | None = None
    integer: bool = False


@dataclass(frozen=True)
class Measure:
    """A number computed from tallies (e.g. clients per coach) that maps to a score."""

    formula: str  # value | ratio | percent | mean
    precision: int  # decimals the value is rounded to before the range lookup
    unit: Text
    inputs: tuple[MeasureInput, ...]
    ranges: tuple[ScoreRange, ...]

    def round(self, value: Decimal) -> Decimal:
        return value.quantize(Decimal(1).scaleb(-self.precision), rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class Checklist:
    """Elements of good practice; how many are present gives the score."""

    elements: dict[str, tuple[str, ...]]
    ranges: tuple[ScoreRange, ...]

    @property
    def size(self) -> int:
        return len(next(iter(self.elements.values())))


@dataclass(frozen=True)
class Item:
    id: str
    section: str
    number: int
    sources: tuple[str, ...]
    title: Text
    definition: Text
    anchors: dict[str, dict[int, str]]  # language → score → text
    measure: Measure | None = None
    checklist: Checklist | None = None


@dataclass(frozen=True)
class Section:
    id: str
    title: Text


@dataclass(frozen=True)
class Band:
    """Inclusive range of total points with its label and colour."""

    low: int
    high: int
    label: Text
    color: str


@dataclass(frozen=True)
class Scale:
    id: str
    edition: str
    languages: tuple[str, ...]
    min_score: int
    max_score: int
    strength_min: int
    development_max: int
    title: Text
    source: Text
    sections: tuple[Section, ...]
    items: tuple[Item, ...]
    bands: tuple[Band, ...]
    path: str = field(default="", compare=False)

    @property
    def max_total(self) -> int:
        """Maximum total in points (items × max score; IPS-25: 125)."""
        return len(self.items) * self.max_score

    @cached_property
    def _items_by_id(self) -> dict[str, Item]:
        # Lookups happen per item per review; history sums thousands of reviews.
        return {item.id: item for item in self.items}

    def item(self, item_id: str) -> Item:
        return self._items_by_id[item_id]

    def section(self, section_id: str) -> Section:
        for section in self.sections:
            if section.id == section_id:
                return section
        raise KeyError(section_id)

    def items_in(self, section_id: str) -> tuple[Item, ...]:
        return tuple(item for item in self.items if item.section == section_id)

    def section_max(self, section_id: str) -> int:
        return len(self.items_in(section_id)) * self.max_score

    def item_code(self, item_id: str, lang: str = "sv") -> str:
        """Short reference such as 'Personal 1' or 'Services 4'."""
        item = self.item(item_id)
        return f"{self.section(item.section).title[lang]} {item.number}"
