"""Networks, the organisations in them and their roles."""

from __future__ import annotations

from datetime import date

from sqlalchemy import ForeignKey, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, str_enum
from .enums import MembershipRole, NetworkKind, OrganisationKind


class Network(Base):
    __tablename__ = "network"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    short_name: Mapped[str] = mapped_column(String(60), unique=True)
    kind: Mapped[NetworkKind] = mapped_column(str_enum(NetworkKind, "network_kind"))
    description: Mapped[str] = mapped_column(Text, default="")
    secretariat_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL")
    )
    # The network's identity on printed documents: a PNG or JPEG mark, and an accent colour `#RRGGBB`.
    logo: Mapped[bytes | None] = mapped_column(LargeBinary, deferred=True)
    colour: Mapped[str] = mapped_column(String(7), default="", server_default="")

    secretariat: Mapped[Organisation | None] = relationship(foreign_keys=[secretariat_id])
    memberships: Mapped[list[Membership]] = relationship(
        back_populates="network", cascade="all, delete-orphan", passive_deletes=True
    )


class Organisation(Base):
    __tablename__ = "organisation"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[OrganisationKind] = mapped_column(str_enum(OrganisationKind, "organisation_kind"))
    city: Mapped[str] = mapped_column(String(120), default="")
    country: Mapped[str] = mapped_column(String(2), default="DK")  # ISO 3166-1 alpha-2
    # Optimistic locking: a save based on an older version is merged or shown as a conflict.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    __table_args__ = (UniqueConstraint("name", "country", name="uq_organisation_name_country"),)
    __mapper_args__ = {"version_id_col": version}


class Membership(Base):
    __tablename__ = "membership"

    id: Mapped[int] = mapped_column(primary_key=True)
    network_id: Mapped[int] = mapped_column(ForeignKey("network.id", ondelete="CASCADE"))
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id", ondelete="CASCADE"))
    role: Mapped[MembershipRole] = mapped_column(str_enum(MembershipRole, "membership_role"))
    since: Mapped[date | None]
    recommended_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL")
    )

    network: Mapped[Network] = relationship(back_populates="memberships")
    organisation: Mapped[Organisation] = relationship(foreign_keys=[organisation_id])
    recommended_by: Mapped[Organisation | None] = relationship(foreign_keys=[recommended_by_id])

    __table_args__ = (
        UniqueConstraint("network_id", "organisation_id", name="uq_membership_network_organisation"),
    )
