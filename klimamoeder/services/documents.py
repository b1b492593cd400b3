"""Printed documents of a meeting: programme, participant list, sign-in sheet, badges.

Each use case reads what it prints in one session into plain dataclasses, closes the
session, and only then lays out the PDF: a long layout never holds a transaction open,
and the builders stay pure (testable from literals).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ..exports.pdf import (
    AgendaEntry,
    AgendaPersonEntry,
    BadgeData,
    BadgeEntry,
    MeetingHeader,
    ParticipantEntry,
    ParticipantListData,
    ParticipantListOptions,
    ProgrammeData,
    build_badges,
    build_participant_list,
    build_programme,
)
from ..exports.pdf.data import COLUMNS
from ..exports.pdf.labels import LANGUAGES
from ..i18n import translate
from ..model import AgendaItem, AgendaPerson, Meeting, Person, Registration, RegistrationStatus
from ..storage import Database
from .errors import DomainError, NotFound
from .progress import Progress
from .timeutil import days_between, to_local

DOCUMENTS = ("programme", "participants", "sign_in", "badges")


@dataclass(frozen=True)
class ListChoice:
    """Who is on a participant list or badge sheet, and how the list looks."""

    columns: tuple[str, ...] = ("name", "title", "organisation")
    group_by_organisation: bool = False
    sign_in: bool = False
    # A list handed to participants shows only people who agreed to appear on shared lists.
    shared_only: bool = False
    statuses: tuple[RegistrationStatus, ...] = (RegistrationStatus.REGISTERED,)


def _language(language: str) -> str:
    if language not in LANGUAGES:
        raise DomainError(translate("Documents", "Documents can be printed in Danish (da) or English (en), not "
                                                 "'{language}'.").format(language=language), field="language")
    return language


def _meeting(s: Session, meeting_id: int) -> Meeting:
    meeting = s.get(Meeting, meeting_id)
    if meeting is None:
        raise NotFound(translate("Errors", "There is no meeting with id {id}.").format(id=meeting_id))
    return meeting


def _header(m: Meeting) -> MeetingHeader:
    venue = m.venue
    address = ""
    if venue is not None:
        place = " ".join(p for p in (venue.postcode, venue.city) if p)
        address = ", ".join(p for p in (venue.address, place) if p)
    return MeetingHeader(
        network=m.network.name, network_short=m.network.short_name, title=m.title,
        start=to_local(m.start, m.time_zone), end=to_local(m.end, m.time_zone), theme=m.theme,
        description=m.description, venue_name=venue.name if venue else "", venue_address=address,
        host=m.host.name if m.host else "", organiser_name=m.organiser_name, organiser_email=m.organiser_email,
        online_link=m.online_link, photo_credit=m.photo_credit,
    )


def load_programme(db: Database, meeting_id: int) -> ProgrammeData:
    with db.session() as s:
        m = _meeting(s, meeting_id)
        items = s.scalars(
            select(AgendaItem).where(AgendaItem.meeting_id == meeting_id)
            .options(selectinload(AgendaItem.room),
                     selectinload(AgendaItem.people).selectinload(AgendaPerson.person)
                     .selectinload(Person.organisation))
            .order_by(AgendaItem.start, AgendaItem.position, AgendaItem.id)
        ).all()
        agenda = tuple(
            AgendaEntry(
                start=to_local(i.start, m.time_zone), end=to_local(i.end, m.time_zone), title=i.title,
                description=i.description, kind=i.kind.value, room=i.room.name if i.room else "",
                people=tuple(
                    AgendaPersonEntry(
                        name=ap.person.name, job_title=ap.person.job_title,
                        organisation=ap.person.organisation.name if ap.person.organisation else "",
                        role=ap.role.value,
                    ) for ap in i.people
                ),
            ) for i in items
        )
        return ProgrammeData(_header(m), agenda)


def _registrations(s: Session, meeting_id: int, choice: ListChoice) -> list[Registration]:
    query = (
        select(Registration).join(Registration.person)
        .where(Registration.meeting_id == meeting_id, Registration.status.in_(choice.statuses))
        .options(selectinload(Registration.person).selectinload(Person.organisation))
    )
    if choice.shared_only:
        query = query.where(Person.consent_shared_list.is_(True))
    return list(s.scalars(query))


def load_participants(db: Database, meeting_id: int, choice: ListChoice) -> ParticipantListData:
    columns = tuple(c for c in choice.columns if c in COLUMNS) or ("name",)
    if "name" not in columns:
        columns = ("name", *columns)
    with db.session() as s:
        m = _meeting(s, meeting_id)
        meeting_days = set(days_between(m.start, m.end, m.time_zone))
        entries = []
        for r in _registrations(s, meeting_id, choice):
            days = tuple(sorted(d for d in (_day(text) for text in r.days) if d in meeting_days))
            entries.append(ParticipantEntry(
                name=r.person.name, job_title=r.person.job_title,
                organisation=r.person.organisation.name if r.person.organisation else "",
                email=r.person.email or "", days=() if set(days) == meeting_days else days, role=r.role.value,
            ))
        header = _header(m)
    options = ParticipantListOptions(columns=columns, group_by_organisation=choice.group_by_organisation,
                                     sign_in=choice.sign_in)
    return ParticipantListData(header, tuple(entries), options)


def _day(text: str) -> date | None:
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def load_badges(db: Database, meeting_id: int, choice: ListChoice) -> BadgeData:
    data = load_participants(db, meeting_id, choice)
    badges = tuple(BadgeEntry(p.name, p.organisation, p.role) for p in data.participants)
    return BadgeData(data.meeting, badges)


def _pages(progress: Progress | None, expected: int, text: str) -> Callable[[int], None] | None:
    """Pages laid out so far as progress; the page count is estimated, so it stops one short of done."""
    if progress is None:
        return None
    expected = max(expected, 1)

    def on_page(page: int) -> None:
        progress.step(min(page, expected - 1), expected, text)
    return on_page


def programme_pdf(db: Database, meeting_id: int, language: str = "da", progress: Progress | None = None) -> bytes:
    """The programme as PDF bytes."""
    language = _language(language)
    data = load_programme(db, meeting_id)
    on_page = _pages(progress, 2 + len(data.agenda) // 12, translate("Documents", "Laying out the programme…"))
    return build_programme(data, language, on_page=on_page)


def participants_pdf(
    db: Database, meeting_id: int, language: str = "da", choice: ListChoice | None = None,
    progress: Progress | None = None,
) -> bytes:
    """The participant list (or, with `choice.sign_in`, the sign-in sheet) as PDF bytes."""
    language = _language(language)
    choice = choice or ListChoice()
    if progress is not None:
        progress.step(0, 0, translate("Documents", "Reading the registrations…"))
    data = load_participants(db, meeting_id, choice)
    per_page = 22 if choice.sign_in else 45
    on_page = _pages(progress, 1 + len(data.participants) // per_page,
                     translate("Documents", "Laying out the list…"))
    return build_participant_list(data, language, on_page=on_page)


def badges_pdf(
    db: Database, meeting_id: int, language: str = "da", choice: ListChoice | None = None,
    progress: Progress | None = None,
) -> bytes:
    """Name badges, eight to an A4 sheet, as PDF bytes."""
    language = _language(language)
    if progress is not None:
        progress.step(0, 0, translate("Documents", "Reading the registrations…"))
    data = load_badges(db, meeting_id, choice or ListChoice())
    on_page = _pages(progress, 1 + len(data.badges) // 8, translate("Documents", "Laying out the badges…"))
    return build_badges(data, language, on_page=on_page)


def document_pdf(
    db: Database, meeting_id: int, document: str, language: str = "da", choice: ListChoice | None = None,
    progress: Progress | None = None,
) -> bytes:
    """Any of `DOCUMENTS` by name: what the print dialog calls."""
    choice = choice or ListChoice()
    if document == "programme":
        return programme_pdf(db, meeting_id, language, progress)
    if document in ("participants", "sign_in"):
        return participants_pdf(db, meeting_id, language, replace(choice, sign_in=document == "sign_in"), progress)
    if document == "badges":
        return badges_pdf(db, meeting_id, language, choice, progress)
    raise DomainError(translate("Documents", "Unknown document '{document}'.").format(document=document))
