"""An independent check of a saved B2B schedule: plain SQL over the tables, no service or solver code.

Each test states the slot starts it expects (from its own set-up), so a bug in the slot lay-out
cannot hide a bug in the schedule.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from datetime import UTC, datetime, timedelta

from sqlalchemy import text

from klimamoeder.storage import Database


def _instant(value: object) -> datetime:
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def violations(db: Database, meeting_id: int, slot_starts: list[datetime]) -> list[str]:
    """Every broken rule, as readable lines (an empty list means the schedule is valid)."""
    with db.engine.connect() as conn:
        return _violations(lambda sql, **kw: conn.execute(text(sql), kw).all(), meeting_id, slot_starts)


def _violations(q, meeting_id: int, slot_starts: list[datetime]) -> list[str]:  # type: ignore[no-untyped-def]
    session = q("SELECT id, table_count, slot_minutes, auto_accept, default_max_meetings FROM b2b_session "
                "WHERE meeting_id = :m", m=meeting_id)[0]
    sid, tables, minutes, auto, default_max = session
    starts = {_instant(s) for s in slot_starts}
    members: dict[int, list[tuple[int, str, int | None, list[str]]]] = defaultdict(list)
    for delegation, person, status, limit, unavailable in q(
            "SELECT p.delegation_id, r.person_id, r.status, p.max_meetings, p.unavailable FROM b2b_participant p "
            "JOIN registration r ON r.id = p.registration_id WHERE p.session_id = :s", s=sid):
        members[delegation].append((person, status, limit, json.loads(unavailable) if isinstance(unavailable, str)
                                    else unavailable))
    delegation_of = {}
    for pid, delegation in q("SELECT id, delegation_id FROM b2b_participant WHERE session_id = :s", s=sid):
        delegation_of[pid] = delegation
    accepted, refused = set(), set()
    for requester, target, status in q("SELECT requester_id, target_id, status FROM b2b_request "
                                       "WHERE session_id = :s", s=sid):
        pair = tuple(sorted((delegation_of[requester], delegation_of[target])))
        if status == "no_thanks":
            refused.add(pair)
        elif status == "accepted" or (status == "pending" and auto):
            accepted.add(pair)
    fixed = dict(q("SELECT delegation_id, number FROM b2b_table WHERE session_id = :s", s=sid))
    meetings = [(a, b, _instant(start), table) for a, b, start, table in q(
        'SELECT delegation_a_id, delegation_b_id, start, "table" FROM b2b_meeting WHERE session_id = :s', s=sid)]
    problems: list[str] = []
    person_slots: Counter[tuple[int, datetime]] = Counter()
    delegation_slots: Counter[tuple[int, datetime]] = Counter()
    person_meetings: Counter[int] = Counter()
    places = Counter((start, table) for _a, _b, start, table in meetings)
    for a, b, start, table in meetings:
        end = start + timedelta(minutes=minutes)
        if start not in starts:
            problems.append(f"{a}-{b} at {start} is not at a slot start")
        if not 1 <= table <= tables:
            problems.append(f"{a}-{b} at table {table} of {tables}")
        if places[start, table] > 1:
            problems.append(f"table {table} twice at {start}")
        pair = (min(a, b), max(a, b))
        if pair in refused:
            problems.append(f"{a}-{b}: a no-thanks pair was scheduled")
        if pair not in accepted:
            problems.append(f"{a}-{b}: scheduled without an accepted request")
        owners = {d: n for d, n in fixed.items() if n == table}
        if owners and not set(owners) & {a, b}:
            problems.append(f"{a}-{b} at table {table}, which belongs to another delegation")
        own_tables = [fixed[d] for d in (a, b) if d in fixed]
        if own_tables and table not in own_tables:
            problems.append(f"{a}-{b} not at their own table")
        for d in (a, b):
            delegation_slots[d, start] += 1
            for person, status, _limit, unavailable in members[d]:
                if status != "registered":
                    continue
                person_slots[person, start] += 1
                person_meetings[person] += 1
                for interval in unavailable:
                    off, on = (_instant(x) for x in interval.split("/"))
                    if off < end and start < on:
                        problems.append(f"person {person} is unavailable at {start}")
            if not any(status == "registered" for _p, status, _l, _u in members[d]):
                problems.append(f"delegation {d} has nobody registered")
    problems += [f"delegation {d} twice at {s}" for (d, s), n in delegation_slots.items() if n > 1]
    problems += [f"person {p} twice at {s}" for (p, s), n in person_slots.items() if n > 1]
    for people in members.values():
        for person, status, limit, _u in people:
            cap = limit if limit is not None else default_max
            if status == "registered" and cap is not None and person_meetings[person] > cap:
                problems.append(f"person {person} has {person_meetings[person]} meetings, limit {cap}")
    return problems
