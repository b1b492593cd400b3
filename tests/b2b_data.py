"""Small B2B sessions for the tests: a meeting, registered people in organisations, a session, requests."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime

from klimamoeder.model import B2BPriority, B2BRequestStatus, Organisation, OrganisationKind, Person
from klimamoeder.services import b2b, b2b_requests
from klimamoeder.services.timeutil import to_instant
from klimamoeder.storage import Database
from tests.invite_data import make_meeting

ZONE = "Europe/Copenhagen"
DAY = "2026-10-22"


def at(clock: str) -> datetime:
    """A wall time on the test day in Copenhagen, as an instant."""
    return to_instant(datetime.fromisoformat(f"{DAY}T{clock}"), ZONE)


@dataclass(frozen=True)
class Setup:
    meeting: int
    emails: list[str]
    participants: dict[str, int]  # e-mail -> participant id
    delegations: dict[str, int]  # organisation name -> delegation id


def make_session(db: Database, people: list[tuple[str, str, str]], *, window: tuple[str, str] = ("14:00", "16:00"),
                 slot_minutes: int = 20, tables: int = 3, breaks: tuple[tuple[str, str], ...] = (),
                 auto_accept: bool = False, max_meetings: int | None = None, status: str = "registered",
                 uid: str = "b2b-test@klimamoeder.invalid") -> Setup:
    """`people` are (name, e-mail, organisation); people of one organisation form one delegation."""
    ids = make_meeting(db, people=[(name, email, "en", status) for name, email, _org in people],
                       with_organiser_invited=False, uid=uid, start=f"{DAY}T09:00", end=f"{DAY}T18:00")
    with db.session() as s:
        organisations: dict[str, Organisation] = {}
        for _name, email, org in people:
            if org not in organisations:
                organisations[org] = Organisation(name=org, kind=OrganisationKind.CITY, country="DK")
                s.add(organisations[org])
            person = s.query(Person).filter_by(email=email).one()
            person.organisation = organisations[org]
    settings = b2b.SessionSettings(windows=((at(window[0]), at(window[1])),), slot_minutes=slot_minutes,
                                   table_count=tables, breaks=tuple((at(a), at(b)) for a, b in breaks),
                                   location="Mødelokale 1", auto_accept=auto_accept, default_max_meetings=max_meetings)
    b2b.save_session(db, ids.meeting, settings)
    data = b2b.load_session(db, ids.meeting)
    participants = {p.email: p.participant_id for p in data.people}
    delegations = {d.name: d.id for d in data.delegations}
    return Setup(ids.meeting, [email for _n, email, _o in people], participants, delegations)


def request(db: Database, setup: Setup, requester: str, target: str, priority: str = "want",
            status: str = "accepted") -> None:
    b2b_requests.add_request(db, setup.meeting, setup.participants[requester], setup.participants[target],
                             B2BPriority(priority), B2BRequestStatus(status))


def random_session(db: Database, seed: int, *, delegations: int = 8, slots: int = 4, tables: int = 2,
                   requests: int = 30) -> Setup:
    """A random instance small enough to solve in well under a second, with every kind of constraint:
    delegations of one to three, unavailable people, personal limits, a fixed table, all four answers."""
    rng = random.Random(seed)
    people = []
    for d in range(delegations):
        for m in range(rng.choice([1, 1, 2, 3])):
            people.append((f"Person {d}-{m}", f"p{d}.{m}@city{d}.example", f"City {d}"))
    setup = make_session(db, people, window=("14:00", f"{14 + slots * 20 // 60}:{slots * 20 % 60:02d}"),
                         tables=tables, uid=f"random-{seed}@klimamoeder.invalid")
    data = b2b.load_session(db, setup.meeting)
    for person in data.people:
        if rng.random() < 0.3:
            slot = rng.choice(data.slots)
            b2b.set_limits(db, setup.meeting, person.participant_id, rng.choice([None, 1, 2, 3]),
                           [(slot.start, slot.end)])
    b2b.save_session(db, setup.meeting, b2b.SessionSettings(
        windows=data.windows, slot_minutes=data.slot_minutes, table_count=tables, location=data.location,
        fixed_tables=((1, data.delegations[0].id),)))
    emails = list(setup.participants)
    for _ in range(requests):
        a, b = rng.sample(emails, 2)
        status = rng.choices(["accepted", "pending", "declined", "no_thanks"], [6, 1, 1, 1])[0]
        request(db, setup, a, b, rng.choice(["must", "want", "want"]), status)
    return setup
