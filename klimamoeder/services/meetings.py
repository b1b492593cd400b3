"""Meetings: list, read, create and edit their details."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import datetime

from email_validator import EmailNotValidError, validate_email
from sqlalchemy import func, select
from sqlalchemy.orm import Session, joinedload

from ..i18n import translate
from ..model import Language, Meeting, MeetingKind, MeetingStatus, Network, Organisation, Registration, Venue
from ..storage import Database
from .edit_conflicts import EDIT, MEETING, Conflict, EditConflict, field_versions, merge_or_raise, once_more_if_stale
from .errors import DomainError, NotFound, ValidationError
from .registrations import SeatRule
from .timeutil import DEFAULT_ZONE, to_instant, to_local, zone

UID_DOMAIN = "klimamoeder.invalid"


def new_calendar_uid() -> str:
    """Stable for the meeting's whole life; ASCII, as every calendar client wants."""
    return f"{uuid.uuid4()}@{UID_DOMAIN}"


@dataclass(frozen=True)
class NetworkSummary:
    id: int
    name: str
    short_name: str
    kind: str


@dataclass(frozen=True)
class MeetingSummary:
    id: int
    network_id: int
    network: str
    title: str
    kind: MeetingKind
    status: MeetingStatus
    start: datetime  # aware, in the meeting's own zone
    end: datetime
    time_zone: str
    venue: str
    city: str

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "network": self.network,
            "title": self.title,
            "kind": self.kind.value,
            "status": self.status.value,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "time_zone": self.time_zone,
            "venue": self.venue,
            "city": self.city,
        }


@dataclass(frozen=True)
class MeetingInput:
    """What the details form edits; times are wall-clock times in `time_zone`."""

    network_id: int
    title: str
    kind: MeetingKind
    start: datetime
    end: datetime
    time_zone: str = DEFAULT_ZONE
    theme: str = ""
    description: str = ""
    all_day: bool = False
    venue_id: int | None = None
    online_link: str = ""
    capacity: int | None = None
    registration_deadline: datetime | None = None
    status: MeetingStatus = MeetingStatus.DRAFT
    organiser_name: str = ""
    organiser_email: str = ""
    host_id: int | None = None
    photo_credit: str = ""
    language: Language = Language.DANISH  # of its documents and invitations (people's letters: their own)


@dataclass(frozen=True)
class MeetingDetails:
    id: int
    version: int
    calendar_uid: str
    calendar_sequence: int
    registered: int
    fields: MeetingInput = field(compare=False)
    promoted: tuple[str, ...] = ()  # moved up from the wait list by this save (a raised capacity)


def _summary(meeting: Meeting) -> MeetingSummary:
    venue = meeting.venue
    return MeetingSummary(
        id=meeting.id,
        network_id=meeting.network_id,
        network=meeting.network.short_name,
        title=meeting.title,
        kind=meeting.kind,
        status=meeting.status,
        start=to_local(meeting.start, meeting.time_zone),
        end=to_local(meeting.end, meeting.time_zone),
        time_zone=meeting.time_zone,
        venue=venue.name if venue else "",
        city=venue.city if venue else "",
    )


def list_networks(db: Database) -> list[NetworkSummary]:
    with db.read() as s:
        rows = s.scalars(select(Network).order_by(Network.short_name)).all()
        return [NetworkSummary(n.id, n.name, n.short_name, n.kind.value) for n in rows]


def list_meetings(db: Database, network: str | None = None) -> list[MeetingSummary]:
    """All meetings, oldest first; `network` matches a short name or name, any case."""
    with db.read() as s:
        query = (
            select(Meeting)
            .join(Meeting.network)
            .options(joinedload(Meeting.network), joinedload(Meeting.venue))
            .order_by(Meeting.start, Meeting.id)
        )
        if network:
            wanted = network.casefold()
            query = query.where(
                (func.lower(Network.short_name) == wanted) | (func.lower(Network.name) == wanted)
            )
        return [_summary(m) for m in s.scalars(query).unique()]


def meeting_summary(db: Database, meeting_id: int) -> MeetingSummary:
    with db.read() as s:
        return _summary(_load(s, meeting_id))


def is_empty(db: Database) -> bool:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(Meeting)) == 0 and (
            s.scalar(select(func.count()).select_from(Network)) == 0
        )


