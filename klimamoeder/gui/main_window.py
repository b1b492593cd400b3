"""The main window: navigation on the left, the selected meeting on the right."""

from __future__ import annotations

import base64
import importlib
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QByteArray, QEvent, QObject, QTimer, Signal  # not Qt: see WelcomePage
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QUndoGroup,
    QUndoStack,
    QWindow,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from .. import APP_NAME, __version__, settings
from .events import events
from .navigation import NavigationPane

if TYPE_CHECKING:
    from ..services.demo import DemoResult
    from ..services.meetings import MeetingSummary, NetworkSummary
    from ..storage import Database
    from .live import LiveUpdates
    from .mail_fetch import ReplyFetcher
    from .meeting_page import MeetingPage

REPLY_SUFFIXES = {".ics", ".eml", ".ical", ".ifb"}
FETCHER_DELAY_MS = 3000  # the mailbox reader starts this long after the database is attached
RETENTION_DELAY_MS = 4000  # what retention says is due is checked this long after the database is attached


def escape(text: str) -> str:
    """HTML-escaped text (what `html.escape` does, without importing `html.entities` into the first frame)."""
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
            .replace("'", "&#x27;"))


def _centred(text: str) -> str:
    return f"<div align='center'>{escape(text)}</div>"


class WelcomePage(QWidget):
    """Shown when no meeting is selected; offers the demo data on an empty database.

    Part of the first frame, so it is centred with stretches and HTML rather than `Qt.AlignmentFlag`: the first
    use of PySide's `Qt` namespace builds all its enums, a cost the window would otherwise pay before it appears.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(_centred(self.tr("Welcome to Klimamøder")))
        self.title.setObjectName("meetingTitle")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.load_demo = QPushButton(self.tr("Load the &demo data"))
        self.new_meeting = QPushButton(self.tr("Create a &new meeting"))
        icon = QLabel()
        icon.setPixmap(self.windowIcon().pixmap(96, 96))
        card = QWidget()
        card.setFixedWidth(560)  # a wrapped label needs a width, or it squeezes itself to nothing
        inner = QVBoxLayout(card)
        inner.setSpacing(12)
        inner.addLayout(_between_stretches(icon))
        inner.addWidget(self.title)
        inner.addWidget(self.text)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.load_demo)
        buttons.addWidget(self.new_meeting)
        buttons.addStretch(1)
        inner.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(_between_stretches(card))
        layout.addStretch(2)

    def set_opening(self) -> None:
        """Shown from the first frame until the database is open (it may be migrating, or on a slow server)."""
        self.load_demo.hide()
        self.new_meeting.hide()
        self.text.setText(_centred(self.tr("Opening the database…")))

    def set_empty(self, empty: bool) -> None:
        self.new_meeting.show()
        self.load_demo.setVisible(empty)
        self.text.setText(_centred(
            self.tr("This database is empty. Load the demo data to explore WECP's general assembly in Esbjerg, "
                    "KL's climate network meetings, C40 in Copenhagen and CLEAN in Billund, or start your own.")
            if empty else self.tr("Choose a meeting on the left, or create a new one.")
        ))


def _between_stretches(widget: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(widget)
    row.addStretch(1)
    return row


class _FirstExpose(QObject):
    def __init__(self, parent: QObject, callback: Callable[[], None]) -> None:
        super().__init__(parent)
        self.callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Expose and isinstance(watched, QWindow) and watched.isExposed():
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.callback)
            self.deleteLater()
        return False


class Opened(NamedTuple):
    """What the background start hands the window: the database and the navigation's first content."""

    db: Database
    networks: list[NetworkSummary]
    meetings: list[MeetingSummary]
    empty: bool
    on_network_drive: bool


