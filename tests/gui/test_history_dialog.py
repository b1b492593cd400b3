"""History… on a registration, a person and a meeting: the change log in words, read in the background."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QItemSelectionModel
from pytestqt.qtbot import QtBot

from klimamoeder.gui.history_dialog import HistoryDialog
from klimamoeder.gui.registrations_model import NAME
from klimamoeder.services import attendance, audit, registrations, replies
from klimamoeder.storage import Database
from tests.gui.shots import shot
from tests.gui.test_registrations_view import open_tab
from tests.invite_data import make_meeting
from tests.unit.test_replies import outlook_reply

pytestmark = pytest.mark.gui
PEOPLE = [("Søren Ærø-Østergaard", "soren@esbjerg.example", "da", "invited"),
          ("Anne <b>&</b> Søren", "anne.soren@kbh.example", "da", "invited")]


def _texts(dialog: HistoryDialog) -> list[tuple[str, str]]:
    tree = dialog.tree
    return [(tree.topLevelItem(i).text(1), tree.topLevelItem(i).text(2)) for i in range(tree.topLevelItemCount())]


def test_history_of_the_selected_registration_says_who_invited_accepted_and_checked_in(
        qtbot: QtBot, sqlite_db: Database) -> None:
    with audit.acting(author="Mette"):
        ids = make_meeting(sqlite_db, people=PEOPLE, with_organiser_invited=False)
    with audit.acting("reply", author="Mette"):
        replies.import_replies(sqlite_db, [("Accepteret.ics", outlook_reply(address="SOREN@ESBJERG.EXAMPLE"))])
    soren = next(r for r in registrations.list_registrations(sqlite_db, ids.meeting) if r.name.startswith("Søren"))
    with audit.acting(author="Jonas"):
        attendance.check_in(sqlite_db, soren.id, date(2026, 10, 22))

    tab, _stack = open_tab(qtbot, sqlite_db, ids.meeting)
    assert not tab.history_action.isEnabled()  # nothing selected
    row = next(r for r in range(tab.proxy.rowCount()) if tab.proxy.index(r, NAME).data().startswith("Søren"))
    tab.table.selectionModel().select(tab.proxy.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                                      | QItemSelectionModel.SelectionFlag.Rows)
    assert tab.history_action.isEnabled()
    dialog = tab.show_history()
    assert isinstance(dialog, HistoryDialog)
    qtbot.waitUntil(lambda: dialog.history is not None, timeout=10000)

    assert dialog.heading.text().startswith("Registration of Søren Ærø-Østergaard for Klimamøde")
    assert _texts(dialog) == [("Invited", "Mette"), ("Accepted by reply", "reply (read by Mette)"),
                              ("Checked in", "Jonas")]
    shot(dialog, "history-registration")
    dialog.close()


def test_history_of_a_person_with_a_hostile_name_shows_the_name_as_typed(qtbot: QtBot, sqlite_db: Database) -> None:
    with audit.acting(author="Mette"):
        ids = make_meeting(sqlite_db, people=PEOPLE, with_organiser_invited=False)
    from PySide6.QtWidgets import QWidget

    from klimamoeder.gui.history_dialog import open_history

    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = open_history(parent, sqlite_db, "person", ids.people["anne.soren@kbh.example"])
    with qtbot.waitSignal(dialog.loaded, timeout=10000):
        pass
    assert dialog.heading.text() == "Anne <b>&</b> Søren"
    assert ("Created", "Mette") in _texts(dialog)
    shot(dialog, "history-person")
    dialog.close()
