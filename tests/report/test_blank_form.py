"""The blank scoring form: every criterion with anchors, data sources and room to write."""

from __future__ import annotations

import pytest

from fidelity_app.report import write_blank_form

from .conftest import flat, pdf_pages


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_blank_form_has_every_title_anchor_and_source(scale, tmp_path, lang):
    """Each criterion's title, all five anchors and its data sources are printed on the form."""
    pages = pdf_pages(write_blank_form(scale, tmp_path / "form.pdf", lang=lang))
    full = flat(" ".join(pages))
    for item in scale.items:
        assert flat(item.title[lang]) in full, item.id
        for score in range(1, 6):
            assert flat(item.anchors[lang][score]) in full, (item.id, score)
        assert f"{', '.join(item.sources)}" in full
        if item.checklist:
            for element in item.checklist.elements[lang]:
                assert flat(element) in full, item.id


def test_blank_form_gives_each_criterion_its_own_page(scale, tmp_path):
    """A cover with the tally table, then one page per criterion, each numbered "sida X av Y"."""
    pages = pdf_pages(write_blank_form(scale, tmp_path / "form.pdf"))
    assert len(pages) == 1 + len(scale.items)
    for number, page in enumerate(pages, start=1):
        assert f"sida {number} av {len(pages)}" in page
    for page, item in zip(pages[1:], scale.items, strict=True):
        assert flat(item.title["sv"]) in flat(page)
        assert "Anteckningar" in page and "Poäng:" in page


def test_blank_form_asks_for_the_measure_inputs(scale, tmp_path):
    """Criteria with a calculator list the figures to collect (e.g. active clients, coaches)."""
    full = flat(" ".join(pdf_pages(write_blank_form(scale, tmp_path / "form.pdf"))))
    for item in scale.items:
        if item.measure:
            for field in item.measure.inputs:
                assert flat(field.label["sv"]) in full, item.id


def test_blank_form_refuses_unknown_language(scale, tmp_path):
    """Only sv and en exist; nothing is written for another language."""
    with pytest.raises(ValueError):
        write_blank_form(scale, tmp_path / "form.pdf", lang="fi")
    assert not list(tmp_path.iterdir())
