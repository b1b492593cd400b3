"""File names the save dialogs suggest: what it is, the meeting's title and date, never 'programme-1.pdf'.

'Programme – WECP Annual General Assembly 2022 – 2022-10-05.pdf'. The date is written year first so
the files of a folder sort by date; characters Windows, macOS or a USB stick refuse are left out.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]+')
MAX_STEM = 150


def file_name(what: str, title: str, day: date | None, suffix: str) -> str:
    """A safe file name from its parts; `suffix` without the dot."""
    parts = [p for p in (what, title, day.isoformat() if day else "") if p and p.strip()]
    stem = " – ".join(" ".join(_FORBIDDEN.sub(" ", unicodedata.normalize("NFC", p)).split()) for p in parts)
    stem = stem[:MAX_STEM].rstrip(" .–") or "klimamoeder"
    return f"{stem}.{suffix}"
