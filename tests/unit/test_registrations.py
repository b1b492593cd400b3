"""Invitations, registrations, capacity and wait list, deadline, bulk changes with undo, check-in, headcounts."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from klimamoeder.model import (
    CheckIn,
    MeetingKind,
    MembershipRole,
    NetworkKind,
    OrganisationKind,
    ParticipantRole,
    Registration,
    RegistrationSource,
    RegistrationStatus,
)
from klimamoeder.services import attendance, people, registrations
from klimamoeder.services.errors import DomainError
from klimamoeder.services.meetings import MeetingInput, create_meeting
from klimamoeder.services.registrations import DeadlinePassed, RegistrationInput
from klimamoeder.storage import Database

S = RegistrationStatus
REGISTERED = RegistrationInput(status=S.REGISTERED)


def make_network(db: Database, short: str = "KL-klimanetværk", kind: NetworkKind = NetworkKind.CLIMATE_NETWORK) -> int:
    from klimamoeder.model import Network

    with db.session() as s:
        network = Network(name=f"Network {short}", short_name=short, kind=kind)
        s.add(network)
        s.flush()
        return network.id


def make_meeting(db: Database, network_id: int, *, capacity: int | None = None, days: int = 1,
                 deadline: datetime | None = None) -> int:
    start = datetime(2030, 10, 5, 9, 0)
    end = start + timedelta(days=days - 1, hours=8)
    data = MeetingInput(network_id=network_id, title="Netværksmøde", kind=MeetingKind.NETWORK_MEETING,
                        start=start, end=end, capacity=capacity, registration_deadline=deadline)
    return create_meeting(db, data).id


def contents(rows: list[registrations.RegistrationRow]) -> list[registrations.RegistrationRow]:
    """The rows as the user sees them: an undo restores the values, while each save raises the version."""
    return [row._replace(version=0) for row in rows]


_serial = itertools.count(1)  # every person made in this process gets an address of their own


def make_people(db: Database, names: list[str], organisation_id: int | None = None) -> list[int]:
    return [people.add_person(db, people.PersonInput(name=n, email=f"p{next(_serial)}@kl.example",
                                                     organisation_id=organisation_id)).id
            for n in names]


@pytest.fixture
def meeting(db: Database) -> int:
    return make_meeting(db, make_network(db), capacity=2)


def status_of(db: Database, meeting_id: int) -> dict[str, S]:
    return {r.name: r.status for r in registrations.list_registrations(db, meeting_id)}


def test_beyond_capacity_people_go_on_the_wait_list_and_the_first_moves_up_when_someone_cancels(
        db: Database, meeting: int) -> None:
    anne, bo, cai, dorte = make_people(db, ["Anne", "Bo", "Cai", "Dorte"])
    for person in (anne, bo):
        assert registrations.register(db, meeting, person, REGISTERED).waitlisted == ()
    assert registrations.register(db, meeting, cai, REGISTERED).waitlisted == ("Cai",)
    registrations.register(db, meeting, dorte, REGISTERED)
    assert status_of(db, meeting) == {"Anne": S.REGISTERED, "Bo": S.REGISTERED, "Cai": S.WAITLISTED,
                                      "Dorte": S.WAITLISTED}

    rows = {r.name: r.id for r in registrations.list_registrations(db, meeting)}
    result = registrations.set_status(db, meeting, [rows["Bo"]], S.CANCELLED)
    assert [p.name for p in result.promoted] == ["Cai"]  # the first on the list, not Dorte
    assert status_of(db, meeting)["Cai"] is S.REGISTERED
    assert status_of(db, meeting)["Dorte"] is S.WAITLISTED


def test_declining_and_removing_free_places_too(db: Database, meeting: int) -> None:
    ids = make_people(db, ["Anne", "Bo", "Cai", "Dorte"])
    for person in ids:
        registrations.register(db, meeting, person, REGISTERED)
    rows = {r.name: r.id for r in registrations.list_registrations(db, meeting)}
    assert [p.name for p in registrations.set_status(db, meeting, [rows["Anne"]], S.DECLINED).promoted] == ["Cai"]
    assert [p.name for p in registrations.remove(db, meeting, [rows["Bo"]]).promoted] == ["Dorte"]
    assert status_of(db, meeting) == {"Anne": S.DECLINED, "Cai": S.REGISTERED, "Dorte": S.REGISTERED}


def test_moving_someone_to_the_wait_list_does_not_move_them_straight_back(db: Database, meeting: int) -> None:
    anne, bo, cai = make_people(db, ["Anne", "Bo", "Cai"])
    for person in (anne, bo, cai):
        registrations.register(db, meeting, person, REGISTERED)
    rows = {r.name: r.id for r in registrations.list_registrations(db, meeting)}
    result = registrations.set_status(db, meeting, [rows["Anne"]], S.WAITLISTED)
    assert [p.name for p in result.promoted] == ["Cai"]  # the place goes to who waited, not back to Anne
    assert status_of(db, meeting) == {"Anne": S.WAITLISTED, "Bo": S.REGISTERED, "Cai": S.REGISTERED}


def test_status_transitions_follow_the_rules(db: Database, meeting: int) -> None:
    (anne,) = make_people(db, ["Anne"])
    result = registrations.invite(db, meeting, [anne])
    (reg,) = result.created
    registrations.set_status(db, meeting, [reg], S.REGISTERED)
    with pytest.raises(DomainError, match="cannot change from registered to invited"):
        registrations.set_status(db, meeting, [reg], S.INVITED)
    registrations.set_status(db, meeting, [reg], S.CANCELLED)
    registrations.set_status(db, meeting, [reg], S.INVITED)  # invited again after cancelling
    assert status_of(db, meeting) == {"Anne": S.INVITED}


def test_an_invalid_transition_in_a_bulk_change_changes_nothing(db: Database, meeting: int) -> None:
    anne, bo = make_people(db, ["Anne", "Bo"])
    registrations.invite(db, meeting, [anne, bo])
    registrations.register(db, meeting, bo, REGISTERED)
    ids = [r.id for r in registrations.list_registrations(db, meeting)]
    with pytest.raises(DomainError, match="Bo: cannot change"):
        registrations.set_status(db, meeting, ids, S.INVITED)
    assert status_of(db, meeting) == {"Anne": S.INVITED, "Bo": S.REGISTERED}


def test_registration_deadline_warns_but_an_organiser_may_override(db: Database) -> None:
    deadline = datetime(2030, 9, 20, 12, 0)
    meeting = make_meeting(db, make_network(db), deadline=deadline)
    (anne,) = make_people(db, ["Anne"])
    after = datetime(2030, 9, 21, tzinfo=UTC)
    with pytest.raises(DeadlinePassed) as raised:
        registrations.register(db, meeting, anne, REGISTERED, now=after)
    assert raised.value.deadline.replace(tzinfo=None) == deadline  # shown in the meeting's own time
    assert str(raised.value) == "The registration deadline (2030-09-20 12:00) has passed."
    assert raised.value.field == "registration_deadline"
    assert registrations.list_registrations(db, meeting) == []
    assert registrations.deadline_passed(db, meeting, now=after) == datetime(2030, 9, 20, 12, 0, tzinfo=ZoneInfo(
        "Europe/Copenhagen"))
    assert registrations.deadline_passed(db, meeting, now=datetime(2030, 9, 1, tzinfo=UTC)) is None
    at_the_deadline = datetime(2030, 9, 20, 10, 0, tzinfo=UTC)  # 12:00 in Copenhagen: still in time
    assert registrations.deadline_passed(db, meeting, now=at_the_deadline) is None
    registrations.register(db, meeting, anne, REGISTERED, now=at_the_deadline)
    assert status_of(db, meeting) == {"Anne": S.REGISTERED}
    registrations.remove(db, meeting, [r.id for r in registrations.list_registrations(db, meeting)])

    registrations.register(db, meeting, anne, REGISTERED, override_deadline=True, now=after)
    assert status_of(db, meeting) == {"Anne": S.REGISTERED}


def test_a_row_gives_back_every_value_the_registration_form_shows(db: Database) -> None:
    meeting = make_meeting(db, make_network(db), days=2)
    (anne,) = make_people(db, ["Anne"])
    typed = RegistrationInput(status=S.REGISTERED, role=ParticipantRole.SPEAKER, days=("2030-10-05",),
                              dietary="Vegetar", accessibility="Kørestol", notes="Ankommer sent",
                              source=RegistrationSource.IMPORT)
    registrations.register(db, meeting, anne, typed)
    (row,) = registrations.list_registrations(db, meeting)
    assert row.fields() == RegistrationInput(S.REGISTERED, ParticipantRole.SPEAKER, ("2030-10-05",), "Vegetar",
                                             "Kørestol", "Ankommer sent", RegistrationSource.IMPORT)
    with db.read() as s:
        reg = s.get(Registration, row.id)
        assert reg is not None and registrations.registration_input(reg) == row.fields()


def test_a_person_is_on_a_meeting_once_and_registering_again_updates(db: Database, meeting: int) -> None:
    (anne,) = make_people(db, ["Anne"])
    registrations.register(db, meeting, anne, REGISTERED)
    again = registrations.register(db, meeting, anne, RegistrationInput(status=S.REGISTERED, dietary="Vegetar",
                                                                        role=ParticipantRole.SPEAKER))
    assert again.created == ()
    (row,) = registrations.list_registrations(db, meeting)
    assert (row.dietary, row.role) == ("Vegetar", ParticipantRole.SPEAKER)
    assert registrations.invite(db, meeting, [anne]).unchanged == 1


def test_bulk_change_and_remove_are_undone_exactly_including_promotions_and_check_ins(
        db: Database, meeting: int) -> None:
    ids = make_people(db, ["Anne", "Bo", "Cai"])
    for person in ids:
        registrations.register(db, meeting, person, RegistrationInput(status=S.REGISTERED, dietary="Vegan"))
    before = registrations.list_registrations(db, meeting)
    rows = {r.name: r.id for r in before}
    arrived = datetime(2030, 10, 5, 7, 12, 30, tzinfo=UTC)
    attendance.check_in(db, rows["Anne"], date(2030, 10, 5), at=arrived)
    before = registrations.list_registrations(db, meeting)

    removed = registrations.remove(db, meeting, [rows["Anne"], rows["Bo"]])
    assert [p.name for p in removed.promoted] == ["Cai"]
    registrations.undo_change(db, removed)
    assert contents(registrations.list_registrations(db, meeting)) == contents(before)
    with db.read() as s:  # the check-in comes back with the time Anne arrived, not the time of the undo
        assert s.scalars(select(CheckIn.at)).all() == [arrived]

    changed = registrations.set_role(db, meeting, list(rows.values()), ParticipantRole.PRESS)
    assert (sorted(changed.changed), changed.unchanged) == (sorted(rows.values()), 0)
    again = registrations.set_role(db, meeting, [rows["Anne"], rows["Bo"]], ParticipantRole.PRESS)
    assert (again.changed, again.unchanged) == ((), 2)
    registrations.undo_change(db, changed)
    assert contents(registrations.list_registrations(db, meeting)) == contents(before)


def test_an_undo_that_would_break_the_seat_rule_is_refused_and_changes_nothing(db: Database) -> None:
    meeting = make_meeting(db, make_network(db), capacity=1)
    anne, bo = make_people(db, ["Anne", "Bo"])
    first = registrations.register(db, meeting, anne, REGISTERED)
    declined = registrations.set_status(db, meeting, list(first.changed), S.DECLINED)  # the seat is free
    registrations.register(db, meeting, bo, REGISTERED)  # and someone else took it meanwhile
    with pytest.raises(DomainError, match=r"^This cannot be undone: the registrations changed meanwhile\. "
                                          r"Reload and change them by hand\.$"):
        registrations.undo_change(db, declined)  # Anne back would make two registered on one seat
    assert status_of(db, meeting) == {"Anne": S.DECLINED, "Bo": S.REGISTERED}


def test_invite_a_networks_members_and_an_earlier_meetings_participants(db: Database) -> None:
    network = make_network(db, "WECP", NetworkKind.CITY_NETWORK)
    esbjerg = people.add_organisation(db, "Esbjerg Kommune", OrganisationKind.MUNICIPALITY).id
    outsider = people.add_organisation(db, "Dansk Industri", OrganisationKind.ASSOCIATION).id
    people.add_member(db, network, esbjerg, MembershipRole.PRESIDENT)
    members = make_people(db, ["Jesper", "Mette"], esbjerg)
    make_people(db, ["Camilla"], outsider)
    earlier = make_meeting(db, network)
    meeting = make_meeting(db, network)

    invited = registrations.invite_network_members(db, earlier)
    assert len(invited.created) == 2
    assert set(status_of(db, earlier)) == {"Jesper", "Mette"}
    registrations.register(db, earlier, members[0], REGISTERED)

    elsewhere = make_meeting(db, network)
    registrations.register(db, elsewhere, members[1], REGISTERED)  # registered, but for another meeting
    result = registrations.invite_from_meeting(db, meeting, earlier)
    assert status_of(db, meeting) == {"Jesper": S.INVITED}  # only who was registered
    (row,) = registrations.list_registrations(db, meeting)
    assert (row.role, row.source) == (ParticipantRole.PARTICIPANT, RegistrationSource.MANUAL)
    registrations.undo_change(db, result)
    assert status_of(db, meeting) == {}
    with pytest.raises(DomainError, match=r"^Choose another meeting to invite its participants from\.$"):
        registrations.invite_from_meeting(db, meeting, meeting)

    other = make_network(db, "C40", NetworkKind.CITY_NETWORK)
    people.add_member(db, other, outsider, MembershipRole.MEMBER)
    registrations.invite_network_members(db, meeting, other)  # another network's members than the meeting's
    assert set(status_of(db, meeting)) == {"Camilla"}
    (row,) = registrations.list_registrations(db, meeting)
    assert (row.role, row.source) == (ParticipantRole.PARTICIPANT, RegistrationSource.MANUAL)


def test_check_in_per_day_counts_expected_checked_in_and_missing(db: Database) -> None:
    meeting = make_meeting(db, make_network(db), days=2)
    anne, bo, cai = make_people(db, ["Anne", "Bo", "Cai"])
    registrations.register(db, meeting, anne, REGISTERED)
    registrations.register(db, meeting, bo, RegistrationInput(status=S.REGISTERED, days=("2030-10-06",)))
    registrations.invite(db, meeting, [cai])
    rows = {r.name: r.id for r in registrations.list_registrations(db, meeting)}

    day1, day2 = date(2030, 10, 5), date(2030, 10, 6)
    record = attendance.check_in(db, rows["Anne"], day1)
    with pytest.raises(DomainError, match="already checked in"):
        attendance.check_in(db, rows["Anne"], day1)
    with pytest.raises(DomainError, match="not registered"):
        attendance.check_in(db, rows["Cai"], day1)
    attendance.check_in(db, rows["Bo"], day2)
    counts = {(c.day, c.expected, c.checked_in, c.missing) for c in attendance.day_counts(db, meeting)}
    assert counts == {(day1, 1, 1, 0), (day2, 2, 1, 1)}

    attendance.undo_check_in(db, record.check_in_id)
    assert attendance.day_counts(db, meeting)[0].checked_in == 0


def test_catering_numbers_per_day_group_diets_regardless_of_case(db: Database) -> None:
    meeting = make_meeting(db, make_network(db), days=2)
    ids = make_people(db, ["Anne", "Bo", "Cai", "Dorte"])
    needs = [("Vegetar", ()), ("vegetar ", ("2030-10-06",)), ("Halal", ("2030-10-05",)), ("VEGETAR", ())]
    for person, (diet, days) in zip(ids, needs, strict=True):
        registrations.register(db, meeting, person, RegistrationInput(status=S.REGISTERED, dietary=diet, days=days))
    day1, day2 = attendance.headcounts(db, meeting)
    assert (day1.registered, day2.registered) == (3, 3)
    assert day2.dietary == (("Vegetar", 3),)
    assert dict(day1.dietary) == {"Vegetar": 2, "Halal": 1}


@pytest.mark.parametrize("part", [1, 2, 10_000])
def test_the_tables_headcounts_name_a_diet_by_its_first_spelling_whichever_part_it_is_counted_in(
        db: Database, part: int, monkeypatch: pytest.MonkeyPatch) -> None:
    # The table's rows are grouped a part at a time (so that the window's thread runs in between); the spelling
    # registered first still names a diet when spellings tie, as the database's count says.
    from klimamoeder.services import bulk

    meeting = make_meeting(db, make_network(db))
    people = make_people(db, ["Anne", "Bo", "Cai", "Dorte", "Eva"])
    for person, diet in zip(people, ["Halal", "vegansk", "Vegansk", "Vegansk", "vegansk"], strict=True):
        registrations.register(db, meeting, person, RegistrationInput(status=S.REGISTERED, dietary=diet))
    real = bulk.slices
    monkeypatch.setattr(attendance, "slices", lambda rows: real(rows, part))
    table = registrations.read_table(db, meeting)
    counted = attendance.headcounts_of_stored(table.days, table.rows)
    assert counted == attendance.headcounts(db, meeting)
    assert counted[0].dietary == (("vegansk", 4), ("Halal", 1))  # 2 : 2, "vegansk" came first


def test_the_tables_headcounts_from_its_rows_agree_with_the_databases_count(demo_db: Database) -> None:
    from klimamoeder.services.meetings import list_meetings

    checked = 0
    for meeting in list_meetings(demo_db):
        days = attendance.meeting_day_list(demo_db, meeting.id)
        arriving = [r for r in registrations.list_registrations(demo_db, meeting.id) if r.status is S.REGISTERED]
        for number, row in enumerate(arriving[:5]):  # some arrive on the first day, one on the last
            day = days[-1] if number == 4 and (not row.days or days[-1].isoformat() in row.days) else None
            attendance.check_in(demo_db, row.id, day or (date.fromisoformat(row.days[0]) if row.days else days[0]))
        table = registrations.read_table(demo_db, meeting.id)
        assert table.days == days
        assert attendance.headcounts_of_stored(days, table.rows) == attendance.headcounts(demo_db, meeting.id)
        checked += sum(h.checked_in for h in attendance.headcounts(demo_db, meeting.id))
    assert checked > 0, "the demo has check-ins, so arrivals are compared too"


def test_the_tables_stored_rows_decode_to_what_the_listing_says(db: Database) -> None:
    # read_table hands the table the values as stored (JSON day sets, enum values, the check-in days aggregated
    # by the database): decoded, each row says what list_registrations says, on SQLite and PostgreSQL alike.
    from klimamoeder.model import Organisation, OrganisationKind

    with db.session() as s:
        organisation = Organisation(name="Vejle Kommune", kind=OrganisationKind.MUNICIPALITY)
        s.add(organisation)
        s.flush()
        organisation_id = organisation.id
    meeting = make_meeting(db, make_network(db), days=3)
    anne, bo = make_people(db, ["Anne", "Bo"], organisation_id)
    (cy,) = make_people(db, ["Cy"])
    registrations.register(db, meeting, anne, RegistrationInput(
        status=S.REGISTERED, role=ParticipantRole.SPEAKER, days=("2030-10-07", "2030-10-05"), dietary="Vegetar",
        accessibility="Kørestol", notes="Kommer med tog\nfra Aarhus"))
    registrations.register(db, meeting, bo, RegistrationInput(status=S.INVITED))
    registrations.register(db, meeting, cy, REGISTERED)
    rows = {r.person_id: r for r in registrations.list_registrations(db, meeting)}
    for day in ("2030-10-07", "2030-10-05"):
        attendance.check_in(db, rows[anne].id, date.fromisoformat(day))
    attendance.check_in(db, rows[cy].id, date(2030, 10, 6))

    table = registrations.read_table(db, meeting)
    stored = registrations.Stored()
    decoded = [stored.registration(row) for row in table.rows]
    expected = [registrations.TableRegistration(
        r.id, r.person_id, r.name, r.organisation, r.email, r.status, r.role, r.days, r.dietary, r.accessibility,
        r.notes, r.source, r.version, r.checked_in) for r in registrations.list_registrations(db, meeting)]
    assert decoded == expected
    by_person = {r.person_id: r for r in decoded}
    assert by_person[anne].checked_in == ("2030-10-05", "2030-10-07") and by_person[anne].days == (
        "2030-10-05", "2030-10-07")
    assert by_person[anne].organisation == "Vejle Kommune" and by_person[cy].organisation == ""
    assert by_person[cy].checked_in == ("2030-10-06",) and by_person[bo].checked_in == ()
    assert (table.title, table.capacity, table.days) == (
        "Netværksmøde", None, [date(2030, 10, 5), date(2030, 10, 6), date(2030, 10, 7)])


def test_a_cancelled_table_read_stops_reading_rows(db: Database, meeting: int) -> None:
    # The user clicked the next meeting: the load of the one before stops instead of reading all its rows on
    # (at 100,000 rows half a second holding the interpreter, next to the load the user is waiting for).
    from klimamoeder.services.progress import Cancelled, Progress

    for person in make_people(db, ["Anne", "Bo", "Cy"]):
        registrations.register(db, meeting, person, RegistrationInput(status=S.INVITED))
    assert len(registrations.read_table(db, meeting, Progress()).rows) == 3
    stale = Progress()
    stale.cancel()
    with pytest.raises(Cancelled):
        registrations.read_table(db, meeting, stale)


def test_the_tables_rows_say_when_each_registration_was_made_and_its_status_changed(db: Database,
                                                                                    meeting: int) -> None:
    anne, bo = make_people(db, ["Anne", "Bo"])
    before = datetime.now(UTC)
    registrations.register(db, meeting, anne, REGISTERED)
    registrations.register(db, meeting, bo, RegistrationInput(status=S.INVITED))
    rows = {r.name: r for r in registrations.list_registrations(db, meeting)}
    from klimamoeder.model import Registration

    with db.read() as s:
        stored = {r.person_id: (r.created_at, r.status_changed_at) for r in s.query(Registration)}
    for row in rows.values():
        assert (row.created_at, row.status_changed_at) == stored[row.person_id]  # the same instants as the ORM's
        assert row.created_at.tzinfo is UTC and before - timedelta(seconds=1) <= row.created_at <= datetime.now(UTC)


def test_days_must_be_days_of_the_meeting(db: Database, meeting: int) -> None:
    (anne,) = make_people(db, ["Anne"])
    with pytest.raises(DomainError, match="is not a day of this meeting"):
        registrations.register(db, meeting, anne, RegistrationInput(days=("2031-01-01",)))


def test_finding_who_is_at_the_door(db: Database, meeting: int) -> None:
    anne, bo = make_people(db, ["Anne Sørensen", "Bo Nielsen"])
    registrations.register(db, meeting, anne, REGISTERED)
    registrations.register(db, meeting, bo, REGISTERED)
    candidates = attendance.check_in_list(db, meeting, date(2030, 10, 5))
    assert [c.name for c in attendance.match_candidates(candidates, "sør")] == ["Anne Sørensen"]
    assert attendance.match_candidates(candidates, "") == []
