"""Reminders and practical information for one meeting: the texts (per language), who gets them, sending.

The texts are the secretariat's own, with placeholders filled per person; the preview shows
them as the first recipient in that language will read them. Sending runs in the background
and is logged like the invitations, so nobody gets the same mail twice.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..services import followups
from ..services.errors import DomainError
from ..services.followups import PRACTICAL, REMINDER, FollowUpPlan, FollowUpRecipient
from ..services.invites import DraftFolder, SendResult
from ..services.mail_settings import load as load_settings
from ..services.mailer import SmtpTransport
from ..services.progress import Progress
from ..storage import Database
from .dates import short_date_time
from .tasks import Task, run_task, show_error
from .widgets import DateEdit

NAME, EMAIL, LANGUAGE, WILL_GET, LAST = range(5)


class TextEditor(QWidget):
    """Subject and text of one language."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.subject = QLineEdit()
        self.body = QPlainTextEdit()
        self.body.setTabChangesFocus(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Subject:"), self.subject)
        form.addRow(self.tr("Text:"), self.body)


class FollowUpDialog(QDialog):
    def __init__(self, db: Database, meeting_id: int, kind: str = REMINDER, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.meeting_id = db, meeting_id
        self.task: Task | None = None
        self.plan: FollowUpPlan | None = None
        self._loaded: dict[str, tuple[str, str]] = {}  # the texts as loaded: only changed ones are saved
        self.setWindowTitle(self.tr("Reminders and practical information"))
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Reminder to invitees who have not answered"), REMINDER)
        self.kind.addItem(self.tr("Practical information to the registered"), PRACTICAL)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.answer_by = DateEdit()  # the locale's date format (was yyyy-MM-dd); Tab leaves it
        self.answer_by_label = QLabel(self.tr("Answer by:"))
        top = QHBoxLayout()
        top.addWidget(self.kind, 1)
        top.addWidget(self.answer_by_label)
        top.addWidget(self.answer_by)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)

        self.editors = {"da": TextEditor(), "en": TextEditor()}
        self.tabs = QTabWidget()
        self.tabs.addTab(self.editors["da"], self.tr("Danish"))
        self.tabs.addTab(self.editors["en"], self.tr("English"))
        placeholders = QLabel(self.tr("Placeholders: {name} {meeting} {date} {venue} {link} {deadline} {organiser}. "
                                      "A line whose placeholders are all empty is left out."))
        placeholders.setWordWrap(True)
        placeholders.setTextFormat(Qt.TextFormat.PlainText)
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview_label = QLabel()
        self.preview_label.setTextFormat(Qt.TextFormat.PlainText)  # names such as "Anne <b>&</b> Søren" as typed
        texts = QWidget()
        texts_layout = QVBoxLayout(texts)
        texts_layout.setContentsMargins(0, 0, 0, 0)
        texts_layout.addWidget(self.tabs, 1)
        texts_layout.addWidget(placeholders)
        preview = QWidget()
        preview_layout = QVBoxLayout(preview)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_layout.addWidget(self.preview_label)
        preview_layout.addWidget(self.preview, 1)
        editing = QSplitter()
        editing.addWidget(texts)
        editing.addWidget(preview)

        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("E-mail"), self.tr("Language"),
                                              self.tr("Will get"), self.tr("Last delivery")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        self.save_button = QPushButton(self.tr("Save the texts"))
        self.send_button = QPushButton(self.tr("Send by e-mail"))
        self.drafts_button = QPushButton(self.tr("Save as e-mail drafts…"))
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (self.save_button, self.send_button, self.drafts_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(editing)
        splitter.addWidget(self.table)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.heading)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.result)
        layout.addLayout(buttons)
        self.resize(980, 680)

        self.kind.currentIndexChanged.connect(self.load)
        self.tabs.currentChanged.connect(self.update_preview)
        self.answer_by.dateChanged.connect(self.update_preview)
        for editor in self.editors.values():
            editor.subject.textChanged.connect(self.update_preview)
            editor.body.textChanged.connect(self.update_preview)
        self.save_button.clicked.connect(self.save_texts)
        self.send_button.clicked.connect(lambda: self.send())
        self.drafts_button.clicked.connect(self._choose_drafts_folder)
        self._default_answer_by()
        self.load()

    # --- state ------------------------------------------------------------------------------
    @property
    def current_kind(self) -> str:
        return str(self.kind.currentData())

    def _default_answer_by(self) -> None:
        from ..services.meetings import get_meeting

        try:
            deadline = get_meeting(self.db, self.meeting_id).fields.registration_deadline
        except (DomainError, AttributeError):
            deadline = None
        day = deadline.date() if deadline else date.today() + timedelta(days=7)
        self.answer_by.setDate(QDate(day.year, day.month, day.day))

    def answer_by_date(self) -> date | None:
        return self.answer_by.date().toPython() if self.current_kind == REMINDER else None  # type: ignore[no-any-return]

    def load(self) -> None:
        kind = self.current_kind
        self.answer_by.setVisible(kind == REMINDER)
        self.answer_by_label.setVisible(kind == REMINDER)
        for language, editor in self.editors.items():
            text = followups.template(self.db, self.meeting_id, kind, language)
            editor.subject.setText(text.subject)
            editor.body.setPlainText(text.body)
            self._loaded[language] = (editor.subject.text(), editor.body.toPlainText())
        self.refresh()

    def _will_get(self, recipient: FollowUpRecipient) -> str:
        if recipient.will_send:
            return self.tr("Reminder") if self.current_kind == REMINDER else self.tr("Practical information")
        return f"– {recipient.reason}"

    def _last(self, recipient: FollowUpRecipient) -> str:
        if not recipient.last_status:
            return ""
        when = short_date_time(recipient.last_at.astimezone()) if recipient.last_at else ""
        status = {"sent": self.tr("sent"), "failed": self.tr("NOT delivered"),
                  "drafted": self.tr("draft saved")}.get(recipient.last_status, recipient.last_status)
        text = f"{status} {when}"
        return f"{text}: {recipient.last_error}" if recipient.last_error else text

    def refresh(self) -> None:
        try:
            plan = followups.plan_follow_up(self.db, self.meeting_id, self.current_kind)
        except Exception as error:  # shown, never a traceback
            show_error(self, self.windowTitle(), error)
            return
        self.plan = plan
        self.heading.setText(self.tr("{title}: {n} of {total} people will get this mail.").format(
            title=plan.title, n=len(plan.to_send), total=len(plan.recipients)))
        self.table.setRowCount(len(plan.recipients))
        languages = {"da": self.tr("Danish"), "en": self.tr("English")}
        for row, recipient in enumerate(plan.recipients):
            values = (recipient.name, recipient.email, languages.get(recipient.language, recipient.language),
                      self._will_get(recipient), self._last(recipient))
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, recipient.person_id)
                if column == LAST and recipient.last_status == "failed":
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(row, column, item)
        self.send_button.setEnabled(bool(plan.to_send))
        self.drafts_button.setEnabled(bool(plan.to_send))
        self.update_preview()

    def update_preview(self) -> None:
        language = "da" if self.tabs.currentIndex() == 0 else "en"
        editor = self.editors[language]
        recipient = next((r for r in (self.plan.to_send if self.plan else ()) if r.language == language), None)
        name = recipient.name if recipient else "Anne Jensen"
        self.preview_label.setText(self.tr("As {name} will read it:").format(name=name))
        try:
            subject, body = followups.render_text(self.db, self.meeting_id, language, name, editor.subject.text(),
                                                  editor.body.toPlainText(), self.answer_by_date())
        except DomainError as error:
            self.preview.setPlainText(error.message)
            return
        self.preview.setPlainText(f"{subject}\n\n{body}")

    # --- actions ----------------------------------------------------------------------------
    def save_texts(self) -> bool:
        """Keep the texts that were changed (an untouched built-in text stays built-in)."""
        try:
            for language, editor in self.editors.items():
                text = (editor.subject.text(), editor.body.toPlainText())
                if text != self._loaded.get(language):
                    followups.save_template(self.db, self.meeting_id, self.current_kind, language, *text)
                    self._loaded[language] = text
        except DomainError as error:
            self.result.setText(error.message)
            return False
        self.result.setText(self.tr("The texts are saved for this meeting."))
        return True

    def _run(self, title: str, work: Callable[[Progress], SendResult]) -> None:
        if not self.save_texts():
            return
        self.result.setText("")
        self.task = run_task(self, title, work, on_success=self._show_result,
                             on_error=lambda error: self.result.setText(str(error)))
        self.task.finished.connect(self.refresh)

    def send(self) -> None:
        db, meeting_id, kind, answer_by, config = (self.db, self.meeting_id, self.current_kind,
                                                   self.answer_by_date(), load_settings())

        def work(progress: Progress) -> SendResult:
            with SmtpTransport(config) as transport:
                return followups.send_follow_up(db, meeting_id, kind, transport, progress, answer_by=answer_by)

        self._run(self.tr("Sending"), work)

    def save_drafts(self, folder: Path) -> None:
        db, meeting_id, kind, answer_by = self.db, self.meeting_id, self.current_kind, self.answer_by_date()

        def work(progress: Progress) -> SendResult:
            return followups.send_follow_up(db, meeting_id, kind, DraftFolder(folder), progress, answer_by=answer_by)

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
        self.result.setText("\n".join(lines))
