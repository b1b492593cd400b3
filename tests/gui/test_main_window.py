"""The main window on the demo data: find a meeting, edit its details, save, and be refused when wrong."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from klimamoeder import __version__, settings
from klimamoeder.gui.main_window import MainWindow
from klimamoeder.services import meetings
from klimamoeder.storage import open_database
from tests.gui.shots import shot

WECP_UID = "demo-wecp-ga-2022@klimamoeder.invalid"


def wecp_id(db) -> int:
    return next(m.id for m in meetings.list_meetings(db) if m.title == "WECP Annual General Assembly 2022")


def test_the_navigation_lists_every_network_with_its_meetings(main_window) -> None:
    model = main_window.navigation.model
    networks = {model.item(row).text() for row in range(model.rowCount())}
    assert networks == {"C40", "CLEAN", "KBH-Beijing", "KL-klimanetværk", "WECP"}


def shown_meetings(proxy) -> dict[str, list[int]]:
    """Network → the ids of the meetings the filtered tree still shows under it."""
    from klimamoeder.gui.navigation import MEETING_ID_ROLE

    shown: dict[str, list[int]] = {}
    for row in range(proxy.rowCount()):
        network = proxy.index(row, 0)
        groups = [proxy.index(g, 0, network) for g in range(proxy.rowCount(network))]
        shown[network.data()] = [proxy.index(m, 0, group).data(MEETING_ID_ROLE)
                                 for group in groups for m in range(proxy.rowCount(group))]
    return shown


def test_typing_in_the_search_field_narrows_the_meetings(qtbot, main_window, demo_db) -> None:
    proxy = main_window.navigation.proxy
    assert sum(len(ids) for ids in shown_meetings(proxy).values()) == 7
    qtbot.keyClicks(main_window.navigation.search, "Esbjerg")  # where the WECP assembly is held, not in a title
    assert shown_meetings(proxy) == {"WECP": [wecp_id(demo_db)]}
    main_window.navigation.search.clear()
    qtbot.keyClicks(main_window.navigation.search, "general assembly")
    assert shown_meetings(proxy) == {"WECP": [wecp_id(demo_db)]}
    main_window.navigation.search.clear()
    qtbot.keyClicks(main_window.navigation.search, "xyzzy")
    assert shown_meetings(proxy) == {}


def test_changing_the_theme_is_saved_and_still_there_after_reopening(qtbot, main_window, demo_db,
                                                                      open_meeting) -> None:
    meeting_id = wecp_id(demo_db)
    assert open_meeting(main_window, meeting_id)
    form = main_window.page.form
    assert form.title.text() == "WECP Annual General Assembly 2022"
    form.theme.selectAll()
    qtbot.keyClicks(form.theme, "Energy transition & <partnerships> for ")
    form.theme.insert("Zoë")  # QTest cannot type non-ASCII keys
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert not form.problems.isVisible()
    main_window.close()

    reopened_db = open_database(demo_db.url.database)
    try:
        window = MainWindow(reopened_db)
        qtbot.addWidget(window)
        open_meeting(window, meeting_id)
        window.page.tabs.setCurrentWidget(window.page.form)  # the checklist comes first
        assert window.page.form.theme.text() == "Energy transition & <partnerships> for Zoë"
        saved = meetings.get_meeting(reopened_db, meeting_id).fields.theme
        assert saved == "Energy transition & <partnerships> for Zoë"
    finally:
        reopened_db.dispose()


def test_an_end_before_the_start_is_refused_with_a_message_and_nothing_is_saved(qtbot, main_window, demo_db,
                                                                                open_meeting) -> None:
    meeting_id = wecp_id(demo_db)
    open_meeting(main_window, meeting_id)
    main_window.page.tabs.setCurrentWidget(main_window.page.form)  # the checklist comes first
    form = main_window.page.form
    before = meetings.get_meeting(demo_db, meeting_id)
    form.end.setDateTime(form.start.dateTime().addDays(-1))
    form.theme.setText("should not be saved")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.problems.isVisible()
    assert "The meeting must end after it starts." in form.problems.text()
    assert form.end.property("invalid") is True
    after = meetings.get_meeting(demo_db, meeting_id)
    assert after == before and after.fields.theme == before.fields.theme


def test_a_saved_edit_can_be_undone_from_the_edit_menu(qtbot, main_window, demo_db, open_meeting) -> None:
    meeting_id = wecp_id(demo_db)
    open_meeting(main_window, meeting_id)
    main_window.page.tabs.setCurrentWidget(main_window.page.form)  # the checklist comes first
    form = main_window.page.form
    form.capacity.setValue(150)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert meetings.get_meeting(demo_db, meeting_id).fields.capacity == 150
    main_window.undo_group.undo()
    assert meetings.get_meeting(demo_db, meeting_id).fields.capacity == 120
    assert form.capacity.value() == 120
    main_window.undo_group.redo()
    assert meetings.get_meeting(demo_db, meeting_id).fields.capacity == 150


def test_the_window_remembers_its_size(qtbot, sqlite_db) -> None:
    window = MainWindow(sqlite_db)
    qtbot.addWidget(window)
    window.resize(760, 560)  # the offscreen screen is 800x600
    window.show()
    window.close()
    assert settings.get("window_geometry")
    again = MainWindow(sqlite_db)
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (760, 560)


def test_an_empty_database_offers_the_demo_data(qtbot, sqlite_db) -> None:
    window = MainWindow(sqlite_db)
    qtbot.addWidget(window)
    window.show()
    assert window.welcome.load_demo.isVisible()
    qtbot.mouseClick(window.welcome.load_demo, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.navigation.model.rowCount() == 5, timeout=15000)
    assert not window.welcome.load_demo.isVisible()


def test_about_names_the_version_and_the_database(qtbot, main_window, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda _parent, _title, text: shown.append(text))
    main_window.about()
    assert __version__ in shown[0] and "demo.sqlite3" in shown[0]


def test_at_common_screen_sizes_the_meetings_and_the_open_meeting_are_drawn(qtbot, main_window, demo_db,
                                                                           open_meeting) -> None:
    from tests.gui.shots import grey, has_text, shot

    open_meeting(main_window, wecp_id(demo_db))
    tree = main_window.navigation.tree
    for width, height in ((1280, 800), (1920, 1080)):
        main_window.resize(width, height)
        qtbot.waitUntil(lambda w=width, h=height: (main_window.width(), main_window.height()) == (w, h))
        shot(main_window, f"main-{width}")
        pixels = grey(tree.viewport())
        model = tree.model()
        rows = [tree.visualRect(model.index(r, 0)) for r in range(model.rowCount())]
        assert len(rows) == 5 and all(has_text(pixels, rect) for rect in rows), "each network's name is drawn"
        heading = main_window.page.heading
        assert heading.text() == "WECP Annual General Assembly 2022"
        assert has_text(grey(heading), heading.rect()), "the meeting's title is drawn"
        corner = heading.mapTo(main_window, heading.rect().bottomRight())
        assert main_window.rect().contains(corner), "the heading fits inside the window"


def test_file_back_up_writes_a_copy_in_the_background(qtbot, main_window, tmp_path: Path, monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "backup.sqlite3"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    main_window.back_up()
    qtbot.waitUntil(target.exists, timeout=10000)
    copy = open_database(target)
    try:
        assert len(meetings.list_meetings(copy)) == 7
    finally:
        copy.dispose()


def test_file_open_database_shows_the_other_database(qtbot, main_window, tmp_path: Path, monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    other = tmp_path / "other.sqlite3"
    open_database(other).dispose()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(other), ""))
    main_window.choose_database()
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    assert [w.db.location for w in windows] == [str(other)]
    assert windows[0].welcome.load_demo.isVisible()
    for window in windows:
        window.close()
        window.db.dispose()


def test_changing_the_time_after_invitations_went_out_offers_an_update(qtbot, main_window, demo_db, tmp_path,
                                                                       open_meeting) -> None:
    from klimamoeder.services.invites import DraftFolder, plan_invitations, send_invitations

    upcoming = next(m.id for m in meetings.list_meetings(demo_db) if m.start.year == 2027)
    sent = send_invitations(demo_db, upcoming, DraftFolder(tmp_path / "drafts"))
    assert len(sent.delivered) >= 5
    open_meeting(main_window, upcoming)
    main_window.page.tabs.setCurrentWidget(main_window.page.form)  # the checklist comes first
    page = main_window.page
    assert not page.update_offer.isVisible()

    page.form.start.setDateTime(page.form.start.dateTime().addSecs(3600))
    page.form.end.setDateTime(page.form.end.dateTime().addSecs(3600))
    qtbot.mouseClick(page.form.save_button, Qt.MouseButton.LeftButton)

    assert page.update_offer.isVisible()
    assert f"{len(sent.delivered)} people" in page.update_offer_text.text()
    plan = plan_invitations(demo_db, upcoming)
    assert plan.bumps_sequence and plan.sequence == 1


# What each menu entry opens: a dialog class, or None for an entry that works without one.
MENU = {
    "&New meeting…": "NewMeetingDialog", "&Open database…": "QFileDialog", "&Back up database…": "QFileDialog",
    "Load &demo data": None, "&Send invitations…": "SendInvitesDialog", "Send r&eminders…": "FollowUpDialog",
    "Send prac&tical information…": "FollowUpDialog", "&Print and PDF…": "PrintDialog",
    "&Check-in at the door…": "CheckInDialog", "&Import participants…": "ImportParticipantsWizard",
    "&Bilateral meetings (B2B)…": "B2BDialog", "New meeting &from this one…": "CopyMeetingDialog",
    "Import calendar &replies…": "QFileDialog", "Review &unmatched replies…": "ReplyReviewDialog",
    "Fetch replies from the &mailbox": "MailSettingsDialog", "People and &organisations…": "PeopleDialog",
    "Personal &data…": "PrivacyDialog", "&Networks: logo and colour…": "NetworksDialog",
    "&Mail account…": "MailSettingsDialog", "Your &name…": "UserNameDialog", "&About Klimamøder": "QMessageBox",
    "&History of this meeting…": "HistoryDialog",
}
NOT_MODAL = {"&History of this meeting…"}
LANGUAGES = {"Dansk": "&Filer", "English": "&File"}  # each rebuilds the window in its language (its File menu)


def menu_entries(window) -> list:  # type: ignore[no-untyped-def]
    """Every entry of the window's menus, those of submenus (Settings → Language) last."""
    menus = [action.menu() for action in window.menuBar().actions()]
    entries = [a for menu in menus for a in menu.actions() if not a.isSeparator() and a.menu() is None]
    return entries + [a for menu in menus for sub in menu.actions() if sub.menu() for a in sub.menu().actions()]


