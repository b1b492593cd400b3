"""The five tasks of issue 19 with the keyboard only, as a secretary without a mouse does them.

1. Create next year's KL meeting with a four-item agenda; 2. import a Danish Excel CSV; 3. rehearse the
invitations (preview, a test to yourself); 4. check two people in; 5. print the programme and the participant
list (saved as PDF). Every key goes to the widget that has the focus, shortcuts and mnemonics included; an
event filter fails the test on any mouse event.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QWidget
from pytestqt.qtbot import QtBot

from klimamoeder.gui.checkin_view import CheckInDialog
from klimamoeder.gui.import_wizard import ImportParticipantsWizard
from klimamoeder.gui.invites_dialog import SendInvitesDialog
from klimamoeder.gui.main_window import MainWindow
from klimamoeder.gui.new_meeting_dialog import NewMeetingDialog
from klimamoeder.gui.print_preview import PrintDialog
from klimamoeder.services import agenda, attendance, checklist, mailer, meetings, registrations
from klimamoeder.storage import Database
from tests.smtp_server import Handler, configured, memory_keyring, smtp_server
from tests.unit.pdf_reading import text

__all__ = ["configured", "memory_keyring", "smtp_server"]  # fixtures used by name
pytestmark = pytest.mark.gui
CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
FAILURES: list[BaseException] = []


class NoMouse(QObject):
    """Counts every mouse event anywhere in the application."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
                            QEvent.Type.MouseButtonDblClick, QEvent.Type.Wheel):
            self.seen.append(f"{event.type().name} on {type(watched).__name__}")
        return False


