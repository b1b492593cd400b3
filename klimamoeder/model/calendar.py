"""What was sent to whom, and the calendar replies that came back."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, UTCDateTime, str_enum, utcnow
from .enums import DeliveryStatus, MessageMethod, ReplyStatus


class InvitationDelivery(Base):
    """One attempt to deliver one version (SEQUENCE) of an invitation to one person.

    The log is what stops the same version being sent twice and lets the user retry
    exactly the failed ones.
    """

    __tablename__ = "invitation_delivery"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    method: Mapped[MessageMethod] = mapped_column(str_enum(MessageMethod, "message_method"))
    sequence: Mapped[int] = mapped_column(Integer)
    status: Mapped[DeliveryStatus] = mapped_column(str_enum(DeliveryStatus, "delivery_status"))
    error: Mapped[str] = mapped_column(String(500), default="")
    # What the delivered message showed of time, place and status (services.invite_content.fingerprint):
    # a meeting that no longer matches it needs an update with a higher SEQUENCE.
    content_fingerprint: Mapped[str] = mapped_column(String(64), default="", server_default="")
    # The message's Message-ID: a bounce (DSN) quoting it marks this delivery failed.
    message_id: Mapped[str] = mapped_column(String(300), default="", server_default="", index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class CalendarReply(Base):
    """A reply file as it came in; applied to a registration or left for review."""

    __tablename__ = "calendar_reply"

    id: Mapped[int] = mapped_column(primary_key=True)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    source_name: Mapped[str] = mapped_column(String(300), default="")
    method: Mapped[str] = mapped_column(String(20), default="REPLY")
    uid: Mapped[str] = mapped_column(String(300), default="", index=True)
    attendee_email: Mapped[str] = mapped_column(String(254), default="")
    partstat: Mapped[ReplyStatus | None] = mapped_column(str_enum(ReplyStatus, "reply_partstat"))
    comment: Mapped[str] = mapped_column(Text, default="")
    sequence: Mapped[int] = mapped_column(Integer, default=0)
    stamp: Mapped[datetime | None] = mapped_column(UTCDateTime)
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id", ondelete="SET NULL"))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    # The reply's own identity (services.replies): the same reply imported twice is a duplicate.
    identity: Mapped[str] = mapped_column(String(64), default="", server_default="", index=True)
    # applied | stale | older_version | review | duplicate | not_a_reply; a review entry once dealt with:
    # resolved (applied or assigned from the review list) | dismissed | reimported (judged again)
    outcome: Mapped[str] = mapped_column(String(20), default="review")
    reason: Mapped[str] = mapped_column(String(500), default="")
    raw: Mapped[str] = mapped_column(Text, default="")