def shown_beside(qtbot, action, expected: str) -> str:  # type: ignore[no-untyped-def]
    """Trigger an entry whose window is not modal; see it on screen with a size and a title, then close it."""
    def window():  # type: ignore[no-untyped-def]
        return next((w for w in QApplication.topLevelWidgets() if type(w).__name__ == expected and w.isVisible()), None)

    action.trigger()
    qtbot.waitUntil(lambda: window() is not None, timeout=60000)
    shown = window()
    assert shown.width() > 100 and shown.windowTitle(), expected
    shown.close()
    return expected


def close_when_shown(expected: str, seen: list[tuple[str, str, bool]], attempts: int = 2400) -> None:
    """Once the modal dialog of class `expected` is up, note it and close it as Cancel does.

    Other modal windows that come and go first (a task's progress dialog) are left alone. If `expected`
    never shows (up to a minute on a loaded machine), whatever is modal is noted and closed: the test then
    fails on what it saw instead of hanging in the dialog's event loop.
    """
    from PySide6.QtCore import QTimer

    def poll(left: int = attempts) -> None:
        widget = QApplication.activeModalWidget()
        if widget is not None and (type(widget).__name__ == expected or not left):
            try:
                seen.append((type(widget).__name__, widget.text() if isinstance(widget, QMessageBox) else "",
                             widget.isVisible() and widget.width() > 100 and bool(widget.windowTitle())))
            finally:
                widget.reject()  # type: ignore[attr-defined]
        elif left:
            QTimer.singleShot(25, lambda: poll(left - 1))

    QTimer.singleShot(0, poll)


