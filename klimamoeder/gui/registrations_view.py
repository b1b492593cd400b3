"""The Registrations tab: who is invited and registered, bulk changes with undo, headcounts per day.

The rows are loaded in the background (`run_task`) as plain data and put into the model on the
GUI thread in one reset, so 20,000 registrations never freeze the window. Every change is a
`ServiceCommand` on the meeting's undo stack; its redo keeps the service's `ChangeResult`, and
undo hands that back to `registrations.undo_change`, which restores exactly what was there.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QSizePolicy,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..model import ParticipantRole, RegistrationStatus
from ..safe_files import write_file
from ..services import registrations
from ..services.registrations import At, ChangeResult, RegistrationInput, TableRegistration
from ..storage import Database
from .conflict_dialog import delete_resolving, save_resolving
from .dates import short_date_time
from .events import events
from .labels import label
from .live import RECENT_SECONDS, KeepTypingDelegate, keeping_top_row, recent
from .registration_dialogs import MeetingPickerDialog, PersonPickerDialog, RegistrationDialog
from .registrations_model import (
    ACCESSIBILITY,
    DIETARY,
    Labels,
    LoadedMeeting,
    RegistrationTableModel,
    load,
    search_texts,
)
from .row_table import RowFilterProxy
from .tasks import LatestLoad, run_task, show_error
from .undo import ServiceCommand, push_command

RELOAD_KINDS = {"registrations", "people", "meeting", "all"}
EMAIL_COLUMN = 8  # of RegistrationTableModel
CELL_FIELDS = {DIETARY: "dietary", ACCESSIBILITY: "accessibility"}  # columns typed into in place


class RegistrationsTab(QWidget):
    loaded = Signal()  # the table shows the data of the last (re)load

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.meeting_id: int | None = None
        self.undo_stack = QUndoStack(self)
        self.current: LoadedMeeting | None = None
        self._loader = LatestLoad(self, self.tr("Loading registrations"), lambda _progress: None, self._apply,
                                  lambda error: show_error(self, self.tr("Registrations"), error))

        self.model = RegistrationTableModel(self)
        self.proxy = RowFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self._fit_columns()
        self.table.doubleClicked.connect(self._edit_index)
        # Dietary needs and accessibility are typed straight into their cells; a refresh keeps the typing.
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.cell_delegate = KeepTypingDelegate(
            lambda index: self.model.registration_at(self.proxy.mapToSource(index).row()), self.save_cell, self)
        for column in CELL_FIELDS:
            self.table.setItemDelegateForColumn(column, self.cell_delegate)
        self._unmark = QTimer(self)
        self._unmark.setSingleShot(True)
        self._unmark.timeout.connect(self._show_marks)

        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        self.filter.setPlaceholderText(self.tr("Filter: name, organisation, status, role, day or diet…"))
        self.filter.textChanged.connect(self.proxy.set_filter_text)
        self.filter.textChanged.connect(self._update_count)
        self.model.modelReset.connect(self._update_count)  # also when a filter typed early is applied later
        self.count = QLabel()
        self.count.setMinimumWidth(self.fontMetrics().horizontalAdvance(self.tr("{shown} of {total}").format(
            shown="20,000", total="20,000")) + 8)
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.empty_hint = QLabel(self.tr("Nobody is on this meeting's list yet. Use Invite above to invite people "
                                         "or a whole network, or Import… (Ctrl+Shift+I) for a participant list."))
        self.empty_hint.setObjectName("emptyState")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: palette(highlight);")
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.summary.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

        self.toolbar = self._build_toolbar()
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.count)
        table_part = QWidget()
        table_layout = QVBoxLayout(table_part)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addLayout(top)
        table_layout.addWidget(self.empty_hint)
        table_layout.addWidget(self.table, 1)
        table_layout.addWidget(self.message)
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addWidget(table_part, 1)
        layout.addWidget(self.summary)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        events.changed.connect(self._on_changed)
        self._update_actions()

    # --- building ---------------------------------------------------------------
    def _build_toolbar(self) -> QToolBar:
        bar = QToolBar()
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        invite = QMenu(self)
        invite.addAction(self.tr("People…"), self.invite_people)
        invite.addAction(self.tr("All members of the network"), self.invite_network_members)
        invite.addAction(self.tr("Participants of an earlier meeting…"), self.invite_earlier_participants)
        self.invite_button = self._menu_button(bar, self.tr("&Invite"), invite)
        self.edit_action = QAction(self.tr("&Edit…"), self)
        self.edit_action.triggered.connect(self.edit_selected)
        bar.addAction(self.edit_action)
        self.history_action = QAction(self.tr("&History…"), self)
        self.history_action.setToolTip(self.tr("Who invited, changed, sent to and checked in the selected person"))
        self.history_action.triggered.connect(self.show_history)
        bar.addAction(self.history_action)
        status_menu = QMenu(self)
        for status in RegistrationStatus:
            status_menu.addAction(label(status), lambda s=status: self.change_status(s))
        self.status_button = self._menu_button(bar, self.tr("&Status"), status_menu)
        role_menu = QMenu(self)
        for role in ParticipantRole:
            role_menu.addAction(label(role), lambda r=role: self.change_role(r))
        self.role_button = self._menu_button(bar, self.tr("&Role"), role_menu)
        self.remove_action = QAction(self.tr("Re&move"), self)
        self.remove_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.remove_action.triggered.connect(self.remove_selected)
        self.table.addAction(self.remove_action)
        bar.addAction(self.remove_action)
        bar.addSeparator()
        self.speaker_action = bar.addAction(self.tr("Speaker's &calendar…"), self.save_speaker_calendar)
        self.speaker_action.setToolTip(self.tr("Save the selected person's own agenda items as a calendar file"))
        self.import_action = bar.addAction(self.tr("Im&port…"), self.open_import)
        self.export_action = bar.addAction(self.tr("E&xport…"), self.open_export)
        self.checkin_action = bar.addAction(self.tr("&Check-in…"), self.open_check_in)
        return bar

    def _fit_columns(self) -> None:
        """No sideways scrolling on a laptop: name, e-mail and organisation share the width, the short columns
        keep theirs, and accessibility and notes are shown on request (the header's context menu)."""
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.moveSection(EMAIL_COLUMN, 1)  # the address right after the name
        for column, width in ((2, 80), (3, 90), (4, 90), (5, 110), (6, 110), (7, 80), (9, 200)):
            self.table.setColumnWidth(column, width)
        for column in (0, EMAIL_COLUMN, 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        for column in (6, 9):  # accessibility, notes
            self.table.setColumnHidden(column, True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)

    def _column_menu(self, position: object) -> None:
        menu = QMenu(self)
        for column in range(self.model.columnCount()):
            action = menu.addAction(str(self.model.headerData(column, Qt.Orientation.Horizontal)))
            action.setCheckable(True)
            action.setChecked(not self.table.isColumnHidden(column))
            action.toggled.connect(lambda shown, c=column: self.table.setColumnHidden(c, not shown))
        menu.exec(self.table.horizontalHeader().mapToGlobal(position))  # type: ignore[arg-type]

    def _menu_button(self, bar: QToolBar, text: str, menu: QMenu) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setMenu(menu)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        bar.addWidget(button)
        return button

    # --- loading ----------------------------------------------------------------
    def set_meeting(self, meeting_id: int | None, undo_stack: QUndoStack | None = None) -> None:
        if meeting_id != self.meeting_id:
            self.message.clear()
        self.meeting_id = meeting_id
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self.reload()

    def _on_changed(self, kind: str, meeting_id: object) -> None:
        if self.meeting_id is not None and kind in RELOAD_KINDS and meeting_id in (self.meeting_id, None):
            self.reload()

    def reload(self) -> None:
        """Load in the background when the tab is shown; a newer reload cancels an older one still running."""
        meeting_id = self.meeting_id
        if meeting_id is None:
            self._loader.cancel()
            self.current = None
            self.model.set_rows([])
            self.summary.clear()
            self._update_actions()
            self.loaded.emit()
            return
        labels = Labels.current()
        self._loader.work = lambda progress: load(self.db, meeting_id, labels, progress)
        self._loader.request()

    def _apply(self, loaded: LoadedMeeting) -> None:
        refresh = self.current is not None and self.current.meeting_id == loaded.meeting_id
        self.current = loaded
        with keeping_top_row(self.table):
            self.model.set_loaded(loaded, refresh, keep=self._editing_ids())
        self._show_marks()
        self._update_count()
        self.summary.setText(self._summary_html(loaded))
        self._update_actions()
        self.loaded.emit()
        if loaded.rows:  # the filter's texts, made while the user looks at the table (ignored if outdated)
            self.model.expect_haystacks(loaded.rows)  # what is typed before they come waits for them
            QTimer.singleShot(0, self, lambda: self._make_search_texts(loaded))  # after the table is painted

    def _make_search_texts(self, loaded: LoadedMeeting) -> None:
        if self.model.needs_haystacks(loaded.rows):
            title = self.tr("Loading registrations")

            def failed(error: BaseException) -> None:
                self.model.haystacks_missing(loaded.rows)  # a filter typed meanwhile makes them itself
                show_error(self, title, error)

            run_task(self, title, lambda _progress: search_texts(loaded),
                     lambda made: self.model.haystacks_made(loaded.rows, made), failed, show_dialog=False)

    def _summary_html(self, loaded: LoadedMeeting) -> str:
        registered, waiting = loaded.registered, loaded.waitlisted  # counted by the background load
        head = self.tr("Registered: {registered}").format(registered=registered)
        if loaded.capacity is not None:
            head += " / " + self.tr("capacity {capacity}").format(capacity=loaded.capacity)
        head += " · " + self.tr("wait list: {waiting}").format(waiting=waiting)
        cells = "".join(f"<th align='left'>{html.escape(h)}</th>" for h in (
            self.tr("Day"), self.tr("Registered"), self.tr("Wait list"), self.tr("Checked in"),
            self.tr("Dietary needs"), self.tr("Accessibility")))
        lines = []
        for day in loaded.headcounts:
            diets = ", ".join(f"{html.escape(name)}: {n}" for name, n in day.dietary) or "–"
            lines.append(
                f"<tr><td>{html.escape(loaded.day_names.get(day.day.isoformat(), str(day.day)))}</td>"
                f"<td align='right'>{day.registered}</td><td align='right'>{day.waitlisted}</td>"
                f"<td align='right'>{day.checked_in}</td><td>{diets}</td><td align='right'>{day.accessibility}</td>"
                "</tr>")
        title = self.tr("Headcount and catering")  # outside the f-string, where lupdate finds it
        return (f"<b>{html.escape(title)}</b> &nbsp; {html.escape(head)}"
                f"<table cellspacing='0' cellpadding='3'><tr>{cells}</tr>{''.join(lines)}</table>")

    def _editing_ids(self) -> tuple[int, ...]:
        if self.table.state() != QAbstractItemView.State.EditingState:
            return ()
        index = self.table.currentIndex()
        return (self.model.row_at(self.proxy.mapToSource(index).row())[At.ID],) if index.isValid() else ()

    def _show_marks(self) -> None:
        """Tint the rows someone else changed a moment ago ("Changed by Mette just now" in the tooltip)."""
        marks = recent.marks("registration")
        by_person = recent.marks("person")
        if by_person:
            person_at, id_at = At.PERSON_ID, At.ID
            marks.update({r[id_at]: by_person[r[person_at]] for r in self.model.rows if r[person_at] in by_person})
        self.model.mark(marks)
        if marks:
            self._unmark.start(int(RECENT_SECONDS * 1000) + 100)

    def _update_count(self, *_args: object) -> None:
        empty = self.model.total() == 0 and self.meeting_id is not None and self.current is not None
        self.empty_hint.setVisible(empty)  # not "0 of 0": what to do first
        if empty:
            self.count.clear()
            return
        self.count.setText(self.tr("{shown} of {total}").format(shown=self.proxy.rowCount(),
                                                               total=self.model.total()))

    def _update_actions(self, *_args: object) -> None:
        has_meeting = self.meeting_id is not None
        # Counted from the selection ranges: Ctrl+A on 20,000 rows must not map every index.
        selected = sum(r.height() for r in self.table.selectionModel().selection()) if has_meeting else 0
        for widget in (self.status_button, self.role_button):
            widget.setEnabled(selected > 0)
        self.remove_action.setEnabled(selected > 0)
        self.edit_action.setEnabled(selected == 1)
        self.history_action.setEnabled(selected == 1)
        self.speaker_action.setEnabled(selected == 1)
        for action in (self.import_action, self.export_action, self.checkin_action):
            action.setEnabled(has_meeting)
        self.invite_button.setEnabled(has_meeting)

    # --- selection ----------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.row_at(r)[At.ID] for r in self.proxy.source_rows(rows)]

    def selected_names(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.row_at(r)[At.NAME] for r in self.proxy.source_rows(rows)]

    # --- changes, all undoable ----------------------------------------------------
    def _push(self, text: str, do: Callable[[], ChangeResult]) -> bool:
        assert self.meeting_id is not None
        holder: list[ChangeResult] = []

        def redo() -> None:
            result = do()
            holder[:] = [result]
            self._report(result)

        def undo() -> None:
            if holder:
                registrations.undo_change(self.db, holder[0])

        command = ServiceCommand(text, redo, undo, changed=("registrations", self.meeting_id))
        return push_command(self.undo_stack, command, self)

    def _report(self, result: ChangeResult) -> None:
        parts = []
        if result.promoted:
            parts.append(self.tr("Moved up from the wait list: {names}").format(
                names=", ".join(p.name for p in result.promoted)))
        if result.waitlisted:
            parts.append(self.tr("The meeting is full; on the wait list: {names}").format(
                names=", ".join(result.waitlisted)))
        if result.unchanged and not result.changed and not result.created:
            parts.append(self.tr("Nothing to change."))
        self.message.setText("  ".join(parts))

    def _deadline_ok(self) -> bool | None:
        """None: cancelled by the user; else whether to override the deadline."""
        assert self.meeting_id is not None
        passed = registrations.deadline_passed(self.db, self.meeting_id)
        if passed is None:
            return False
        answer = QMessageBox.question(
            self, self.tr("Registration deadline"),
            self.tr("The registration deadline ({deadline}) has passed. Register anyway?").format(
                deadline=short_date_time(passed)))
        return True if answer == QMessageBox.StandardButton.Yes else None

    def change_status(self, status: RegistrationStatus) -> bool:
        ids, meeting_id = self.selected_ids(), self.meeting_id
        if not ids or meeting_id is None:
            return False
        override = False
        if status is RegistrationStatus.REGISTERED:
            answer = self._deadline_ok()
            if answer is None:
                return False
            override = answer
        text = (self.tr("Set 1 registration to {status}") if len(ids) == 1 else
                self.tr("Set {count} registrations to {status}")).format(count=len(ids), status=label(status))
        return self._push(text, lambda: registrations.set_status(self.db, meeting_id, ids, status, override))

    def change_role(self, role: ParticipantRole) -> bool:
        ids, meeting_id = self.selected_ids(), self.meeting_id
        if not ids or meeting_id is None:
            return False
        text = (self.tr("Set the role of 1 registration to {role}") if len(ids) == 1 else
                self.tr("Set the role of {count} registrations to {role}")).format(count=len(ids), role=label(role))
        return self._push(text, lambda: registrations.set_role(self.db, meeting_id, ids, role))

    def selected_rows(self) -> list[TableRegistration]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.registration_at(r) for r in self.proxy.source_rows(rows)]

    def remove_selected(self) -> bool:
        rows, meeting_id = self.selected_rows(), self.meeting_id
        if not rows or meeting_id is None:
            return False
        ids = [r.id for r in rows]
        seen = {r.id: (r.version, r.fields()) for r in rows}  # someone's edit since then is shown first
        text = (self.tr("Remove 1 registration") if len(ids) == 1 else
                self.tr("Remove {count} registrations")).format(count=len(ids))
        return self._push(text, lambda: delete_resolving(
            self, lambda check: registrations.remove(self.db, meeting_id, ids, seen=seen if check else None)))

    def invite(self, person_ids: list[int]) -> bool:
        meeting_id = self.meeting_id
        if not person_ids or meeting_id is None:
            return False
        text = self.tr("Invite {count} people").format(count=len(person_ids))
        return self._push(text, lambda: registrations.invite(self.db, meeting_id, person_ids))

    def invite_people(self) -> None:
        dialog = PersonPickerDialog(self.db, self)
        if dialog.exec():
            self.invite(dialog.chosen_ids())

    def invite_network_members(self) -> bool:
        meeting_id = self.meeting_id
        if meeting_id is None:
            return False
        return self._push(self.tr("Invite the network's members"),
                          lambda: registrations.invite_network_members(self.db, meeting_id))

    def invite_earlier_participants(self, earlier_id: int | None = None) -> bool:
        meeting_id = self.meeting_id
        if meeting_id is None:
            return False
        if earlier_id is None:
            dialog = MeetingPickerDialog(self.db, meeting_id, self)
            if not dialog.exec() or (earlier_id := dialog.chosen_id()) is None:
                return False
        chosen = earlier_id
        return self._push(self.tr("Invite the participants of an earlier meeting"),
                          lambda: registrations.invite_from_meeting(self.db, meeting_id, chosen))

    def _edit_index(self, index: QModelIndex) -> None:
        if index.column() in CELL_FIELDS:
            return  # typed in place
        self.table.selectRow(index.row())
        self.edit_selected()

    def save_cell(self, row: TableRegistration, column: int, text: str) -> bool:
        """A cell typed in: save that field of the row as it was when typing began (merged if need be)."""
        if self.meeting_id is None:
            return False
        wanted = replace(row.fields(), **{CELL_FIELDS[column]: text.strip()})
        if wanted == row.fields():
            return True
        return self.save_registration(row, wanted, False)

    def save_registration(self, row: TableRegistration, data: RegistrationInput, override: bool) -> bool:
        """Save an edit of one registration; a save that lost a race goes through the conflict dialog."""
        meeting_id = self.meeting_id
        assert meeting_id is not None

        def save(mine: RegistrationInput, version: int | None, base: RegistrationInput) -> ChangeResult:
            return registrations.register(self.db, meeting_id, row.person_id, mine, override,
                                          expected_version=version, base=base)

        def recreate(mine: RegistrationInput) -> ChangeResult:
            return registrations.register(self.db, meeting_id, row.person_id, mine, override)

        return self._push(self.tr("Edit the registration of {name}").format(name=row.name),
                          lambda: save_resolving(self, save, data, row.version, row.fields(), recreate))

    def show_history(self) -> QDialog | None:
        """The selected registration's history, from the change log (not modal)."""
        from .history_dialog import open_history

        ids = self.selected_ids()
        return open_history(self, self.db, "registration", ids[0]) if len(ids) == 1 else None

    def edit_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        if len(rows) != 1 or self.current is None or self.meeting_id is None:
            return
        row = self.model.registration_at(self.proxy.source_rows(rows)[0])
        dialog = RegistrationDialog(row, self.current.days, self)
        if not dialog.exec():
            return
        data = dialog.value()
        override = False
        if data.status is RegistrationStatus.REGISTERED and row.status is not RegistrationStatus.REGISTERED:
            answer = self._deadline_ok()
            if answer is None:
                return
            override = answer
        self.save_registration(row, data, override)

    def save_speaker_calendar(self) -> None:
        """A speaker's or moderator's own agenda items as events, to send them or import in their calendar."""

        from PySide6.QtWidgets import QFileDialog

        from ..services.invites import speaker_agenda
        from .tasks import run_task

        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        if len(rows) != 1 or self.meeting_id is None:
            return
        row, meeting_id = self.model.registration_at(self.proxy.source_rows(rows)[0]), self.meeting_id
        from ..services.file_names import file_name

        title = self.current.title if self.current is not None else ""
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Speaker's calendar"), file_name(row.name, title, None, "ics"),
            self.tr("Calendar files (*.ics)"))
        if not path:
            return
        run_task(self, self.tr("Speaker's calendar"),
                 lambda _p: write_file(path, speaker_agenda(self.db, meeting_id, row.person_id)),
                 lambda _r: self.message.setText(self.tr("Calendar written to {path}").format(path=path)))

    # --- other windows ----------------------------------------------------------------
    def open_import(self) -> None:
        from .import_wizard import ImportParticipantsWizard

        if self.meeting_id is not None:
            ImportParticipantsWizard(self.db, self.meeting_id, self).exec()
            events.changed.emit("registrations", self.meeting_id)

    def open_export(self) -> None:
        from .registration_dialogs import ExportDialog

        if self.meeting_id is not None:
            ExportDialog(self.db, self.meeting_id, self).exec()

    def open_check_in(self) -> None:
        from .checkin_view import CheckInDialog

        if self.meeting_id is not None:
            CheckInDialog(self.db, self.meeting_id, self).exec()
            events.changed.emit("registrations", self.meeting_id)
