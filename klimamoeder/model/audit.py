"""The change and audit log: who created, changed, exported, printed or erased which record, and when.

Rows are written by `services/audit.py` only (a session listener, so no use case can forget it).
They hold ids, table and field names and a few non-personal values (a status), never a name,
an e-mail address or free text: the log must survive the erasure of the people it mentions.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, UTCDateTime, utcnow


class AuditEntry(Base):
    """One change of one record, or one explicit event (export, print, erase, retention)."""

    __tablename__ = "audit_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    # The name set in settings, or the operating-system user: a member of the secretariat.
    author: Mapped[str] = mapped_column(String(120), default="")
    # The path the change came by, outermost first: gui, cli, gui/import, cli/reply, mailbox/reply, …
    source: Mapped[str] = mapped_column(String(60), default="")
    # create | update | delete, or an event: export | print | erase | anonymise | consent | purge
    action: Mapped[str] = mapped_column(String(20))
    table_name: Mapped[str] = mapped_column(String(60))
    record_id: Mapped[int | None] = mapped_column(Integer)
    # Whom and which meeting the record is about, so "everything about this person" needs no join
    # (and still works after the record itself is gone). Plain ids, deliberately without foreign keys.
    person_id: Mapped[int | None] = mapped_column(Integer, index=True)
    meeting_id: Mapped[int | None] = mapped_column(Integer, index=True)
    # Names of the changed columns, comma-separated: never their values.
    fields: Mapped[str] = mapped_column(String(1000), default="")
    # Non-personal detail: a status (`status=registered`), a document kind, a count.
    detail: Mapped[str] = mapped_column(String(200), default="")

    __table_args__ = (Index("ix_audit_entry_record", "table_name", "record_id"),)


class PrivacySetting(Base):
    """Settings of the secretariat's database itself (shared by the team), one row with id 1."""

    __tablename__ = "privacy_setting"

    id: Mapped[int] = mapped_column(primary_key=True)
    # How long the audit log is kept; older entries are removed with the retention run.
    audit_days: Mapped[int] = mapped_column(Integer, default=1095, server_default="1095")