def open_in_background(target: str | None) -> Opened:
    """Runs off the GUI thread at start: import the database layer, open (and migrate) the database, list the
    meetings, and import what the meeting page needs, so none of it delays the window or freezes it later."""
    from ..services import meetings
    from ..storage import is_network_path, open_database
    from . import (
        mail_fetch,  # noqa: F401 - and the mailbox reader's (icalendar, e-mail parsing: 1–2 s under load)
        meeting_page,  # noqa: F401 - imported here, off the GUI thread, for the first selection
    )

    db = open_database(target)
    try:
        on_network_drive = bool(db.is_sqlite and db.url.database and is_network_path(Path(db.url.database)))
        return Opened(db, meetings.list_networks(db), meetings.list_meetings(db), meetings.is_empty(db),
                      on_network_drive)
    except BaseException:
        db.dispose()
        raise


class MainWindow(QMainWindow):
    """The window appears first; the database is attached when it is open (`open_database_later`, `attach`)."""

    ready = Signal()  # the database is open and the meetings are listed

    def __init__(self, db: Database | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db: Database = None  # type: ignore[assignment]  # set by attach(); None only while opening
        self.undo_group = QUndoGroup(self)
        self._stacks: dict[int, QUndoStack] = {}
        self._page: MeetingPage | None = None
        self._listening = False  # connected to `events.changed`
        self._fetcher: ReplyFetcher | None = None
        self.live: LiveUpdates | None = None  # the team's changes, once the database is attached
        # Given to their actions when the database is attached: QAction.setShortcut builds all of PySide's `Qt`
        # enums on first use (see WelcomePage), and the menus are disabled until then anyway.
        self._shortcuts: list[tuple[QAction, QKeySequence]] = []
        self.setWindowTitle(APP_NAME)
        self.setAcceptDrops(True)
        self.navigation = NavigationPane()
        self.welcome = WelcomePage()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.welcome)
        splitter = QSplitter()
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([320, 960])
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        self.setCentralWidget(splitter)
        self._build_menus()
        self.location = QLabel()
        self.statusBar().addPermanentWidget(self.location)
        self.navigation.meeting_selected.connect(self.show_meeting)
        self.welcome.load_demo.clicked.connect(self.load_demo)
        self.welcome.new_meeting.clicked.connect(self.new_meeting)
        self._restore_geometry()
        if db is not None:
            self.attach(db)
        else:
            self.welcome.set_opening()
            self.menuBar().setEnabled(False)

    # --- opening ----------------------------------------------------------------
    def after_first_frame(self, callback: Callable[[], None]) -> None:
        """Run `callback` in the event-loop turn after the window is first exposed (and so painted)."""
        watch = _FirstExpose(self, callback)
        handle = self.windowHandle()
        if handle is None or handle.isExposed():
            QTimer.singleShot(0, callback)
        else:
            handle.installEventFilter(watch)

    def open_database_later(self, target: str | None, on_failure: Callable[[BaseException], None]) -> None:
        """Open the database off the GUI thread while the window shows "Opening the database…"."""
        from .tasks import run_task

        def opened(result: Opened) -> None:
            self.attach(result.db, result)
            if result.on_network_drive:
                QMessageBox.warning(self, APP_NAME, self.tr(
                    "The database lies on a network drive. SQLite cannot lock files reliably there, and data can "
                    "be lost when two people use it. Keep the file on this PC, or share a PostgreSQL server "
                    "instead."))

        run_task(self, self.tr("Opening the database"), lambda _p: open_in_background(target), opened,
                 on_failure, show_dialog=False)

    def attach(self, db: Database, opened: Opened | None = None) -> None:
        """Use `db` from now on: fill the navigation, enable the menus, build the meeting page when idle."""
        self.db = db
        for action, keys in self._shortcuts:
            action.setShortcut(keys)
        self.location.setText(self.tr("Database: {where}").format(where=db.location))
        if not self._listening:
            events.changed.connect(self._on_changed)
            self._listening = True
        from .live import attach_live  # with the database layer, which its listener needs

        self.live = attach_live(self, db)  # other people's changes refresh the views; offline edits wait
        self.menuBar().setEnabled(True)
        if opened is None:
            self.refresh()
        else:
            self._show_lists(opened.networks, opened.meetings, opened.empty)
        # The meeting page is built in an idle moment after the list appears, not in the user's first click.
        QTimer.singleShot(0, self._finish_start)
        # The mailbox is read in the background once the window is up (its modules cost start-up time).
        QTimer.singleShot(FETCHER_DELAY_MS, self.reply_fetcher)
        QTimer.singleShot(RETENTION_DELAY_MS, self.check_retention)
        self.ready.emit()

    def check_retention(self) -> None:
        """At start: anonymise what is due where every network applies automatically, else say what is due."""
        from ..services.privacy import retention
        from .tasks import run_task

        def said(report: retention.RetentionReport) -> None:
            if report.nothing_due:
                return
            if report.automatic:
                if not report.meetings:
                    return  # only the change log's own old entries: nothing to tell
                self.statusBar().showMessage(self.tr("Retention: {n} meetings anonymised.").format(
                    n=len(report.meetings)), 15000)
                events.changed.emit("all", None)
            else:
                self.statusBar().showMessage(self.tr(
                    "Retention: {n} meetings are due for anonymising (People → Personal data…).").format(
                    n=len(report.meetings)), 15000)

        if self.db is not None:
            run_task(self, self.tr("Retention"), lambda _p: retention.run_at_start(self.db), said,
                     lambda _error: None, show_dialog=False)

    def _finish_start(self) -> None:
        from .. import heap

        page = self.meeting_page()
        # Laid out and drawn once now, off screen, in an idle moment: the first selection of a meeting then only
        # shows it (style sheet, layouts, fonts and PySide's enums for painting are ready).
        page.resize(self.stack.size())
        page.grab()
        heap.settle()  # what start-up made lives as long as the window: later collections skip it

    def meeting_page(self) -> MeetingPage:
        """The page of the selected meeting, built on first use (its modules load with the database)."""
        if self._page is None:
            from .meeting_page import MeetingPage

            self._page = MeetingPage(self.db)
            self.stack.addWidget(self._page)
            self._page.form.saved.connect(self._offer_update)
            self._page.send_update.clicked.connect(self.send_invitations)
            self._page.action_requested.connect(self.run_requested)
        return self._page

    @property
    def page(self) -> MeetingPage:
        return self.meeting_page()

    @property
    def meeting_id(self) -> int | None:
        """The selected meeting, without building the page to find out."""
        return self._page.meeting_id if self._page is not None else None

    # --- menus ----------------------------------------------------------------
    def _action(self, menu_text: str, slot: Callable[[], object], shortcut: QKeySequence | str | None = None,
                status_tip: str = "") -> QAction:
        action = QAction(menu_text, self)
        if shortcut is not None:
            self._shortcuts.append((action, QKeySequence(shortcut)))
        action.setStatusTip(status_tip)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_meeting_action = self._action(
            self.tr("&New meeting…"), self.new_meeting, QKeySequence.StandardKey.New)
        file_menu.addAction(self.new_meeting_action)
        file_menu.addAction(
            self._action(self.tr("&Open database…"), self.choose_database, QKeySequence.StandardKey.Open))
        file_menu.addAction(self._action(self.tr("&Back up database…"), self.back_up))
        file_menu.addAction(self._action(self.tr("Load &demo data"), self.load_demo))
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit))

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        undo = self.undo_group.createUndoAction(self, self.tr("&Undo"))
        self._shortcuts.append((undo, QKeySequence(QKeySequence.StandardKey.Undo)))
        redo = self.undo_group.createRedoAction(self, self.tr("&Redo"))
        self._shortcuts.append((redo, QKeySequence(QKeySequence.StandardKey.Redo)))
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)

        self.meeting_menu = self.menuBar().addMenu(self.tr("&Meeting"))
        self.meeting_actions = [
            self._action(self.tr("&Send invitations…"), self.send_invitations, "Ctrl+Shift+E"),
            self._action(self.tr("Send r&eminders…"), lambda: self.follow_up("reminder")),
            self._action(self.tr("Send prac&tical information…"), lambda: self.follow_up("practical")),
            self._optional(self.tr("&Print and PDF…"), "print_preview", "PrintDialog", meeting=True,
                           shortcut=QKeySequence.StandardKey.Print),
            self._optional(self.tr("&Check-in at the door…"), "checkin_view", "CheckInDialog", meeting=True,
                           shortcut="Ctrl+Shift+K"),
            self._optional(self.tr("&Import participants…"), "import_wizard", "ImportParticipantsWizard",
                           meeting=True, shortcut="Ctrl+Shift+I"),
            self._optional(self.tr("&Bilateral meetings (B2B)…"), "b2b_window", "B2BDialog", meeting=True),
            self._action(self.tr("New meeting &from this one…"), self.copy_meeting),
            self._action(self.tr("&History of this meeting…"), self.meeting_history),
        ]
        for action in self.meeting_actions:
            self.meeting_menu.addAction(action)
        self.meeting_menu.addSeparator()
        self.meeting_menu.addAction(self._action(self.tr("Import calendar &replies…"), self.choose_reply_files))
        self.meeting_menu.addAction(self._optional(self.tr("Review &unmatched replies…"), "replies",
                                                   "ReplyReviewDialog"))
        self.meeting_menu.addAction(self._action(self.tr("Fetch replies from the &mailbox"), self.fetch_replies))

        people_menu = self.menuBar().addMenu(self.tr("&People"))
        people_menu.addAction(self._optional(self.tr("People and &organisations…"), "people_page", "PeopleDialog"))
        people_menu.addAction(self._optional(self.tr("Personal &data…"), "privacy_dialog", "PrivacyDialog"))
        people_menu.addAction(self._optional(self.tr("&Networks: logo and colour…"), "network_dialog",
                                             "NetworksDialog"))

        settings_menu = self.menuBar().addMenu(self.tr("&Settings"))
        settings_menu.addAction(self._action(self.tr("&Mail account…"), self.mail_settings))
        settings_menu.addAction(self._action(self.tr("Your &name…"), self.set_user_name))
        language = settings_menu.addMenu(self.tr("&Language"))
        language.addAction(self._action("Dansk", lambda: self.set_language("da")))
        language.addAction(self._action("English", lambda: self.set_language("en")))

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&About Klimamøder"), self.about))

    def _optional(self, text: str, module: str, class_name: str, *, meeting: bool = False,
                  with_db: bool = True, shortcut: QKeySequence.StandardKey | str | None = None) -> QAction:
        """An action that opens a dialog `class_name(db, [meeting_id,] parent)` from `gui/<module>.py`.

        The module is imported on first use, not at start-up: most sessions never open most dialogs.
        """

        def open_dialog() -> None:
            dialog_class = getattr(importlib.import_module(f"{__package__}.{module}"), class_name)
            args: list[object] = [self.db] if with_db else []
            if meeting:
                if self.meeting_id is None:
                    return
                args.append(self.meeting_id)
            dialog = dialog_class(*args, parent=self)
            dialog.exec()
            events.changed.emit("all", self.meeting_id)

        action = self._action(text, open_dialog, shortcut)
        action.setProperty("needs_meeting", meeting)
        return action

    # --- data -----------------------------------------------------------------
    def refresh(self) -> None:
        from ..services import meetings

        self._show_lists(meetings.list_networks(self.db), meetings.list_meetings(self.db), meetings.is_empty(self.db))

    def _show_lists(self, networks: list[NetworkSummary], meetings: list[MeetingSummary], empty: bool) -> None:
        self.navigation.populate(networks, meetings)
        self.welcome.set_empty(empty)
        self._update_actions()

    def _on_changed(self, kind: str, meeting_id: object) -> None:
        if kind in ("meeting", "networks", "all"):
            self.refresh()
        if self._page is not None and self._page.meeting_id is not None and kind == "all":
            self._page.set_meeting(self._page.meeting_id, self._stacks.get(self._page.meeting_id))

    def _update_actions(self) -> None:
        has_meeting = self.meeting_id is not None
        for action in self.meeting_actions:
            action.setEnabled(has_meeting)

    def undo_stack(self, meeting_id: int) -> QUndoStack:
        if meeting_id not in self._stacks:
            stack = QUndoStack(self)
            self.undo_group.addStack(stack)
            self._stacks[meeting_id] = stack
        return self._stacks[meeting_id]

    def show_meeting(self, meeting_id: int | None) -> None:
        if meeting_id is None:
            if self._page is not None:
                self._page.set_meeting(None, None)
            self.undo_group.setActiveStack(None)
            self.stack.setCurrentWidget(self.welcome)
        else:
            stack = self.undo_stack(meeting_id)
            self.undo_group.setActiveStack(stack)
            self.page.set_meeting(meeting_id, stack)
            self.stack.setCurrentWidget(self.page)
        self._update_actions()

    def select_meeting(self, meeting_id: int) -> bool:
        return self.navigation.select_meeting(meeting_id)

    def _offer_update(self, meeting_id: int) -> None:
        from ..services.invites import plan_invitations

        plan = plan_invitations(self.db, meeting_id)
        holders = [r for r in plan.to_send if r.last_sequence is not None] if plan.bumps_sequence else []
        self.page.offer_update(len(holders))

    def send_invitations(self) -> None:
        from .invites_dialog import SendInvitesDialog

        if self.meeting_id is None:
            return
        dialog = SendInvitesDialog(self.db, self.meeting_id, parent=self)
        dialog.exec()
        self.page.offer_update(0)
        events.changed.emit("registrations", self.meeting_id)
        if dialog.fix is not None:  # "enter the organiser's address": the details form, at that field
            self.page.fix(dialog.fix)

    def run_requested(self, key: str) -> None:
        """A checklist button that opens a dialog: "invitations", "import", "print:<document>"."""
        if self.meeting_id is None:
            return
        if key == "invitations":
            self.send_invitations()
        elif key == "import":
            from .import_wizard import ImportParticipantsWizard

            ImportParticipantsWizard(self.db, self.meeting_id, parent=self).exec()
        elif key.startswith("print:"):
            from .print_preview import PrintDialog

            PrintDialog(self.db, self.meeting_id, key.removeprefix("print:"), parent=self).exec()
        events.changed.emit("all", self.meeting_id)

    def reply_fetcher(self) -> ReplyFetcher:
        """The background reader of the mailbox (created on first use)."""
        from .mail_fetch import ReplyFetcher

        if self._fetcher is None:
            fetcher = ReplyFetcher(self.db, self)
            fetcher.fetched.connect(
                lambda result: events.changed.emit("all", self.meeting_id) if result.messages else None)
            self._fetcher = fetcher
        return self._fetcher

    def follow_up(self, kind: str) -> None:
        from .follow_up_dialog import FollowUpDialog

        if self.meeting_id is None:
            return
        FollowUpDialog(self.db, self.meeting_id, kind, parent=self).exec()

    def fetch_replies(self) -> None:
        from ..services.mail_settings import load

        if not load().can_read:  # nothing to read from yet: say where to set it up
            self.statusBar().showMessage(self.tr("Enter the mailbox (IMAP) to read replies from."), 8000)
            self.mail_settings()
            return
        self.reply_fetcher().fetch_now()

    def mail_settings(self) -> None:
        from .mail_settings import MailSettingsDialog

        MailSettingsDialog(self).exec()
        self.reply_fetcher().reconfigure()

    def copy_meeting(self) -> None:
        from .copy_meeting_dialog import CopyMeetingDialog

        if self.meeting_id is None:
            return
        dialog = CopyMeetingDialog(self.db, self.meeting_id, parent=self)
        if dialog.exec() and dialog.new_meeting_id is not None:
            self.refresh()
            self.select_meeting(dialog.new_meeting_id)

    def meeting_history(self) -> QWidget | None:
        """Who created and changed this meeting, its agenda and documents (from the change log)."""
        from .history_dialog import open_history

        return open_history(self, self.db, "meeting", self.meeting_id) if self.meeting_id is not None else None

    # --- actions --------------------------------------------------------------
    def load_demo(self) -> None:
        from ..services import demo  # rarely used: imported when asked for
        from .tasks import run_task

        def done(result: DemoResult) -> None:
            self.refresh()
            self.statusBar().showMessage(
                self.tr("Demo data loaded: {meetings} meetings.").format(meetings=result.meetings_added)
                if result.changed else self.tr("The demo data is already there."), 5000)

        run_task(self, self.tr("Loading demo data"), lambda _p: demo.load_demo(self.db), done)

    def new_meeting(self) -> None:
        from .new_meeting_dialog import NewMeetingDialog

        dialog = NewMeetingDialog(self.db, self.navigation.current_network(), self)
        if dialog.exec() and dialog.created is not None:
            self.refresh()
            self.select_meeting(dialog.created)

    def choose_database(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Open database"), str(Path(self.db.url.database or "").parent),
            self.tr("Klimamøder databases (*.sqlite3 *.sqlite *.db);;All files (*)"))
        if path:
            self.open_database(path)

    def open_database(self, target: str) -> None:
        from ..storage import open_database
        from .tasks import show_error

        try:
            new_db = open_database(target)
        except Exception as error:
            show_error(self, self.tr("Open database"), error)
            return
        replacement = MainWindow(new_db)
        replacement.show()
        self.close()

    def back_up(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Back up database"), f"klimamoeder-backup-{date.today().isoformat()}.sqlite3",
            self.tr("SQLite database (*.sqlite3);;PostgreSQL dump (*.dump)"))
        if not path:
            return
        from ..services import audit
        from ..storage import backup
        from .tasks import run_task

        def work(_progress: object) -> None:
            backup(self.db.url, Path(path))
            audit.log_backup(self.db, Path(path))

        run_task(self, self.tr("Backing up"), work,
                 lambda _r: self.statusBar().showMessage(self.tr("Backup written to {path}").format(path=path), 8000))

    def choose_reply_files(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Import calendar replies"), "",
            self.tr("Calendar replies (*.ics *.eml);;All files (*)"))
        if paths:
            self.import_replies([Path(p) for p in paths])

    def import_replies(self, paths: list[Path]) -> None:
        from .replies import import_reply_files

        import_reply_files(self, self.db, paths, lambda: events.changed.emit("all", self.meeting_id))

    def set_user_name(self) -> None:
        from .live import ask_user_name

        ask_user_name(self)

    def set_language(self, language: str) -> None:
        """Switch at once: the window is built again in the new language, on the same meeting and tab."""
        from .language_switch import switch_language

        switch_language(self, language)

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About Klimamøder"), self.tr(
            "<h3>Klimamøder {version}</h3><p>Plans the meetings of city, climate and cluster networks: "
            "invitations, registrations, agendas, calendar invites, print-ready PDFs and check-in.</p>"
            "<p>Database: {where}</p>").format(version=__version__, where=self._escaped_location()))

    def _escaped_location(self) -> str:
        return escape(self.db.location)

    # --- drag and drop of reply files -----------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if urls and all(Path(u.toLocalFile()).suffix.lower() in REPLY_SUFFIXES for u in urls):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls()]
        if paths:
            event.acceptProposedAction()
            self.import_replies(paths)

    # --- geometry -------------------------------------------------------------
    def _restore_geometry(self) -> None:
        saved = settings.get("window_geometry")
        if saved and self.restoreGeometry(QByteArray(base64.b64decode(saved))):
            splitter = settings.get("window_splitter")
            if splitter:
                self.splitter.restoreState(QByteArray(base64.b64decode(splitter)))
            return
        self.resize(1280, 800)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.live is not None:
            from .live import confirm_quit_with_pending

            if not confirm_quit_with_pending(self):
                event.ignore()
                return
            self.live.stop()
        settings.update(
            window_geometry=base64.b64encode(bytes(self.saveGeometry().data())).decode("ascii"),
            window_splitter=base64.b64encode(bytes(self.splitter.saveState().data())).decode("ascii"),
        )
        if self._listening:  # a window can be closed twice (a test's close, then its teardown)
            events.changed.disconnect(self._on_changed)
            self._listening = False
        super().closeEvent(event)