def focus() -> QWidget:
    """The widget keys go to. When a dialog has closed, the window system gives its window the focus back
    (offscreen Qt does not: that step is done here, never by a click)."""
    current = QApplication.focusWidget()
    if current is None or not current.window().isVisible():
        window = QApplication.activeModalWidget() or next(
            (w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()), None)
        if window is not None:
            activate(window)
    widget = QApplication.focusWidget() or QApplication.activeModalWidget() or QApplication.activeWindow()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def key(code: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(focus(), code, modifier)
    if modifier == ALT:
        QTest.qWait(200)  # a button's Alt+letter "animates" its press and clicks a moment later


def type_text(text: str) -> None:
    for character in text:  # QTest.keyClicks handles ASCII only; each character as the keyboard sends it
        QTest.sendKeyEvent(QTest.KeyAction.Click, focus(), Qt.Key.Key_unknown, character,
                           Qt.KeyboardModifier.NoModifier)


def tab(times: int = 1) -> None:
    for _ in range(times):
        key(Qt.Key.Key_Tab)


def wait(qtbot: QtBot, condition: Callable[[], bool], timeout: int = 20000) -> None:
    qtbot.waitUntil(condition, timeout=timeout)


def activate(window: QWidget) -> None:
    """What the window system does for a window that opens: make it the active one (keys go to it)."""
    window.activateWindow()
    QTest.qWaitForWindowActive(window, 5000)
    if QApplication.activeWindow() is not window:  # offscreen: the widget side may lag behind the window
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            QApplication.setActiveWindow(window)


def when_modal(kind: type, drive: Callable[[QWidget], None]) -> None:
    """Run `drive(dialog)` once a modal dialog of `kind` is up (inside its own event loop).

    A failure inside is kept for the test to raise, and the dialog is closed so its event loop ends.
    """
    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if not (isinstance(dialog, kind) and dialog.isVisible()):
            QTimer.singleShot(20, poll)
            return
        activate(dialog)
        try:
            drive(dialog)
        except BaseException as error:
            FAILURES.append(error)
            while QApplication.activeModalWidget() is not None:
                QApplication.activeModalWidget().close()  # type: ignore[union-attr]
                QApplication.processEvents()

    QTimer.singleShot(0, poll)


def raise_failures() -> None:
    if FAILURES:
        error = FAILURES[0]
        FAILURES.clear()
        raise error


@pytest.fixture
def window(qtbot: QtBot, demo_db: Database, smtp_server: tuple[Handler, int],
           configured: mailer.SmtpSettings) -> MainWindow:
    win = MainWindow(demo_db)
    qtbot.addWidget(win)
    win.show()
    QTest.qWaitForWindowActive(win, 5000)
    return win


def test_the_five_tasks_with_the_keyboard_only(qtbot: QtBot, window: MainWindow, demo_db: Database,
                                                smtp_server: tuple[Handler, int], tmp_path: Path) -> None:
    mouse = NoMouse()
    QApplication.instance().installEventFilter(mouse)  # type: ignore[union-attr]
    try:
        meeting = create_next_years_kl_meeting(qtbot, window, demo_db)
        import_a_danish_excel_csv(qtbot, window, demo_db, meeting, tmp_path)
        rehearse_the_invitations(qtbot, window, smtp_server[0])
        check_two_people_in(qtbot, window, demo_db, meeting)
        print_programme_and_list(qtbot, window, demo_db, meeting, tmp_path)
    finally:
        QApplication.instance().removeEventFilter(mouse)  # type: ignore[union-attr]
    assert mouse.seen == []


def create_next_years_kl_meeting(qtbot: QtBot, window: MainWindow, db: Database) -> int:
    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, NewMeetingDialog)
        assert focus() is dialog.network
        type_text("KL-")  # the combo jumps to the network typed
        tab()
        type_text("Netværksmøde: klimapartnerskaber 2028")
        tab(2)  # kind, then the start
        assert focus() is dialog.start
        QTest.keyClicks(focus(), "090320281000")  # day, month, year, hour, minute: each part moves on
        tab()
        assert focus() is dialog.end  # one Tab leaves a date field
        tab(2)  # time zone, venue
        assert focus() is dialog.venue
        type_text("KL-H")
        tab()
        assert focus() is dialog.organiser_name and dialog.organiser_email.text() == "nkel@kl.example"
        key(Qt.Key.Key_Return)  # Create

    when_modal(NewMeetingDialog, fill)
    key(Qt.Key.Key_N, CTRL)
    raise_failures()
    created = next(m for m in meetings.list_meetings(db) if m.title == "Netværksmøde: klimapartnerskaber 2028")
    details = meetings.get_meeting(db, created.id).fields
    assert (details.start.isoformat(), details.organiser_email) == ("2028-03-09T10:00:00", "nkel@kl.example")
    assert created.venue == "KL-Huset"
    assert window.meeting_id == created.id

    key(Qt.Key.Key_A, ALT)  # the Agenda tab; the focus goes into it
    wait(qtbot, lambda: window.page.agenda.data is not None and window.page.agenda.data.meeting_id == created.id)
    for title in ("Velkomst", "Oplæg: varmeplaner i partnerskab", "Frokost", "Drøftelse og afrunding"):
        before = len(window.page.agenda.data.items)  # type: ignore[union-attr]
        key(Qt.Key.Key_N, CTRL | SHIFT)  # Add item
        wait(qtbot, lambda: window.page.agenda.dialog is not None and window.page.agenda.dialog.isVisible())
        dialog = window.page.agenda.dialog
        activate(dialog)
        assert focus() is dialog.title_edit
        type_text(title)
        key(Qt.Key.Key_Return)
        wait(qtbot, lambda n=before: len(window.page.agenda.data.items) == n + 1)  # type: ignore[union-attr]
    items = agenda.load_agenda(db, created.id).items
    assert [i.title for i in items] == ["Velkomst", "Oplæg: varmeplaner i partnerskab", "Frokost",
                                        "Drøftelse og afrunding"]
    assert [f"{i.start:%H:%M}" for i in items] == ["10:00", "10:30", "11:00", "11:30"]  # one after the other
    return created.id


def import_a_danish_excel_csv(qtbot: QtBot, window: MainWindow, db: Database, meeting: int, folder: Path) -> None:
    path = folder / "tilmeldinger.csv"  # as Danish Excel saves "CSV (semikolonsepareret)": cp1252, CRLF
    path.write_bytes(("Fornavn;Efternavn;E-mail;Kommune;Stilling;Kosthensyn\r\n"
                      "Line;Damgaard;line.damgaard@vejle.example;Vejle Kommune;Klimakoordinator;\r\n"
                      "Jakob;Bech;jakob.bech@naestved.example;Næstved Kommune;Chef for Teknik og Miljø;Vegetar\r\n"
                      "Søren;Ærø;soren.aero@aarhus.example;Aarhus Kommune;Klimachef;\r\n"
                      "Jesper;Rasmussen;jfr@esbjerg.example;Esbjerg Kommune;Borgmester;\r\n").encode("cp1252"))

    def drive(wizard: QWidget) -> None:
        assert isinstance(wizard, ImportParticipantsWizard)
        assert focus() is wizard.file_page.path
        type_text(str(path))
        tab()  # leaving the field reads the file
        wait(qtbot, wizard.file_page.isComplete)
        for _page in range(3):
            key(Qt.Key.Key_N, ALT)  # Next
        wait(qtbot, wizard.check_page.isComplete)
        summary = wizard.check_page.summary.text()
        assert "2 already known (matched by e-mail)" in summary and "1 row looks like someone already known" in summary
        key(Qt.Key.Key_N, ALT)
        wait(qtbot, wizard.import_page.isComplete)
        key(Qt.Key.Key_F, ALT)  # Finish

    when_modal(ImportParticipantsWizard, drive)
    key(Qt.Key.Key_I, CTRL | SHIFT)
    raise_failures()
    names = {r.name for r in registrations.list_registrations(db, meeting)}
    assert {"Line Damgaard", "Jakob Bech", "Søren Ærø", "Jesper Frost Rasmussen"} <= names


