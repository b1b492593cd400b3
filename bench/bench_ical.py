"""The iCalendar builders at scale, and sending invitations without freezing the window.

    python -m bench.bench_ical

- the invitation builder at 1,000 / 5,000 / 10,000 attendees against a bare `icalendar` building the same
  calendar in the same run: goal ≤ 1.5× at 5,000 (issue #12; the database → file path is in `bench_exports`);
- a feed of 500 meetings (PUBLISH) and the pre-send check of the 5,000-attendee file, against the bare build;
- sending invitations to 500 people in the background (drafts folder: one .ics and one .eml each, written
  through the safe writer), with a freeze monitor on the GUI thread: the worst gap ≤ 100 ms.
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, Timezone, vCalAddress, vText

from klimamoeder.exports.ical import EventData, Party, build_publish, build_request, check_invitation

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
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


def service_database(count: int) -> tuple[Any, int]:
    """A SQLite database with one meeting and `count` invitees (for the send)."""
    from klimamoeder.model import Language, Meeting, MeetingKind, Network, NetworkKind, Person, Registration
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
    return db, meeting_id


def main() -> int:
    from .common import REPEAT, FreezeMonitor, Report, wait_for, without_bytecode_switch

    without_bytecode_switch()
    report = Report("ical")
    sizes = [1_000, 5_000, 10_000]
    invitation = [meeting(0)]
    ours_times, bare_times = [], []
    for size in sizes:
        people = attendees(size)
        ours_times.append(timed(lambda people=people: build_request(invitation[0], people, STAMP)))
        bare_times.append(timed(lambda people=people: baseline(invitation, people, "REQUEST")))
    report.growth("invitation builder (attendees)", sizes, ours_times, bare_times)
    report.ratio_goal("invitation builder, 5,000 attendees", ours_times[1], bare_times[1], 1.5)

    feed = [meeting(n) for n in range(500)]
    ours_feed, bare_feed = timed(lambda: build_publish(feed, STAMP)), timed(lambda: baseline(feed, [], "PUBLISH"))
    report.say(f"feed of 500 meetings (PUBLISH): ours {ours_feed * 1000:.0f} ms, bare {bare_feed * 1000:.0f} ms, "
               f"{ours_feed / bare_feed:.2f}×")
    ours_invite = build_request(invitation[0], attendees(5_000), STAMP)
    assert check_invitation(ours_invite) == []
    check = timed(lambda: check_invitation(ours_invite))
    report.say(f"pre-send check of the 5,000-attendee file: {check * 1000:.0f} ms "
               f"({check / bare_times[1]:.2f}× the bare build)")

    # Sending, as the send dialog runs it: in the background, the window's GUI thread watched.
    from klimamoeder.gui.app import create_application
    from klimamoeder.gui.tasks import run_task
    from klimamoeder.services.invites import DraftFolder, send_invitations

    app = create_application([])
    worst, sent = float("inf"), 0
    for _ in range(REPEAT):
        db, meeting_id = service_database(500)
        folder = Path(tempfile.mkdtemp(prefix="bench-drafts-"))
        monitor = FreezeMonitor()
        monitor.start()
        task = run_task(None, "send", lambda _p, db=db, m=meeting_id, f=folder: send_invitations(
            db, m, DraftFolder(f)), show_dialog=False)
        wait_for(task.finished, 600)
        worst = min(worst, monitor.stop())
        sent = len(task.result.delivered) if task.result is not None else 0
        db.dispose()
    app.processEvents()
    report.say(f"sent {sent} invitations to the drafts folder per run")
    report.limit_goal("worst GUI freeze while sending 500 invitations in the background", worst, 0.100)
    return report.finish()


if __name__ == "__main__":
    import sys

    sys.exit(main())
