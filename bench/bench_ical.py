"""Benchmark: invitation export with 5,000 attendees and a feed of 500 meetings.

Run with `python3 -m bench.bench_ical`. Generates its data, times our builders (and the
service path from a SQLite database) against a bare `icalendar` baseline building the
same calendar in the same run, and prints the ratios.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, Timezone, vCalAddress, vText

from klimamoeder.exports.ical import EventData, Party, build_publish, build_request, check_invitation

ZONE = "Europe/Copenhagen"
STAMP = datetime(2026, 11, 23, 12, tzinfo=UTC)
ORGANISER = Party("Nanna Kel", "secretariat@kl.example")


def timed(work: Callable[[], object], repeat: int = 5) -> float:
    """Minimum of at least 5 runs (the machine's noise only ever adds time)."""
    runs = []
    for _ in range(max(repeat, 5)):
        began = time.perf_counter()
        work()
        runs.append(time.perf_counter() - began)
    return min(runs)


def attendees(count: int) -> list[Party]:
    names = ("Anne <b>&</b> Søren", "Zoë", "Łucja", "陈刚")
    return [Party(f"{names[n % 4]} {n}", f"person{n}@city{n % 97}.example") for n in range(count)]


def meeting(n: int) -> EventData:
    zone = ZoneInfo(ZONE)
    start = datetime(2026, 1, 5, 9, tzinfo=zone) + timedelta(days=n)
    return EventData(uid=f"m{n}@klimamoeder.invalid", sequence=n % 3, summary=f"Netværksmøde {n}: grøn omstilling",
                     start=start, end=start + timedelta(hours=6), time_zone=ZONE, organiser=ORGANISER,
                     location="Rådhuset, Rådhuspladsen 1, 1550 København V",
                     description="Tema: varme\nProgram:\n09.00 Velkomst\n10.00 Oplæg\n12.00 Frokost")


def baseline(events: list[EventData], people: list[Party], method: str) -> bytes:
    """What one writes with icalendar alone (VTIMEZONE from the library, in its RDATE form)."""
    calendar = Calendar()
    calendar.add("prodid", "-//bench//EN")
    calendar.add("version", "2.0")
    calendar.add("method", method)
    calendar.add_component(Timezone.from_tzid(ZONE, first_date=events[0].start.date(),
                                              last_date=events[-1].end.date()))
    for data in events:
        event = Event()
        event.add("uid", data.uid)
        event.add("dtstamp", STAMP)
        event.add("sequence", data.sequence)
        event.add("dtstart", data.start)
        event.add("dtend", data.end)
        event.add("summary", vText(data.summary))
        event.add("location", vText(data.location))
        event.add("description", vText(data.description))
        organiser = vCalAddress(f"mailto:{data.organiser.email}")
        organiser.params["CN"] = data.organiser.name
        event.add("organizer", organiser, encode=False)
        for person in people:
            address = vCalAddress(f"mailto:{person.email}")
            address.params["CN"] = person.name
            address.params["ROLE"] = "REQ-PARTICIPANT"
            address.params["PARTSTAT"] = "NEEDS-ACTION"
            address.params["RSVP"] = "TRUE"
            event.add("attendee", address, encode=False)
        calendar.add_component(event)
    return calendar.to_ical()


def service_export(count: int) -> Callable[[], object]:
    """The `export invites` use case on a SQLite database with `count` invitees."""
    from klimamoeder.model import Language, Meeting, MeetingKind, Network, NetworkKind, Person, Registration
    from klimamoeder.services.invites import export_invites
    from klimamoeder.storage import open_database

    folder = Path(tempfile.mkdtemp(prefix="bench-ical-"))
    db = open_database(folder / "bench.sqlite3")
    data = meeting(0)
    with db.session() as s:
        net = Network(name="Bench", short_name="B", kind=NetworkKind.CLUSTER)
        m = Meeting(network=net, title=data.summary, kind=MeetingKind.WORKSHOP, start=data.start, end=data.end,
                    time_zone=ZONE, organiser_name=ORGANISER.name, organiser_email=ORGANISER.email,
                    calendar_uid=data.uid, calendar_sequence=0)
        s.add(m)
        for party in attendees(count):
            person = Person(name=party.name, email=party.email, language=Language.DANISH, other_emails=[])
            s.add(Registration(meeting=m, person=person))
        s.flush()
        meeting_id = m.id
    return lambda: export_invites(db, meeting_id)


def main() -> None:
    people = attendees(5000)
    invitation = [meeting(0)]
    feed = [meeting(n) for n in range(500)]
    ours_invite = build_request(invitation[0], people, STAMP)
    assert check_invitation(ours_invite) == []
    rows = [
        ("invitation, 5,000 attendees", timed(lambda: build_request(invitation[0], people, STAMP)),
         timed(lambda: baseline(invitation, people, "REQUEST"))),
        ("feed, 500 meetings (PUBLISH)", timed(lambda: build_publish(feed, STAMP)),
         timed(lambda: baseline(feed, [], "PUBLISH"))),
    ]
    service = service_export(5000)
    baseline_invite = rows[0][2]
    check = timed(lambda: check_invitation(ours_invite))
    print(f"{'case':<44}{'ours (s)':>10}{'icalendar (s)':>15}{'ratio':>8}")
    for name, ours, bare in rows:
        print(f"{name:<44}{ours:>10.3f}{bare:>15.3f}{ours / bare:>8.2f}")
    service_time = timed(service)
    print(f"{'export invites use case (SQLite, 5,000)':<44}{service_time:>10.3f}{baseline_invite:>15.3f}"
          f"{service_time / baseline_invite:>8.2f}")
    print(f"{'pre-send check of the 5,000-attendee file':<44}{check:>10.3f}{baseline_invite:>15.3f}"
          f"{check / baseline_invite:>8.2f}")
    print(f"sizes: invitation {len(ours_invite) / 1024:.0f} KiB, feed {len(build_publish(feed, STAMP)) / 1024:.0f} KiB")


if __name__ == "__main__":
    main()
