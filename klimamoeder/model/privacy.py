"""Consent per purpose and the retention policy of each network (GDPR; services/privacy owns the rules)."""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, UTCDateTime, str_enum, utcnow


class ConsentPurpose(enum.StrEnum):
    """What a person agreed to, each on its own (EDPB 05/2020: one consent per purpose)."""

    SHARED_LIST = "shared_list"  # appear on the participant list given to other participants
    PHOTOS = "photos"  # appear in photos from the meeting
    NEWSLETTER = "newsletter"  # the network's mailing list


class ConsentSource(enum.StrEnum):
    """How the answer reached the secretariat: the proof a data protection officer asks for."""

    FORM = "form"
    EMAIL = "email"
    IMPORT = "import"
    PHONE = "phone"
    IN_PERSON = "in_person"
    EARLIER = "earlier"  # recorded before Klimamøder kept the date and source


class Consent(Base):
    """One answer: given or withdrawn, when and how. The newest per person and purpose is in force;
    `Person.consent_*` mirror it for the lists (services/privacy/consent.py writes both)."""

    __tablename__ = "consent"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    purpose: Mapped[ConsentPurpose] = mapped_column(str_enum(ConsentPurpose, "consent_purpose"))
    given: Mapped[bool] = mapped_column(Boolean)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    source: Mapped[ConsentSource] = mapped_column(str_enum(ConsentSource, "consent_source"))


class RetentionPolicy(Base):
    """How long a network's participant data is kept after each meeting (services/privacy/retention.py).

    No row: the defaults (registration details 2 years, needs 30 days, confirm before anonymising)."""

    __tablename__ = "retention_policy"

    id: Mapped[int] = mapped_column(primary_key=True)
    network_id: Mapped[int] = mapped_column(ForeignKey("network.id", ondelete="CASCADE"), unique=True)
    registration_days: Mapped[int] = mapped_column(Integer, default=730)
    needs_days: Mapped[int] = mapped_column(Integer, default=30)
    apply_automatically: Mapped[bool] = mapped_column(Boolean, default=False)
