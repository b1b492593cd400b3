"""Reading participant tables as secretariats have them: Danish Excel CSV and XLSX, within bounds.

The encoding is found by decoding attempts (UTF-8 with or without BOM, UTF-16 with BOM as
Excel's "Unicode text", then Windows-1252), never by guessing from statistics; a file that
mixes UTF-8 and Windows-1252 lines (two lists pasted together) is refused with both line
numbers rather than imported with garbled names. The delimiter (`;`, `,` or tab) is found by
parsing a sample with each and keeping the one that gives a consistent table, because
`csv.Sniffer` alone picks wrong on short Danish files (CPython #119123).

Every file is read as a stream and bounded before it is read whole: only regular files
(never `/dev/zero` or a pipe), at most MAX_BYTES on disk, MAX_ROWS rows, MAX_COLUMNS columns;
XLSX parts are bounded by their uncompressed size (see `tabular_xlsx`). Rows are kept
encoded (`Rows`), so memory stays near the file's size instead of ten times that as Python
strings. Everything that can go wrong with a file ends as `ImportFailed` with a message for
people that names the limit or the line.
"""

from __future__ import annotations

import codecs
import csv
import io
import os
import re
import stat
from array import array
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import BinaryIO, overload

from ..i18n import translate
from .errors import DomainError

DELIMITERS = (";", ",", "\t")
MAX_BYTES = 50 * 1024 * 1024
MAX_ROWS = 100_000
MAX_COLUMNS = 200
MAX_LINE_BYTES = 4 * 1024 * 1024  # one physical line; a cell is bounded by csv's field limit (128 Ki characters)
_SAMPLE_BYTES = 64 * 1024
_CHUNK = 1024 * 1024
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
_NON_ASCII = re.compile(rb"[\x80-\xff]")
_SEPARATOR = "\x00"  # between the cells of a stored row: no CSV we accept and no XML can hold it


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


Row = tuple[int, tuple[str, ...]]  # (line number, cells)