def test_every_menu_action_opens_its_dialog(qtbot, main_window, demo_db, open_meeting) -> None:
    """Each entry is triggered for real; the dialog it opens is seen on screen and then closed as a user would."""
    from klimamoeder.gui import language_switch
    from klimamoeder.gui.app import install_translations

    open_meeting(main_window, wecp_id(demo_db))
    opened: dict[str, str | None] = {}
    for action in menu_entries(main_window):
        text = action.text()
        if text in ("&Undo", "&Redo"):
            assert not action.isEnabled(), f"{text}: nothing has been done yet"
            continue
        if text == "&Quit" or text in LANGUAGES:
            continue  # below: they close this window
        assert action.isEnabled(), text
        if text in NOT_MODAL:  # opens beside the window, so the user can keep working
            opened[text] = shown_beside(qtbot, action, MENU[text])
            continue
        seen: list[tuple[str, str, bool]] = []  # (class, text of a message box, shown with a size and a title)
        expected = MENU.get(text, "?")
        if expected is not None:
            close_when_shown(expected, seen)
        action.trigger()
        if expected is not None:
            qtbot.waitUntil(lambda seen=seen: bool(seen), timeout=60000)
        opened[text] = seen[0][0] if seen else None
        assert all(shown for _kind, _text, shown in seen), f"{text}: {seen}"
        if text == "&About Klimamøder":
            assert __version__ in seen[0][1]
    assert opened == {text: MENU.get(text, "?") for text in opened}
    assert set(opened) == set(MENU), "a menu entry was added or removed: say here what it opens"
    window = main_window
    try:
        for text, file_menu in LANGUAGES.items():
            next(a for a in menu_entries(window) if a.text() == text).trigger()
            window = language_switch._windows[0]
            assert window.menuBar().actions()[0].text() == file_menu, text
            assert window.meeting_id == wecp_id(demo_db)
    finally:
        install_translations(QApplication.instance(), "en")  # type: ignore[arg-type]
    qtbot.addWidget(window)
    next(a for a in menu_entries(window) if a.text() == "&Quit").trigger()
    assert not window.isVisible()


