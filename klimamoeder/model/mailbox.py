"""What was read from the secretariat's mailbox, so nothing is applied twice or missed.

IMAP names a message by (folder, UIDVALIDITY, UID). `MailboxFolder` remembers, per
account and folder, the UIDVALIDITY and the highest UID looked at; `MailboxMessage`
remembers each message that was read in full, with a digest of its bytes, so the same
message under new UIDs (UIDVALIDITY changed, or Outlook moved it to Deleted Items) is
recognised. No addresses or subjects here: the replies themselves are in
`calendar_reply`, the bounces in the delivery logs.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, UTCDateTime, utcnow


class MailboxFolder(Base):
    __tablename__ = "mailbox_folder"
    __table_args__ = (UniqueConstraint("account", "folder"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    account: Mapped[str] = mapped_column(String(300))
    folder: Mapped[str] = mapped_column(String(300))
    uid_validity: Mapped[int] = mapped_column(BigInteger)
    last_uid: Mapped[int] = mapped_column(BigInteger, default=0)
    checked_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class MailboxMessage(Base):
    """One message read in full: a reply, a bounce, or something that turned out to be neither."""

    __tablename__ = "mailbox_message"
    __table_args__ = (UniqueConstraint("account", "folder", "uid_validity", "uid"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    account: Mapped[str] = mapped_column(String(300))
    folder: Mapped[str] = mapped_column(String(300))
    uid_validity: Mapped[int] = mapped_column(BigInteger)
    uid: Mapped[int] = mapped_column(BigInteger)
    digest: Mapped[str] = mapped_column(String(64), index=True)  # sha256 of the message's bytes
    kind: Mapped[str] = mapped_column(String(20))  # reply | bounce | other | unreadable
    outcome: Mapped[str] = mapped_column(String(40), default="")
    read_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
