"""The agenda as text and JSON for the command line, in the meeting's local time."""

from __future__ import annotations

from itertools import groupby

from ..i18n import translate
from .agenda import AgendaData, AgendaRow


def _weekday(index: int) -> str:
    names = (
        translate("Weekday", "Monday"), translate("Weekday", "Tuesday"), translate("Weekday", "Wednesday"),
        translate("Weekday", "Thursday"), translate("Weekday", "Friday"), translate("Weekday", "Saturday"),
        translate("Weekday", "Sunday"),
    )
    return names[index]


def _people(row: AgendaRow) -> str:
    parts = []
    if row.speakers:
        parts.append(translate("Cli", "Speakers: {names}").format(names=", ".join(p.name for p in row.speakers)))
    if row.moderators:
        parts.append(translate("Cli", "Moderator: {names}").format(names=", ".join(p.name for p in row.moderators)))
    return "; ".join(parts)


def agenda_lines(data: AgendaData) -> list[str]:
    """Day headings, then 'HH:MM–HH:MM  title  [room]  speakers' per item."""
    lines = [data.title, translate("Cli", "Times in {zone}").format(zone=data.time_zone)]
    if not data.items:
        lines.append(translate("Cli", "The agenda is empty."))
    for day, rows in groupby(data.items, key=lambda r: r.day):
        lines.append("")
        lines.append(f"{_weekday(day.weekday())} {day:%d.%m.%Y}")
        for row in rows:
            end = f"{row.end:%H:%M}" if row.end.date() == row.day else f"{row.end:%d.%m. %H:%M}"
            line = f"  {row.start:%H:%M}–{end}  {row.title}"
            if row.room:
                line += f"  [{row.room}]"
            people = _people(row)
            if people:
                line += f"  {people}"
            lines.append(line)
    return lines


def agenda_json(data: AgendaData) -> dict[str, object]:
    return {
        "meeting_id": data.meeting_id,
        "title": data.title,
        "time_zone": data.time_zone,
        "items": [
            {
                "id": r.id, "day": r.day.isoformat(), "start": r.start.isoformat(), "end": r.end.isoformat(),
                "title": r.title, "kind": r.kind.value, "room": r.room or None, "room_capacity": r.room_capacity,
                "description": r.description, "expected_audience": r.expected_audience,
                "speakers": [p.name for p in r.speakers], "moderators": [p.name for p in r.moderators],
            }
            for r in data.items
        ],
    }
