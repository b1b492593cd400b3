"""VTIMEZONE definitions in the RRULE form, generated from `zoneinfo`.

Outlook ignores RDATE when it reads a VTIMEZONE and ical.js reads the RDATE form an
hour off in summer, so every zone is written as yearly rules (`FREQ=YEARLY;BYMONTH=…;
BYDAY=…`), one DAYLIGHT and one STANDARD per run of years that share the same rule.
A zone without daylight-saving time gets one fixed-offset STANDARD.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


@dataclass(frozen=True)
class Rule:
    """One yearly change of offset, in the words of an RRULE."""

    daylight: bool
    month: int
    week: int  # 1..4 or -1 for the last such weekday of the month
    weekday: int  # 0 = Monday
    wall: tuple[int, int, int]  # local wall time of the change, in the offset before it
    offset_from: timedelta
    offset_to: timedelta
    name: str

    def onset(self, year: int) -> datetime:
        """The wall time (in `offset_from`) of this change in `year`, as a naive datetime."""
        days = calendar.monthrange(year, self.month)[1]
        candidates = [d for d in range(1, days + 1) if calendar.weekday(year, self.month, d) == self.weekday]
        day = candidates[-1] if self.week == -1 else candidates[self.week - 1]
        return datetime(year, self.month, day, *self.wall)


def _transitions(zone: ZoneInfo, year: int) -> list[datetime]:
    """UTC instants in `year` where the zone's offset changes (to the minute)."""
    found: list[datetime] = []
    moment = datetime(year, 1, 1, tzinfo=UTC)
    end = datetime(year + 1, 1, 1, tzinfo=UTC)
    step = timedelta(days=1)
    while moment < end:
        after = moment + step
        if after.astimezone(zone).utcoffset() != moment.astimezone(zone).utcoffset():
            low, high = moment, after
            while high - low > timedelta(minutes=1):
                middle = low + (high - low) / 2
                if middle.astimezone(zone).utcoffset() == low.astimezone(zone).utcoffset():
                    low = middle
                else:
                    high = middle
            found.append(high.replace(second=0, microsecond=0))
        moment = after
    return found


def _rule(zone: ZoneInfo, instant: datetime) -> Rule:
    before = (instant - timedelta(minutes=1)).astimezone(zone)
    after = instant.astimezone(zone)
    offset_from, offset_to = before.utcoffset() or timedelta(), after.utcoffset() or timedelta()
    wall = (instant + offset_from).replace(tzinfo=None)
    days = calendar.monthrange(wall.year, wall.month)[1]
    week = -1 if wall.day + 7 > days else (wall.day - 1) // 7 + 1
    return Rule(
        daylight=bool(after.dst()), month=wall.month, week=week, weekday=wall.weekday(),
        wall=(wall.hour, wall.minute, wall.second), offset_from=offset_from, offset_to=offset_to,
        name=after.tzname() or "",
    )


def _offset(delta: timedelta) -> str:
    minutes = int(delta.total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    hours, rest = divmod(abs(minutes), 60)
    return f"{sign}{hours:02d}{rest:02d}"


def _observance(kind: str, start: datetime, offset_from: timedelta, offset_to: timedelta, name: str,
                rrule: str | None) -> list[str]:
    lines = [f"BEGIN:{kind}", f"DTSTART:{start:%Y%m%dT%H%M%S}", f"TZOFFSETFROM:{_offset(offset_from)}",
             f"TZOFFSETTO:{_offset(offset_to)}"]
    if rrule:
        lines.append(f"RRULE:{rrule}")
    if name:
        lines.append(f"TZNAME:{name}")
    lines.append(f"END:{kind}")
    return lines


@lru_cache(maxsize=256)
def vtimezone_lines(tzid: str, first_year: int, last_year: int) -> tuple[str, ...]:
    """The unfolded content lines of a VTIMEZONE valid for events in the given years.

    The definition starts a year early so an event in January still finds the
    observance that began the October before.
    """
    zone = ZoneInfo(tzid)
    runs: list[tuple[int, int, tuple[Rule, ...]]] = []
    for year in range(first_year - 1, last_year + 1):
        rules = tuple(_rule(zone, t) for t in _transitions(zone, year))
        if runs and runs[-1][2] == rules:
            runs[-1] = (runs[-1][0], year, rules)
        else:
            runs.append((year, year, rules))
    lines = ["BEGIN:VTIMEZONE", f"TZID:{tzid}"]
    for index, (start_year, end_year, rules) in enumerate(runs):
        if not rules:
            at = datetime(start_year, 1, 1, tzinfo=UTC)
            offset = at.astimezone(zone).utcoffset() or timedelta()
            previous = (at - timedelta(minutes=1)).astimezone(zone).utcoffset() or offset
            if index == 0:
                previous = offset
                start = datetime(1970, 1, 1)
            else:
                start = (at + previous).replace(tzinfo=None)
            lines += _observance("STANDARD", start, previous, offset, at.astimezone(zone).tzname() or "", None)
            continue
        last_run = index == len(runs) - 1
        for rule in rules:
            byday = f"{rule.week}{_WEEKDAYS[rule.weekday]}"
            rrule = f"FREQ=YEARLY;BYMONTH={rule.month};BYDAY={byday}"
            if not last_run:
                until = (rule.onset(end_year) - rule.offset_from).strftime("%Y%m%dT%H%M%SZ")
                rrule += f";UNTIL={until}"
            kind = "DAYLIGHT" if rule.daylight else "STANDARD"
            lines += _observance(kind, rule.onset(start_year), rule.offset_from, rule.offset_to, rule.name, rrule)
    lines.append("END:VTIMEZONE")
    return tuple(lines)
