"""File → New meeting: the facts a meeting needs to exist and to be invited to; the rest is edited on its page.

Besides title and times it asks for the venue and the organiser's address (where replies go), the two
things an invitation cannot do without. The organiser is remembered per network: a new meeting of
KL's network proposes the organiser of its newest meeting, and so does the language.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..model import Language, MeetingKind
from ..services import meetings
from ..services.errors import DomainError
from ..services.timeutil import DEFAULT_ZONE, common_zones
from ..storage import Database
from .labels import label
from .meeting_form import UTC, _from_qt
from .widgets import DateTimeEdit


class NewMeetingDialog(QDialog):
    def __init__(self, db: Database, network_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.created: int | None = None
        self.setWindowTitle(self.tr("New meeting"))
        self.network = QComboBox()
        for network in meetings.list_networks(db):
            self.network.addItem(f"{network.short_name} – {network.name}", network.id)
        if network_id is not None:
            self.network.setCurrentIndex(max(self.network.findData(network_id), 0))
        self.title = QLineEdit()
        self.kind = QComboBox()
        for kind in MeetingKind:
            self.kind.addItem(label(kind), kind)
        self.kind.setCurrentIndex(self.kind.findData(MeetingKind.NETWORK_MEETING))
        soon = QDateTime(QDate.currentDate().addDays(14), QTime(10, 0), UTC)
        self.start = DateTimeEdit()
        self.end = DateTimeEdit()
        for edit in (self.start, self.end):
            edit.setTimeZone(UTC)
        self.start.setDateTime(soon)
        self.end.setDateTime(soon.addSecs(5 * 3600))
        self.start.dateTimeChanged.connect(self._keep_duration)
        self._duration = timedelta(hours=5)
        self.time_zone = QComboBox()
        self.time_zone.setEditable(True)
        self.time_zone.addItems(common_zones())
        self.time_zone.setCurrentText(DEFAULT_ZONE)
        self.venue = QComboBox()
        self.venue.addItem(self.tr("(not decided yet)"), None)
        for choice in meetings.venue_choices(db):
            self.venue.addItem(choice.label, choice.id)
        self.venue.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.venue.setMinimumContentsLength(20)
        self.organiser_name = QLineEdit()
        self.organiser_email = QLineEdit()
        self.organiser_email.setPlaceholderText(self.tr("mailbox the secretariat reads"))
        self.language = QComboBox()
        self.language.addItem(self.tr("Danish"), Language.DANISH)
        self.language.addItem(self.tr("English"), Language.ENGLISH)
        self._remembered = meetings.Organiser("", "")
        self.network.currentIndexChanged.connect(self._network_changed)
        self.problems = QLabel()
        self.problems.setObjectName("problemBanner")
        self.problems.setWordWrap(True)
        self.problems.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Network"), self.network)
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("&Starts"), self.start)
        form.addRow(self.tr("&Ends"), self.end)
        form.addRow(self.tr("Time &zone"), self.time_zone)
        form.addRow(self.tr("&Venue"), self.venue)
        form.addRow(self.tr("&Organiser"), self.organiser_name)
        form.addRow(self.tr("Organiser e-m&ail"), self.organiser_email)
        form.addRow(self.tr("Lan&guage"), self.language)
        form.setHorizontalSpacing(12)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Create"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.problems)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        self._network_changed()
        if self.network.count() == 0:
            self.problems.setText(self.tr("Create a network first, or load the demo data."))
            self.problems.show()
            buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)

    def _network_changed(self, *_args: object) -> None:
        """Propose the network's remembered organiser and language; never overwrite what the user typed."""
        network_id = self.network.currentData()
        remembered = meetings.organiser_for_network(self.db, network_id)
        if self.organiser_email.text().strip() in ("", self._remembered.email):
            self.organiser_email.setText(remembered.email)
        if self.organiser_name.text().strip() in ("", self._remembered.name):
            self.organiser_name.setText(remembered.name)
        self._remembered = remembered
        language = meetings.language_for_network(self.db, network_id)
        if language is not None:
            self.language.setCurrentIndex(max(0, self.language.findData(language)))

    def _keep_duration(self, new_start: QDateTime) -> None:
        self.end.setDateTime(new_start.addSecs(int(self._duration.total_seconds())))

    def meeting_input(self) -> meetings.MeetingInput:
        start: datetime = _from_qt(self.start.dateTime())
        return meetings.MeetingInput(
            network_id=self.network.currentData(), title=self.title.text(), kind=self.kind.currentData(),
            start=start, end=_from_qt(self.end.dateTime()), time_zone=self.time_zone.currentText().strip(),
            venue_id=self.venue.currentData(), organiser_name=self.organiser_name.text(),
            organiser_email=self.organiser_email.text(), language=self.language.currentData(),
        )

    def accept(self) -> None:
        try:
            self.created = meetings.create_meeting(self.db, self.meeting_input()).id
        except DomainError as error:
            self.problems.setText(error.message)
            self.problems.show()
            fields = {"title": self.title, "organiser_email": self.organiser_email, "end": self.end,
                      "time_zone": self.time_zone}
            if error.field in fields:
                fields[error.field].setFocus()
            return
        super().accept()
