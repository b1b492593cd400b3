"""The agenda editor driven like a user: add, drag, resize, delete, see conflicts come and go, undo."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta

import pytest
from PySide6.QtCore import QDate, QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent, QUndoStack
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget

from klimamoeder.gui.agenda_conflicts import ACCEPTED, ConflictModel
from klimamoeder.gui.agenda_editor import AgendaTab
from klimamoeder.gui.agenda_view import PIXELS_PER_MINUTE
from klimamoeder.gui.copy_meeting_dialog import CopyMeetingDialog
from klimamoeder.services import agenda, meetings
from klimamoeder.services.conflicts import ConflictContext, check
from klimamoeder.storage import Database

pytestmark = pytest.mark.gui

KL = "Netværksmøde: klimasamarbejde med erhvervslivet"
WECP = "WECP Annual General Assembly 2022"


def meeting_id(db: Database, title: str) -> int:
    return next(m.id for m in meetings.list_meetings(db) if m.title == title)


@pytest.fixture
def stack() -> Iterator[QUndoStack]:
    stack = QUndoStack()
    yield stack
    stack.clear()


@pytest.fixture
def tab(qtbot, demo_db: Database, stack: QUndoStack, monkeypatch: pytest.MonkeyPatch) -> AgendaTab:
    widget = AgendaTab(demo_db)
    qtbot.addWidget(widget)
    widget.resize(1000, 900)
    widget.show()
    qtbot.waitExposed(widget)
    with qtbot.waitSignal(widget.loaded, timeout=10000):  # loaded in the background
        widget.set_meeting(meeting_id(demo_db, KL), stack)
    monkeypatch.setattr(widget, "ask_shift", lambda row, count, delta: False)
    return widget


def times(tab: AgendaTab) -> dict[str, str]:
    assert tab.data is not None
    return {r.title: f"{r.start:%H:%M}–{r.end:%H:%M}" for r in tab.data.items}


def block_point(tab: AgendaTab, title: str, where: str = "middle") -> QPoint:
    block = next(b for b in tab.view.blocks.values() if b.row.title == title)
    tab.view.ensureVisible(block, 0, 0)
    rect = block.rect()
    y = rect.center().y() if where == "middle" else rect.bottom() - 3
    return tab.view.mapFromScene(rect.center().x(), y)


def drag(qtbot, tab: AgendaTab, start: QPoint, minutes: int) -> None:
    viewport = tab.view.viewport()
    end = start + QPoint(0, round(minutes * PIXELS_PER_MINUTE))
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(viewport, start + QPoint(0, 4))
    qtbot.mouseMove(viewport, end)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """Type like a user; QTest cannot click keys outside ASCII, so those go in as key events with text."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier,
                                                         char))


def reasons(tab: AgendaTab) -> list[str]:
    return [c.message for c in tab.conflicts]


def test_the_one_day_agenda_shows_every_item_as_a_block_without_conflicts(tab: AgendaTab) -> None:
    assert tab.day_tabs.count() == 1
    assert len(tab.view.blocks) == 7
    assert tab.conflicts == []
    assert tab.conflict_label.text() == "No conflicts."
    welcome = next(b for b in tab.view.blocks.values() if b.row.title == "Velkomst")
    assert "Niels Kelstrup" in welcome.toolTip() and "10:00–10:15" in welcome.toolTip()


def test_the_four_day_agenda_has_a_tab_per_day_and_parallel_items_side_by_side(qtbot, tab: AgendaTab,
                                                                              demo_db: Database) -> None:
    with qtbot.waitSignal(tab.loaded, timeout=10000):
        tab.set_meeting(meeting_id(demo_db, WECP), QUndoStack(tab))
    assert [tab.day_tabs.tabText(i) for i in range(tab.day_tabs.count())] == [
        "Wednesday 5 October 2022", "Thursday 6 October 2022", "Friday 7 October 2022", "Saturday 8 October 2022"]
    tab.day_tabs.setCurrentIndex(2)
    room_a, room_b = (next(b for b in tab.view.blocks.values() if b.row.title.endswith(f"(room {x})"))
                      for x in "AB")
    assert room_a.rect().top() == room_b.rect().top()
    assert room_a.rect().right() <= room_b.rect().left() + 1


