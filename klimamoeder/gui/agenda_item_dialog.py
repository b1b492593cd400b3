"""The form for one agenda item: times (end or duration), title, kind, room, people, notes.

It only collects an `ItemInput`; the editor saves it through an undoable service call,
so a rule the service enforces (end after start, room at the venue) is shown as the
service words it.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, QLocale, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ..model import AgendaKind, AgendaRole
from ..services import venues
from ..services.agenda import AgendaData, ItemInput, PersonChoice, PersonPick
from ..storage import Database
from .dates import clock_edit_format
from .labels import label
from .tasks import show_error

NEW_ROOM = -1
NEXT_MORNING = 6  # an end time before 06:00 and before the start lies on the next day


class AgendaItemDialog(QDialog):
    def __init__(self, db: Database, data: AgendaData, people: list[PersonChoice], initial: ItemInput,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.data = db, data
        self._people = {c.label: c.id for c in people}
        self._names = {c.id: c.label for c in people}
        by_name: dict[str, list[int]] = {}
        for choice in people:
            by_name.setdefault(choice.name.casefold(), []).append(choice.id)
        # A plain name typed in means that person when exactly one person has it.
        self._unique_names = {name: ids[0] for name, ids in by_name.items() if len(ids) == 1}
        self.setMinimumWidth(680)
        form = QFormLayout()

        self.title_edit = QLineEdit(initial.title)
        form.addRow(self.tr("&Title:"), self.title_edit)
        self.kind_combo = QComboBox()
        for kind in AgendaKind:
            self.kind_combo.addItem(label(kind), kind)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(initial.kind))
        form.addRow(self.tr("&Kind:"), self.kind_combo)

        self.day_combo = QComboBox()
        days = sorted({*data.days, initial.start.date()})
        locale = QLocale()
        for day in days:
            text = locale.toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)
            self.day_combo.addItem(text, day)
        self.day_combo.setCurrentIndex(days.index(initial.start.date()))
        form.addRow(self.tr("&Day:"), self.day_combo)

        times = QHBoxLayout()
        self.start_edit = QTimeEdit(QTime(initial.start.hour, initial.start.minute))
        self.start_edit.setDisplayFormat(clock_edit_format())  # 09.30 in Danish, 09:30 in English
        end = initial.end or initial.start + (initial.duration or timedelta(minutes=30))
        self.duration_spin = QSpinBox()
        self.duration_spin.setRange(5, 24 * 60)
        self.duration_spin.setSingleStep(5)
        self.duration_spin.setSuffix(self.tr(" min"))
        self.duration_spin.setValue(int((end - initial.start).total_seconds() // 60))
        self.end_edit = QTimeEdit(QTime(end.hour, end.minute))
        self.end_edit.setDisplayFormat(clock_edit_format())
        times.addWidget(self.start_edit)
        times.addWidget(QLabel(self.tr("to")))
        times.addWidget(self.end_edit)
        times.addWidget(QLabel(self.tr("duration")))
        times.addWidget(self.duration_spin)
        times.addStretch()
        form.addRow(self._buddy(self.tr("&Start:"), self.start_edit), times)
        self.duration_spin.valueChanged.connect(self._duration_changed)
        self.start_edit.timeChanged.connect(self._duration_changed)
        self.end_edit.timeChanged.connect(self._end_changed)

        self.room_combo = QComboBox()
        self.room_combo.addItem(self.tr("(no room)"), None)
        for room in data.rooms:
            self._add_room_entry(room.id, room.name, room.capacity)
        if data.venue_id is not None:
            self.room_combo.addItem(self.tr("New room…"), NEW_ROOM)
        self.room_combo.setCurrentIndex(max(0, self.room_combo.findData(initial.room_id)))
        self.room_combo.activated.connect(self._room_chosen)
        form.addRow(self.tr("&Room:"), self.room_combo)

        self.people_list = QListWidget()
        self.people_list.setMaximumHeight(110)
        for pick in initial.people:
            self._add_person_entry(pick)
        chooser = QHBoxLayout()
        self.person_combo = QComboBox()
        self.person_combo.setEditable(True)
        self.person_combo.addItems(list(self._people))
        self.person_combo.setCurrentIndex(-1)
        person_edit = self.person_combo.lineEdit()
        assert person_edit is not None  # the combo is editable
        person_edit.setPlaceholderText(self.tr("Choose a person or type a new name"))
        completer = QCompleter(list(self._people), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.person_combo.setCompleter(completer)
        self.role_combo = QComboBox()
        self.role_combo.addItem(self.tr("Speaker"), AgendaRole.SPEAKER)
        self.role_combo.addItem(self.tr("Moderator"), AgendaRole.MODERATOR)
        self.add_person_button = QPushButton(self.tr("Add"))
        self.add_person_button.clicked.connect(self._add_person)
        self.remove_person_button = QPushButton(self.tr("Remove"))
        self.remove_person_button.clicked.connect(self._remove_person)
        self.person_combo.setMinimumWidth(300)
        chooser.addWidget(self.person_combo, 1)
        chooser.addWidget(self.role_combo)
        chooser.addWidget(self.add_person_button)
        chooser.addWidget(self.remove_person_button)
        people_box = QVBoxLayout()
        people_box.addWidget(self.people_list)
        people_box.addLayout(chooser)
        form.addRow(self._buddy(self.tr("&People:"), self.person_combo), people_box)

        self.audience_spin = QSpinBox()
        self.audience_spin.setRange(0, 100000)
        self.audience_spin.setSpecialValueText(self.tr("default: the registered participants that day"))
        self.audience_spin.setValue(initial.expected_audience or 0)
        form.addRow(self.tr("Expected &audience:"), self.audience_spin)
        self.description_edit = QPlainTextEdit(initial.description)
        self.description_edit.setMaximumHeight(80)
        form.addRow(self.tr("D&escription:"), self.description_edit)
        self.notes_edit = QPlainTextEdit(initial.notes)
        self.notes_edit.setMaximumHeight(60)
        form.addRow(self.tr("&Notes:"), self.notes_edit)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _buddy(self, text: str, widget: QWidget) -> QLabel:
        """A row label whose mnemonic (&) jumps to `widget`; rows holding a layout get no buddy otherwise."""
        label_widget = QLabel(text)
        label_widget.setBuddy(widget)
        return label_widget

    # --- times ------------------------------------------------------------------
    def _duration_changed(self) -> None:
        end = self.start_edit.time().addSecs(self.duration_spin.value() * 60)
        self.end_edit.blockSignals(True)
        self.end_edit.setTime(end)
        self.end_edit.blockSignals(False)

    def _minutes(self) -> int:
        """Length from start to end; an end in the small hours before the start means the next morning."""
        minutes = self.start_edit.time().secsTo(self.end_edit.time()) // 60
        if minutes <= 0 and self.end_edit.time().hour() < NEXT_MORNING:
            minutes += 24 * 60
        return minutes

    def _end_changed(self) -> None:
        minutes = self._minutes()
        if minutes > 0:
            self.duration_spin.blockSignals(True)
            self.duration_spin.setValue(minutes)
            self.duration_spin.blockSignals(False)

    # --- rooms and people ---------------------------------------------------------
    def _add_room_entry(self, room_id: int, name: str, capacity: int | None) -> None:
        text = name if capacity is None else self.tr("{room} ({capacity} seats)").format(room=name, capacity=capacity)
        index = self.room_combo.findData(NEW_ROOM)
        if index < 0:
            self.room_combo.addItem(text, room_id)
        else:
            self.room_combo.insertItem(index, text, room_id)

    def _room_chosen(self, index: int) -> None:
        if self.room_combo.itemData(index) != NEW_ROOM or self.data.venue_id is None:
            return
        self.room_combo.setCurrentIndex(0)
        name, ok = QInputDialog.getText(self, self.tr("New room"), self.tr("Name of the room at {venue}:").format(
            venue=self.data.venue))
        if not ok or not name.strip():
            return
        capacity, ok = QInputDialog.getInt(self, self.tr("New room"), self.tr("Seats:"), 20, 0, 100000)
        if not ok:
            return
        try:
            room = venues.add_room(self.db, self.data.venue_id, name, capacity)
        except Exception as error:
            show_error(self, self.tr("New room"), error)
            return
        self._add_room_entry(room.id, room.name, room.capacity)
        self.room_combo.setCurrentIndex(self.room_combo.findData(room.id))

    def _add_person_entry(self, pick: PersonPick) -> None:
        name = self._names.get(pick.person_id, pick.name) if pick.person_id is not None else pick.name
        role = self.tr("Moderator") if pick.role == AgendaRole.MODERATOR else self.tr("Speaker")
        suffix = "" if pick.person_id is not None else self.tr(" (new person)")
        entry = QListWidgetItem(f"{role}: {name}{suffix}")
        entry.setData(Qt.ItemDataRole.UserRole, pick)
        entry.setToolTip(entry.text())
        self.people_list.addItem(entry)

    def _add_person(self) -> None:
        text = " ".join(self.person_combo.currentText().split())
        if not text:
            return
        role = self.role_combo.currentData()
        person_id = self._people.get(text, self._unique_names.get(text.casefold()))
        self._add_person_entry(PersonPick(role, person_id, "" if person_id is not None else text))
        self.person_combo.setCurrentIndex(-1)
        self.person_combo.clearEditText()

    def _remove_person(self) -> None:
        for entry in self.people_list.selectedItems():
            self.people_list.takeItem(self.people_list.row(entry))

    # --- result -------------------------------------------------------------------
    def value(self) -> ItemInput:
        day: date = self.day_combo.currentData()
        start_time = self.start_edit.time()
        start = datetime(day.year, day.month, day.day, start_time.hour(), start_time.minute())
        room = self.room_combo.currentData()
        return ItemInput(
            start=start, end=start + timedelta(minutes=self._minutes()), title=self.title_edit.text(),
            description=self.description_edit.toPlainText(), kind=self.kind_combo.currentData(),
            room_id=room if room != NEW_ROOM else None,
            people=tuple(self.people_list.item(i).data(Qt.ItemDataRole.UserRole)
                         for i in range(self.people_list.count())),
            expected_audience=self.audience_spin.value() or None, notes=self.notes_edit.toPlainText(),
        )
