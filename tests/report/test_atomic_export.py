"""An interrupted report export leaves the previous PDF untouched."""

from __future__ import annotations

import pytest
from reportlab.platypus import Flowable, PageBreak, Paragraph

from fidelity_app.report import review_report, write_review_report
from fidelity_app.report.styles import styles


class Boom(Flowable):
    """A flowable that fails while the PDF is being laid out (like a crash mid-export)."""

    def wrap(self, available_width, available_height):
        raise RuntimeError("interrupted")


def test_report_interrupted_mid_build_keeps_the_previous_pdf(db, library, finished, tmp_path, monkeypatch):
    """A report whose layout fails half-way leaves the earlier PDF byte for byte, and no temp file."""
    target = write_review_report(db, library, finished.review_id, tmp_path / "report.pdf")
    before = target.read_bytes()

    def failing_story(data, *, include_notes=False):
        return [Paragraph("Första sidan", styles()["body"]), PageBreak(), Boom()]

    monkeypatch.setattr(review_report, "report_story", failing_story)
    with pytest.raises(RuntimeError, match="interrupted"):
        write_review_report(db, library, finished.review_id, target)
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if not p.name.startswith("test.sqlite")] == ["report.pdf"]
