"""The one seat rule holds whatever the secretariat, the attendees and the imports do, in any order.

A Hypothesis state machine drives random sequences of register / calendar reply (accept, decline,
tentative; newer and stale) / participant import / uninvite / cancel / capacity up and down / moving
the meeting, on SQLite and on the test PostgreSQL, and checks after every step what a secretariat
relies on: never more registered than seats, nobody waits while a seat is free, the wait list moves up
first come first served, no status change the transitions table forbids, and SEQUENCE never falls.
"""

from __future__ import annotations

import contextlib
import itertools
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule, run_state_machine_as_test
from sqlalchemy import select

from klimamoeder.model import Meeting, Registration, RegistrationStatus
from klimamoeder.services import invites, meetings, participant_import, people, registrations, replies
from klimamoeder.services.errors import DomainError, ValidationError
from klimamoeder.services.registrations import TRANSITIONS, RegistrationInput
from klimamoeder.storage import Database

from .test_registrations import make_meeting, make_network

S = RegistrationStatus
_numbers = itertools.count()


def reply_file(uid: str, email: str, partstat: str, sequence: int, stamp: datetime) -> bytes:
    """A Thunderbird-shaped REPLY."""
    return "\r\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN", "VERSION:2.0",
        "METHOD:REPLY", "BEGIN:VEVENT", f"UID:{uid}", f"SEQUENCE:{sequence}",
        f"DTSTAMP:{stamp:%Y%m%dT%H%M%SZ}", "ORGANIZER;CN=Nanna:mailto:secretariat@kl.example",
        f"ATTENDEE;PARTSTAT={partstat};CN=Someone:mailto:{email}", "END:VEVENT", "END:VCALENDAR", "",
    ]).encode()


