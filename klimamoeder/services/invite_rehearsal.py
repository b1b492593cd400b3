"""Rehearsing invitations before anyone gets one: what stops the send, a preview, a test to yourself.

The secretariat sees, before pressing Send, exactly what blocks it (no mail server set up, no
organiser address, an invitation that breaks a calendar rule), the message and the calendar
entry as an invitee of each language will see them, and can mail one test copy to their own
address. Everything here builds the messages with the same code the real send uses
(`invites`, `invite_content`, `exports.mail`, `exports.ical`); the dry run is the real send's
preparation rolled back, so it refuses exactly what the real send refuses.

The mail account is read through its owner's public functions only (`mail_settings.load` and
`validate`, `mailer.SmtpTransport`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from email.header import Header
from email.message import Message
from zoneinfo import ZoneInfo

from icalendar import Calendar
from sqlalchemy import select

from ..exports.ical import Party, build_request, check_invitation
from ..exports.mail import build_message, format_date, format_time, html_body, plain_body, subject
from ..i18n import translate
from ..model import Person, utcnow
from ..storage import Database
from . import invite_content as content
from . import invites, mail_settings, mailer
from .errors import DomainError
from .invites import Transport
from .people import normalise_email

# What blocks a send, and where it is fixed.
MAIL_SETUP, ORGANISER, INVITATION, NOBODY = "mail_setup", "organiser", "invitation", "nobody"
LANGUAGES = ("da", "en")


@dataclass(frozen=True)
class Blocker:
    kind: str  # MAIL_SETUP (the mail settings), ORGANISER (the meeting's details), INVITATION, NOBODY
    message: str


def mail_setup_problem() -> str | None:
    """Why mail cannot be sent with the saved settings (first problem), or None when the setup is complete."""
    try:
        mail_settings.validate(mail_settings.load())
    except DomainError as error:
        return error.message
    return None


def open_transport() -> mailer.SmtpTransport:
    """A connection to the configured server, logged in; `DomainError` says why not."""
    return mailer.SmtpTransport(mail_settings.load())


def send_blockers(db: Database, meeting_id: int, language: str | None = None, *,
                  mail: bool = True) -> list[Blocker]:
    """Everything that would make Send refuse now, without connecting anywhere.

    `mail=False` for drafts: they need no server. The invitation itself is checked by the real
    send's own preparation (rolled back).
    """
    blockers: list[Blocker] = []
    if mail:
        problem = mail_setup_problem()
        if problem:
            blockers.append(Blocker(MAIL_SETUP, problem))
    plan = invites.plan_invitations(db, meeting_id)
    if not plan.to_send:
        blockers.append(Blocker(NOBODY, translate("Invites", "Nobody needs a message now.")))
        return blockers
    try:
        invites.rehearse(db, meeting_id, language)
    except DomainError as error:
        blockers.append(Blocker(ORGANISER if error.field == "organiser_email" else INVITATION, error.message))
    return blockers


# --- preview ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class EventView:
    """The calendar entry as a calendar shows it, read back from the .ics the invitee gets."""

    summary: str
    when: str
    where: str
    organiser: str
    description: str
    status: str


@dataclass(frozen=True)
class InvitePreview:
    """The message and calendar entry one language's invitees get (shown for the first of them)."""

    language: str  # of the letter: the recipients' own
    event_language: str  # of the calendar entry: the meeting's, or the one picked for this send
    people: int  # invitees with this language who would get a message now
    recipient: str  # whose message is shown
    subject: str
    text: str
    html: str
    event: EventView
    ics: str


def _when(start: object, end: object, zone: ZoneInfo, language: str) -> str:
    """DTSTART/DTEND as read from the file, in the meeting's zone and the reader's language."""
    if isinstance(start, datetime) and isinstance(end, datetime):
        a, b = start.astimezone(zone), end.astimezone(zone)
        if a.date() == b.date():
            return f"{format_date(a.date(), language)} {format_time(a, language)}–{format_time(b, language)}"
        return (f"{format_date(a.date(), language)} {format_time(a, language)} – "
                f"{format_date(b.date(), language)} {format_time(b, language)}")
    if isinstance(start, date) and isinstance(end, date):
        last = date.fromordinal(end.toordinal() - 1)
        if last <= start:
            return format_date(start, language)
        return f"{format_date(start, language)} – {format_date(last, language)}"
    return ""


