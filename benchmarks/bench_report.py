"""PDF export of a complete demo review vs. a minimal reportlab document with the same text.

    .venv/bin/python benchmarks/bench_report.py

The report: write_review_report on the newest finished demo review (summary, chart, strengths,
development areas, the full score table with the previous measurement). The baseline, in the
same run: the report's extracted text set as plain paragraphs with reportlab's SimpleDocTemplate,
in the same embedded DejaVu font. Medians of five runs. Target: the report under 1 s.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pypdf import PdfReader  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate  # noqa: E402

from benchmarks.common import demo_database, machine, median_ms, timings, verdict  # noqa: E402
from fidelity_app import paths  # noqa: E402
from fidelity_app.domain.scale_library import ScaleLibrary  # noqa: E402
from fidelity_app.report import write_review_report  # noqa: E402
from fidelity_app.storage import repository  # noqa: E402
from fidelity_app.storage.database import open_database  # noqa: E402


def minimal(lines: list[str], out: Path) -> None:
    style = ParagraphStyle("plain", fontName="BenchDejaVu", fontSize=9, leading=11)
    SimpleDocTemplate(str(out), pagesize=A4).build(
        [Paragraph(line.replace("&", "&amp;").replace("<", "&lt;"), style) for line in lines])


def main() -> None:
    pdfmetrics.registerFont(TTFont("BenchDejaVu", str(paths.resources_dir() / "fonts" / "DejaVuSans.ttf")))
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        demo_database(folder / "demo.sqlite")
        db = open_database(folder / "demo.sqlite")
        library = ScaleLibrary.from_folders([paths.shipped_scales_dir()])
        review = max((r for r in repository.list_reviews(db) if r.finished), key=lambda r: r.visit_start)
        out = folder / "report.pdf"
        write_review_report(db, library, review.id, out)  # warm: fonts registered, modules loaded
        reader = PdfReader(out)
        pages = len(reader.pages)
        lines = [line for page in reader.pages for line in page.extract_text().splitlines() if line.strip()]
        minimal(lines, folder / "minimal.pdf")
        base = timings(5, lambda: minimal(lines, folder / "minimal.pdf"))
        report = timings(5, lambda: write_review_report(db, library, review.id, out))
        db.close()
    b, r = median_ms(base), median_ms(report)
    print(f"machine: {machine()}")
    print(f"baseline: minimal reportlab document, same {len(lines)} lines of text  {b:7.1f} ms")
    print(f"report:   complete demo review, {pages} pages, chart and tables     {r:7.1f} ms  "
          f"ratio {r / b:4.1f}x  (target under 1 s: {verdict(r < 1000)})")


if __name__ == "__main__":
    main()
