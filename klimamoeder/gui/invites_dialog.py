"""Send a meeting's calendar invitations: who gets what, rehearse (preview, a test to yourself), send or save
drafts, retry the failed.

Before anything goes out, the dialog says what would stop it (no mail server set up, no organiser
address, an invitation breaking a calendar rule) with a way to where it is fixed, and Send stays
disabled until then: the same checks the real send (and the command line's --dry-run) makes.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..services import invite_rehearsal, invites
from ..services.invite_rehearsal import INVITATION, MAIL_SETUP, NOBODY, ORGANISER, Blocker
from ..services.invites import Recipient, SendPlan, SendResult
from ..services.progress import Progress
from ..storage import Database
from .dates import short_date_time
from .invite_preview import InvitePreviewPane
from .tasks import Task, run_task, show_error

NAME, EMAIL, REGISTRATION, WILL_GET, LAST = range(5)


class SendInvitesDialog(QDialog):
    """One meeting's invitations. Checking and sending run in the background; the table shows the log.

    After `exec()`, `fix` names a point to fix elsewhere that the user asked to go to ("organiser").
    """

    def __init__(self, db: Database, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.meeting_id = db, meeting_id
        self.task: Task | None = None
        self.check_task: Task | None = None
        self.plan: SendPlan | None = None
        self.blockers: list[Blocker] | None = None  # None: still checking
        self.fix: str | None = None
        self.setWindowTitle(self.tr("Calendar invitations"))
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.blocker_label = QLabel()
        self.blocker_label.setObjectName("problemBanner")
        self.blocker_label.setWordWrap(True)
        self.blocker_label.setTextFormat(Qt.TextFormat.RichText)
        self.blocker_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.blocker_label.linkActivated.connect(self._follow)
        self.blocker_label.hide()
        self.all_day = QCheckBox(self.tr("&All-day event (dates only, no times)"))
        self.all_day.toggled.connect(self._all_day_toggled)
        from ..services.documents import meeting_language

        own = self.tr("Danish") if meeting_language(db, meeting_id) == "da" else self.tr("English")
        self.language = QComboBox()
        self.language.addItem(self.tr("the meeting's language ({language})").format(language=own), None)
        self.language.addItem("Dansk", "da")
        self.language.addItem("English", "en")
        self.language.currentIndexChanged.connect(self._language_changed)
        language_label = QLabel(self.tr("Calendar entry &in:"))
        language_label.setBuddy(self.language)
        options = QHBoxLayout()
        options.addWidget(self.all_day)
        options.addStretch(1)
        options.addWidget(language_label)
        options.addWidget(self.language)

        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("E-mail"), self.tr("Registration"),
                                              self.tr("Will get"), self.tr("Last delivery")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.preview = InvitePreviewPane(db, meeting_id)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.table, self.tr("&Recipients"))
        self.tabs.addTab(self.preview, self.tr("Pre&view"))
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.test_button = QPushButton(self.tr("Send a &test to me…"))
        self.test_button.clicked.connect(self.ask_test_address)
        self.send_button = QPushButton(self.tr("&Send by e-mail"))
        self.send_button.clicked.connect(lambda: self.send())
        self.drafts_button = QPushButton(self.tr("Save as e-mail &drafts…"))
        self.drafts_button.clicked.connect(self._choose_drafts_folder)
        self.retry_button = QPushButton(self.tr("Retry &failed"))
        self.retry_button.clicked.connect(self.retry_failed)
        self.smtp_button = QPushButton(self.tr("&Mail settings…"))
        self.smtp_button.clicked.connect(self.open_mail_settings)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        for button in (self.test_button, self.send_button, self.drafts_button, self.retry_button, self.smtp_button,
                       close):
            button.setAutoDefault(False)  # Enter never sends by itself
        buttons = QHBoxLayout()
        for button in (self.test_button, self.send_button, self.drafts_button, self.retry_button, self.smtp_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.blocker_label)
        layout.addLayout(options)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.result)
        layout.addLayout(buttons)
        self.resize(940, 560)
        self.refresh()

    # --- showing the plan --------------------------------------------------------------

    def _will_get(self, recipient: Recipient, plan: SendPlan) -> str:
        texts = {
            invites.REQUEST: self.tr("Invitation"),
            invites.UPDATE: self.tr("Update (version {n})").format(n=plan.sequence),
            invites.CANCEL: self.tr("Cancellation"),
            invites.UNINVITE: self.tr("Cancellation (uninvited)"),
        }
        return texts.get(recipient.action, f"– {recipient.reason}")

    def _registration(self, status: str) -> str:
        return {"invited": self.tr("Invited"), "registered": self.tr("Registered"),
                "waitlisted": self.tr("On the wait list"), "declined": self.tr("Declined"),
                "cancelled": self.tr("Cancelled")}.get(status, status)

    def _last(self, recipient: Recipient) -> str:
        if not recipient.last_status:
            return ""
        when = short_date_time(recipient.last_at.astimezone()) if recipient.last_at else ""
        status = {"sent": self.tr("sent"), "failed": self.tr("NOT delivered"),
                  "drafted": self.tr("draft saved"), "sending": self.tr("being sent")}.get(
            recipient.last_status, recipient.last_status)
        text = f"{status} {when}"
        return f"{text}: {recipient.last_error}" if recipient.last_error else text

    def refresh(self) -> None:
        try:
            plan = invites.plan_invitations(self.db, self.meeting_id)
        except Exception as error:  # shown, never a traceback
            show_error(self, self.windowTitle(), error)
            return
        self.plan = plan
        self.all_day.blockSignals(True)
        self.all_day.setChecked(plan.all_day)
        self.all_day.blockSignals(False)
        title = html.escape(plan.title, quote=False)
        if not plan.recipients:
            heading = self.tr("<b>{title}</b><br>Nobody is on the list yet: invite people or import a participant "
                              "list on the meeting's Registrations tab first.").format(title=title)
        else:
            heading = self.tr("<b>{title}</b><br>{n} of {total} people will get a message.").format(
                title=title, n=len(plan.to_send), total=len(plan.recipients))
        if plan.bumps_sequence:
            heading += "<br>" + self.tr("The meeting changed since the last invitation: everyone still invited "
                                        "gets an update.")
        self.heading.setText(heading)
        self.table.setRowCount(len(plan.recipients))
        for row, recipient in enumerate(plan.recipients):
            values = (recipient.name, recipient.email, self._registration(recipient.registration_status),
                      self._will_get(recipient, plan), self._last(recipient))
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, recipient.person_id)
                if column == LAST and recipient.failed:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        for column in (NAME, EMAIL):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 260))
        self.retry_button.setEnabled(bool(plan.failed))
        self.check()

    # --- what blocks sending -------------------------------------------------------------

    def check(self) -> None:
        """Run the send's own checks in the background; Send and the drafts wait for the answer."""
        self.blockers = None
        self._enable()
        db, meeting, language = self.db, self.meeting_id, self.language.currentData()

        def work(_progress: Progress) -> list[Blocker]:
            return invite_rehearsal.send_blockers(db, meeting, language)

        task = run_task(self, self.tr("Checking the invitations"), work, lambda found: self._checked(task, found),
                        lambda error: self._checked(task, [Blocker(INVITATION, str(error))]), show_dialog=False)
        self.check_task = task

    def _checked(self, task: Task, found: list[Blocker]) -> None:
        if task is not self.check_task:
            return  # an older check; a newer one is running
        self.check_task = None
        self.blockers = found
        lines = []
        for blocker in found:
            text = html.escape(blocker.message, quote=False).replace("\n", "<br>")
            if blocker.kind == MAIL_SETUP:
                lines.append(self.tr("Sending by e-mail needs a mail server: {reason} <a href='mail'>Open the mail "
                                     "settings…</a>").format(reason=text))
            elif blocker.kind == ORGANISER:
                lines.append(self.tr("{reason} <a href='organiser'>Enter it in the meeting's details</a>").format(
                    reason=text))
            elif blocker.kind == INVITATION:
                lines.append(text)
        self.blocker_label.setText("<br>".join(lines))
        self.blocker_label.setVisible(bool(lines))
        self._enable()

    def _kinds(self) -> set[str]:
        return {b.kind for b in self.blockers} if self.blockers is not None else {"checking"}

    def _reason(self, kinds: set[str]) -> str:
        if "checking" in kinds:
            return self.tr("Checking the invitations…")
        found = [b.message for b in self.blockers or [] if b.kind in kinds]
        return found[0] if found else ""

    def _enable(self) -> None:
        """Send needs everything; drafts need no server; the test needs the server and an invitation."""
        kinds = self._kinds()
        busy = self.task is not None
        can_send = not busy and not kinds
        self.send_button.setEnabled(can_send)
        self.send_button.setToolTip("" if can_send else self._reason(kinds | ({"busy"} if busy else set())))
        draft_kinds = kinds & {"checking", ORGANISER, INVITATION, NOBODY}
        self.drafts_button.setEnabled(not busy and not draft_kinds)
        self.drafts_button.setToolTip(self._reason(draft_kinds) if draft_kinds else "")
        test_kinds = kinds & {"checking", MAIL_SETUP, ORGANISER, INVITATION}
        self.test_button.setEnabled(not busy and not test_kinds)
        self.test_button.setToolTip(self._reason(test_kinds) if test_kinds else "")

    def _follow(self, link: str) -> None:
        if link == "mail":
            self.open_mail_settings()
        elif link == "organiser":
            self.fix = "organiser"
            self.reject()

    def open_mail_settings(self) -> None:
        """The mail settings dialog; whatever was saved there is checked again here."""
        from .mail_settings import MailSettingsDialog

        MailSettingsDialog(self).exec()
        self.check()

    def _all_day_toggled(self, checked: bool) -> None:
        invites.set_all_day(self.db, self.meeting_id, checked)
        self.refresh()
        self.preview.reload()

    def _language_changed(self) -> None:
        self.preview.set_language(self.language.currentData())
        self.check()

    # --- sending -----------------------------------------------------------------------

    def _run(self, title: str, work: Callable[[Progress], SendResult]) -> None:
        self.result.setText("")
        self.task = run_task(self, title, work, on_success=self._show_result)
        self.task.finished.connect(self._task_done)
        self._enable()

    def _task_done(self) -> None:
        cancelled = self.task is not None and self.task.was_cancelled
        self.task = None
        if cancelled:
            self.result.setText(self.tr("Cancelled. The table shows who already got the message."))
        self.refresh()

    def send(self, person_ids: set[int] | None = None) -> None:
        db, meeting_id, language = self.db, self.meeting_id, self.language.currentData()

        def work(progress: Progress) -> SendResult:
            with invite_rehearsal.open_transport() as transport:
                return invites.send_invitations(db, meeting_id, transport, progress, person_ids, language)

        self._run(self.tr("Sending invitations"), work)

    def retry_failed(self) -> None:
        if self.plan is not None and self.plan.failed:
            self.send({r.person_id for r in self.plan.failed})

    def save_drafts(self, folder: Path) -> None:
        db, meeting_id, language = self.db, self.meeting_id, self.language.currentData()

        def work(progress: Progress) -> SendResult:
            return invites.send_invitations(db, meeting_id, invites.DraftFolder(folder), progress, None, language)

        self._run(self.tr("Saving e-mail drafts"), work)

    def _choose_drafts_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the e-mail drafts"))
        if folder:
            self.save_drafts(Path(folder))

    def _show_result(self, result: SendResult) -> None:
        lines = [self.tr("Delivered: {n}.").format(n=len(result.delivered))]
        if result.failed:
            lines.append(self.tr("Not delivered: {names}").format(
                names="; ".join(f"{o.name} ({o.error})" for o in result.failed)))
            lines.append(self.tr("Check the addresses, then press \u201cRetry failed\u201d."))
        self.result.setText("\n".join(lines))

    # --- a test to yourself ---------------------------------------------------------------

    def test_language(self) -> str:
        """The letter shown in the preview tab, else the meeting's language."""
        shown = self.preview.current_language() if self.tabs.currentWidget() is self.preview else None
        if shown:
            return shown
        from ..services.documents import meeting_language

        return meeting_language(self.db, self.meeting_id)

    def ask_test_address(self) -> None:
        suggested = invite_rehearsal.test_address()
        address, ok = QInputDialog.getText(
            self, self.tr("Send a test to me"),
            self.tr("The invitation as its readers get it, marked as a test, to this address:"),
            QLineEdit.EchoMode.Normal, suggested)
        if ok and address.strip():
            self.send_test(address.strip())

    def send_test(self, address: str) -> None:
        db, meeting_id, language = self.db, self.meeting_id, self.test_language()
        entry = self.language.currentData()

        def work(_progress: Progress) -> str:
            with invite_rehearsal.open_transport() as transport:
                return invite_rehearsal.send_test(db, meeting_id, transport, address, language, entry)

        self.result.setText(self.tr("Sending a test…"))
        self.task = run_task(self, self.tr("Sending a test"), work,
                             lambda sent: self.result.setText(self.tr(
                                 "A test went to {address}: look at it in your mail and your calendar. Nobody "
                                 "else got anything.").format(address=sent)),
                             lambda error: self.result.setText(str(error)), show_dialog=False)
        self.task.finished.connect(self._test_done)
        self._enable()

    def _test_done(self) -> None:
        self.task = None
        self._enable()
