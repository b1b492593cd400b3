"""At the door and for the caterer: check-in per day, expected/checked-in/missing, headcounts and diets.

Only registered people are expected. A registration with no days chosen attends every day.
Dietary needs are grouped case-insensitively ("Vegetar", "vegetar " count as one), labelled with
the spelling most people used.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from operator import itemgetter

from sqlalchemy import Text, cast, delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..i18n import translate
from ..model import CheckIn, Organisation, Person, Registration, RegistrationStatus, utcnow
from ..storage import Database
from .bulk import slices
from .errors import DomainError, NotFound
from .registrations import At, DaysDecoder, Stored, StoredRow, load_meeting, meeting_days, shown_name
from .timeutil import to_local

Status = RegistrationStatus


@dataclass(frozen=True, slots=True)
class CheckInCandidate:
    registration_id: int
    name: str
    organisation: str
    attends: bool  # registered for this day
    checked_in_at: datetime | None  # local time of today's check-in
    haystack: str  # lower-cased name and organisation, for matching as the user types


@dataclass(frozen=True)
class CheckInRecord:
    check_in_id: int
    registration_id: int
    name: str
    organisation: str
    day: date
    at: datetime  # in the meeting's zone


@dataclass(frozen=True)
class DayCount:
    day: date
    expected: int
    checked_in: int
    missing: int


@dataclass(frozen=True)
class DayHeadcount:
    day: date
    registered: int
    waitlisted: int
    invited: int
    checked_in: int
    dietary: tuple[tuple[str, int], ...]  # (label, how many), most first
    accessibility: int  # people with an accessibility need that day


def meeting_day_list(db: Database, meeting_id: int) -> list[date]:
    with db.read() as s:
        return meeting_days(load_meeting(s, meeting_id))


def _day_of(s: Session, meeting_id: int, day: date | None) -> date:
    days = meeting_days(load_meeting(s, meeting_id))
    if day is None:
        today = utcnow().date()
        return today if today in days else days[0]
    if day not in days:
        raise DomainError(translate("Errors", "{day} is not a day of this meeting.").format(day=day.isoformat()))
    return day


def check_in_list(db: Database, meeting_id: int, day: date) -> list[CheckInCandidate]:
    """Everyone registered, with whether they attend `day` and when they were checked in that day."""
    with db.read() as s:
        meeting = load_meeting(s, meeting_id)
        times = dict(s.execute(
            select(CheckIn.registration_id, CheckIn.at).join(Registration)
            .where(Registration.meeting_id == meeting_id, CheckIn.day == day)).all())
        rows = s.execute(
            select(Registration.id, Person.name, Organisation.name, Registration.days)
            .join(Person, Person.id == Registration.person_id)
            .outerjoin(Organisation, Organisation.id == Person.organisation_id)
            .where(Registration.meeting_id == meeting_id, Registration.status == Status.REGISTERED)
        ).all()
        iso = day.isoformat()
        result = [
            CheckInCandidate(reg_id, name, org or "", not days or iso in days,
                             to_local(times[reg_id], meeting.time_zone) if reg_id in times else None,
                             f"{name} {org or ''}".casefold())
            for reg_id, name, org, days in rows
        ]
    return sorted(result, key=lambda c: c.name.casefold())


def match_candidates(candidates: list[CheckInCandidate], text: str, limit: int = 12) -> list[CheckInCandidate]:
    """Who the typed letters mean: every word must occur in name or organisation; name starts rank first,
    people expected that day and not yet checked in before the rest."""
    words = text.casefold().split()
    if not words:
        return []
    hits = [c for c in candidates if all(w in c.haystack for w in words)]
    hits.sort(key=lambda c: (c.checked_in_at is not None, not c.attends, not c.haystack.startswith(words[0]),
                             c.name.casefold()))
    return hits[:limit]


def not_arrived(candidates: list[CheckInCandidate]) -> list[CheckInCandidate]:
    """Who is expected that day and not checked in yet, by name: the door's "who is still missing"."""
    return sorted((c for c in candidates if c.attends and c.checked_in_at is None), key=lambda c: c.name.casefold())


