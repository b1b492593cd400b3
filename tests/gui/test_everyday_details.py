"""The small things of everyday use: dates as the locale writes them, file names from the meeting, Tab that
leaves a field, shortcuts, empty states that say what to do, whole titles, the language switched at once."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from klimamoeder import settings
from klimamoeder.gui.app import install_translations
from klimamoeder.gui.copy_meeting_dialog import CopyMeetingDialog
from klimamoeder.gui.dates import medium_date, short_date
from klimamoeder.gui.main_window import MainWindow
from klimamoeder.gui.print_preview import PrintDialog
from klimamoeder.model import MeetingKind
from klimamoeder.services import meetings
from klimamoeder.services.file_names import file_name
from klimamoeder.storage import Database

pytestmark = pytest.mark.gui


@pytest.fixture
def danish(qapp: QApplication) -> Iterator[None]:
    install_translations(qapp, "da")
    yield
    install_translations(qapp, "en")


def wecp(db: Database) -> int:
    return next(m.id for m in meetings.list_meetings(db) if m.title.startswith("WECP"))


def navigation_texts(window: MainWindow) -> list[str]:
    model, found = window.navigation.model, []

    def walk(parent):  # type: ignore[no-untyped-def]
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            found.append(str(index.data()))
            walk(index)

    from PySide6.QtCore import QModelIndex

    walk(QModelIndex())
    return found


def test_dates_are_written_as_the_locale_writes_them(qtbot: QtBot, demo_db: Database, danish: None,
                                                     open_meeting) -> None:
    assert short_date(date(2022, 10, 5)) == "05.10.2022" and medium_date(date(2022, 10, 5)) == "5. okt. 2022"
    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    open_meeting(window, wecp(demo_db))
    assert "05.10.2022  WECP Annual General Assembly 2022" in navigation_texts(window)
    assert "5. okt. 2022 14.00 – 8. okt. 2022 13.00" in window.page.facts.text()
    assert window.page.form.start.text() == "05.10.2022 14.00"


def test_english_dates(demo_db: Database) -> None:
    assert short_date(date(2022, 10, 5)) == "05/10/2022" and medium_date(date(2022, 10, 5)) == "5 Oct 2022"


def test_save_dialogs_suggest_the_meeting_s_title_and_date(qtbot: QtBot, demo_db: Database) -> None:
    dialog = PrintDialog(demo_db, wecp(demo_db))
    qtbot.addWidget(dialog)
    assert dialog.suggested_file_name() == "Programme – WECP Annual General Assembly 2022 – 2022-10-05.pdf"
    dialog.document_combo.setCurrentIndex(dialog.document_combo.findData("badges"))
    assert dialog.suggested_file_name() == "Name badges – WECP Annual General Assembly 2022 – 2022-10-05.pdf"
    assert file_name("Programme", 'Møde: "plan/handling"?', date(2027, 3, 11), "pdf") == \
        "Programme – Møde plan handling – 2027-03-11.pdf"


def test_tab_leaves_date_times_and_the_description_at_once(qtbot: QtBot, main_window: MainWindow,
                                                          demo_db: Database, open_meeting) -> None:
    open_meeting(main_window, wecp(demo_db))
    form = main_window.page.form
    main_window.page.tabs.setCurrentWidget(form)
    main_window.activateWindow()
    form.start.setFocus()
    qtbot.keyClick(form.start, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.end  # one Tab, not five
    form.description.setFocus()
    before = form.description.toPlainText()
    qtbot.keyClick(form.description, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not form.description and form.description.toPlainText() == before


def test_send_check_in_and_import_have_shortcuts(main_window: MainWindow) -> None:
    shortcuts = {action.text(): action.shortcut() for action in main_window.meeting_actions}
    assert shortcuts["&Send invitations…"] == QKeySequence("Ctrl+Shift+E")
    assert shortcuts["&Check-in at the door…"] == QKeySequence("Ctrl+Shift+K")
    assert shortcuts["&Import participants…"] == QKeySequence("Ctrl+Shift+I")


def test_an_empty_meeting_says_what_to_do_instead_of_0_of_0(qtbot: QtBot, main_window: MainWindow,
                                                            demo_db: Database) -> None:
    from datetime import datetime

    created = meetings.create_meeting(demo_db, meetings.MeetingInput(
        network_id=meetings.list_networks(demo_db)[0].id, title="Tomt møde", kind=MeetingKind.WORKSHOP,
        start=datetime(2035, 5, 1, 10), end=datetime(2035, 5, 1, 12)))
    main_window.refresh()
    main_window.select_meeting(created.id)
    page = main_window.page
    with qtbot.waitSignal(page.registrations.loaded, timeout=10000):
        page.tabs.setCurrentWidget(page.registrations)
    assert page.registrations.empty_hint.isVisible() and "Import…" in page.registrations.empty_hint.text()
    assert page.registrations.count.text() == ""
    with qtbot.waitSignal(page.agenda.loaded, timeout=10000):
        page.tabs.setCurrentWidget(page.agenda)
    assert "The agenda is empty. Press “Add item…” (Ctrl+Shift+N)" in page.agenda.conflict_label.text()


def test_a_copy_starts_a_year_on_the_same_weekday_with_the_year_in_the_title_moved(
        qtbot: QtBot, demo_db: Database) -> None:
    dialog = CopyMeetingDialog(demo_db, wecp(demo_db))
    qtbot.addWidget(dialog)
    chosen = dialog.date_edit.date().toPython()
    assert chosen > date.today() and chosen.weekday() == date(2022, 10, 5).weekday()
    assert dialog.title_edit.text() == f"WECP Annual General Assembly {chosen.year}"


def test_whole_titles_in_the_meeting_list(qtbot: QtBot, main_window: MainWindow, demo_db: Database) -> None:
    tree = main_window.navigation.tree
    main_window.splitter.setSizes([300, 980])
    QApplication.processEvents()
    long_title = next(i for i in range(1000) if tree.indexAt(tree.viewport().rect().topLeft()).isValid())
    assert long_title == 0
    signing = next(m.id for m in meetings.list_meetings(demo_db) if m.title.startswith("Signing"))
    main_window.select_meeting(signing)
    index = tree.currentIndex()
    one_line = tree.fontMetrics().height()
    assert tree.visualRect(index).height() > 2 * one_line  # wrapped onto lines, not cut at the edge


def test_the_registrations_table_shows_the_address_and_fits_a_laptop_without_scrolling_sideways(
        qtbot: QtBot, main_window: MainWindow, demo_db: Database) -> None:
    main_window.resize(1280, 760)
    main_window.select_meeting(wecp(demo_db))
    page = main_window.page
    with qtbot.waitSignal(page.registrations.loaded, timeout=10000):
        page.tabs.setCurrentWidget(page.registrations)
    QApplication.processEvents()
    table = page.registrations.table
    header = table.horizontalHeader()
    assert header.logicalIndex(1) == 8 and not table.isColumnHidden(8)  # E-mail, right after the name
    assert not table.horizontalScrollBar().isVisible()


def test_the_language_changes_at_once_on_the_same_meeting_and_tab(qtbot: QtBot, demo_db: Database,
                                                                  open_meeting) -> None:
    from klimamoeder.gui import language_switch

    window = MainWindow(demo_db)  # not given to qtbot: switching deletes it
    open_meeting(window, wecp(demo_db))
    window.page.tabs.setCurrentWidget(window.page.agenda)
    try:
        window.set_language("da")
        replacement = language_switch._windows[0]
        qtbot.addWidget(replacement)
        assert [a.text() for a in replacement.menuBar().actions()][:3] == ["&Filer", "R&ediger", "&Møde"]
        assert replacement.meeting_id == wecp(demo_db)
        assert replacement.page.tabs.currentWidget() is replacement.page.agenda
        qtbot.waitUntil(lambda: "Generalforsamling" in replacement.page.facts.text(), timeout=15000)
        assert "5. okt. 2022" in replacement.page.facts.text()
        assert settings.get("language") == "da"
        qtbot.waitUntil(lambda: not shiboken6.isValid(window), timeout=5000)  # closed and gone: no stale loads
        replacement.set_language("en")
        back = language_switch._windows[0]
        qtbot.addWidget(back)
        assert [a.text() for a in back.menuBar().actions()][:3] == ["&File", "&Edit", "&Meeting"]
    finally:
        install_translations(QApplication.instance(), "en")  # type: ignore[arg-type]


def test_switching_language_keeps_what_was_typed_in_the_details_and_not_saved(qtbot: QtBot, demo_db: Database,
                                                                             open_meeting) -> None:
    from klimamoeder.gui import language_switch

    window = MainWindow(demo_db)  # not given to qtbot: switching deletes it
    open_meeting(window, wecp(demo_db))
    window.page.tabs.setCurrentWidget(window.page.form)
    assert window.page.form.unsaved_input() is None  # as loaded: nothing to keep
    window.page.form.title.setText("WECP General Assembly 2022 (draft title)")
    try:
        window.set_language("da")
        replacement = language_switch._windows[0]
        qtbot.addWidget(replacement)
        form = replacement.page.form
        qtbot.waitUntil(lambda: form.title.text() == "WECP General Assembly 2022 (draft title)", timeout=15000)
        assert form.unsaved_input() is not None  # still unsaved: Save or Revert as before
        assert meetings.get_meeting(demo_db, wecp(demo_db)).fields.title == "WECP Annual General Assembly 2022"
    finally:
        install_translations(QApplication.instance(), "en")  # type: ignore[arg-type]
