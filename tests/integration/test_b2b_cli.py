"""`klimamoeder b2b …` and `export b2b-…` as a script uses them, on the demo's WECP assembly.

The bilateral .ics is read back with ical.js (Thunderbird's parser), using only the VTIMEZONE we embed.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.integration.test_ical_independent_parsers import NODE_DIR, node_available

WECP = "WECP Annual General Assembly 2022"


def klimamoeder(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "klimamoeder", "--db", str(db), *args], capture_output=True,
                          text=True, timeout=120, check=False)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    db = tmp_path_factory.mktemp("b2b") / "k.sqlite3"
    assert klimamoeder(db, "demo").returncode == 0
    meetings = json.loads(klimamoeder(db, "meetings", "--json").stdout)
    return db, str(next(m["id"] for m in meetings if m["title"] == WECP))


def test_the_demo_has_a_b2b_session_on_6_october_and_schedule_prints_the_documented_json(demo) -> None:
    db, meeting = demo
    result = klimamoeder(db, "b2b", "schedule", meeting, "--time-limit", "5", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert list(data) == ["requested", "upper_bound", "greedy", "scheduled", "scheduled_must", "idle_gaps",
                          "meetings"]
    assert data["requested"] >= 12 and data["greedy"] <= data["scheduled"] <= data["upper_bound"]
    first = data["meetings"][0]
    assert set(first) == {"start", "table", "participants"}
    assert all(m["start"].startswith("2022-10-06T") for m in data["meetings"])
    assert "jesper.frost.rasmussen@esbjerg.example" in {e for m in data["meetings"] for e in m["participants"]}


def test_fill_only_keeps_every_planned_meeting(demo) -> None:
    db, meeting = demo
    before = json.loads(klimamoeder(db, "b2b", "schedule", meeting, "--fill-only", "--json").stdout)["meetings"]
    after = json.loads(klimamoeder(db, "b2b", "schedule", meeting, "--fill-only", "--json").stdout)["meetings"]
    assert after == before


def test_a_bilateral_calendar_reads_in_ical_js_with_the_table_in_location(demo, tmp_path: Path) -> None:
    if not node_available():
        pytest.skip("node and ical.js are not installed (bash tests/run installs them)")
    db, meeting = demo
    target = tmp_path / "jesper.ics"
    result = klimamoeder(db, "export", "b2b-calendar", meeting, "jesper.frost.rasmussen@esbjerg.example",
                         "-o", str(target))
    assert result.returncode == 0, result.stderr
    parsed = json.loads(subprocess.run(["node", str(NODE_DIR / "parse_ics.mjs"), str(target)], capture_output=True,
                                       text=True, check=True, cwd=NODE_DIR).stdout)
    events = parsed["events"]
    assert parsed["method"] == "PUBLISH" and len(events) >= 3
    assert len({e["uid"] for e in events}) == len(events)
    # his own table, in his language (Danish)
    assert all(e["location"].startswith("Bord 1, Mødelokale 1, Musikhuset Esbjerg") for e in events)
    assert all(e["tzid"] == "Europe/Copenhagen" and e["start"].startswith("2022-10-06T") for e in events)
    starts = sorted(e["start"] for e in events)
    assert starts[0] >= "2022-10-06T13:00:00.000Z"  # 15:00 in Esbjerg is 13:00 UTC
    assert all(e["summary"].startswith("B2B: ") for e in events)


def test_session_import_and_exports_from_the_command_line(tmp_path: Path) -> None:
    db = tmp_path / "k.sqlite3"
    assert klimamoeder(db, "demo").returncode == 0
    meeting = str(next(m["id"] for m in json.loads(klimamoeder(db, "meetings", "--json").stdout)
                       if m["title"] == WECP))
    result = klimamoeder(db, "b2b", "session", meeting, "--start", "2022-10-07T09:00", "--end", "2022-10-07T12:00",
                         "--slot-minutes", "20", "--tables", "8", "--break", "2022-10-07T10:20/2022-10-07T10:40")
    assert result.returncode == 0, result.stderr
    assert "8 slots of 20 minutes, 8 tables" in result.stdout
    requests = tmp_path / "requests.csv"
    requests.write_text("Requester;Target;Priority;Status\n"
                        "zoe.hartley@perth.example;bridget.o.connor@cairns.example;must;accepted\n"
                        "nobody@nowhere.example;fiona.macleod@aberdeen.example;want;accepted\n"
                        "fiona.macleod@aberdeen.example;zoe.hartley@perth.example;maybe;accepted\n", encoding="utf-8")
    result = klimamoeder(db, "b2b", "import-requests", meeting, str(requests))
    assert result.returncode == 1
    assert "Line 3, column Requester: 'nobody@nowhere.example' is not registered" in result.stderr
    assert "Line 4, column Priority: 'maybe' is not a priority" in result.stderr
    requests.write_text("Requester;Target;Priority;Status\n"
                        "zoe.hartley@perth.example;bridget.o.connor@cairns.example;must;accepted\n", encoding="utf-8")
    result = klimamoeder(db, "b2b", "import-requests", meeting, str(requests))
    assert result.returncode == 0, result.stderr
    assert "0 new, 1 updated" in result.stdout
    for kind, name in (("b2b-agendas", "agendas.pdf"), ("b2b-table-plan", "plan.pdf"), ("b2b-matrix", "m.xlsx")):
        result = klimamoeder(db, "export", kind, meeting, "-o", str(tmp_path / name))
        assert result.returncode == 0, result.stderr
    result = klimamoeder(db, "export", "b2b-agendas", meeting, "-o", str(tmp_path / "agendas.pdf"))
    assert result.returncode == 1 and "already exists" in result.stderr
    bad = klimamoeder(db, "b2b", "session", meeting, "--start", "2022-10-07T09:00", "--end", "2022-10-07T09:10",
                      "--slot-minutes", "20", "--tables", "8")
    assert bad.returncode == 1 and bad.stderr.count("\n") == 1 and "No slot fits" in bad.stderr