def _load(s: Session, meeting_id: int) -> Meeting:
    meeting = s.get(Meeting, meeting_id)
    if meeting is None:
        raise NotFound(translate("Errors", "There is no meeting with id {id}.").format(id=meeting_id))
    return meeting


def get_meeting(db: Database, meeting_id: int) -> MeetingDetails:
    with db.read() as s:
        return _details(s, _load(s, meeting_id))


def _details(s: Session, m: Meeting) -> MeetingDetails:
    registered = s.scalar(
        select(func.count()).select_from(Registration).where(
            Registration.meeting_id == m.id, Registration.status == "registered"
        )
    ) or 0
    deadline = m.registration_deadline
    fields = MeetingInput(
        network_id=m.network_id, title=m.title, kind=m.kind,
        start=to_local(m.start, m.time_zone).replace(tzinfo=None),
        end=to_local(m.end, m.time_zone).replace(tzinfo=None),
        time_zone=m.time_zone, theme=m.theme, description=m.description, all_day=m.all_day,
        venue_id=m.venue_id, online_link=m.online_link, capacity=m.capacity,
        registration_deadline=to_local(deadline, m.time_zone).replace(tzinfo=None) if deadline else None,
        status=m.status, organiser_name=m.organiser_name, organiser_email=m.organiser_email,
        host_id=m.host_id, photo_credit=m.photo_credit, language=m.language,
    )
    return MeetingDetails(m.id, m.version, m.calendar_uid, m.calendar_sequence, registered, fields)


def validate(data: MeetingInput) -> MeetingInput:
    """Every problem at once, in words for the form; returns the cleaned input."""
    problems: list[tuple[str, str]] = []
    title = data.title.strip()
    if not title:
        problems.append(("title", translate("Errors", "The meeting needs a title.")))
    try:
        zone(data.time_zone)
    except DomainError as error:
        problems.append(("time_zone", error.message))
    else:
        if to_instant(data.end, data.time_zone) <= to_instant(data.start, data.time_zone):
            problems.append(("end", translate("Errors", "The meeting must end after it starts.")))
        if data.registration_deadline and data.registration_deadline > data.end:
            problems.append((
                "registration_deadline",
                translate("Errors", "The registration deadline lies after the meeting has ended."),
            ))
    if data.capacity is not None and data.capacity < 0:
        problems.append(("capacity", translate("Errors", "The capacity cannot be negative.")))
    organiser_email = data.organiser_email.strip()
    if organiser_email:
        try:
            organiser_email = validate_email(organiser_email, check_deliverability=False).normalized
        except EmailNotValidError:
            problems.append((
                "organiser_email",
                translate("Errors", "'{value}' is not an e-mail address.").format(value=organiser_email),
            ))
    if problems:
        raise ValidationError(problems)
    return replace(data, title=title, organiser_email=organiser_email, theme=data.theme.strip())


def _apply(m: Meeting, data: MeetingInput) -> None:
    m.network_id = data.network_id
    m.title = data.title
    m.kind = data.kind
    m.theme = data.theme
    m.description = data.description
    m.time_zone = data.time_zone
    m.start = to_instant(data.start, data.time_zone)
    m.end = to_instant(data.end, data.time_zone)
    m.all_day = data.all_day
    m.venue_id = data.venue_id
    m.online_link = data.online_link.strip()
    m.capacity = data.capacity
    m.registration_deadline = (
        to_instant(data.registration_deadline, data.time_zone) if data.registration_deadline else None
    )
    m.status = data.status
    m.organiser_name = data.organiser_name.strip()
    m.organiser_email = data.organiser_email
    m.host_id = data.host_id
    m.photo_credit = data.photo_credit.strip()
    m.language = Language(data.language)


def create_meeting(db: Database, data: MeetingInput) -> MeetingDetails:
    data = validate(data)
    with db.session() as s:
        if s.get(Network, data.network_id) is None:
            raise NotFound(translate("Errors", "The chosen network no longer exists."))
        meeting = Meeting(calendar_uid=new_calendar_uid(), calendar_sequence=0)
        _apply(meeting, data)
        s.add(meeting)
        s.flush()
        return _details(s, meeting)


