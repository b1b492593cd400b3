"""Excel workbooks within bounds: the zip's parts are measured and scanned before openpyxl reads them.

An .xlsx is a zip of XML. A workbook of one megabyte can unpack to a gigabyte cell (a zip
bomb), a sheet can declare a million rows, a row a million cells; openpyxl reads the shared
strings and every row's cells into memory. So before openpyxl touches a part we check its
uncompressed size (zipfile enforces the declared size while it reads), and stream through
the shared strings and the first sheet once, refusing any text longer than MAX_TEXT_BYTES
and any row with more cells than Excel itself allows. Then openpyxl reads the first sheet
row by row (read-only mode), and we stop at MAX_ROWS.
"""

from __future__ import annotations

import re
import zipfile
from typing import BinaryIO

from ..i18n import translate
from .tabular import (
    MAX_ROWS,
    ImportFailed,
    Rows,
    Table,
    cell_text,
    check_row_count,
    header_names,
    too_many_rows,
    within_width,
)

MAX_SHEET_BYTES = 100 * 1024 * 1024  # one sheet's XML, uncompressed (~100,000 rows of 20 columns)
MAX_SHARED_STRINGS_BYTES = 30 * 1024 * 1024
MAX_OTHER_XML_BYTES = 10 * 1024 * 1024  # workbook, styles, relations: small in any real file
MAX_TOTAL_BYTES = 200 * 1024 * 1024  # everything in the zip, pictures included
MAX_PARTS = 2000
MAX_TEXT_BYTES = 256 * 1024  # the longest cell text (an import field holds at most 10,000 characters)
MAX_CELLS_PER_ROW = 16_384  # Excel's own limit (column XFD)
MAX_ROW_ELEMENTS = MAX_ROWS + MAX_ROWS // 10  # rows in the XML, empty formatted ones included
_SHARED_STRINGS = "xl/sharedStrings.xml"
_ROW = re.compile(rb"<(?:\w+:)?row[\s/>]")
_CELL = re.compile(rb"<(?:\w+:)?c[\s/>]")
_CHUNK = 1024 * 1024


def _damaged() -> ImportFailed:
    return ImportFailed(translate(
        "Import", "The Excel workbook cannot be read: it may be damaged, password-protected or not an .xlsx file."))


def _too_big(limit: int) -> ImportFailed:
    return ImportFailed(translate(
        "Import", "The workbook unpacks to more than {limit} MB: it is not a participant list, or it is too "
                  "large to import in one go.").format(limit=limit // (1024 * 1024)))


def read_xlsx(stream: BinaryIO) -> Table:
    """The first sheet's header row and data rows, with every bound checked before it is read."""
    try:
        with zipfile.ZipFile(stream) as archive:
            _check_parts(archive)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError, KeyError) as error:
        raise _damaged() from error
    workbook = _open_workbook(stream)
    try:
        sheet = workbook.worksheets[0]
        sheet.reset_dimensions()  # a declared size of A1:XFD1048576 must not pad every row to 16,384 cells
        return _rows_of(sheet)
    except ImportFailed:
        raise
    except Exception as error:  # damage found while reading the rows: a dozen kinds, one meaning
        raise _damaged() from error
    finally:
        workbook.close()


def _limit(name: str) -> int | None:
    if name.startswith("xl/worksheets/") and name.endswith(".xml"):
        return MAX_SHEET_BYTES
    if name == _SHARED_STRINGS:
        return MAX_SHARED_STRINGS_BYTES
    if name.endswith((".xml", ".rels")):
        return MAX_OTHER_XML_BYTES
    return None  # pictures and the like: openpyxl's read-only mode never reads them


def _check_parts(archive: zipfile.ZipFile) -> None:
    """Sizes as the zip declares them (zipfile never unpacks more than that), then one pass over the XML
    openpyxl will hold: every sheet (openpyxl reads the start of each) and the shared strings."""
    infos = archive.infolist()
    if len(infos) > MAX_PARTS or sum(info.file_size for info in infos) > MAX_TOTAL_BYTES:
        raise _too_big(MAX_TOTAL_BYTES)
    for info in infos:
        limit = _limit(info.filename)
        if limit is not None and info.file_size > limit:
            raise _too_big(limit)
    for info in infos:
        if _limit(info.filename) in (MAX_SHEET_BYTES, MAX_SHARED_STRINGS_BYTES):
            _scan(archive, info.filename, is_sheet=info.filename != _SHARED_STRINGS)


def _open_workbook(stream: BinaryIO):  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    stream.seek(0)
    try:
        return load_workbook(stream, read_only=True, data_only=True)
    except Exception as error:  # damaged zips and XML raise a dozen kinds; all mean the same to the user
        raise _damaged() from error


class _Sheet:
    """Counts rows and the cells of the current row across the chunks of one sheet."""

    def __init__(self) -> None:
        self.rows = 0
        self.cells = 0

    def count(self, chunk: bytes) -> None:
        pieces = _ROW.split(chunk)
        self.rows += len(pieces) - 1
        counts = [len(_CELL.findall(piece)) for piece in pieces]
        counts[0] += self.cells
        if max(counts) > MAX_CELLS_PER_ROW:
            raise ImportFailed(translate("Import", "A row of the workbook has more than {limit} cells: this is not a "
                                                   "participant list.").format(limit=f"{MAX_CELLS_PER_ROW:,}"))
        self.cells = counts[-1]
        if self.rows > MAX_ROW_ELEMENTS:
            raise too_many_rows()


def _scan(archive: zipfile.ZipFile, name: str, *, is_sheet: bool) -> None:
    """One streamed pass: no text run longer than MAX_TEXT_BYTES; in a sheet, no row with more cells than
    Excel allows and not far more rows than we import (openpyxl reads a sheet without a declared size
    through to its end before the first row is returned)."""
    run = 0  # bytes since the last '<'
    sheet = _Sheet() if is_sheet else None
    with archive.open(name) as part:
        while chunk := part.read(_CHUNK):
            pieces = chunk.split(b"<")
            if len(pieces) == 1:
                run += len(chunk)
            else:
                run = max(run + len(pieces[0]), max(map(len, pieces[1:-1]), default=0))
                if run <= MAX_TEXT_BYTES:
                    run = len(pieces[-1])
            if run > MAX_TEXT_BYTES:
                raise ImportFailed(translate(
                    "Import", "A cell of the workbook holds more than {limit} KB of text: this is not a participant "
                              "list.").format(limit=MAX_TEXT_BYTES // 1024))
            if sheet is not None:
                sheet.count(chunk)


def _rows_of(sheet) -> Table:  # type: ignore[no-untyped-def]
    headers: tuple[str, ...] | None = None
    rows = Rows("utf-8")
    for number, values in enumerate(sheet.iter_rows(min_row=1, values_only=True), start=1):
        cells = within_width([cell_text(v) for v in values], number)
        if not any(c.strip() for c in cells):
            continue
        if headers is None:
            headers = header_names(cells)
        else:
            check_row_count(len(rows))
            rows.append(number, cells)
    if headers is None:
        raise ImportFailed(translate("Import", "The workbook's first sheet is empty."))
    return Table(headers, rows, "xlsx")
