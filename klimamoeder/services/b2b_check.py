"""Conflicts in a B2B schedule, for the grid's live marks and the CLI's summary.

Pure: from `SessionData` and a list of meetings (perhaps with one being dragged) to a list
of conflicts; nothing is read from the database, so it is fast enough to run on every
mouse move.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..i18n import translate
from .b2b import MeetingRow, SessionData


@dataclass(frozen=True)
class Conflict:
    kind: str  # double_booked | table_taken | no_table | no_slot | fixed_table | unavailable | over_limit |
    #            not_registered | not_requested | no_thanks
    meeting_ids: tuple[int, ...]
    text: str


def check(data: SessionData, meetings: Sequence[MeetingRow] | None = None) -> list[Conflict]:
    meetings = list(data.meetings if meetings is None else meetings)
    found: list[Conflict] = []
    pairs, refused = data.pairs()
    accepted = {(p.a, p.b) for p in pairs}
    fixed = {d.id: d.table for d in data.delegations if d.table is not None}
    owner = {table: d for d, table in fixed.items()}
    by_place: dict[tuple[object, int], list[MeetingRow]] = {}
    by_delegation: dict[tuple[int, object], list[MeetingRow]] = {}
    count: dict[int, list[MeetingRow]] = {}
    for m in meetings:
        by_place.setdefault((m.start, m.table), []).append(m)
        for d in (m.a, m.b):
            by_delegation.setdefault((d, m.start), []).append(m)
            count.setdefault(d, []).append(m)
        found.extend(_single(data, m, accepted, refused, fixed, owner))
    for (_start, table), rows in by_place.items():
        if len(rows) > 1:
            found.append(Conflict("table_taken", tuple(r.id for r in rows), translate(
                "B2B", "Table {table} has {count} meetings at once.").format(table=table, count=len(rows))))
    for (d, _start), rows in by_delegation.items():
        if len(rows) > 1:
            found.append(Conflict("double_booked", tuple(r.id for r in rows), translate(
                "B2B", "{name} has {count} meetings in the same slot.").format(
                name=data.delegation(d).name, count=len(rows))))
    for d, rows in count.items():
        limit = data.cap(d)
        if len(rows) > limit:
            found.append(Conflict("over_limit", tuple(r.id for r in rows), translate(
                "B2B", "{name} has {count} meetings but a limit of {limit}.").format(
                name=data.delegation(d).name, count=len(rows), limit=limit)))
    return found


def _single(data: SessionData, m: MeetingRow, accepted: set[tuple[int, int]], refused: frozenset[tuple[int, int]],
            fixed: dict[int, int], owner: dict[int, int]) -> list[Conflict]:
    found: list[Conflict] = []
    names = f"{data.delegation(m.a).name} – {data.delegation(m.b).name}"
    slot = data.slot_at(m.start)
    if slot is None:
        found.append(Conflict("no_slot", (m.id,), translate("B2B", "{names}: the time is not a slot of the session."
                                                             ).format(names=names)))
    if not 1 <= m.table <= data.table_count:
        found.append(Conflict("no_table", (m.id,), translate("B2B", "{names}: there is no table {table}.").format(
            names=names, table=m.table)))
    table_owner = owner.get(m.table)
    if table_owner is not None and table_owner not in (m.a, m.b):
        found.append(Conflict("fixed_table", (m.id,), translate(
            "B2B", "{names}: table {table} belongs to {owner}.").format(
            names=names, table=m.table, owner=data.delegation(table_owner).name)))
    own = [fixed[d] for d in (m.a, m.b) if d in fixed]
    if own and m.table not in own:
        found.append(Conflict("fixed_table", (m.id,), translate(
            "B2B", "{names}: should sit at table {table}, their own.").format(names=names, table=own[0])))
    for d in (m.a, m.b):
        if not data.members(d):
            found.append(Conflict("not_registered", (m.id,), translate(
                "B2B", "{name} is no longer registered for the meeting.").format(name=data.delegation(d).name)))
        elif slot is not None and not data.available(d, slot):
            found.append(Conflict("unavailable", (m.id,), translate(
                "B2B", "{name} is not available at {time}.").format(
                name=data.delegation(d).name, time=f"{slot.start.astimezone(_zone(data)):%H:%M}")))
    if (m.a, m.b) in refused:
        found.append(Conflict("no_thanks", (m.id,), translate("B2B", "{names}: one side said no thanks.").format(
            names=names)))
    elif (m.a, m.b) not in accepted:
        found.append(Conflict("not_requested", (m.id,), translate(
            "B2B", "{names}: no accepted request between them.").format(names=names)))
    return found


def _zone(data: SessionData):  # type: ignore[no-untyped-def]
    from zoneinfo import ZoneInfo

    return ZoneInfo(data.time_zone)
