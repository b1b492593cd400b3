"""Read calendar replies as real clients send them: bare .ics files or whole .eml messages.

Every text/calendar part and every .ics / application/ics attachment is collected and
de-duplicated (Outlook and Google send the same calendar twice: inline and attached).
Times and time zones in replies are ignored on purpose: Danish Outlook writes
`TZID:Romance Standard Time`, Exchange may reference a TZID it never defines.
A TNEF `winmail.dat` cannot be read and is flagged instead of silently dropped.

Robust to what mailboxes really hold: lines are unfolded on the bytes before decoding (a fold may split a
UTF-8 character), a part that is not UTF-8 is read in its declared charset or as Windows-1252, and a broken
property (a `DTSTAMP` of `20261132T…`) marks that one reply as broken instead of failing the file.
Each reply carries its own identity (UID, attendee, SEQUENCE, DTSTAMP and content) for duplicate checks.
"""

from __future__ import annotations

import email
import email.policy
import hashlib
import re
from dataclasses import dataclass
from datetime import UTC, datetime

from icalendar import Calendar, InvalidCalendar, vBroken

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
    problem: str = ""  # cannot be read as a reply at all (not a calendar, no event, TNEF)
    broken: str = ""  # read, but a property is broken: the reply needs a person's look
    identity: str = ""


def one_line(text: str, limit: int = 300) -> str:
    """A reason for a list or a terminal: one line, bounded (parser errors span several lines)."""
    flat = " ".join(str(text).split())
    return flat if len(flat) <= limit else flat[:limit - 1] + "…"


def reply_identity(*parts: object) -> str:
    return hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8", "replace")).hexdigest()


_FOLD = re.compile(rb"\r?\n[ \t]")


def decode_calendar(data: bytes, charset: str = "") -> str:
    """Unfold on the bytes, then decode: UTF-8, else the declared charset, else Windows-1252."""
    unfolded = _FOLD.sub(b"", data)
    for encoding in ("utf-8", charset or "cp1252", "latin-1"):
        try:
            return unfolded.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    return unfolded.decode("utf-8", errors="replace")


def _normalised(text: str) -> str:
    return "\n".join(line.strip() for line in text.replace("\r\n", "\n").split("\n") if line.strip())


def strip_mailto(value: str) -> str:
    text = value.strip()
    if text[:7].lower() == "mailto:":
        text = text[7:]
    return text.strip().lower()


def _broken(event: object) -> list[str]:
    """The names and raw values of properties icalendar could not read."""
    found: list[str] = []
    for name, value in event.items():  # type: ignore[attr-defined]
        values = value if isinstance(value, list) else [value]
        found.extend(f"{name} '{one_line(str(v), 40)}'" for v in values if isinstance(v, vBroken))
    return list(dict.fromkeys(found))


def _stamp(event: object) -> datetime | None:
    value = event.get("DTSTAMP")  # type: ignore[attr-defined]
    if value is None or isinstance(value, vBroken):
        return None
    moment = value.dt
    if not isinstance(moment, datetime):
        return None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _sequence(event: object) -> int | None:
    value = event.get("SEQUENCE", 0)  # type: ignore[attr-defined]
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _reply(event: object, source_name: str, method: str, text: str) -> ParsedReply:
    attendees = event.get("ATTENDEE", [])  # type: ignore[attr-defined]
    attendees = attendees if isinstance(attendees, list) else [attendees]
    first = attendees[0] if attendees else None
    params = getattr(first, "params", {})
    partstat = str(params.get("PARTSTAT", "")).upper()
    delegated = str(params.get("DELEGATED-TO", ""))
    broken = _broken(event)
    sequence = _sequence(event)
    if sequence is None:
        broken.append(f"SEQUENCE '{one_line(str(event.get('SEQUENCE')), 40)}'")  # type: ignore[attr-defined]
    uid = str(event.get("UID", "")).strip()  # type: ignore[attr-defined]
    attendee = strip_mailto(str(first)) if first is not None else ""
    raw_stamp = str(event.get("DTSTAMP", ""))  # type: ignore[attr-defined]
    comment = event.get("COMMENT", "")  # type: ignore[attr-defined]
    comment = " ".join(str(c) for c in comment) if isinstance(comment, list) else str(comment)
    return ParsedReply(
        source_name=source_name, method=method, uid=uid, attendee_email=attendee, partstat=partstat,
        comment=comment.strip(), sequence=sequence or 0, stamp=_stamp(event),
        delegated_to=strip_mailto(delegated) if delegated else "", attendee_count=len(attendees), raw=text,
        broken=translate("Replies", "Broken in the file: {properties}.").format(
            properties=", ".join(broken)) if broken else "",
        identity=reply_identity(uid, attendee, sequence, raw_stamp, _normalised(text)),
    )


