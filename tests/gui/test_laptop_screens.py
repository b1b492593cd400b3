"""Every page and dialog on a 1366 × 768 laptop at 100 % and 125 %, in Danish and English: each fits the screen
with every button on it. The screenshots are written to test-artefacts/screens/ (git-ignored, regenerated on every
run, so the suite never dirties a checkout) to be looked at."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.gui
ROOT = Path(__file__).parent.parent.parent
LAPTOP = ROOT / "tests" / "screens" / "laptop-1366x768.json"
ARTEFACTS = ROOT / "test-artefacts" / "screens"


@pytest.mark.parametrize(("scale", "available"), [("1", (1366, 728)), ("1.25", (1093, 582))])
def test_every_page_and_dialog_fits_a_1366x768_laptop(tmp_path: Path, scale: str,
                                                      available: tuple[int, int]) -> None:
    out = ARTEFACTS / f"{round(float(scale) * 100)}"
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={LAPTOP}", QT_SCALE_FACTOR=scale,
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"),
               XDG_CACHE_HOME=str(tmp_path / "cache"), KLIMAMOEDER_LANGUAGE="en")
    env.pop("KLIMAMOEDER_DB", None)
    result = subprocess.run([sys.executable, "-m", "tests.gui.laptop_walk", str(out)], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=600)
    assert (out / "problems.json").exists(), result.stderr[-3000:]
    report = json.loads((out / "problems.json").read_text(encoding="utf-8"))
    assert tuple(report["screen"]) == available
    assert report["problems"] == [], "\n".join(report["problems"])
    assert result.returncode == 0, result.stderr[-2000:]
    names = {Path(p).name.split("-", 1)[1] for p in report["shots"]}
    assert {"wecp-checklist.png", "print-programme.png", "invitations-preview.png", "import-4-check.png",
            "check-in.png", "wecp-agenda-list.png", "mail-settings.png", "b2b.png", "b2b-invitations.png",
            "reminders.png", "practical-information.png"} <= names
    english = [p for p in report["shots"] if "/en/" in p]
    assert len(english) >= 41 and len(report["shots"]) == 2 * len(english)  # the same walk in both languages
    assert all(Path(p).stat().st_size > 3000 for p in report["shots"])  # drawn, not blank
