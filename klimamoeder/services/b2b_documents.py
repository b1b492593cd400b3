"""B2B outputs: personal agendas and the table plan (PDF), the matrix (CSV/XLSX), calendars (.ics).

Each reads the session once (`load_session`) into plain data and then builds; the
builders are pure. The calendar events use one UID per pair of delegations, so a
meeting moved to another slot or table replaces the event in people's calendars.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from zoneinfo import ZoneInfo

from ..exports import spreadsheet
from ..exports.ical import EventData, Party, build_publish
from ..exports.pdf.b2b import (
    AgendaData,
    AgendaLine,
    PersonAgenda,
    PlanRow,
    PlanSlot,
    TablePlanData,
    build_agendas,
    build_table_plan,
)
from ..exports.pdf.data import MeetingHeader
from ..i18n import translate
from ..model import Meeting, utcnow
from ..storage import Database
from .b2b import MeetingRow, PersonRow, SessionData, read_session
from .documents import _header as meeting_header
from .documents import _language, _meeting, _pages
from .errors import DomainError
from .meetings import UID_DOMAIN
from .progress import Progress


def _load(db: Database, meeting_id: int) -> tuple[SessionData, MeetingHeader, str, str]:
    with db.read() as s:
        data = read_session(s, meeting_id)
        meeting: Meeting = _meeting(s, meeting_id)
        header = meeting_header(meeting)
        venue = meeting.venue.one_line if meeting.venue else ""
        organiser = (meeting.organiser_name, meeting.organiser_email)
    location = ", ".join(p for p in (data.location, venue) if p)
    return data, header, location, "\x1f".join(organiser)


def _people_line(people: Sequence[PersonRow], delegation: str) -> str:
    """The people at the other side of the table; their organisation only where it is not the delegation's."""
    return "; ".join(f"{p.name}, {p.organisation}" if p.organisation and p.organisation != delegation else p.name
                     for p in people)


def agenda_data(db: Database, meeting_id: int, person_ids: set[int] | None = None) -> AgendaData:
    data, header, location, _organiser = _load(db, meeting_id)
    zone = ZoneInfo(data.time_zone)
    by_delegation: dict[int, dict[object, MeetingRow]] = {}
    for m in data.meetings:
        for d in (m.a, m.b):
            by_delegation.setdefault(d, {})[m.start] = m
    agendas = []
    for person in sorted((p for p in data.people if p.registered), key=lambda p: (p.name.casefold(), p.participant_id)):
        if person_ids is not None and person.person_id not in person_ids:
            continue
        own = data.delegation(person.delegation_id)
        colleagues = [m.name for m in data.members(own.id) if m.participant_id != person.participant_id]
        mine = by_delegation.get(own.id, {})
        lines = []
        for slot in data.slots:
            start, end = slot.start.astimezone(zone), slot.end.astimezone(zone)
            found = mine.get(slot.start)
            if found is None:
                lines.append(AgendaLine(start, end, None))
                continue
            other = found.b if found.a == own.id else found.a
            name = data.delegation(other).name
            lines.append(AgendaLine(start, end, found.table, name, _people_line(data.members(other), name)))
        together = translate("B2B", "with {names}").format(names=", ".join(colleagues)) if colleagues else ""
        delegation = " ".join(p for p in (own.name if own.name not in (person.name, person.organisation) else "",
                                          together) if p)
        agendas.append(PersonAgenda(person.name, person.organisation, delegation, tuple(lines), own.table))
    return AgendaData(header, location, tuple(agendas))


def agendas_pdf(db: Database, meeting_id: int, language: str = "en", progress: Progress | None = None,
                person_ids: set[int] | None = None) -> bytes:
    language = _language(language)
    data = agenda_data(db, meeting_id, person_ids)
    on_page = _pages(progress, len(data.agendas) + 1, translate("B2B", "Laying out the B2B agendas…"))
    return build_agendas(data, language, on_page=on_page)