def rehearse_the_invitations(qtbot: QtBot, window: MainWindow, server: Handler) -> None:
    def drive(dialog: QWidget) -> None:
        assert isinstance(dialog, SendInvitesDialog)
        wait(qtbot, lambda: dialog.blockers is not None)
        assert dialog.send_button.isEnabled() and not dialog.send_button.isDefault()
        key(Qt.Key.Key_V, ALT)  # the Preview tab
        wait(qtbot, lambda: dialog.preview.tabs.count() > 0)
        assert "Kære Line Damgaard" in dialog.preview.tabs.widget(0).letter.toPlainText()

        def address(box: QWidget) -> None:
            for _ in range(60):
                QTest.keyClick(focus(), Qt.Key.Key_Backspace)
            type_text("sekretariat@kl.example")
            key(Qt.Key.Key_Return)

        when_modal(QInputDialog, address)
        key(Qt.Key.Key_T, ALT)  # Send a test to me…
        wait(qtbot, lambda: "A test went to sekretariat@kl.example" in dialog.result.text())
        key(Qt.Key.Key_Escape)

    when_modal(SendInvitesDialog, drive)
    key(Qt.Key.Key_E, CTRL | SHIFT)
    raise_failures()
    assert [rcpt for rcpt, _raw in server.messages] == [["sekretariat@kl.example"]]


def check_two_people_in(qtbot: QtBot, window: MainWindow, db: Database, meeting: int) -> None:
    def drive(dialog: QWidget) -> None:
        assert isinstance(dialog, CheckInDialog)
        wait(qtbot, lambda: not dialog.loading)
        assert dialog.date_warning.isVisible()  # today is not 9 March 2028
        assert focus() is dialog.search
        for name in ("line", "jakob"):
            type_text(name)
            key(Qt.Key.Key_Return)
        assert "Jakob Bech checked in" in dialog.feedback.text()
        key(Qt.Key.Key_Escape)

    when_modal(CheckInDialog, drive)
    key(Qt.Key.Key_K, CTRL | SHIFT)
    raise_failures()
    counts = attendance.day_counts(db, meeting)[0]
    assert counts.checked_in == 2


def print_programme_and_list(qtbot: QtBot, window: MainWindow, db: Database, meeting: int, folder: Path) -> None:
    saved: list[Path] = []

    def save(name: str) -> None:
        def fill(box: QWidget) -> None:
            assert isinstance(box, QFileDialog)
            target = folder / name
            key(Qt.Key.Key_A, CTRL)
            type_text(str(target))
            key(Qt.Key.Key_Return)
            saved.append(target)

        when_modal(QFileDialog, fill)
        key(Qt.Key.Key_V, ALT)  # Save as PDF…

    def drive(dialog: QWidget) -> None:
        assert isinstance(dialog, PrintDialog)
        assert dialog.suggested_file_name() == \
            "Programme – Netværksmøde klimapartnerskaber 2028 – 2028-03-09.pdf"
        wait(qtbot, dialog.save_button.isEnabled)
        save("program.pdf")
        key(Qt.Key.Key_D, ALT)  # the Document list
        with qtbot.waitSignal(dialog.generated, timeout=20000):
            key(Qt.Key.Key_Down)  # the participant list
        save("deltagerliste.pdf")
        key(Qt.Key.Key_Escape)

    when_modal(PrintDialog, drive)
    key(Qt.Key.Key_P, CTRL)
    raise_failures()
    programme, participants = (p.read_bytes() for p in saved)
    assert "Drøftelse og afrunding" in text(programme) and "Side 1 af" in text(programme)  # a Danish meeting
    assert "Deltagerliste" in text(participants) and "Line Damgaard" in text(participants)  # who agreed to it
    done = {d.document for d in checklist.meeting_checklist(db, meeting).documents}
    assert done == {"programme", "participants"}
    assert QApplication.activeModalWidget() is None
