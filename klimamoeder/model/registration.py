"""Who is invited to, registered for and present at a meeting."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, UTCDateTime, str_enum, utcnow
from .enums import ParticipantRole, RegistrationSource, RegistrationStatus, ReplyStatus
from .meeting import Meeting
from .person import Person


class Registration(Base):
    __tablename__ = "registration"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    # NULL once retention has anonymised the registration (kept for headcounts; services/privacy/retention.py).
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    status: Mapped[RegistrationStatus] = mapped_column(
        str_enum(RegistrationStatus, "registration_status"), default=RegistrationStatus.INVITED
    )
    role: Mapped[ParticipantRole] = mapped_column(
        str_enum(ParticipantRole, "participant_role"), default=ParticipantRole.PARTICIPANT
    )
    # ISO dates of the days attended; empty means every day of the meeting.
    days: Mapped[list[str]] = mapped_column(JSON, default=list)
    dietary: Mapped[str] = mapped_column(String(300), default="")
    accessibility: Mapped[str] = mapped_column(String(300), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[RegistrationSource] = mapped_column(
        str_enum(RegistrationSource, "registration_source"), default=RegistrationSource.MANUAL
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # When the status last changed: orders the wait list (first come, first moved up).
    status_changed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    reply_status: Mapped[ReplyStatus] = mapped_column(
        str_enum(ReplyStatus, "reply_status"), default=ReplyStatus.NEEDS_ACTION
    )
    reply_comment: Mapped[str] = mapped_column(Text, default="")
    reply_sequence: Mapped[int | None] = mapped_column(Integer)
    reply_stamp: Mapped[datetime | None] = mapped_column(UTCDateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)

    meeting: Mapped[Meeting] = relationship()
    person: Mapped[Person | None] = relationship()
    check_ins: Mapped[list[CheckIn]] = relationship(
        back_populates="registration", cascade="all, delete-orphan", passive_deletes=True
    )

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        UniqueConstraint("meeting_id", "person_id", name="uq_registration_meeting_person"),
        # Capacity checks and the wait list read registrations of one meeting by status.
        Index("ix_registration_meeting_status", "meeting_id", "status", "status_changed_at"),
    )

    def attends(self, day: date) -> bool:
        return not self.days or day.isoformat() in self.days


class CheckIn(Base):
    """Arrival at the door, once per registration and meeting day."""

    __tablename__ = "check_in"

    id: Mapped[int] = mapped_column(primary_key=True)
    registration_id: Mapped[int] = mapped_column(
        ForeignKey("registration.id", ondelete="CASCADE"), index=True
    )
    day: Mapped[date]
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    registration: Mapped[Registration] = relationship(back_populates="check_ins")

    __table_args__ = (UniqueConstraint("registration_id", "day", name="uq_check_in_registration_day"),)
