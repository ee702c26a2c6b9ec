"""The review report PDF: what a unit and its steering group read back from it."""

from __future__ import annotations

import re

import pytest
from pypdf import PdfReader

from fidelity_app.domain.scoring import summarize
from fidelity_app.report import gather_report_data, write_review_report
from fidelity_app.report.texts import text
from fidelity_app.storage import repository as repo

from .conftest import CURRENT, JUSTIFICATION, PREVIOUS, RECOMMENDATION, flat, pdf_pages


def _section(full: str, start: str, end: str) -> str:
    return full[full.index(start):full.index(end)]


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_report_names_unit_total_band_and_findings(db, library, scale, finished, tmp_path, lang):
    """The PDF text holds the unit, the total of max, the band and every strength and development area."""
    out = write_review_report(db, library, finished.review_id, tmp_path / "r.pdf", lang=lang)
    full = flat(" ".join(pdf_pages(out)))
    summary = summarize(scale, repo.scores(db, finished.review_id))
    assert summary.total == sum(CURRENT)
    assert finished.unit_name in full
    assert f"{summary.total} {text(lang, 'of')} 125" in full
    assert summary.band.label[lang] in full
    data = gather_report_data(db, library, finished.review_id, lang)
    strengths = _section(full, text(lang, "strengths_intro_full", min=5), text(lang, "development_intro", max=3))
    development = _section(full, text(lang, "development_intro", max=3), text(lang, "score_table"))
    assert data.strengths and data.development_areas
    for entry in data.strengths:
        assert flat(entry.item.title[lang]) in strengths
    for entry in data.development_areas:
        assert flat(entry.item.title[lang]) in development
        assert flat(entry.item.title[lang]) not in strengths


def test_swedish_report_lists_findings_by_swedish_name_with_texts(db, library, scale, finished, tmp_path):
    """Each strength shows its justification (or says none was given), each development area its
    recommendation, under the criterion's Swedish name."""
    out = write_review_report(db, library, finished.review_id, tmp_path / "r.pdf")
    full = flat(" ".join(pdf_pages(out)))
    strong = [i for i, p in zip(scale.items, CURRENT, strict=True) if p == 5]
    weak = [i for i, p in zip(scale.items, CURRENT, strict=True) if p <= 3]
    for item in strong:
        assert flat(item.title["sv"]) in full
    for item in strong[1:]:
        assert f"{JUSTIFICATION} ({item.id})" in full
    assert "Ingen motivering angiven." in full
    for item in weak:
        assert flat(item.title["sv"]) in full
        assert f"{RECOMMENDATION} ({item.id})" in full
    assert "Styrkor" in full and "Utvecklingsområden" in full


@pytest.mark.parametrize("lang, word", [("sv", "sida"), ("en", "page")])
def test_every_page_footer_says_page_x_of_y(db, library, finished, tmp_path, lang, word):
    """Each page's footer gives its number and the page count ("sida 2 av 5")."""
    pages = pdf_pages(write_review_report(db, library, finished.review_id, tmp_path / "r.pdf", lang=lang))
    assert len(pages) >= 3
    of = text(lang, "of")
    for number, page in enumerate(pages, start=1):
        assert f"{word} {number} {of} {len(pages)}" in page


def test_incomplete_review_is_a_draft_on_every_page_without_band(db, library, scale, incomplete, tmp_path):
    """A review with unscored criteria says UTKAST on every page and names no band."""
    pages = pdf_pages(write_review_report(db, library, incomplete.review_id, tmp_path / "r.pdf"))
    for page in pages:
        assert "UTKAST – ej slutförd" in page
    full = flat(" ".join(pages))
    assert "Ingen nivå anges förrän alla kriterier har poäng." in full
    assert "Bedömda kriterier: 18 av 25" in full
    for band in scale.bands:
        assert band.label["sv"] not in full