class SeatMachine(RuleBasedStateMachine):
    db: Database  # set by the test before the run
    network_id: int

    def __init__(self) -> None:
        super().__init__()
        self.meeting = make_meeting(self.db, self.network_id, capacity=2, days=2)
        self.uid = meetings.get_meeting(self.db, self.meeting).calendar_uid
        self.people: list[tuple[int, str]] = []
        for _ in range(6):
            self._new_person()
        self.stamp = datetime(2030, 1, 1, tzinfo=UTC)
        self.last_sequence = 0
        self.before = self._state()
        self.acted: set[int] = set()

    def _new_person(self) -> tuple[int, str]:
        number = next(_numbers)
        email = f"person{number}@machine.example"
        pid = people.add_person(self.db, people.PersonInput(name=f"Person {number}", email=email)).id
        self.people.append((pid, email))
        return pid, email

    def _state(self) -> dict[int, tuple[S, datetime, int]]:
        with self.db.read() as s:
            return {r.person_id: (r.status, r.status_changed_at, r.id) for r in s.scalars(
                select(Registration).where(Registration.meeting_id == self.meeting))}

    def _capacity(self) -> int | None:
        return meetings.get_meeting(self.db, self.meeting).fields.capacity

    # --- what people do ------------------------------------------------------------
    @rule(who=st.integers(0, 5))
    def register(self, who: int) -> None:
        pid = self.people[who][0]
        with contextlib.suppress(DomainError):  # e.g. a cancelled person cannot be registered by a form that forbids it
            registrations.register(self.db, self.meeting, pid, RegistrationInput(status=S.REGISTERED))
        self.acted.add(pid)

    @rule(who=st.integers(0, 5))
    def invite(self, who: int) -> None:
        registrations.invite(self.db, self.meeting, [self.people[who][0]])

    @rule(who=st.integers(0, 5), partstat=st.sampled_from(["ACCEPTED", "DECLINED", "TENTATIVE"]),
          stale=st.booleans())
    def reply(self, who: int, partstat: str, stale: bool) -> None:
        pid, email = self.people[who]
        sequence = meetings.get_meeting(self.db, self.meeting).calendar_sequence
        self.stamp += timedelta(minutes=1)
        stamp = self.stamp - timedelta(days=1) if stale else self.stamp
        replies.import_replies(self.db, [(f"reply-{next(_numbers)}.ics",
                                          reply_file(self.uid, email, partstat, sequence, stamp))])
        self.acted.add(pid)

    @rule(rows=st.lists(st.tuples(st.integers(0, 6), st.sampled_from(["tilmeldt", "afbud", "venteliste",
                                                                        "afmeldt", "inviteret"])),
                        min_size=1, max_size=4, unique_by=lambda r: r[0]))
    def import_file(self, rows: list[tuple[int, str]]) -> None:
        lines = ["Navn;E-mail;Status"]
        for who, status in rows:
            pid, email = self.people[who] if who < len(self.people) else self._new_person()
            lines.append(f"Person;{email};{status}")
            self.acted.add(pid)
        participant_import.import_file(self.db, self.meeting, "\n".join(lines).encode(), "deltagere.csv")

    @rule(who=st.integers(0, 5))
    def uninvite(self, who: int) -> None:
        pid = self.people[who][0]
        with contextlib.suppress(DomainError):  # not on the list, or a transition the table forbids
            invites.uninvite(self.db, self.meeting, pid)
        self.acted.add(pid)

    @rule(who=st.integers(0, 5))
    def cancel(self, who: int) -> None:
        pid = self.people[who][0]
        reg = self.before.get(pid)
        if reg is None:
            return
        with contextlib.suppress(DomainError):
            registrations.set_status(self.db, self.meeting, [reg[2]], S.CANCELLED)
        self.acted.add(pid)

    @rule(step=st.sampled_from([-2, -1, 1, 2]))
    def change_capacity(self, step: int) -> None:
        details = meetings.get_meeting(self.db, self.meeting)
        capacity = max(0, (details.fields.capacity or 0) + step)
        with contextlib.suppress(ValidationError):  # below the registered count: refused, nothing changes
            meetings.update_meeting(self.db, self.meeting, details.fields.__class__(
                **{**details.fields.__dict__, "capacity": capacity}), details.version)

    @rule(hours=st.integers(1, 3))
    def move_meeting(self, hours: int) -> None:
        details = meetings.get_meeting(self.db, self.meeting)
        fields = details.fields
        meetings.update_meeting(self.db, self.meeting, fields.__class__(**{
            **fields.__dict__, "start": fields.start + timedelta(hours=hours),
            "end": fields.end + timedelta(hours=hours)}), details.version)

    # --- what must always hold ---------------------------------------------------------
    @invariant()
    def seats_wait_list_and_transitions(self) -> None:
        after = self._state()
        capacity = self._capacity()
        registered = sum(1 for status, _at, _id in after.values() if status is S.REGISTERED)
        waiting = sorted((at, rid, pid) for pid, (status, at, rid) in after.items() if status is S.WAITLISTED)
        if capacity is not None:
            assert registered <= capacity, f"{registered} registered for {capacity} seats"
        if capacity is None or registered < capacity:
            assert not waiting, "someone waits while a seat is free"
        for pid, (status, _at, _rid) in after.items():
            old = self.before.get(pid)
            if old is not None and old[0] != status:
                assert status in TRANSITIONS[old[0]], f"{old[0]} -> {status} is not allowed"
        # Those moved up without being acted on are the first of the queue as it was (first come, first served).
        queue = [pid for _at, _rid, pid in sorted((at, rid, pid) for pid, (status, at, rid) in self.before.items()
                                                 if status is S.WAITLISTED) if pid not in self.acted]
        promoted = [pid for pid in queue if after[pid][0] is S.REGISTERED]
        assert promoted == queue[:len(promoted)], "the wait list did not move up in order"
        with self.db.read() as s:
            sequence = s.get(Meeting, self.meeting).calendar_sequence  # type: ignore[union-attr]
        assert sequence >= self.last_sequence, "SEQUENCE fell"
        self.last_sequence = sequence
        self.before, self.acted = after, set()


@pytest.mark.timeout(600)
def test_the_seat_rule_holds_for_any_sequence_of_registrations_replies_imports_and_capacity_changes(
        db: Database) -> None:
    SeatMachine.db = db
    SeatMachine.network_id = make_network(db)
    examples = 12 if db.is_sqlite else 6
    run_state_machine_as_test(SeatMachine, settings=settings(
        max_examples=examples, stateful_step_count=12, derandomize=True, deadline=None, database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much]))
