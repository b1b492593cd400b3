"""A network's identity on printed documents: its logo and its colour.

The logo is stored as PNG or JPEG bytes (the dialog turns an SVG into PNG first), checked
here by decoding it, and made no larger than needed for print: a badge's mark is 7 mm
high, a page header's 12 mm; 600 pixels is 300 dpi at 50 mm.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass

from PIL import Image, UnidentifiedImageError
from sqlalchemy.orm import Session

from ..i18n import translate
from ..model import Network
from ..storage import Database
from .errors import DomainError, NotFound

MAX_LOGO_BYTES = 5_000_000
MAX_LOGO_PIXELS = 600
_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")


@dataclass(frozen=True)
class NetworkIdentity:
    network_id: int
    name: str
    short_name: str
    logo: bytes | None
    colour: str


def _network(s: Session, network_id: int) -> Network:
    network = s.get(Network, network_id)
    if network is None:
        raise NotFound(translate("Errors", "There is no network with id {id}.").format(id=network_id))
    return network


def identity(db: Database, network_id: int) -> NetworkIdentity:
    with db.read() as s:
        n = _network(s, network_id)
        return NetworkIdentity(n.id, n.name, n.short_name, n.logo, n.colour)


def clean_logo(data: bytes) -> bytes:
    """The logo as PNG (or the JPEG as it is), at most `MAX_LOGO_PIXELS` on its longer side.

    Raises DomainError for anything that is not a readable PNG or JPEG image.
    """
    if len(data) > MAX_LOGO_BYTES:
        raise DomainError(translate("Networks", "The logo is larger than 5 MB; use a smaller image."), field="logo")
    try:
        with Image.open(io.BytesIO(data)) as image:
            image.load()
            kind = image.format
            if kind not in ("PNG", "JPEG"):
                raise DomainError(translate("Networks", "The logo must be a PNG, JPEG or SVG image."), field="logo")
            if max(image.size) <= MAX_LOGO_PIXELS:
                return data
            image.thumbnail((MAX_LOGO_PIXELS, MAX_LOGO_PIXELS))
            out = io.BytesIO()
            image.save(out, format=kind)
            return out.getvalue()
    except (UnidentifiedImageError, OSError, ValueError) as error:
        raise DomainError(translate("Networks", "The logo could not be read as an image."), field="logo") from error


def set_identity(db: Database, network_id: int, logo: bytes | None, colour: str) -> NetworkIdentity:
    """Save the network's logo (None: no logo) and colour (`#RRGGBB`, or empty for the documents' grey)."""
    colour = colour.strip()
    if colour and not _COLOUR.fullmatch(colour):
        raise DomainError(translate("Networks", "'{colour}' is not a colour like #1F6F8B.").format(colour=colour),
                          field="colour")
    cleaned = clean_logo(logo) if logo else None
    with db.session() as s:
        n = _network(s, network_id)
        n.logo, n.colour = cleaned, colour.upper()
        return NetworkIdentity(n.id, n.name, n.short_name, n.logo, n.colour)
