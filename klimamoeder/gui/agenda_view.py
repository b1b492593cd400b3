"""One day of an agenda as a time grid: blocks placed by time, parallel items side by side.

Drag a block to move it, drag its bottom edge to change its end; both snap to five
minutes. The view only reports what the user did (`item_moved`); the editor turns it
into an undoable service call and shows the reloaded agenda again.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QMouseEvent, QPainter, QPen, QResizeEvent
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QWidget,
)

from ..model import AgendaKind, AgendaRole
from ..services.agenda import AgendaRow
from .dates import clock
from .labels import label

PIXELS_PER_MINUTE = 1.6
GUTTER = 56.0  # the time axis on the left
TOP = 10.0
SNAP_MINUTES = 5
EDGE = 7.0  # how close to the bottom edge a press resizes instead of moving
PADDING = 5.0

KIND_COLOURS = {
    AgendaKind.SESSION: "#dce8f7", AgendaKind.TALK: "#e3effa", AgendaKind.PANEL: "#e8e0f5",
    AgendaKind.BREAK: "#eeeeee", AgendaKind.MEAL: "#fbead2", AgendaKind.EXCURSION: "#dcefd9",
    AgendaKind.B2B: "#d6efee", AgendaKind.RECEPTION: "#f8dfe8",
}


def minutes_of(moment: datetime, day: date) -> float:
    """Minutes from the day's midnight to `moment`, on the wall clock."""
    naive = moment.replace(tzinfo=None)
    return (naive - datetime.combine(day, time())).total_seconds() / 60


def wrap(text: str, metrics: QFontMetrics, width: float, max_lines: int) -> list[str]:
    """Word-wrap into at most `max_lines` lines; the last one elided if text remains."""
    lines: list[str] = []
    words = text.split()
    while words and len(lines) < max_lines:
        line = words.pop(0)
        while words and metrics.horizontalAdvance(f"{line} {words[0]}") <= width:
            line = f"{line} {words.pop(0)}"
        if len(lines) == max_lines - 1 and words:
            line = f"{line} {' '.join(words)}"
            words = []
        lines.append(metrics.elidedText(line, Qt.TextElideMode.ElideRight, int(width)))
    return lines


def lanes(rows: Sequence[AgendaRow]) -> dict[int, tuple[int, int]]:
    """Item id → (lane, lanes in its cluster): overlapping items share the width side by side."""
    placed: dict[int, tuple[int, int]] = {}
    cluster: list[tuple[AgendaRow, int]] = []
    cluster_end: datetime | None = None
    lane_ends: list[datetime] = []

    def close() -> None:
        for row, lane in cluster:
            placed[row.id] = (lane, len(lane_ends))

    for row in sorted(rows, key=lambda r: (r.start, r.position, r.id)):
        if cluster_end is not None and row.start >= cluster_end:
            close()
            cluster, lane_ends, cluster_end = [], [], None
        lane = next((i for i, end in enumerate(lane_ends) if end <= row.start), len(lane_ends))
        if lane == len(lane_ends):
            lane_ends.append(row.end)
        else:
            lane_ends[lane] = row.end
        cluster.append((row, lane))
        cluster_end = row.end if cluster_end is None else max(cluster_end, row.end)
    close()
    return placed


