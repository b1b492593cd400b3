"""One meeting: a header with the facts at a glance and tabs for the checklist, details, registrations, agenda.

Selecting a meeting only says which one it is: the header and the details form are read in one background
load (`load`), the checklist, the registrations and the agenda by their tabs when shown, so the click returns
at once whatever the meeting's size. The checklist's buttons lead where each point is fixed: a field of the
details form, a tab, or (through `action_requested`) one of the window's dialogs: "invitations", "import",
"print:<document>".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..progress import Progress
from ..services import meetings
from ..storage import Database
from .agenda_editor import AgendaTab
from .checklist_view import ChecklistPanel
from .dates import span
from .events import events
from .labels import label
from .meeting_form import FormData, MeetingForm, load_form
from .registrations_view import RegistrationsTab
from .tasks import LatestLoad, show_error


class MeetingTab(Protocol):
    def set_meeting(self, meeting_id: int | None, undo_stack: QUndoStack | None) -> None: ...


@dataclass(frozen=True)
class PageData:
    """The header's facts and the details form's data of one meeting."""

    meeting_id: int
    summary: meetings.MeetingSummary
    form: FormData


def load(db: Database, meeting_id: int, progress: Progress | None = None) -> PageData:
    """Runs off the GUI thread."""
    summary = meetings.meeting_summary(db, meeting_id)
    if progress is not None:
        progress.step(1, 2)
    return PageData(meeting_id, summary, load_form(db, meeting_id))


class MeetingPage(QWidget):
    loaded = Signal()  # the header and the details form show the selected meeting
    action_requested = Signal(str)  # the checklist asks for a dialog of the window

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.meeting_id: int | None = None
        self._loader = LatestLoad(self, self.tr("Loading the meeting"), lambda _progress: None, self._apply,
                                  lambda error: show_error(self, self.tr("Meeting"), error))
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
        self.checklist = ChecklistPanel(db)
        self.checklist.fix_requested.connect(self.fix)
        self.form = MeetingForm(db)
        self.registrations = RegistrationsTab(db)
        self.agenda = AgendaTab(db)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.checklist, self.tr("Checkl&ist"))
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
        events.changed.connect(self._on_changed)  # someone else saved the meeting: read it again
        self.tabs.currentChanged.connect(self._focus_into_tab)

    def _focus_into_tab(self, _index: int) -> None:
        """A tab chosen from the keyboard (Alt+letter) takes the focus into it, where typing can go on."""
        widget = self.tabs.currentWidget()
        focus = QApplication.focusWidget()
        if widget is None or (focus is not None and widget.isAncestorOf(focus)):
            return
        first = {self.checklist: lambda: next(iter(self.checklist.rows.values()))[2],
                 self.form: lambda: self.form.title, self.registrations: lambda: self.registrations.filter,
                 self.agenda: lambda: self.agenda.views.currentWidget()}.get(widget)
        if first is not None:
            target = first()
            if target is not None:
                target.setFocus(Qt.FocusReason.TabFocusReason)

    def tab_widgets(self) -> list[MeetingTab]:
        return [self.checklist, self.form, self.registrations, self.agenda]

    def fix(self, key: str) -> None:
        """Go where a checklist point is fixed: a field of the details, a tab, or a dialog of the window."""
        fields = {"venue": self.form.venue, "organiser": self.form.organiser_email, "language": self.form.language}
        if key in fields:
            self.tabs.setCurrentWidget(self.form)
            self.form.focus_field(fields[key])
        elif key in ("agenda", "agenda:add"):
            self.tabs.setCurrentWidget(self.agenda)
            if key == "agenda:add":
                self.agenda.add_item()
        elif key == "registrations":
            self.tabs.setCurrentWidget(self.registrations)
        else:
            self.action_requested.emit(key)

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

    def _on_changed(self, kind: str, meeting_id: object) -> None:
        if kind == "meeting" and self.meeting_id is not None and meeting_id in (self.meeting_id, None):
            self.refresh_header()

    def refresh_header(self) -> None:
        """Read the header and the details again, in the background (after a selection or a save)."""
        meeting_id = self.meeting_id
        if meeting_id is None:
            self._loader.cancel()
            self.heading.clear()
            self.facts.clear()
            return
        self._loader.work = lambda progress: load(self.db, meeting_id, progress)
        self._loader.request()

    def _apply(self, data: PageData) -> None:
        if data.meeting_id != self.meeting_id:
            return
        summary = data.summary
        self.heading.setText(summary.title)
        parts = [summary.network, label(summary.kind), f"{span(summary.start, summary.end)} ({summary.time_zone})"]
        if summary.venue:
            parts.append(f"{summary.venue}, {summary.city}" if summary.city else summary.venue)
        parts.append(label(summary.status))
        self.facts.setText("  ·  ".join(parts))
        if not self.form.is_showing(data.form):  # a reload after the form's own save leaves the user's edits
            self.form.show_loaded(data.form)
        self.loaded.emit()
