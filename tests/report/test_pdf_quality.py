"""PDF health: qpdf finds no errors, long Swedish text wraps inside the page, nothing overlaps."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from fidelity_app.report import write_blank_form, write_review_report
from fidelity_app.report.styles import MARGIN_X, PAGE_WIDTH
from fidelity_app.storage import repository as repo
from fidelity_app.storage.demo import load_demo

from .conftest import CURRENT, add_review, flat, pdf_pages

LONG = ("Återkommande samverkan med Försäkringskassan och Arbetsförmedlingen är ännu inte på plats; "
        "öppenhet, självständighet och även ”Müller & Söner <AB>” nämndes 😀 av flera. ") * 60
UNBROKEN = "Arbetsmarknadsutbildningsförberedelseöverenskommelse" * 8


def _qpdf(path: Path) -> subprocess.CompletedProcess:
    if shutil.which("qpdf") is None:
        pytest.skip("qpdf is not installed (apt-get install qpdf); CI installs it")
    return subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)


def _words(path: Path) -> list[list[tuple[float, float, float, float, str]]]:
    """Per page, every word's box (points from the top left) as poppler's pdftotext sees it."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed (apt-get install poppler-utils)")
    html = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    root = ET.fromstring(html)
    pages = []
    for page in root.iter("{http://www.w3.org/1999/xhtml}page"):
        pages.append([(float(w.get("xMin")), float(w.get("yMin")), float(w.get("xMax")), float(w.get("yMax")),
                       w.text or "") for w in page.iter("{http://www.w3.org/1999/xhtml}word")])
    assert pages and all(pages), "pdftotext found no words"
    return pages


def _assert_tidy(path: Path) -> None:
    """Every word lies between the side margins, and no two words overprint each other."""
    for number, words in enumerate(_words(path), start=1):
        for x0, _, x1, _, word in words:
            assert MARGIN_X - 1 <= x0 and x1 <= PAGE_WIDTH - MARGIN_X + 1, (number, word, x0, x1)
        ordered = sorted(words, key=lambda w: w[1])
        for i, (ax0, ay0, ax1, ay1, a) in enumerate(ordered):
            for bx0, by0, bx1, by1, b in ordered[i + 1:]:
                if by0 >= ay1 - 0.5:
                    break
                overlap_x = min(ax1, bx1) - max(ax0, bx0)
                overlap_y = min(ay1, by1) - max(ay0, by0)
                assert overlap_x <= 0.5 or overlap_y <= 1.0, (number, a, b)


@pytest.fixture
def long_texts(db, scale):
    """A finished review whose justification, recommendation and note are very long, with å ä ö,
    an emoji, markup characters, control characters and a word longer than a line."""
    unit = repo.create_unit(db, "Verksamheten för arbetslivsinriktad rehabilitering i Ängelholms kommun "
                                "– Öresundsregionens största IPS-team med ett mycket långt namn", "Å" * 150)
    review = add_review(db, scale, unit.id, "2026-02-02", CURRENT, finish=False)
    strong = next(i for i, p in zip(scale.items, CURRENT, strict=True) if p == 5)
    weak = next(i for i, p in zip(scale.items, CURRENT, strict=True) if p <= 3)
    repo.set_finding(db, review.id, strong.id, justification=LONG + UNBROKEN)
    repo.set_finding(db, review.id, weak.id, recommendation="Rad ett\n\tRad två\x07\n" + LONG)
    repo.add_note(db, review.id, LONG + "\n" + UNBROKEN, item_id=strong.id, source="INT",
                  informant="Enhetschef <Åsa & Örjan>")
    repo.add_note(db, review.id, "Osorterad 😀 anteckning")
    repo.finish_review(db, scale, review.id)
    return review


def test_long_swedish_texts_with_emoji_wrap_inside_the_page(db, library, long_texts, tmp_path):
    """Very long texts with å ä ö, emoji and markup characters build, read back, and stay in the margins."""
    out = write_review_report(db, library, long_texts.id, tmp_path / "long.pdf", include_notes=True)
    full = flat(" ".join(pdf_pages(out)))
    assert "Återkommande samverkan med Försäkringskassan" in full
    assert "”Müller & Söner <AB>”" in full
    assert "\ufffd" in full  # the emoji, which the text layer cannot carry, is marked, not lost silently
    assert "Rad ett Rad två" in full
    assert "Enhetschef <Åsa & Örjan>" in full
    _assert_tidy(out)
    assert _qpdf(out).returncode == 0


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_qpdf_finds_no_errors_in_report_and_form(db, library, scale, finished, incomplete, tmp_path, lang):
    """qpdf --check passes (exit 0, no warnings) for finished and draft reports and the blank form."""
    paths = [
        write_review_report(db, library, finished.review_id, tmp_path / "f.pdf", lang=lang, include_notes=True),
        write_review_report(db, library, incomplete.review_id, tmp_path / "d.pdf", lang=lang),
        write_blank_form(scale, tmp_path / "form.pdf", lang=lang),
    ]
    for path in paths:
        result = _qpdf(path)
        assert result.returncode == 0, (path.name, result.stdout, result.stderr)
        assert "No syntax or stream encoding errors found" in result.stdout


def test_report_and_form_pages_are_tidy(db, library, scale, finished, tmp_path):
    """In the report and the blank form no word leaves the margins or overprints another."""
    _assert_tidy(write_review_report(db, library, finished.review_id, tmp_path / "r.pdf", include_notes=True))
    _assert_tidy(write_blank_form(scale, tmp_path / "form.pdf"))


def test_every_demo_review_renders(db, library, scale, tmp_path):
    """Each review of the demo data (finished, draft, first and follow-up) renders in both languages."""
    assert load_demo(db, scale) > 0
    for review in repo.list_reviews(db):
        for lang in ("sv", "en"):
            out = write_review_report(db, library, review.id, tmp_path / f"{review.id}-{lang}.pdf", lang=lang)
            pages = pdf_pages(out)
            assert repo.get_unit(db, review.unit_id).name in pages[0]
            word, of = ("sida", "av") if lang == "sv" else ("page", "of")
            assert f"{word} {len(pages)} {of} {len(pages)}" in pages[-1]
