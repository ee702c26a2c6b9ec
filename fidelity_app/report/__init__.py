"""PDF reports with reportlab (no Qt)."""
