"""Start a new meeting from an earlier one: pick the new start date, keep or drop the speakers.

The time zone stays the meeting's own; every agenda item keeps its wall-clock time on the
new dates (services/meeting_copy.py). After `accept()` the new meeting's id is in
`new_meeting_id` for the caller to open.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..services import meetings
from ..services.meeting_copy import copy_meeting, suggested_start, suggested_title
from ..storage import Database
from .events import events
from .tasks import show_error
from .widgets import DateEdit


class CopyMeetingDialog(QDialog):
    def __init__(self, db: Database, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.meeting_id = db, meeting_id
        self.new_meeting_id: int | None = None
        details = meetings.get_meeting(db, meeting_id)
        old = details.fields
        self.setWindowTitle(self.tr("New meeting from “{title}”").format(title=old.title))
        self.setMinimumWidth(520)

        intro = QLabel(self.tr(
            "The new meeting gets this meeting's details and agenda, moved to the new dates. Every item keeps "
            "its clock time in {zone}. Registrations are not copied."
        ).format(zone=old.time_zone))
        intro.setWordWrap(True)
        form = QFormLayout()
        form.setHorizontalSpacing(12)
        start = suggested_start(old.start.date(), date.today())  # the old date would only be a trap
        self.title_edit = QLineEdit(suggested_title(old.title, old.start.date(), start))
        form.addRow(self.tr("&Title:"), self.title_edit)
        self.date_edit = DateEdit()
        self.date_edit.setDate(QDate(start.year, start.month, start.day))
        self.date_edit.setDisplayFormat(self.tr("dddd d MMMM yyyy"))  # translated: "dddd 'den' d. MMMM yyyy"
        form.addRow(self.tr("New &start date:"), self.date_edit)
        form.addRow(self.tr("Time zone:"), QLabel(old.time_zone))
        self.speakers_check = QCheckBox(self.tr("Copy the &speakers and moderators too"))
        self.speakers_check.setChecked(True)
        form.addRow("", self.speakers_check)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create meeting"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def accept(self) -> None:
        chosen = self.date_edit.date()
        try:
            result = copy_meeting(self.db, self.meeting_id, date(chosen.year(), chosen.month(), chosen.day()),
                                  copy_speakers=self.speakers_check.isChecked(), title=self.title_edit.text())
        except Exception as error:
            show_error(self, self.windowTitle(), error)
            return
        self.new_meeting_id = result.meeting_id
        events.changed.emit("all", None)
        super().accept()
