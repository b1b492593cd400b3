"""The demo data set is data the app itself would accept: every person passes the app's own validation."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from klimamoeder.model import Meeting, Person
from klimamoeder.services.demo import guest_address
from klimamoeder.services.people import PersonInput, normalise_email, validate_person
from klimamoeder.storage import Database


def test_every_demo_person_passes_the_app_s_own_validation(demo_db: Database) -> None:
    with demo_db.read() as s:
        people = [PersonInput(name=p.name, email=p.email or "", other_emails=tuple(p.other_emails or ()),
                              phone=p.phone or "", language=p.language) for p in s.scalars(select(Person))]
        organisers = [m.organiser_email for m in s.scalars(select(Meeting)) if m.organiser_email]
    assert len(people) > 50
    for person in people:
        checked = validate_person(person)  # raises DomainError naming the field when something is refused
        assert checked.email == person.email, person.email  # stored as the app itself would store it
    for address in organisers:
        assert normalise_email(address) == address


def test_a_guest_s_address_comes_from_the_organisation_s_key_as_a_valid_domain() -> None:
    assert guest_address("Joost van der Meer", "den_helder") == "joost.van.der.meer@den-helder.example"
    assert normalise_email(guest_address("Łucja Nowak", "port_harcourt")) == "lucja.nowak@port-harcourt.example"



def test_the_demo_s_statuses_obey_the_seat_rule_a_full_meeting_wait_lists_the_rest(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The demo writes no status the rule would not give: a meeting smaller than its guest list wait-lists."""
    from klimamoeder.model import Registration, RegistrationStatus
    from klimamoeder.services import demo, demo_data
    from tests.conftest import open_database

    small = [dict(spec, capacity=10) for spec in demo_data.MEETINGS]
    monkeypatch.setattr(demo_data, "MEETINGS", small)
    db = open_database(tmp_path / "demo.sqlite3")
    demo.load_demo(db)
    wait_listed = 0
    with db.read() as s:
        for meeting in s.scalars(select(Meeting)):
            statuses = list(s.scalars(select(Registration.status).where(Registration.meeting_id == meeting.id)))
            registered, waiting = statuses.count(RegistrationStatus.REGISTERED), statuses.count(
                RegistrationStatus.WAITLISTED)
            assert registered == min(10, registered + waiting), meeting.title  # no wait list while seats are free
            wait_listed += waiting
    assert wait_listed > 0
    db.dispose()
