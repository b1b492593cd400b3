"""The navigation pane: networks, each with its upcoming and past meetings."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QSize, QSortFilterProxyModel, Signal
from PySide6.QtGui import QFont, QResizeEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:  # the pane is built before the database layer is imported
    from ..services.meetings import MeetingSummary, NetworkSummary

# Qt.ItemDataRole.UserRole is 256. Written as numbers, and `Qt` imported only inside the methods that need it,
# because this pane is part of the first frame, and the first use of PySide's `Qt` namespace builds all its
# enums (a cost the window would otherwise pay before it appears).
MEETING_ID_ROLE = 256 + 1
NETWORK_ID_ROLE = 256 + 2
SEARCH_ROLE = 256 + 3  # what the search field looks in: a meeting's title, venue and city; a network's names


class _Filter(QSortFilterProxyModel):
    """Keeps a meeting that matches, and the network and group nodes above a match."""

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:
        pattern = self.filterRegularExpression().pattern()
        if not pattern:
            return True
        index = self.sourceModel().index(row, 0, parent)
        if super().filterAcceptsRow(row, parent):
            return True
        return any(self.filterAcceptsRow(r, index) for r in range(self.sourceModel().rowCount(index)))


class _WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped text at the tree's width: whole titles, never "Netværksmøde: kli…"."""

    def __init__(self, tree: QTreeView) -> None:
        super().__init__(tree)
        self.tree = tree

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # type: ignore[override]
        from PySide6.QtCore import QRect, Qt

        base = super().sizeHint(option, index)
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        width = self.tree.viewport().width() - (depth + 1) * self.tree.indentation() - 8  # branch and padding
        if width <= 40:
            return base
        text = str(index.data() or "")
        rect = option.fontMetrics.boundingRect(QRect(0, 0, width, 10000), int(Qt.TextFlag.TextWordWrap), text)
        return QSize(base.width(), max(base.height(), rect.height() + 8))


class _Tree(QTreeView):
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()  # wrapped rows change height with the width


class NavigationPane(QWidget):
    meeting_selected = Signal(object)  # meeting id, or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find a meeting…"))
        self.search.setClearButtonEnabled(True)
        self.model = QStandardItemModel(self)
        self.proxy = _Filter(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setRecursiveFilteringEnabled(False)
        self.proxy.setFilterRole(SEARCH_ROLE)
        self.tree = _Tree()
        self.tree.setModel(self.proxy)
        self.tree.setHeaderHidden(True)
        # Whole titles on as many lines as they need: two meetings on one date must not look the same.
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        self.tree.setItemDelegate(_WrappingDelegate(self.tree))
        self.tree.setEditTriggers(QTreeView.EditTrigger.NoEditTriggers)
        self.tree.setObjectName("navigation")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 0, 8)
        layout.addWidget(self.search)
        layout.addWidget(self.tree, 1)
        self.search.textChanged.connect(self._filter)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)

    def _filter(self, text: str) -> None:
        from PySide6.QtCore import Qt

        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)  # here, see MEETING_ID_ROLE
        self.proxy.setFilterFixedString(text)
        if text:
            self.tree.expandAll()

    def populate(self, networks: list[NetworkSummary], meetings: list[MeetingSummary]) -> None:
        selected = self.current_meeting()
        self.model.clear()
        now = datetime.now(UTC)
        bold = QFont()
        bold.setBold(True)
        for network in networks:
            node = QStandardItem(f"{network.short_name}")
            node.setToolTip(network.name)
            node.setFont(bold)
            node.setData(network.id, NETWORK_ID_ROLE)
            node.setData(f"{network.short_name} {network.name}", SEARCH_ROLE)
            node.setSelectable(False)
            own = [m for m in meetings if m.network_id == network.id]
            upcoming = [m for m in own if m.end >= now]
            past = sorted((m for m in own if m.end < now), key=lambda m: m.start, reverse=True)
            for title, group in ((self.tr("Upcoming"), upcoming), (self.tr("Past"), past)):
                if not group:
                    continue
                heading = QStandardItem(f"{title} ({len(group)})")
                heading.setSelectable(False)
                heading.setData(network.id, NETWORK_ID_ROLE)
                for meeting in group:
                    heading.appendRow(self._meeting_item(meeting))
                node.appendRow(heading)
            self.model.appendRow(node)
        self.tree.expandToDepth(1)
        if selected is not None:
            self.select_meeting(selected)

    def _meeting_item(self, meeting: MeetingSummary) -> QStandardItem:
        from .dates import short_date, span

        item = QStandardItem(f"{short_date(meeting.start.date())}  {meeting.title}")
        item.setToolTip(f"{meeting.title}\n{span(meeting.start, meeting.end)} ({meeting.time_zone})\n{meeting.venue}")
        item.setData(meeting.id, MEETING_ID_ROLE)
        item.setData(f"{meeting.title} {meeting.venue} {meeting.city}", SEARCH_ROLE)
        item.setData(meeting.network_id, NETWORK_ID_ROLE)
        return item

    def current_meeting(self) -> int | None:
        value = self.tree.currentIndex().data(MEETING_ID_ROLE)
        return int(value) if value is not None else None

    def current_network(self) -> int | None:
        value = self.tree.currentIndex().data(NETWORK_ID_ROLE)
        return int(value) if value is not None else None

    def select_meeting(self, meeting_id: int) -> bool:
        from PySide6.QtCore import Qt

        matches = self.model.match(self.model.index(0, 0), MEETING_ID_ROLE, meeting_id, 1,
                                   Qt.MatchFlag.MatchRecursive | Qt.MatchFlag.MatchExactly)
        if not matches:
            return False
        index = self.proxy.mapFromSource(matches[0])
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)
        return True

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        value = current.data(MEETING_ID_ROLE)
        self.meeting_selected.emit(int(value) if value is not None else None)
