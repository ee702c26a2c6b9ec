"""Evidence notes of one criterion (or the unsorted ones): list, editor, delete with undo, move."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.personal_numbers import mask
from .autosave import TextAutosave
from .models.notes_model import NOTE_ID_ROLE, NotesModel
from .personal_data import PersonalNumberStrip
from .session import SOURCES, ReviewSession, source_label


class NotesPanel(QWidget):
    """Notes for `item_id` (None: unsorted). New notes take the last source and informant used."""

    moved = Signal(str)  # a note left this list for the criterion (or '' for unsorted) named

    def __init__(self, session: ReviewSession, parent=None):
        super().__init__(parent)
        self.session = session
        self.item_id: str | None = None
        self.note_id: str | None = None
        self._loading = False
        self.model = NotesModel(self)

        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.new_button = QPushButton(self.tr("New note"))
        self.new_button.setToolTip(self.tr("Add a note to this criterion (Ctrl+N)"))
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setAccessibleName(self.tr("Notes"))
        self.list.setMinimumHeight(90)
        self.empty = QLabel(self.tr("No notes yet. Ctrl+N adds one."))
        self.empty.setObjectName("hint")

        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(self.tr("What was said, read or seen…"))
        self.text.setAccessibleName(self.tr("Note text"))
        self.source = QComboBox()
        self.source.addItem(self.tr("No source"), "")
        for code in SOURCES:
            self.source.addItem(source_label(code), code)
        self.source.setAccessibleName(self.tr("Source"))
        self.informant = QLineEdit()
        self.informant.setPlaceholderText(self.tr("Who or what it came from"))
        self.informant.setAccessibleName(self.tr("Informant"))
        self.target = QComboBox()
        self.target.addItem(self.tr("Unsorted"), "")
        for item in session.scale.items:
            self.target.addItem(f"{session.item_code(item.id)} – {session.text(item.title)}", item.id)
        self.target.setAccessibleName(self.tr("Move to criterion"))
        self.target.setMinimumContentsLength(12)
        self.target.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Delete the note (Delete in the list); it can be undone"))

        self.undo_bar = QFrame()
        self.undo_bar.setObjectName("undoBar")
        self.undo_label = QLabel(self.tr("The note was deleted."))
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setToolTip(self.tr("Bring the note back (Ctrl+Z)"))
        undo_layout = QHBoxLayout(self.undo_bar)
        undo_layout.setContentsMargins(8, 4, 4, 4)
        undo_layout.addWidget(self.undo_label, 1)
        undo_layout.addWidget(self.undo_button)
        self.undo_bar.hide()

        self.editor = QWidget()
        move_row = QHBoxLayout()
        move_row.setContentsMargins(0, 0, 0, 0)
        move_row.addWidget(self.target, 1)
        move_row.addWidget(self.delete_button)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Source:"), self.source)
        form.addRow(self.tr("&Informant:"), self.informant)
        move_label = QLabel(self.tr("&Criterion:"))
        move_label.setBuddy(self.target)
        form.addRow(move_label, move_row)
        editor_layout = QVBoxLayout(self.editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addWidget(self.text, 1)
        self.personal = PersonalNumberStrip()
        editor_layout.addWidget(self.personal)
        editor_layout.addLayout(form)

        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.list, 2)
        layout.addWidget(self.empty)
        layout.addWidget(self.undo_bar)
        layout.addWidget(self.editor, 3)
        for a, b in (
            (self.new_button, self.list),
            (self.list, self.text),
            (self.text, self.source),
            (self.source, self.informant),
            (self.informant, self.target),
            (self.target, self.delete_button),
        ):
            self.setTabOrder(a, b)

        self.text_saver = TextAutosave(self.text, lambda: self.session, f"note-text-{id(self)}")
        self.informant_saver = TextAutosave(
            self.informant, lambda: self.session, f"note-informant-{id(self)}"
        )
        self.new_button.clicked.connect(self.new_note)
        self.delete_button.clicked.connect(self.delete_current)
        self.undo_button.clicked.connect(self.undo_delete)
        self.source.currentIndexChanged.connect(self._source_changed)
        self.target.activated.connect(self._target_chosen)
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        self.list.installEventFilter(self)
        self.personal.mask_requested.connect(self.mask_personal_numbers)
        self.text.textChanged.connect(self._check_personal_numbers)
        self.informant.textChanged.connect(self._check_personal_numbers)
        session.notes_changed.connect(self.reload)
        self._show_note(None)

    # --- showing ----------------------------------------------------------------------------
    def show_item(self, item_id: str | None) -> None:
        self.flush()
        self.item_id = item_id
        self.undo_bar.hide()
        self.reload()
        if self.model.rowCount():
            self._select_row(0)

    def reload(self) -> None:
        keep = self.note_id
        notes = self.session.notes_for(self.item_id)
        self.model.set_notes(notes)
        self.title.setText(self.tr("Notes (%1)").replace("%1", str(len(notes))))
        self.empty.setVisible(not notes)
        self.list.setVisible(bool(notes))
        row = self.model.row_of(keep) if keep else -1
        if row >= 0:
            self._select_row(row, load=False)
        else:
            self._show_note(None)
        self.set_read_only(self.session.read_only)

    def _select_row(self, row: int, load: bool = True) -> None:
        index = self.model.index(row)
        self.list.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if load:
            self._show_note(self.model.note_at(row).id)

    def _current_changed(self, current, _previous=None) -> None:
        if not self._loading:
            self._show_note(current.data(NOTE_ID_ROLE) if current.isValid() else None)

    def _show_note(self, note_id: str | None) -> None:
        if note_id is not None and note_id == self.note_id:
            return
        self.flush()
        note = self.session.note(note_id) if note_id else None
        self.note_id = note.id if note else None
        self._loading = True
        try:
            self.editor.setEnabled(note is not None)
            self.text_saver.load(note.text if note else "", self._commit_text if note else None)
            self.informant_saver.load(
                note.informant if note else "", self._commit_informant if note else None
            )
            self.source.setCurrentIndex(max(0, self.source.findData(note.source if note else "")))
            self.target.setCurrentIndex(max(0, self.target.findData((note.item_id or "") if note else "")))
        finally:
            self._loading = False

    def set_read_only(self, read_only: bool) -> None:
        self.new_button.setEnabled(not read_only)
        self.delete_button.setEnabled(not read_only)
        self.text.setReadOnly(read_only)
        self.informant.setReadOnly(read_only)
        self.source.setEnabled(not read_only)
        self.target.setEnabled(not read_only)
        if read_only:
            self.undo_bar.hide()

    def _check_personal_numbers(self, *_args) -> None:
        self.personal.check(self.text.toPlainText(), self.informant.text(), read_only=self.session.read_only)

    def mask_personal_numbers(self) -> None:
        """Replace the last four digits of every personnummer in the note with XXXX, and save."""
        if self.note_id is None or self.session.read_only:
            return
        text, informant = self.text.toPlainText(), self.informant.text()
        if mask(text) != text:
            self.text.setPlainText(mask(text))
        if mask(informant) != informant:
            self.informant.setText(mask(informant))
        self.flush()

    # --- writing ------------------------------------------------------------------------------
    def _commit_text(self, text: str) -> bool:
        ok = self.note_id is not None and self.session.update_note(self.note_id, text=text)
        if ok:
            self.model.update_note(self.session.note(self.note_id))
        return ok

    def _commit_informant(self, text: str) -> bool:
        ok = self.note_id is not None and self.session.update_note(self.note_id, informant=text)
        if ok:
            self.session.note_defaults["informant"] = text
        return ok

    def _source_changed(self, index: int) -> None:
        if self._loading or self.note_id is None:
            return
        source = self.source.itemData(index) or ""
        if self.session.update_note(self.note_id, source=source):
            self.session.note_defaults["source"] = source

    def _target_chosen(self, index: int) -> None:
        if self._loading or self.note_id is None:
            return
        target = self.target.itemData(index) or None
        if target == self.item_id:
            return
        self.flush()
        if self.session.update_note(self.note_id, item_id=target):
            self.moved.emit(target or "")
            self.list.setFocus()

    def new_note(self) -> None:
        """Add an empty note here (with the last source and informant) and put the cursor in it."""
        if self.session.read_only:
            return
        self.flush()
        defaults = self.session.note_defaults
        note = self.session.add_note(
            self.item_id, "", source=defaults["source"], informant=defaults["informant"]
        )
        if note is None:
            return
        self._select_row(self.model.row_of(note.id))
        self.text.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def delete_current(self) -> None:
        if self.note_id is None or self.session.read_only:
            return
        row = self.model.row_of(self.note_id)
        self.text_saver.flush()
        self.informant_saver.flush()
        note_id, self.note_id = self.note_id, None
        self.text_saver.load("", None)
        self.informant_saver.load("", None)
        if self.session.delete_note(note_id):
            self.undo_bar.show()
            if self.model.rowCount():
                self._select_row(min(row, self.model.rowCount() - 1))
            self.list.setFocus()

    def undo_delete(self) -> None:
        note = self.session.undo_delete()
        if note is not None:
            self.undo_bar.setVisible(self.session.can_undo_delete())
            if note.item_id == self.item_id:
                self._select_row(self.model.row_of(note.id))

    def flush(self) -> None:
        self.text_saver.flush()
        self.informant_saver.flush()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.list and event.type() == event.Type.KeyPress:
            if event.key() == Qt.Key.Key_Delete:
                self.delete_current()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.note_id:
                self.text.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return False


class QuickCapture(QWidget):
    """A line on every page for a note not yet sorted; saved while typing, Enter starts the next."""

    captured = Signal()

    def __init__(self, session: ReviewSession, parent=None):
        super().__init__(parent)
        self.session = session
        self.note_id: str | None = None
        label = QLabel(self.tr("&Quick note:"))
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("Type and press Enter – goes to Unsorted notes (Ctrl+K)"))
        self.edit.setAccessibleName(self.tr("Quick note"))
        label.setBuddy(self.edit)
        self.confirmation = QLabel()
        self.confirmation.setObjectName("hint")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(label)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.confirmation)
        self.saver = TextAutosave(self.edit, lambda: self.session, "quick-note")
        self.saver.load("", self._commit)
        self.edit.returnPressed.connect(self.finish_note)

    def _commit(self, text: str) -> bool:
        if self.note_id is None:
            if not text.strip():
                return True
            note = self.session.add_note(None, text)
            if note is None:
                return False
            self.note_id = note.id
            return True
        return self.session.update_note(self.note_id, text=text)

    def finish_note(self) -> None:
        self.saver.flush()
        if self.saver.dirty:
            return  # not saved: keep the text on screen
        if self.note_id is not None:
            self.confirmation.setText(self.tr("Saved in Unsorted notes"))
            self.session.notes_changed.emit()
        self.note_id = None
        self.saver.load("", self._commit)
        self.captured.emit()

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)

    def flush(self) -> None:
        self.saver.flush()