def check_in(db: Database, registration_id: int, day: date | None = None,
             at: datetime | None = None) -> CheckInRecord:
    """Record arrival at the door; a second check-in the same day is refused with the first time."""
    with db.session() as s:
        reg = s.get(Registration, registration_id)
        if reg is None:
            raise NotFound(translate("Errors", "The registration no longer exists."))
        meeting = reg.meeting
        day = _day_of(s, reg.meeting_id, day)
        if reg.status is not Status.REGISTERED:
            raise DomainError(translate("Errors", "{name} is not registered (status: {status}).").format(
                name=shown_name(reg), status=reg.status.value))
        earlier = s.scalar(select(CheckIn).where(CheckIn.registration_id == registration_id, CheckIn.day == day))
        if earlier is not None:
            raise DomainError(translate("Errors", "{name} was already checked in at {time}.").format(
                name=shown_name(reg), time=f"{to_local(earlier.at, meeting.time_zone):%H:%M}"))
        record = CheckIn(registration_id=registration_id, day=day, at=at or utcnow())
        s.add(record)
        try:
            s.flush()
        except IntegrityError as error:  # checked in from another PC at the same moment
            raise DomainError(translate("Errors", "{name} was just checked in elsewhere.").format(
                name=shown_name(reg))) from error
        org = reg.person.organisation if reg.person else None  # no person: anonymised by retention
        return CheckInRecord(record.id, reg.id, shown_name(reg), org.name if org else "", day,
                             to_local(record.at, meeting.time_zone))


def undo_check_in(db: Database, check_in_id: int) -> None:
    with db.session() as s:
        s.execute(delete(CheckIn).where(CheckIn.id == check_in_id))


def recent_check_ins(db: Database, meeting_id: int, day: date, limit: int = 15) -> list[CheckInRecord]:
    with db.read() as s:
        meeting = load_meeting(s, meeting_id)
        rows = s.execute(
            select(CheckIn.id, Registration.id, Person.name, Organisation.name, CheckIn.day, CheckIn.at)
            .join(Registration, Registration.id == CheckIn.registration_id)
            .join(Person, Person.id == Registration.person_id)
            .outerjoin(Organisation, Organisation.id == Person.organisation_id)
            .where(Registration.meeting_id == meeting_id, CheckIn.day == day)
            .order_by(CheckIn.at.desc(), CheckIn.id.desc()).limit(limit)
        ).all()
        return [CheckInRecord(r[0], r[1], r[2], r[3] or "", r[4], to_local(r[5], meeting.time_zone)) for r in rows]


def day_counts(db: Database, meeting_id: int) -> list[DayCount]:
    """Expected (registered for the day), checked in and missing, per meeting day."""
    return [DayCount(h.day, h.registered, h.checked_in, h.registered - h.checked_in)
            for h in headcounts(db, meeting_id)]


# Registrations grouped as the headcount rule reads them (a day set is a tuple of ISO dates; empty = every day):
StatusGroups = list[tuple[Status, tuple[str, ...], int]]  # status, day set, how many
NeedGroups = list[tuple[tuple[str, ...], str, str, int, int]]  # registered: day set, diet, need, how many, 1st id
ArrivalGroups = list[tuple[tuple[str, ...], date, int]]  # registered: day set, check-in day, how many


def headcounts(db: Database, meeting_id: int) -> list[DayHeadcount]:
    """Per day: registered, wait-listed and invited people, check-ins, and the caterer's numbers.

    Counted by the database (GROUP BY status, stored day set, diet and need), so 100,000 registrations come
    back as a few dozen groups; each group's day set is decoded once. A view that has just read every row
    (the registrations table) counts those instead: `headcounts_of_stored`, the same rule (`count_days`).
    """
    days_text = cast(Registration.days, Text)
    with db.read() as s:
        days = meeting_days(load_meeting(s, meeting_id))
        conn = s.connection()
        of_meeting = Registration.meeting_id == meeting_id
        by_status = conn.execute(
            select(Registration.status, days_text, func.count()).where(of_meeting)
            .group_by(Registration.status, days_text)).all()
        needs = conn.execute(
            select(days_text, Registration.dietary, Registration.accessibility, func.count(), func.min(Registration.id))
            .where(of_meeting, Registration.status == Status.REGISTERED)
            .group_by(days_text, Registration.dietary, Registration.accessibility)).all()
        arrivals = conn.execute(
            select(days_text, CheckIn.day, func.count()).join(Registration)
            .where(of_meeting, Registration.status == Status.REGISTERED)
            .group_by(days_text, CheckIn.day)).all()
    decode = DaysDecoder()
    return count_days(days, [(status, decode(stored), n) for status, stored, n in by_status],
                      [(decode(stored), dietary, access, n, first) for stored, dietary, access, n, first in needs],
                      [(decode(stored), day, n) for stored, day, n in arrivals])


