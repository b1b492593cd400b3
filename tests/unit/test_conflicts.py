"""Conflicts in an agenda, each rule with its reason in words, and re-checking after a move."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from klimamoeder.model import AgendaRole, Person, Registration, RegistrationStatus
from klimamoeder.services import agenda
from klimamoeder.services.agenda import ItemInput, PersonPick
from klimamoeder.services.conflicts import ConflictContext as Context
from klimamoeder.services.conflicts import ConflictKind, check, check_agenda
from klimamoeder.storage import Database

from .agenda_setup import Setup, make_meeting


def at(text: str, day: int = 29) -> datetime:
    return datetime.fromisoformat(f"2021-04-{day:02d}T{text}")


def add(db: Database, setup: Setup, start: datetime, end: datetime, title: str, room: int | None = None,
        people: tuple[PersonPick, ...] = (), audience: int | None = None) -> int:
    return agenda.add_item(db, setup.meeting_id, ItemInput(
        start=start, end=end, title=title, room_id=room, people=people, expected_audience=audience)).item_ids[0]


def conflicts(db: Database, setup: Setup, kind: ConflictKind | None = None) -> list[tuple[str, str]]:
    found = check_agenda(agenda.load_agenda(db, setup.meeting_id))
    return [(c.kind.value, c.message) for c in found if kind is None or c.kind == kind]


def speaker(person: int) -> PersonPick:
    return PersonPick(AgendaRole.SPEAKER, person)


def test_a_well_planned_agenda_has_no_conflicts(db: Database) -> None:
    setup = make_meeting(db)
    add(db, setup, at("10:00"), at("11:00"), "Velkomst", setup.big_room, (speaker(setup.anne),))
    add(db, setup, at("11:00"), at("12:00"), "Oplæg", setup.big_room, (speaker(setup.anne),))
    add(db, setup, at("10:00"), at("11:00"), "Workshop", setup.small_room, (speaker(setup.zoe),))
    assert conflicts(db, setup) == []


def test_a_speaker_or_moderator_in_two_places_at_once(db: Database) -> None:
    setup = make_meeting(db)
    add(db, setup, at("10:00"), at("11:00"), "Velkomst", setup.big_room, (speaker(setup.anne),))
    panel = add(db, setup, at("10:30"), at("11:30"), "Panel", setup.small_room,
                (PersonPick(AgendaRole.MODERATOR, setup.anne),))
    assert conflicts(db, setup) == [(
        "person_twice", "Anne <b>&</b> Søren is in two places at once: 'Velkomst' (10:00–11:00) and "
        "'Panel' (10:30–11:30).")]
    agenda.move_item(db, panel, at("11:00"), at("12:00"))
    assert conflicts(db, setup) == []


def test_a_room_double_booked(db: Database) -> None:
    setup = make_meeting(db)
    add(db, setup, at("10:00"), at("11:00"), "Velkomst", setup.big_room)
    add(db, setup, at("12:00"), at("13:00"), "Frokost", setup.big_room)
    third = add(db, setup, at("12:30"), at("14:00"), "Workshop", setup.big_room)
    assert conflicts(db, setup) == [(
        "room_double_booked", "Salen is double-booked: 'Frokost' (12:00–13:00) and 'Workshop' (12:30–14:00).")]
    agenda.update_item(db, third, ItemInput(start=at("12:30"), end=at("14:00"), title="Workshop",
                                            room_id=setup.small_room))
    assert conflicts(db, setup) == []


def test_an_item_outside_the_meetings_days_and_times(db: Database) -> None:
    setup = make_meeting(db)  # 29 April 10:00–15:00
    add(db, setup, at("09:00"), at("10:30"), "Early coffee")
    add(db, setup, at("10:00", day=30), at("11:00", day=30), "Next day")
    add(db, setup, at("14:00"), at("15:00"), "Last session")
    assert conflicts(db, setup) == [
        ("outside_meeting", "'Early coffee' (29.04. 09:00–10:30) lies outside the meeting's days and times "
                            "(29.04.2021 10:00–29.04.2021 15:00)."),
        ("outside_meeting", "'Next day' (30.04. 10:00–11:00) lies outside the meeting's days and times "
                            "(29.04.2021 10:00–29.04.2021 15:00)."),
    ]


def test_an_item_longer_than_its_day(db: Database) -> None:
    setup = make_meeting(db, "2021-04-28T09:00", "2021-05-01T17:00")
    add(db, setup, at("21:00"), at("01:00", day=30), "Night excursion")
    add(db, setup, at("09:00", day=28), at("17:00", day=29), "Marathon")
    add(db, setup, at("22:00", day=30), at("00:00", day=1).replace(month=5), "Ends at midnight")
    assert conflicts(db, setup, ConflictKind.LONGER_THAN_DAY) == [
        ("longer_than_day", "'Marathon' lasts longer than a day (32 hours)."),
        ("longer_than_day", "'Night excursion' (29.04. 21:00–01:00) runs past midnight into the next day."),
    ]


def test_a_speaker_who_is_not_registered_declined_or_absent_that_day(db: Database) -> None:
    setup = make_meeting(db, "2021-04-29T10:00", "2021-04-30T15:00")
    add(db, setup, at("10:00"), at("10:30"), "Velkomst", people=(speaker(setup.chen),))
    add(db, setup, at("10:30"), at("11:00"), "Oplæg", people=(PersonPick(AgendaRole.MODERATOR, setup.lucja),))
    add(db, setup, at("10:00", day=30), at("11:00", day=30), "Dag 2", people=(speaker(setup.zoe),))
    with db.session() as s:
        registration = s.query(Registration).filter_by(meeting_id=setup.meeting_id, person_id=setup.zoe).one()
        registration.days = ["2021-04-29"]
    assert conflicts(db, setup) == [
        ("speaker_not_registered", "陈刚 (speaker) of 'Velkomst' is not registered for the meeting."),
        ("speaker_not_registered", "Łucja (moderator) of 'Oplæg' has declined the meeting."),
        ("speaker_not_registered", "Zoë (speaker) of 'Dag 2' is not registered for 30.04.2021."),
    ]
    with db.session() as s:
        s.add(Registration(meeting_id=setup.meeting_id, person_id=setup.chen, status=RegistrationStatus.REGISTERED,
                           days=[]))
        s.query(Registration).filter_by(meeting_id=setup.meeting_id, person_id=setup.lucja).one().status = (
            RegistrationStatus.REGISTERED)
    assert [kind for kind, _ in conflicts(db, setup)] == ["speaker_not_registered"]


def test_a_room_smaller_than_its_expected_audience(db: Database) -> None:
    setup = make_meeting(db)  # two registered participants; the small room holds 4
    add(db, setup, at("10:00"), at("11:00"), "Workshop", setup.small_room, audience=10)
    add(db, setup, at("11:00"), at("12:00"), "Default audience", setup.small_room)
    assert conflicts(db, setup) == [
        ("room_too_small", "'Workshop' (10:00–11:00): Mødelokale 3 holds 4 people, but 10 are expected.")]
    with db.session() as s:
        for number in range(3):
            person = Person(name=f"Deltager {number}", email=f"d{number}@kl.example", other_emails=[])
            s.add(Registration(meeting_id=setup.meeting_id, person=person, status=RegistrationStatus.REGISTERED,
                               days=[]))
    assert conflicts(db, setup)[1] == (
        "room_too_small",
        "'Default audience' (11:00–12:00): Mødelokale 3 holds 4 people, but 5 participants attend that day.")


def test_rechecking_a_moved_row_needs_no_database(db: Database) -> None:
    setup = make_meeting(db)
    add(db, setup, at("10:00"), at("11:00"), "Velkomst", setup.big_room)
    add(db, setup, at("11:00"), at("12:00"), "Oplæg", setup.big_room)
    data = agenda.load_agenda(db, setup.meeting_id)
    context = Context.from_agenda(data)
    db.dispose()
    first, second = data.items
    moved = replace(second, start=second.start - timedelta(minutes=30), end=second.end - timedelta(minutes=30))
    (clash,) = check([first, moved], context)
    assert clash.kind == ConflictKind.ROOM_DOUBLE_BOOKED and clash.item_ids == (first.id, second.id)
    assert clash.key == check([moved, first], context)[0].key
    assert check([first, second], context) == []
