"""A warning strip under the note editor when a note holds a personnummer, with a Mask button."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from ..domain.personal_numbers import contains_personal_number


class PersonalNumberStrip(QFrame):
    """Shown (never modal) while any watched text holds a personal number; `mask_requested` asks
    the notes panel to replace the last four digits and save."""

    mask_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("personalDataWarning")
        self.label = QLabel(self.tr("The note contains a personal identity number."))
        self.label.setWordWrap(True)
        self.button = QPushButton(self.tr("Mask"))
        self.button.setToolTip(self.tr("Replace the last four digits with XXXX"))
        self.button.clicked.connect(self.mask_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.hide()

    def check(self, *texts: str, read_only: bool = False) -> None:
        """Show the strip when any text holds a personal number; Mask only when editable."""
        self.setVisible(any(contains_personal_number(t) for t in texts))
        self.button.setEnabled(not read_only)