def test_adding_an_item_in_the_form_and_undoing_it(qtbot, tab: AgendaTab, stack: QUndoStack) -> None:
    tab.add_action.trigger()
    dialog = tab.dialog
    assert dialog is not None
    type_text(qtbot, dialog.title_edit, "Spørgsmål fra Zoë")
    dialog.room_combo.setCurrentIndex(dialog.room_combo.findText("Mødelokale 3", Qt.MatchFlag.MatchStartsWith))
    type_text(qtbot, dialog.person_combo.lineEdit(), "Anne <b>&</b> Søren")
    qtbot.mouseClick(dialog.add_person_button, Qt.MouseButton.LeftButton)
    assert dialog.people_list.item(0).text() == "Speaker: Anne <b>&</b> Søren (new person)"
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    assert times(tab)["Spørgsmål fra Zoë"] == "15:00–15:30"  # after the last item of the day
    new = next(r for r in tab.data.items if r.title == "Spørgsmål fra Zoë")
    assert [p.name for p in new.speakers] == ["Anne <b>&</b> Søren"]
    assert tab.view.selected_id == new.id
    assert any("lies outside the meeting" in m for m in reasons(tab))
    stack.undo()
    assert "Spørgsmål fra Zoë" not in times(tab) and tab.conflicts == []
    stack.redo()
    assert next(r for r in tab.data.items if r.title == "Spørgsmål fra Zoë").id == new.id


def test_dragging_a_block_moves_it_in_five_minute_steps_and_undo_moves_it_back(qtbot, tab: AgendaTab,
                                                                              stack: QUndoStack) -> None:
    drag(qtbot, tab, block_point(tab, "Drøftelse og afrunding"), 31)
    assert times(tab)["Drøftelse og afrunding"] == "15:00–15:30"
    assert reasons(tab) == ["'Drøftelse og afrunding' (29.04. 15:00–15:30) lies outside the meeting's days and "
                            "times (29.04.2021 10:00–29.04.2021 15:00)."]
    assert tab.view.blocks[tab.view.selected_id].conflicted
    stack.undo()
    assert times(tab)["Drøftelse og afrunding"] == "14:30–15:00"
    assert tab.conflicts == []


def test_resizing_offers_to_shift_the_later_items_in_the_same_room(qtbot, tab: AgendaTab, stack: QUndoStack,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[tuple[int, timedelta]] = []
    monkeypatch.setattr(tab, "ask_shift", lambda row, count, delta: asked.append((count, delta)) or True)
    before = times(tab)
    drag(qtbot, tab, block_point(tab, "Velkomst", "bottom"), 15)
    assert asked == [(5, timedelta(minutes=15))]  # the later items in Salen; lunch has no room
    after = times(tab)
    assert after["Velkomst"] == "10:00–10:30"
    assert after["Oplæg fra Dansk Industri: sektorkobling og partnerskaber"] == "10:30–11:15"
    assert after["Frokostpause"] == "11:45–12:30"
    assert after["Drøftelse og afrunding"] == "14:45–15:15"
    stack.undo()  # one step undoes the resize and the shift together
    assert times(tab) == before


def test_a_double_booked_room_and_speaker_appear_can_be_accepted_and_go_away(qtbot, tab: AgendaTab,
                                                                            stack: QUndoStack) -> None:
    start = block_point(tab, "Oplæg fra Dansk Industri: sektorkobling og partnerskaber")
    end = start + QPoint(0, round(-10 * PIXELS_PER_MINUTE))
    viewport = tab.view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(viewport, end)
    assert sorted(c.kind.value for c in tab.conflicts) == ["person_twice", "room_double_booked"]  # while dragging
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)
    assert times(tab)["Oplæg fra Dansk Industri: sektorkobling og partnerskaber"] == "10:05–10:50"
    assert sorted(c.kind.value for c in tab.conflicts) == ["person_twice", "room_double_booked"]
    assert any(m.startswith("Salen is double-booked: 'Velkomst' (10:00–10:15) and 'Oplæg fra Dansk Industri")
               for m in reasons(tab))
    assert tab.conflict_label.text().startswith("Conflicts: 2 open, 0 accepted.")
    assert sorted(b.row.title[:8] for b in tab.view.blocks.values() if b.conflicted) == ["Oplæg fr", "Velkomst"]
    assert tab.conflict_table.isVisible()

    model = tab.conflict_model
    for row in range(model.rowCount()):
        model.setData(model.index(row, ACCEPTED), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert tab.conflict_label.text().startswith("Conflicts: 0 open, 2 accepted.")
    assert not any(block.conflicted for block in tab.view.blocks.values())

    stack.undo()
    assert tab.conflicts == [] and tab.conflict_label.text() == "No conflicts."
    assert not tab.conflict_table.isVisible()


def test_deleting_and_duplicating_the_selected_item(qtbot, tab: AgendaTab, stack: QUndoStack) -> None:
    qtbot.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=block_point(tab, "Frokostpause"))
    assert tab.selected_row().title == "Frokostpause"
    tab.delete_action.trigger()
    assert "Frokostpause" not in times(tab) and len(tab.view.blocks) == 6
    stack.undo()
    assert times(tab)["Frokostpause"] == "11:45–12:30"

    tab.select_item(next(r.id for r in tab.data.items if r.title == "Velkomst"))
    tab.duplicate_action.trigger()
    assert [t for t in (r.title for r in tab.data.items) if t == "Velkomst"] == ["Velkomst", "Velkomst"]
    assert sorted(c.kind.value for c in tab.conflicts) == ["person_twice", "room_double_booked"]
    stack.undo()
    assert tab.conflicts == []


