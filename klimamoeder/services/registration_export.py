"""`Export registrations`: the meeting's registrations as CSV or XLSX bytes, columns chosen by the user."""

from __future__ import annotations

from collections.abc import Sequence

from ..exports import spreadsheet
from ..i18n import translate
from ..storage import Database
from .errors import DomainError
from .registrations import list_registrations

FORMATS = ("csv", "xlsx")


def format_for(filename: str) -> str:
    """The export format named by a file's suffix; a clear error for anything else."""
    suffix = filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    if suffix not in FORMATS:
        raise DomainError(translate("Export", "Name the file .csv or .xlsx to choose the format: {name}").format(
            name=filename))
    return suffix


def export_registrations(db: Database, meeting_id: int, fmt: str,
                         columns: Sequence[str] = spreadsheet.DEFAULT_COLUMNS) -> bytes:
    rows = sorted(list_registrations(db, meeting_id), key=lambda r: (r.name.casefold(), r.id))
    if fmt == "xlsx":
        return spreadsheet.registrations_xlsx(rows, columns)
    return spreadsheet.registrations_csv(rows, columns)
