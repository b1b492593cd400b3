"""Registrations to CSV and XLSX, with the columns the user chose.

Formula injection (OWASP "CSV injection"): a cell whose text begins with `=`, `+`, `-`, `@`,
tab or carriage return could be taken for a formula by a spreadsheet. Decision:

- CSV: such a value is written with a leading apostrophe (`'=1+1`). Excel and LibreOffice show
  the apostrophe, but never evaluate the cell. Danish phone numbers (`+45 33 12 34 56`) begin
  with `+` and so are exported as `'+45 33 12 34 56`: it is text, and Excel does not turn it
  into the number 4533123456. Our importer removes that apostrophe again, so a round trip
  through Klimamøder is exact.
- XLSX: every value is written as a string cell (`data_type` 's', never a formula, which
  openpyxl would otherwise make of a text beginning with `=`), exactly as typed, so `+45 …`
  stays `+45 …`. Risky values also get Excel's "quote prefix" style, so that editing the cell
  in Excel later keeps it text.

The CSV is UTF-8 with a BOM and `;` as delimiter, CRLF line ends: what Danish Excel opens
correctly with a double click.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .. import heap
from ..i18n import translate
from ..services.registrations import RegistrationRow

RISKY_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: str) -> str:
    """The text as a spreadsheet must get it from a CSV: a formula-like start is defused with `'`."""
    return "'" + value if value.startswith(RISKY_START) else value


@dataclass(frozen=True)
class Column:
    key: str
    header: Callable[[], str]  # translated when the export runs
    value: Callable[[RegistrationRow], str]


def _days(row: RegistrationRow) -> str:
    return ", ".join(row.days) if row.days else translate("Export", "all days")


COLUMNS: tuple[Column, ...] = (
    Column("name", lambda: translate("Export", "Name"), lambda r: r.name),
    Column("organisation", lambda: translate("Export", "Organisation"), lambda r: r.organisation),
    Column("job_title", lambda: translate("Export", "Job title"), lambda r: r.job_title),
    Column("email", lambda: translate("Export", "E-mail"), lambda r: r.email),
    Column("phone", lambda: translate("Export", "Phone"), lambda r: r.phone),
    Column("status", lambda: translate("Export", "Status"), lambda r: r.status.value),
    Column("role", lambda: translate("Export", "Role"), lambda r: r.role.value),
    Column("days", lambda: translate("Export", "Days"), _days),
    Column("dietary", lambda: translate("Export", "Dietary needs"), lambda r: r.dietary),
    Column("accessibility", lambda: translate("Export", "Accessibility"), lambda r: r.accessibility),
    Column("notes", lambda: translate("Export", "Notes"), lambda r: r.notes),
    Column("checked_in", lambda: translate("Export", "Checked in"), lambda r: ", ".join(r.checked_in)),
    Column("source", lambda: translate("Export", "Source"), lambda r: r.source.value),
    Column("registered_at", lambda: translate("Export", "Registered at (UTC)"),
           lambda r: f"{r.created_at:%Y-%m-%d %H:%M}"),
)
COLUMN_KEYS = tuple(c.key for c in COLUMNS)
DEFAULT_COLUMNS = ("name", "organisation", "job_title", "email", "phone", "status", "role", "days", "dietary",
                   "accessibility", "notes")


def _chosen(keys: Sequence[str]) -> list[Column]:
    by_key = {c.key: c for c in COLUMNS}
    unknown = [k for k in keys if k not in by_key]
    if unknown or not keys:
        raise ValueError(f"unknown or no columns: {unknown}")
    return [by_key[k] for k in keys]


def table(rows: Sequence[RegistrationRow], keys: Sequence[str]) -> tuple[list[str], list[list[str]]]:
    """Header and cell texts (not yet neutralised) for the chosen columns."""
    columns = _chosen(keys)
    return [c.header() for c in columns], [[c.value(r) for c in columns] for r in rows]


def registrations_csv(rows: Sequence[RegistrationRow], keys: Sequence[str] = DEFAULT_COLUMNS) -> bytes:
    return csv_bytes(*table(rows, keys))


def csv_bytes(header: Sequence[str], cells: Sequence[Sequence[str]]) -> bytes:
    """Any table as Danish-Excel CSV, every cell neutralised (shared by every CSV export)."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow([neutralise(h) for h in header])
    writer.writerows([neutralise(v) for v in line] for line in cells)
    return b"\xef\xbb\xbf" + out.getvalue().encode("utf-8")


def registrations_xlsx(rows: Sequence[RegistrationRow], keys: Sequence[str] = DEFAULT_COLUMNS,
                       sheet_title: str = "") -> bytes:
    header, cells = table(rows, keys)
    return xlsx_bytes(header, cells, sheet_title or translate("Export", "Registrations"))


def xlsx_bytes(header: Sequence[str], cells: Sequence[Sequence[str]], sheet_title: str) -> bytes:
    """Any table as one sheet of text cells, never formulas (shared by every XLSX export):
    openpyxl's write-only workbook, streamed row by row.

    A plain text goes in as itself (openpyxl's cheapest path); only a text openpyxl would turn into something
    else (a leading `=` makes a formula, `#N/A` an error value) or that Excel could read as a formula later
    gets a cell of its own, forced to text with the quote prefix. The cyclic garbage collector is paused while
    the workbook is built: it would otherwise walk the whole live heap again and again, which made 100,000
    rows cost twice as much per row as 1,000.
    """
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ERROR_CODES, Cell
    from openpyxl.styles import Font

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(_sheet_title(sheet_title))
    columns = list(zip(*cells, strict=True)) if cells else [() for _ in header]
    for index, (title, values) in enumerate(zip(header, columns, strict=True)):
        longest = max(map(len, values), default=0)
        sheet.column_dimensions[_column_letter(index)].width = max(len(title), min(longest, 60)) + 2
    special = {*ERROR_CODES}

    def text_cell(value: str, font: Font | None = None) -> Cell:
        cell = WriteOnlyCell(sheet)
        cell.value = value
        cell.data_type = "s"  # text, never a formula or an error value
        if value.startswith(RISKY_START):
            cell.quotePrefix = True
        if font is not None:
            cell.font = font
        return cell

    def row_of(line: Sequence[str]) -> list[str | Cell]:
        return [text_cell(v) if v and (v.startswith(RISKY_START) or v in special) else v for v in map(_xml_safe, line)]

    bold = Font(bold=True)
    with heap.bulk():  # no collection walking the cells (openpyxl's objects have cycles: not kept)
        sheet.append([text_cell(_xml_safe(h), bold) for h in header])
        for line in cells:
            sheet.append(row_of(line))
        sheet.freeze_panes = "A2"
        out = io.BytesIO()
        workbook.save(out)
    return out.getvalue()


def _column_letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index + 1)


def _sheet_title(title: str) -> str:
    cleaned = "".join("_" if ch in "[]:*?/\\" else ch for ch in title).strip("'")
    return (cleaned or "Sheet")[:31]


_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _xml_safe(value: str) -> str:
    """XLSX cannot hold most control characters; they become U+FFFD rather than breaking the file."""
    return _CONTROL.sub("\ufffd", value)
