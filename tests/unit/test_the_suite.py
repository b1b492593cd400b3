"""The suite's own habits, checked because later work brought the old ones back: screenshots go to the run's
own folder (tests/gui/shots.py), never a fixed shared one, and no test waits a fixed time for something to happen."""

from __future__ import annotations

import re
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]


def sources() -> dict[str, str]:
    return {str(path.relative_to(TESTS)): path.read_text(encoding="utf-8") for path in TESTS.rglob("*.py")
            if path.name != Path(__file__).name}


def offending(pattern: str) -> list[str]:
    found = re.compile(pattern)
    return [f"{name}:{number}" for name, text in sources().items()
            for number, line in enumerate(text.splitlines(), 1) if found.search(line)]


def test_no_test_writes_to_a_fixed_shared_folder() -> None:
    """A fixed folder such as /tmp/klimamoeder-shots breaks on Windows and mixes parallel runs' files."""
    assert offending(r"klimamoeder-shots|Path\(\s*[\"']/tmp") == []


def test_no_test_waits_a_fixed_time() -> None:
    """A fixed wait is either too short on a busy machine (flaky) or wasted time: wait for the signal or condition."""
    assert offending(r"qtbot\.wait\(\s*\d") == []
