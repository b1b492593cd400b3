"""Printed documents of a meeting: programme, participant list, sign-in sheet, badges.

Each use case reads what it prints in one session into plain dataclasses, closes the
session, and only then lays out the PDF: a long layout never holds a transaction open,
and the builders stay pure (testable from literals).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import Text, cast, func, select
from sqlalchemy.orm import Session, selectinload

from .. import heap
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
    build_name_cards,
    build_participant_list,
    build_programme,
    fonts,
)
from ..exports.pdf.data import COLUMNS
from ..exports.pdf.labels import LANGUAGES
from ..exports.pdf.stocks import DEFAULT_STOCK, STOCKS
from ..i18n import translate
from ..model import AgendaItem, AgendaPerson, Meeting, Organisation, Person, Registration, RegistrationStatus
from ..storage import Database
from .checkin_codes import code_for
from .errors import DomainError, NotFound
from .names import sort_as
from .progress import Progress
from .registrations import DaysDecoder
from .sharing import on_shared_lists
from .timeutil import days_between, to_local


@dataclass(frozen=True)
class ListChoice:
    """Who is on a participant list, sign-in sheet or badge sheet, and how it looks."""

    columns: tuple[str, ...] = ("name", "title", "organisation")
    group_by_organisation: bool = False
    sign_in: bool = False
    # The list handed out shows only people who agreed to appear on shared lists (`sharing`). The full
    # list is the explicit internal choice, marked "not for distribution" on every page.
    internal: bool = False
    statuses: tuple[RegistrationStatus, ...] = (RegistrationStatus.REGISTERED,)
    day: date | None = None  # sign-in sheet of one day; None: one per meeting day
    blank_rows: int = 8
    desks: int = 1
    landscape: bool | None = None
    stock: str = DEFAULT_STOCK  # badges: the label sheet
    start: int = 1  # badges: first free label on the sheet
    person_email: str = ""  # badges: one person's badge (a late registrant)


def _language(language: str) -> str:
    if language not in LANGUAGES:
        raise DomainError(translate("Documents", "Documents can be printed in Danish (da) or English (en), not "
                                                 "'{language}'.").format(language=language), field="language")
    return language


def meeting_language(db: Database, meeting_id: int) -> str:
    """The language the meeting's documents are in unless the user picks another ('da' or 'en')."""
    with db.read() as s:
        return _meeting(s, meeting_id).language.value


def _resolve(db: Database, meeting_id: int, language: str | None) -> str:
    return _language(language) if language else meeting_language(db, meeting_id)


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
        online_link=m.online_link, photo_credit=m.photo_credit, logo=m.network.logo, colour=m.network.colour,
    )


def load_programme(db: Database, meeting_id: int) -> ProgrammeData:
    with db.read() as s:
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


def _registrations(s: Session, meeting_id: int, choice: ListChoice, everyone: bool) -> list[Registration]:
    """The registrations a document shows. Badges and sign-in sheets are for `everyone` registered (each
    person wears and signs their own); a list to hand out only has those the sharing rule lets on it."""
    query = (
        select(Registration).join(Registration.person)
        .where(Registration.meeting_id == meeting_id, Registration.status.in_(choice.statuses))
        .options(selectinload(Registration.person).selectinload(Person.organisation))
    )
    if not everyone:
        query = query.where(on_shared_lists())
    if choice.person_email:
        query = query.where(func.lower(Person.email) == choice.person_email.strip().lower())
    return list(s.scalars(query))