def parse_calendar(data: bytes, source_name: str, mime_method: str = "", charset: str = "") -> list[ParsedReply]:
    """The replies in one calendar object; an unreadable one becomes a problem entry."""
    text = decode_calendar(data, charset)
    identity = reply_identity(_normalised(text))
    try:
        calendar = Calendar.from_ical(text)
        method = str(calendar.get("METHOD", "") or mime_method).upper()
        replies = [_reply(event, source_name, method, text) for event in calendar.walk("VEVENT")]
    except (ValueError, InvalidCalendar, KeyError, TypeError, IndexError) as error:
        problem = translate("Replies", "The file cannot be read as iCalendar: {error}").format(
            error=one_line(str(error), 200))
        return [ParsedReply(source_name, raw=text, problem=problem, identity=identity)]
    if not replies:
        problem = translate("Replies", "The calendar holds no event.")
        return [ParsedReply(source_name, method=method, raw=text, problem=problem, identity=identity)]
    return replies


def _calendar_parts(data: bytes, source_name: str) -> list[tuple[bytes, str, str]]:
    """Payloads, MIME methods and charsets of every calendar part; TNEF flagged with method 'TNEF'."""
    message = email.message_from_bytes(data, policy=email.policy.default)
    found: list[tuple[bytes, str, str]] = []
    for part in message.walk():
        if part.is_multipart():
            continue
        content_type = part.get_content_type()
        filename = (part.get_filename() or "").lower()
        if content_type == "application/ms-tnef" or filename == "winmail.dat":
            found.append((b"", "TNEF", ""))
            continue
        if content_type in ("text/calendar", "application/ics") or filename.endswith(".ics"):
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes) and payload.strip():
                found.append((payload, str(part.get_param("method") or "").upper(),
                              str(part.get_content_charset() or "")))
    return found


def parse_reply_file(name: str, data: bytes) -> list[ParsedReply]:
    """Every distinct reply in an .ics or .eml file (decided by content, not by name)."""
    head = data.lstrip()[:200].upper()
    if head.startswith(b"BEGIN:VCALENDAR") or name.lower().endswith(".ics"):
        parts = [(data, "", "")]
    else:
        try:
            parts = _calendar_parts(data, name)
        except (ValueError, LookupError, TypeError, IndexError) as error:
            parts = []
            problem = translate("Replies", "The message cannot be read: {error}").format(
                error=one_line(str(error), 200))
            return [ParsedReply(name, problem=problem, identity=reply_identity(data))]
        if not parts:
            return [ParsedReply(name, problem=translate("Replies", "The message holds no calendar reply."),
                                identity=reply_identity(data))]
    replies: list[ParsedReply] = []
    seen_payloads: set[bytes] = set()
    seen_replies: set[tuple[object, ...]] = set()
    for payload, mime_method, charset in parts:
        if mime_method == "TNEF":
            replies.append(ParsedReply(name, method="TNEF", problem=translate(
                "Replies", "The reply came as winmail.dat (TNEF), which cannot be read: open it in Outlook."),
                identity=reply_identity(data)))
            continue
        normalised = b"\n".join(line.strip() for line in payload.replace(b"\r\n", b"\n").split(b"\n"))
        if normalised in seen_payloads:
            continue
        seen_payloads.add(normalised)
        for reply in parse_calendar(payload, name, mime_method, charset):
            key = (reply.uid, reply.attendee_email, reply.partstat, reply.sequence, reply.stamp, reply.problem)
            if key not in seen_replies:
                seen_replies.add(key)
                replies.append(reply)
    return replies
