"""A record's history: who invited, changed, sent, checked in — read from the one change log.

Opened from the registrations table (History…), the people page and the Meeting menu. The history is read in
the background (`tasks.run_task`), so a long one never holds the window; the dialog shows "Loading…" meanwhile.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..storage import Database
from .dates import medium_date_time
from .tasks import error_text, run_task


class HistoryDialog(QDialog):
    """When | What | Who, oldest first, under the record's name."""

    loaded = Signal()  # the history is shown (or why it could not be read)

    def __init__(self, db: Database, read: Callable[[Database], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("History"))
        self.heading = QLabel(self.tr("Loading…"))
        self.heading.setObjectName("historyHeading")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)  # names exactly as typed, never as markup
        self.heading.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setHeaderLabels([self.tr("When"), self.tr("What"), self.tr("Who")])
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)  # "What" takes the width; "Who" is as wide as its names
        header.setMinimumSectionSize(110)
        self.empty = QLabel(self.tr("Nothing has been recorded for it yet."))
        self.empty.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.resize(720, 420)
        self.history: object = None
        self.task = run_task(self, self.tr("History"), lambda _progress: read(db), self._show, self._failed,
                             show_dialog=False)

    def _show(self, history: object) -> None:
        from ..services.history import RecordHistory

        assert isinstance(history, RecordHistory)
        self.history = history
        self.heading.setText(history.title)
        for line in history.lines:
            item = QTreeWidgetItem([medium_date_time(line.at.astimezone()), line.what, line.who])
            item.setToolTip(1, self.tr("{what}\nBy way of: {path}").format(what=line.what, path=line.via or "?"))
            self.tree.addTopLevelItem(item)
        self.empty.setVisible(not history.lines)
        self.tree.setVisible(bool(history.lines))
        self.loaded.emit()

    def _failed(self, error: BaseException) -> None:
        self.heading.setText(error_text(error))
        self.tree.hide()
        self.loaded.emit()


def open_history(parent: QWidget, db: Database, kind: str, record_id: int) -> HistoryDialog:
    """Show the history of a registration, person or meeting (not modal: the user may keep working)."""
    from ..services import history

    readers: dict[str, Callable[[Database, int], object]] = {
        "registration": history.registration_history, "person": history.person_history,
        "meeting": history.meeting_history}
    reader = readers[kind]
    dialog = HistoryDialog(db, lambda database: reader(database, record_id), parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


