"""Generic calculators: tallies or checklist answers → a suggested score, from scale data only."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from .scale import Checklist, Measure, MeasureInput, ScoreRange

# Larger numbers than this are typing accidents, not tallies from a unit.
LIMIT = Decimal(10) ** 9

_MESSAGES = {
    "missing": ("{label}: värde saknas", "{label}: value missing"),
    "not_a_number": ("{label}: ”{value}” är inte ett tal", "{label}: “{value}” is not a number"),
    "too_large": ("{label}: {value} är orimligt stort", "{label}: {value} is unreasonably large"),
    "below_min": ("{label}: får inte vara under {limit}", "{label}: must not be below {limit}"),
    "negative": ("{label}: får inte vara negativt", "{label}: must not be negative"),
    "above_max": ("{label}: får inte vara över {limit}", "{label}: must not be above {limit}"),
    "not_integer": ("{label}: ska vara ett heltal", "{label}: must be a whole number"),
    "zero": ("{label}: får inte vara noll", "{label}: must not be zero"),
    "part_above_whole": ("{label}: kan inte vara större än {limit}",
                         "{label}: cannot be larger than {limit}"),
    "empty": ("{label}: ange minst ett värde", "{label}: enter at least one value"),
    "count": ("Antal uppfyllda delar måste vara 0–{limit}", "Elements present must be 0–{limit}"),
}


class CalculatorInputError(ValueError):
    """Impossible calculator input; `message(lang)` says which input and why."""

    def __init__(self, code: str, input_id: str, label: Mapping[str, str], value="", limit=""):
        self.code, self.input_id, self.label, self.value, self.limit = code, input_id, label, value, limit
        super().__init__(self.message("sv"))

    def message(self, lang: str = "sv") -> str:
        sv, en = _MESSAGES[self.code]
        template = en if lang == "en" else sv
        label = self.label.get(lang) or next(iter(self.label.values()), self.input_id)
        return template.format(label=label, value=self.value, limit=self.limit)


@dataclass(frozen=True)
class Suggestion:
    """A suggested score and how it was reached (value in the measure's unit)."""

    score: int
    value: Decimal  # the computed value before rounding, or the count for a checklist
    rounded: Decimal
    range: ScoreRange

    def explain(self, unit: Mapping[str, str] | None, lang: str = "sv") -> str:
        shown = format(self.rounded.normalize(), "f")
        if lang == "sv":
            shown = shown.replace(".", ",")  # Swedish decimal comma
        unit_text = f" {unit[lang]}" if unit and lang in unit else ""
        if lang == "en":
            return f"{shown}{unit_text} lies in {self.range.describe()} → score {self.score}"
        return f"{shown}{unit_text} ligger i {self.range.describe()} → poäng {self.score}"


def _number(spec: MeasureInput, raw) -> Decimal:
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        raise CalculatorInputError("missing", spec.id, spec.label)
    if isinstance(raw, bool):
        raise CalculatorInputError("not_a_number", spec.id, spec.label, raw)
    try:
        value = Decimal(raw.strip().replace(",", ".").replace("\u2212", "-")) if isinstance(raw, str) \
            else Decimal(str(raw))
    except (InvalidOperation, ValueError):
        raise CalculatorInputError("not_a_number", spec.id, spec.label, str(raw)[:40]) from None
    if not value.is_finite():
        raise CalculatorInputError("not_a_number", spec.id, spec.label, str(raw)[:40])
    if abs(value) > LIMIT:
        raise CalculatorInputError("too_large", spec.id, spec.label, str(raw)[:40])
    if value < 0:
        raise CalculatorInputError("negative", spec.id, spec.label, value)
    if value < spec.min:
        raise CalculatorInputError("below_min", spec.id, spec.label, value, spec.min)
    if spec.max is not None and value > spec.max:
        raise CalculatorInputError("above_max", spec.id, spec.label, value, spec.max)
    if spec.integer and value != value.to_integral_value():
        raise CalculatorInputError("not_integer", spec.id, spec.label, value)
    return value


def measure_value(measure: Measure, values: Mapping[str, object]) -> Decimal:
    """The measure's value in its unit (e.g. clients per full-time coach, %, days)."""
    first = measure.inputs[0]
    if measure.formula == "mean":
        raw = values.get(first.id)
        listed = raw.replace(";", " ").split() if isinstance(raw, str) else raw
        if not isinstance(listed, Sequence) or isinstance(listed, str) or not listed:
            raise CalculatorInputError("empty", first.id, first.label)
        numbers = [_number(first, x) for x in listed]
        return sum(numbers) / len(numbers)
    if measure.formula == "value":
        return _number(first, values.get(first.id))
    second = measure.inputs[1]
    top, bottom = _number(first, values.get(first.id)), _number(second, values.get(second.id))
    if bottom == 0:
        raise CalculatorInputError("zero", second.id, second.label)
    if measure.formula == "percent":
        if top > bottom:
            raise CalculatorInputError("part_above_whole", first.id, first.label, top, bottom)
        return top / bottom * 100
    return top / bottom


def _lookup(ranges: Sequence[ScoreRange], value: Decimal) -> ScoreRange:
    for score_range in ranges:
        if score_range.contains(value):
            return score_range
    raise ValueError(f"no range holds {value}")  # validated scale files cover every value


def suggest_from_measure(measure: Measure, values: Mapping[str, object]) -> Suggestion:
    """Suggested score for tallies such as {'clients': 27, 'coach_fte': 1.5}."""
    value = measure_value(measure, values)
    rounded = measure.round(value)
    return Suggestion(_lookup(measure.ranges, rounded).score, value, rounded,
                      _lookup(measure.ranges, rounded))


def suggest_from_checklist(checklist: Checklist, present: Sequence[bool] | int) -> Suggestion:
    """Suggested score from which elements are present (a list of booleans) or their count."""
    count = sum(1 for x in present if x) if not isinstance(present, int) else present
    if isinstance(present, bool) or not 0 <= count <= checklist.size or (
        not isinstance(present, int) and len(present) != checklist.size
    ):
        raise CalculatorInputError("count", "checklist", {"sv": "Checklista", "en": "Checklist"},
                                   count, checklist.size)
    found = _lookup(checklist.ranges, Decimal(count))
    return Suggestion(found.score, Decimal(count), Decimal(count), found)
