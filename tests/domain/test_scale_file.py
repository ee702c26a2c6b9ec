"""The shipped IPS-25 file is complete, and broken scale files are refused with file, item and field."""

from __future__ import annotations

import re
import tomllib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fidelity_app.domain.scale_file import ScaleFileError, load_scale, parse_scale
from tests.conftest import IPS25


def test_ips25_has_25_items_in_three_sections(scale):
    """IPS-25 loads with 25 items, 3/8/14 per section, max 125 and four bands."""
    assert scale.id == "ips25" and scale.edition
    assert len(scale.items) == 25 and scale.max_total == 125
    assert [len(scale.items_in(s.id)) for s in scale.sections] == [3, 8, 14]
    assert [b.low for b in scale.bands] == [115, 100, 74, 0]


def test_every_item_has_both_languages_and_five_anchors(scale):
    """Each item has Swedish and English title, definition and anchors 1–5, and data sources."""
    for item in scale.items:
        for lang in ("sv", "en"):
            assert item.title[lang] and item.definition[lang]
            assert sorted(item.anchors[lang]) == [1, 2, 3, 4, 5]
        assert item.sources


def test_swedish_names_from_swedish_reports(scale):
    """Swedish titles used in Swedish fidelity reports are spelled exactly, with å ä ö."""
    assert scale.item("staffing.caseload").title["sv"] == "Klientgruppens storlek"
    assert scale.item("org.executive_support").title["sv"] == "Ledarna för verksamheten stödjer IPS"
    assert scale.item("services.unlimited_followalong").title["sv"] == "Uppföljande stöd under obegränsad tid"
    assert scale.bands[0].label["sv"] == "Stämmer mycket bra överens med IPS"


def test_measures_and_checklists_where_the_domain_has_numbers(scale):
    """Numeric items carry a measure and checklist items a checklist of the documented size."""
    measured = {i.id for i in scale.items if i.measure}
    assert {"staffing.caseload", "staffing.services_staff", "services.rapid_search",
            "services.individual_search", "services.employer_contact_freq", "services.job_types",
            "services.employers", "services.competitive_jobs", "services.community_based"} <= measured
    sizes = {i.id: i.checklist.size for i in scale.items if i.checklist}
    assert sizes == {"org.team_contact": 5, "org.supervisor": 5, "org.competitive_focus": 5,
                     "org.executive_support": 5, "services.disclosure": 4, "services.outreach": 6}


def _broken(tmp_path, edit) -> ScaleFileError:
    text = IPS25.read_text(encoding="utf-8")
    path = tmp_path / "broken.toml"
    path.write_text(edit(text), encoding="utf-8")
    with pytest.raises(ScaleFileError) as caught:
        load_scale(path)
    return caught.value


def _item_block(text: str, item_id: str) -> tuple[int, int]:
    start = text.index(f'id = "{item_id}"')
    end = text.find("[[items]]", start)
    return start, end if end != -1 else len(text)


def test_deleted_anchor_names_file_item_and_field(tmp_path):
    """Deleting anchor 3 (Swedish) of the caseload item is refused naming the item and field."""
    def edit(text):
        start, end = _item_block(text, "staffing.caseload")
        block = re.sub(r"(\[items\.anchors\.sv\][^\[]*?)\n3 = [^\n]*", r"\1", text[start:end], count=1)
        return text[:start] + block + text[end:]
    error = _broken(tmp_path, edit)
    assert "broken.toml: item staffing.caseload: anchors.sv.3: missing anchor" in str(error)


def test_overlapping_ranges_are_refused(tmp_path):
    """Two caseload ranges that overlap (score 4 starting at 20) are refused naming the field."""
    def edit(text):
        start, end = _item_block(text, "staffing.caseload")
        block = text[start:end].replace("min = 21", "min = 20", 1)
        return text[:start] + block + text[end:]
    error = _broken(tmp_path, edit)
    assert re.search(r"item staffing\.caseload: measure\.ranges: .*overlaps", str(error))


