"""Which Klimamøder last upgraded the database's schema.

An older program that finds a newer schema cannot know which release made it; this row
tells it, so the user reads "made by Klimamøder 0.4.0 or newer; update the program"
instead of an unexplained failure.
"""

from __future__ import annotations

from sqlalchemy import CheckConstraint, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class SchemaRelease(Base):
    __tablename__ = "schema_release"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[str] = mapped_column(String(32))
