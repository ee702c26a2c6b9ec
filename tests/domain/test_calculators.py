"""Calculators turn tallies into a suggested score using only the scale file, and refuse nonsense."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fidelity_app.domain.calculators import (
    CalculatorInputError,
    suggest_from_checklist,
    suggest_from_measure,
)


def test_caseload_27_clients_for_one_and_a_half_coaches(scale):
    """27 active clients on 1.5 full-time coaches is 18 per coach: score 5."""
    measure = scale.item("staffing.caseload").measure
    suggestion = suggest_from_measure(measure, {"clients": 27, "coach_fte": 1.5})
    assert suggestion.score == 5 and suggestion.rounded == 18
    assert "18" in suggestion.explain(measure.unit, "sv") and "poäng 5" in suggestion.explain(measure.unit)


@pytest.mark.parametrize("clients, fte, score", [(40, 2, 5), (41, 2, 4), (50, 2, 4), (52, 2, 3),
                                                 (60, 2, 3), (62, 2, 2), (80, 2, 2), (82, 2, 1)])
def test_caseload_boundaries(scale, clients, fte, score):
    """Caseload ≤20 / 21–25 / 26–30 / 31–40 / ≥41 per coach, with halves rounded up."""
    assert suggest_from_measure(scale.item("staffing.caseload").measure,
                                {"clients": clients, "coach_fte": fte}).score == score


def test_percent_and_mean_measures(scale):
    """A percentage (time on employment work) and a mean (days to employer contact) score right."""
    staff = scale.item("staffing.services_staff").measure
    assert suggest_from_measure(staff, {i.id: v for i, v in zip(staff.inputs, (95, 100), strict=False)}).score == 4
    rapid = scale.item("services.rapid_search").measure
    assert suggest_from_measure(rapid, {rapid.inputs[0].id: [10, 20, 45]}).score == 5
    assert suggest_from_measure(rapid, {rapid.inputs[0].id: "200 300; 250"}).score == 2


def test_checklist_counts(scale):
    """Four of five team-contact elements give 4; one of four disclosure elements gives 2."""
    assert suggest_from_checklist(scale.item("org.team_contact").checklist, 4).score == 4
    assert suggest_from_checklist(scale.item("services.disclosure").checklist,
                                  [True, False, False, False]).score == 2
    with pytest.raises(CalculatorInputError):
        suggest_from_checklist(scale.item("services.disclosure").checklist, 5)


@pytest.mark.parametrize("values, code", [
    ({"clients": -3, "coach_fte": 1}, "negative"),
    ({"clients": 20, "coach_fte": 0}, "zero"),
    ({"clients": 20.5, "coach_fte": 1}, "not_integer"),
    ({"clients": "tjugo", "coach_fte": 1}, "not_a_number"),
    ({"clients": float("nan"), "coach_fte": 1}, "not_a_number"),
    ({"clients": 1e300, "coach_fte": 1}, "too_large"),
    ({"clients": 20}, "missing"),
])
def test_impossible_caseload_input_is_refused(scale, values, code):
    """Negative counts, zero coaches, fractions of people, words and huge numbers are refused."""
    with pytest.raises(CalculatorInputError) as caught:
        suggest_from_measure(scale.item("staffing.caseload").measure, values)
    assert caught.value.code == code
    assert caught.value.message("sv") and caught.value.message("en") != caught.value.message("sv")


def test_percentage_over_100_is_refused(scale):
    """More preference-based contacts than contacts in all (over 100 %) is refused with a message."""
    measure = scale.item("services.individual_search").measure
    part, whole = (i.id for i in measure.inputs)
    with pytest.raises(CalculatorInputError) as caught:
        suggest_from_measure(measure, {part: 30, whole: 20})
    assert caught.value.code == "part_above_whole"
    assert "20" in caught.value.message("sv")


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_any_valid_tallies_give_a_score_of_the_scale(scale, data):
    """For every measure in IPS-25, any valid input gives a score 1–5 (ranges cover everything)."""
    item = data.draw(st.sampled_from([i for i in scale.items if i.measure]))
    measure = item.measure
    numbers = st.integers(0, 10_000)
    if measure.formula == "mean":
        values = {measure.inputs[0].id: data.draw(st.lists(numbers, min_size=1, max_size=12))}
    else:
        whole = data.draw(st.integers(1, 10_000))
        part = data.draw(st.integers(0, whole))
        values = {measure.inputs[0].id: part, measure.inputs[1].id: whole}
    suggestion = suggest_from_measure(measure, values)
    assert 1 <= suggestion.score <= 5
    assert suggestion.range.contains(Decimal(suggestion.rounded))