def test_english_draft_says_draft(db, library, incomplete, tmp_path):
    """The English report of a draft says DRAFT on every page."""
    pages = pdf_pages(write_review_report(db, library, incomplete.review_id, tmp_path / "r.pdf", lang="en"))
    assert all("DRAFT – not finished" in page for page in pages)


def test_complete_but_unfinished_review_is_draft_with_band(db, library, scale, tmp_path):
    """All criteria scored but not yet finished: the band is given and every page still says draft."""
    from .conftest import add_review

    unit = repo.create_unit(db, "Enheten")
    review = add_review(db, scale, unit.id, "2026-01-01", CURRENT, finish=False)
    pages = pdf_pages(write_review_report(db, library, review.id, tmp_path / "r.pdf"))
    assert all("UTKAST" in page for page in pages)
    assert summarize(scale, repo.scores(db, review.id)).band.label["sv"] in flat(" ".join(pages))


def test_score_table_gives_previous_score_and_change(db, library, scale, finished, tmp_path):
    """Each criterion's row shows today's score, the previous measurement's and the signed change."""
    full = flat(" ".join(pdf_pages(write_review_report(db, library, finished.review_id, tmp_path / "r.pdf"))))
    table = full[full.index("Poäng för alla kriterier"):]
    for item, now, before in zip(scale.items, CURRENT, PREVIOUS, strict=True):
        change = "0" if now == before else (f"+{now - before}" if now > before else f"\u2212{before - now}")
        row = re.escape(f"{item.number}. ") + r".*?" + re.escape(f"{now} {before} {change}")
        assert re.search(row, table), item.id
    assert f"{sum(CURRENT)} av 125 {sum(PREVIOUS)} +{sum(CURRENT) - sum(PREVIOUS)}" in table
    assert "Föregående mätning 2025-03-04" in full


def test_first_review_has_no_comparison(db, library, incomplete, tmp_path):
    """A unit's first measurement says there is no earlier one and shows no change column."""
    full = flat(" ".join(pdf_pages(write_review_report(db, library, incomplete.review_id, tmp_path / "r.pdf"))))
    assert "Verksamheten har ingen tidigare mätning i programmet." in full
    assert "Förändring" not in full


def test_evidence_notes_only_on_request(db, library, finished, tmp_path):
    """Evidence notes (possible personal data) appear only with include_notes=True."""
    note = "Deltagare N.N. berättade om sitt nya arbete."
    without = flat(" ".join(pdf_pages(write_review_report(db, library, finished.review_id, tmp_path / "a.pdf"))))
    assert note not in without and "Bilaga" not in without
    path = write_review_report(db, library, finished.review_id, tmp_path / "b.pdf", include_notes=True)
    with_notes = flat(" ".join(pdf_pages(path)))
    assert note in with_notes and "Bilagan kan innehålla personuppgifter" in with_notes
    assert path.stat().st_mode & 0o077 == 0  # only the owner may read a file with notes


@pytest.mark.parametrize("lang, code", [("sv", "sv-SE"), ("en", "en-GB")])
def test_pdf_metadata(db, library, finished, tmp_path, lang, code):
    """Title, author (the reviewers), subject and document language are set."""
    reader = PdfReader(write_review_report(db, library, finished.review_id, tmp_path / "r.pdf", lang=lang))
    meta = reader.metadata
    assert finished.unit_name in meta.title and text(lang, "report_title") in meta.title
    assert meta.author == "Åsa Ek, Jörgen Ström"
    assert "IPS-25" in meta.subject
    assert reader.trailer["/Root"]["/Lang"] == code


def test_fonts_are_embedded(db, library, finished, tmp_path):
    """Every font in the report is embedded DejaVu Sans (no reliance on the reader's fonts)."""
    reader = PdfReader(write_review_report(db, library, finished.review_id, tmp_path / "r.pdf"))
    fonts = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts[font["/BaseFont"]] = font
    assert fonts
    for name, font in fonts.items():
        assert "DejaVuSans" in name
        descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"] \
            if "/DescendantFonts" in font else font["/FontDescriptor"]
        assert "/FontFile2" in descriptor.get_object(), name


