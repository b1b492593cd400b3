"""At the door: who has not arrived yet, a warning when today is not the meeting's day, and never a stale
"nobody matches" from a search typed before the list had loaded."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from klimamoeder.gui import checkin_view
from klimamoeder.gui.checkin_view import CheckInDialog
from klimamoeder.services import attendance
from klimamoeder.services.meetings import list_meetings
from klimamoeder.storage import Database
from tests.gui.shots import shot

pytestmark = pytest.mark.gui




def meeting(db: Database, network: str) -> int:
    return next(m.id for m in list_meetings(db) if m.network == network)


def opened(qtbot: QtBot, db: Database, meeting_id: int) -> CheckInDialog:
    dialog = CheckInDialog(db, meeting_id)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=10000):
        dialog.show()
    return dialog


def listed(dialog: CheckInDialog) -> list[str]:
    return [dialog.list.item(i).text() for i in range(dialog.list.count())]


def test_with_nothing_typed_the_list_shows_who_has_not_arrived_for_the_chosen_day(
        qtbot: QtBot, demo_db: Database) -> None:
    dialog = opened(qtbot, demo_db, meeting(demo_db, "WECP"))
    first_day = [c for c in dialog.candidates if c.attends]
    assert dialog.list_heading.text() == f"&Not yet arrived ({len(first_day)}):"
    assert len(listed(dialog)) == len(first_day)
    qtbot.keyClicks(dialog.search, "hartley")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert len(listed(dialog)) == len(first_day) - 1 and not any("Hartley" in t for t in listed(dialog))
    with qtbot.waitSignal(dialog.loaded, timeout=10000):
        dialog.day.setCurrentIndex(1)  # another day: its own list, Zoë not yet there
    assert any("Zoë Hartley" in t for t in listed(dialog))
    dialog.list.setFocus()
    dialog.list.setCurrentRow(0)
    name = dialog.matches[0].name
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)  # Enter on a name in the list checks that person in
    assert f"{name} checked in" in dialog.feedback.text()
    shot(dialog, "checkin-not-yet-arrived")


def test_enter_on_an_empty_field_checks_nobody_in(qtbot: QtBot, demo_db: Database) -> None:
    dialog = opened(qtbot, demo_db, meeting(demo_db, "WECP"))
    before = attendance.day_counts(demo_db, dialog.meeting_id)[0].checked_in
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert attendance.day_counts(demo_db, dialog.meeting_id)[0].checked_in == before


def test_a_meeting_on_another_day_than_today_is_pointed_out(qtbot: QtBot, demo_db: Database) -> None:
    upcoming = next(m.id for m in list_meetings(demo_db) if m.start.year == 2027)
    dialog = opened(qtbot, demo_db, upcoming)
    assert dialog.date_warning.isVisible()
    assert "is not the day of this meeting (11 Mar 2027)" in dialog.date_warning.text()
    shot(dialog, "checkin-date-warning")


def test_no_warning_on_the_meetings_own_day(qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(checkin_view, "local_today", lambda: date(2022, 10, 6))
    dialog = opened(qtbot, demo_db, meeting(demo_db, "WECP"))
    assert not dialog.date_warning.isVisible() and dialog.current_day() == date(2022, 10, 6)


def test_enter_before_the_list_has_loaded_waits_for_it_instead_of_saying_nobody_matches(
        qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    gate = threading.Event()
    real = attendance.check_in_list

    def slow(*args: object) -> list[attendance.CheckInCandidate]:
        gate.wait(10)
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(attendance, "check_in_list", slow)
    dialog = CheckInDialog(demo_db, meeting(demo_db, "KBH-Beijing"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.search, "Frej")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert "Nobody" not in dialog.feedback.text() and dialog.feedback.text() == "Loading the list…"
    with qtbot.waitSignal(dialog.loaded, timeout=10000):
        gate.set()
    assert "Frej Witt Skovhus checked in" in dialog.feedback.text()


def test_an_old_nobody_matches_goes_away_as_soon_as_the_text_changes(qtbot: QtBot, demo_db: Database) -> None:
    dialog = opened(qtbot, demo_db, meeting(demo_db, "KBH-Beijing"))
    qtbot.keyClicks(dialog.search, "Xavier")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert "Nobody registered matches" in dialog.feedback.text()
    qtbot.keyClick(dialog.search, Qt.Key.Key_Backspace)
    assert dialog.feedback.text() == ""
