"""Calendar replies in the window: import dropped or chosen files, and the review list."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, QObject, Qt, QTimer
from PySide6.QtGui import QDropEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..services import replies
from ..services.replies import ImportSummary
from ..storage import Database
from .dates import short_date_time
from .tasks import Task, run_task, show_error

REPLY_SUFFIXES = (".ics", ".eml")


def reply_paths(mime: QMimeData) -> list[Path]:
    """The local .ics/.eml files in a drag, in the order given."""
    if not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [p for p in paths if p.suffix.lower() in REPLY_SUFFIXES]


def import_reply_files(parent: QWidget, db: Database, paths: list[Path], on_done: Callable[[], None]) -> None:
    """Import in the background, then say what happened (non-blocking message)."""

    def show(summary: ImportSummary) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("ReplyImport", "Calendar replies"),
                          _summary_text(summary),
                          QMessageBox.StandardButton.Ok, parent)
        box.setObjectName("reply-summary")
        box.setTextFormat(Qt.TextFormat.PlainText)  # names such as "Anne <b>&</b> Søren" are not markup
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        on_done()

    run_task(parent, QCoreApplication.translate("ReplyImport", "Importing calendar replies"),
             lambda progress: replies.import_reply_paths(db, paths, progress), on_success=show)


def _summary_text(summary: ImportSummary) -> str:
    # QCoreApplication.translate with a literal context: `parent.tr(...)` would be filed by lupdate under "parent".
    text = QCoreApplication.translate(
        "ReplyImport", "{applied} applied, {stale} older than the answer on file, {older} answered an older "
                       "version, {duplicate} already imported, {review} need your review, {other} not a reply.").format(
        applied=summary.count(replies.APPLIED), stale=summary.count(replies.STALE),
        older=summary.count(replies.OLDER), duplicate=summary.count(replies.DUPLICATE),
        review=summary.count(replies.REVIEW), other=summary.count(replies.NOT_A_REPLY))
    lines = []
    for o in summary.outcomes:
        if o.outcome == replies.APPLIED:
            lines.append(f"{o.person_name}: {o.partstat.lower()} → {o.status}")
        elif o.outcome == replies.NOT_A_REPLY:
            lines.append(f"{o.source_name}: {o.reason}")
        if o.promoted:
            lines.append(QCoreApplication.translate("ReplyImport", "Moved up from the wait list: {names}").format(
                names=", ".join(o.promoted)))
    if lines:
        text += "\n\n" + "\n".join(lines[:15]) + ("\n…" if len(lines) > 15 else "")
    return text


class ReplyDropTarget(QObject):
    """Lets a window take dropped reply files: `ReplyDropTarget(window, db, on_done)`."""

    def __init__(self, widget: QWidget, db: Database, on_done: Callable[[], None]) -> None:
        super().__init__(widget)
        self.widget, self.db, self.on_done = widget, db, on_done
        widget.setAcceptDrops(True)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and isinstance(event, QDropEvent):
            if reply_paths(event.mimeData()):
                event.acceptProposedAction()
                return True
        elif event.type() == QEvent.Type.Drop and isinstance(event, QDropEvent):
            paths = reply_paths(event.mimeData())
            if paths:
                event.acceptProposedAction()
                import_reply_files(self.widget, self.db, paths, self.on_done)
                return True
        return False


class ReplyReviewDialog(QDialog):
    """Replies that could not be applied without a person deciding: apply, assign to a person, or dismiss."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.task: Task | None = None
        self.items: list[replies.ReviewItem] = []
        self.setWindowTitle(self.tr("Calendar replies to review"))
        self.info = QLabel(self.tr("These replies were not applied by themselves: the address or meeting is "
                                   "unknown, the answer is for an older version of the invitation, the file is "
                                   "broken, or the invitation was delegated or forwarded. Apply a reply as it is, "
                                   "assign it to the person it belongs to (their address is remembered), or "
                                   "dismiss it. A file can also be imported again once its cause is fixed."))
        self.info.setWordWrap(True)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([self.tr("Received"), self.tr("File"), self.tr("Address"),
                                              self.tr("Answer"), self.tr("Why"), self.tr("Meeting")])
        self.table.setWordWrap(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(5, 200)
        header.setMinimumSectionSize(80)
        self.result = QLabel()
        self.result.setObjectName("review-result")
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.PlainText)  # names such as "Anne <b>&</b> Søren" are not markup
        self.apply_button = QPushButton(self.tr("Apply"))
        self.apply_button.setToolTip(self.tr("Apply the answer to the person's registration as it is"))
        self.apply_button.clicked.connect(self.apply_selected)
        self.assign_button = QPushButton(self.tr("Assign to a person…"))
        self.assign_button.clicked.connect(lambda: self.assign_selected())
        self.dismiss_button = QPushButton(self.tr("Dismiss"))
        self.dismiss_button.setToolTip(self.tr("Take it off the list; it is kept for the record"))
        self.dismiss_button.clicked.connect(self.dismiss_selected)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        for button in (self.apply_button, self.assign_button, self.dismiss_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.result)
        layout.addLayout(buttons)
        self.table.itemSelectionChanged.connect(self._enable)
        self.resize(960, 420)
        self.refresh()

    def refresh(self) -> None:
        self.items = replies.review_items(self.db)
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            values = (short_date_time(item.received_at.astimezone()), item.source_name,
                      item.attendee_email, self._answer(item.partstat or item.method), item.reason,
                      item.meeting_title)
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setData(Qt.ItemDataRole.UserRole, item.id)
                cell.setToolTip(value)
                self.table.setItem(row, column, cell)
        self.table.resizeRowsToContents()
        self._enable()

    def _answer(self, partstat: str) -> str:
        return {"accepted": self.tr("Accepted"), "declined": self.tr("Declined"), "tentative": self.tr("Tentative"),
                "delegated": self.tr("Delegated"), "COUNTER": self.tr("Proposes another time")}.get(partstat, partstat)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Once the stretched "Why" column has its width (after this event), wrap the rows to it.
        QTimer.singleShot(0, self.table.resizeRowsToContents)

    def selected(self) -> list[replies.ReviewItem]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.items[row] for row in rows if row < len(self.items)]

    def _enable(self) -> None:
        chosen = self.selected()
        self.apply_button.setEnabled(bool(chosen) and all(item.can_apply for item in chosen))
        self.assign_button.setEnabled(len(chosen) == 1 and chosen[0].meeting_id is not None
                                      and bool(chosen[0].partstat))
        self.dismiss_button.setEnabled(bool(chosen))

    def _report(self, outcomes: list[replies.ReplyOutcome]) -> None:
        lines = [self.tr("{name}: now {status}").format(name=o.person_name, status=o.status) for o in outcomes]
        moved = [name for o in outcomes for name in o.promoted]
        if moved:
            lines.append(self.tr("Moved up from the wait list: {names}").format(names=", ".join(moved)))
        self.result.setText("\n".join(lines))

    def apply_selected(self) -> None:
        done: list[replies.ReplyOutcome] = []
        try:
            for item in self.selected():
                done.append(replies.apply_review(self.db, item.id))
        except Exception as error:  # shown, never a traceback
            show_error(self, self.windowTitle(), error)
        self._report(done)
        self.refresh()

    def assign_selected(self, person_id: int | None = None) -> None:
        chosen = self.selected()
        if len(chosen) != 1:
            return
        if person_id is None:
            from .registration_dialogs import PersonPickerDialog

            picker = PersonPickerDialog(self.db, self, title=self.tr("Whose answer is this?"),
                                        ok_text=self.tr("Assign"), single=True)
            picker.setObjectName("assign-picker")
            if not picker.exec() or not picker.chosen_ids():
                return
            person_id = picker.chosen_ids()[0]
        try:
            self._report([replies.assign_review(self.db, chosen[0].id, person_id)])
        except Exception as error:  # shown, never a traceback
            show_error(self, self.windowTitle(), error)
        self.refresh()

    def dismiss_selected(self) -> None:
        try:
            for item in self.selected():
                replies.dismiss_review(self.db, item.id)
        except Exception as error:  # shown, never a traceback
            show_error(self, self.windowTitle(), error)
        self.result.clear()
        self.refresh()
