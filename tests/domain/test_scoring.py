"""Totals, section subtotals, bands at every boundary, and strengths/development areas."""

from __future__ import annotations

import pytest

from fidelity_app.domain.review import Rating, result_scores
from fidelity_app.domain.scoring import band_for, classify, summarize


def _scores_totalling(scale, total: int) -> dict[str, int]:
    """All 25 items scored, adding up to `total` points (25–125)."""
    scores = {item.id: 1 for item in scale.items}
    left = total - len(scores)
    for item in scale.items:
        step = min(4, left)
        scores[item.id] += step
        left -= step
    return scores


@pytest.mark.parametrize("total, label", [
    (125, "Stämmer mycket bra överens med IPS"), (115, "Stämmer mycket bra överens med IPS"),
    (114, "Stämmer bra överens med IPS"), (100, "Stämmer bra överens med IPS"),
    (99, "Stämmer delvis överens med IPS"), (74, "Stämmer delvis överens med IPS"),
    (73, "Stämmer inte överens med IPS"), (25, "Stämmer inte överens med IPS"),
])
def test_band_boundaries(scale, total, label):
    """Each band boundary (73/74, 99/100, 114/115, 125) falls in the right band."""
    summary = summarize(scale, _scores_totalling(scale, total))
    assert summary.total == total and summary.complete
    assert summary.band.label["sv"] == label


def test_english_band_labels(scale):
    """Bands carry English labels too."""
    assert [band_for(scale, t).label["en"] for t in (120, 105, 80, 50)] == [
        "Exemplary fidelity", "Good fidelity", "Fair fidelity", "Not supported employment"]


def test_incomplete_review_has_no_band(scale):
    """With 24 of 25 items scored there is a running total but no band, and the gap is named."""
    scores = {item.id: 5 for item in scale.items[:-1]}
    summary = summarize(scale, scores)
    assert (summary.total, summary.scored, summary.band) == (120, 24, None)
    assert summary.missing == (scale.items[-1].id,)


def test_section_subtotals(scale):
    """Section subtotals add up per section with their own maxima (15, 40, 70)."""
    scores = {item.id: (3 if item.section == "services" else 4) for item in scale.items}
    summary = summarize(scale, scores)
    assert [(s.points, s.max_points) for s in summary.sections] == [(12, 15), (32, 40), (42, 70)]
    assert summary.total == 86


def test_scores_outside_the_scale_are_refused(scale):
    """A score of 0, 6 or 2.5 is an error, not a silent total."""
    for bad in (0, 6, 2.5, True):
        with pytest.raises(ValueError):
            summarize(scale, {"staffing.caseload": bad})
    with pytest.raises(KeyError):
        summarize(scale, {"no.such.item": 3})


def test_strengths_and_development_areas_by_threshold(scale):
    """Default thresholds: 5 is a strength, 3 or less a development area, 4 neither."""
    scores = {"staffing.caseload": 5, "staffing.services_staff": 4, "staffing.generalists": 3}
    found = classify(scale, scores)
    assert found.strengths == ("staffing.caseload",)
    assert found.development_areas == ("staffing.generalists",)


def test_review_thresholds_and_item_override(scale):
    """A review may lower the strength threshold to 4 and override single items."""
    scores = {"staffing.caseload": 5, "staffing.services_staff": 4, "staffing.generalists": 2}
    found = classify(scale, scores, strength_min=4, development_max=2,
                     overrides={"staffing.caseload": "development", "staffing.generalists": "neither"})
    assert found.strengths == ("staffing.services_staff",)
    assert found.development_areas == ("staffing.caseload",)


def test_consensus_counts_and_single_reviewer_is_the_result():
    """Consensus scores are the result; alone, a reviewer's own score is the result."""
    own = Rating("1", "r", "a", "rev1", 3)
    agreed = Rating("2", "r", "a", None, 4)
    other = Rating("3", "r", "b", "rev1", 2)
    assert result_scores([own, agreed, other], reviewer_count=2) == {"a": 4}
    assert result_scores([own, other], reviewer_count=1) == {"a": 3, "b": 2}
    assert result_scores([own, agreed, other], reviewer_count=1) == {"a": 4, "b": 2}
