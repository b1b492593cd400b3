"""A meeting and its agenda: the aggregate the secretariat plans around."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, UTCDateTime, str_enum
from .enums import AgendaKind, AgendaRole, Language, MeetingKind, MeetingStatus
from .network import Network, Organisation
from .person import Person
from .venue import Room, Venue


class Meeting(Base):
    __tablename__ = "meeting"

    id: Mapped[int] = mapped_column(primary_key=True)
    network_id: Mapped[int] = mapped_column(ForeignKey("network.id", ondelete="RESTRICT"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    kind: Mapped[MeetingKind] = mapped_column(str_enum(MeetingKind, "meeting_kind"))
    theme: Mapped[str] = mapped_column(String(500), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    start: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    end: Mapped[datetime] = mapped_column(UTCDateTime)
    time_zone: Mapped[str] = mapped_column(String(64), default="Europe/Copenhagen")
    # Invitations as all-day dates instead of timed start and end.
    all_day: Mapped[bool] = mapped_column(Boolean, default=False)
    venue_id: Mapped[int | None] = mapped_column(ForeignKey("venue.id", ondelete="SET NULL"))
    online_link: Mapped[str] = mapped_column(String(500), default="")
    capacity: Mapped[int | None] = mapped_column(Integer)
    registration_deadline: Mapped[datetime | None] = mapped_column(UTCDateTime)
    status: Mapped[MeetingStatus] = mapped_column(
        str_enum(MeetingStatus, "meeting_status"), default=MeetingStatus.DRAFT
    )
    organiser_name: Mapped[str] = mapped_column(String(200), default="")
    organiser_email: Mapped[str] = mapped_column(String(254), default="")
    host_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id", ondelete="SET NULL"))
    calendar_uid: Mapped[str] = mapped_column(String(120), unique=True)
    calendar_sequence: Mapped[int] = mapped_column(Integer, default=0)
    photo_credit: Mapped[str] = mapped_column(String(300), default="")
    # The language its documents and the invitation's calendar entry are written in (unless the user picks
    # another for one document); personal messages follow each person's own language.
    language: Mapped[Language] = mapped_column(
        str_enum(Language, "meeting_language"), default=Language.DANISH, server_default=Language.DANISH.value
    )
    version: Mapped[int] = mapped_column(Integer, default=1)

    network: Mapped[Network] = relationship()
    venue: Mapped[Venue | None] = relationship()
    host: Mapped[Organisation | None] = relationship()
    agenda: Mapped[list[AgendaItem]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", passive_deletes=True,
        order_by="(AgendaItem.start, AgendaItem.position)",
    )

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        CheckConstraint('"end" > start', name="ends_after_start"),
        CheckConstraint("capacity IS NULL OR capacity >= 0", name="capacity_not_negative"),
        CheckConstraint("calendar_sequence >= 0", name="sequence_not_negative"),
    )

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.time_zone)

    def local(self, instant: datetime) -> datetime:
        return instant.astimezone(self.zone)


class AgendaItem(Base):
    __tablename__ = "agenda_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    start: Mapped[datetime] = mapped_column(UTCDateTime)
    end: Mapped[datetime] = mapped_column(UTCDateTime)
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[AgendaKind] = mapped_column(str_enum(AgendaKind, "agenda_kind"), default=AgendaKind.SESSION)
    room_id: Mapped[int | None] = mapped_column(ForeignKey("room.id", ondelete="SET NULL"))
    expected_audience: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    # SEQUENCE of the item's own calendar event (a speaker's agenda), raised on every significant change.
    calendar_sequence: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    version: Mapped[int] = mapped_column(Integer, default=1)

    meeting: Mapped[Meeting] = relationship(back_populates="agenda")
    room: Mapped[Room | None] = relationship()
    people: Mapped[list[AgendaPerson]] = relationship(
        back_populates="item", cascade="all, delete-orphan", passive_deletes=True,
        order_by="AgendaPerson.position",
    )

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (CheckConstraint('"end" > start', name="ends_after_start"),)


class AgendaPerson(Base):
    """A speaker or moderator of one agenda item."""

    __tablename__ = "agenda_person"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("agenda_item.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    role: Mapped[AgendaRole] = mapped_column(str_enum(AgendaRole, "agenda_role"), default=AgendaRole.SPEAKER)
    position: Mapped[int] = mapped_column(Integer, default=0)

    item: Mapped[AgendaItem] = relationship(back_populates="people")
    person: Mapped[Person] = relationship()

    __table_args__ = (UniqueConstraint("item_id", "person_id", "role", name="uq_agenda_person"),)
