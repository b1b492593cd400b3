"""The Agenda tab: a timetable editor, one tab per day, with live conflicts.

Every edit is a `ServiceCommand` on the meeting's undo stack: the first redo runs the
service use case and keeps the `Change` it returns; later undo/redo put the exact
snapshots back (`agenda.apply_change`). After each commit the `events.changed` signal
reloads the agenda, and the conflicts are re-checked from the loaded rows (no database
access in the check). Accepted conflicts are remembered in memory for this session.

A meeting's agenda is loaded in the background when the tab is shown (`LatestLoad`); after an
edit made here the items are read again at once, on the GUI thread, reusing the per-day
attendance counts, so that query is as small as the agenda, whatever the registrations.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTabBar,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ..services import agenda
from ..services.agenda import AgendaData, AgendaRow, Change, ItemInput
from ..services.conflicts import Conflict, ConflictContext, check
from ..storage import Database
from .agenda_conflicts import ACCEPTED, KIND, REASON, ConflictModel, ConflictProxy
from .agenda_item_dialog import AgendaItemDialog
from .agenda_list import AgendaListView
from .agenda_view import DayView
from .conflict_dialog import delete_resolving, save_resolving
from .dates import long_date
from .events import events
from .tasks import LatestLoad, show_error
from .undo import ServiceCommand, push_command

RELOAD_KINDS = {"agenda", "registrations", "people", "meeting", "all"}


class AgendaTab(QWidget):
    loaded = Signal()  # the editor shows the data of the last (re)load

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.meeting_id: int | None = None
        self.data: AgendaData | None = None
        self.context: ConflictContext | None = None
        self.conflicts: list[Conflict] = []
        self.accepted: set[tuple[str, tuple[int, ...], int | None]] = set()
        self._accepted_by_meeting: dict[int, set[tuple[str, tuple[int, ...], int | None]]] = {}
        self.days: list[date] = []
        self.undo_stack: QUndoStack = QUndoStack(self)
        self.dialog: AgendaItemDialog | None = None

        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        # Not Ctrl+N: that is File → New meeting, and the same keys in two places would do neither.
        self.add_action = self._action(self.tr("&Add item…"), self.add_item, QKeySequence("Ctrl+Shift+N"))
        self.edit_action = self._action(self.tr("&Edit…"), self.edit_selected)
        self.delete_action = self._action(self.tr("&Delete"), self.delete_selected, QKeySequence.StandardKey.Delete)
        self.duplicate_action = self._action(self.tr("D&uplicate"), self.duplicate_selected)
        self.up_action = self._action(self.tr("Move &up"), lambda: self.reorder_selected(-1))
        self.down_action = self._action(self.tr("Move do&wn"), lambda: self.reorder_selected(1))

        self.day_tabs = QTabBar()
        self.day_tabs.setExpanding(False)
        self.day_tabs.currentChanged.connect(lambda _index: self._show_day())
        self.view = DayView()
        self.view.item_moved.connect(self.move_item)
        self.view.item_dragged.connect(self.preview_move)
        self.view.item_activated.connect(self._edit)
        self.view.selection_changed.connect(self._timeline_selected)
        self.list = AgendaListView()
        self.list.item_activated.connect(self._edit)
        self.list.selection_changed.connect(self._list_selected)

        self.conflict_label = QLabel()
        self.conflict_model = ConflictModel(self)
        self.conflict_model.accepted_changed.connect(lambda _key, _accepted: self._mark_conflicts())
        self.conflict_proxy = ConflictProxy(self)
        self.conflict_proxy.setSourceModel(self.conflict_model)
        self.conflict_table = QTableView()
        self.conflict_table.setModel(self.conflict_proxy)
        self.conflict_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.conflict_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.conflict_table.setWordWrap(True)
        self.conflict_table.verticalHeader().hide()
        header = self.conflict_table.horizontalHeader()
        header.setSectionResizeMode(ACCEPTED, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(REASON, QHeaderView.ResizeMode.Stretch)
        self.conflict_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.conflict_table.clicked.connect(self._conflict_clicked)

        self.conflict_table.setMaximumHeight(170)
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        timeline = QWidget()
        days = QVBoxLayout(timeline)
        days.setContentsMargins(0, 0, 0, 0)
        days.setSpacing(0)
        days.addWidget(self.day_tabs)
        days.addWidget(self.view, 1)
        timeline.setFocusProxy(self.view)
        # The timeline shows one day at a time; the list every item of every day in the printed order.
        self.views = QTabWidget()
        self.views.setDocumentMode(True)
        self.views.setTabPosition(QTabWidget.TabPosition.South)
        self.views.addTab(timeline, self.tr("Time&line"))
        self.views.addTab(self.list, self.tr("List &view"))
        layout.addWidget(self.views, 1)
        layout.addWidget(self.conflict_label)
        layout.addWidget(self.conflict_table)
        self._loader = LatestLoad(self, self.tr("Loading the agenda"), lambda _progress: None, self._apply,
                                  self._failed)
        events.changed.connect(self._on_changed)
        self._update_actions()

    def _action(self, text: str, slot: Callable[[], object],
                shortcut: QKeySequence | QKeySequence.StandardKey | None = None) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(lambda _checked=False: slot())
        if shortcut is not None:
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.toolbar.addAction(action)
        self.addAction(action)
        return action

    # --- loading ------------------------------------------------------------------
    def set_meeting(self, meeting_id: int | None, undo_stack: QUndoStack | None = None) -> None:
        if meeting_id != self.meeting_id:
            self.view.selected_id = None
        # Accepted conflicts are remembered per meeting for as long as this editor lives.
        self.accepted = self._accepted_by_meeting.setdefault(meeting_id or 0, set())
        self.meeting_id = meeting_id
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self.reload()

    def _on_changed(self, kind: str, meeting_id: object) -> None:
        if self.meeting_id is None or kind not in RELOAD_KINDS or meeting_id not in (self.meeting_id, None):
            return
        if kind == "agenda" and self.data is not None and self.data.meeting_id == self.meeting_id \
                and not self._loader.loading:
            self._reload_items()  # an edit here: show it at once; the registrations have not changed
        else:
            self.reload()

    def reload(self) -> None:
        """Load in the background when the tab is shown; a newer load cancels an older one."""
        meeting_id = self.meeting_id
        if meeting_id is None:
            self._loader.cancel()
            self._apply(None)
            return
        self._loader.work = lambda _progress: agenda.load_agenda(self.db, meeting_id)
        self._loader.request()

    def _reload_items(self) -> None:
        """After an edit made here: the items again, with the per-day counts already known (a small query)."""
        assert self.data is not None and self.meeting_id is not None
        try:
            data = agenda.load_agenda(self.db, self.meeting_id, attending=self.data.attending)
        except Exception as error:
            self._apply(None)
            show_error(self, self.tr("Agenda"), error)
            return
        self._apply(data)

    def _apply(self, data: AgendaData | None) -> None:
        self.data = data
        if data is None:
            self.context, self.days = None, []
            self._fill_day_tabs()
            self._recheck()
        else:
            self.context = ConflictContext.from_agenda(data)
            self.days = sorted({*data.days, *(row.day for row in data.items)})
            self._recheck()
            self._fill_day_tabs()
        self.loaded.emit()

    def _failed(self, error: BaseException) -> None:
        self.data = None
        self._apply(None)
        show_error(self, self.tr("Agenda"), error)

    # --- the list beside the timeline: one selection for both --------------------------
    def _timeline_selected(self, item_id: object) -> None:
        self.list.select(item_id if isinstance(item_id, int) else None)
        self._update_actions()

    def _list_selected(self, item_id: object) -> None:
        if isinstance(item_id, int):
            self.select_item(item_id)
        self._update_actions()

    def _fill_day_tabs(self) -> None:
        current = self.current_day()
        self.day_tabs.blockSignals(True)
        while self.day_tabs.count():
            self.day_tabs.removeTab(0)
        for day in self.days:
            # The date format is translated: Danish writes "onsdag den 5. oktober 2022".
            self.day_tabs.addTab(long_date(day))
        if current in self.days:
            self.day_tabs.setCurrentIndex(self.days.index(current))
        self.day_tabs.blockSignals(False)
        self._show_day()

    def current_day(self) -> date | None:
        index = self.day_tabs.currentIndex()
        return self.days[index] if 0 <= index < len(self.days) else None

    def _show_day(self) -> None:
        day = self.current_day()
        if self.data is None or day is None:
            self.view.show_day([], date.today(), set())
            self._update_actions()
            return
        rows = [row for row in self.data.items if row.day == day]
        midnight = datetime.combine(day, time(), self.data.start.tzinfo)
        window = (max(self.data.start, midnight), min(self.data.end, midnight + timedelta(days=1)))
        self.view.show_day(rows, day, self._open_conflict_ids(),
                           window if window[0] < window[1] else None)
        self._update_actions()

    # --- conflicts ---------------------------------------------------------------
    def _recheck(self) -> None:
        items = self.data.items if self.data else ()
        self.conflicts = check(items, self.context) if self.context else []
        self.conflict_model.set_rows(self.conflicts, self.accepted)
        self.conflict_proxy.sort(ACCEPTED, Qt.SortOrder.AscendingOrder)
        self.list.show_rows(list(items), self._open_conflict_ids(), self.view.selected_id)
        self._mark_conflicts()

    def preview_move(self, item_id: int, start: datetime, end: datetime) -> None:
        """While a block is dragged: re-check the rows with it moved (pure, well under a frame)."""
        row = self.row(item_id)
        if row is None or self.data is None or self.context is None:
            return
        zone = row.start.tzinfo
        moved = replace(row, start=start.replace(tzinfo=zone), end=end.replace(tzinfo=zone))
        items = [moved if r.id == item_id else r for r in self.data.items]
        self.conflicts = check(items, self.context)
        self.conflict_model.set_rows(self.conflicts, self.accepted)
        self._mark_conflicts()

    def _open_conflict_ids(self) -> set[int]:
        return {i for c in self.conflicts if c.key not in self.accepted for i in c.item_ids}

    def _mark_conflicts(self) -> None:
        self.view.set_conflicted(self._open_conflict_ids())
        self.list.set_conflicted(self._open_conflict_ids())
        accepted = sum(1 for c in self.conflicts if c.key in self.accepted)
        if self.data is not None and not self.data.items:
            text = self.tr("The agenda is empty. Press “Add item…” (Ctrl+Shift+N) to plan the first item; the "
                           "programme and the invitation list the items.")
        elif not self.conflicts:
            text = self.tr("No conflicts.")
        else:
            text = self.tr("Conflicts: {open} open, {accepted} accepted. Tick a conflict to accept it.").format(
                open=len(self.conflicts) - accepted, accepted=accepted)
        self.conflict_label.setText(text)
        self.conflict_table.setVisible(bool(self.conflicts))  # no empty panel taking the grid's room

    def _conflict_clicked(self, index: object) -> None:
        source = self.conflict_proxy.mapToSource(index)  # type: ignore[arg-type]
        if source.isValid():
            self.select_item(self.conflict_model.rows[source.row()].item_ids[0])

    def select_item(self, item_id: int) -> None:
        row = self.row(item_id)
        if row is None:
            return
        if row.day != self.current_day() and row.day in self.days:
            self.day_tabs.setCurrentIndex(self.days.index(row.day))
        self.view.select(item_id)
        self.list.select(item_id)

    # --- helpers -------------------------------------------------------------------
    def row(self, item_id: int | None) -> AgendaRow | None:
        if self.data is None or item_id is None:
            return None
        return next((r for r in self.data.items if r.id == item_id), None)

    def selected_row(self) -> AgendaRow | None:
        return self.row(self.view.selected_id)

    def _update_actions(self) -> None:
        has_meeting = self.data is not None
        row = self.selected_row()
        self.add_action.setEnabled(has_meeting)
        for action in (self.edit_action, self.delete_action, self.duplicate_action):
            action.setEnabled(row is not None)
        same_start = [] if row is None or self.data is None else [r for r in self.data.items if r.start == row.start]
        index = next((i for i, r in enumerate(same_start) if row and r.id == row.id), 0)
        self.up_action.setEnabled(len(same_start) > 1 and index > 0)
        self.down_action.setEnabled(len(same_start) > 1 and index < len(same_start) - 1)

    def run(self, text: str, first: Callable[[], Change], select: bool = True) -> Change | None:
        """Push an undoable command whose first redo is `first()`; None if the service refused."""
        if self.meeting_id is None:
            return None
        holder: list[Change] = []

        def redo() -> None:
            if holder:
                agenda.apply_change(self.db, holder[0], forward=True)
            else:
                holder.append(first())

        def undo() -> None:
            agenda.apply_change(self.db, holder[0], forward=False)

        command = ServiceCommand(text, redo, undo, changed=("agenda", self.meeting_id))
        if not push_command(self.undo_stack, command, self):
            # e.g. someone else changed the item: show what is stored now
            self._reload_items() if self.data is not None else self.reload()
            return None
        change = holder[0]
        if select and change.item_ids:
            self.select_item(change.item_ids[0])
        return change

    # --- user actions -------------------------------------------------------------
    def add_item(self) -> None:
        if self.data is None:
            return
        day = self.current_day() or self.data.start.date()
        rows = [r for r in self.data.items if r.day == day]
        start = max((r.end for r in rows), default=None)
        begin = start.replace(tzinfo=None) if start else datetime.combine(
            day, self.data.start.time() if day == self.data.start.date() else time(9))
        self._open_dialog(None, ItemInput(start=begin, duration=timedelta(minutes=30), title=""))

    def edit_selected(self) -> None:
        if self.view.selected_id is not None:
            self._edit(self.view.selected_id)

    def _edit(self, item_id: int) -> None:
        row = self.row(item_id)
        if row is not None:
            self._open_dialog(row, agenda.item_input(row))

    def _open_dialog(self, row: AgendaRow | None, initial: ItemInput) -> None:
        assert self.data is not None
        try:
            people = agenda.person_choices(self.db)
        except Exception as error:
            show_error(self, self.tr("Agenda"), error)
            return
        dialog = AgendaItemDialog(self.db, self.data, people, initial, self)
        dialog.setWindowTitle(self.tr("New agenda item") if row is None else self.tr("Edit agenda item"))
        item_id = row.id if row else None

        def save() -> None:
            value = dialog.value()
            if item_id is None:
                self.run(self.tr("Add “{title}”").format(title=value.title.strip()),
                         lambda: agenda.add_item(self.db, self.meeting_id or 0, value))
            else:
                version, base = (row.version, agenda.item_input(row)) if row else (None, initial)
                self.run(self.tr("Edit “{title}”").format(title=value.title.strip()),
                         lambda: self._save_item(item_id, value, version, base))
            self.dialog = None

        dialog.accepted.connect(save)
        dialog.rejected.connect(lambda: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()

    def _save_item(self, item_id: int, value: ItemInput, version: int | None, base: ItemInput) -> Change:
        """Save the item form; a save that lost a race is merged, or the conflict dialog asks."""
        meeting_id = self.meeting_id or 0
        return save_resolving(self, lambda mine, v, b: agenda.update_item(self.db, item_id, mine, v, b),
                              value, version, base, lambda mine: agenda.add_item(self.db, meeting_id, mine))

    def delete_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            seen = {row.id: (row.version, agenda.item_input(row))}
            self.run(self.tr("Delete “{title}”").format(title=row.title),
                     lambda: delete_resolving(self, lambda check: agenda.delete_items(
                         self.db, [row.id], seen if check else None)), select=False)
            self.view.select(None)
            self.list.select(None)

    def duplicate_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.run(self.tr("Duplicate “{title}”").format(title=row.title),
                     lambda: agenda.duplicate_item(self.db, row.id))

    def reorder_selected(self, step: int) -> None:
        row = self.selected_row()
        if row is not None:
            self.run(self.tr("Reorder “{title}”").format(title=row.title),
                     lambda: agenda.reorder_item(self.db, row.id, step))

    def move_item(self, item_id: int, start: datetime, end: datetime) -> None:
        """A drag or resize ended: move, then offer to shift the later items in the same room."""
        row = self.row(item_id)
        if row is None or self.data is None:
            return
        old_end = row.end.replace(tzinfo=None)
        delta = end - old_end
        following = agenda.following_items(self.data.items, row, row.end) if start.date() == row.day else []
        shift = bool(following) and delta != timedelta(0) and self.ask_shift(row, len(following), delta)
        resized = start == row.start.replace(tzinfo=None)
        text = (self.tr("Resize “{title}”") if resized else self.tr("Move “{title}”")).format(title=row.title)
        base = agenda.item_input(row)

        def move() -> Change:
            return save_resolving(
                self, lambda mine, v, b: agenda.move_item(self.db, item_id, mine.start, mine.end, v, b),
                replace(base, start=start, end=end), row.version, base)

        if not shift:
            self.run(text, move)
        else:
            self.undo_stack.beginMacro(text)
            try:
                if self.run(text, move) is not None:
                    self.run(self.tr("Shift the following items"),
                             lambda: agenda.shift_following(self.db, item_id, row.end, delta), select=False)
            finally:
                self.undo_stack.endMacro()
        self.select_item(item_id)

    def ask_shift(self, row: AgendaRow, count: int, delta: timedelta) -> bool:
        """Ask whether the later items on the same day and room move along (tests replace this)."""
        minutes = int(delta.total_seconds() // 60)
        where = row.room or self.tr("without a room")
        if count == 1:
            text = (self.tr("Move the later item in {room} on this day {minutes} minutes later too?") if minutes > 0
                    else self.tr("Move the later item in {room} on this day {minutes} minutes earlier too?"))
        else:
            text = (self.tr("Move the {count} later items in {room} on this day {minutes} minutes later too?")
                    if minutes > 0 else
                    self.tr("Move the {count} later items in {room} on this day {minutes} minutes earlier too?"))
        answer = QMessageBox.question(
            self, self.tr("Shift following items"), text.format(count=count, room=where, minutes=abs(minutes)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
        return answer == QMessageBox.StandardButton.Yes
