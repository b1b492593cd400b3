"""Creating and editing a meeting: the rules the details form relies on (SQLite and PostgreSQL)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from klimamoeder.model import MeetingKind, MeetingStatus
from klimamoeder.services import demo, meetings
from klimamoeder.services.errors import NotFound, ValidationError


@pytest.fixture
def loaded(db):
    demo.load_demo(db)
    return db


def kl_network(db) -> int:
    return next(n.id for n in meetings.list_networks(db) if n.short_name == "KL-klimanetværk")


def new_meeting(db, **changes) -> meetings.MeetingInput:
    data = meetings.MeetingInput(
        network_id=kl_network(db), title="Netværksmøde om varmeplaner", kind=MeetingKind.NETWORK_MEETING,
        start=datetime(2027, 10, 28, 10, 0), end=datetime(2027, 10, 28, 15, 0),
    )
    return replace(data, **changes)


def test_a_new_meeting_keeps_its_local_times_in_its_own_zone(loaded) -> None:
    created = meetings.create_meeting(loaded, new_meeting(loaded))
    listed = next(m for m in meetings.list_meetings(loaded) if m.id == created.id)
    assert listed.start.isoformat() == "2027-10-28T10:00:00+02:00"  # still summer time on 28 October
    assert created.fields.start == datetime(2027, 10, 28, 10, 0)
    assert created.calendar_sequence == 0 and created.calendar_uid.endswith("@klimamoeder.invalid")
    assert created.fields.status is MeetingStatus.DRAFT


def test_a_meeting_in_houston_is_shown_in_houston_time(loaded) -> None:
    wecp = next(n.id for n in meetings.list_networks(loaded) if n.short_name == "WECP")
    created = meetings.create_meeting(loaded, new_meeting(
        loaded, network_id=wecp, title="WECP board meeting at CERAWeek", time_zone="America/Chicago",
        start=datetime(2027, 3, 9, 8, 0), end=datetime(2027, 3, 9, 12, 0)))
    listed = next(m for m in meetings.list_meetings(loaded, network="wecp") if m.id == created.id)
    assert listed.start.isoformat() == "2027-03-09T08:00:00-06:00"


def test_every_problem_is_reported_at_once_and_nothing_is_created(loaded) -> None:
    count = len(meetings.list_meetings(loaded))
    bad = new_meeting(loaded, title="  ", end=datetime(2027, 10, 28, 9, 0), organiser_email="ikke-en-email",
                      capacity=-5)
    with pytest.raises(ValidationError) as raised:
        meetings.create_meeting(loaded, bad)
    fields = [field for field, _message in raised.value.problems]
    assert fields == ["title", "end", "capacity", "organiser_email"]
    assert "'ikke-en-email' is not an e-mail address." in raised.value.message
    assert len(meetings.list_meetings(loaded)) == count


def test_an_unknown_time_zone_and_a_deadline_after_the_meeting_are_refused(loaded) -> None:
    with pytest.raises(ValidationError, match="Unknown time zone: Europe/Esbjerg"):
        meetings.create_meeting(loaded, new_meeting(loaded, time_zone="Europe/Esbjerg"))
    with pytest.raises(ValidationError, match="deadline lies after the meeting"):
        meetings.create_meeting(loaded, new_meeting(loaded, registration_deadline=datetime(2027, 11, 1, 12, 0)))


def test_the_organiser_address_is_stored_normalised(loaded) -> None:
    created = meetings.create_meeting(loaded, new_meeting(loaded, organiser_email=" NKEL@KL.example "))
    assert created.fields.organiser_email == "NKEL@kl.example"


def test_an_edit_keeps_the_calendar_uid(loaded) -> None:
    created = meetings.create_meeting(loaded, new_meeting(loaded))
    edited = meetings.update_meeting(loaded, created.id, replace(created.fields, theme="Varmeplan 2030"),
                                     created.version)
    assert edited.calendar_uid == created.calendar_uid
    assert edited.version == created.version + 1
    assert edited.fields.theme == "Varmeplan 2030"


def test_asking_for_a_meeting_that_does_not_exist_says_so(loaded) -> None:
    with pytest.raises(NotFound, match="There is no meeting with id 999999"):
        meetings.get_meeting(loaded, 999999)