def table_plan_data(db: Database, meeting_id: int) -> TablePlanData:
    data, header, location, _organiser = _load(db, meeting_id)
    zone = ZoneInfo(data.time_zone)
    slots = []
    for slot in data.slots:
        rows = tuple(PlanRow(m.table, _plan_label(data, m.a), _plan_label(data, m.b))
                     for m in sorted(data.meetings, key=lambda m: m.table) if m.start == slot.start)
        slots.append(PlanSlot(slot.start.astimezone(zone), slot.end.astimezone(zone), rows))
    return TablePlanData(header, location, tuple(slots))


def _plan_label(data: SessionData, delegation_id: int) -> str:
    """The delegation's name, and its people below it (the plan is read by people looking for their name)."""
    name = data.delegation(delegation_id).name
    people = ", ".join(p.name for p in data.members(delegation_id))
    return f"{name}\n{people}" if people and people != name else name


def table_plan_pdf(db: Database, meeting_id: int, language: str = "en", progress: Progress | None = None) -> bytes:
    language = _language(language)
    data = table_plan_data(db, meeting_id)
    on_page = _pages(progress, len(data.slots) + 1, translate("B2B", "Laying out the table plan…"))
    return build_table_plan(data, language, on_page=on_page)


def matrix_cells(data: SessionData) -> tuple[list[str], list[list[str]]]:
    """Slots down, tables across; each cell names the two delegations (text, neutralised on writing)."""
    zone = ZoneInfo(data.time_zone)
    header = [translate("B2B", "Time")] + [translate("B2B", "Table {number}").format(number=n)
                                           for n in range(1, data.table_count + 1)]
    cells = []
    for slot in data.slots:
        line = [f"{slot.start.astimezone(zone):%Y-%m-%d %H:%M}–{slot.end.astimezone(zone):%H:%M}"]
        line += [""] * data.table_count
        for m in data.meetings:
            if m.start == slot.start and 1 <= m.table <= data.table_count:
                line[m.table] = f"{data.delegation_label(m.a)} – {data.delegation_label(m.b)}"
        cells.append(line)
    return header, cells


def matrix(db: Database, meeting_id: int, fmt: str) -> bytes:
    with db.read() as s:
        data = read_session(s, meeting_id)
    header, cells = matrix_cells(data)
    if fmt == "xlsx":
        return spreadsheet.xlsx_bytes(header, cells, translate("B2B", "B2B schedule"))
    return spreadsheet.csv_bytes(header, cells)


def event_uid(session_id: int, a: int, b: int) -> str:
    """One UID per pair of delegations in a session: moving their meeting updates the same event."""
    return f"b2b-{session_id}-{min(a, b)}-{max(a, b)}@{UID_DOMAIN}"


def meeting_event(data: SessionData, m: MeetingRow, location: str, organiser: Party, language: str,
                  sequence: int) -> EventData:
    table = ("Bord {table}" if language == "da" else "Table {table}").format(table=m.table)
    people = [p for d in (m.a, m.b) for p in data.members(d)]
    return EventData(
        uid=event_uid(data.session_id, m.a, m.b), sequence=sequence,
        summary=f"B2B: {data.delegation(m.a).name} – {data.delegation(m.b).name}",
        start=m.start, end=m.start + timedelta(minutes=data.slot_minutes),
        time_zone=data.time_zone, organiser=organiser, location=", ".join(p for p in (table, location) if p),
        description="\n".join(f"{p.name}" + (f", {p.organisation}" if p.organisation else "") for p in people),
        categories=("B2B",))


def person_calendar(db: Database, meeting_id: int, person_id: int) -> bytes:
    """One person's bilateral meetings as a calendar file (one event per meeting, table in LOCATION)."""
    data, _header, location, organiser_text = _load(db, meeting_id)
    name, _sep, email = organiser_text.partition("\x1f")
    person = next((p for p in data.people if p.person_id == person_id), None)
    if person is None:
        raise DomainError(translate("B2B", "This person takes no part in the B2B session."))
    mine = [m for m in data.meetings if person.delegation_id in (m.a, m.b)]
    if not mine:
        raise DomainError(translate("B2B", "This person has no bilateral meeting planned."))
    events = [meeting_event(data, m, location, Party(name, email), person.language, m.sequence) for m in mine]
    return build_publish(events, utcnow(), translate("B2B", "B2B meetings"))
