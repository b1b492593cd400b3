"""The demo data set through the command line, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import subprocess
import sys

EXPECTED = {
    "WECP Annual General Assembly 2022": ("2022-10-05T14:00:00+02:00", "2022-10-08T13:00:00+02:00",
                                          "Musikhuset Esbjerg"),
    "Netværksmøde: klimasamarbejde med erhvervslivet": ("2021-04-29T10:00:00+02:00",
                                                        "2021-04-29T15:00:00+02:00", "KL-Huset"),
    "Netværksmøde ved Klimafolkemødet": ("2021-09-02T13:00:00+02:00", "2021-09-02T16:00:00+02:00",
                                         "Klimafolkemødet"),
    "C40 Green Growth Network workshop": ("2012-10-08T09:00:00+02:00", "2012-10-09T16:00:00+02:00",
                                          "Københavns Rådhus"),
    "Infomøde for lokale håndværksmestre: efteruddannelse til energihåndværker": (
        "2015-01-08T16:00:00+01:00", "2015-01-08T18:00:00+01:00", "Billund Rådhus"),
    "Signing of the Copenhagen–Beijing agreement on sustainable urban development": (
        "2012-09-14T11:00:00+02:00", "2012-09-14T12:30:00+02:00", "Københavns Rådhus"),
}


def klimamoeder(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "klimamoeder", *args], capture_output=True, text=True,
                          timeout=120, check=False)


def test_demo_lists_the_seed_meetings_with_local_times_and_is_idempotent(db_url: str) -> None:
    first = klimamoeder("--db", db_url, "demo")
    assert first.returncode == 0, first.stderr
    listed = klimamoeder("--db", db_url, "meetings", "--json")
    assert listed.returncode == 0, listed.stderr
    meetings = {m["title"]: m for m in json.loads(listed.stdout)}
    for title, (start, end, venue) in EXPECTED.items():
        assert (meetings[title]["start"], meetings[title]["end"], meetings[title]["venue"]) == (start, end, venue)
        assert meetings[title]["time_zone"] == "Europe/Copenhagen"

    second = klimamoeder("--db", db_url, "demo")
    assert second.returncode == 0
    assert "nothing changed" in second.stdout
    assert json.loads(klimamoeder("--db", db_url, "meetings", "--json").stdout) == json.loads(listed.stdout)


def test_an_unreachable_database_is_one_clear_line_and_a_non_zero_exit(tmp_path) -> None:
    result = klimamoeder("--db", "postgresql://nobody@127.0.0.1:1/none", "meetings")
    assert result.returncode == 1
    assert result.stderr.startswith("klimamoeder: ")
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr
