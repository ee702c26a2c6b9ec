"""The PySide6 window: home, criterion pages, notes, calculators, translations."""
