"""Each meeting's page opens on its checklist; every point says what is missing and leads to where it is fixed.
File → New meeting asks for the venue and the organiser's address, remembered per network."""

from __future__ import annotations

import threading
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from klimamoeder.gui.checklist_view import NOTE, OK, TODO
from klimamoeder.gui.new_meeting_dialog import NewMeetingDialog
from klimamoeder.model import Language, MeetingKind
from klimamoeder.services import checklist, meetings
from klimamoeder.storage import Database
from tests.gui.shots import shot

pytestmark = pytest.mark.gui




def by_title(db: Database, start: str) -> int:
    return next(m.id for m in meetings.list_meetings(db) if m.title.startswith(start))


def open_checklist(qtbot: QtBot, window, meeting_id: int):  # type: ignore[no-untyped-def]
    page = window.page
    with qtbot.waitSignal(page.checklist.loaded, timeout=20000):
        window.select_meeting(meeting_id)
    assert page.tabs.currentWidget() is page.checklist
    return page.checklist


def states(panel) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {key: mark.property("state") for key, (mark, _text, _button) in panel.rows.items()}


def test_the_checklist_of_a_held_meeting_and_of_an_empty_new_one(qtbot: QtBot, main_window, demo_db: Database) -> None:
    panel = open_checklist(qtbot, main_window, by_title(demo_db, "WECP"))
    text = {key: label.text() for key, (_m, label, _b) in panel.rows.items()}
    assert "Musikhuset Esbjerg" in text["venue"] and "mette.kjaer.sorensen@esbjerg.example" in text["organiser"]
    assert "17 items over 4 days" in text["agenda"] and "in English" in text["language"]
    assert states(panel)["venue"] == OK and states(panel)["documents"] == NOTE  # held: nothing printed here
    main_window.resize(1280, 800)
    shot(main_window, "checklist-wecp")

    created = meetings.create_meeting(demo_db, meetings.MeetingInput(
        network_id=meetings.list_networks(demo_db)[0].id, title="Nyt møde", kind=MeetingKind.WORKSHOP,
        start=datetime(2035, 5, 1, 10), end=datetime(2035, 5, 1, 12)))
    main_window.refresh()
    panel = open_checklist(qtbot, main_window, created.id)
    assert states(panel) == {"venue": TODO, "organiser": TODO, "agenda": TODO, "invitations": TODO,
                             "language": OK, "documents": TODO}
    assert "No organiser address" in panel.rows["organiser"][1].text()
    shot(main_window, "checklist-empty")


def test_each_button_goes_where_the_point_is_fixed(qtbot: QtBot, main_window, demo_db: Database,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    page = main_window.page
    panel = open_checklist(qtbot, main_window, by_title(demo_db, "Netværksmøde: klimapartnerskaber"))
    qtbot.keyClick(panel.rows["organiser"][2], Qt.Key.Key_Space)
    assert page.tabs.currentWidget() is page.form
    # the details may still be on their way (the checklist can come first): the cursor goes there when they are
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.form.organiser_email, timeout=20000)
    page.tabs.setCurrentWidget(page.checklist)
    qtbot.keyClick(panel.rows["language"][2], Qt.Key.Key_Space)
    assert QApplication.focusWidget() is page.form.language
    page.tabs.setCurrentWidget(page.checklist)
    qtbot.keyClick(panel.rows["agenda"][2], Qt.Key.Key_Space)
    assert page.tabs.currentWidget() is page.agenda

    opened: list[str] = []
    from klimamoeder.gui import invites_dialog, print_preview

    monkeypatch.setattr(invites_dialog.SendInvitesDialog, "exec",
                        lambda self: opened.append("invitations") or QDialog.DialogCode.Rejected)
    monkeypatch.setattr(print_preview.PrintDialog, "exec",
                        lambda self: opened.append(f"print:{self.document}") or QDialog.DialogCode.Rejected)
    page.tabs.setCurrentWidget(page.checklist)
    qtbot.keyClick(panel.rows["invitations"][2], Qt.Key.Key_Space)
    qtbot.keyClick(panel.rows["documents"][2], Qt.Key.Key_Space)
    assert opened == ["invitations", "print:programme"]


