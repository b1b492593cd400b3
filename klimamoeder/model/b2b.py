"""Bilateral (B2B) meetings at a meeting: the session, who takes part, who asked whom, and the plan.

A session belongs to one meeting. Its participants are registrations of that meeting,
grouped into delegations (one city or company, one to three people who sit at the table
together). Requests go from one participant to another with a priority and the answer;
the planned bilateral meetings are between two delegations at a slot start and a table.
Slots are not stored: they follow from the session's windows, breaks and slot length
(`services.b2b_slots`), so changing the slot length never leaves stale slot rows behind.
"""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, UTCDateTime, str_enum, utcnow
from .enums import MessageMethod
from .registration import Registration


class B2BPriority(enum.StrEnum):
    MUST = "must"
    WANT = "want"


class B2BRequestStatus(enum.StrEnum):
    """The target's answer. `no_thanks` marks a pair that is never scheduled (Grip's "No thanks")."""

    PENDING = "pending"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    NO_THANKS = "no_thanks"


class B2BDeliveryStatus(enum.StrEnum):
    """A bilateral invitation's delivery. `sending` is the claim, committed before the message leaves."""

    SENDING = "sending"
    SENT = "sent"
    DRAFTED = "drafted"
    FAILED = "failed"


class B2BPeriodKind(enum.StrEnum):
    WINDOW = "window"
    BREAK = "break"


class B2BSession(Base):
    __tablename__ = "b2b_session"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), unique=True)
    slot_minutes: Mapped[int] = mapped_column(Integer, default=20)
    table_count: Mapped[int] = mapped_column(Integer, default=10)
    # Where the tables stand (room, venue): printed on agendas and in each event's LOCATION.
    location: Mapped[str] = mapped_column(String(300), default="")
    # Pending requests count as accepted (the target is not asked).
    auto_accept: Mapped[bool] = mapped_column(Boolean, default=False)
    # Meetings per person when a participant has no limit of their own; None: as many as slots.
    default_max_meetings: Mapped[int | None] = mapped_column(Integer)
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)

    periods: Mapped[list[B2BPeriod]] = relationship(
        back_populates="session", cascade="all, delete-orphan", passive_deletes=True, order_by="B2BPeriod.start")
    tables: Mapped[list[B2BTable]] = relationship(
        back_populates="session", cascade="all, delete-orphan", passive_deletes=True, order_by="B2BTable.number")

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        CheckConstraint("slot_minutes BETWEEN 5 AND 240", name="slot_minutes_range"),
        CheckConstraint("table_count BETWEEN 1 AND 1000", name="table_count_range"),
        CheckConstraint("default_max_meetings IS NULL OR default_max_meetings >= 0", name="default_max_not_negative"),
    )


class B2BPeriod(Base):
    """A time window in which slots are laid out, or a break inside one."""

    __tablename__ = "b2b_period"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("b2b_session.id", ondelete="CASCADE"), index=True)
    kind: Mapped[B2BPeriodKind] = mapped_column(str_enum(B2BPeriodKind, "b2b_period_kind"))
    start: Mapped[datetime] = mapped_column(UTCDateTime)
    end: Mapped[datetime] = mapped_column(UTCDateTime)

    session: Mapped[B2BSession] = relationship(back_populates="periods")

    __table_args__ = (CheckConstraint('"end" > start', name="ends_after_start"),)


class B2BDelegation(Base):
    """One city or company at the session: one to three people who meet as a group."""

    __tablename__ = "b2b_delegation"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("b2b_session.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id", ondelete="SET NULL"))

    members: Mapped[list[B2BParticipant]] = relationship(back_populates="delegation", order_by="B2BParticipant.id")


class B2BTable(Base):
    """A table given to one delegation for the whole session (a booth): its meetings happen there."""

    __tablename__ = "b2b_table"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("b2b_session.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    delegation_id: Mapped[int] = mapped_column(ForeignKey("b2b_delegation.id", ondelete="CASCADE"))

    session: Mapped[B2BSession] = relationship(back_populates="tables")
    delegation: Mapped[B2BDelegation] = relationship()

    __table_args__ = (
        UniqueConstraint("session_id", "number", name="uq_b2b_table_session_number"),
        UniqueConstraint("session_id", "delegation_id", name="uq_b2b_table_session_delegation"),
    )


class B2BParticipant(Base):
    """A registration taking part in the session, with its own limits."""

    __tablename__ = "b2b_participant"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("b2b_session.id", ondelete="CASCADE"), index=True)
    registration_id: Mapped[int] = mapped_column(ForeignKey("registration.id", ondelete="CASCADE"))
    delegation_id: Mapped[int] = mapped_column(ForeignKey("b2b_delegation.id", ondelete="RESTRICT"), index=True)
    max_meetings: Mapped[int | None] = mapped_column(Integer)
    # Periods this person cannot meet, as ["start/end", …] in ISO 8601 UTC: intervals survive a new slot length.
    unavailable: Mapped[list[str]] = mapped_column(JSON, default=list)

    registration: Mapped[Registration] = relationship()
    delegation: Mapped[B2BDelegation] = relationship(back_populates="members")

    __table_args__ = (
        UniqueConstraint("session_id", "registration_id", name="uq_b2b_participant_session_registration"),
        CheckConstraint("max_meetings IS NULL OR max_meetings >= 0", name="max_meetings_not_negative"),
    )


