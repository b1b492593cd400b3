"""One meeting: a header with the facts at a glance and tabs for details, registrations, agenda."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from ..services import meetings
from ..storage import Database
from .agenda_editor import AgendaTab
from .labels import label
from .meeting_form import MeetingForm
from .registrations_view import RegistrationsTab


class MeetingTab(Protocol):
    def set_meeting(self, meeting_id: int | None, undo_stack: QUndoStack | None) -> None: ...


class MeetingPage(QWidget):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.meeting_id: int | None = None
        self.heading = QLabel()
        self.heading.setObjectName("meetingTitle")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.facts = QLabel()
        self.facts.setObjectName("meetingFacts")
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.PlainText)
        self.update_offer = QFrame()
        self.update_offer.setObjectName("updateBanner")
        self.update_offer_text = QLabel()
        self.update_offer_text.setWordWrap(True)
        self.send_update = QPushButton(self.tr("Send &update…"))
        banner = QHBoxLayout(self.update_offer)
        banner.addWidget(self.update_offer_text, 1)
        banner.addWidget(self.send_update)
        self.update_offer.hide()
        self.form = MeetingForm(db)
        self.registrations = RegistrationsTab(db)
        self.agenda = AgendaTab(db)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.form, self.tr("&Details"))
        self.tabs.addTab(self.registrations, self.tr("&Registrations"))
        self.tabs.addTab(self.agenda, self.tr("&Agenda"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.facts)
        layout.addSpacing(6)
        layout.addWidget(self.update_offer)
        layout.addWidget(self.tabs, 1)
        self.form.saved.connect(lambda _id: self.refresh_header())

    def tab_widgets(self) -> list[MeetingTab]:
        return [self.form, self.registrations, self.agenda]

    def offer_update(self, people: int) -> None:
        """After a change of time, place or status: people holding an older invitation should get the new one."""
        if people <= 0:
            self.update_offer.hide()
            return
        self.update_offer_text.setText(self.tr(
            "The meeting has changed since the invitation was sent. {n} people have an older version in their "
            "calendar.").format(n=people))
        self.update_offer.show()

    def set_meeting(self, meeting_id: int | None, undo_stack: QUndoStack | None) -> None:
        if meeting_id != self.meeting_id:
            self.update_offer.hide()
        self.meeting_id = meeting_id
        for tab in self.tab_widgets():
            tab.set_meeting(meeting_id, undo_stack)
        self.refresh_header()

    def refresh_header(self) -> None:
        if self.meeting_id is None:
            self.heading.clear()
            self.facts.clear()
            return
        details = meetings.get_meeting(self.db, self.meeting_id)
        summary = meetings.meeting_summary(self.db, self.meeting_id)
        f = details.fields
        self.heading.setText(f.title)
        if summary.start.date() == summary.end.date():
            when = f"{summary.start:%d-%m-%Y}, {summary.start:%H:%M}–{summary.end:%H:%M}"
        else:
            when = f"{summary.start:%d-%m-%Y %H:%M} – {summary.end:%d-%m-%Y %H:%M}"
        parts = [summary.network, label(f.kind), f"{when} ({f.time_zone})"]
        if summary.venue:
            parts.append(f"{summary.venue}, {summary.city}" if summary.city else summary.venue)
        parts.append(label(f.status))
        self.facts.setText("  ·  ".join(parts))