def test_findings_follow_overrides_and_review_thresholds(db, library, scale, finished):
    """A per-item override beats the score thresholds when the report lists strengths and development areas."""
    review = repo.reopen_review(db, finished.review_id)
    strong, middling = scale.items[0], scale.items[1]  # 5 and 4 points
    repo.set_finding(db, review.id, strong.id, classification="neither")
    repo.set_finding(db, review.id, middling.id, classification="development")
    data = gather_report_data(db, library, review.id)
    assert strong.id not in [e.item.id for e in data.strengths]
    assert middling.id in [e.item.id for e in data.development_areas]
    repo.update_review(db, review.id, strength_min=4)
    data = gather_report_data(db, library, review.id)
    assert scale.items[6].id in [e.item.id for e in data.strengths]  # a 4
    assert data.draft


def test_unknown_language_is_refused(db, library, finished, tmp_path):
    """Only sv and en exist; anything else is a clear ValueError and no file is written."""
    with pytest.raises(ValueError, match="sv eller en"):
        write_review_report(db, library, finished.review_id, tmp_path / "r.pdf", lang="de")
    assert not (tmp_path / "r.pdf").exists()


def test_incomplete_review_compares_items_but_not_sums(db, library, scale, tmp_path):
    """With unscored criteria the total shows the previous total but no change (not the same measure)."""
    from .conftest import add_review

    unit = repo.create_unit(db, "Enheten")
    add_review(db, scale, unit.id, "2025-01-01", PREVIOUS)
    review = add_review(db, scale, unit.id, "2026-01-01", CURRENT[:18] + [None] * 7, finish=False)
    full = flat(" ".join(pdf_pages(write_review_report(db, library, review.id, tmp_path / "r.pdf"))))
    table = full[full.index("Poäng för alla kriterier"):]
    assert f"Totalt {sum(CURRENT[:18])} av 125 {sum(PREVIOUS)} –" in table
    staffing = sum(CURRENT[:3]) - sum(PREVIOUS[:3])
    assert f"Summa {sum(CURRENT[:3])} av 15 {sum(PREVIOUS[:3])} +{staffing}" in table


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_method_line_gives_agreement_of_independent_scores(db, library, scale, tmp_path, lang):
    """Two reviewers who scored on their own: the summary states exact %, within-one % and kappa."""
    unit = repo.create_unit(db, "IPS Överensby")
    review = repo.create_review(db, unit.id, scale, "2026-03-02", "2026-03-02", ("Åsa Ek", "Jörgen Ström"))
    first, second = repo.reviewers(db, review.id)
    for n, item in enumerate(scale.items):
        repo.set_rating(db, scale, review.id, item.id, reviewer_id=first.id, score=1 + n % 5)
        repo.set_rating(db, scale, review.id, item.id, reviewer_id=second.id, score=1 + n % 5 if n else 3)
        repo.set_rating(db, scale, review.id, item.id, score=1 + n % 5)
    full = flat(" ".join(pdf_pages(write_review_report(db, library, review.id, tmp_path / "r.pdf", lang=lang))))
    data = gather_report_data(db, library, review.id, lang)
    assert data.agreement.pairs == 25 and data.agreement.exact_percent == 96
    expected = {"sv": "exakt 96 %, inom en poäng 96 %", "en": "exact 96%, within one point 96%"}[lang]
    assert text(lang, "agreement") in full and expected in full


def test_no_method_line_for_a_self_assessment(db, library, scale):
    """One reviewer: there is nothing to agree on, and no agreement figures."""
    unit = repo.create_unit(db, "IPS Ensam")
    review = repo.create_review(db, unit.id, scale, "2026-03-02", "2026-03-02", ("Åsa Ek",))
    reviewer = repo.reviewers(db, review.id)[0]
    repo.set_rating(db, scale, review.id, scale.items[0].id, reviewer_id=reviewer.id, score=4)
    assert gather_report_data(db, library, review.id).agreement is None
