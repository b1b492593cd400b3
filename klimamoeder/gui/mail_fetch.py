"""Replies from the mailbox while the window is open: every N minutes and on demand, off the GUI thread.

One fetch at a time. A timed fetch reports in the status bar only (an unreachable server
at 3 a.m. is no reason for a dialog); one the user asked for shows what it found.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QMainWindow, QMessageBox

from ..services import mail_settings
from ..services.reply_fetch import REPLY, FetchResult, fetch_replies, summary_text
from ..storage import Database
from .tasks import Task, error_text, run_task


class ReplyFetcher(QObject):
    """Owns the timer; `fetched` carries each `FetchResult`, `failed` the error text."""

    fetched = Signal(object)
    failed = Signal(str)

    def __init__(self, db: Database, window: QMainWindow) -> None:
        super().__init__(window)
        self.db, self.window = db, window
        self.task: Task | None = None
        self.timer = QTimer(self)
        self.timer.timeout.connect(lambda: self.fetch_now(asked=False))
        self.reconfigure()

    def reconfigure(self) -> None:
        """Start, change or stop the timer after the mail settings changed."""
        config = mail_settings.load()
        if config.can_read and config.fetch_minutes > 0:
            self.timer.start(config.fetch_minutes * 60_000)
        else:
            self.timer.stop()

    @property
    def running(self) -> bool:
        return self.task is not None

    def fetch_now(self, asked: bool = True) -> Task | None:
        if self.task is not None:
            return None
        config = mail_settings.load()
        if not config.can_read:
            if asked:
                QMessageBox.information(self.window, self.tr("Fetch replies"), self.tr(
                    "No mailbox is set up yet: enter the IMAP server in Settings → Mail account."))
            return None
        self.window.statusBar().showMessage(self.tr("Reading replies from the mailbox…"))
        self.task = run_task(self.window, self.tr("Reading replies from the mailbox"),
                             lambda progress: fetch_replies(self.db, config, progress=progress),
                             on_success=lambda result: self._done(result, asked),
                             on_error=lambda error: self._failed(error, asked), show_dialog=False)
        return self.task

    def _done(self, result: FetchResult, asked: bool) -> None:
        self.task = None
        text = summary_text(result)
        self.window.statusBar().showMessage(text, 15000)
        self.fetched.emit(result)
        if asked:
            box = QMessageBox(QMessageBox.Icon.Information,
                              QCoreApplication.translate("ReplyFetcher", "Replies from the mailbox"), text,
                              QMessageBox.StandardButton.Ok, self.window)
            box.setObjectName("fetch-summary")
            lines = [f"{m.folder} #{m.uid}: {m.outcome}" + (f" – {m.detail}" if m.detail else "")
                     for m in result.messages if m.kind == REPLY or m.detail]
            if lines:
                box.setDetailedText("\n".join(lines))
            box.open()

    def _failed(self, error: BaseException, asked: bool) -> None:
        self.task = None
        text = error_text(error)
        self.window.statusBar().showMessage(self.tr("Reading replies failed: {error}").format(error=text), 15000)
        self.failed.emit(text)
        if asked:
            QMessageBox.warning(self.window, self.tr("Replies from the mailbox"), text)