def read_event(ics: bytes, zone: str, language: str) -> EventView:
    """What a calendar client takes from the invitation file: parsed back, not taken from our own data."""
    event = next(iter(Calendar.from_ical(ics).walk("VEVENT")))
    organiser = event.get("ORGANIZER")
    who = ""
    if organiser is not None:
        address = str(organiser).removeprefix("mailto:").removeprefix("MAILTO:")
        name = organiser.params.get("CN", "")
        who = f"{name} <{address}>" if name else address
    start, end = event.decoded("DTSTART"), event.decoded("DTEND")
    return EventView(
        summary=str(event.get("SUMMARY", "")), when=_when(start, end, ZoneInfo(zone), language),
        where=str(event.get("LOCATION", "")), organiser=who, description=str(event.get("DESCRIPTION", "")),
        status=str(event.get("STATUS", "")),
    )


def _placeholder_person(language: str) -> Person:
    name = "Modtagerens navn" if language == "da" else "Recipient's name"
    return Person(name=name, email="modtager@example.invalid", language=language)


def previews(db: Database, meeting_id: int, event_language: str | None = None) -> list[InvitePreview]:
    """One preview per language the invitees read (at least the meeting's own), as the next send builds it."""
    plan = invites.plan_invitations(db, meeting_id)
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    for recipient in plan.to_send:
        counts[recipient.language] = counts.get(recipient.language, 0) + 1
        first.setdefault(recipient.language, recipient.person_id)
    with db.read() as s:
        meeting = invites._meeting(s, meeting_id)
        entry_language = invites.event_language(meeting, event_language)
        languages = sorted(set(counts) | {meeting.language.value}, key=lambda lang: -counts.get(lang, 0))
        people = {p.id: p for p in s.scalars(select(Person).where(Person.id.in_(first.values())))}
        result = []
        for language in languages:
            person = people.get(first.get(language, -1)) or _placeholder_person(language)
            letter = content.letter(meeting, person, "REQUEST")
            data = content.event_data(meeting, entry_language, plan.sequence)
            ics = build_request(data, [content.attendee(person)], utcnow())
            result.append(InvitePreview(
                language=language, event_language=entry_language, people=counts.get(language, 0),
                recipient=person.name, subject=subject(letter), text=plain_body(letter), html=html_body(letter),
                event=read_event(ics, meeting.time_zone, language), ics=ics.decode("utf-8"),
            ))
        return result


# --- a test to yourself ------------------------------------------------------------------------------

def test_address() -> str:
    """Where "send a test to me" goes by default: the mail account's own address, if it is one."""
    user = mail_settings.load().username.strip()
    return user if "@" in user else ""


def test_message(db: Database, meeting_id: int, to: str, language: str,
                 event_language: str | None = None) -> tuple[Message, str]:
    """The invitation as the first invitee of `language` gets it, addressed to `to`; (message, sender).

    Marked as a test in the subject and the entry's title, with its own UID, so it never updates
    or answers the real invitation in anyone's calendar. Nothing is logged as delivered.
    """
    to = normalise_email(to)
    plan = invites.plan_invitations(db, meeting_id)
    sample = next((r.person_id for r in plan.to_send if r.language == language), None)
    with db.read() as s:
        meeting = invites._meeting(s, meeting_id)
        if not meeting.organiser_email.strip():
            raise DomainError(translate(
                "Invites", "The meeting has no organiser e-mail address; replies would have nowhere to go."),
                field="organiser_email")
        person = (s.get(Person, sample) if sample is not None else None) or _placeholder_person(language)
        marker = "[PRØVE]" if language == "da" else "[TEST]"
        letter = replace(content.letter(meeting, person, "REQUEST"), recipient_email=to)
        stamp = utcnow()
        data = content.event_data(meeting, invites.event_language(meeting, event_language), plan.sequence)
        data = replace(data, uid=f"test-{stamp:%Y%m%dT%H%M%S}-{meeting.calendar_uid}",
                       summary=f"{marker} {data.summary}")
        ics = build_request(data, [Party(person.name, to)], stamp)
        problems = check_invitation(ics)
        if problems:
            raise DomainError(translate(
                "Invites", "Nothing was sent: the invitation breaks these rules:\n{problems}").format(
                problems="\n".join(sorted(set(problems)))), field="invitation")
        message = build_message(letter, ics, "REQUEST")
        # a compat32 message takes a Header (the RFC 2047 subject, as exports/mail.py sets it); typeshed says str
        message.replace_header("Subject", Header(f"{marker} {subject(letter)}", "utf-8",  # type: ignore[arg-type]
                                                 header_name="Subject"))
        return message, meeting.organiser_email


def send_test(db: Database, meeting_id: int, transport: Transport, to: str, language: str,
              event_language: str | None = None) -> str:
    """Mail one test copy to `to`; returns the (normalised) address it went to."""
    from .mailer import DeliveryFailed

    message, sender = test_message(db, meeting_id, to, language, event_language)
    address = normalise_email(to)
    try:
        transport.send(message, sender, address)
    except DeliveryFailed as error:
        raise DomainError(translate("Invites", "The test was not delivered: {error}").format(error=error)) from error
    return address
