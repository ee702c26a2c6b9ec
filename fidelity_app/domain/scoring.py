"""Totals, section subtotals, completeness, bands, strengths and development areas."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from .scale import Band, Scale

# Per-item overrides of the automatic strength/development classification.
STRENGTH, DEVELOPMENT, NEITHER = "strength", "development", "neither"
CLASSIFICATIONS = (STRENGTH, DEVELOPMENT, NEITHER)


@dataclass(frozen=True)
class SectionSubtotal:
    section_id: str
    points: int
    max_points: int
    scored: int
    item_count: int


@dataclass(frozen=True)
class ScoreSummary:
    """Where a review stands: points of max, how many items scored, band when complete."""

    total: int
    max_total: int
    scored: int
    item_count: int
    missing: tuple[str, ...]
    sections: tuple[SectionSubtotal, ...]
    band: Band | None

    @property
    def complete(self) -> bool:
        return self.scored == self.item_count


def check_score(scale: Scale, item_id: str, score: int | None) -> None:
    """Raise ValueError unless `score` is None or a whole score of the scale for a known item."""
    scale.item(item_id)  # KeyError for an unknown item
    if score is None:
        return
    if isinstance(score, bool) or not isinstance(score, int) or not (
        scale.min_score <= score <= scale.max_score
    ):
        raise ValueError(
            f"{item_id}: score {score!r} is outside {scale.min_score}–{scale.max_score}"
        )


def band_for(scale: Scale, total: int) -> Band:
    """The band whose inclusive point range holds `total` (points)."""
    for band in scale.bands:
        if band.low <= total <= band.high:
            return band
    raise ValueError(f"total {total} is outside 0–{scale.max_total}")


def summarize(scale: Scale, scores: Mapping[str, int | None]) -> ScoreSummary:
    """Total (points), section subtotals and band; band only when every item is scored."""
    for item_id, score in scores.items():
        check_score(scale, item_id, score)
    subtotals = []
    for section in scale.sections:
        items = scale.items_in(section.id)
        given = [scores[i.id] for i in items if scores.get(i.id) is not None]
        subtotals.append(
            SectionSubtotal(section.id, sum(given), len(items) * scale.max_score, len(given), len(items))
        )
    missing = tuple(item.id for item in scale.items if scores.get(item.id) is None)
    total = sum(s.points for s in subtotals)
    band = band_for(scale, total) if not missing else None
    return ScoreSummary(total, scale.max_total, len(scale.items) - len(missing), len(scale.items),
                        missing, tuple(subtotals), band)


@dataclass(frozen=True)
class Findings:
    """Item ids in scale order: strengths (styrkor) and development areas (utvecklingsområden)."""

    strengths: tuple[str, ...] = field(default_factory=tuple)
    development_areas: tuple[str, ...] = field(default_factory=tuple)


def classify(
    scale: Scale,
    scores: Mapping[str, int | None],
    strength_min: int | None = None,
    development_max: int | None = None,
    overrides: Mapping[str, str] | None = None,
) -> Findings:
    """Strengths: scored at or above `strength_min`; development areas: at or below
    `development_max` (both in scale points, defaults from the scale). An override per item
    (strength / development / neither) wins over the thresholds; unscored items are neither."""
    high = scale.strength_min if strength_min is None else strength_min
    low = scale.development_max if development_max is None else development_max
    if low >= high:
        raise ValueError(f"development threshold {low} must be below strength threshold {high}")
    overrides = overrides or {}
    strengths, development = [], []
    for item in scale.items:
        score = scores.get(item.id)
        kind = overrides.get(item.id)
        if kind not in (None, *CLASSIFICATIONS):
            raise ValueError(f"{item.id}: unknown classification {kind!r}")
        if kind is None and score is not None:
            kind = STRENGTH if score >= high else DEVELOPMENT if score <= low else NEITHER
        if kind == STRENGTH:
            strengths.append(item.id)
        elif kind == DEVELOPMENT:
            development.append(item.id)
    return Findings(tuple(strengths), tuple(development))
