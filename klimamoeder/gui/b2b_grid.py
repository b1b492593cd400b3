"""The B2B schedule as a grid: slots down, tables across, one bilateral meeting per cell.

Drag a meeting to another cell to move it (onto a taken cell: the two swap). While the
mouse moves, the editor re-checks the schedule with the meeting in the hovered cell and
the grid marks what would conflict, before anything is saved. Locked meetings show a
lock and do not move.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QDragEnterEvent, QDragLeaveEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ..services.b2b import MeetingRow, SessionData

MIME = "application/x-klimamoeder-b2b-meeting"
MEETING_ID = Qt.ItemDataRole.UserRole + 1
ModelIndex = QModelIndex | QPersistentModelIndex


class ScheduleModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_: SessionData | None = None
        self.cells: dict[tuple[int, int], MeetingRow] = {}
        self.conflicted: set[int] = set()
        self.zone = ZoneInfo("UTC")

    def set_session(self, data: SessionData | None, meetings: list[MeetingRow] | None = None) -> None:
        self.beginResetModel()
        self.data_ = data
        self.cells = {}
        if data is not None:
            self.zone = ZoneInfo(data.time_zone)
            rows = {s.start: s.index for s in data.slots}
            for m in data.meetings if meetings is None else meetings:
                if m.start in rows and 1 <= m.table <= data.table_count:
                    self.cells[rows[m.start], m.table - 1] = m
        self.endResetModel()

    def set_conflicted(self, ids: set[int]) -> None:
        self.conflicted = ids
        if self.rowCount() and self.columnCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.data_ is None else len(self.data_.slots)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.data_ is None else self.data_.table_count

    def meeting_at(self, index: ModelIndex) -> MeetingRow | None:
        return self.cells.get((index.row(), index.column())) if index.isValid() else None

    def slot_start(self, row: int) -> datetime:
        assert self.data_ is not None
        return self.data_.slots[row].start

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        meeting = self.meeting_at(index)
        if meeting is None or self.data_ is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            lock = "🔒 " if meeting.locked else ""
            warn = "⚠ " if meeting.id in self.conflicted else ""
            return f"{warn}{lock}{self.data_.delegation(meeting.a).name}\n{self.data_.delegation(meeting.b).name}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{self.data_.delegation_label(meeting.a)}\n{self.data_.delegation_label(meeting.b)}"
        if role == Qt.ItemDataRole.BackgroundRole:
            if meeting.id in self.conflicted:
                return QBrush(QColor("#f6d5d1"))
            return QBrush(QColor("#e4e4e4" if meeting.locked else "#d6efee"))
        if role == MEETING_ID:
            return meeting.id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole or self.data_ is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            own = next((d.name for d in self.data_.delegations if d.table == section + 1), "")
            text = self.tr("Table {number}").format(number=section + 1)
            return f"{text}\n{own}" if own else text
        slot = self.data_.slots[section]
        return f"{slot.start.astimezone(self.zone):%H:%M}–{slot.end.astimezone(self.zone):%H:%M}"

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDropEnabled
        meeting = self.meeting_at(index)
        if meeting is not None and not meeting.locked:
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags


class ScheduleGrid(QTableView):
    """Reports drags as signals; the editor decides and saves."""

    drag_over = Signal(int, int, int)  # meeting id, row (slot), column (table − 1)
    drag_ended = Signal()
    dropped = Signal(int, int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.schedule = ScheduleModel(self)
        self.setModel(self.schedule)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setWordWrap(False)  # two lines, one per delegation, each cut with … rather than wrapped
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setDefaultSectionSize(170)
        self.verticalHeader().setDefaultSectionSize(46)

    def startDrag(self, supported: Qt.DropAction) -> None:
        meeting = self.schedule.meeting_at(self.currentIndex())
        if meeting is None or meeting.locked:
            return
        mime = QMimeData()
        mime.setData(MIME, QByteArray(str(meeting.id).encode()))
        from PySide6.QtGui import QDrag

        drag = QDrag(self)
        drag.setMimeData(mime)
        drag.exec(Qt.DropAction.MoveAction)
        self.drag_ended.emit()

    @staticmethod
    def _meeting_id(event: QDragMoveEvent | QDropEvent | QDragEnterEvent) -> int | None:
        mime = event.mimeData()
        if not mime.hasFormat(MIME):
            return None
        try:
            return int(bytes(mime.data(MIME).data()).decode())
        except ValueError:
            return None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._meeting_id(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        meeting_id = self._meeting_id(event)
        index = self.indexAt(event.position().toPoint())
        if meeting_id is None or not index.isValid():
            event.ignore()
            return
        event.acceptProposedAction()
        self.drag_over.emit(meeting_id, index.row(), index.column())

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self.drag_ended.emit()
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        meeting_id = self._meeting_id(event)
        index = self.indexAt(event.position().toPoint())
        if meeting_id is None or not index.isValid():
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        self.dropped.emit(meeting_id, index.row(), index.column())

    def selected_meetings(self) -> list[MeetingRow]:
        found = [self.schedule.meeting_at(i) for i in self.selectedIndexes()]
        return [m for m in found if m is not None]
