"""Send a meeting's calendar invitations: who gets what, send or save drafts, retry the failed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..services import invites
from ..services.invites import Recipient, SendPlan, SendResult
from ..services.mail_settings import load as load_settings
from ..services.mailer import SmtpTransport
from ..services.progress import Progress
from ..storage import Database
from .mail_settings import MailSettingsDialog
from .tasks import Task, run_task, show_error

NAME, EMAIL, REGISTRATION, WILL_GET, LAST = range(5)


class SendInvitesDialog(QDialog):
    """One meeting's invitations. Sending runs in the background; the table shows the log."""

    def __init__(self, db: Database, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.meeting_id = db, meeting_id
        self.task: Task | None = None
        self.plan: SendPlan | None = None
        self.setWindowTitle(self.tr("Calendar invitations"))
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.all_day = QCheckBox(self.tr("All-day event (dates only, no times)"))
        self.all_day.toggled.connect(self._all_day_toggled)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("E-mail"), self.tr("Registration"),
                                              self.tr("Will get"), self.tr("Last delivery")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.send_button = QPushButton(self.tr("Send by e-mail"))
        self.send_button.setDefault(True)
        self.send_button.clicked.connect(lambda: self.send())
        self.drafts_button = QPushButton(self.tr("Save as e-mail drafts…"))
        self.drafts_button.clicked.connect(self._choose_drafts_folder)
        self.retry_button = QPushButton(self.tr("Retry failed"))
        self.retry_button.clicked.connect(self.retry_failed)
        self.smtp_button = QPushButton(self.tr("E-mail server…"))
        self.smtp_button.clicked.connect(self._smtp_settings)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (self.send_button, self.drafts_button, self.retry_button, self.smtp_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.all_day)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.result)
        layout.addLayout(buttons)
        self.resize(860, 480)
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
        when = recipient.last_at.astimezone().strftime("%Y-%m-%d %H:%M") if recipient.last_at else ""
        status = {"sent": self.tr("sent"), "failed": self.tr("NOT delivered"),
                  "drafted": self.tr("draft saved")}.get(recipient.last_status, recipient.last_status)
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
        heading = self.tr("<b>{title}</b><br>{n} of {total} people will get a message.").format(
            title=plan.title.replace("&", "&amp;").replace("<", "&lt;"), n=len(plan.to_send),
            total=len(plan.recipients))
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
        self.send_button.setEnabled(bool(plan.to_send))
        self.drafts_button.setEnabled(bool(plan.to_send))
        self.retry_button.setEnabled(bool(plan.failed))

    def _all_day_toggled(self, checked: bool) -> None:
        invites.set_all_day(self.db, self.meeting_id, checked)
        self.refresh()

    # --- sending -----------------------------------------------------------------------

    def _run(self, title: str, work: Callable[[Progress], SendResult]) -> None:
        self.result.setText("")
        self.task = run_task(self, title, work, on_success=self._show_result)
        self.task.finished.connect(self.refresh)
        self.task.finished.connect(self._after_cancel)

    def _after_cancel(self) -> None:
        if self.task is not None and self.task.was_cancelled:
            self.result.setText(self.tr("Cancelled. The table shows who already got the message."))

    def send(self, person_ids: set[int] | None = None) -> None:
        db, meeting_id, config = self.db, self.meeting_id, load_settings()

        def work(progress: Progress) -> SendResult:
            with SmtpTransport(config) as transport:
                return invites.send_invitations(db, meeting_id, transport, progress, person_ids)

        self._run(self.tr("Sending invitations"), work)

    def retry_failed(self) -> None:
        if self.plan is not None and self.plan.failed:
            self.send({r.person_id for r in self.plan.failed})

    def save_drafts(self, folder: Path) -> None:
        db, meeting_id = self.db, self.meeting_id

        def work(progress: Progress) -> SendResult:
            return invites.send_invitations(db, meeting_id, invites.DraftFolder(folder), progress)

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

    def _smtp_settings(self) -> None:
        MailSettingsDialog(self).open()
