"""Every .ics we write reads the same in ical.js (Thunderbird), vobject and icalendar.

ical.js knows no time zones of its own here, so it must use our embedded VTIMEZONE;
a copy with the TZID renamed forces the same on vobject and icalendar.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import vobject
from icalendar import Calendar

from klimamoeder.exports.ical import EventData, Party, build_cancel, build_publish, build_request, check_invitation
from klimamoeder.services import invites
from klimamoeder.storage import Database
from tests.invite_data import ORGANISER, make_meeting

NODE_DIR = Path(__file__).resolve().parents[1] / "node"
STAMP = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
ATTENDEES = [Party("Zoë", "zoe@aberdeen.example"), Party("陈刚", "chen.gang@beijing.example")]


@dataclass(frozen=True)
class Case:
    name: str
    zone: str
    start: str  # local wall time
    end: str
    utc_start: str
    utc_end: str


CASES = [
    Case("copenhagen-winter", "Europe/Copenhagen", "2026-01-15T10:00", "2026-01-15T12:00",
         "2026-01-15T09:00:00Z", "2026-01-15T11:00:00Z"),
    Case("copenhagen-summer", "Europe/Copenhagen", "2026-07-01T10:00", "2026-07-02T15:30",
         "2026-07-01T08:00:00Z", "2026-07-02T13:30:00Z"),
    Case("copenhagen-across-october", "Europe/Copenhagen", "2026-10-24T20:00", "2026-10-25T10:00",
         "2026-10-24T18:00:00Z", "2026-10-25T09:00:00Z"),
    Case("copenhagen-across-march", "Europe/Copenhagen", "2026-03-28T20:00", "2026-03-29T10:00",
         "2026-03-28T19:00:00Z", "2026-03-29T08:00:00Z"),
    Case("houston-across-november", "America/Chicago", "2026-10-31T18:00", "2026-11-01T12:00",
         "2026-10-31T23:00:00Z", "2026-11-01T18:00:00Z"),
    Case("houston-across-march", "America/Chicago", "2027-03-13T18:00", "2027-03-14T12:00",
         "2027-03-14T00:00:00Z", "2027-03-14T17:00:00Z"),
    Case("shanghai", "Asia/Shanghai", "2026-09-14T11:00", "2026-09-14T12:30",
         "2026-09-14T03:00:00Z", "2026-09-14T04:30:00Z"),
]


def node_available() -> bool:
    return shutil.which("node") is not None and (NODE_DIR / "node_modules" / "ical.js").is_dir()


requires_node = pytest.mark.skipif(not node_available(), reason="node and ical.js needed (npm ci in tests/node)")


def ical_js(path: Path) -> dict:  # type: ignore[type-arg]
    done = subprocess.run(["node", str(NODE_DIR / "parse_ics.mjs"), str(path)], capture_output=True, text=True,
                          check=True, timeout=60)
    return json.loads(done.stdout)  # type: ignore[no-any-return]


def iso(moment: datetime | date) -> str:
    if isinstance(moment, datetime):
        return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return moment.isoformat()


def js_iso(text: str) -> str:
    return text.replace(".000Z", "Z")


def event_for(case: Case, sequence: int = 3, all_day: bool = False) -> EventData:
    zone = ZoneInfo(case.zone)
    return EventData(
        uid=f"{case.name}@klimamoeder.invalid", sequence=sequence, summary=f"Møde {case.name}",
        start=datetime.fromisoformat(case.start).replace(tzinfo=zone),
        end=datetime.fromisoformat(case.end).replace(tzinfo=zone), time_zone=case.zone,
        organiser=Party(*ORGANISER), all_day=all_day, location="Rådhuset, København",
        description="Tema: varme & vand\nProgram: 10.00 Velkomst; 11.00 Frokost",
    )


def files_for(tmp_path: Path, case: Case) -> dict[str, tuple[bytes, str]]:
    data = event_for(case)
    return {
        "request-one": (build_request(data, ATTENDEES[:1], STAMP), "REQUEST"),
        "request-all": (build_request(data, ATTENDEES, STAMP), "REQUEST"),
        "cancel": (build_cancel(data, ATTENDEES, STAMP, whole_meeting=True), "CANCEL"),
        "publish": (build_publish([data], STAMP), "PUBLISH"),
    }


def renamed(raw: bytes, zone: str, new: str = "Klimamoeder/Test-Zone") -> bytes:
    """A copy whose TZID no parser can know: only our VTIMEZONE can resolve it."""
    return raw.replace(zone.encode(), new.encode())


def read_vobject(raw: bytes) -> list[tuple[str, int, str, str, list[str]]]:
    calendar = vobject.readOne(raw.decode("utf-8"))
    rows = []
    for event in calendar.vevent_list:
        attendees = [a.value.lower().removeprefix("mailto:") for a in getattr(event, "attendee_list", [])]
        rows.append((event.uid.value, int(event.sequence.value), iso(event.dtstart.value), iso(event.dtend.value),
                     attendees))
    return rows


def read_icalendar(raw: bytes) -> list[tuple[str, int, str, str, list[str]]]:
    rows = []
    for event in Calendar.from_ical(raw).walk("VEVENT"):
        attendees = event.get("ATTENDEE", [])
        attendees = attendees if isinstance(attendees, list) else [attendees]
        rows.append((str(event["UID"]), int(event["SEQUENCE"]), iso(event["DTSTART"].dt), iso(event["DTEND"].dt),
                     [str(a).lower().removeprefix("mailto:") for a in attendees]))
    return rows


def check_lines(raw: bytes) -> None:
    assert raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b"")
    for line in raw.split(b"\r\n"):
        assert len(line) <= 75
        line.decode("utf-8")  # no character split by folding


@requires_node
@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
@pytest.mark.parametrize("rename", [False, True], ids=["iana-tzid", "renamed-tzid"])
def test_parsers_agree_on_utc_times_uid_sequence_method_and_attendees(tmp_path: Path, case: Case,
                                                                     rename: bool) -> None:
    for kind, (raw, method) in files_for(tmp_path, case).items():
        check_lines(raw)
        assert check_invitation(raw) == [], kind
        if rename:
            raw = renamed(raw, case.zone, f"Klimamoeder/Test-{case.name}")  # vobject caches zones by TZID
        path = tmp_path / f"{case.name}-{kind}.ics"
        path.write_bytes(raw)
        expected_attendees = {"request-one": ["zoe@aberdeen.example"], "publish": []}.get(
            kind, ["zoe@aberdeen.example", "chen.gang@beijing.example"])
        expected = (f"{case.name}@klimamoeder.invalid", 3, case.utc_start, case.utc_end, expected_attendees)
        parsed = ical_js(path)
        assert parsed["method"] == method
        [js] = parsed["events"]
        assert (js["uid"], js["sequence"], js_iso(js["start"]), js_iso(js["end"]),
                [a.lower() for a in js["attendees"]]) == expected, kind
        assert read_vobject(raw) == [expected], kind
        assert read_icalendar(raw) == [expected], kind


@requires_node
def test_all_day_meeting_reads_as_dates_with_an_exclusive_end(tmp_path: Path) -> None:
    case = CASES[3]
    raw = build_request(event_for(case, all_day=True), ATTENDEES[:1], STAMP)
    path = tmp_path / "all-day.ics"
    path.write_bytes(raw)
    [js] = ical_js(path)["events"]
    assert (js["start"], js["end"]) == ("2026-03-28", "2026-03-30")
    assert read_vobject(raw)[0][2:4] == ("2026-03-28", "2026-03-30")


@requires_node
def test_the_feed_and_the_exported_invitation_of_a_stored_meeting(db: Database, tmp_path: Path) -> None:
    ids = make_meeting(db, start="2026-10-24T20:00", end="2026-10-25T10:00")
    make_meeting(db, start="2026-11-01T09:00", end="2026-11-01T12:00", zone="America/Chicago",
                 uid="houston@klimamoeder.invalid", people=[("Zoë", "zoe@aberdeen.example", "en", "invited")],
                 with_organiser_invited=False)
    invitation = tmp_path / "invites.ics"
    invitation.write_bytes(invites.export_invites(db, ids.meeting))
    parsed = ical_js(invitation)
    [event] = parsed["events"]
    assert parsed["method"] == "REQUEST"
    assert (event["start"], event["end"]) == ("2026-10-24T18:00:00.000Z", "2026-10-25T09:00:00.000Z")
    assert sorted(a.lower() for a in event["attendees"]) == sorted(e for e in ids.people if e != ORGANISER[1])
    feed = tmp_path / "feed.ics"
    raw_feed = renamed(invites.export_calendar(db), "Europe/Copenhagen", "Test/Feed-One")
    feed.write_bytes(renamed(raw_feed, "America/Chicago", "Test/Feed-Two"))
    events = {e["uid"]: e for e in ical_js(feed)["events"]}
    assert events["houston@klimamoeder.invalid"]["start"] == "2026-11-01T15:00:00.000Z"
    assert events[ids.uid]["end"] == "2026-10-25T09:00:00.000Z"


@requires_node
def test_all_day_meetings_show_the_invitee_as_busy(tmp_path: Path) -> None:
    raw = build_request(event_for(CASES[3], all_day=True), ATTENDEES[:1], STAMP)
    [event] = vobject.readOne(raw.decode("utf-8")).vevent_list
    assert event.transp.value == "OPAQUE"
    assert Calendar.from_ical(raw).walk("VEVENT")[0]["TRANSP"] == "OPAQUE"


@requires_node
def test_export_move_export_cancel_export_gives_rising_sequences_to_every_parser(
        db: Database, tmp_path: Path) -> None:
    from datetime import timedelta

    from klimamoeder.model import AgendaItem, Meeting

    ids = make_meeting(db)
    seen = []
    for step in ("export", "move", "cancel"):
        if step == "move":
            with db.session() as s:
                meeting = s.get(Meeting, ids.meeting)
                assert meeting is not None
                meeting.start += timedelta(hours=2)
                meeting.end += timedelta(hours=2)
        elif step == "cancel":
            invites.cancel_meeting(db, ids.meeting)
        path = tmp_path / f"{step}.ics"
        path.write_bytes(invites.export_invites(db, ids.meeting))
        parsed = ical_js(path)
        [js] = parsed["events"]
        [vo] = read_vobject(path.read_bytes())
        assert js["sequence"] == vo[1]
        seen.append((parsed["method"], js["sequence"], js["status"]))
    assert seen == [("REQUEST", 0, "CONFIRMED"), ("REQUEST", 1, "CONFIRMED"), ("CANCEL", 2, "CANCELLED")]
    # A speaker's own agenda item moved: its event outranks the one sent before.
    first = tmp_path / "speaker-0.ics"
    first.write_bytes(invites.speaker_agenda(db, ids.meeting, ids.people["zoe@aberdeen.example"]))
    with db.session() as s:
        item = s.query(AgendaItem).filter_by(meeting_id=ids.meeting).one()
        item.start += timedelta(minutes=15)
    second = tmp_path / "speaker-1.ics"
    second.write_bytes(invites.speaker_agenda(db, ids.meeting, ids.people["zoe@aberdeen.example"]))
    before, after = ical_js(first)["events"][0], ical_js(second)["events"][0]
    assert after["uid"] == before["uid"] and after["sequence"] == before["sequence"] + 1
    assert read_vobject(second.read_bytes())[0][1] == after["sequence"]
