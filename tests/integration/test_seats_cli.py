"""The seat rule from a script: registrations, register, set-status, update meeting, replies review."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from klimamoeder import cli
from klimamoeder.storage import open_database
from tests.unit.test_registrations import make_meeting, make_network
from tests.unit.test_replies import outlook_reply


@pytest.fixture
def setup(tmp_path: Path) -> tuple[str, int]:
    path = str(tmp_path / "seats.sqlite3")
    db = open_database(path)
    meeting = make_meeting(db, make_network(db), capacity=2, days=2)
    db.dispose()
    return path, meeting


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.run(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_register_fills_the_seats_then_the_wait_list_and_set_status_promotes_in_order(
        setup: tuple[str, int], capsys: pytest.CaptureFixture[str]) -> None:
    db, meeting = setup
    for email, name in (("anne@kk.example", "Anne <b>&</b> Søren"), ("zoe@abdn.example", "Zoë"),
                        ("lucja@gdansk.example", "Łucja"), ("chen@bj.example", "陈刚")):
        code, out, _err = run(capsys, "--db", db, "register", str(meeting), email, "--name", name)
        assert code == 0
    assert out.strip() == "陈刚: the meeting is full; on the wait list."
    code, out, _err = run(capsys, "--db", db, "registrations", str(meeting), "--json")
    rows = json.loads(out)
    assert [(r["name"], r["status"], r["wait_list_position"]) for r in rows] == [
        ("Anne <b>&</b> Søren", "registered", None), ("Zoë", "registered", None),
        ("Łucja", "waitlisted", 1), ("陈刚", "waitlisted", 2)]
    assert set(rows[0]) == {"name", "email", "status", "role", "days", "wait_list_position", "answer",
                            "answered_sequence"}

    code, out, _err = run(capsys, "--db", db, "set-status", str(meeting), "ZOE@ABDN.EXAMPLE", "cancelled")
    assert code == 0 and "Zoë: cancelled." in out and "Moved up from the wait list: Łucja" in out

    code, out, err = run(capsys, "--db", db, "set-status", str(meeting), "zoe@abdn.example", "declined")
    assert code == 1 and "cannot change from cancelled to declined" in err and out == ""


def test_update_meeting_raises_capacity_promotes_refuses_too_low_and_says_an_update_is_due(
        setup: tuple[str, int], capsys: pytest.CaptureFixture[str]) -> None:
    db, meeting = setup
    for n in range(4):
        run(capsys, "--db", db, "register", str(meeting), f"p{n}@kl.example", "--name", f"Person {n}")
    code, out, _err = run(capsys, "--db", db, "update", "meeting", str(meeting), "--capacity", "3")
    assert code == 0 and "Moved up from the wait list: Person 2" in out
    code, _out, err = run(capsys, "--db", db, "update", "meeting", str(meeting), "--capacity", "1")
    assert code == 1 and "3 people are registered, so the capacity cannot be 1" in err
    code, out, _err = run(capsys, "--db", db, "update", "meeting", str(meeting), "--start", "2030-10-05T10:00")
    assert code == 0 and "version 1" in out
    code, out, _err = run(capsys, "--db", db, "update", "meeting", str(meeting), "--cancel")
    assert code == 0 and "version 2" in out
    with pytest.raises(SystemExit) as usage:
        cli.run(["--db", db, "update", "meeting", str(meeting), "--start", "tomorrow"])
    assert usage.value.code == 2 and "is not an ISO date" in capsys.readouterr().err


def test_register_an_unknown_address_without_a_name_is_refused(setup: tuple[str, int],
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    db, meeting = setup
    code, out, err = run(capsys, "--db", db, "register", str(meeting), "new@kl.example")
    assert code == 1 and "give --name" in err and out == ""


def test_review_entries_listed_applied_and_dismissed_from_the_command_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from tests.invite_data import make_meeting as make_invited

    path = str(tmp_path / "r.sqlite3")
    database = open_database(path)
    make_invited(database)
    database.dispose()
    (tmp_path / "broken.ics").write_bytes(outlook_reply(stamp="20261132T101500Z"))
    (tmp_path / "stranger.ics").write_bytes(outlook_reply(address="STRANGER@ELSEWHERE.EXAMPLE"))
    code, out, _err = run(capsys, "--db", path, "import", "replies", str(tmp_path / "broken.ics"),
                          str(tmp_path / "stranger.ics"))
    assert code == 0 and "broken.ics: review" in out and "DTSTAMP" in out
    items = json.loads(run(capsys, "--db", path, "replies", "review", "--json")[1])
    assert [i["file"] for i in items] == ["broken.ics", "stranger.ics"]
    code, out, _err = run(capsys, "--db", path, "replies", "apply", str(items[0]["id"]))
    assert code == 0 and "Anne <b>&</b> Søren: registered." in out
    code, out, _err = run(capsys, "--db", path, "replies", "assign", str(items[1]["id"]), "zoe@aberdeen.example")
    assert code == 0 and "Zoë: registered." in out
    assert json.loads(run(capsys, "--db", path, "replies", "review", "--json")[1]) == []
