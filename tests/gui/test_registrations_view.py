"""The registrations table driven like a user: filter as you type, sort, select many, change, undo."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from klimamoeder.gui.registrations_model import NAME
from klimamoeder.gui.registrations_view import RegistrationsTab
from klimamoeder.model import ParticipantRole, RegistrationStatus
from klimamoeder.services import registrations
from klimamoeder.services.meetings import list_meetings
from klimamoeder.services.registrations import At, RegistrationInput
from klimamoeder.storage import Database
from tests.unit.test_registrations import contents, make_meeting, make_network, make_people

pytestmark = pytest.mark.gui
S = RegistrationStatus


def open_tab(qtbot: QtBot, db: Database, meeting_id: int) -> tuple[RegistrationsTab, QUndoStack]:
    tab = RegistrationsTab(db)
    qtbot.addWidget(tab)
    stack = QUndoStack(tab)
    # what the main window's Edit menu provides: Ctrl+Z on the meeting's undo stack
    undo = stack.createUndoAction(tab)
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    tab.addAction(undo)
    tab.resize(1100, 650)
    tab.show()
    with qtbot.waitSignal(tab.loaded, timeout=10000):
        tab.set_meeting(meeting_id, stack)
    # The filter's texts are made in the background after the table is shown; a filter typed before they come
    # is applied when they do (test_typing_before_the_filters_texts_come). Tests that type wait for them.
    assert tab.current is not None
    rows = tab.current.rows
    qtbot.waitUntil(lambda: not tab.model.needs_haystacks(rows), timeout=10000)
    return tab, stack


def shown_names(tab: RegistrationsTab) -> list[str]:
    return [tab.proxy.index(r, NAME).data() for r in range(tab.proxy.rowCount())]


@pytest.fixture
def wecp(demo_db: Database) -> int:
    return next(m.id for m in list_meetings(demo_db) if m.network == "WECP")


def test_the_model_is_a_well_behaved_qt_model(qtbot: QtBot, qtmodeltester, demo_db: Database, wecp: int) -> None:
    tab, _stack = open_tab(qtbot, demo_db, wecp)
    assert tab.model.rowCount() == len(registrations.list_registrations(demo_db, wecp))
    qtmodeltester.check(tab.model)
    qtmodeltester.check(tab.proxy)


def test_filter_as_you_type_over_name_organisation_status_role_and_day(qtbot: QtBot, demo_db: Database,
                                                                      wecp: int) -> None:
    tab, _stack = open_tab(qtbot, demo_db, wecp)
    qtbot.keyClicks(tab.filter, "esbjerg")
    assert shown_names(tab) and all("Esbjerg" in tab.proxy.index(r, 1).data() for r in range(tab.proxy.rowCount()))
    tab.filter.clear()
    qtbot.keyClicks(tab.filter, "declined")
    declined = {r.name for r in registrations.list_registrations(demo_db, wecp) if r.status is S.DECLINED}
    assert set(shown_names(tab)) == declined
    tab.filter.clear()
    qtbot.keyClicks(tab.filter, "speaker")
    assert "Laura Mitchell" in shown_names(tab)
    tab.filter.clear()
    qtbot.keyClicks(tab.filter, "sat 8")  # the last day: only who comes every day
    rows = registrations.list_registrations(demo_db, wecp)
    assert set(shown_names(tab)) == {r.name for r in rows if not r.days or "2022-10-08" in r.days}
    assert tab.count.text() == f"{tab.proxy.rowCount()} of {len(rows)}"


def test_the_filter_finds_the_same_rows_whether_its_texts_come_from_the_background_or_the_first_keystroke(
        qtbot: QtBot, demo_db: Database, wecp: int) -> None:
    # The table is shown before each row's search text is made; the texts arrive from the background later, or
    # the first keystroke makes them. Either way, and after sorting in between, every row keeps its own text.
    from klimamoeder.gui.registrations_model import ORGANISATION, Labels, RegistrationTableModel, load, search_texts

    tab, _stack = open_tab(qtbot, demo_db, wecp)
    assert tab.current is not None
    qtbot.waitUntil(lambda: not tab.model.needs_haystacks(tab.current.rows))  # made in the background, untyped
    loaded = load(demo_db, wecp, Labels.current())
    text_of = dict(zip((r[At.ID] for r in loaded.rows), search_texts(loaded), strict=True))
    on_keystroke, from_background = RegistrationTableModel(), RegistrationTableModel()
    for model in (on_keystroke, from_background):
        model.sort(NAME, Qt.SortOrder.DescendingOrder)  # sorted before the rows came (a reload keeps the order)
        model.set_loaded(loaded)
        model.sort(ORGANISATION, Qt.SortOrder.AscendingOrder)  # and sorted again before the texts are there
    outdated = load(demo_db, wecp, Labels.current())  # an older load's texts arriving late are not used
    from_background.haystacks_made(outdated.rows, ["zzz"] * len(outdated.rows))
    from_background.haystacks_made(loaded.rows, search_texts(loaded))
    for text in ("esbjerg", "declined", "speaker", "sat 8", "zzz", "kommune registered"):
        words = text.split()
        expected = [r.name for r in on_keystroke.registrations() if all(w in text_of[r.id] for w in words)]
        for model in (on_keystroke, from_background):
            model.set_filter(words)
            assert [model.registration_at(i).name for i in range(model.rowCount())] == expected, (text, model)
        assert text == "zzz" or expected


def test_clicking_a_header_sorts_on_the_raw_values(qtbot: QtBot, demo_db: Database, wecp: int) -> None:
    tab, _stack = open_tab(qtbot, demo_db, wecp)
    header = tab.table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(NAME) + 10, header.height() // 2))
    names = shown_names(tab)
    assert names == sorted(names, key=str.casefold)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(NAME) + 10, header.height() // 2))
    assert shown_names(tab) == sorted(names, key=str.casefold, reverse=True)
    tab.table.selectRow(0)
    with qtbot.waitSignal(tab.loaded, timeout=10000):  # a change reloads: the order stays
        tab.change_role(ParticipantRole.GUEST)
    assert shown_names(tab) == sorted(names, key=str.casefold, reverse=True)


def test_bulk_status_change_of_a_multi_selection_and_ctrl_z_undoes_it(qtbot: QtBot, demo_db: Database,
                                                                     wecp: int) -> None:
    tab, stack = open_tab(qtbot, demo_db, wecp)
    before = registrations.list_registrations(demo_db, wecp)
    qtbot.keyClicks(tab.filter, "vegetar registered")
    chosen = set(shown_names(tab))
    assert len(chosen) >= 3
    tab.table.setFocus()
    tab.table.selectAll()
    cancel = next(a for a in tab.status_button.menu().actions() if a.text() == "Cancelled")
    with qtbot.waitSignal(tab.loaded, timeout=10000):
        cancel.trigger()
    after = {r.name: r.status for r in registrations.list_registrations(demo_db, wecp)}
    assert {n for n, s in after.items() if n in chosen} == chosen
    assert all(after[n] is S.CANCELLED for n in chosen)
    assert stack.count() == 1

    with qtbot.waitSignal(tab.loaded, timeout=10000):
        qtbot.keyClick(tab.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert contents(registrations.list_registrations(demo_db, wecp)) == contents(before)


def test_remove_with_the_delete_key_and_undo_restores_exactly(qtbot: QtBot, demo_db: Database, wecp: int) -> None:
    tab, stack = open_tab(qtbot, demo_db, wecp)
    before = registrations.list_registrations(demo_db, wecp)
    tab.table.setFocus()
    tab.table.selectRow(0)
    with qtbot.waitSignal(tab.loaded, timeout=10000):
        qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert tab.model.rowCount() == len(before) - 1
    with qtbot.waitSignal(tab.loaded, timeout=10000):
        stack.undo()
    assert contents(registrations.list_registrations(demo_db, wecp)) == contents(before)


def test_who_moved_up_from_the_wait_list_is_shown(qtbot: QtBot, sqlite_db: Database) -> None:
    meeting = make_meeting(sqlite_db, make_network(sqlite_db), capacity=1)
    for person in make_people(sqlite_db, ["Anne", "Zoë"]):
        registrations.register(sqlite_db, meeting, person, RegistrationInput(status=S.REGISTERED))
    tab, _stack = open_tab(qtbot, sqlite_db, meeting)
    qtbot.keyClicks(tab.filter, "anne")
    tab.table.selectRow(0)
    with qtbot.waitSignal(tab.loaded, timeout=10000):
        assert tab.change_status(S.CANCELLED)
    assert "Moved up from the wait list: Zoë" in tab.message.text()
    assert "Headcount" in tab.summary.text()


def test_registering_after_the_deadline_asks_first(qtbot: QtBot, demo_db: Database, wecp: int,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    tab, _stack = open_tab(qtbot, demo_db, wecp)
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str, *args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    qtbot.keyClicks(tab.filter, "invited")
    tab.table.selectRow(0)
    assert not tab.change_status(S.REGISTERED)  # the user said no: nothing changed
    assert "deadline" in asked[0]
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    name = shown_names(tab)[0]
    with qtbot.waitSignal(tab.loaded, timeout=10000):
        assert tab.change_status(S.REGISTERED)
    assert {r.name: r.status for r in registrations.list_registrations(demo_db, wecp)}[name] is S.REGISTERED


def test_the_tab_draws_its_rows_and_marks_the_selected_one(qtbot: QtBot, demo_db: Database, wecp: int) -> None:
    from tests.gui.shots import background, grey, has_text, shot

    tab, _stack = open_tab(qtbot, demo_db, wecp)
    tab.table.selectRow(2)
    shot(tab, "registrations_tab")
    pixels = grey(tab.table.viewport())
    model, width = tab.table.model(), tab.table.viewport().width()
    rows = [tab.table.visualRect(model.index(r, 0)).adjusted(0, 0, width, 0) for r in range(model.rowCount())]
    visible = [r for r in rows if r.bottom() < pixels.shape[0]]
    assert len(visible) >= 5
    assert all(has_text(pixels, rect) for rect in visible), "every row on screen shows its text"
    fills = [background(pixels, rect) for rect in visible]
    assert fills[2] != fills[0] and fills[2] != fills[1], "the selected row stands out"
    below = visible[-1].bottom() + 2
    if below < pixels.shape[0] - 2 and len(visible) == len(rows):
        assert not has_text(pixels, QRect(0, below, width, pixels.shape[0] - below)), "nothing below the rows"


def test_a_speaker_gets_their_own_agenda_as_a_calendar_file(qtbot: QtBot, demo_db: Database, wecp: int,
                                                             tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import icalendar
    from PySide6.QtWidgets import QFileDialog

    tab, _stack = open_tab(qtbot, demo_db, wecp)
    assert not tab.speaker_action.isEnabled()
    row = shown_names(tab).index("Jesper Frost Rasmussen")
    tab.table.selectRow(row)
    assert tab.speaker_action.isEnabled()
    target = tmp_path / "jesper.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    tab.speaker_action.trigger()
    qtbot.waitUntil(lambda: "jesper.ics" in tab.message.text(), timeout=10000)
    events = icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert len(events) == 4


def test_no_meeting_selected_stays_an_empty_table(qtbot: QtBot, demo_db: Database, wecp: int) -> None:
    # Choosing no meeting (the selected one was deleted, or none is chosen) empties the table, and no load of the
    # meeting shown before comes back into it later.
    from PySide6.QtCore import QCoreApplication, QThreadPool

    tab, _stack = open_tab(qtbot, demo_db, wecp)
    assert tab.model.total() > 0
    with qtbot.waitSignal(tab.loaded, timeout=10000):
        tab.set_meeting(None)
    assert tab.model.total() == 0
    assert QThreadPool.globalInstance().waitForDone(10000)
    QCoreApplication.processEvents()  # whatever a background load sent is delivered now
    assert tab.model.total() == 0 and tab.current is None and not tab._loader.loading


def test_typing_before_the_filters_texts_come(qtbot: QtBot, demo_db: Database, wecp: int,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    # Each row's search text is made in the background after the table is shown. Typing before it is there
    # neither makes the texts on the GUI thread (at 100,000 rows a freeze of the first keystroke) nor loses what
    # was typed: the filter is applied when the texts come, and the count says so.
    import threading

    from klimamoeder.gui import registrations_model, registrations_view

    made_on: list[bool] = []
    real = registrations_model.search_texts

    def search_texts(loaded: registrations_model.LoadedMeeting) -> list[str]:
        made_on.append(threading.current_thread() is threading.main_thread())
        return real(loaded)

    monkeypatch.setattr(registrations_model, "search_texts", search_texts)
    monkeypatch.setattr(registrations_view, "search_texts", search_texts)
    tab = RegistrationsTab(demo_db)
    qtbot.addWidget(tab)
    tab.resize(1100, 650)
    tab.show()
    with qtbot.waitSignal(tab.loaded, timeout=10000):
        tab.set_meeting(wecp)
    assert tab.current is not None
    rows = tab.current.rows
    assert tab.model.needs_haystacks(rows), "the texts come after the table"
    qtbot.keyClicks(tab.filter, "declined")  # at once, before the background has made them
    qtbot.waitUntil(lambda: not tab.model.needs_haystacks(rows), timeout=10000)
    declined = {r.name for r in registrations.list_registrations(demo_db, wecp) if r.status is S.DECLINED}
    qtbot.waitUntil(lambda: set(shown_names(tab)) == declined, timeout=5000)
    assert declined and tab.count.text() == f"{len(declined)} of {len(rows)}"
    assert made_on == [False], "made once, in the background"
    qtbot.keyClicks(tab.filter, " qqq")  # and typing on filters at once, with the texts there
    assert shown_names(tab) == [] and tab.count.text() == f"0 of {len(rows)}"