class Block(QGraphicsRectItem):
    """One agenda item on the grid; paints its own elided text, the tooltip has all of it."""

    def __init__(self, row: AgendaRow, rect: QRectF, conflicted: bool) -> None:
        super().__init__(rect)
        self.row = row
        self.conflicted = conflicted
        self.selected = False
        self.setToolTip(self.full_text())
        self.setAcceptHoverEvents(True)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable, False)

    def full_text(self) -> str:
        row = self.row
        lines = [f"{clock(row.start)}–{clock(row.end)}  {row.title}", label(row.kind)]
        if row.room:
            lines.append(f"{row.room} ({row.room_capacity})" if row.room_capacity is not None else row.room)
        lines.extend(f"{label_role(p.role)}: {p.name}" for p in row.people)
        return "\n".join(lines)

    def details(self) -> str:
        row = self.row
        parts = [f"{clock(row.start)}–{clock(row.end)}"]
        if row.room:
            parts.append(row.room)
        if row.speakers:
            parts.append(", ".join(p.name for p in row.speakers))
        if row.moderators:
            parts.append(QCoreApplication.translate("DayView", "Moderator: {names}").format(
                names=", ".join(p.name for p in row.moderators)))
        return " · ".join(parts)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        rect = self.rect().adjusted(1, 1, -1, -1)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        border = QColor("#c0392b") if self.conflicted else QColor("#7a8da6")
        pen = QPen(QColor("#1f5fbf") if self.selected else border, 3 if self.selected or self.conflicted else 1)
        painter.setPen(pen)
        painter.setBrush(QBrush(QColor(KIND_COLOURS.get(self.row.kind, "#e8e8e8"))))
        painter.drawRoundedRect(rect, 4, 4)
        painter.setPen(QColor("#1b1b1b"))
        inner = rect.adjusted(PADDING, 2, -PADDING, -2)
        bold = QFont(painter.font())
        bold.setBold(True)
        plain = QFont(painter.font())
        bold_metrics, plain_metrics = QFontMetrics(bold), QFontMetrics(plain)
        line_height = max(bold_metrics.height(), plain_metrics.height())
        available = max(1, int(inner.height() // line_height))
        width = inner.width()
        prefix = "⚠ " if self.conflicted else ""
        if available == 1:
            text = f"{prefix}{clock(self.row.start)} {self.row.title}"
            painter.setFont(bold)
            painter.drawText(inner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             bold_metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(width)))
            return
        title_lines = wrap(prefix + self.row.title, bold_metrics, width, available - 1)
        y = inner.top()
        painter.setFont(bold)
        for line in title_lines:
            painter.drawText(QRectF(inner.left(), y, width, line_height), Qt.AlignmentFlag.AlignLeft, line)
            y += line_height
        painter.setFont(plain)
        painter.drawText(QRectF(inner.left(), y, width, line_height), Qt.AlignmentFlag.AlignLeft,
                         plain_metrics.elidedText(self.details(), Qt.TextElideMode.ElideRight, int(width)))
        y += line_height
        remaining = int((inner.bottom() - y) // line_height)
        if remaining > 0 and self.row.description:
            painter.setPen(QColor("#555555"))
            for line in wrap(self.row.description, plain_metrics, width, remaining):
                painter.drawText(QRectF(inner.left(), y, width, line_height), Qt.AlignmentFlag.AlignLeft, line)
                y += line_height


def label_role(role: AgendaRole) -> str:
    if role == AgendaRole.MODERATOR:
        return QCoreApplication.translate("DayView", "Moderator")
    return QCoreApplication.translate("DayView", "Speaker")


class DayView(QGraphicsView):
    """The time grid of one day. Signals carry item ids and naive local wall times."""

    item_moved = Signal(int, object, object)  # id, new start, new end
    item_dragged = Signal(int, object, object)  # the same while the mouse is still down (preview)
    item_activated = Signal(int)  # double-click
    selection_changed = Signal(object)  # id or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMouseTracking(True)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.blocks: dict[int, Block] = {}
        self.selected_id: int | None = None
        self._rows: list[AgendaRow] = []
        self._day = date.today()
        self._first_hour = 8
        self._last_hour = 17
        self._conflicted: set[int] = set()
        self._drag: tuple[Block, str, QPointF, QRectF] | None = None

    # --- geometry -------------------------------------------------------------
    def y_of(self, minutes: float) -> float:
        return TOP + (minutes - self._first_hour * 60) * PIXELS_PER_MINUTE

    def minutes_at(self, y: float) -> float:
        return (y - TOP) / PIXELS_PER_MINUTE + self._first_hour * 60

    def show_day(self, rows: Sequence[AgendaRow], day: date, conflicted: set[int],
                 window: tuple[datetime, datetime] | None = None) -> None:
        """Show `rows` (the items starting on `day`); `window` is the meeting's part of that day."""
        self._rows, self._day, self._conflicted = list(rows), day, conflicted
        starts = [minutes_of(r.start, day) for r in rows]
        ends = [minutes_of(r.end, day) for r in rows]
        if window is not None:  # the meeting's own start and end, not midnight on the days between
            first_minute, last_minute = minutes_of(window[0], day), minutes_of(window[1], day)
            if first_minute > 0:
                starts.append(first_minute)
            if last_minute < 24 * 60:
                ends.append(last_minute)
        first = int(min(starts, default=8 * 60) // 60)
        last = int(-(-max(ends, default=17 * 60) // 60))
        self._first_hour = max(0, min(first, 23))
        self._last_hour = max(self._first_hour + 4, min(last, 24 + 6))
        self.rebuild()
        self.verticalScrollBar().setValue(0)

    def rebuild(self) -> None:
        scene = self.scene()
        scene.clear()
        self.blocks = {}
        width = max(320.0, float(self.viewport().width()) - 2)
        height = self.y_of(self._last_hour * 60) + TOP
        scene.setSceneRect(0, 0, width, height)
        grid = QPen(QColor("#d0d0d0"))
        half = QPen(QColor("#ececec"))
        for hour in range(self._first_hour, self._last_hour + 1):
            y = self.y_of(hour * 60)
            scene.addLine(GUTTER - 4, y, width, y, grid)
            if hour < self._last_hour:
                scene.addLine(GUTTER, y + 30 * PIXELS_PER_MINUTE, width, y + 30 * PIXELS_PER_MINUTE, half)
            text = scene.addSimpleText(f"{hour % 24:02d}:00")
            text.setBrush(QColor("#555555"))
            text.setPos(6, y - text.boundingRect().height() / 2)
        column = width - GUTTER - 4
        placement = lanes(self._rows)
        for row in self._rows:
            lane, count = placement[row.id]
            lane_width = column / count
            top = self.y_of(minutes_of(row.start, self._day))
            bottom = self.y_of(minutes_of(row.end, self._day))
            rect = QRectF(GUTTER + lane * lane_width, top, lane_width, max(bottom - top, 6.0))
            block = Block(row, rect, row.id in self._conflicted)
            block.selected = row.id == self.selected_id
            scene.addItem(block)
            self.blocks[row.id] = block

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.blocks or self._rows:
            self.rebuild()

    def set_conflicted(self, item_ids: set[int]) -> None:
        """Mark the blocks with open conflicts (kept for rebuilds after a resize)."""
        self._conflicted = item_ids
        for block_id, block in self.blocks.items():
            block.conflicted = block_id in item_ids
            block.update()

    def select(self, item_id: int | None) -> None:
        self.selected_id = item_id
        for block_id, block in self.blocks.items():
            block.selected = block_id == item_id
            block.update()
        if item_id in self.blocks:
            self.ensureVisible(self.blocks[item_id], 10, 30)
        self.selection_changed.emit(item_id)

    # --- mouse: move and resize ------------------------------------------------
    def _block_at(self, event: QMouseEvent) -> Block | None:
        for item in self.items(event.position().toPoint()):
            if isinstance(item, Block):
                return item
        return None

    def _mode(self, block: Block, scene_pos: QPointF) -> str:
        return "resize" if block.rect().bottom() - scene_pos.y() <= EDGE else "move"

    def mousePressEvent(self, event: QMouseEvent) -> None:
        block = self._block_at(event)
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        if block is None:
            self.select(None)
            return
        self.select(block.row.id)
        scene_pos = self.mapToScene(event.position().toPoint())
        self._drag = (block, self._mode(block, scene_pos), scene_pos, QRectF(block.rect()))

    def _snapped_delta(self, event: QMouseEvent) -> float:
        assert self._drag is not None
        dy = self.mapToScene(event.position().toPoint()).y() - self._drag[2].y()
        return round(dy / PIXELS_PER_MINUTE / SNAP_MINUTES) * SNAP_MINUTES

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag is None:
            block = self._block_at(event)
            over_edge = block is not None and self._mode(block, self.mapToScene(event.position().toPoint())) == "resize"
            self.viewport().setCursor(Qt.CursorShape.SizeVerCursor if over_edge else Qt.CursorShape.ArrowCursor)
            super().mouseMoveEvent(event)
            return
        block, _mode, _origin, rect = self._drag
        minutes = self._snapped_delta(event)
        start, end = self._dragged_times(minutes)
        top = self.y_of(minutes_of(start, self._day))
        new_rect = QRectF(rect.left(), top, rect.width(), self.y_of(minutes_of(end, self._day)) - top)
        if new_rect != block.rect():
            block.setRect(new_rect)
            self.item_dragged.emit(block.row.id, start, end)

    def _dragged_times(self, minutes: float) -> tuple[datetime, datetime]:
        """Naive local start and end of the dragged block after `minutes` of movement."""
        assert self._drag is not None
        block, mode = self._drag[0], self._drag[1]
        start, end = block.row.start.replace(tzinfo=None), block.row.end.replace(tzinfo=None)
        delta = timedelta(minutes=minutes)
        if mode == "move":
            return start + delta, end + delta
        return start, max(start + timedelta(minutes=SNAP_MINUTES), end + delta)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._drag is None or event.button() != Qt.MouseButton.LeftButton:
            super().mouseReleaseEvent(event)
            return
        block, _mode, _origin, rect = self._drag
        start, end = self._dragged_times(self._snapped_delta(event))
        self._drag = None
        row = block.row
        if (start, end) == (row.start.replace(tzinfo=None), row.end.replace(tzinfo=None)):
            block.setRect(rect)
            return
        self.item_moved.emit(row.id, start, end)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        block = self._block_at(event)
        if block is not None:
            self._drag = None
            self.item_activated.emit(block.row.id)
