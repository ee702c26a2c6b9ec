"""Agreement statistics match hand calculations."""

from __future__ import annotations

import pytest

from fidelity_app.domain.agreement import agreement


def _by_item(scores):
    return {f"item{n}": s for n, s in enumerate(scores)}


def test_full_agreement():
    """Identical varied scores: 100 % exact, 100 % within one, kappa 1."""
    result = agreement(_by_item([1, 2, 3, 4, 5, 5]), _by_item([1, 2, 3, 4, 5, 5]))
    assert (result.pairs, result.exact_percent, result.within_one_percent) == (6, 100, 100)
    assert result.weighted_kappa == pytest.approx(1.0)


def test_one_disagreement():
    """[1,2,3,4,5] vs [1,2,3,4,4]: 80 % exact, 100 % within one, kappa 1 − 1/17 = 16/17."""
    result = agreement(_by_item([1, 2, 3, 4, 5]), _by_item([1, 2, 3, 4, 4]))
    assert (result.exact_percent, result.within_one_percent) == (80, 100)
    assert result.weighted_kappa == pytest.approx(16 / 17)


def test_systematic_one_point_offset():
    """[1,2,3,4] vs [2,3,4,5]: 0 % exact, 100 % within one, kappa 1 − (4/16)/(56/64) = 5/7."""
    result = agreement(_by_item([1, 2, 3, 4]), _by_item([2, 3, 4, 5]))
    assert (result.exact_percent, result.within_one_percent) == (0, 100)
    assert result.weighted_kappa == pytest.approx(5 / 7)


def test_two_point_disagreement_is_not_within_one():
    """A 2-point difference counts against within-one agreement; opposite extremes give kappa −1."""
    result = agreement(_by_item([1, 5]), _by_item([5, 1]))
    assert result.within_one_percent == 0
    assert result.weighted_kappa == pytest.approx(-1.0)


def test_unscored_items_are_left_out_and_constant_scores_have_no_kappa():
    """Items either reviewer left blank are not counted; all-equal constant scores give no kappa."""
    result = agreement({"a": 3, "b": None, "c": 3}, {"a": 3, "b": 2, "c": 3, "d": 1})
    assert result.pairs == 2 and result.exact_percent == 100 and result.weighted_kappa is None
    assert agreement({}, {}).pairs == 0
