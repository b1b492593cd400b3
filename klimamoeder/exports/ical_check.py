"""The pre-send check: refuse an .ics that breaks the reference's rules, and say why.

`icalendar`'s `validate()` checks only PRODID and VERSION; the failures that make
Outlook, Gmail or Thunderbird show a broken invitation are checked here, on the raw
bytes (line endings, folding) and on the parsed calendar.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from icalendar import Calendar, Component, InvalidCalendar, vBroken

from ..i18n import translate

METHODS = ("REQUEST", "CANCEL", "PUBLISH", "REPLY")


def _check_lines(data: bytes) -> list[str]:
    problems: list[str] = []
    if not data.endswith(b"\r\n"):
        problems.append(translate("IcalCheck", "The file does not end with CRLF."))
    lines = data.split(b"\r\n")
    if any(b"\n" in line or b"\r" in line for line in lines):
        problems.append(translate("IcalCheck", "Lines must end with CRLF, not a bare LF or CR."))
    for number, line in enumerate(lines, start=1):
        if len(line) > 75:
            problems.append(translate("IcalCheck", "Line {n} is longer than 75 octets (not folded).").format(n=number))
            break
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            problems.append(translate(
                "IcalCheck", "Line {n} is not valid UTF-8 (a character split by folding?).").format(n=number))
            break
    return problems


def _is_floating(value: object) -> bool:
    return isinstance(value, datetime) and value.tzinfo is None


def _check_event(event: Component, method: str, tzids: set[str], position: dict[str, int],
                 event_position: int) -> list[str]:
    problems: list[str] = []
    uid = str(event.get("UID", ""))
    where = translate("IcalCheck", "Event {uid}").format(uid=uid or "?")
    for required in ("UID", "DTSTAMP", "DTSTART", "ORGANIZER"):
        if required not in event:
            problems.append(translate("IcalCheck", "{where}: {prop} is missing.").format(where=where, prop=required))
    if method in ("REQUEST", "CANCEL") and "SEQUENCE" not in event:
        problems.append(translate("IcalCheck", "{where}: SEQUENCE is missing.").format(where=where))
    stamp = event.get("DTSTAMP")
    if stamp is not None and not isinstance(stamp, vBroken) and not (
            isinstance(stamp.dt, datetime) and stamp.dt.utcoffset() == timedelta(0)):
        problems.append(translate("IcalCheck", "{where}: DTSTAMP must be in UTC.").format(where=where))
    attendees = event.get("ATTENDEE", [])
    attendees = attendees if isinstance(attendees, list) else [attendees]
    if method in ("REQUEST", "CANCEL") and not attendees:
        problems.append(translate("IcalCheck", "{where}: an invitation needs an ATTENDEE.").format(where=where))
    if method == "PUBLISH" and attendees:
        problems.append(translate(
            "IcalCheck", "{where}: a published feed must not list ATTENDEEs.").format(where=where))
    organiser = str(event.get("ORGANIZER", "")).lower().removeprefix("mailto:")
    for attendee in attendees:
        if organiser and str(attendee).lower().removeprefix("mailto:") == organiser:
            problems.append(translate(
                "IcalCheck", "{where}: the organiser is also invited as an attendee.").format(where=where))
        if method == "REQUEST" and str(attendee.params.get("RSVP", "")).upper() != "TRUE":
            problems.append(translate("IcalCheck", "{where}: an ATTENDEE lacks RSVP=TRUE.").format(where=where))
    for forbidden in ("RRULE", "RDATE", "RECURRENCE-ID", "DURATION"):
        if forbidden in event:
            problems.append(translate("IcalCheck", "{where}: {prop} is not allowed in an invitation.").format(
                where=where, prop=forbidden))
    start, end = event.get("DTSTART"), event.get("DTEND")
    if isinstance(start, vBroken) or isinstance(end, vBroken):
        pass  # reported by _check_broken
    elif start is not None and end is not None:
        start_value, end_value = start.dt, end.dt
        if isinstance(start_value, datetime) != isinstance(end_value, datetime):
            problems.append(translate(
                "IcalCheck", "{where}: DTSTART and DTEND are of different types.").format(where=where))
        elif isinstance(start_value, date) and end_value <= start_value:
            problems.append(translate("IcalCheck", "{where}: DTEND is not after DTSTART.").format(where=where))
    elif start is not None and method != "CANCEL":
        problems.append(translate("IcalCheck", "{where}: DTEND is missing.").format(where=where))
    for prop in ("DTSTART", "DTEND"):
        value = event.get(prop)
        if value is None or isinstance(value, vBroken):
            continue
        tzid = value.params.get("TZID")
        if tzid:
            if tzid not in tzids:
                problems.append(translate(
                    "IcalCheck", "{where}: TZID {tzid} has no VTIMEZONE.").format(where=where, tzid=tzid))
            elif position[tzid] > event_position:
                problems.append(translate(
                    "IcalCheck", "{where}: the VTIMEZONE {tzid} must come before the event.").format(
                    where=where, tzid=tzid))
        elif _is_floating(value.dt):
            problems.append(translate(
                "IcalCheck", "{where}: {prop} is a floating time (no time zone).").format(where=where, prop=prop))
    if method == "CANCEL" and len(attendees) > 1 and str(event.get("STATUS", "")).upper() != "CANCELLED":
        problems.append(translate(
            "IcalCheck", "{where}: a cancellation of the whole meeting needs STATUS:CANCELLED.").format(
            where=where))
    return problems


def check_invitation(data: bytes) -> list[str]:
    """Every rule the file breaks, in words; an empty list means it may be sent."""
    problems = _check_lines(data)
    try:
        calendar = Calendar.from_ical(data)
    except ValueError as error:
        return [*problems, translate("IcalCheck", "The file cannot be read as iCalendar: {error}").format(error=error)]
    for required in ("PRODID", "VERSION"):
        if required not in calendar:
            problems.append(translate("IcalCheck", "The calendar has no {prop}.").format(prop=required))
    method = str(calendar.get("METHOD", "")).upper()
    if method not in METHODS:
        problems.append(translate("IcalCheck", "The calendar needs a METHOD (REQUEST, CANCEL or PUBLISH)."))
    if "UID" in calendar:
        problems.append(translate("IcalCheck", "The calendar itself must not have a UID."))
    if method in ("REQUEST", "CANCEL") and "X-WR-TIMEZONE" in calendar:
        problems.append(translate("IcalCheck", "X-WR-TIMEZONE is not allowed in an invitation."))
    tzids: set[str] = set()
    position: dict[str, int] = {}
    events: list[tuple[int, Component]] = []
    for index, component in enumerate(calendar.subcomponents):
        if component.name == "VTIMEZONE":
            tzid = str(component.get("TZID", ""))
            tzids.add(tzid)
            position[tzid] = index
            for observance in component.subcomponents:
                if "RDATE" in observance:
                    problems.append(translate(
                        "IcalCheck", "VTIMEZONE {tzid} uses RDATE; Outlook needs the RRULE form.").format(
                        tzid=tzid))
                    break
        elif component.name == "VEVENT":
            events.append((index, component))
    if not events:
        problems.append(translate("IcalCheck", "The calendar has no event."))
    uids = {str(event.get("UID", "")) for _, event in events}
    if method in ("REQUEST", "CANCEL") and len(uids) > 1:
        problems.append(translate("IcalCheck", "An invitation must hold exactly one event (one UID)."))
    for index, event in events:
        problems += _check_broken(event)
        try:
            problems += _check_event(event, method, tzids, position, index)
        except (InvalidCalendar, ValueError, TypeError, AttributeError) as error:  # a property we cannot read
            problems.append(translate("IcalCheck", "Event {uid}: a property cannot be read: {error}").format(
                uid=_uid(event), error=" ".join(str(error).split())))
    return problems


def _uid(event: Component) -> str:
    uid = event.get("UID", "")
    return "?" if isinstance(uid, vBroken) else str(uid) or "?"


def _check_broken(event: Component) -> list[str]:
    """Properties icalendar kept as raw text because their value is invalid (a DTSTAMP of 20261132T…)."""
    problems: list[str] = []
    for name, value in event.items():
        for one in value if isinstance(value, list) else [value]:
            if isinstance(one, vBroken):
                problems.append(translate("IcalCheck", "Event {uid}: {prop} is broken ('{value}').").format(
                    uid=_uid(event), prop=name, value=str(one)[:40]))
    return problems
