"""Slots of a B2B session: laid out from its windows, breaks and slot length.

Each window is filled from its start with back-to-back slots; a slot that would overlap a
break starts after the break instead, and a slot that would run past the window's end is
left out. Pure functions over instants, so the GUI, the solver and the tests agree.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

Interval = tuple[datetime, datetime]


@dataclass(frozen=True)
class Slot:
    index: int
    start: datetime
    end: datetime


def lay_out(windows: Sequence[Interval], breaks: Sequence[Interval], minutes: int) -> tuple[Slot, ...]:
    """Every slot of the session in time order (windows may come in any order; overlaps are merged)."""
    length = timedelta(minutes=minutes)
    slots: list[Slot] = []
    seen: set[datetime] = set()
    for window_start, window_end in sorted(windows):
        moment = window_start
        while moment + length <= window_end:
            clash = next((b for b in sorted(breaks) if b[0] < moment + length and moment < b[1]), None)
            if clash is not None:
                moment = clash[1]
                continue
            if moment not in seen and not any(s.start < moment + length and moment < s.end for s in slots):
                slots.append(Slot(len(slots), moment, moment + length))
                seen.add(moment)
            moment += length
    ordered = sorted(slots, key=lambda s: s.start)
    return tuple(Slot(i, s.start, s.end) for i, s in enumerate(ordered))


def overlaps(slot: Slot, intervals: Sequence[Interval]) -> bool:
    return any(start < slot.end and slot.start < end for start, end in intervals)


def parse_intervals(texts: Sequence[str]) -> list[Interval]:
    """`["2022-10-06T15:00:00+00:00/2022-10-06T15:30:00+00:00", …]` as stored; bad entries are skipped."""
    intervals: list[Interval] = []
    for text in texts:
        start, _sep, end = text.partition("/")
        try:
            intervals.append((datetime.fromisoformat(start), datetime.fromisoformat(end)))
        except ValueError:
            continue
    return intervals


def format_interval(start: datetime, end: datetime) -> str:
    return f"{start.isoformat()}/{end.isoformat()}"
