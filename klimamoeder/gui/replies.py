"""Calendar replies in the window: import dropped or chosen files, and the review list."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, QObject, Qt
from PySide6.QtGui import QDropEvent
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
    text = QCoreApplication.translate("ReplyImport", "{applied} applied, {stale} older than the answer on file, "
                                      "{duplicate} already imported, {review} need your review.").format(
        applied=summary.count("applied"), stale=summary.count("stale"), duplicate=summary.count("duplicate"),
        review=summary.count("review"))
    applied = [f"{o.person_name}: {o.partstat.lower()}" for o in summary.outcomes if o.outcome == "applied"]
    if applied:
        text += "\n\n" + "\n".join(applied[:15]) + ("\n…" if len(applied) > 15 else "")
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
    """Replies that could not be applied without a person deciding."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.task: Task | None = None
        self.setWindowTitle(self.tr("Calendar replies to review"))
        self.info = QLabel(self.tr("These replies were not applied: the meeting or person is unknown, the "
                                   "invitation was delegated or the attendee proposed another time. Deal with "
                                   "each one (e.g. add the address to the person), then mark it as done."))
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
        self.done_button = QPushButton(self.tr("Mark as dealt with"))
        self.done_button.clicked.connect(self.resolve_selected)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.done_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(900, 400)
        self.refresh()

    def refresh(self) -> None:
        items = replies.review_items(self.db)
        self.table.setRowCount(len(items))
        for row, item in enumerate(items):
            values = (item.received_at.astimezone().strftime("%Y-%m-%d %H:%M"), item.source_name,
                      item.attendee_email, self._answer(item.partstat or item.method), item.reason,
                      item.meeting_title)
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setData(Qt.ItemDataRole.UserRole, item.id)
                cell.setToolTip(value)
                self.table.setItem(row, column, cell)
        self.table.resizeRowsToContents()
        self.done_button.setEnabled(bool(items))

    def _answer(self, partstat: str) -> str:
        return {"accepted": self.tr("Accepted"), "declined": self.tr("Declined"), "tentative": self.tr("Tentative"),
                "delegated": self.tr("Delegated"), "COUNTER": self.tr("Proposes another time")}.get(partstat, partstat)

    def resolve_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        try:
            for row in rows:
                replies.resolve_review(self.db, int(self.table.item(row, 0).data(Qt.ItemDataRole.UserRole)))
        except Exception as error:  # shown, never a traceback
            show_error(self, self.windowTitle(), error)
        self.refresh()