def update_meeting(db: Database, meeting_id: int, data: MeetingInput, expected_version: int,
                   base: MeetingInput | None = None) -> MeetingDetails:
    """Save the details form. If someone else saved the meeting since `expected_version`, their changes and
    the user's are merged field by field against `base` (what the form started from); where both changed the
    same field differently, `EditConflict` lets the user decide."""
    data = validate(data)
    return once_more_if_stale(lambda: _update_meeting(db, meeting_id, data, expected_version, base))


def _update_meeting(db: Database, meeting_id: int, data: MeetingInput, expected_version: int,
                    base: MeetingInput | None) -> MeetingDetails:
    with db.session() as s:
        try:
            rule = SeatRule.lock(s, meeting_id)
        except NotFound:
            raise EditConflict(Conflict(MEETING, meeting_id, meeting_title(data.title), EDIT,
                                        base or data, data, None, None, field_versions(base or data, data, None)
                                        )) from None
        meeting = rule.meeting
        if meeting.version != expected_version:
            theirs = _details(s, meeting).fields
            merged = merge_or_raise(MEETING, meeting_id, meeting_title(theirs.title), base, data, theirs,
                                    meeting.version, lambda: meeting_names(s))
            try:
                data = validate(merged)
            except ValidationError:  # each change was fine alone, together they are not: the user decides
                raise EditConflict(Conflict(
                    MEETING, meeting_id, meeting_title(theirs.title), EDIT, base, data, theirs, meeting.version,
                    field_versions(base, data, theirs), meeting_names(s))) from None
        check_capacity(rule, data.capacity)
        _apply(meeting, data)
        s.flush()
        promoted = tuple(p.name for p in rule.promote())
        return replace(_details(s, meeting), promoted=promoted)


def meeting_title(title: str) -> str:
    return translate("Conflicts", "The meeting “{title}”").format(title=title)


def meeting_names(s: Session) -> dict[str, dict[int, str]]:
    """Display names for the id fields of the details form (the conflict dialog shows names, not numbers)."""
    venues = {v.id: v.name for v in s.scalars(select(Venue))}
    organisations = dict(s.execute(select(Organisation.id, Organisation.name)).all())
    networks = dict(s.execute(select(Network.id, Network.short_name)).all())
    return {"venue_id": venues, "host_id": organisations, "network_id": networks}


@dataclass(frozen=True)
class Organiser:
    name: str
    email: str


def organiser_for_network(db: Database, network_id: int | None) -> Organiser:
    """The organiser a new meeting of this network most likely has: the one of its newest meeting that had one.

    That is how File → New meeting "remembers" the address per network without a setting to keep in step.
    """
    if network_id is None:
        return Organiser("", "")
    with db.read() as s:
        row = s.execute(
            select(Meeting.organiser_name, Meeting.organiser_email)
            .where(Meeting.network_id == network_id, Meeting.organiser_email != "")
            .order_by(Meeting.id.desc()).limit(1)
        ).first()
    return Organiser(row[0], row[1]) if row else Organiser("", "")


def language_for_network(db: Database, network_id: int | None) -> Language | None:
    """The language of the network's newest meeting (None for a network without meetings)."""
    if network_id is None:
        return None
    with db.read() as s:
        return s.scalar(select(Meeting.language).where(Meeting.network_id == network_id)
                        .order_by(Meeting.id.desc()).limit(1))


def check_capacity(rule: SeatRule, capacity: int | None) -> None:
    """A capacity below the people already registered is refused: who loses a seat is a person's call."""
    if capacity is not None and capacity < rule.registered:
        raise ValidationError([("capacity", translate(
            "Errors", "{registered} people are registered, so the capacity cannot be {capacity}. Cancel "
                      "{excess} registrations first (or keep the capacity).").format(
            registered=rule.registered, capacity=capacity, excess=rule.registered - capacity))])


@dataclass(frozen=True)
class Choice:
    """An id and a label for a picker."""

    id: int
    label: str


def venue_choices(db: Database) -> list[Choice]:
    with db.read() as s:
        venues = s.scalars(select(Venue).order_by(Venue.name)).all()
        return [Choice(v.id, f"{v.name}, {v.city}" if v.city else v.name) for v in venues]


def organisation_choices(db: Database) -> list[Choice]:
    with db.read() as s:
        rows = s.scalars(select(Organisation).order_by(Organisation.name)).all()
        return [Choice(o.id, o.name) for o in rows]
