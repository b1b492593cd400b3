"""Which of a meeting's documents were printed or saved, for the meeting's checklist."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, UTCDateTime, str_enum, utcnow
from .enums import Language


class DocumentOutput(Base):
    """One time a document (programme, participant list, badges…) left the program: printed or saved as PDF.

    No personal data: the document's name, its language and when.
    """

    __tablename__ = "document_output"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    document: Mapped[str] = mapped_column(String(40))  # a key of services.documents.DOCUMENTS
    language: Mapped[Language] = mapped_column(str_enum(Language, "document_language"))
    action: Mapped[str] = mapped_column(String(10))  # printed | saved
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
