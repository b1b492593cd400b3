"""Mails after the invitation: reminders to those who have not answered, practical information to the registered.

`FollowUpDelivery` is their log, like `InvitationDelivery` is the invitations': one row per
attempt, so nobody gets the same follow-up twice and a failed one can be retried.
`MailTemplate` holds the text a secretariat edited for one meeting, per kind and language;
without one the built-in text is used.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, UTCDateTime, str_enum, utcnow
from .enums import DeliveryStatus


class FollowUpDelivery(Base):
    __tablename__ = "follow_up_delivery"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # reminder | practical
    status: Mapped[DeliveryStatus] = mapped_column(str_enum(DeliveryStatus, "follow_up_status"))
    error: Mapped[str] = mapped_column(String(500), default="")
    message_id: Mapped[str] = mapped_column(String(300), default="", index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class MailTemplate(Base):
    __tablename__ = "mail_template"
    __table_args__ = (UniqueConstraint("meeting_id", "kind", "language"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20))
    language: Mapped[str] = mapped_column(String(8))
    subject: Mapped[str] = mapped_column(String(300), default="")
    body: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
