"""Editing a B2B session in its window, as the secretariat does on the WECP assembly.

Participants (delegations, limits, times away), requests (add, answer, remove) and the
set-up form (several windows, breaks, tables of their own) are changed through the real
widgets; every change is checked in the database and undone with the window's undo stack.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QDate, QDateTime, QModelIndex, Qt, QTime
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QDateTimeEdit, QSpinBox, QTableView
from sqlalchemy import select

from klimamoeder.gui import b2b_window
from klimamoeder.gui.app import install_translations
from klimamoeder.gui.b2b_pages import ID
from klimamoeder.gui.b2b_window import B2BDialog
from klimamoeder.model import B2BPriority, B2BRequestStatus, Meeting
from klimamoeder.services import b2b
from klimamoeder.storage import Database
from tests.gui.shots import shot

pytestmark = pytest.mark.gui
WECP = "demo-wecp-ga-2022@klimamoeder.invalid"
HOSTILE = "Anne <b>&</b> Søren"


@pytest.fixture
def window(qtbot, demo_db: Database, monkeypatch: pytest.MonkeyPatch) -> B2BDialog:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(b2b_window, "TIME_LIMIT", 3.0)
    with demo_db.session() as s:
        meeting = s.scalars(select(Meeting.id).where(Meeting.calendar_uid == WECP)).one()
    dialog = B2BDialog(demo_db, meeting)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _now(window: B2BDialog) -> b2b.SessionData:
    return b2b.load_session(window.db, window.meeting_id)


def _person(data: b2b.SessionData, name: str) -> b2b.PersonRow:
    return next(p for p in data.people if p.name == name)


def _row_of(view: QTableView, key: int) -> QModelIndex:
    model = view.model()
    return next(model.index(r, 0) for r in range(model.rowCount()) if model.index(r, 0).data(ID) == key)


def _click_row(qtbot, view: QTableView, key: int, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    index = _row_of(view, key)
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier, view.visualRect(index).center())


def _shot(widget, name: str) -> None:  # type: ignore[no-untyped-def]
    QApplication.processEvents()  # the layout settles (a posted LayoutRequest) as it would on screen
    shot(widget, name)


def test_moving_someone_to_a_delegation_of_their_own_and_back_with_undo(qtbot, window: B2BDialog) -> None:  # type: ignore[no-untyped-def]
    page = window.people
    window.tabs.setCurrentWidget(page)
    sofie = _person(window.data, "Sofie Lund Madsen")
    _click_row(qtbot, page.view, sofie.participant_id)
    assert page.name.text().startswith("Sofie Lund Madsen") and page.editor.isEnabled()
    assert page.delegation.currentText() == "Esbjerg Kommune"
    assert page.members.text() == "Jesper Frost Rasmussen\nSofie Lund Madsen"
    _shot(window, "b2b-participants")
    page.delegation.setCurrentIndex(page.delegation.findText("A delegation of their own"))
    page.move_button.click()
    data = _now(window)
    own = data.delegation(_person(data, "Sofie Lund Madsen").delegation_id)
    assert own.name == "Sofie Lund Madsen" and own.members == (sofie.participant_id,)
    assert page.delegation.currentData() == own.id  # the page shows what was saved, still on Sofie
    window.undo_stack.undo()
    data = _now(window)
    assert data.delegation(_person(data, "Sofie Lund Madsen").delegation_id).name == "Esbjerg Kommune"
    assert all(d.name != "Sofie Lund Madsen" for d in data.delegations)  # the emptied one went with the undo


def test_a_full_delegation_refuses_a_fourth_and_undo_brings_back_an_emptied_one(qtbot, window: B2BDialog) -> None:  # type: ignore[no-untyped-def]
    page = window.people
    window.tabs.setCurrentWidget(page)
    data = window.data
    esbjerg = next(d for d in data.delegations if d.name == "Esbjerg Kommune")
    _click_row(qtbot, page.view, _person(data, "Søren Halkjær").participant_id)
    page.delegation.setCurrentIndex(page.delegation.findData(esbjerg.id))
    page.move_button.click()
    assert len(_now(window).delegation(esbjerg.id).members) == 3
    _click_row(qtbot, page.view, _person(window.data, "Kirsten Dalgaard").participant_id)
    page.delegation.setCurrentIndex(page.delegation.findData(esbjerg.id))
    before = _now(window)
    page.move_button.click()
    assert "at most three people" in page.message.text()
    _shot(window, "b2b-participants-refused")
    assert _now(window).delegations == before.delegations and window.undo_stack.count() == 1
    window.undo_stack.undo()  # Søren was alone in Port Esbjerg, which the move emptied: undo brings it back
    data = _now(window)
    assert data.delegation(_person(data, "Søren Halkjær").delegation_id).name == "Port Esbjerg"


def test_renaming_a_delegation_keeps_the_name_exactly_as_typed_and_undoes(qtbot, window: B2BDialog) -> None:  # type: ignore[no-untyped-def]
    page = window.people
    jesper = _person(window.data, "Jesper Frost Rasmussen")
    _click_row(qtbot, page.view, jesper.participant_id)
    page.delegation_name.clear()
    qtbot.keyClicks(page.delegation_name, HOSTILE)
    page.rename_button.click()
    data = _now(window)
    assert data.delegation(jesper.delegation_id).name == HOSTILE
    assert HOSTILE in window.grid.schedule.headerData(0, Qt.Orientation.Horizontal)  # table 1 is theirs
    window.undo_stack.undo()
    assert _now(window).delegation(jesper.delegation_id).name == "Esbjerg Kommune"


def test_a_meeting_limit_and_slots_away_are_saved_and_the_grid_marks_the_clash(qtbot, window: B2BDialog) -> None:  # type: ignore[no-untyped-def]
    page = window.people
    data = window.data
    fiona = _person(data, "Fiona MacLeod")
    booked = {data.slot_at(m.start).index for m in data.meetings if fiona.delegation_id in (m.a, m.b)}
    # two back-to-back slots (not across the break), one of them booked
    first = next(s for s in data.slots[:-1] if {s.index, s.index + 1} & booked
                 and data.slots[s.index + 1].start == s.end)
    _click_row(qtbot, page.view, fiona.participant_id)
    assert page.max_meetings.text().startswith("as the session")
    page.max_meetings.setValue(1)
    for index in (first.index, first.index + 1):
        page.unavailable.item(index).setCheckState(Qt.CheckState.Checked)
    page.save_button.click()
    saved = _person(_now(window), "Fiona MacLeod")
    assert saved.max_meetings == 1
    assert saved.unavailable == ((first.start, data.slots[first.index + 1].end),)  # joined into one interval
    assert "Conflicts:" in window.conflicts.text()
    window.tabs.setCurrentWidget(page)
    _shot(window, "b2b-participants-away")
    assert page.model.index(_row_of(page.view, fiona.participant_id).row(), 3).data() == "1"
    window.undo_stack.undo()
    back = _person(_now(window), "Fiona MacLeod")
    assert (back.max_meetings, back.unavailable) == (None, ())
    assert window.conflicts.text() == "No conflicts."


def test_adding_a_request_then_undoing_it(qtbot, window: B2BDialog) -> None:  # type: ignore[no-untyped-def]
    page = window.requests
    window.tabs.setCurrentWidget(page)
    count = len(window.data.requests)
    zoe, lucja = _person(window.data, "Zoë Hartley"), _person(window.data, "Łucja Nowak")
    page.requester.setCurrentIndex(page.requester.findData(zoe.participant_id))
    page.target.setCurrentIndex(page.target.findData(lucja.participant_id))
    page.priority.setCurrentIndex(page.priority.findData(B2BPriority.MUST))
    page.status.setCurrentIndex(page.status.findData(B2BRequestStatus.ACCEPTED))
    page.add_button.click()
    data = _now(window)
    new = next(r for r in data.requests if (r.requester_id, r.target_id) == (zoe.participant_id, lucja.participant_id))
    assert (new.priority, new.status) == (B2BPriority.MUST, B2BRequestStatus.ACCEPTED)
    assert page.model.rowCount() == count + 1 and "Before planning: 17 meetings requested" in window.outlook.text()
    _shot(window, "b2b-requests")
    window.undo_stack.undo()
    assert len(_now(window).requests) == count and page.model.rowCount() == count


def test_nobody_can_ask_to_meet_themselves(window: B2BDialog) -> None:
    page = window.requests
    zoe = _person(window.data, "Zoë Hartley")
    for combo in (page.requester, page.target):
        combo.setCurrentIndex(combo.findData(zoe.participant_id))
    page.add_button.click()
    assert page.message.text() == "Nobody can ask to meet themselves."
    assert _now(window).requests == window.data.requests and window.undo_stack.count() == 0


def test_declining_several_requests_at_once_and_undo_gives_each_its_old_answer(qtbot, window: B2BDialog) -> None:  # type: ignore[no-untyped-def]
    page = window.requests
    window.tabs.setCurrentWidget(page)
    first, second = window.data.requests[0], window.data.requests[-1]
    assert first.status != second.status  # accepted and something else: undo must not flatten them
    _click_row(qtbot, page.view, first.id)
    _click_row(qtbot, page.view, second.id, Qt.KeyboardModifier.ControlModifier)
    page.decline_button.click()
    data = _now(window)
    assert {r.id: r.status for r in data.requests if r.id in (first.id, second.id)} == {
        first.id: B2BRequestStatus.DECLINED, second.id: B2BRequestStatus.DECLINED}
    assert set(page.model.index(_row_of(page.view, i).row(), 3).data() for i in (first.id, second.id)) == {"declined"}
    page.must_button.click()
    assert all(r.priority == B2BPriority.MUST for r in _now(window).requests if r.id in (first.id, second.id))
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert _now(window).requests == window.data.requests == b2b.load_session(window.db, window.meeting_id).requests
    assert {r.id: (r.status, r.priority) for r in _now(window).requests if r.id in (first.id, second.id)} == {
        first.id: (first.status, first.priority), second.id: (second.status, second.priority)}


def test_no_thanks_and_removing_a_request(qtbot, window: B2BDialog) -> None:  # type: ignore[no-untyped-def]
    page = window.requests
    request = window.data.requests[0]
    _click_row(qtbot, page.view, request.id)
    page.no_thanks_button.click()
    assert next(r for r in _now(window).requests if r.id == request.id).status == B2BRequestStatus.NO_THANKS
    _click_row(qtbot, page.view, request.id)
    page.delete_button.click()
    assert all(r.id != request.id for r in _now(window).requests)
    window.undo_stack.undo()  # back, as it was before the removal
    back = next(r for r in _now(window).requests if (r.requester_id, r.target_id) ==
                (request.requester_id, request.target_id))
    assert (back.status, back.priority) == (B2BRequestStatus.NO_THANKS, request.priority)


def _set_time(edit: QDateTimeEdit, hour: int, minute: int) -> None:
    edit.setDateTime(QDateTime(QDate(2022, 10, 6), QTime(hour, minute)))


def test_the_session_form_takes_several_windows_breaks_and_tables_of_their_own(qtbot, window: B2BDialog) -> None:  # type: ignore[no-untyped-def]
    form = window.form
    window.tabs.setCurrentWidget(form)
    assert form.windows.table.rowCount() == 2 and form.breaks.table.rowCount() == 1  # the demo's, in local time
    assert form.windows.table.cellWidget(0, 0).dateTime().time() == QTime(15, 0)
    _shot(window, "b2b-session-form")
    form.windows.add_button.click()  # a third window, 19:00–20:00 on the same day
    row = form.windows.table.rowCount() - 1
    _set_time(form.windows.table.cellWidget(row, 0), 19, 0)
    _set_time(form.windows.table.cellWidget(row, 1), 20, 0)
    form.breaks.add_button.click()
    _set_time(form.breaks.table.cellWidget(1, 0), 19, 15)
    _set_time(form.breaks.table.cellWidget(1, 1), 19, 30)
    form.fixed_tables.add_button.click()
    spin, combo = form.fixed_tables.table.cellWidget(1, 0), form.fixed_tables.table.cellWidget(1, 1)
    assert isinstance(spin, QSpinBox) and isinstance(combo, QComboBox) and spin.value() == 2
    combo.setCurrentIndex(combo.findText("Port Esbjerg"))
    form.max_meetings.setValue(4)
    form.save.click()
    data = _now(window)
    assert data.windows[-1] == (datetime(2022, 10, 6, 17, 0, tzinfo=UTC), datetime(2022, 10, 6, 18, 0, tzinfo=UTC))
    assert data.breaks[-1] == (datetime(2022, 10, 6, 17, 15, tzinfo=UTC), datetime(2022, 10, 6, 17, 30, tzinfo=UTC))
    assert len(data.slots) == 7 + 3 and data.default_max_meetings == 4
    assert {d.name: d.table for d in data.delegations if d.table} == {"Esbjerg Kommune": 1, "Port Esbjerg": 2}
    assert window.grid.schedule.rowCount() == 10 and "Port Esbjerg" in window.grid.schedule.headerData(
        1, Qt.Orientation.Horizontal)
    window.undo_stack.undo()
    data = _now(window)
    assert len(data.slots) == 7 and data.default_max_meetings is None
    assert {d.name: d.table for d in data.delegations if d.table} == {"Esbjerg Kommune": 1}


def test_the_editing_tabs_fit_a_laptop_at_125_percent(qtbot, window: B2BDialog) -> None:  # type: ignore[no-untyped-def]
    window.resize(1093, 560)  # a 1366 × 768 laptop at 125 %, less the title bar
    for page, name in ((window.people, "participants"), (window.requests, "requests"), (window.form, "session")):
        window.tabs.setCurrentWidget(page)
        QApplication.processEvents()  # the tab's layout settles
        assert page.size().width() >= page.minimumSizeHint().width()
        assert page.size().height() >= page.minimumSizeHint().height(), name
        _shot(window, f"b2b-small-{name}")


def test_the_editing_tabs_in_danish(qtbot, demo_db: Database, qapp) -> None:  # type: ignore[no-untyped-def]
    install_translations(qapp, "da")
    try:
        with demo_db.session() as s:
            meeting = s.scalars(select(Meeting.id).where(Meeting.calendar_uid == WECP)).one()
        dialog = B2BDialog(demo_db, meeting)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        page = dialog.people
        dialog.tabs.setCurrentWidget(page)
        _click_row(qtbot, page.view, _person(dialog.data, "Jesper Frost Rasmussen").participant_id)
        assert page.editor.title() == "Valgt deltager" and page.max_meetings.text() == "som sessionen (ingen grænse)"
        _shot(dialog, "b2b-participants-da")
        dialog.tabs.setCurrentWidget(dialog.requests)
        assert dialog.requests.accept_button.text() == "Acce&pter"
        _shot(dialog, "b2b-requests-da")
        dialog.tabs.setCurrentWidget(dialog.form)
        _shot(dialog, "b2b-session-form-da")
    finally:
        install_translations(qapp, "en")


def _mnemonics(window: B2BDialog) -> list[str]:
    """The Alt+letter keys alive on the shown tab: the tab bar's, the visible buttons' and labels' buddies."""
    texts = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    texts += [b.text() for b in window.findChildren(QAbstractButton) if b.isVisibleTo(window)]
    return [re.search(r"&([^&])", t).group(1).casefold() for t in texts if re.search(r"&([^&])", t)]


@pytest.mark.parametrize("language", ["en", "da"])
def test_every_alt_letter_on_each_tab_is_unambiguous(qtbot, demo_db: Database, qapp, language: str) -> None:  # type: ignore[no-untyped-def]
    install_translations(qapp, language)
    try:
        with demo_db.session() as s:
            meeting = s.scalars(select(Meeting.id).where(Meeting.calendar_uid == WECP)).one()
        dialog = B2BDialog(demo_db, meeting)
        qtbot.addWidget(dialog)
        dialog.show()
        for index in range(dialog.tabs.count()):
            dialog.tabs.setCurrentIndex(index)
            keys = _mnemonics(dialog)
            assert len(keys) == len(set(keys)), (dialog.tabs.tabText(index), sorted(keys))
    finally:
        install_translations(qapp, "en")