class B2BRequest(Base):
    """One participant asks to meet another; the target (or the session's auto-accept) answers."""

    __tablename__ = "b2b_request"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("b2b_session.id", ondelete="CASCADE"), index=True)
    requester_id: Mapped[int] = mapped_column(ForeignKey("b2b_participant.id", ondelete="CASCADE"))
    target_id: Mapped[int] = mapped_column(ForeignKey("b2b_participant.id", ondelete="CASCADE"))
    priority: Mapped[B2BPriority] = mapped_column(str_enum(B2BPriority, "b2b_priority"), default=B2BPriority.WANT)
    status: Mapped[B2BRequestStatus] = mapped_column(
        str_enum(B2BRequestStatus, "b2b_request_status"), default=B2BRequestStatus.PENDING)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    requester: Mapped[B2BParticipant] = relationship(foreign_keys=[requester_id])
    target: Mapped[B2BParticipant] = relationship(foreign_keys=[target_id])

    __table_args__ = (
        UniqueConstraint("session_id", "requester_id", "target_id", name="uq_b2b_request_pair"),
        CheckConstraint("requester_id <> target_id", name="not_to_self"),
    )


class B2BMeeting(Base):
    """A planned bilateral meeting: two delegations, a slot start and a table number.

    `locked` meetings stay where they are when the schedule is made again; publishing locks
    every meeting. The calendar UID is derived from the pair, so moving a meeting is an update
    of the same event and dropping it a cancellation.
    """

    __tablename__ = "b2b_meeting"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("b2b_session.id", ondelete="CASCADE"))
    delegation_a_id: Mapped[int] = mapped_column(ForeignKey("b2b_delegation.id", ondelete="CASCADE"))
    delegation_b_id: Mapped[int] = mapped_column(ForeignKey("b2b_delegation.id", ondelete="CASCADE"))
    start: Mapped[datetime] = mapped_column(UTCDateTime)
    table: Mapped[int] = mapped_column(Integer)
    locked: Mapped[bool] = mapped_column(Boolean, default=False)
    source: Mapped[str] = mapped_column(String(20), default="solver")  # solver | greedy | manual
    # Raised by the one SEQUENCE rule (services/sequence.py) whenever the time or table changes.
    calendar_sequence: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    version: Mapped[int] = mapped_column(Integer, default=1)

    delegation_a: Mapped[B2BDelegation] = relationship(foreign_keys=[delegation_a_id])
    delegation_b: Mapped[B2BDelegation] = relationship(foreign_keys=[delegation_b_id])

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        UniqueConstraint("session_id", "delegation_a_id", "delegation_b_id", name="uq_b2b_meeting_pair"),
        CheckConstraint("delegation_a_id < delegation_b_id", name="pair_ordered"),
        CheckConstraint("\"table\" >= 1", name="table_positive"),
        Index("ix_b2b_meeting_session_start", "session_id", "start"),
    )


class B2BDelivery(Base):
    """One attempt to deliver one version (SEQUENCE) of one bilateral meeting's calendar event to one person.

    Keyed by the event's UID (one per pair of delegations, `b2b_documents.event_uid`), not by the
    `b2b_meeting` row: re-planning deletes the row of a pair that no longer meets, and this log still
    knows who holds that event and what it showed, so they get the CANCEL. A sibling of
    `invitation_delivery` rather than rows in it: every reader of that log (reply matching, the
    checklist's counts, bounces by UID, the invitation plan) takes a meeting's rows as the meeting's
    own invitation.

    The row is written (status `sending`) and committed *before* the message leaves; the outcome
    replaces the status afterwards. `start`, `end`, `summary` and `location` are what the message
    showed: a version that no longer matches them needs an update; a cancellation repeats them.
    """

    __tablename__ = "b2b_delivery"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("b2b_session.id", ondelete="CASCADE"), index=True)
    event_uid: Mapped[str] = mapped_column(String(300), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    method: Mapped[MessageMethod] = mapped_column(str_enum(MessageMethod, "b2b_delivery_method"))
    sequence: Mapped[int] = mapped_column(Integer)
    status: Mapped[B2BDeliveryStatus] = mapped_column(str_enum(B2BDeliveryStatus, "b2b_delivery_status"))
    error: Mapped[str] = mapped_column(String(500), default="")
    start: Mapped[datetime] = mapped_column(UTCDateTime)
    end: Mapped[datetime] = mapped_column(UTCDateTime)
    summary: Mapped[str] = mapped_column(String(300), default="")
    location: Mapped[str] = mapped_column(String(300), default="")
    message_id: Mapped[str] = mapped_column(String(300), default="", index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
