"""Calculator panel: tallies or checklist answers → suggested score; the assessor confirms it."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.calculators import CalculatorInputError, suggest_from_checklist, suggest_from_measure
from ..domain.scale import Item

DELAY_MS = 500


class _ToggleLabel(QLabel):
    """A wrapping label that ticks its checkbox when clicked (QCheckBox text does not wrap)."""

    def __init__(self, text: str, box: QCheckBox):
        super().__init__(text)
        self.box = box
        self.setWordWrap(True)

    def mouseReleaseEvent(self, event) -> None:
        if self.box.isEnabled():
            self.box.toggle()
        super().mouseReleaseEvent(event)


class CalculatorPanel(QGroupBox):
    use_suggestion = Signal(int)
    values_changed = Signal(str, dict)  # item id, tallies

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Calculator"))
        self.setObjectName("calculator")
        self.item: Item | None = None
        self.lang = "sv"
        self.current_score: int | None = None
        self.suggested: int | None = None
        self.read_only = False
        self.inputs: dict[str, QLineEdit] = {}
        self.boxes: list[QCheckBox] = []
        self._loading = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self._dirty = False

        self.fields = QWidget()
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setObjectName("hint")
        self.result = QLabel()
        self.result.setObjectName("suggestion")
        self.result.setWordWrap(True)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.apply_button = QPushButton(self.tr("Use the suggestion"))
        self.apply_button.setObjectName("primary")
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self._apply)
        bottom = QHBoxLayout()
        bottom.addWidget(self.result, 1)
        bottom.addWidget(self.apply_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.fields)
        layout.addLayout(bottom)
        layout.addWidget(self.explanation)

    # --- building -------------------------------------------------------------------------
    def load(self, item: Item, lang: str, values: dict, current_score: int | None, read_only: bool) -> None:
        self.flush()
        self.item, self.lang, self.current_score, self.read_only = item, lang, current_score, read_only
        self._loading = True
        try:
            old = self.fields
            self.fields = QWidget()
            self.inputs, self.boxes = {}, []
            if item.measure is not None:
                self._build_measure(item, values)
            elif item.checklist is not None:
                self._build_checklist(item, values)
            # Built before it joins the panel, then shown at once (not on a later event loop turn).
            self.layout().replaceWidget(old, self.fields)
            old.hide()
            old.deleteLater()
            self.fields.show()
        finally:
            self._loading = False
        self.setVisible(item.measure is not None or item.checklist is not None)
        chain = [*self.inputs.values(), *self.boxes]
        for a, b in zip(chain, [*chain[1:], self.apply_button], strict=False):
            QWidget.setTabOrder(a, b)
        self._recompute()

    def _text(self, texts: dict[str, str]) -> str:
        return texts.get(self.lang) or next(iter(texts.values()), "")

    def _build_measure(self, item: Item, values: dict) -> None:
        measure = item.measure
        self.intro.setText(
            self.tr(
                "Enter the tallies; the suggested score follows the ranges of the scale file (%1)."
            ).replace("%1", self._text(measure.unit))
        )
        form = QFormLayout(self.fields)
        form.setContentsMargins(0, 0, 0, 0)
        for spec in measure.inputs:
            edit = QLineEdit()
            edit.setObjectName(f"input_{spec.id}")
            raw = values.get(spec.id, "")
            edit.setText(" ".join(map(self._shown, raw)) if isinstance(raw, list) else self._shown(raw))
            if measure.formula == "mean":
                edit.setPlaceholderText(self.tr("one number per sampled record, e.g. 12 30 45"))
            edit.setReadOnly(self.read_only)
            edit.textChanged.connect(self._changed)
            label = QLabel(self._text(spec.label) + ":")
            label.setWordWrap(True)
            label.setBuddy(edit)
            form.addRow(label, edit)
            self.inputs[spec.id] = edit

    def _shown(self, raw) -> str:
        """A stored tally as the assessor would type it: Swedish decimal comma (2,5)."""
        if isinstance(raw, float) and raw.is_integer():
            raw = int(raw)
        text = str(raw)
        return text.replace(".", ",") if self.lang == "sv" and isinstance(raw, float) else text

    def _build_checklist(self, item: Item, values: dict) -> None:
        elements = item.checklist.elements.get(self.lang) or next(iter(item.checklist.elements.values()))
        self.intro.setText(self.tr("Tick the elements that are present (Space ticks the focused one)."))
        present = values.get("present", [])
        grid = QGridLayout(self.fields)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(1, 1)
        for row, text in enumerate(elements):
            box = QCheckBox()
            box.setAccessibleName(text)
            box.setChecked(bool(present[row]) if row < len(present) else False)
            box.setEnabled(not self.read_only)
            box.toggled.connect(self._changed)
            grid.addWidget(box, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(_ToggleLabel(text, box), row, 1)
            self.boxes.append(box)

    # --- state --------------------------------------------------------------------------------
    def values(self) -> dict:
        if self.boxes:
            return {"present": [b.isChecked() for b in self.boxes]}
        return {key: edit.text() for key, edit in self.inputs.items()}

    def first_input(self) -> QWidget | None:
        if self.inputs:
            return next(iter(self.inputs.values()))
        return self.boxes[0] if self.boxes else None

    def set_current_score(self, score: int | None) -> None:
        self.current_score = score
        self._recompute()

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        for edit in self.inputs.values():
            edit.setReadOnly(read_only)
        for box in self.boxes:
            box.setEnabled(not read_only)
        self._recompute()

    def _changed(self, *_args) -> None:
        if self._loading:
            return
        self._dirty = True
        self._timer.start()
        self._recompute()

    def flush(self) -> None:
        """Send the tallies to be kept (they are not a score: that needs the assessor's choice)."""
        self._timer.stop()
        if self._dirty and self.item is not None:
            self._dirty = False
            self.values_changed.emit(self.item.id, self.values())

    def _recompute(self) -> None:
        item, self.suggested = self.item, None
        if item is None or (item.measure is None and item.checklist is None):
            return
        values = self.values()
        try:
            if item.measure is not None:
                suggestion = suggest_from_measure(item.measure, values)
                why = suggestion.explain(item.measure.unit, self.lang)
            else:
                suggestion = suggest_from_checklist(item.checklist, values["present"])
                why = (
                    self.tr("%1 of %2 elements present → score %3")
                    .replace("%1", str(int(suggestion.value)))
                    .replace("%2", str(item.checklist.size))
                    .replace("%3", str(suggestion.score))
                )
        except CalculatorInputError as exc:
            empty = all(not str(v).strip() for v in values.values()) if item.measure else False
            self.result.setText(self.tr("Suggested score: –"))
            self.explanation.setText(
                self.tr("Fill in the tallies to see a suggested score.") if empty else exc.message(self.lang)
            )
            self.apply_button.setEnabled(False)
            self.apply_button.setText(self.tr("Use the suggestion"))
            return
        self.suggested = suggestion.score
        self.result.setText(self.tr("Suggested score: %1").replace("%1", str(suggestion.score)))
        if self.current_score is None:
            note = self.tr("No score chosen yet.")
        elif self.current_score == suggestion.score:
            note = self.tr("The chosen score agrees with the suggestion.")
        else:
            note = self.tr("The chosen score is %1; it stays until you choose otherwise.").replace(
                "%1", str(self.current_score)
            )
        self.explanation.setText(f"{why}. {note}")
        self.apply_button.setText(self.tr("Use the suggestion (%1)").replace("%1", str(suggestion.score)))
        self.apply_button.setEnabled(not self.read_only and self.current_score != suggestion.score)

    def _apply(self) -> None:
        if self.suggested is not None and not self.read_only:
            self.flush()
            self.use_suggestion.emit(self.suggested)