def test_gap_in_ranges_is_refused(tmp_path):
    """A gap between caseload ranges (score 4 from 22) is refused."""
    def edit(text):
        start, end = _item_block(text, "staffing.caseload")
        return text[:start] + text[start:end].replace("min = 21", "min = 22", 1) + text[end:]
    assert "item staffing.caseload: measure.ranges: gap between" in str(_broken(tmp_path, edit))


def test_duplicate_item_id_is_refused(tmp_path):
    """Two items with the same id are refused."""
    error = _broken(tmp_path, lambda t: t.replace('id = "staffing.generalists"', 'id = "staffing.caseload"'))
    assert "item staffing.caseload: id: duplicate item id" in str(error)


def test_bands_must_cover_the_whole_range(tmp_path):
    """A band table with a hole (100–113 instead of 100–114) is refused."""
    error = _broken(tmp_path, lambda t: t.replace("max = 114", "max = 113"))
    assert "bands: min/max: gap between 113 and 115" in str(error)


def test_missing_language_is_refused(tmp_path):
    """An item whose English definition is missing is refused naming item and field."""
    def edit(text):
        start, end = _item_block(text, "org.zero_exclusion")
        block = re.sub(r'definition = \{ ?sv = ("(?:[^"\\]|\\.)*")\s*,\s*en = "(?:[^"\\]|\\.)*" ?\}',
                       r"definition = { sv = \1 }", text[start:end], count=1)
        assert block != text[start:end]
        return text[:start] + block + text[end:]
    assert "item org.zero_exclusion: definition.en: missing language" in str(_broken(tmp_path, edit))


def test_anchor_score_outside_range(tmp_path):
    """An anchor keyed 6 on a 1–5 scale is refused."""
    def edit(text):
        start, end = _item_block(text, "services.benefits")
        block = text[start:end].replace("[items.anchors.sv]\n", '[items.anchors.sv]\n6 = "För mycket"\n', 1)
        return text[:start] + block + text[end:]
    assert "item services.benefits: anchors.sv.6: score outside 1–5" in str(_broken(tmp_path, edit))


def test_syntax_error_names_the_line(tmp_path):
    """A TOML syntax error is reported with the file name and line."""
    error = _broken(tmp_path, lambda t: t + "\n[[items]\n")
    assert "broken.toml: file: syntax:" in str(error) and "line" in str(error)


def test_all_problems_are_reported_at_once(tmp_path):
    """Several faults in one file are all listed, not only the first."""
    error = _broken(tmp_path, lambda t: t.replace("max = 114", "max = 113")
                    .replace('id = "staffing.generalists"', 'id = "staffing.caseload"'))
    assert len(error.problems) >= 2


_DATA = tomllib.loads(IPS25.read_text(encoding="utf-8"))


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.data())
def test_random_damage_gives_a_clear_error_never_a_crash(data):
    """Replacing any field anywhere with junk either still validates or raises ScaleFileError."""
    import copy

    doc = copy.deepcopy(_DATA)
    node, path = doc, []
    while isinstance(node, (dict, list)) and node:
        keys = list(node) if isinstance(node, dict) else list(range(len(node)))
        key = data.draw(st.sampled_from(keys))
        path.append(key)
        if not isinstance(node[key], (dict, list)) or data.draw(st.booleans()):
            node[key] = data.draw(st.one_of(st.none(), st.integers(-10**6, 10**6), st.floats(),
                                            st.text(max_size=5), st.lists(st.integers(), max_size=3),
                                            st.dictionaries(st.text(max_size=3), st.integers(), max_size=2)))
            break
        node = node[key]
    try:
        parse_scale(doc, "fuzz.toml")
    except ScaleFileError as exc:
        assert all(str(p).startswith("fuzz.toml: ") for p in exc.problems)
