"""How well two reviewers agree: exact and within-one agreement, quadratic weighted kappa."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from fractions import Fraction


@dataclass(frozen=True)
class Agreement:
    """Over the items both reviewers scored: percentages (0–100) and kappa (−1…1, None if undefined)."""

    pairs: int
    exact_percent: float | None
    within_one_percent: float | None
    weighted_kappa: float | None


def agreement(
    first: Mapping[str, int | None], second: Mapping[str, int | None], min_score: int = 1,
    max_score: int = 5,
) -> Agreement:
    """Compare two reviewers' scores per item id; items either left unscored are not counted.

    Kappa uses quadratic weights (i − j)² over the scale's categories. It is None when it is
    undefined: no pairs, or both reviewers gave one and the same score to every item.
    """
    pairs = [(first[k], second[k]) for k in first
             if k in second and first[k] is not None and second[k] is not None]
    n = len(pairs)
    if n == 0:
        return Agreement(0, None, None, None)
    exact = sum(a == b for a, b in pairs)
    within = sum(abs(a - b) <= 1 for a, b in pairs)
    return Agreement(n, 100 * exact / n, 100 * within / n,
                     _weighted_kappa(pairs, range(min_score, max_score + 1)))


def _weighted_kappa(pairs: list[tuple[int, int]], categories: range) -> float | None:
    # Exact fractions: the hand-calculated test cases must match to the last digit.
    n = len(pairs)
    rows = {c: sum(1 for a, _ in pairs if a == c) for c in categories}
    cols = {c: sum(1 for _, b in pairs if b == c) for c in categories}
    observed = sum(Fraction((a - b) ** 2) for a, b in pairs) / n
    expected = sum(Fraction(rows[i] * cols[j] * (i - j) ** 2) for i in categories for j in categories) / (n * n)
    if expected == 0:
        return None
    return float(1 - observed / expected)
