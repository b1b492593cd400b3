"""Danish ships complete: every string in the catalogue is translated, and the compiled file is current."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

TRANSLATIONS = Path(__file__).parents[2] / "resources" / "translations"
TS = TRANSLATIONS / "klimamoeder_da.ts"


def messages() -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(TS).getroot()
    return [(ctx.findtext("name") or "", m.findtext("source") or "", m.find("translation"))  # type: ignore[misc]
            for ctx in root.findall("context") for m in ctx.findall("message")]


def texts(tr: ET.Element) -> list[str]:
    """The translated text, or each plural form of a numerus message (`%n page(s)`)."""
    forms = tr.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [tr.text or ""]


def test_every_string_has_a_danish_translation() -> None:
    missing = [(ctx, source) for ctx, source, tr in messages()
               if tr.get("type") in ("unfinished", "vanished", "obsolete") or not all(t.strip() for t in texts(tr))]
    assert missing == []


def test_placeholders_survive_translation() -> None:
    wrong = []
    for ctx, source, tr in messages():
        for text in texts(tr):
            if sorted(re.findall(r"\{\w*\}", source)) != sorted(re.findall(r"\{\w*\}", text)):
                wrong.append((ctx, source, text))
    assert wrong == []


@pytest.mark.skipif(shutil.which("pyside6-lrelease") is None, reason="PySide6 tools not on PATH")
def test_the_shipped_qm_file_is_compiled_from_the_current_ts(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.qm"
    subprocess.run(["pyside6-lrelease", "-silent", str(TS), "-qm", str(fresh)], check=True)
    assert fresh.read_bytes() == (TRANSLATIONS / "klimamoeder_da.qm").read_bytes()
