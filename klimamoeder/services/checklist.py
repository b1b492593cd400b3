"""A meeting's checklist: what is ready and what still needs doing before the day.

The facts only (counts, dates, names); the meeting page words them and links each to where it
is fixed. Also records which documents left the program (printed or saved), for the checklist's
"documents printed" line: the document, its language and when, never its content.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select

from ..model import (
    AgendaItem,
    DeliveryStatus,
    DocumentOutput,
    InvitationDelivery,
    Language,
    MessageMethod,
    Person,
    Registration,
    RegistrationStatus,
    ReplyStatus,
    utcnow,
)
from ..storage import Database
from .registrations import load_meeting
from .timeutil import to_local

# An unanswered invitation older than this is due a reminder (while the meeting is still ahead).
REMINDER_AFTER = timedelta(days=7)
# The documents a meeting usually needs on the day, in the order the checklist names them.
DAY_DOCUMENTS = ("programme", "participants", "badges")
PRINTED, SAVED = "printed", "saved"


@dataclass(frozen=True)
class DocumentDone:
    document: str  # a key of documents.DOCUMENTS
    language: str
    action: str  # printed | saved
    at: datetime  # in the meeting's zone


@dataclass(frozen=True)
class Checklist:
    meeting_id: int
    venue: str  # the venue's name, '' when none
    online_link: str
    organiser_email: str
    agenda_items: int
    agenda_days: int
    invited: int  # people on the list who are to get (or got) the invitation
    sent: int  # of them, people whose invitation was delivered (sent or saved as draft)
    to_send: int  # people who would get a message if Send were pressed now
    answered: int  # people who answered (accepted, declined, tentative) or are registered/declined
    reminders_due: int
    language: str  # the meeting's: documents and the invitation's calendar entry
    readers: dict[str, int]  # people on the list per language they read
    documents: tuple[DocumentDone, ...]  # the latest output of each document
    upcoming: bool  # the meeting has not ended yet

    @property
    def missing_documents(self) -> tuple[str, ...]:
        done = {d.document for d in self.documents}
        return tuple(d for d in DAY_DOCUMENTS if d not in done)


def meeting_checklist(db: Database, meeting_id: int) -> Checklist:
    """Everything the checklist shows, read in one go without the write lock."""
    from .invites import plan_invitations

    plan = plan_invitations(db, meeting_id)
    now = utcnow()
    with db.read() as s:
        meeting = load_meeting(s, meeting_id)
        venue = meeting.venue.name if meeting.venue else ""
        items = s.execute(select(AgendaItem.start).where(AgendaItem.meeting_id == meeting_id)).scalars().all()
        days = {to_local(start, meeting.time_zone).date() for start in items}
        regs = s.execute(select(Registration.person_id, Registration.status, Registration.reply_status, Person.language)
                         .join(Person, Person.id == Registration.person_id)
                         .where(Registration.meeting_id == meeting_id)).all()
        delivered: dict[int, datetime] = {}
        for person_id, at in s.execute(
                select(InvitationDelivery.person_id, func.max(InvitationDelivery.at))
                .where(InvitationDelivery.meeting_id == meeting_id, InvitationDelivery.method == MessageMethod.REQUEST,
                       InvitationDelivery.status.in_((DeliveryStatus.SENT, DeliveryStatus.DRAFTED)))
                .group_by(InvitationDelivery.person_id)):
            delivered[person_id] = at
        outputs: dict[str, DocumentDone] = {}
        for document, written_in, action, at in s.execute(
                select(DocumentOutput.document, DocumentOutput.language, DocumentOutput.action, DocumentOutput.at)
                .where(DocumentOutput.meeting_id == meeting_id).order_by(DocumentOutput.at, DocumentOutput.id)):
            outputs[document] = DocumentDone(document, written_in.value, action, to_local(at, meeting.time_zone))
        upcoming = meeting.end > now
        deadline_open = meeting.registration_deadline is None or meeting.registration_deadline > now
        language = meeting.language.value
        online_link, organiser = meeting.online_link, meeting.organiser_email
    still = {s.value for s in (RegistrationStatus.INVITED, RegistrationStatus.REGISTERED,
                               RegistrationStatus.WAITLISTED)}
    # Who the invitation is for: on the list with an address, and not the organiser (as the send decides).
    addressed = {r.person_id for r in plan.recipients if r.email and r.email.lower() != organiser.strip().lower()}
    invited = [r for r in regs if r.person_id in addressed and (r.status.value in still or r.person_id in delivered)]
    answered = sum(1 for r in invited if r.reply_status != ReplyStatus.NEEDS_ACTION
                   or r.status in (RegistrationStatus.REGISTERED, RegistrationStatus.DECLINED,
                                   RegistrationStatus.CANCELLED))
    due = sum(1 for r in invited if r.status == RegistrationStatus.INVITED
              and r.reply_status == ReplyStatus.NEEDS_ACTION and r.person_id in delivered
              and now - delivered[r.person_id] >= REMINDER_AFTER) if upcoming and deadline_open else 0
    readers: dict[str, int] = {}
    for r in regs:
        readers[r.language.value] = readers.get(r.language.value, 0) + 1
    return Checklist(
        meeting_id=meeting_id, venue=venue, online_link=online_link, organiser_email=organiser,
        agenda_items=len(items), agenda_days=len(days), invited=len(invited),
        sent=sum(1 for r in invited if r.person_id in delivered), to_send=len(plan.to_send), answered=answered,
        reminders_due=due, language=language, readers=readers,
        documents=tuple(outputs[d] for d in sorted(outputs)), upcoming=upcoming,
    )


def record_output(db: Database, meeting_id: int, document: str, language: str, action: str) -> None:
    """Note that a document was printed or saved (for the checklist); its own small transaction."""
    with db.session() as s:
        s.add(DocumentOutput(meeting_id=meeting_id, document=document, language=Language(language), action=action,
                             at=utcnow()))