def headcounts_of_stored(days: list[date], rows: Sequence[StoredRow]) -> list[DayHeadcount]:
    """`headcounts` of registrations already read for the table (`registrations.read_table`, ordered by id):
    grouped here by their stored values instead of asking the database to read them all a second time.

    One pass over the rows, in C (`zip`/`map`/`Counter`, a part at a time: `bulk.slices`): 20,000 registrations
    are a few hundred groups of equal status, day set, diet, need and check-in days; the rule's three groupings
    are made from those, each group's day set decoded once."""
    columns = [itemgetter(at) for at in (At.STATUS, At.DAYS, At.DIETARY, At.ACCESSIBILITY, At.CHECKED_IN)]
    groups: Counter[tuple[str, str, str, str, str | None]] = Counter()
    first_of: dict[tuple[str, str, str, str, str | None], int] = {}  # each group's first registration
    for part in slices(rows):
        keys = list(zip(*(map(column, part) for column in columns), strict=True))
        groups.update(keys)
        # The rows come by id: reversed, each key's last assignment is its first row; an earlier part's stays.
        firsts = dict(zip(reversed(keys), map(itemgetter(At.ID), reversed(part)), strict=True))
        firsts.update(first_of)
        first_of = firsts
    registered = Status.REGISTERED.value
    by_status: Counter[tuple[str, str]] = Counter()
    needs: dict[tuple[str, str, str], list[int]] = {}  # → [how many, first id]
    arrivals: Counter[tuple[str, str]] = Counter()
    for key, n in groups.items():
        status, chosen, diet, need, checked = key
        by_status[status, chosen] += n
        if status == registered:
            group = needs.setdefault((chosen, diet, need), [0, first_of[key]])
            group[0] += n
            group[1] = min(group[1], first_of[key])
            if checked:
                arrivals[chosen, checked] += n
    stored = Stored()
    day_set = stored.days
    return count_days(days, [(Stored.status[status], day_set[chosen], n) for (status, chosen), n in by_status.items()],
                      [(day_set[chosen], diet, need, n, first) for (chosen, diet, need), (n, first) in needs.items()],
                      [(day_set[chosen], date.fromisoformat(day), n) for (chosen, checked), n in arrivals.items()
                       for day in stored.checked_in[checked]])


def count_days(days: list[date], by_status: StatusGroups, needs: NeedGroups,
               arrivals: ArrivalGroups) -> list[DayHeadcount]:
    """The headcount rule: who counts on which day, and how diets are named for the caterer."""
    result = []
    for day in days:
        iso = day.isoformat()

        def attends(chosen: tuple[str, ...], iso: str = iso) -> bool:
            return not chosen or iso in chosen

        counts: Counter[Status] = Counter()
        for status, chosen, n in by_status:
            if attends(chosen):
                counts[status] += n
        diets: Counter[str] = Counter()
        spellings: dict[str, dict[str, tuple[int, int]]] = {}  # label → (people, -first registration id)
        access = 0
        for chosen, dietary, accessibility, n, first in needs:
            if not attends(chosen):
                continue
            access += n if accessibility.strip() else 0
            label = " ".join(dietary.split())
            if label:
                key = label.casefold()
                diets[key] += n
                used = spellings.setdefault(key, {})
                people, earliest = used.get(label, (0, -first))
                used[label] = (people + n, max(earliest, -first))
        checked_in = sum(n for chosen, arrival_day, n in arrivals if arrival_day == day and attends(chosen))
        # Labelled with the spelling most people used; on a tie, the one registered first.
        catering = tuple(sorted(((max(spellings[k].items(), key=lambda kv: kv[1])[0], n) for k, n in diets.items()),
                                key=lambda item: (-item[1], item[0].casefold())))
        result.append(DayHeadcount(day, counts[Status.REGISTERED], counts[Status.WAITLISTED], counts[Status.INVITED],
                                   checked_in, catering, access))
    return result
