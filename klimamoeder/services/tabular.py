"""Reading participant tables as secretariats have them: Danish Excel CSV and XLSX.

The encoding is found by decoding attempts (UTF-8 with or without BOM, UTF-16 with BOM as
Excel's "Unicode text", then Windows-1252), never by guessing from statistics; the delimiter
(`;`, `,` or tab) by parsing a sample with each and keeping the one that gives a consistent
table, because `csv.Sniffer` alone picks wrong on short Danish files (CPython #119123).
Everything that can go wrong with a file ends as `ImportFailed` with a message for people.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from ..i18n import translate
from .errors import DomainError

DELIMITERS = (";", ",", "\t")
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
MAX_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class RowProblem:
    """One reason one row cannot be imported, for the report."""

    line: int  # line number in the file (CSV) or row number (XLSX)
    column: str  # the column's header as in the file
    value: str
    reason: str

    def __str__(self) -> str:
        return translate("Import", "Line {line}, column {column}: '{value}' {reason}").format(
            line=self.line, column=self.column, value=self.value, reason=self.reason)


class ImportFailed(DomainError):
    """The file cannot be imported as it is; `problems` lists every bad row."""

    def __init__(self, message: str, problems: tuple[RowProblem, ...] = ()) -> None:
        super().__init__(message)
        self.problems = problems


@dataclass(frozen=True)
class Table:
    headers: tuple[str, ...]
    rows: tuple[tuple[int, tuple[str, ...]], ...]  # (line number, cells)
    kind: str  # "csv" or "xlsx"
    encoding: str = ""
    delimiter: str = ""


def read_table(data: bytes, filename: str = "") -> Table:
    """The header row and the data rows of a CSV or XLSX file."""
    if not data:
        raise ImportFailed(translate("Import", "The file is empty."))
    if len(data) > MAX_BYTES:
        raise ImportFailed(translate("Import", "The file is larger than 50 MB; split it into smaller files."))
    if data.startswith(b"PK\x03\x04") or filename.lower().endswith((".xlsx", ".xlsm")):
        return _read_xlsx(data)
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise ImportFailed(translate(
            "Import", "This is an old Excel file (.xls). Save it as .xlsx or CSV in Excel and import that."))
    text, encoding = _decode(data)
    return _read_csv(text, encoding)


def _decode(data: bytes) -> tuple[str, str]:
    attempts: list[tuple[bytes, str]]
    if data.startswith(codecs.BOM_UTF8):
        attempts = [(data[len(codecs.BOM_UTF8):], "utf-8-sig")]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        attempts = [(data, "utf-16")]
    elif b"\x00" in data:
        raise ImportFailed(translate(
            "Import", "The file is not a text file: choose a CSV file or an Excel workbook (.xlsx)."))
    else:
        attempts = [(data, "utf-8"), (data, "cp1252")]
    for raw, encoding in attempts:
        try:
            text = raw.decode(encoding)
        except (UnicodeDecodeError, UnicodeError):
            continue
        controls = len(_CONTROLS.findall(text))
        if "\x00" in text or controls > max(2, len(text) // 100):
            raise ImportFailed(translate(
                "Import", "The file is not a text file: choose a CSV file or an Excel workbook (.xlsx)."))
        return text, encoding
    raise ImportFailed(translate(
        "Import", "The file's characters are neither UTF-8 nor Windows-1252. Save it from Excel as "
                  "'CSV UTF-8' and try again."))


def _records(text: str, delimiter: str) -> Any:
    return csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, quotechar='"', doublequote=True,
                      strict=False)


def _sample_score(text: str, delimiter: str) -> tuple[bool, int, int]:
    rows: list[list[str]] = []
    try:
        for row in _records(text, delimiter):
            if any(cell.strip() for cell in row):
                rows.append(row)
            if len(rows) >= 50:
                break
    except csv.Error:
        return (False, 0, 0)
    if not rows:
        return (False, 0, 0)
    width = len(rows[0])
    return (width > 1, sum(len(r) == width for r in rows), width)


def detect_delimiter(text: str) -> str:
    """`;` `,` or tab: the one giving a header of several columns and the most rows of that width."""
    best = max(DELIMITERS, key=lambda d: _sample_score(text, d))
    return best


def _read_csv(text: str, encoding: str) -> Table:
    delimiter = detect_delimiter(text)
    reader = _records(text, delimiter)
    headers: tuple[str, ...] | None = None
    rows: list[tuple[int, tuple[str, ...]]] = []
    line = 1
    try:
        for record in reader:
            start, line = line, reader.line_num + 1
            if not any(cell.strip() for cell in record):
                continue
            if headers is None:
                headers = _header_names(record)
            else:
                rows.append((start, tuple(record)))
    except csv.Error as error:
        raise ImportFailed(translate("Import", "Line {line}: the file cannot be read as CSV ({reason}).").format(
            line=line, reason=error)) from error
    if headers is None:
        raise ImportFailed(translate("Import", "The file has no header row."))
    return Table(headers, tuple(rows), "csv", encoding, delimiter)


def _header_names(cells: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    names = []
    for number, cell in enumerate(cells, start=1):
        name = " ".join(cell.replace("\ufeff", "").split())
        names.append(name or translate("Import", "Column {number}").format(number=number))
    return tuple(names)


def cell_text(value: object) -> str:
    """An XLSX cell as the text a person sees (whole numbers without '.0', dates as ISO)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time(0) else value.isoformat(sep=" ")
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value)


def _read_xlsx(data: bytes) -> Table:
    from openpyxl import load_workbook

    headers: tuple[str, ...] | None = None
    rows: list[tuple[int, tuple[str, ...]]] = []
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:  # damaged zips and XML raise a dozen kinds; all mean the same to the user
        raise ImportFailed(translate(
            "Import", "The Excel workbook cannot be read: it may be damaged, password-protected or not "
                      "an .xlsx file.")) from error
    try:
        sheet = workbook.worksheets[0]
        for number, values in enumerate(sheet.iter_rows(min_row=1, values_only=True), start=1):
            cells = tuple(cell_text(v) for v in values)
            if not any(c.strip() for c in cells):
                continue
            if headers is None:
                headers = _header_names(cells)
            else:
                rows.append((number, cells))
    except Exception as error:  # the same for damage found while reading the rows
        raise ImportFailed(translate(
            "Import", "The Excel workbook cannot be read: it may be damaged, password-protected or not "
                      "an .xlsx file.")) from error
    finally:
        workbook.close()
    if headers is None:
        raise ImportFailed(translate("Import", "The workbook's first sheet is empty."))
    return Table(headers, tuple(rows), "xlsx")
