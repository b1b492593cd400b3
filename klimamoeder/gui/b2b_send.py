"""Send the bilateral meetings' calendar invitations: who gets what, a preview, send or save drafts, retry.

The same plan-and-preview shape as the meeting's invitations: before anything goes out the dialog
shows each message to be sent (invitation, update or cancellation, and for which bilateral meeting),
what would stop the send, and the letter and calendar entry as a reader of each language gets them.
The check is the real send's preparation rolled back, run in the background.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..services import b2b_invites, invites
from ..services.b2b_invites import B2BRecipient, B2BRehearsal, B2BSendResult
from ..services.invite_rehearsal import InvitePreview, open_transport
from ..services.progress import Progress
from ..storage import Database
from .dates import clock, short_date_time
from .tasks import Task, run_task

WHEN, TABLE, EVENT, NAME, EMAIL, WILL_GET, LAST = range(7)


class _Preview(QWidget):
    """One reader language: subject, letter and the calendar entry read back from the .ics."""

    def __init__(self, preview: InvitePreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        subject = QLabel(f"<b>{html.escape(preview.subject)}</b>")
        subject.setWordWrap(True)
        shown_for = QLabel(self.tr("Shown as {name} gets it ({n} people read this language).").format(
            name=preview.recipient, n=preview.people))
        shown_for.setTextFormat(Qt.TextFormat.PlainText)
        shown_for.setWordWrap(True)
        self.letter = QTextBrowser()
        self.letter.setHtml(preview.html)
        self.entry = QTextBrowser()
        e = preview.event
        rows = ((self.tr("Title"), e.summary), (self.tr("When"), e.when), (self.tr("Where"), e.where),
                (self.tr("Organiser"), e.organiser), (self.tr("Notes"), e.description))
        self.entry.setHtml("<table>" + "".join(
            f"<tr><th align='left' valign='top'>{html.escape(label)}&nbsp;</th>"
            f"<td>{html.escape(value).replace(chr(10), '<br>')}</td></tr>" for label, value in rows) + "</table>")
        layout = QVBoxLayout(self)
        layout.addWidget(subject)
        layout.addWidget(shown_for)
        columns = QHBoxLayout()
        letter, entry = QVBoxLayout(), QVBoxLayout()
        letter.addWidget(QLabel(self.tr("<b>Message</b>")))
        letter.addWidget(self.letter)
        entry.addWidget(QLabel(self.tr("<b>Calendar entry</b>")))
        entry.addWidget(self.entry)
        columns.addLayout(letter, 3)
        columns.addLayout(entry, 2)
        layout.addLayout(columns, 1)


class B2BInvitesDialog(QDialog):
    """The bilateral meetings' invitations of one meeting. Checking and sending run in the background."""

    def __init__(self, db: Database, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.meeting_id = db, meeting_id
        self.task: Task | None = None
        self.check_task: Task | None = None
        self.rehearsal: B2BRehearsal | None = None
        self.setWindowTitle(self.tr("Bilateral meetings: calendar invitations"))
        self.heading = QLabel(self.tr("Checking what would be sent…"))
        self.heading.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setStyleSheet("color: #8a1c12;")
        self.problem.hide()
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels([self.tr("Time"), self.tr("Table"), self.tr("Bilateral meeting"),
                                              self.tr("Name"), self.tr("E-mail"), self.tr("Will get"),
                                              self.tr("Last delivery")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.previews = QTabWidget()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.table, self.tr("&Recipients"))
        self.tabs.addTab(self.previews, self.tr("Pre&view"))
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.send_button = QPushButton(self.tr("&Send by e-mail"))
        self.send_button.clicked.connect(lambda: self.send())
        self.drafts_button = QPushButton(self.tr("Save as e-mail &drafts…"))
        self.drafts_button.clicked.connect(self._choose_drafts_folder)
        self.retry_button = QPushButton(self.tr("Retry &failed"))
        self.retry_button.clicked.connect(self.retry_failed)
        self.mail_button = QPushButton(self.tr("&Mail settings…"))
        self.mail_button.clicked.connect(self._mail_settings)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (self.send_button, self.drafts_button, self.retry_button, self.mail_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.problem)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.result_label)
        layout.addLayout(buttons)
        self.resize(1000, 560)
        self.refresh()

    # --- the plan and the check ------------------------------------------------------------

    def refresh(self) -> None:
        """Check again in the background; Send waits for the answer."""
        for button in (self.send_button, self.drafts_button, self.retry_button):
            button.setEnabled(False)
        if self.check_task is not None:
            self.check_task.cancel()
        db, meeting_id = self.db, self.meeting_id
        self.check_task = run_task(self, self.tr("Checking the invitations"),
                                   lambda _progress: b2b_invites.rehearsal(db, meeting_id),
                                   on_success=self._checked, on_error=self._check_failed, show_dialog=False)

    def _check_failed(self, error: BaseException) -> None:
        self.heading.setText(self.tr("The invitations could not be checked."))
        self.problem.setText(str(error))
        self.problem.show()

    def _will_get(self, recipient: B2BRecipient) -> str:
        texts = {
            invites.REQUEST: self.tr("Invitation"),
            invites.UPDATE: self.tr("Update (version {n})").format(n=recipient.sequence),
            invites.CANCEL: self.tr("Cancellation (no longer meets)"),
            invites.UNINVITE: self.tr("Cancellation (no longer in the delegation)"),
        }
        if recipient.interrupted:
            return self.tr("Held back: the last attempt was interrupted and may have arrived (Retry sends it)")
        return texts.get(recipient.action, f"– {recipient.reason}")

    def _last(self, recipient: B2BRecipient) -> str:
        if not recipient.last_status:
            return ""
        when = short_date_time(recipient.last_at.astimezone()) if recipient.last_at else ""
        status = {"sent": self.tr("sent"), "failed": self.tr("NOT delivered"), "drafted": self.tr("draft saved"),
                  "sending": self.tr("interrupted")}.get(recipient.last_status, recipient.last_status)
        text = f"{status} {when}"
        return f"{text}: {recipient.last_error}" if recipient.last_error else text

    def _checked(self, rehearsal: B2BRehearsal) -> None:
        self.rehearsal = rehearsal
        plan = rehearsal.plan
        title = html.escape(plan.title)
        heading = self.tr("<b>{title}</b><br>{n} messages about {events} bilateral meetings will be sent.").format(
            title=title, n=len(plan.to_send), events=plan.events)
        if not plan.published:
            heading += "<br>" + self.tr("The schedule is not published yet: meetings that are not locked may still "
                                        "move when you plan again, and people then get updates.")
        self.heading.setText(heading)
        problems = [p for p in (rehearsal.problem, rehearsal.mail_problem) if p]
        self.problem.setText("\n".join(problems))
        self.problem.setVisible(bool(problems))
        self._fill_table(rehearsal)
        self._fill_previews(rehearsal.previews)
        can = rehearsal.problem is None
        self.send_button.setEnabled(can and rehearsal.mail_problem is None)
        self.drafts_button.setEnabled(can)
        self.retry_button.setEnabled(bool(plan.failed) and rehearsal.mail_problem is None)

    def _fill_table(self, rehearsal: B2BRehearsal) -> None:
        plan = rehearsal.plan
        zone = ZoneInfo(plan.time_zone)
        self.table.setRowCount(len(plan.recipients))
        for row, r in enumerate(plan.recipients):
            values = (clock(r.start.astimezone(zone)), "" if r.table is None else str(r.table), r.event,
                      r.name, r.email, self._will_get(r), self._last(r))
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == LAST and r.failed:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(row, column, item)

    def _fill_previews(self, previews: tuple[InvitePreview, ...]) -> None:
        self.previews.clear()
        names = {"da": self.tr("Danish"), "en": self.tr("English")}
        for preview in previews:
            self.previews.addTab(_Preview(preview), names.get(preview.language, preview.language))
        if not previews:
            empty = QLabel(self.tr("Nothing to preview: nobody would get a message now."))
            empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.previews.addTab(empty, "–")

    # --- sending ---------------------------------------------------------------------------

    def _run(self, title: str, work: Callable[[Progress], B2BSendResult]) -> None:
        self.result_label.setText("")
        self.task = run_task(self, title, work, on_success=self._show_result)
        self.task.finished.connect(self._finished)

    def _finished(self) -> None:
        if self.task is not None and self.task.was_cancelled:
            self.result_label.setText(self.tr("Cancelled. The table shows who already got the message."))
        self.refresh()

    def send(self, keys: set[tuple[str, int]] | None = None) -> None:
        db, meeting_id = self.db, self.meeting_id

        def work(progress: Progress) -> B2BSendResult:
            with open_transport() as transport:
                return b2b_invites.send_b2b_invitations(db, meeting_id, transport, progress, keys)

        self._run(self.tr("Sending the bilateral invitations"), work)

    def retry_failed(self) -> None:
        if self.rehearsal is not None and self.rehearsal.plan.failed:
            self.send({r.key for r in self.rehearsal.plan.failed})

    def save_drafts(self, folder: Path) -> None:
        db, meeting_id = self.db, self.meeting_id

        def work(progress: Progress) -> B2BSendResult:
            return b2b_invites.send_b2b_invitations(db, meeting_id, invites.DraftFolder(folder), progress)

        self._run(self.tr("Saving e-mail drafts"), work)

    def _choose_drafts_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the e-mail drafts"))
        if folder:
            self.save_drafts(Path(folder))

    def _show_result(self, result: B2BSendResult) -> None:
        lines = [self.tr("Delivered: {n}.").format(n=len(result.delivered))]
        if result.failed:
            lines.append(self.tr("Not delivered: {names}").format(
                names="; ".join(f"{o.name} ({o.error})" for o in result.failed)))
            lines.append(self.tr("Check the addresses, then press \u201cRetry failed\u201d."))
        self.result_label.setText("\n".join(lines))

    def _mail_settings(self) -> None:
        from .mail_settings import MailSettingsDialog

        dialog = MailSettingsDialog(self)
        dialog.finished.connect(lambda _code: self.refresh())
        dialog.open()