def load_participants(db: Database, meeting_id: int, choice: ListChoice) -> ParticipantListData:
    """Who is on the list, read in one column query (no ORM object per person: a 10,000-person list is read
    at the speed of the database), without the write lock."""
    columns = tuple(c for c in choice.columns if c in COLUMNS) or ("name",)
    if "name" not in columns:
        columns = ("name", *columns)
    with db.read() as s:
        m = _meeting(s, meeting_id)
        meeting_days = days_between(m.start, m.end, m.time_zone)
        if choice.day is not None and choice.day not in meeting_days:
            raise DomainError(translate("Errors", "{day} is not a day of this meeting.").format(
                day=choice.day.isoformat()), field="day")
        header = _header(m)
        query = (
            select(Registration.id, cast(Registration.days, Text), Registration.role, Person.name, Person.job_title,
                   Person.email, Person.family_name, Organisation.name)
            .join(Person, Person.id == Registration.person_id)
            .outerjoin(Organisation, Organisation.id == Person.organisation_id)
            .where(Registration.meeting_id == meeting_id, Registration.status.in_(choice.statuses))
        )
        if not (choice.internal or choice.sign_in):  # the sharing rule, as in `_registrations`
            query = query.where(on_shared_lists())
        if choice.person_email:
            query = query.where(func.lower(Person.email) == choice.person_email.strip().lower())
        rows = s.connection().execute(query).all()
    decode = DaysDecoder()
    attended: dict[tuple[str, ...], tuple[date, ...]] = {}  # stored day set → the meeting days it names
    every_day = set(meeting_days)
    entries = []
    for reg_id, stored_days, role, name, job_title, email, family_name, organisation in rows:
        texts = decode(stored_days)
        days = attended.get(texts)
        if days is None:
            chosen = tuple(sorted(d for d in (_day(text) for text in texts) if d in every_day))
            days = attended[texts] = () if set(chosen) == every_day else chosen
        entries.append(ParticipantEntry(
            name=name, job_title=job_title, organisation=organisation or "", email=email or "", days=days,
            role=role.value, sort_as=sort_as(name, family_name), registration_id=reg_id))
    options = ParticipantListOptions(
        columns=columns, group_by_organisation=choice.group_by_organisation, sign_in=choice.sign_in,
        internal=choice.internal or choice.sign_in, day=choice.day, blank_rows=max(0, min(choice.blank_rows, 200)),
        desks=max(1, min(choice.desks, 6)), landscape=choice.landscape)
    return ParticipantListData(header, tuple(entries), options)


def _day(text: str) -> date | None:
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def load_badges(db: Database, meeting_id: int, choice: ListChoice) -> BadgeData:
    """Everyone registered (or the one person asked for), each with the check-in code of their registration."""
    stock = choice.stock or DEFAULT_STOCK
    if stock not in STOCKS:
        raise DomainError(translate("Documents", "Unknown label sheet '{stock}'. Choose one of: {choices}.").format(
            stock=stock, choices=", ".join(STOCKS)), field="stock")
    if not 1 <= choice.start <= STOCKS[stock].per_sheet:
        raise DomainError(translate("Documents", "The first label must be between 1 and {count} on {stock}.").format(
            count=STOCKS[stock].per_sheet, stock=STOCKS[stock].title), field="start")
    with db.read() as s:
        m = _meeting(s, meeting_id)
        registrations = _registrations(s, meeting_id, choice, everyone=True)
        if choice.person_email and not registrations:
            raise NotFound(translate("Documents", "Nobody registered for this meeting has the e-mail address "
                                                  "'{email}'.").format(email=choice.person_email))
        badges = tuple(BadgeEntry(
            p.name, p.organisation.name if p.organisation else "", r.role.value,
            sort_as=sort_as(p.name, p.family_name), code=code_for(meeting_id, r.id),
        ) for r in registrations if (p := r.person) is not None)  # always: `_registrations` joins the person
        return BadgeData(_header(m), badges, stock=stock, start=choice.start)


def unprintable(db: Database, meeting_id: int, document: str, choice: ListChoice | None = None) -> list[str]:
    """Names (and organisations) with characters no bundled font can draw, one message per person.

    Asked before printing, so nobody finds an empty box on a badge at the door.
    """
    choice = choice or ListChoice()
    if document == "programme":
        return []
    if document in ("badges", "name_cards"):
        people = [(b.name, b.organisation) for b in load_badges(db, meeting_id, choice).badges]
    else:
        data = load_participants(db, meeting_id, replace(choice, sign_in=document == "sign_in"))
        people = [(p.name, p.organisation) for p in data.participants]
    messages = []
    for name, organisation in people:
        lost = fonts.missing(name + organisation)
        if lost:
            messages.append(translate("Documents", "{name}: these characters cannot be printed: {chars} ({codes})")
                            .format(name=name, chars=" ".join(lost),
                                    codes=", ".join(f"U+{ord(c):04X}" for c in lost)))
    return messages


def _pages(progress: Progress | None, expected: int, text: str) -> Callable[[int], None] | None:
    """Pages laid out so far as progress; the page count is estimated, so it stops one short of done."""
    if progress is None:
        return None
    expected = max(expected, 1)

    def on_page(page: int) -> None:
        progress.step(min(page, expected - 1), expected, text)
    return on_page



def _bulk(build: Callable[..., bytes]) -> Callable[..., bytes]:
    """A document build runs as a bulk step (`heap.bulk`): reportlab makes a dozen objects per line, and a full
    collection over a 10,000-person list's flowables held the GIL for up to half a second, freezing the window
    that waits for the background build."""

    @functools.wraps(build)
    def built(*args: Any, **kwargs: Any) -> bytes:
        with heap.bulk():
            return build(*args, **kwargs)

    return built

