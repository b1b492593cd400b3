"""Files made to hurt an importer, built in milliseconds: zip bombs, huge tables, mixed encodings.

A zip bomb is written by hand: a 1 MB block of one letter deflated once, the compressed
block repeated (deflate segments ended by a full flush can be concatenated), and the zip's
headers around it; compressing a gigabyte for real would take longer than the whole test.
"""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

_BLOCK = 1 << 20
_CONTENT_TYPES = (
    b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
    b'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    b'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/'
    b'workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    b'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
    b'officedocument.spreadsheetml.worksheet+xml"/></Types>')
_RELS = (
    b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
    b'2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    b'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
_WORKBOOK = (
    b'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
    b'2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
    b'<sheet name="Deltagere" sheetId="1" r:id="rId1"/></sheets></workbook>')
_WORKBOOK_RELS = (
    b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
    b'2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    b'relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
SHEET_START = (b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/'
               b'spreadsheetml/2006/main"><sheetData>')
SHEET_END = b"</sheetData></worksheet>"


def _deflate_repeated(prefix: bytes, fill: bytes, repeat: int, suffix: bytes) -> tuple[bytes, int, int]:
    """(raw deflate data, crc32, uncompressed size) of prefix + fill × repeat + suffix."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    head = compressor.compress(prefix) + compressor.flush(zlib.Z_FULL_FLUSH)
    block = compressor.compress(fill) + compressor.flush(zlib.Z_FULL_FLUSH)
    tail = compressor.compress(suffix) + compressor.flush()
    crc = zlib.crc32(prefix)
    for _ in range(repeat):
        crc = zlib.crc32(fill, crc)
    crc = zlib.crc32(suffix, crc)
    return head + block * repeat + tail, crc, len(prefix) + len(fill) * repeat + len(suffix)


def _zip(path: Path, parts: list[tuple[str, bytes, int, int, int]]) -> None:
    """parts: (name, stored data, method 0|8, crc32, uncompressed size)."""
    local, central, offset = [], [], 0
    for name, data, method, crc, size in parts:
        encoded = name.encode()
        header = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, method, 0, 0x21, crc, len(data), size,
                             len(encoded), 0) + encoded
        local.append(header + data)
        central.append(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, method, 0, 0x21, crc, len(data),
                                   size, len(encoded), 0, 0, 0, 0, 0, offset) + encoded)
        offset += len(header) + len(data)
    directory = b"".join(central)
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(parts), len(parts), len(directory), offset, 0)
    path.write_bytes(b"".join(local) + directory + end)


def _stored(name: str, data: bytes) -> tuple[str, bytes, int, int, int]:
    return name, data, 0, zlib.crc32(data), len(data)


def xlsx_with_sheet(path: Path, sheet_prefix: bytes, fill: bytes, repeat: int, sheet_suffix: bytes) -> Path:
    """A minimal workbook whose first sheet is sheet_prefix + fill × repeat + sheet_suffix (deflated)."""
    data, crc, size = _deflate_repeated(sheet_prefix, fill, repeat, sheet_suffix)
    _zip(path, [_stored("[Content_Types].xml", _CONTENT_TYPES), _stored("_rels/.rels", _RELS),
                _stored("xl/workbook.xml", _WORKBOOK), _stored("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS),
                ("xl/worksheets/sheet1.xml", data, 8, crc, size)])
    return path


def zip_bomb(path: Path, cell_megabytes: int) -> Path:
    """One cell of `cell_megabytes` MB of the letter A: 1 GB packs into about a megabyte."""
    return xlsx_with_sheet(path, SHEET_START + b'<row r="1"><c r="A1" t="inlineStr"><is><t>', b"A" * _BLOCK,
                           cell_megabytes, b"</t></is></c></row>" + SHEET_END)


def xlsx_rows(path: Path, rows: int) -> Path:
    """A header and `rows` one-cell rows (the issue's 3 million rows in a 15 MB workbook)."""
    header = b'<row r="1"><c r="A1" t="inlineStr"><is><t>Navn</t></is></c></row>'
    per_block = 40_000  # rows per deflated block: big enough to compress, few enough to checksum quickly
    assert rows % per_block == 0
    return xlsx_with_sheet(path, SHEET_START + header, b"<row><c><v>1</v></c></row>" * per_block,
                           rows // per_block, SHEET_END)


def xlsx_columns(path: Path, columns: int) -> Path:
    cells = b"".join(b'<c t="inlineStr"><is><t>k%d</t></is></c>' % n for n in range(columns))
    return xlsx_with_sheet(path, SHEET_START + b"<row>" + cells + b"</row>", b"", 0, SHEET_END)


def csv_rows(path: Path, rows: int) -> Path:
    path.write_bytes(b"Navn;E-mail\r\n" + b"a;b\r\n" * rows)
    return path


def csv_columns(path: Path, columns: int) -> Path:
    path.write_bytes(";".join(f"kolonne {n}" for n in range(columns)).encode() + b"\r\nAnne;x\r\n")
    return path


def mixed_encoding_csv(path: Path) -> Path:
    """A Danish Excel export (Windows-1252) with one row pasted in from a UTF-8 file."""
    path.write_bytes("Navn;E-mail;Kost\r\n".encode("cp1252")
                     + "Søren Ærø;soeren@esbjerg.example;Vegetar\r\n".encode("cp1252")
                     + "Zoë Hartley;zoe.hartley@perth.example;Glutenfri\r\n".encode()
                     + "Åse Øster;aase@kl.example;\r\n".encode("cp1252"))
    return path
