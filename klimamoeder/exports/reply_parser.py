"""Read calendar replies as real clients send them: bare .ics files or whole .eml messages.

Every text/calendar part and every .ics / application/ics attachment is collected and
de-duplicated (Outlook and Google send the same calendar twice: inline and attached).
Times and time zones in replies are ignored on purpose: Danish Outlook writes
`TZID:Romance Standard Time`, Exchange may reference a TZID it never defines.
A TNEF `winmail.dat` cannot be read and is flagged instead of silently dropped.
"""

from __future__ import annotations

import email
import email.policy
from dataclasses import dataclass
from datetime import UTC, datetime

from icalendar import Calendar

from ..i18n import translate

PARTSTATS = ("ACCEPTED", "DECLINED", "TENTATIVE", "DELEGATED", "NEEDS-ACTION")


@dataclass(frozen=True)
class ParsedReply:
    """One answer of one attendee, or a problem found while reading (`problem` set)."""

    source_name: str
    method: str = ""
    uid: str = ""
    attendee_email: str = ""
    partstat: str = ""
    comment: str = ""
    sequence: int = 0
    stamp: datetime | None = None
    delegated_to: str = ""
    attendee_count: int = 0
    raw: str = ""
    problem: str = ""


def strip_mailto(value: str) -> str:
    text = value.strip()
    if text[:7].lower() == "mailto:":
        text = text[7:]
    return text.strip().lower()


def _stamp(event: object) -> datetime | None:
    value = event.get("DTSTAMP")  # type: ignore[attr-defined]
    if value is None:
        return None
    moment = value.dt
    if not isinstance(moment, datetime):
        return None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def parse_calendar(data: bytes, source_name: str, mime_method: str = "") -> list[ParsedReply]:
    """The replies in one calendar object; an unreadable one becomes a problem entry."""
    text = data.decode("utf-8", errors="replace")
    try:
        calendar = Calendar.from_ical(text)
    except ValueError as error:
        problem = translate("Replies", "The file cannot be read as iCalendar: {error}").format(error=error)
        return [ParsedReply(source_name, raw=text, problem=problem)]
    method = str(calendar.get("METHOD", "") or mime_method).upper()
    replies: list[ParsedReply] = []
    for event in calendar.walk("VEVENT"):
        attendees = event.get("ATTENDEE", [])
        attendees = attendees if isinstance(attendees, list) else [attendees]
        first = attendees[0] if attendees else None
        partstat = str(first.params.get("PARTSTAT", "")).upper() if first is not None else ""
        delegated = str(first.params.get("DELEGATED-TO", "")) if first is not None else ""
        try:
            sequence = int(event.get("SEQUENCE", 0))
        except (TypeError, ValueError):
            sequence = 0
        replies.append(ParsedReply(
            source_name=source_name, method=method, uid=str(event.get("UID", "")).strip(),
            attendee_email=strip_mailto(str(first)) if first is not None else "",
            partstat=partstat, comment=str(event.get("COMMENT", "")).strip(), sequence=sequence,
            stamp=_stamp(event), delegated_to=strip_mailto(delegated) if delegated else "",
            attendee_count=len(attendees), raw=text,
        ))
    if not replies:
        problem = translate("Replies", "The calendar holds no event.")
        return [ParsedReply(source_name, method=method, raw=text, problem=problem)]
    return replies


def _calendar_parts(data: bytes, source_name: str) -> list[tuple[bytes, str]]:
    """Payloads and MIME methods of every calendar part; TNEF flagged with method 'TNEF'."""
    message = email.message_from_bytes(data, policy=email.policy.default)
    found: list[tuple[bytes, str]] = []
    for part in message.walk():
        if part.is_multipart():
            continue
        content_type = part.get_content_type()
        filename = (part.get_filename() or "").lower()
        if content_type == "application/ms-tnef" or filename == "winmail.dat":
            found.append((b"", "TNEF"))
            continue
        if content_type in ("text/calendar", "application/ics") or filename.endswith(".ics"):
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes) and payload.strip():
                found.append((payload, str(part.get_param("method") or "").upper()))
    return found


def parse_reply_file(name: str, data: bytes) -> list[ParsedReply]:
    """Every distinct reply in an .ics or .eml file (decided by content, not by name)."""
    head = data.lstrip()[:200].upper()
    if head.startswith(b"BEGIN:VCALENDAR") or name.lower().endswith(".ics"):
        parts = [(data, "")]
    else:
        parts = _calendar_parts(data, name)
        if not parts:
            return [ParsedReply(name, problem=translate("Replies", "The message holds no calendar reply."))]
    replies: list[ParsedReply] = []
    seen_payloads: set[bytes] = set()
    seen_replies: set[tuple[object, ...]] = set()
    for payload, mime_method in parts:
        if mime_method == "TNEF":
            replies.append(ParsedReply(name, method="TNEF", problem=translate(
                "Replies", "The reply came as winmail.dat (TNEF), which cannot be read: open it in Outlook.")))
            continue
        normalised = b"\n".join(line.strip() for line in payload.replace(b"\r\n", b"\n").split(b"\n"))
        if normalised in seen_payloads:
            continue
        seen_payloads.add(normalised)
        for reply in parse_calendar(payload, name, mime_method):
            key = (reply.uid, reply.attendee_email, reply.partstat, reply.sequence, reply.stamp, reply.problem)
            if key not in seen_replies:
                seen_replies.add(key)
                replies.append(reply)
    return replies