def test_a_point_fixed_before_the_details_have_arrived_puts_the_cursor_there_once_they_do(
        qtbot: QtBot, main_window, demo_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """On a slow disk or server the checklist can be there before the details form: the click must not be lost."""
    from klimamoeder.gui import meeting_page

    arrived = threading.Event()
    real_load = meeting_page.load
    monkeypatch.setattr(meeting_page, "load", lambda *args: arrived.wait(20) and real_load(*args))
    page = main_window.page
    panel = open_checklist(qtbot, main_window, by_title(demo_db, "Netværksmøde: klimapartnerskaber"))
    assert not page.form.isEnabled()  # still being read
    qtbot.keyClick(panel.rows["organiser"][2], Qt.Key.Key_Space)
    assert page.tabs.currentWidget() is page.form
    with qtbot.waitSignal(page.loaded, timeout=20000):
        arrived.set()
    assert page.form.organiser_email.text() == "nkel@kl.example"
    assert QApplication.focusWidget() is page.form.organiser_email


def test_printing_a_document_ticks_it_off(qtbot: QtBot, main_window, demo_db: Database) -> None:
    meeting_id = by_title(demo_db, "Netværksmøde: klimapartnerskaber")
    for document in checklist.DAY_DOCUMENTS:
        checklist.record_output(demo_db, meeting_id, document, "da", checklist.PRINTED)
    panel = open_checklist(qtbot, main_window, meeting_id)
    assert states(panel)["documents"] == OK
    assert "programme (" in panel.rows["documents"][1].text()


def test_a_new_meeting_asks_for_venue_and_organiser_and_remembers_them_per_network(
        qtbot: QtBot, demo_db: Database) -> None:
    networks = {n.short_name: n.id for n in meetings.list_networks(demo_db)}
    dialog = NewMeetingDialog(demo_db, networks["KL-klimanetværk"])
    qtbot.addWidget(dialog)
    assert dialog.organiser_email.text() == "nkel@kl.example" and dialog.organiser_name.text() == "Niels Kelstrup"
    assert dialog.language.currentData() == Language.DANISH
    dialog.network.setCurrentIndex(dialog.network.findData(networks["WECP"]))
    assert dialog.organiser_email.text() == "mette.kjaer.sorensen@esbjerg.example"
    assert dialog.language.currentData() == Language.ENGLISH
    dialog.organiser_email.setText("wecp2023@esbjerg.example")  # typed by the user: kept on a network change
    dialog.network.setCurrentIndex(dialog.network.findData(networks["C40"]))
    assert dialog.organiser_email.text() == "wecp2023@esbjerg.example"
    dialog.network.setCurrentIndex(dialog.network.findData(networks["WECP"]))
    qtbot.keyClicks(dialog.title, "WECP General Assembly 2023")
    dialog.venue.setCurrentIndex(dialog.venue.findText("Musikhuset Esbjerg, Esbjerg"))
    dialog.show()
    shot(dialog, "new-meeting")
    dialog.accept()
    assert dialog.created is not None
    fields = meetings.get_meeting(demo_db, dialog.created).fields
    assert fields.organiser_email == "wecp2023@esbjerg.example" and fields.language == Language.ENGLISH
    assert fields.venue_id is not None
    again = NewMeetingDialog(demo_db, networks["WECP"])
    qtbot.addWidget(again)
    assert again.organiser_email.text() == "wecp2023@esbjerg.example"  # remembered for the network


def test_a_bad_organiser_address_is_refused_at_its_field(qtbot: QtBot, demo_db: Database) -> None:
    dialog = NewMeetingDialog(demo_db, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.title, "Møde")
    dialog.organiser_email.setText("ikke en adresse")
    dialog.accept()
    assert dialog.created is None and dialog.problems.isVisible()
    assert "is not an e-mail address" in dialog.problems.text()
    assert dialog.focusWidget() is dialog.organiser_email
