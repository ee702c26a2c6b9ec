"""PDF output with reportlab (no Qt): the review report and the blank scoring form."""

from .blank_form import write_blank_form
from .data import ReportData, gather_report_data
from .review_report import render_review_report, write_review_report
from .texts import LANGUAGES

__all__ = ["LANGUAGES", "ReportData", "gather_report_data", "render_review_report", "write_blank_form",
           "write_review_report"]