@_bulk
def programme_pdf(db: Database, meeting_id: int, language: str | None = None,
                  progress: Progress | None = None) -> bytes:
    """The programme as PDF bytes."""
    language = _resolve(db, meeting_id, language)
    data = load_programme(db, meeting_id)
    on_page = _pages(progress, 2 + len(data.agenda) // 12, translate("Documents", "Laying out the programme…"))
    return build_programme(data, language, on_page=on_page)


@_bulk
def participants_pdf(
    db: Database, meeting_id: int, language: str | None = None, choice: ListChoice | None = None,
    progress: Progress | None = None,
) -> bytes:
    """The participant list (or, with `choice.sign_in`, the sign-in sheet) as PDF bytes."""
    language = _resolve(db, meeting_id, language)
    choice = choice or ListChoice()
    if progress is not None:
        progress.step(0, 0, translate("Documents", "Reading the registrations…"))
    data = load_participants(db, meeting_id, choice)
    per_page = 22 if choice.sign_in else 45
    on_page = _pages(progress, 1 + len(data.participants) // per_page,
                     translate("Documents", "Laying out the list…"))
    return build_participant_list(data, language, on_page=on_page)


@_bulk
def badges_pdf(
    db: Database, meeting_id: int, language: str | None = None, choice: ListChoice | None = None,
    progress: Progress | None = None,
) -> bytes:
    """Name badges on the chosen label sheet, as PDF bytes."""
    language = _resolve(db, meeting_id, language)
    if progress is not None:
        progress.step(0, 0, translate("Documents", "Reading the registrations…"))
    data = load_badges(db, meeting_id, choice or ListChoice())
    per_sheet = STOCKS[data.stock].per_sheet
    on_page = _pages(progress, 1 + len(data.badges) // per_sheet, translate("Documents", "Laying out the badges…"))
    return build_badges(data, language, on_page=on_page)


@_bulk
def name_cards_pdf(
    db: Database, meeting_id: int, language: str | None = None, choice: ListChoice | None = None,
    progress: Progress | None = None,
) -> bytes:
    """Folded table-tent name cards, two to an A4 sheet, as PDF bytes."""
    language = _resolve(db, meeting_id, language)
    if progress is not None:
        progress.step(0, 0, translate("Documents", "Reading the registrations…"))
    data = load_badges(db, meeting_id, choice or ListChoice())
    on_page = _pages(progress, 1 + len(data.badges) // 2, translate("Documents", "Laying out the name cards…"))
    return build_name_cards(data, language, on_page=on_page)


Builder = Callable[[Database, int, "str | None", ListChoice, "Progress | None"], bytes]


@dataclass(frozen=True)
class Document:
    """One printed document: how it is built and how the print dialog offers it.

    A new document is one entry here (and its builder in exports/pdf): the CLI, the print
    preview and the services all read this registry.
    """

    key: str
    build: Builder
    list_options: bool = False  # columns, grouping, internal: a participant list's choices apply
    label_options: bool = False  # label sheet, start position, one person
    exact_size: bool = False  # cut marks, label stock or signatures: printed at actual size only


def _participants(db: Database, meeting: int, language: str | None, choice: ListChoice,
                  progress: Progress | None) -> bytes:
    return participants_pdf(db, meeting, language, replace(choice, sign_in=False), progress)


def _sign_in(db: Database, meeting: int, language: str | None, choice: ListChoice,
             progress: Progress | None) -> bytes:
    return participants_pdf(db, meeting, language, replace(choice, sign_in=True), progress)


DOCUMENTS: dict[str, Document] = {
    "programme": Document("programme", lambda db, m, lang, _choice, p: programme_pdf(db, m, lang, p)),
    "participants": Document("participants", _participants, list_options=True),
    "sign_in": Document("sign_in", _sign_in, list_options=True, exact_size=True),
    "badges": Document("badges", badges_pdf, label_options=True, exact_size=True),
    "name_cards": Document("name_cards", name_cards_pdf, exact_size=True),
}


def document_pdf(
    db: Database, meeting_id: int, document: str, language: str | None = None, choice: ListChoice | None = None,
    progress: Progress | None = None,
) -> bytes:
    """Any of `DOCUMENTS` by name: what the print dialog calls; no language: the meeting's."""
    if document not in DOCUMENTS:
        raise DomainError(translate("Documents", "Unknown document '{document}'.").format(document=document))
    return DOCUMENTS[document].build(db, meeting_id, language, choice or ListChoice(), progress)