def test_the_conflict_table_model_is_sound(qtmodeltester, tab: AgendaTab) -> None:
    data = agenda.load_agenda(tab.db, tab.meeting_id)
    longer = [replace(r, end=r.end + timedelta(hours=1)) if r.title == "Velkomst" else r for r in data.items]
    model = ConflictModel()
    model.set_rows(check(longer, ConflictContext.from_agenda(data)), set())
    assert model.rowCount() == 4  # Salen and Niels Kelstrup, each with the next two items
    qtmodeltester.check(model)


def test_a_new_meeting_from_this_one_on_a_winter_date_keeps_the_clock_times(qtbot, demo_db: Database) -> None:
    old_id = meeting_id(demo_db, KL)
    dialog = CopyMeetingDialog(demo_db, old_id)
    qtbot.addWidget(dialog)
    dialog.date_edit.setDate(QDate(2022, 1, 29))  # winter time
    dialog.speakers_check.setChecked(False)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.new_meeting_id is not None
    rows = agenda.load_agenda(demo_db, dialog.new_meeting_id).items
    assert [f"{r.start:%Y-%m-%d %H:%M%z}" for r in rows][:2] == ["2022-01-29 10:00+0100", "2022-01-29 10:15+0100"]
    assert all(r.people == () for r in rows)


def test_a_new_room_made_from_the_room_picker_belongs_to_the_venue(qtbot, tab: AgendaTab,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from klimamoeder.gui import agenda_item_dialog

    monkeypatch.setattr(agenda_item_dialog.QInputDialog, "getText", lambda *args, **kw: ("Lille sal", True))
    monkeypatch.setattr(agenda_item_dialog.QInputDialog, "getInt", lambda *args, **kw: (12, True))
    tab.select_item(next(r.id for r in tab.data.items if r.title == "Frokostpause"))
    tab.edit_action.trigger()
    dialog = tab.dialog
    new_room = dialog.room_combo.findText("New room…")
    dialog.room_combo.setCurrentIndex(new_room)
    dialog.room_combo.activated.emit(new_room)
    assert dialog.room_combo.currentText() == "Lille sal (12 seats)"
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    lunch = next(r for r in tab.data.items if r.title == "Frokostpause")
    assert (lunch.room, lunch.room_capacity) == ("Lille sal", 12)
    assert [c.message for c in tab.conflicts] == [
        "'Frokostpause' (11:45–12:30): Lille sal holds 12 people, but 14 participants attend that day."]


def test_typing_a_known_name_picks_that_person_instead_of_a_new_one(qtbot, tab: AgendaTab) -> None:
    tab.select_item(next(r.id for r in tab.data.items if r.title == "Drøftelse og afrunding"))
    tab.edit_action.trigger()
    dialog = tab.dialog
    qtbot.keyClicks(dialog.person_combo.lineEdit(), "camilla vestergaard")
    qtbot.mouseClick(dialog.add_person_button, Qt.MouseButton.LeftButton)
    assert dialog.people_list.item(1).text() == "Speaker: Camilla Vestergaard (Dansk Industri)"
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    closing = next(r for r in tab.data.items if r.title == "Drøftelse og afrunding")
    opening = next(r for r in tab.data.items if r.title.startswith("Oplæg fra Dansk Industri"))
    assert closing.speakers[0].person_id == opening.speakers[0].person_id


def test_parallel_items_are_reordered_side_by_side(qtbot, tab: AgendaTab, demo_db: Database) -> None:
    with qtbot.waitSignal(tab.loaded, timeout=10000):
        tab.set_meeting(meeting_id(demo_db, WECP), QUndoStack(tab))
    tab.day_tabs.setCurrentIndex(2)
    room_a = next(r for r in tab.data.items if r.title.endswith("(room A)"))
    tab.select_item(room_a.id)
    assert not tab.up_action.isEnabled() and tab.down_action.isEnabled()
    tab.down_action.trigger()
    left = min(tab.view.blocks.values(), key=lambda b: (b.rect().top(), b.rect().left()))
    assert left.row.title.endswith("(room B)")
    tab.undo_stack.undo()
    left = min(tab.view.blocks.values(), key=lambda b: (b.rect().top(), b.rect().left()))
    assert left.row.title.endswith("(room A)")
