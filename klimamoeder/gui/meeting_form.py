"""The meeting details form: edit, validate before saving, say clearly what is wrong.

Times are wall-clock times in the meeting's own time zone; the zone is part of the
form. Saving is an undoable command; a refused save changes nothing and marks the
fields at fault.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QTimeZone, Signal
from PySide6.QtGui import QResizeEvent, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..model import Language, MeetingKind, MeetingStatus
from ..services import meetings
from ..services.errors import ValidationError
from ..services.timeutil import common_zones
from ..storage import Database
from .labels import kind_label, status_label
from .undo import ServiceCommand, push_command
from .widgets import DateTimeEdit, text_box

UTC = QTimeZone(QTimeZone.Initialization.UTC)


def _to_qt(value: datetime) -> QDateTime:
    """A wall time as Qt sees it. UTC, so the PC's own zone never shifts a meeting's hour."""
    return QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute), UTC)


def _from_qt(value: QDateTime) -> datetime:
    date, time = value.date(), value.time()
    return datetime(date.year(), date.month(), date.day(), time.hour(), time.minute())


@dataclass(frozen=True)
class FormData:
    """What the form shows of one meeting, read off the GUI thread (`load_form`)."""

    details: meetings.MeetingDetails
    networks: list[meetings.Choice]
    venues: list[meetings.Choice]
    hosts: list[meetings.Choice]


def load_form(db: Database, meeting_id: int) -> FormData:
    """The meeting's details and the pickers' choices: the meeting page reads them in its background load
    (the details count the registered people, which at 100,000 registrations is no GUI-thread work)."""
    networks = [meetings.Choice(n.id, f"{n.short_name} – {n.name}") for n in meetings.list_networks(db)]
    return FormData(meetings.get_meeting(db, meeting_id), networks, meetings.venue_choices(db),
                    meetings.organisation_choices(db))


class MeetingForm(QWidget):
    """Edits one meeting; `saved(meeting_id)` after a successful save (or its undo).

    `set_meeting` only says which meeting: the form stays disabled until `show_loaded` hands it the data the
    meeting page loaded in the background.
    """

    saved = Signal(int)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.meeting_id: int | None = None
        self.undo_stack: QUndoStack | None = None
        self._details: meetings.MeetingDetails | None = None
        self._build()

    # --- layout ---------------------------------------------------------------
    def _build(self) -> None:
        self.problems = QLabel()
        self.problems.setObjectName("problemBanner")
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.PlainText)
        self.problems.hide()
        self.notice = QLabel()  # what a save did besides saving: who moved up from the wait list
        self.notice.setObjectName("noticeBanner")
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.hide()

        self.network = QComboBox()
        self.title = QLineEdit()
        self.kind = QComboBox()
        for kind in MeetingKind:
            self.kind.addItem(kind_label(kind), kind)
        self.status = QComboBox()
        for status in MeetingStatus:
            self.status.addItem(status_label(status), status)
        self.theme = QLineEdit()
        self.start = self._datetime_edit()
        self.end = self._datetime_edit()
        self.time_zone = QComboBox()
        self.time_zone.setEditable(True)
        self.time_zone.addItems(common_zones())
        self.time_zone.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.time_zone.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.all_day = QCheckBox(self.tr("Send the invitation as all-day dates"))
        self.venue = QComboBox()
        self.host = QComboBox()
        self.online_link = QLineEdit()
        self.online_link.setPlaceholderText("https://…")
        self.capacity = QSpinBox()
        self.capacity.setRange(0, 100000)
        self.capacity.setSpecialValueText(self.tr("No limit"))
        self.has_deadline = QCheckBox(self.tr("Registration deadline"))
        self.deadline = self._datetime_edit()
        self.has_deadline.toggled.connect(self.deadline.setEnabled)
        self.organiser_name = QLineEdit()
        self.organiser_email = QLineEdit()
        self.organiser_email.setPlaceholderText(self.tr("mailbox the secretariat reads"))
        self.photo_credit = QLineEdit()
        self.language = QComboBox()
        self.language.addItem(self.tr("Danish"), Language.DANISH)
        self.language.addItem(self.tr("English"), Language.ENGLISH)
        self.language.setToolTip(self.tr("The language of the printed documents and of the invitation's calendar "
                                         "entry; each person's letter is in their own language."))
        self.description = text_box()
        for combo in (self.network, self.kind, self.status, self.time_zone, self.venue, self.host):
            # Size by a modest length, not the longest item (long organisation names would widen the form).
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(14)

        left = QFormLayout()
        left.addRow(self.tr("&Title"), self.title)
        left.addRow(self.tr("&Network"), self.network)
        left.addRow(self.tr("&Kind"), self.kind)
        left.addRow(self.tr("T&heme"), self.theme)
        left.addRow(self.tr("&Starts"), self.start)
        left.addRow(self.tr("&Ends"), self.end)
        left.addRow(self.tr("Time &zone"), self.time_zone)
        left.addRow("", self.all_day)
        left.addRow(self.tr("Stat&us"), self.status)
        left.addRow(self.tr("Lan&guage"), self.language)

        right = QFormLayout()
        right.addRow(self.tr("&Venue"), self.venue)
        right.addRow(self.tr("Online &link"), self.online_link)
        right.addRow(self.tr("&Capacity"), self.capacity)
        right.addRow(self.has_deadline, self.deadline)
        right.addRow(self.tr("&Organiser"), self.organiser_name)
        right.addRow(self.tr("Organiser e-m&ail"), self.organiser_email)
        right.addRow(self.tr("Ho&st"), self.host)
        right.addRow(self.tr("&Photo credit"), self.photo_credit)

        for form in (left, right):
            form.setHorizontalSpacing(12)  # labels never touch their fields, even in long Danish
        columns = QGridLayout()
        columns.setHorizontalSpacing(32)
        columns.addLayout(left, 0, 0)
        columns.addLayout(right, 0, 1)
        columns.setColumnStretch(0, 1)
        columns.setColumnStretch(1, 1)
        self._columns, self._left, self._right, self._two_columns = columns, left, right, True

        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setDefault(True)
        self.revert_button = QPushButton(self.tr("&Revert"))
        buttons = QDialogButtonBox()
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.revert_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.problems)
        layout.addWidget(self.notice)
        layout.addLayout(columns)
        layout.addWidget(QLabel(self.tr("&Description")))
        layout.itemAt(layout.count() - 1).widget().setBuddy(self.description)  # type: ignore[union-attr]
        layout.addWidget(self.description, 1)
        self.body = body
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll, 1)
        footer = QHBoxLayout()
        footer.setContentsMargins(12, 0, 12, 8)
        footer.addStretch(1)
        footer.addWidget(buttons)
        outer.addLayout(footer)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Two columns of fields where they fit, one under the other on a narrow window (a laptop at 125 %)."""
        super().resizeEvent(event)
        needed = self._left.minimumSize().width() + self._right.minimumSize().width() + 32 + 40
        two = event.size().width() >= needed
        if two != self._two_columns:
            self._two_columns = two
            self._columns.removeItem(self._right)
            self._columns.addLayout(self._right, 0 if two else 1, 1 if two else 0)
            self._columns.setColumnStretch(1, 1 if two else 0)

    def _datetime_edit(self) -> QDateTimeEdit:
        edit = DateTimeEdit()
        edit.setTimeZone(UTC)
        return edit

    # --- data -----------------------------------------------------------------
    def _fill_choices(self, data: FormData) -> None:
        def fill(combo: QComboBox, choices: list[meetings.Choice], none_text: str | None) -> None:
            combo.clear()
            if none_text is not None:
                combo.addItem(none_text, None)
            for choice in choices:
                combo.addItem(choice.label, choice.id)

        fill(self.network, data.networks, None)
        fill(self.venue, data.venues, self.tr("(no venue)"))
        fill(self.host, data.hosts, self.tr("(no host)"))

    def set_meeting(self, meeting_id: int | None, undo_stack: QUndoStack | None) -> None:
        """Which meeting the form edits; disabled until its data arrives (`show_loaded`)."""
        if meeting_id != self.meeting_id:
            self._details = None
        self.meeting_id, self.undo_stack = meeting_id, undo_stack
        self._show_problems(None)
        self.setEnabled(self._details is not None)

    def is_showing(self, data: FormData) -> bool:
        """Whether the form already shows this version of the meeting (a reload after a save changes nothing)."""
        return self._details is not None and (self._details.id, self._details.version) == (
            data.details.id, data.details.version)

    def show_loaded(self, data: FormData) -> None:
        """Fill the form with `data` (of the meeting it edits; data of another one is ignored)."""
        if data.details.id != self.meeting_id:
            return
        self._show_problems(None)
        self._fill_choices(data)
        self._details = data.details
        self._show(data.details.fields)
        self.setEnabled(True)

    def revert(self) -> None:
        """The user's Revert: read the meeting again (one small query) and show it."""
        self._show_problems(None)
        if self.meeting_id is None:
            self._details = None
            self.setEnabled(False)
            return
        self.show_loaded(load_form(self.db, self.meeting_id))

    def _select(self, combo: QComboBox, value: object) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(index, 0))

    def _show(self, f: meetings.MeetingInput) -> None:
        self.title.setText(f.title)
        self._select(self.network, f.network_id)
        self._select(self.kind, f.kind)
        self._select(self.status, f.status)
        self.theme.setText(f.theme)
        self.start.setDateTime(_to_qt(f.start))
        self.end.setDateTime(_to_qt(f.end))
        self.time_zone.setCurrentText(f.time_zone)
        self.all_day.setChecked(f.all_day)
        self._select(self.venue, f.venue_id)
        self._select(self.host, f.host_id)
        self.online_link.setText(f.online_link)
        self.capacity.setValue(f.capacity or 0)
        self.has_deadline.setChecked(f.registration_deadline is not None)
        self.deadline.setEnabled(f.registration_deadline is not None)
        self.deadline.setDateTime(_to_qt(f.registration_deadline or f.start))
        self.organiser_name.setText(f.organiser_name)
        self.organiser_email.setText(f.organiser_email)
        self.photo_credit.setText(f.photo_credit)
        self._select(self.language, f.language)
        self.description.setPlainText(f.description)
        for line in self.findChildren(QLineEdit):
            line.setCursorPosition(0)  # show the beginning of long texts, not their end

    def current_input(self) -> meetings.MeetingInput:
        return meetings.MeetingInput(
            network_id=self.network.currentData(),
            title=self.title.text(),
            kind=self.kind.currentData(),
            start=_from_qt(self.start.dateTime()),
            end=_from_qt(self.end.dateTime()),
            time_zone=self.time_zone.currentText().strip(),
            theme=self.theme.text(),
            description=self.description.toPlainText(),
            all_day=self.all_day.isChecked(),
            venue_id=self.venue.currentData(),
            online_link=self.online_link.text(),
            capacity=self.capacity.value() or None,
            registration_deadline=_from_qt(self.deadline.dateTime()) if self.has_deadline.isChecked() else None,
            status=self.status.currentData(),
            organiser_name=self.organiser_name.text(),
            organiser_email=self.organiser_email.text(),
            host_id=self.host.currentData(),
            photo_credit=self.photo_credit.text(),
            language=self.language.currentData(),
        )

    # --- saving ---------------------------------------------------------------
    def save(self) -> bool:
        if self._details is None or self.meeting_id is None:
            return False
        new = self.current_input()
        try:
            new = meetings.validate(new)
        except ValidationError as error:
            self._show_problems(error)
            return False
        old = self._details.fields
        if new == old:
            self._show_problems(None)
            return True
        meeting_id = self.meeting_id
        state = {"version": self._details.version}

        def apply(fields: meetings.MeetingInput) -> None:
            details = meetings.update_meeting(self.db, meeting_id, fields, state["version"])
            state["version"] = details.version
            self.notice.setVisible(bool(details.promoted))
            self.notice.setText(self.tr("Moved up from the wait list: {names}").format(
                names=", ".join(details.promoted)))
            if self.meeting_id == meeting_id:
                self._details = details
                self._show(details.fields)
            self.saved.emit(meeting_id)

        command = ServiceCommand(
            self.tr("Edit meeting “{title}”").format(title=new.title),
            lambda: apply(new), lambda: apply(replace(old)), changed=("meeting", meeting_id),
        )
        if self.undo_stack is not None:
            ok = push_command(self.undo_stack, command, self)
        else:
            command.redo()
            ok = command.error is None
        if ok:
            self._show_problems(None)
        return ok

    def _show_problems(self, error: ValidationError | None) -> None:
        fields = {
            "title": self.title, "time_zone": self.time_zone, "end": self.end, "capacity": self.capacity,
            "organiser_email": self.organiser_email, "registration_deadline": self.deadline,
        }
        invalid = {field for field, _message in error.problems} if error is not None else set()
        for field, widget in fields.items():
            _mark(widget, field in invalid)
        if error is None:
            self.problems.hide()
            return
        self.problems.setText(self.tr("Not saved:") + "\n" + "\n".join(f"• {msg}" for _f, msg in error.problems))
        self.problems.show()
        first = fields.get(error.problems[0][0])
        if first is not None:
            first.setFocus()


def _mark(widget: QWidget, invalid: bool) -> None:
    """Mark a field as wrong (the style sheet draws it red). Re-polished only on a change: a polish under a
    style sheet costs a few milliseconds per widget, and every selection of a meeting clears the marks."""
    if bool(widget.property("invalid")) == invalid:
        return
    widget.setProperty("invalid", invalid)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
