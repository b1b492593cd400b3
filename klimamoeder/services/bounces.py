"""Bounces: a delivery status notification (RFC 3464) for one of our messages marks that delivery failed.

A DSN is `multipart/report; report-type=delivery-status`: a human part, a
`message/delivery-status` part (per recipient: Action, Status, Diagnostic-Code) and the
original message or its headers. The original's Message-ID names the delivery-log row
(invitation or follow-up); failing that, the calendar UID in the returned invitation
and the failed recipient do. Only `Action: failed` changes anything.
"""

from __future__ import annotations

import email
import email.policy
from dataclasses import dataclass
from email.message import Message
from email.parser import HeaderParser

from icalendar import Calendar
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..exports.reply_parser import strip_mailto
from ..i18n import translate
from ..model import DeliveryStatus, FollowUpDelivery, InvitationDelivery, Meeting, Person
from ..storage import Database

MARKED, ALREADY, DELAYED, NOT_OURS = "marked failed", "already failed", "delayed", "not ours"


@dataclass(frozen=True)
class Bounce:
    recipient: str
    action: str  # failed | delayed | delivered | relayed | expanded
    status: str  # e.g. 5.1.1
    diagnostic: str
    original_message_id: str
    calendar_uid: str

    @property
    def reason(self) -> str:
        detail = " ".join(p for p in (self.status, self.diagnostic) if p)
        return translate("Mail", "Bounced: {detail}").format(detail=detail or self.action)


def _address(value: str) -> str:
    """`rfc822; zoe@example.org` → zoe@example.org."""
    return strip_mailto(value.split(";", 1)[-1]).strip("<> ")


def _status_fields(report: Message) -> list[Message]:
    payload = report.get_payload()
    return [p for p in payload if isinstance(p, Message)] if isinstance(payload, list) else []


def _original(message: Message) -> tuple[str, str]:
    """(Message-ID, calendar UID) of the returned original, as far as the report includes it."""
    for part in message.walk():
        kind = part.get_content_type()
        if kind == "message/rfc822":
            inner = part.get_payload()
            inner = inner[0] if isinstance(inner, list) and inner else inner
            if isinstance(inner, Message):
                return str(inner.get("Message-ID", "")).strip(), _calendar_uid(inner)
        if kind == "text/rfc822-headers":
            raw = part.get_payload(decode=True)  # bytes, or None for a multipart part
            headers = HeaderParser().parsestr(raw.decode("utf-8", "replace") if isinstance(raw, bytes) else "")
            return str(headers.get("Message-ID", "")).strip(), ""
    return "", ""


def _calendar_uid(message: Message) -> str:
    for part in message.walk():
        if part.get_content_type() == "text/calendar":
            data = part.get_payload(decode=True)
            try:
                calendar = Calendar.from_ical(data if isinstance(data, bytes) else b"")
            except ValueError:
                return ""
            for event in calendar.walk("VEVENT"):
                return str(event.get("UID", "")).strip()
    return ""


def is_bounce(message: Message) -> bool:
    return (message.get_content_type() == "multipart/report"
            and str(message.get_param("report-type", "")).lower() == "delivery-status")


def parse_bounce(data: bytes) -> Bounce | None:
    """The first recipient's fate in a DSN; None if the message is no delivery report."""
    message = email.message_from_bytes(data, policy=email.policy.compat32)
    if not is_bounce(message):
        return None
    status_part = next((p for p in message.walk() if p.get_content_type() == "message/delivery-status"), None)
    if status_part is None:
        return None
    blocks = _status_fields(status_part)
    recipients = [b for b in blocks[1:] if b.get("Final-Recipient") or b.get("Original-Recipient")]
    if not recipients:
        return None
    fields = recipients[0]
    message_id, uid = _original(message)
    return Bounce(
        recipient=_address(str(fields.get("Final-Recipient") or fields.get("Original-Recipient") or "")),
        action=str(fields.get("Action", "")).strip().lower(), status=str(fields.get("Status", "")).strip(),
        diagnostic=" ".join(str(fields.get("Diagnostic-Code", "")).split(";", 1)[-1].split()),
        original_message_id=message_id, calendar_uid=uid)


def _by_calendar(s: Session, bounce: Bounce) -> InvitationDelivery | None:
    if not bounce.calendar_uid or not bounce.recipient:
        return None
    meeting_id = s.scalar(select(Meeting.id).where(Meeting.calendar_uid == bounce.calendar_uid))
    person_id = s.scalar(select(Person.id).where(func.lower(Person.email) == bounce.recipient))
    if meeting_id is None or person_id is None:
        return None
    return s.scalar(select(InvitationDelivery).where(
        InvitationDelivery.meeting_id == meeting_id, InvitationDelivery.person_id == person_id,
        InvitationDelivery.status != DeliveryStatus.FAILED).order_by(InvitationDelivery.id.desc()).limit(1))


def mark_failed(s: Session, bounce: Bounce) -> str:
    """Mark the delivery the bounce is about as failed, in the caller's transaction; returns the outcome."""
    if bounce.action != "failed":
        return DELAYED if bounce.action == "delayed" else NOT_OURS
    row: InvitationDelivery | FollowUpDelivery | None = None
    if bounce.original_message_id:
        row = s.scalar(select(InvitationDelivery).where(
            InvitationDelivery.message_id == bounce.original_message_id)) or s.scalar(select(FollowUpDelivery).where(
                FollowUpDelivery.message_id == bounce.original_message_id))
    row = row or _by_calendar(s, bounce)
    if row is None:
        return NOT_OURS
    if row.status == DeliveryStatus.FAILED:
        return ALREADY
    row.status = DeliveryStatus.FAILED
    row.error = bounce.reason[:500]
    return MARKED


def apply_bounce(db: Database, data: bytes) -> str:
    bounce = parse_bounce(data)
    if bounce is None:
        return NOT_OURS
    with db.session() as s:
        return mark_failed(s, bounce)
