"""Collect the user-visible strings into klimamoeder_da.ts and compile klimamoeder_da.qm.

    python resources/translations/update.py

Run after changing strings; translate new entries in the .ts (pyside6-linguist), run again.
English is the source language, so only Danish needs a catalogue.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
TS = HERE / "klimamoeder_da.ts"
QM = HERE / "klimamoeder_da.qm"


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "klimamoeder").rglob("*.py"))


def update_ts() -> None:
    subprocess.run(["pyside6-lupdate", *sources(), "-no-obsolete", "-source-language", "en",
                    "-target-language", "da_DK", "-locations", "none", "-ts", str(TS)], cwd=ROOT, check=True)


def compile_qm(target: Path = QM) -> None:
    subprocess.run(["pyside6-lrelease", "-silent", str(TS), "-qm", str(target)], check=True)


if __name__ == "__main__":
    if "--compile-only" not in sys.argv:
        update_ts()
    compile_qm()
