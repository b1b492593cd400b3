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


def add_registrations(db: Database, meeting_id: int, count: int) -> None:
    """`count` more registered people (not on the agenda), in bulk: the agenda reads only its own people's."""
    import sqlalchemy as sa

    with db.engine.begin() as conn:
        first = conn.execute(sa.text("SELECT coalesce(max(id), 0) FROM person")).scalar_one() + 1
        conn.execute(sa.insert(Person), [{"id": first + n, "name": f"Deltager {n}", "email": f"d{first + n}@x.example",
                                          "other_emails": [], "version": 1} for n in range(count)])
        conn.execute(sa.insert(Registration), [{"meeting_id": meeting_id, "person_id": first + n,
                                                "status": RegistrationStatus.REGISTERED, "days": []}
                                               for n in range(count)])


def main() -> int:
    from bench.common import SIZES, Report, without_bytecode_switch

    parser = argparse.ArgumentParser()
    parser.add_argument("--items", type=int, default=400)
    parser.add_argument("--speakers", type=int, default=600)
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    without_bytecode_switch()

    from PySide6.QtCore import QRectF
    from PySide6.QtWidgets import QApplication, QGraphicsScene

    from klimamoeder.gui.agenda_view import DayView

    app = QApplication.instance() or QApplication([])
    report = Report("agenda")
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
        conflicts = check(items, context)
        report.say(f"{args.items} agenda items over 5 days, {args.speakers} speakers, {len(conflicts)} conflicts")
        recheck = timed(lambda: check(items, context), args.repeat * 3)
        naive = timed(lambda: naive_check(items), args.repeat)
        report.say(f"re-check conflicts after a move: {recheck:.2f} ms (a naive pairwise loop: {naive:.2f} ms)")
        report.limit_goal("re-check of the conflicts after a move, within one frame", recheck / 1000, FRAME_MS / 1000)

        # The agenda tab's load (in the background) as the meeting grows: it reads only its own people's
        # registrations, so 100,000 others on the list must not make it slower.
        loads, bare_loads, added = [], [], 0
        for size in SIZES:
            add_registrations(db, meeting_id, size - added)
            added = size
            loads.append(timed(lambda: load_agenda(db, meeting_id), args.repeat) / 1000)
            bare_loads.append(timed(lambda: bare_select(db, meeting_id), args.repeat) / 1000)
        report.growth("the agenda's load with this many other registrations", list(SIZES), loads, bare_loads)
        opened, bare_opened = timed(open_editor, args.repeat), timed(bare_open, args.repeat)
        report.say(f"open the editor at {SIZES[-1]:,} registrations (load, check, first day's scene): "
                   f"{opened:.1f} ms, bare select + naive scene {bare_opened:.1f} ms, {opened / bare_opened:.2f}×")
        # The tab loads in the background (gui/tasks.py): the window must keep answering meanwhile.
        from bench.common import FreezeMonitor, wait_for
        from klimamoeder.gui.tasks import run_task

        worst = float("inf")
        for _ in range(5):
            monitor = FreezeMonitor()
            monitor.start()
            task = run_task(None, "agenda", lambda _p: load_agenda(db, meeting_id), show_dialog=False)
            wait_for(task.finished)
            worst = min(worst, monitor.stop())
        report.limit_goal(f"worst GUI freeze while the agenda of a {SIZES[-1]:,}-registration meeting loads",
                          worst, 0.050)
        db.dispose()
        view.scene().clear()
        view.deleteLater()
        app.processEvents()
    return report.finish()


if __name__ == "__main__":
    import sys

    sys.exit(main())
