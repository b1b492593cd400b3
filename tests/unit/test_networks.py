"""A network's logo and colour: checked, shrunk to what print needs, shown on its documents."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from klimamoeder.services import meetings, networks
from klimamoeder.services.errors import DomainError
from klimamoeder.storage import Database


def png(width: int, height: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGBA", (width, height), (31, 111, 139, 255)).save(out, format="PNG")
    return out.getvalue()


def wecp(db: Database) -> int:
    return next(n.id for n in meetings.list_networks(db) if n.short_name == "WECP")


def test_the_demo_networks_have_their_marks_and_colours(demo_db: Database) -> None:
    found = networks.identity(demo_db, wecp(demo_db))
    assert found.colour == "#1F6F8B"
    assert found.logo is not None and Image.open(io.BytesIO(found.logo)).format == "PNG"


def test_a_large_logo_is_shrunk_and_a_colour_is_checked(demo_db: Database) -> None:
    saved = networks.set_identity(demo_db, wecp(demo_db), png(3000, 1000), "#aa3300")
    assert max(Image.open(io.BytesIO(saved.logo or b"")).size) == networks.MAX_LOGO_PIXELS
    assert networks.identity(demo_db, wecp(demo_db)).colour == "#AA3300"
    with pytest.raises(DomainError, match="not a colour"):
        networks.set_identity(demo_db, wecp(demo_db), None, "teal")
    with pytest.raises(DomainError, match="could not be read"):
        networks.set_identity(demo_db, wecp(demo_db), b"<svg>not pixels</svg>", "")
    assert networks.identity(demo_db, wecp(demo_db)).colour == "#AA3300", "a refused change changes nothing"


def test_without_a_logo_documents_still_print(demo_db: Database) -> None:
    from klimamoeder.services.documents import badges_pdf, programme_pdf
    from tests.unit import pdf_reading as pdf

    networks.set_identity(demo_db, wecp(demo_db), None, "")
    meeting = next(m.id for m in meetings.list_meetings(demo_db) if m.network == "WECP")
    for document in (badges_pdf(demo_db, meeting, "en"), programme_pdf(demo_db, meeting, "en")):
        assert pdf.page_count(document) >= 1
