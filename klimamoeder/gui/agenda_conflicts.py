"""The conflict panel's table: each conflict with its reason and an 'accepted' check box.

Acceptance lives in the editor's memory for its session (see services/conflicts.py):
the model only shows it and reports the user's tick through `accepted_changed`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QColor

from ..services.conflicts import Conflict, ConflictKind

RAW_ROLE = Qt.ItemDataRole.UserRole
ACCEPTED, KIND, REASON = range(3)

Index = QModelIndex | QPersistentModelIndex


class ConflictModel(QAbstractTableModel):
    accepted_changed = Signal(object, bool)  # conflict key, accepted

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Conflict] = []
        self.accepted: set[tuple[str, tuple[int, ...], int | None]] = set()

    def kind_label(self, kind: ConflictKind) -> str:
        return {
            ConflictKind.PERSON_TWICE: self.tr("Person in two places"),
            ConflictKind.ROOM_DOUBLE_BOOKED: self.tr("Room double-booked"),
            ConflictKind.OUTSIDE_MEETING: self.tr("Outside the meeting"),
            ConflictKind.LONGER_THAN_DAY: self.tr("Longer than its day"),
            ConflictKind.SPEAKER_NOT_REGISTERED: self.tr("Speaker not registered"),
            ConflictKind.ROOM_TOO_SMALL: self.tr("Room too small"),
        }[kind]

    def set_rows(self, rows: list[Conflict], accepted: set[tuple[str, tuple[int, ...], int | None]]) -> None:
        self.beginResetModel()
        self.rows, self.accepted = list(rows), accepted
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Accepted"), self.tr("Conflict"), self.tr("Reason"))[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == ACCEPTED:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        conflict = self.rows[index.row()]
        accepted = conflict.key in self.accepted
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == ACCEPTED:
            return Qt.CheckState.Checked if accepted else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            if column == KIND:
                return self.kind_label(conflict.kind)
            if column == REASON:
                return conflict.message
        if role == Qt.ItemDataRole.ToolTipRole and column in (KIND, REASON):
            return conflict.message
        if role == Qt.ItemDataRole.ForegroundRole and accepted:
            return QColor("#808080")
        if role == RAW_ROLE:
            return (accepted, conflict.kind.value, conflict.message)[column]
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != ACCEPTED:
            return False
        accepted = Qt.CheckState(value) == Qt.CheckState.Checked
        key = self.rows[index.row()].key
        if accepted:
            self.accepted.add(key)
        else:
            self.accepted.discard(key)
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), REASON))
        self.accepted_changed.emit(key, accepted)
        return True


class ConflictProxy(QSortFilterProxyModel):
    """Sorts on the raw values (open conflicts before accepted ones)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(RAW_ROLE)