def test_raising_the_capacity_moves_the_first_on_the_wait_list_up_and_says_who(
        qtbot, main_window, demo_db, tmp_path, open_meeting) -> None:
    from dataclasses import replace

    from klimamoeder.services import seats

    meeting_id = wecp_id(demo_db)
    details = meetings.get_meeting(demo_db, meeting_id)
    meetings.update_meeting(demo_db, meeting_id, replace(details.fields, capacity=details.registered),
                            details.version)
    seats.register_email(demo_db, meeting_id, "first@wait.example", "Zoë Først", override_deadline=True)
    seats.register_email(demo_db, meeting_id, "second@wait.example", "Łucja Anden", override_deadline=True)
    open_meeting(main_window, meeting_id)
    main_window.page.tabs.setCurrentWidget(main_window.page.form)  # the checklist comes first
    form = main_window.page.form
    form.capacity.setValue(details.registered + 1)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.notice.isVisible() and form.notice.text() == "Moved up from the wait list: Zoë Først"
    shot(form, "capacity-raised")
    lines = {line.name: line for line in seats.registration_lines(demo_db, meeting_id)}
    assert lines["Zoë Først"].status == "registered" and lines["Łucja Anden"].wait_list_position == 1

    form.capacity.setValue(1)  # below the registered count: refused with the reason, nothing saved
    shown: list[str] = []
    original = QMessageBox.warning
    QMessageBox.warning = lambda parent, title, text, *a: shown.append(text)  # type: ignore[method-assign]
    try:
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    finally:
        QMessageBox.warning = original  # type: ignore[method-assign]
    assert shown and "so the capacity cannot be 1" in shown[0]
    assert meetings.get_meeting(demo_db, meeting_id).fields.capacity == details.registered + 1


def test_selecting_a_meeting_reads_nothing_from_the_database_on_the_gui_thread(qtbot, main_window, demo_db,
                                                                               open_meeting) -> None:
    import threading

    from sqlalchemy import event

    on_gui_thread: list[str] = []

    def record(_conn, _cursor, statement, *_args) -> None:
        if threading.current_thread() is threading.main_thread():
            on_gui_thread.append(statement.split()[0])

    meeting_id = wecp_id(demo_db)
    event.listen(demo_db.engine, "before_cursor_execute", record)
    try:
        main_window.page.tabs.setCurrentWidget(main_window.page.registrations)
        with qtbot.waitSignal(main_window.page.registrations.loaded, timeout=15000):
            open_meeting(main_window, meeting_id)
    finally:
        event.remove(demo_db.engine, "before_cursor_execute", record)
    assert on_gui_thread == []
    assert main_window.page.heading.text() == "WECP Annual General Assembly 2022"
    assert main_window.page.form.title.text() == "WECP Annual General Assembly 2022"
    assert main_window.page.form.isEnabled()
