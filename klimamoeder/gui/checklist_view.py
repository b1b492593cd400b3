"""The meeting's checklist: what is ready and what is not, each with a button to where it is fixed.

The facts come from `services.checklist` in the background when the tab is shown; the words are
here. `fix_requested(key)` asks the page to go where a point is fixed: "venue", "organiser",
"language" (the details form), "agenda", "registrations", "invitations" (the send dialog), "import"
and "print:<document>" (the print dialog on that document).
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..services.checklist import DAY_DOCUMENTS, Checklist, meeting_checklist
from ..storage import Database
from .dates import medium_date
from .events import events
from .tasks import LatestLoad, show_error

RELOAD_KINDS = {"meeting", "registrations", "agenda", "people", "documents", "all"}
OK, TODO, NOTE = "ok", "todo", "note"


class ChecklistPanel(QWidget):
    fix_requested = Signal(str)
    loaded = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.meeting_id: int | None = None
        self.data: Checklist | None = None
        self._loader = LatestLoad(self, self.tr("Loading the checklist"), lambda _p: None, self._apply,
                                  lambda error: show_error(self, self.tr("Checklist"), error))
        self.intro = QLabel(self.tr("What is ready for the meeting, and what still needs doing."))
        self.intro.setWordWrap(True)
        self.rows: dict[str, tuple[QLabel, QLabel, QPushButton]] = {}
        body = QWidget()
        inner = QVBoxLayout(body)
        inner.setSpacing(10)
        inner.addWidget(self.intro)
        for key in ("venue", "organiser", "agenda", "invitations", "language", "documents"):
            mark, text, button = QLabel(), QLabel(), QPushButton()
            mark.setObjectName("checkMark")
            mark.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
            mark.setFixedWidth(mark.fontMetrics().horizontalAdvance("✓✓") + 4)
            text.setWordWrap(True)
            text.setTextFormat(Qt.TextFormat.RichText)
            button.setAutoDefault(False)
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            button.clicked.connect(lambda _c=False, k=key: self.fix_requested.emit(self._target(k)))
            row = QHBoxLayout()
            row.setSpacing(12)
            row.addWidget(mark)
            row.addWidget(text, 1)
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            inner.addLayout(row)
            self.rows[key] = (mark, text, button)
        inner.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(scroll)
        self._targets: dict[str, str] = {}
        events.changed.connect(self._on_changed)

    # --- loading ---------------------------------------------------------------------------
    def set_meeting(self, meeting_id: int | None, undo_stack: QUndoStack | None = None) -> None:
        self.meeting_id = meeting_id
        self.reload()

    def _on_changed(self, kind: str, meeting_id: object) -> None:
        if self.meeting_id is not None and kind in RELOAD_KINDS and meeting_id in (self.meeting_id, None):
            self.reload()

    def reload(self) -> None:
        meeting_id = self.meeting_id
        if meeting_id is None:
            self.data = None
            return
        self._loader.work = lambda _progress: meeting_checklist(self.db, meeting_id)
        self._loader.request()

    def _apply(self, data: Checklist) -> None:
        if data.meeting_id != self.meeting_id:
            return
        self.data = data
        for key, (state, text, action, target) in self.describe(data).items():
            mark, label, button = self.rows[key]
            mark.setText({OK: "✓", TODO: "!", NOTE: "i"}[state])
            mark.setProperty("state", state)
            mark.style().unpolish(mark)
            mark.style().polish(mark)
            mark.setToolTip({OK: self.tr("Ready"), TODO: self.tr("Needs doing"), NOTE: self.tr("Worth a look")}[state])
            label.setText(text)
            button.setText(action)
            self._targets[key] = target
        self.loaded.emit()

    def _target(self, key: str) -> str:
        return self._targets.get(key, key)

    # --- words -----------------------------------------------------------------------------
    def document_name(self, document: str) -> str:
        names = {"programme": self.tr("programme"), "participants": self.tr("participant list"),
                 "sign_in": self.tr("sign-in sheets"), "badges": self.tr("name badges"),
                 "name_cards": self.tr("name cards")}
        return names.get(document, document)

    def language_name(self, language: str) -> str:
        return self.tr("Danish") if language == "da" else self.tr("English")

    def describe(self, c: Checklist) -> dict[str, tuple[str, str, str, str]]:
        """key → (state, rich text, button text, where the button goes)."""
        e = html.escape
        rows: dict[str, tuple[str, str, str, str]] = {}
        if c.venue:
            rows["venue"] = (OK, self.tr("<b>Venue:</b> {venue}").format(venue=e(c.venue)), self.tr("Change…"),
                             "venue")
        elif c.online_link:
            rows["venue"] = (OK, self.tr("<b>Online only:</b> {link}").format(link=e(c.online_link)),
                             self.tr("Change…"), "venue")
        else:
            rows["venue"] = (TODO, self.tr("<b>No venue yet.</b> Invitations and the programme say where to "
                                           "come."), self.tr("Choose a venue…"), "venue")
        if c.organiser_email:
            rows["organiser"] = (OK, self.tr("<b>Organiser address:</b> {email} (replies go there)").format(
                email=e(c.organiser_email)), self.tr("Change…"), "organiser")
        else:
            rows["organiser"] = (TODO, self.tr("<b>No organiser address.</b> Invitations cannot be sent without "
                                               "one: replies would have nowhere to go."),
                                 self.tr("Enter the address…"), "organiser")
        if c.agenda_items:
            text = self.tr("<b>Agenda:</b> {items} items over {days} days").format(items=c.agenda_items,
                                                                                    days=c.agenda_days)
            if c.agenda_days == 1:
                text = self.tr("<b>Agenda:</b> {items} items").format(items=c.agenda_items)
            rows["agenda"] = (OK, text, self.tr("Open the agenda"), "agenda")
        else:
            rows["agenda"] = (TODO, self.tr("<b>The agenda is empty.</b> The programme and the invitation list "
                                            "its items."), self.tr("Add the first item…"), "agenda:add")
        rows["invitations"] = self._invitations(c)
        rows["language"] = self._language(c)
        rows["documents"] = self._documents(c)
        return rows

    def _invitations(self, c: Checklist) -> tuple[str, str, str, str]:
        if c.invited == 0:
            return (TODO, self.tr("<b>Nobody is invited yet.</b> Invite people from the Registrations tab or "
                                  "import a participant list."), self.tr("Import participants…"), "import")
        text = self.tr("<b>Invitations:</b> {sent} of {invited} sent, {answered} answered").format(
            sent=c.sent, invited=c.invited, answered=c.answered)
        if c.reminders_due:
            text += "<br>" + self.tr("{due} people have not answered for a week or more: a reminder is due.").format(
                due=c.reminders_due)
        if c.to_send and c.upcoming:
            text += "<br>" + self.tr("{n} people would get a message now.").format(n=c.to_send)
        state = OK if not c.to_send and not c.reminders_due else TODO
        if not c.upcoming:
            state = OK if state == OK else NOTE
        return state, text, self.tr("Send invitations…"), "invitations"

    def _language(self, c: Checklist) -> tuple[str, str, str, str]:
        text = self.tr("<b>Language:</b> documents and the invitation's calendar entry in {language}; letters "
                       "in each person's own language").format(language=self.language_name(c.language))
        others = sum(n for lang, n in c.readers.items() if lang != c.language)
        total = sum(c.readers.values())
        state = OK
        if total and others * 2 > total:
            other = self.language_name("en" if c.language == "da" else "da")
            text += "<br>" + self.tr("{n} of {total} people on the list read {other}.").format(
                n=others, total=total, other=other)
            state = NOTE
        return state, text, self.tr("Change the language…"), "language"

    def _documents(self, c: Checklist) -> tuple[str, str, str, str]:
        done = [self.tr("{document} ({when}, {language})").format(
            document=self.document_name(d.document), when=medium_date(d.at.date()),
            language=self.language_name(d.language)) for d in c.documents]
        missing = [self.document_name(d) for d in c.missing_documents]
        parts = []
        if done:
            parts.append(self.tr("<b>Printed or saved:</b> {documents}").format(documents=e_join(done)))
        if missing:
            parts.append(self.tr("<b>Not printed yet:</b> {documents}").format(documents=e_join(missing)))
        state = OK if not missing else (TODO if c.upcoming else NOTE)
        first = c.missing_documents[0] if c.missing_documents else DAY_DOCUMENTS[0]
        return state, "<br>".join(parts), self.tr("Print…"), f"print:{first}"


def e_join(parts: list[str]) -> str:
    return ", ".join(html.escape(p) for p in parts)
