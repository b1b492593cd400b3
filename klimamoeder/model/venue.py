"""Venues and their rooms."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base


class Venue(Base):
    __tablename__ = "venue"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(String(200), default="")
    postcode: Mapped[str] = mapped_column(String(20), default="")
    city: Mapped[str] = mapped_column(String(120), default="")
    country: Mapped[str] = mapped_column(String(2), default="DK")
    notes: Mapped[str] = mapped_column(Text, default="")

    rooms: Mapped[list[Room]] = relationship(
        back_populates="venue", cascade="all, delete-orphan", passive_deletes=True,
        order_by="Room.name",
    )

    __table_args__ = (UniqueConstraint("name", "city", name="uq_venue_name_city"),)

    @property
    def one_line(self) -> str:
        """Name and address as a calendar LOCATION or a printed line wants it."""
        place = " ".join(p for p in (self.postcode, self.city) if p)
        return ", ".join(p for p in (self.name, self.address, place) if p)


class Room(Base):
    __tablename__ = "room"

    id: Mapped[int] = mapped_column(primary_key=True)
    venue_id: Mapped[int] = mapped_column(ForeignKey("venue.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(120))
    capacity: Mapped[int | None] = mapped_column(Integer)

    venue: Mapped[Venue] = relationship(back_populates="rooms")

    __table_args__ = (UniqueConstraint("venue_id", "name", name="uq_room_venue_name"),)
