"""The agenda editor at scale: a 5-day meeting with 400 items and 600 speakers.

    python -m bench.bench_agenda [--items 400] [--speakers 600] [--repeat 30]

Timed against bare baselines in the same run:
- opening the editor (service load + scene of the first day) vs. a plain SQL select of the
  same rows and a naive scene of plain rectangles and text items;
- re-checking conflicts after a move (sorted sweeps per room and person) vs. a naive loop
  comparing every pair of items. The re-check must stay under one 16 ms frame.
"""

from __future__ import annotations

import argparse
import os
import random
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import text

from klimamoeder.model import (
    AgendaItem,
    AgendaKind,
    AgendaPerson,
    AgendaRole,
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
from klimamoeder.services.agenda import AgendaRow, load_agenda
from klimamoeder.services.conflicts import ConflictContext, check
from klimamoeder.services.timeutil import to_instant
from klimamoeder.storage import Database, open_database

ZONE = "Europe/Copenhagen"
FRAME_MS = 16.0
ROOMS = 8


def build(db: Database, items: int, speakers: int) -> int:
    """A 5-day meeting: 8 parallel rooms, 45-minute slots from 09:00, 1–3 speakers per item."""
    rng = random.Random(4)
    with db.session() as s:
        venue = Venue(name="Musikhuset Esbjerg", city="Esbjerg",
                      rooms=[Room(name=f"Sal {n + 1}", capacity=rng.choice([40, 80, 200, 400])) for n in range(ROOMS)])
        meeting = Meeting(network=Network(name="WECP", short_name="WECP", kind=NetworkKind.PARTNERSHIP),
                          title="Bench", kind=MeetingKind.GENERAL_ASSEMBLY, time_zone=ZONE, venue=venue,
                          start=to_instant(datetime(2022, 10, 3, 8), ZONE),
                          end=to_instant(datetime(2022, 10, 7, 20), ZONE), calendar_uid="bench@klimamoeder.invalid")
        people = [Person(name=f"Zoë Łucja Speaker {n}", email=f"s{n}@bench.example", other_emails=[])
                  for n in range(speakers)]
        s.add_all([meeting, *people])
        s.flush()
        per_day = items // 5
        for n in range(items):
            day, slot = divmod(n, per_day)
            hour_slot, room = divmod(slot, ROOMS)
            start = datetime(2022, 10, 3 + day, 9) + timedelta(hours=hour_slot)
            capacity = venue.rooms[room].capacity or 0
            item = AgendaItem(meeting=meeting, title=f"Session {n}: energy cities and offshore wind",
                              kind=AgendaKind.SESSION, room=venue.rooms[room], position=n,
                              expected_audience=rng.randint(capacity // 2, capacity + 10),
                              start=to_instant(start, ZONE), end=to_instant(start + timedelta(minutes=45), ZONE))
            chosen = rng.sample(people, rng.randint(1, 3))
            item.people = [AgendaPerson(person=p, role=AgendaRole.SPEAKER if i else AgendaRole.MODERATOR, position=i)
                           for i, p in enumerate(chosen)]
            s.add(item)
        for n, person in enumerate(people):
            status = RegistrationStatus.DECLINED if n % 17 == 0 else RegistrationStatus.REGISTERED
            s.add(Registration(meeting=meeting, person=person, status=status, days=[]))
        s.flush()
        return meeting.id


def timed(work: Callable[[], object], repeat: int) -> float:
    """Minimum of at least 5 runs, in ms (the machine's noise only ever adds time)."""
    samples = []
    for _ in range(max(repeat, 5)):
        began = time.perf_counter()
        work()
        samples.append((time.perf_counter() - began) * 1000)
    return min(samples)


def bare_select(db: Database, meeting_id: int) -> list[tuple[object, ...]]:
    with db.engine.connect() as conn:
        return list(conn.execute(text(
            "SELECT i.id, i.start, i.\"end\", i.title, i.kind, r.name, r.capacity, p.name, ap.role "
            "FROM agenda_item i LEFT JOIN room r ON r.id = i.room_id "
            "LEFT JOIN agenda_person ap ON ap.item_id = i.id LEFT JOIN person p ON p.id = ap.person_id "
            "WHERE i.meeting_id = :m ORDER BY i.start, i.position"), {"m": meeting_id}))


def naive_check(items: list[AgendaRow]) -> int:
    """Every pair compared: room and person overlaps only (less than our check does)."""
    found = 0
    for a_index, a in enumerate(items):
        a_people = {p.person_id for p in a.people}
        for b in items[a_index + 1:]:
            if a.start < b.end and b.start < a.end:
                if a.room_id is not None and a.room_id == b.room_id:
                    found += 1
                found += len(a_people.intersection(p.person_id for p in b.people))
    return found


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--items", type=int, default=400)
    parser.add_argument("--speakers", type=int, default=600)
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()

    from PySide6.QtCore import QRectF
    from PySide6.QtWidgets import QApplication, QGraphicsScene

    from klimamoeder.gui.agenda_view import DayView

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "bench.sqlite3")
        meeting_id = build(db, args.items, args.speakers)
        view = DayView()
        view.resize(1000, 700)

        def open_editor() -> None:
            data = load_agenda(db, meeting_id)
            first_day = data.items[0].day
            context = ConflictContext.from_agenda(data)
            conflicted = {i for c in check(data.items, context) for i in c.item_ids}
            view.show_day([r for r in data.items if r.day == first_day], first_day, conflicted)

        def bare_open() -> None:
            rows = bare_select(db, meeting_id)
            scene = QGraphicsScene()
            for number, row in enumerate(rows[: len(rows) // 5]):
                scene.addRect(QRectF(60 + (number % ROOMS) * 110, number * 3, 100, 72))
                scene.addSimpleText(str(row[3])).setPos(62 + (number % ROOMS) * 110, number * 3)

        data = load_agenda(db, meeting_id)
        context = ConflictContext.from_agenda(data)
        items = list(data.items)
        moved_index = len(items) // 2
        moved = items[moved_index]
        items[moved_index] = replace(moved, start=moved.start + timedelta(minutes=20),
                                     end=moved.end + timedelta(minutes=20))

        results = [
            ("open editor: service load only", timed(lambda: load_agenda(db, meeting_id), args.repeat),
             timed(lambda: bare_select(db, meeting_id), args.repeat)),
            ("open editor: load + check + first day's scene", timed(open_editor, args.repeat),
             timed(bare_open, args.repeat)),
            ("re-check conflicts after a move", timed(lambda: check(items, context), args.repeat * 3),
             timed(lambda: naive_check(items), args.repeat)),
        ]
        conflicts = check(items, context)
        db.dispose()
        view.scene().clear()
        view.deleteLater()
        app.processEvents()

    print(f"\n{args.items} agenda items over 5 days, {args.speakers} speakers, {len(conflicts)} conflicts found\n")
    print(f"{'case':<50}{'ours ms':>10}{'bare ms':>10}{'ratio':>8}")
    for name, ours, bare in results:
        print(f"{name:<50}{ours:>10.2f}{bare:>10.2f}{ours / bare:>8.2f}")
    recheck = results[2][1]
    verdict = "OK" if recheck < FRAME_MS else "TOO SLOW"
    print(f"\nre-check after a move: {recheck:.2f} ms, frame budget {FRAME_MS:.0f} ms: {verdict}")


if __name__ == "__main__":
    main()
