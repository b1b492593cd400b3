"""The meeting details form: edit, validate before saving, say clearly what is wrong.

Times are wall-clock times in the meeting's own time zone; the zone is part of the
form. Saving is an undoable command; a refused save changes nothing and marks the
fields at fault.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

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
from ..services.edit_conflicts import field_label, field_versions
from ..services.errors import ValidationError
from ..services.timeutil import common_zones
from ..storage import Database
from .conflict_dialog import ConflictSettled, save_resolving
from .labels import kind_label, status_label
from .live import changed_by_text, recent
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
        self._as_loaded: meetings.MeetingInput | None = None
        self._own_stack = QUndoStack(self)
        self._choices: tuple[list[meetings.Choice], ...] = ()
        self._focus_on_load: QWidget | None = None
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
        self._choices = (data.networks, data.venues, data.hosts)

    def set_meeting(self, meeting_id: int | None, undo_stack: QUndoStack | None) -> None:
        """Which meeting the form edits; disabled until its data arrives (`show_loaded`)."""
        if meeting_id != self.meeting_id:
            self._details = None
            self._focus_on_load = None
        self.meeting_id, self.undo_stack = meeting_id, undo_stack
        self._show_problems(None)
        self.setEnabled(self._details is not None)

    def is_showing(self, data: FormData) -> bool:
        """Whether the form already shows this version of the meeting (a reload after a save changes nothing)."""
        return self._details is not None and (self._details.id, self._details.version) == (
            data.details.id, data.details.version)

    def show_loaded(self, data: FormData) -> None:
        """Fill the form with `data` (of the meeting it edits; data of another one is ignored).

        While the user has unsaved changes, someone else's new version is merged in (`_take_others`) instead.
        """
        if data.details.id != self.meeting_id:
            return
        if self._details is not None and self._details.id == data.details.id and self._has_edits():
            self._take_others(data)
            return
        self._show_problems(None)
        self._fill_choices(data)
        self._details = data.details
        self._show(data.details.fields)
        self._as_loaded = self.current_input()  # the stored meeting as the widgets hold it: edits differ from it
        self.setEnabled(True)
        if self._focus_on_load is not None:
            self._focus_on_load.setFocus(Qt.FocusReason.OtherFocusReason)
            self._focus_on_load = None

    def focus_field(self, field: QWidget) -> None:
        """Put the cursor in one of the form's fields, now or, while the meeting is still being read (the form is
        disabled and a disabled field takes no focus), as soon as it has arrived."""
        if self.isEnabled():
            field.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self._focus_on_load = field

    def unsaved_input(self) -> meetings.MeetingInput | None:
        """What the user typed and has not saved, or None when the form shows the meeting as stored."""
        if self._details is None or self.meeting_id is None:
            return None
        shown = self.current_input()
        return None if shown == self._as_loaded else shown

    def show_edits(self, edits: meetings.MeetingInput) -> None:
        """Put unsaved edits back (a language switch rebuilds the window): Save or Revert as before."""
        if self._details is not None:
            self._show(edits)

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

    def _setters(self) -> dict[str, Callable[[Any], None]]:
        """One way to show each field of `MeetingInput`, so single fields can be shown (someone else's change)."""
        return {
            "title": self.title.setText, "network_id": lambda v: self._select(self.network, v),
            "kind": lambda v: self._select(self.kind, v), "status": lambda v: self._select(self.status, v),
            "theme": self.theme.setText, "start": lambda v: self.start.setDateTime(_to_qt(v)),
            "end": lambda v: self.end.setDateTime(_to_qt(v)), "time_zone": self.time_zone.setCurrentText,
            "all_day": self.all_day.setChecked, "venue_id": lambda v: self._select(self.venue, v),
            "host_id": lambda v: self._select(self.host, v), "online_link": self.online_link.setText,
            "capacity": lambda v: self.capacity.setValue(v or 0), "registration_deadline": self._show_deadline,
            "organiser_name": self.organiser_name.setText, "organiser_email": self.organiser_email.setText,
            "photo_credit": self.photo_credit.setText, "language": lambda v: self._select(self.language, v),
            "description": self.description.setPlainText,
        }

    def _show_deadline(self, deadline: datetime | None) -> None:
        self.has_deadline.setChecked(deadline is not None)
        self.deadline.setEnabled(deadline is not None)
        self.deadline.setDateTime(_to_qt(deadline or _from_qt(self.start.dateTime())))

    def _show(self, f: meetings.MeetingInput, only: set[str] | None = None) -> None:
        for name, show in self._setters().items():
            if only is None or name in only:
                show(getattr(f, name))
        if only is None:
            for line in self.findChildren(QLineEdit):
                line.setCursorPosition(0)  # show the beginning of long texts, not their end

    def _has_edits(self) -> bool:
        return self._details is not None and self.current_input() != self._details.fields

    def _take_others(self, data: FormData) -> None:
        """Someone saved this meeting while the user is editing it: show their changes in the fields the user
        has not touched, keep what the user typed, and say who it was. Where both changed a field, the save
        asks (the conflict dialog); until then the form keeps the version it started from."""
        assert self._details is not None
        mine = self.current_input()
        if (data.networks, data.venues, data.hosts) != self._choices:
            self._fill_choices(data)
            self._show(mine, only={"network_id", "venue_id", "host_id"})
        versions = field_versions(self._details.fields, mine, data.details.fields)
        clashing = [f for f in versions if f.conflicting]
        self._show(data.details.fields, only={f.name for f in versions if f.theirs_changed and not f.mine_changed})
        if not clashing:
            self._details = data.details  # what the form now starts from; the user's own changes stay unsaved
        text = changed_by_text(recent.author_of("meeting", data.details.id) or "")
        if clashing:
            text = self.tr("{changed}. You both changed: {fields}; you choose when you save.").format(
                changed=text, fields=", ".join(field_label(f.name) for f in clashing))
        self.notice.setText(text)
        self.notice.show()

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
        state: dict[str, Any] = {"version": self._details.version, "base": old}

        def save(mine: meetings.MeetingInput, version: int | None,
                 base: meetings.MeetingInput) -> meetings.MeetingDetails:
            return meetings.update_meeting(self.db, meeting_id, mine, version or 0, base)

        def apply(fields: meetings.MeetingInput) -> None:
            details = save_resolving(self, save, fields, state["version"], state["base"])
            state["version"], state["base"] = details.version, details.fields
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
        # Without the window's stack (a form on its own) a private one: every save goes the same way.
        ok = push_command(self.undo_stack or self._own_stack, command, self)
        if ok:
            self._show_problems(None)
        elif isinstance(command.error, ConflictSettled) and command.error.took_theirs:
            self.revert()  # the user chose their version: show it
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
