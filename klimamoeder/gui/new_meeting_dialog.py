"""File → New meeting: the few facts a meeting needs to exist; the rest is edited on its page."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..model import MeetingKind
from ..services import meetings
from ..services.errors import DomainError
from ..services.timeutil import DEFAULT_ZONE, common_zones
from ..storage import Database
from .labels import label
from .meeting_form import UTC, _from_qt


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
        self.start = QDateTimeEdit()
        self.end = QDateTimeEdit()
        for edit in (self.start, self.end):
            edit.setTimeZone(UTC)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd-MM-yyyy HH:mm")
        self.start.setDateTime(soon)
        self.end.setDateTime(soon.addSecs(5 * 3600))
        self.start.dateTimeChanged.connect(self._keep_duration)
        self._duration = timedelta(hours=5)
        self.time_zone = QComboBox()
        self.time_zone.setEditable(True)
        self.time_zone.addItems(common_zones())
        self.time_zone.setCurrentText(DEFAULT_ZONE)
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
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Create"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.problems)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        if self.network.count() == 0:
            self.problems.setText(self.tr("Create a network first, or load the demo data."))
            self.problems.show()
            buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)

    def _keep_duration(self, new_start: QDateTime) -> None:
        self.end.setDateTime(new_start.addSecs(int(self._duration.total_seconds())))

    def meeting_input(self) -> meetings.MeetingInput:
        start: datetime = _from_qt(self.start.dateTime())
        return meetings.MeetingInput(
            network_id=self.network.currentData(), title=self.title.text(), kind=self.kind.currentData(),
            start=start, end=_from_qt(self.end.dateTime()), time_zone=self.time_zone.currentText().strip(),
        )

    def accept(self) -> None:
        try:
            self.created = meetings.create_meeting(self.db, self.meeting_input()).id
        except DomainError as error:
            self.problems.setText(error.message)
            self.problems.show()
            return
        super().accept()
