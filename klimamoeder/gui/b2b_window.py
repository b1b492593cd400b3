"""Bilateral (B2B) meetings of one meeting: set up, requests, plan, edit the grid, print.

Before planning the window says what can be had at most, which requests cannot fit and
whether there are enough tables. Planning runs in the background with progress and
cancel; the greedy "first free slot" plan is reported beside the optimiser's so the user
sees what the optimiser bought. Moves in the grid are undoable service calls.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..safe_files import write_file
from ..services import b2b, b2b_check, b2b_documents, b2b_edit, b2b_requests
from ..services.b2b_schedule import Analysis, Mode, ScheduleResult, analyse, schedule
from ..services.meetings import get_meeting
from ..storage import Database
from .b2b_grid import ScheduleGrid
from .b2b_pages import ParticipantsPage, RequestsPage
from .b2b_setup import SessionForm, in_zone
from .errors import error_text
from .events import events
from .tasks import Task, run_task, show_error
from .undo import ServiceCommand, push_command

TIME_LIMIT = 30.0


class B2BDialog(QDialog):
    def __init__(self, db: Database, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.meeting_id = db, meeting_id
        self.data: b2b.SessionData | None = None
        self.analysis: Analysis | None = None
        self.planned: ScheduleResult | None = None
        self.task: Task | None = None
        self.undo_stack = QUndoStack(self)
        self.setWindowTitle(self.tr("Bilateral meetings (B2B)"))
        self.resize(1180, 760)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.outlook = QLabel()
        self.outlook.setWordWrap(True)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.form = SessionForm()
        self.form.save.clicked.connect(self.save_session)
        self.schedule_all = QPushButton(self.tr("Schedule &all"))
        self.fill_only = QPushButton(self.tr("&Fill unbooked only"))
        self.lock_button = QPushButton(self.tr("&Lock"))
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.publish_button = QPushButton(self.tr("Pu&blish"))
        self.import_button = QPushButton(self.tr("&Import requests…"))
        self.export_button = QPushButton(self.tr("&Export"))
        menu = QMenu(self.export_button)
        menu.addAction(self.tr("Personal agendas (PDF)…"), lambda: self.export("agendas"))
        menu.addAction(self.tr("Table plan (PDF)…"), lambda: self.export("table_plan"))
        menu.addAction(self.tr("Schedule matrix (CSV or XLSX)…"), lambda: self.export("matrix"))
        self.export_button.setMenu(menu)
        self.send_button = QPushButton(self.tr("Send calendar invitati&ons…"))
        self.send_button.clicked.connect(self.open_send_dialog)
        self.schedule_all.clicked.connect(lambda: self.run_schedule(Mode.ALL))
        self.fill_only.clicked.connect(lambda: self.run_schedule(Mode.FILL))
        self.lock_button.clicked.connect(lambda: self.set_locked(True))
        self.unlock_button.clicked.connect(lambda: self.set_locked(False))
        self.publish_button.clicked.connect(self.publish)
        self.import_button.clicked.connect(self.choose_requests_file)
        buttons = QHBoxLayout()
        for button in (self.schedule_all, self.fill_only, self.lock_button, self.unlock_button, self.publish_button,
                       self.import_button, self.export_button, self.send_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.grid = ScheduleGrid()
        self.grid.drag_over.connect(self.preview_move)
        self.grid.drag_ended.connect(self.recheck)
        self.grid.dropped.connect(self.move_meeting)
        self.conflicts = QLabel()
        self.conflicts.setWordWrap(True)
        self.requests = RequestsPage(db, meeting_id, self.run_edit)
        self.people = ParticipantsPage(db, meeting_id, self.run_edit)
        self.tabs = QTabWidget()
        schedule_page = QWidget()
        page = QVBoxLayout(schedule_page)
        page.addWidget(self.grid, 1)
        page.addWidget(self.conflicts)
        self.tabs.addTab(schedule_page, self.tr("&Schedule"))
        self.tabs.addTab(self.requests, self.tr("&Requests"))
        self.tabs.addTab(self.people, self.tr("&Participants"))
        self.tabs.addTab(self.form, self.tr("Sessio&n"))
        layout = QVBoxLayout(self)
        for widget in (self.summary, self.outlook, self.outcome):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        layout.addWidget(self.tabs, 1)
        for text, key, slot in ((self.tr("Undo"), QKeySequence.StandardKey.Undo, self.undo_stack.undo),
                                (self.tr("Redo"), QKeySequence.StandardKey.Redo, self.undo_stack.redo)):
            action = self.undo_stack.createUndoAction(self, text) if slot == self.undo_stack.undo else \
                self.undo_stack.createRedoAction(self, text)
            action.setShortcut(key)
            self.addAction(action)
        # Undo and redo change the database: what the window shows follows (the grid's moves and the tabs' edits).
        self.undo_stack.indexChanged.connect(lambda _index: self.reload())
        self.reload()

    # --- loading ---------------------------------------------------------------------
    def reload(self) -> None:
        if not b2b.has_session(self.db, self.meeting_id):
            self.data, self.analysis = None, None
            meeting = get_meeting(self.db, self.meeting_id).fields
            start, end = in_zone(meeting.start, meeting.time_zone), in_zone(meeting.end, meeting.time_zone)
            self.form.fill(meeting.time_zone, [(start, min(end, start + timedelta(hours=2)))], [], 20, 10, "", False)
            self.summary.setText(self.tr("This meeting has no B2B session yet. Choose its time window, slot length "
                                         "and tables, and save."))
            self.tabs.setCurrentWidget(self.form)
            self.grid.schedule.set_session(None)
            self._enable(False)
            return
        try:
            self.data = b2b.load_session(self.db, self.meeting_id)
        except Exception as error:
            show_error(self, self.windowTitle(), error)
            return
        data = self.data
        self._enable(True)
        self.form.fill(data.time_zone, data.windows, data.breaks, data.slot_minutes, data.table_count, data.location,
                       data.auto_accept, data.default_max_meetings, data.delegations, has_session=True)
        self.summary.setText(self.tr("{slots} slots of {minutes} minutes · {tables} tables · {people} participants "
                                     "in {delegations} delegations · {requests} requests").format(
            slots=len(data.slots), minutes=data.slot_minutes, tables=data.table_count, people=len(data.people),
            delegations=len(data.delegations), requests=len(data.requests)))
        self.analysis = analyse(data, Mode.ALL)
        self.outlook.setText(self.outlook_text(self.analysis))
        self.grid.schedule.set_session(data)
        self.recheck()
        self.requests.set_data(data)
        self.people.set_data(data)

    def _enable(self, on: bool) -> None:
        for button in (self.schedule_all, self.fill_only, self.lock_button, self.unlock_button, self.publish_button,
                       self.import_button, self.export_button, self.send_button):
            button.setEnabled(on)

    def outlook_text(self, analysis: Analysis) -> str:
        text = self.tr("Before planning: {requested} meetings requested; at most {bound} can fit; {unfit} cannot fit "
                       "at all.").format(requested=analysis.requested, bound=analysis.upper_bound,
                                         unfit=len(analysis.unfittable))
        if analysis.short_of_tables:
            text += " " + self.tr("Too few tables: {requested} meetings over {slots} slots need about {low}–{high} "
                                  "tables (meetings ÷ slots + 10–20 %); there are {tables}.").format(
                requested=analysis.requested, slots=analysis.slots, low=analysis.tables_advised[0],
                high=analysis.tables_advised[1], tables=analysis.tables)
        if analysis.unfittable and self.data is not None:
            first = analysis.unfittable[0]
            text += " " + self.tr("For example {a} – {b}: {reason}.").format(
                a=self.data.delegation(first.a).name, b=self.data.delegation(first.b).name, reason=first.reason)
        return text

    # --- conflicts ---------------------------------------------------------------------
    def recheck(self, meetings: list[b2b.MeetingRow] | None = None) -> None:
        if self.data is None:
            return
        found = b2b_check.check(self.data, meetings)
        self.grid.schedule.set_conflicted({i for c in found for i in c.meeting_ids})
        if not found:
            self.conflicts.setText(self.tr("No conflicts."))
        else:
            lines = [c.text for c in found[:4]] + (["…"] if len(found) > 4 else [])
            self.conflicts.setText(self.tr("Conflicts: {count}").format(count=len(found)) + "\n" + "\n".join(lines))

    def _moved(self, meeting_id: int, row: int, column: int) -> list[b2b.MeetingRow]:
        assert self.data is not None
        start, table = self.data.slots[row].start, column + 1
        moving = next(m for m in self.data.meetings if m.id == meeting_id)
        rows = []
        for m in self.data.meetings:
            if m.id == meeting_id:
                rows.append(replace(m, start=start, table=table))
            elif (m.start, m.table) == (start, table):
                rows.append(replace(m, start=moving.start, table=moving.table))  # a drop swaps
            else:
                rows.append(m)
        return rows

    def preview_move(self, meeting_id: int, row: int, column: int) -> None:
        """While dragging: mark what would conflict with the meeting in the hovered cell (nothing saved)."""
        if self.data is not None and any(m.id == meeting_id for m in self.data.meetings):
            self.recheck(self._moved(meeting_id, row, column))

    def move_meeting(self, meeting_id: int, row: int, column: int) -> None:
        if self.data is None:
            return
        moving = next((m for m in self.data.meetings if m.id == meeting_id), None)
        start, table = self.data.slots[row].start, column + 1
        if moving is None or (moving.start, moving.table) == (start, table):
            self.recheck()
            return
        old_start, old_table = moving.start, moving.table
        command = ServiceCommand(
            self.tr("Move bilateral meeting"),
            lambda: b2b_edit.move_meeting(self.db, self.meeting_id, meeting_id, start, table),
            lambda: b2b_edit.move_meeting(self.db, self.meeting_id, meeting_id, old_start, old_table),
            changed=("b2b", self.meeting_id))
        if not push_command(self.undo_stack, command, self):
            self.recheck()

    # --- actions -----------------------------------------------------------------------
    def run_edit(self, text: str, redo: Callable[[], Any], undo: Callable[[], Any]) -> str | None:
        """Do one undoable service call for a tab; the refusal's text if the service said no (nothing changed)."""
        command = ServiceCommand(text, redo, undo, changed=("b2b", self.meeting_id))
        self.undo_stack.push(command)
        return None if command.error is None else error_text(command.error)

    def save_session(self) -> None:
        """Save the set-up form; undoable once the session exists (undo puts back the old windows, tables, limits)."""
        settings = self.form.settings()
        data = self.data
        if data is None:
            try:
                b2b.save_session(self.db, self.meeting_id, settings)
            except Exception as error:
                show_error(self, self.tr("B2B session"), error)
                return
            events.changed.emit("b2b", self.meeting_id)
            self.reload()
        else:
            old = b2b.SessionSettings(
                windows=data.windows, slot_minutes=data.slot_minutes, table_count=data.table_count,
                breaks=data.breaks, location=data.location, auto_accept=data.auto_accept,
                default_max_meetings=data.default_max_meetings,
                fixed_tables=tuple((d.table, d.id) for d in data.delegations if d.table is not None))
            db, meeting = self.db, self.meeting_id
            command = ServiceCommand(self.tr("Change B2B session"), lambda: b2b.save_session(db, meeting, settings),
                                     lambda: b2b.save_session(db, meeting, old), changed=("b2b", meeting))
            if not push_command(self.undo_stack, command, self):
                return
        self.tabs.setCurrentIndex(0)

    def run_schedule(self, mode: Mode) -> None:
        self.outcome.setText(self.tr("Planning…"))
        self.task = run_task(self, self.tr("Planning the bilateral meetings"),
                             lambda progress: schedule(self.db, self.meeting_id, mode, time_limit=TIME_LIMIT,
                                                       progress=progress),
                             on_success=self._scheduled, on_error=self._failed)
        self.task.finished.connect(lambda: self.outcome.setText(self.outcome.text().replace(self.tr("Planning…"),
                                                                                            self.tr("Cancelled."))))

    def _scheduled(self, result: ScheduleResult) -> None:
        self.planned = result
        plan, greedy = result.plan, result.greedy
        bound = "" if plan.bound is None else self.tr(" (proven best possible: {bound})").format(bound=plan.bound)
        self.outcome.setText(self.tr(
            "Planned {met} meetings ({must} must-meet), {gaps} idle gaps{bound}. Greedy first free slot would give "
            "{greedy} meetings and {greedy_gaps} idle gaps.").format(
            met=result.scheduled, must=result.scheduled_must, gaps=result.idle_gaps, bound=bound, greedy=greedy.met,
            greedy_gaps=greedy.idle_gaps))
        events.changed.emit("b2b", self.meeting_id)
        self.reload()

    def _failed(self, error: BaseException) -> None:
        self.outcome.setText("")
        show_error(self, self.tr("Planning the bilateral meetings"), error)

    def set_locked(self, locked: bool) -> None:
        ids = [m.id for m in self.grid.selected_meetings()]
        if not ids:
            return
        try:
            b2b_edit.set_locked(self.db, self.meeting_id, ids, locked)
        except Exception as error:
            show_error(self, self.windowTitle(), error)
        self.reload()

    def publish(self) -> None:
        try:
            count = b2b_edit.publish(self.db, self.meeting_id)
        except Exception as error:
            show_error(self, self.windowTitle(), error)
            return
        self.outcome.setText(self.tr("Published: {count} meetings are locked and stay put when you fill the rest."
                                     ).format(count=count))
        self.reload()

    def open_send_dialog(self) -> None:
        """The bilateral invitations: each person's REQUEST, updates for moved meetings, cancellations."""
        from .b2b_send import B2BInvitesDialog

        self.send_dialog = B2BInvitesDialog(self.db, self.meeting_id, self)
        self.send_dialog.open()

    def choose_requests_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(self, self.tr("Import requests"), "",
                                                    self.tr("Tables (*.csv *.xlsx)"))
        if name:
            self.import_requests(Path(name))

    def import_requests(self, path: Path) -> None:
        def done(result: b2b_requests.RequestImport) -> None:
            self.outcome.setText(self.tr("Imported requests: {created} new, {updated} updated.").format(
                created=result.created, updated=result.updated))
            self.reload()

        def failed(error: BaseException) -> None:
            problems = getattr(error, "problems", ())
            detail = "\n".join(str(p) for p in problems[:8])
            self.outcome.setText(f"{error}\n{detail}".strip())

        self.task = run_task(self, self.tr("Import requests"),
                             lambda _progress: b2b_requests.import_requests(self.db, self.meeting_id,
                                                                            path.read_bytes(), path.name),
                             on_success=done, on_error=failed)

    def export(self, what: str, target: Path | None = None) -> None:
        if target is None:
            filters = {"agendas": self.tr("PDF (*.pdf)"), "table_plan": self.tr("PDF (*.pdf)"),
                       "matrix": self.tr("Spreadsheet (*.xlsx *.csv)")}
            name, _filter = QFileDialog.getSaveFileName(self, self.tr("Export"), "", filters[what])
            if not name:
                return
            target = Path(name)
        language = "da" if QLocale().name().startswith("da") else "en"  # the documents follow the window's language

        def work(progress: object) -> Path:
            if what == "agendas":
                content = b2b_documents.agendas_pdf(self.db, self.meeting_id, language, progress)  # type: ignore[arg-type]
            elif what == "table_plan":
                content = b2b_documents.table_plan_pdf(self.db, self.meeting_id, language, progress)  # type: ignore[arg-type]
            else:
                fmt = "csv" if target.suffix.lower() == ".csv" else "xlsx"
                content = b2b_documents.matrix(self.db, self.meeting_id, fmt)
            return write_file(target, content)

        self.task = run_task(self, self.tr("Export"), work, on_success=lambda path: self.outcome.setText(
            self.tr("Written to {path}").format(path=path)))