class Rows(Sequence[Row]):
    """The data rows of a table, stored encoded: one bytes object per row, cells separated by NUL.

    A table of tuples of Python strings costs about fifty bytes per cell however short the
    cell; a 50 MB file of short cells would take a gigabyte. Encoded, it takes about the
    file's size, and a row is decoded when it is read.
    """

    def __init__(self, codec: str = "utf-8") -> None:
        self._codec = codec
        self._lines = array("q")
        self._data: list[bytes] = []

    def append(self, line: int, cells: Iterable[str]) -> None:
        self._lines.append(line)
        self._data.append(_SEPARATOR.join(cells).encode(self._codec))

    def __len__(self) -> int:
        return len(self._data)

    def _row(self, index: int) -> Row:
        return self._lines[index], tuple(self._data[index].decode(self._codec).split(_SEPARATOR))

    @overload
    def __getitem__(self, index: int) -> Row: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[Row]: ...

    def __getitem__(self, index: int | slice) -> Row | Sequence[Row]:
        if isinstance(index, slice):
            return [self._row(i) for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        return self._row(index)

    def __iter__(self) -> Iterator[Row]:
        for index in range(len(self)):
            yield self._row(index)


@dataclass(frozen=True)
class Table:
    headers: tuple[str, ...]
    rows: Sequence[Row]
    kind: str  # "csv" or "xlsx"
    encoding: str = ""
    delimiter: str = ""


Source = bytes | str | os.PathLike[str]


def read_table(source: Source, filename: str = "") -> Table:
    """The header row and the data rows of a CSV or XLSX file (a path, or the file's bytes)."""
    if isinstance(source, bytes | bytearray):
        if len(source) > MAX_BYTES:
            raise ImportFailed(_too_large())
        return _read_stream(io.BytesIO(source), filename)
    path = Path(source)
    with _open_regular(path) as stream:
        return _read_stream(stream, filename or path.name)


def _too_large() -> str:
    return translate("Import", "The file is larger than {limit} MB; split it into smaller files.").format(
        limit=MAX_BYTES // (1024 * 1024))


def _open_regular(path: Path) -> BinaryIO:
    """Open only a regular file: `/dev/zero`, a pipe or a socket would be read for ever (or block)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except IsADirectoryError as error:
        raise ImportFailed(translate("Import", "{path} is a folder; choose a file.").format(path=path)) from error
    except OSError as error:
        raise ImportFailed(translate("Import", "{path} cannot be read: {reason}.").format(
            path=path, reason=error.strerror or error)) from error
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode):
        os.close(fd)
        if stat.S_ISDIR(info.st_mode):
            raise ImportFailed(translate("Import", "{path} is a folder; choose a file.").format(path=path))
        raise ImportFailed(translate("Import", "{path} is not a regular file (a device or a pipe); choose a CSV or "
                                               "Excel file.").format(path=path))
    if info.st_size > MAX_BYTES:
        os.close(fd)
        raise ImportFailed(_too_large())
    if hasattr(os, "set_blocking"):
        os.set_blocking(fd, True)
    return os.fdopen(fd, "rb")


def _read_stream(stream: BinaryIO, filename: str) -> Table:
    head = stream.read(8)
    stream.seek(0)
    if not head:
        raise ImportFailed(translate("Import", "The file is empty."))
    if head.startswith(b"PK\x03\x04") or filename.lower().endswith((".xlsx", ".xlsm")):
        from .tabular_xlsx import read_xlsx

        return read_xlsx(stream)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise ImportFailed(translate(
            "Import", "This is an old Excel file (.xls). Save it as .xlsx or CSV in Excel and import that."))
    return _read_csv(stream, _encoding(_Bounded(stream)))


class _Bounded:
    """Reads at most MAX_BYTES from the start of `stream`, whatever the file claims its size is."""

    def __init__(self, stream: BinaryIO) -> None:
        stream.seek(0)
        self.stream, self.left = stream, MAX_BYTES + 1

    def read(self, size: int = _CHUNK) -> bytes:
        data = self.stream.read(min(size, self.left))
        self.left -= len(data)
        if self.left <= 0:
            raise ImportFailed(_too_large())
        return data

    def readline(self, limit: int) -> bytes:
        data = self.stream.readline(min(limit, self.left))
        self.left -= len(data)
        if self.left <= 0:
            raise ImportFailed(_too_large())
        return data


# --- encoding ----------------------------------------------------------------------------------

@dataclass
class _Scan:
    """What one pass over the bytes found: where UTF-8 with accents is, where UTF-8 breaks."""

    utf8_line: int = 0  # first line with non-ASCII that is valid UTF-8
    other_line: int = 0  # first line that is not valid UTF-8


def _encoding(stream: _Bounded) -> str:
    """The file's encoding, by decoding attempts over every line (streamed, nothing kept)."""
    first = stream.read(_SAMPLE_BYTES)
    if first.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    bom = first.startswith(codecs.BOM_UTF8)
    scan = _scan_lines(first, stream)
    if scan.other_line and (scan.utf8_line or bom):
        raise ImportFailed(_mixed(scan, bom))
    if scan.other_line:
        return "cp1252"
    return "utf-8-sig" if bom else "utf-8"


def _mixed(scan: _Scan, bom: bool) -> str:
    if bom and not scan.utf8_line:
        return translate("Import", "Line {line} is not UTF-8, although the file says it is: the file mixes two "
                                   "encodings. Nothing was imported; check that line, or save the file again "
                                   "from Excel as 'CSV UTF-8'.").format(line=scan.other_line)
    return translate("Import", "The file mixes two encodings: line {utf8} is UTF-8 but line {other} is "
                               "Windows-1252 (two lists pasted together?). Nothing was imported, because names on "
                               "one of those lines would come out garbled; save each part as 'CSV UTF-8' from "
                               "Excel, or retype line {utf8}.").format(utf8=scan.utf8_line, other=scan.other_line)


def _scan_lines(first: bytes, stream: _Bounded) -> _Scan:
    scan, lines_before, carry = _Scan(), 0, b""
    chunk = first
    while True:
        data = carry + chunk
        at_end = not chunk
        cut = len(data) if at_end else data.rfind(b"\n") + 1
        block, carry = data[:cut], data[cut:]
        if b"\x00" in block:
            raise ImportFailed(_not_text())
        if len(carry) > MAX_LINE_BYTES:
            raise ImportFailed(_line_too_long())
        if block and not block.isascii():
            _scan_block(block, lines_before, scan)
        lines_before += block.count(b"\n")
        if at_end:
            return scan
        chunk = stream.read()


def _scan_block(block: bytes, lines_before: int, scan: _Scan) -> None:
    try:
        block.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if not scan.utf8_line:
            match = _NON_ASCII.search(block)
            assert match is not None
            scan.utf8_line = lines_before + block.count(b"\n", 0, match.start()) + 1
        return
    for number, line in enumerate(block.splitlines(), start=lines_before + 1):
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            scan.other_line = scan.other_line or number
        else:
            scan.utf8_line = scan.utf8_line or number
        if scan.utf8_line and scan.other_line:
            return


def _not_text() -> str:
    return translate("Import", "The file is not a text file: choose a CSV file or an Excel workbook (.xlsx).")


def _text_lines(stream: _Bounded, encoding: str) -> Iterator[str]:
    """The file's lines, decoded one at a time (bounded in length) for the csv reader."""
    if encoding == "utf-16":
        text = io.TextIOWrapper(stream.stream, encoding="utf-16", newline="")
        reader = text.readline
        try:
            while line := reader(MAX_LINE_BYTES + 1):
                if len(line) > MAX_LINE_BYTES:
                    raise ImportFailed(_line_too_long())
                yield line
        except UnicodeDecodeError as error:
            raise ImportFailed(_not_text()) from error
        finally:
            text.detach()
        return
    first = True
    while raw := stream.readline(MAX_LINE_BYTES + 1):
        if len(raw) > MAX_LINE_BYTES:
            raise ImportFailed(_line_too_long())
        try:
            line = raw.decode(encoding)
        except UnicodeDecodeError as error:  # the scan said otherwise: the file changed meanwhile
            raise ImportFailed(_not_text()) from error
        if first:
            line, first = line.removeprefix("\ufeff"), False
        yield line


def _line_too_long() -> str:
    return translate("Import", "A line of the file is longer than {limit} MB: this is not a participant "
                               "list.").format(limit=MAX_LINE_BYTES // (1024 * 1024))


# --- CSV -----------------------------------------------------------------------------------------

def _records(lines: Iterable[str], delimiter: str) -> Iterator[list[str]]:
    return csv.reader(lines, delimiter=delimiter, quotechar='"', doublequote=True, strict=False)


def _sample_score(text: str, delimiter: str) -> tuple[bool, int, int]:
    rows: list[list[str]] = []
    try:
        for row in _records(io.StringIO(text, newline=""), delimiter):
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
    return max(DELIMITERS, key=lambda d: _sample_score(text, d))


def _sample(stream: _Bounded, encoding: str) -> str:
    """The first lines of the file as text, to find the delimiter and tell text from binary."""
    lines: list[str] = []
    size = 0
    for line in _text_lines(stream, encoding):
        lines.append(line)
        size += len(line)
        if size >= _SAMPLE_BYTES or len(lines) >= 200:
            break
    text = "".join(lines)
    if "\x00" in text or len(_CONTROLS.findall(text)) > max(2, len(text) // 100):
        raise ImportFailed(_not_text())
    return text


def _read_csv(raw: BinaryIO, encoding: str) -> Table:
    delimiter = detect_delimiter(_sample(_Bounded(raw), encoding))
    rows = Rows("cp1252" if encoding == "cp1252" else "utf-8")
    headers: tuple[str, ...] | None = None
    reader = _records(_text_lines(_Bounded(raw), encoding), delimiter)
    line = 1
    try:
        for record in reader:
            start, line = line, reader.line_num + 1  # type: ignore[attr-defined]
            if not any(cell.strip() for cell in record):
                continue
            record = within_width(record, start)
            if headers is None:
                headers = header_names(record)
            else:
                check_row_count(len(rows))
                rows.append(start, record)
    except csv.Error as error:
        raise ImportFailed(translate("Import", "Line {line}: the file cannot be read as CSV ({reason}).").format(
            line=line, reason=error)) from error
    if headers is None:
        raise ImportFailed(translate("Import", "The file has no header row."))
    return Table(headers, rows, "csv", encoding, delimiter)


def within_width(cells: list[str], line: int) -> list[str]:
    """The row cut to MAX_COLUMNS cells: empty cells beyond are dropped, a filled one refuses the file."""
    if len(cells) <= MAX_COLUMNS:
        return cells
    if any(c.strip() for c in cells[MAX_COLUMNS:]):
        raise ImportFailed(translate("Import", "Line {line} has more than {limit} columns: this is not a "
                                               "participant list, or the delimiter is wrong.").format(
            line=line, limit=MAX_COLUMNS))
    return cells[:MAX_COLUMNS]


def too_many_rows() -> ImportFailed:
    return ImportFailed(translate("Import", "The file has more than {limit} rows; split it into smaller "
                                            "files.").format(limit=f"{MAX_ROWS:,}"))


def check_row_count(count: int) -> None:
    """Refuse the row after the MAX_ROWS-th, before it is stored."""
    if count >= MAX_ROWS:
        raise too_many_rows()


def header_names(cells: Sequence[str]) -> tuple[str, ...]:
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
