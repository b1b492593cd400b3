"""People: participants, speakers, organisers. Personal data under the GDPR."""

from __future__ import annotations

from sqlalchemy import JSON, Boolean, ForeignKey, Integer, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, str_enum
from .enums import Language
from .network import Organisation


class Person(Base):
    __tablename__ = "person"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    # What lists sort by ("sort as"); empty: guessed from the name (services/names.py).
    family_name: Mapped[str] = mapped_column(String(200), default="", server_default="")
    job_title: Mapped[str] = mapped_column(String(200), default="")
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL"), index=True
    )
    # Normalised (lower-cased domain and local part) by the service; unique so one
    # address always means one person. NULL for people we only know by name.
    email: Mapped[str | None] = mapped_column(String(254), unique=True)
    other_emails: Mapped[list[str]] = mapped_column(JSON, default=list)
    phone: Mapped[str] = mapped_column(String(40), default="")
    language: Mapped[Language] = mapped_column(str_enum(Language, "language"), default=Language.DANISH)
    consent_shared_list: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_photos: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_newsletter: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    notes: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, default=1)

    organisation: Mapped[Organisation | None] = relationship()

    __mapper_args__ = {"version_id_col": version}
