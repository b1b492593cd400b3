"""Check-in at the door and the people page, driven with the keyboard and mouse."""

from __future__ import annotations

import os
import re
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from klimamoeder.gui.checkin_view import CheckInDialog
from klimamoeder.gui.people_page import MergeDialog, PeopleDialog
from klimamoeder.services import attendance, people
from klimamoeder.services.meetings import list_meetings
from klimamoeder.storage import Database

pytestmark = pytest.mark.gui
SHOTS = os.environ.get("KLIMAMOEDER_SHOTS")
FIRST_DAY = date(2022, 10, 5)


@pytest.fixture
def dialog(qtbot: QtBot, demo_db: Database) -> CheckInDialog:
    wecp = next(m.id for m in list_meetings(demo_db) if m.network == "WECP")
    dialog = CheckInDialog(demo_db, wecp)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=10000):
        dialog.show()
    return dialog


def counts(dialog: CheckInDialog) -> attendance.DayCount:
    return next(c for c in attendance.day_counts(dialog.db, dialog.meeting_id) if c.day == dialog.current_day())


def test_type_a_few_letters_and_press_enter_to_check_in(qtbot: QtBot, dialog: CheckInDialog) -> None:
    assert dialog.current_day() == FIRST_DAY  # not a meeting day today: the first day
    assert dialog.day.isVisibleTo(dialog)  # a four-day meeting offers the day
    expected = counts(dialog).expected
    qtbot.keyClicks(dialog.search, "hartley")
    assert dialog.list.count() == 1
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert "Zoë Hartley checked in" in dialog.feedback.text()
    assert dialog.search.text() == ""
    assert (counts(dialog).checked_in, counts(dialog).missing) == (1, expected - 1)
    assert f"checked in 1 · missing {expected - 1}" in dialog.counts.text()

    dialog.search.setText("Zoë")  # QTest types ASCII only; the field takes any text
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert "already checked in" in dialog.feedback.text()
    if SHOTS:
        dialog.grab().save(str(Path(SHOTS) / "checkin.png"))


def test_arrow_keys_choose_another_match_and_a_wrong_check_in_is_undone(qtbot: QtBot,
                                                                        dialog: CheckInDialog) -> None:
    qtbot.keyClicks(dialog.search, "esbjerg kommune")
    names = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert len(names) >= 2
    qtbot.keyClick(dialog.search, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert names[1].split(" — ")[0] in dialog.feedback.text()
    assert counts(dialog).checked_in == 1
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert counts(dialog).checked_in == 0
    assert dialog.recent.count() == 0


def test_nobody_matching_says_so(qtbot: QtBot, dialog: CheckInDialog) -> None:
    qtbot.keyClicks(dialog.search, "xyzzy")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert "Nobody registered matches" in dialog.feedback.text()
    assert dialog.isVisible()  # Enter never closes the dialog


def test_people_page_lists_filters_and_merges_duplicates(qtbot: QtBot, demo_db: Database,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    zoe = people.find_people(demo_db, "Zoë Hartley")[0]
    people.add_person(demo_db, people.PersonInput(name="Zoë Hartley", email="zoe@home.example",
                                                  organisation_id=zoe.fields.organisation_id))
    window = PeopleDialog(demo_db)
    qtbot.addWidget(window)
    window.show()
    page = window.page
    qtbot.keyClicks(page.people_filter, "hartley")
    assert page.people_proxy.rowCount() == 2
    meetings_of: dict[str, list[str]] = {}
    for row in range(2):
        page.people_view.selectRow(row)
        person = page.selected_person()
        assert person is not None
        meetings_of[person.email] = [page.meetings_list.item(i).text() for i in range(page.meetings_list.count())]
    assert meetings_of["zoe@home.example"] == []  # the new record is in no meeting yet
    demo_record = [lines for email, lines in meetings_of.items() if email != "zoe@home.example"]
    assert len(demo_record) == 1 and len(demo_record[0]) == 1
    assert re.fullmatch(r"\S*2022\S*  WECP Annual General Assembly 2022  \(Registered, Participant\)",
                        demo_record[0][0]), demo_record  # the date is written in the user's locale
    if SHOTS:
        window.grab().save(str(Path(SHOTS) / "people_page.png"))

    merge = MergeDialog(demo_db, window)
    qtbot.addWidget(merge)
    assert merge.model.rowCount() == 1
    merge.view.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    assert merge.merge_selected()
    assert merge.model.rowCount() == 0
    assert [p.id for p in people.find_people(demo_db, "Zoë Hartley")] == [zoe.id]
    assert page.people_proxy.rowCount() == 1  # the page heard about the change


def test_a_scanned_badge_checks_its_person_in(qtbot: QtBot, dialog: CheckInDialog) -> None:
    """The scanner types the code from the badge's QR code and Enter, as fast as it can."""
    from klimamoeder.services.documents import ListChoice, load_badges

    badge = next(b for b in load_badges(dialog.db, dialog.meeting_id, ListChoice()).badges if b.name == "Zoë Hartley")
    qtbot.keyClicks(dialog.search, badge.code)
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert "Zoë Hartley checked in" in dialog.feedback.text()
    assert dialog.search.text() == ""

    qtbot.keyClicks(dialog.search, badge.code.lower())  # a scanner with Caps Lock on
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert "already checked in" in dialog.feedback.text()

    qtbot.keyClicks(dialog.search, "KM999R1")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert "another meeting" in dialog.feedback.text()
    if SHOTS:
        dialog.grab().save(str(Path(SHOTS) / "checkin-scan.png"))


def test_the_person_dialog_shows_the_guessed_family_name_and_keeps_a_typed_one(qtbot: QtBot,
                                                                              demo_db: Database) -> None:
    from klimamoeder.gui.person_dialog import PersonDialog

    mayor = people.find_people(demo_db, "Jesper Frost")[0]
    dialog = PersonDialog(demo_db, mayor)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.family_name.text() == "" and dialog.family_name.placeholderText() == "Rasmussen"
    qtbot.keyClicks(dialog.family_name, "Frost Rasmussen")  # a Danish double family name: sorted under F
    people.edit_person(demo_db, mayor.id, dialog.value(), mayor.version)
    assert people.get_person(demo_db, mayor.id).fields.family_name == "Frost Rasmussen"
    if SHOTS:
        dialog.grab().save(str(Path(SHOTS) / "person-family-name.png"))
