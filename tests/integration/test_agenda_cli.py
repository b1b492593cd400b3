"""`klimamoeder agenda MEETING`: the programme in the meeting's local time, as text and JSON."""

from __future__ import annotations

import json
import subprocess
import sys


def klimamoeder(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "klimamoeder", *args], capture_output=True, text=True,
                          timeout=120, check=False)


def meeting_id(db_url: str, title: str) -> int:
    listed = json.loads(klimamoeder("--db", db_url, "meetings", "--json").stdout)
    return next(m["id"] for m in listed if m["title"] == title)


def test_the_wecp_agenda_prints_day_by_day_in_local_time(db_url: str) -> None:
    assert klimamoeder("--db", db_url, "demo").returncode == 0
    wecp = meeting_id(db_url, "WECP Annual General Assembly 2022")

    text = klimamoeder("--db", db_url, "agenda", str(wecp))
    assert text.returncode == 0, text.stderr
    lines = text.stdout.splitlines()
    assert [line for line in lines if line and not line.startswith(" ")][1:] == [
        "Times in Europe/Copenhagen", "Wednesday 05.10.2022", "Thursday 06.10.2022", "Friday 07.10.2022",
        "Saturday 08.10.2022"]
    assert "  09:00–09:30  Opening of the General Assembly  [Koncertsalen]  Speakers: Jesper Frost Rasmussen" in lines
    assert ("  15:30–17:00  Panel: how Esbjerg diversified into offshore wind  [Koncertsalen]  "
            "Speakers: Søren Halkjær, Kirsten Dalgaard; Moderator: Mette Kjær Sørensen") in lines

    data = json.loads(klimamoeder("--db", db_url, "agenda", str(wecp), "--json").stdout)
    assert data["time_zone"] == "Europe/Copenhagen"
    assert len(data["items"]) == 17
    first = data["items"][0]
    assert (first["day"], first["start"], first["end"], first["title"], first["room"]) == (
        "2022-10-05", "2022-10-05T14:00:00+02:00", "2022-10-05T17:00:00+02:00", "Arrival and registration",
        "Foyeren")
    visit = next(i for i in data["items"] if i["kind"] == "excursion")
    assert (visit["room"], visit["speakers"]) == (None, ["Søren Halkjær"])


def test_an_unknown_meeting_is_one_line_on_stderr(db_url: str) -> None:
    result = klimamoeder("--db", db_url, "agenda", "999")
    assert result.returncode == 1
    assert result.stderr.strip() == "klimamoeder: There is no meeting with id 999."
