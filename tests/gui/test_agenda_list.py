"""The agenda as a list beside the timeline: every day in the printed order, speakers and rooms; edited alike."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from klimamoeder.gui.agenda_editor import AgendaTab
from klimamoeder.services import agenda, meetings
from klimamoeder.storage import Database
from tests.gui.shots import shot

pytestmark = pytest.mark.gui


@pytest.fixture
def tab(qtbot: QtBot, demo_db: Database) -> Iterator[AgendaTab]:
    stack = QUndoStack()
    widget = AgendaTab(demo_db)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    wecp = next(m.id for m in meetings.list_meetings(demo_db) if m.title.startswith("WECP"))
    with qtbot.waitSignal(widget.loaded, timeout=10000):
        widget.set_meeting(wecp, stack)
    widget.views.setCurrentWidget(widget.list)
    yield widget
    stack.clear()


def cells(tab: AgendaTab, column: int) -> list[str]:
    model = tab.list.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_the_list_shows_every_day_in_the_printed_order_with_speakers_and_rooms(qtbot: QtBot, tab: AgendaTab) -> None:
    titles = cells(tab, 2)
    assert len(titles) == 17 and titles[0] == "Arrival and registration" and titles[-1] == "Farewell lunch"
    assert cells(tab, 0)[0] == "5 Oct 2022" and cells(tab, 0)[-1] == "8 Oct 2022"
    panel = titles.index("Panel: how Esbjerg diversified into offshore wind")
    assert cells(tab, 4)[panel] == "Koncertsalen"
    assert cells(tab, 5)[panel] == "Søren Halkjær, Kirsten Dalgaard; Mette Kjær Sørensen (m)"
    assert cells(tab, 1)[panel] == "15:30–17:00"
    parallel = [t for t in titles if t.startswith("B2B meetings")]
    assert parallel == ["B2B meetings between cities and companies (room A)",
                        "B2B meetings between cities and companies (room B)"]  # same start: the set order
    QApplication.processEvents()
    shot(tab, "agenda-list")


def test_a_row_chosen_in_the_list_is_the_one_the_timeline_and_the_toolbar_act_on(qtbot: QtBot,
                                                                                 tab: AgendaTab) -> None:
    titles = cells(tab, 2)
    row = titles.index("Site visit: Esbjerg's offshore wind port")
    tab.list.setFocus()
    tab.list.setCurrentIndex(tab.list.model().index(row, 0))
    assert tab.selected_row() is not None and tab.selected_row().title == "Site visit: Esbjerg's offshore wind port"
    assert tab.current_day() == tab.selected_row().day  # the timeline went to that day
    qtbot.keyClick(tab.list, Qt.Key.Key_Delete)
    assert "Site visit: Esbjerg's offshore wind port" not in cells(tab, 2)
    tab.undo_stack.undo()
    qtbot.waitUntil(lambda: "Site visit: Esbjerg's offshore wind port" in cells(tab, 2), timeout=5000)


def test_enter_in_the_list_edits_the_item(qtbot: QtBot, tab: AgendaTab) -> None:
    row = cells(tab, 2).index("Coffee break")
    tab.list.setFocus()
    tab.list.setCurrentIndex(tab.list.model().index(row, 0))
    qtbot.keyClick(tab.list, Qt.Key.Key_Return)
    dialog = tab.dialog
    assert dialog is not None and dialog.title_edit.text() == "Coffee break"
    dialog.title_edit.setText("Coffee and networking")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: "Coffee and networking" in cells(tab, 2), timeout=5000)
    assert any(r.title == "Coffee and networking" for r in agenda.load_agenda(tab.db, tab.meeting_id).items)
