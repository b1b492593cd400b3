"""A small meeting to plan agendas in: a network, a venue with two rooms, people, registrations."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from klimamoeder.model import (
    Meeting,
    MeetingKind,
    Network,
    NetworkKind,
    Person,
    Registration,
    RegistrationStatus,
    Room,
    Venue,
)
from klimamoeder.services.timeutil import to_instant
from klimamoeder.storage import Database

ZONE = "Europe/Copenhagen"


@dataclass(frozen=True)
class Setup:
    meeting_id: int
    network_id: int
    venue_id: int
    big_room: int  # "Salen", 120 seats
    small_room: int  # "Mødelokale 3", 4 seats
    anne: int  # registered
    zoe: int  # registered
    lucja: int  # declined
    chen: int  # no registration at all


def make_meeting(db: Database, start: str = "2021-04-29T10:00", end: str = "2021-04-29T15:00") -> Setup:
    with db.session() as s:
        network = Network(name="KL's klimanetværk", short_name="KL-klimanetværk", kind=NetworkKind.CLIMATE_NETWORK)
        venue = Venue(name="KL-Huset", city="København S",
                      rooms=[Room(name="Salen", capacity=120), Room(name="Mødelokale 3", capacity=4)])
        people = [Person(name=n, email=f"p{i}@kl.example", other_emails=[])
                  for i, n in enumerate(("Anne <b>&</b> Søren", "Zoë", "Łucja", "陈刚"))]
        meeting = Meeting(network=network, title="Netværksmøde", kind=MeetingKind.NETWORK_MEETING,
                          start=to_instant(datetime.fromisoformat(start), ZONE),
                          end=to_instant(datetime.fromisoformat(end), ZONE), time_zone=ZONE, venue=venue,
                          calendar_uid=f"test-{start}@klimamoeder.invalid")
        s.add_all([network, venue, meeting, *people])
        s.flush()
        for person, status in zip(people[:3], (RegistrationStatus.REGISTERED, RegistrationStatus.REGISTERED,
                                               RegistrationStatus.DECLINED), strict=True):
            s.add(Registration(meeting=meeting, person=person, status=status, days=[]))
        s.flush()
        rooms = {r.name: r.id for r in venue.rooms}
        return Setup(meeting.id, network.id, venue.id, rooms["Salen"], rooms["Mødelokale 3"],
                     *(p.id for p in people))
