"""The agenda as a list: every day at once, in the order the programme prints it, with speakers and rooms.

Beside the day timeline (a tab switches between them). The list edits the same way as the
timeline: Enter or a double click opens the item, Delete removes it, and the agenda toolbar's
actions work on the item selected here. Conflicting items are marked.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ..services.agenda import AgendaRow
from .dates import clock, medium_date
from .labels import label
from .row_table import ID_ROLE, ColumnSpec, RowTableModel

CONFLICT = QColor("#b3261e")


def _people(row: AgendaRow) -> str:
    from ..model import AgendaRole

    speakers = ", ".join(p.name for p in row.people if p.role == AgendaRole.SPEAKER)
    moderators = ", ".join(p.name for p in row.people if p.role == AgendaRole.MODERATOR)
    marked = f"{moderators} (m)"
    if speakers and moderators:
        return f"{speakers}; {marked}"
    return speakers or (marked if moderators else "")


class _Model(RowTableModel[AgendaRow]):
    conflicted: set[int]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:  # type: ignore[override]
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            row = self.row_at(index.row())
            return QBrush(CONFLICT) if row.id in self.conflicted else None
        return super().data(index, role)


class AgendaListView(QTableView):
    """All items of the meeting, day by day; `item_activated(id)` to edit, `selection_changed(id or None)`."""

    item_activated = Signal(int)
    selection_changed = Signal(object)
    delete_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list_model = _Model([
            ColumnSpec(self.tr("Day"), lambda r: medium_date(r.day), lambda r: (r.start, r.position)),
            ColumnSpec(self.tr("Time"), lambda r: f"{clock(r.start)}–{clock(r.end)}", lambda r: r.start),
            ColumnSpec(self.tr("Title"), lambda r: r.title, lambda r: r.title.casefold()),
            ColumnSpec(self.tr("Kind"), lambda r: label(r.kind), lambda r: label(r.kind)),
            ColumnSpec(self.tr("Room"), lambda r: r.room, lambda r: r.room.casefold()),
            ColumnSpec(self.tr("Speakers and moderators (m)"), _people, lambda r: _people(r).casefold()),
        ], self)
        self.list_model.conflicted = set()
        self.setModel(self.list_model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab leaves the list, arrows move in it
        self.setWordWrap(True)  # whole titles and speaker lists on a 1366 px laptop: rows grow, nothing is cut
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.horizontalHeader()
        for column in (0, 1, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.doubleClicked.connect(lambda index: self._activate(index))
        self.selectionModel().currentRowChanged.connect(lambda current, _previous: self._selected(current))

    def show_rows(self, rows: list[AgendaRow], conflicted: set[int], selected: int | None) -> None:
        self.list_model.conflicted = conflicted
        ordered = sorted(rows, key=lambda r: (r.start, r.position, r.id))  # the printed programme's order
        self.list_model.set_rows(ordered)
        self.select(selected)

    def set_conflicted(self, item_ids: set[int]) -> None:
        self.list_model.conflicted = item_ids
        if self.list_model.rowCount():
            self.list_model.dataChanged.emit(self.list_model.index(0, 0),
                                             self.list_model.index(self.list_model.rowCount() - 1, 5))

    def selected_id(self) -> int | None:
        index = self.currentIndex()
        return int(index.data(ID_ROLE)) if index.isValid() and index.data(ID_ROLE) is not None else None

    def select(self, item_id: int | None) -> None:
        blocked = self.selectionModel().blockSignals(True)
        try:
            for row in range(self.list_model.rowCount()):
                if self.list_model.row_at(row).id == item_id:
                    self.selectRow(row)
                    self.scrollTo(self.list_model.index(row, 0))
                    return
            self.clearSelection()
            self.setCurrentIndex(QModelIndex())
        finally:
            self.selectionModel().blockSignals(blocked)

    def _selected(self, index: QModelIndex) -> None:
        self.selection_changed.emit(self.list_model.row_at(index.row()).id if index.isValid() else None)

    def _activate(self, index: QModelIndex) -> None:
        if index.isValid():
            self.item_activated.emit(self.list_model.row_at(index.row()).id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._activate(self.currentIndex())
            return
        super().keyPressEvent(event)
