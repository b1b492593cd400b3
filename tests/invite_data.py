"""A meeting with invitees, for the invitation, reply and mail tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from klimamoeder.model import (
    AgendaItem,
    AgendaPerson,
    AgendaRole,
    Language,
    Meeting,
    MeetingKind,
    MeetingStatus,
    Network,
    NetworkKind,
    Person,
    Registration,
    RegistrationStatus,
    Venue,
)
from klimamoeder.services.timeutil import to_instant
from klimamoeder.storage import Database

ORGANISER = ("Nanna Kel", "secretariat@kl.example")
PEOPLE = [
    ("Anne <b>&</b> Søren", "anne.soren@kbh.example", "da", "invited"),
    ("Zoë", "zoe@aberdeen.example", "en", "registered"),
    ("Łucja", "lucja@gdansk.example", "en", "invited"),
    ("陈刚", "chen.gang@beijing.example", "en", "invited"),
]


@dataclass(frozen=True)
class MeetingIds:
    meeting: int
    people: dict[str, int]  # e-mail -> person id
    uid: str


def make_meeting(
    db: Database,
    *,
    start: str = "2026-10-22T09:00",
    end: str = "2026-10-23T16:00",
    zone: str = "Europe/Copenhagen",
    people: list[tuple[str, str, str, str]] | None = None,
    uid: str = "test-meeting@klimamoeder.invalid",
    network: str = "KL",
    status: MeetingStatus = MeetingStatus.CONFIRMED,
    with_organiser_invited: bool = True,
) -> MeetingIds:
    with db.session() as s:
        net = s.query(Network).filter_by(short_name=network).one_or_none()
        if net is None:
            net = Network(name=f"{network} network", short_name=network, kind=NetworkKind.CLIMATE_NETWORK)
            s.add(net)
        venue = Venue(name=f"Rådhuset {uid[:6]}", address="Rådhuspladsen 1", postcode="1550", city="København V")
        meeting = Meeting(
            network=net, title="Klimamøde: grøn omstilling, fjernvarme; og \"mere\"", kind=MeetingKind.NETWORK_MEETING,
            theme="Varme & vand", description="Et møde om fjernvarme.",
            start=to_instant(datetime.fromisoformat(start), zone), end=to_instant(datetime.fromisoformat(end), zone),
            time_zone=zone, venue=venue, online_link="https://meet.example/klima", status=status,
            organiser_name=ORGANISER[0], organiser_email=ORGANISER[1], calendar_uid=uid, calendar_sequence=0,
        )
        s.add(meeting)
        ids: dict[str, int] = {}
        rows = list(people if people is not None else PEOPLE)
        if with_organiser_invited:
            rows.append((ORGANISER[0], ORGANISER[1], "da", "registered"))
        for name, email, language, status_text in rows:
            person = s.query(Person).filter_by(email=email).one_or_none()
            if person is None:
                person = Person(name=name, email=email, language=Language(language), other_emails=[])
                s.add(person)
            s.add(Registration(meeting=meeting, person=person, status=RegistrationStatus(status_text)))
            s.flush()
            ids[email] = person.id
        first_day = datetime.fromisoformat(start)
        talk = AgendaItem(title="Velkomst", start=meeting.start, end=to_instant(
            first_day.replace(hour=first_day.hour + 1), zone))
        talk.people = [AgendaPerson(person_id=ids[rows[min(1, len(rows) - 1)][1]], role=AgendaRole.SPEAKER)]
        meeting.agenda.append(talk)
        s.flush()
        return MeetingIds(meeting.id, ids, uid)
