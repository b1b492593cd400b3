"""The B2B window's Participants and Requests tabs: see and edit who meets, and who asked whom.

Every edit is one service call (one transaction) wrapped in an undoable command on the
window's undo stack, the same stack the grid's moves use, so Ctrl+Z undoes the last thing
the user did wherever they did it. The pages hold no rules: a refusal from the service
(a full delegation, a request to oneself) is shown in the page's message line.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..model import B2BPriority, B2BRequestStatus
from ..services import b2b, b2b_requests
from ..services.b2b_requests import Answer, NewRequest
from ..services.b2b_slots import Interval, Slot, overlaps
from ..storage import Database

ID = Qt.ItemDataRole.UserRole + 1
# run(text, redo, undo): push an undoable service command; returns the refusal's text, or None when done.
Run = Callable[[str, Callable[[], Any], Callable[[], Any]], str | None]


def _table(model: QStandardItemModel, multi: bool) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSortingEnabled(True)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if multi
                          else QAbstractItemView.SelectionMode.SingleSelection)
    view.horizontalHeader().setStretchLastSection(True)
    view.verticalHeader().hide()
    return view


def _item(text: str, key: int | None = None) -> QStandardItem:
    item = QStandardItem(text)
    if key is not None:
        item.setData(key, ID)
    return item


def _selected_ids(view: QTableView) -> list[int]:
    rows = sorted({i.row() for i in view.selectionModel().selectedRows()})
    model = view.model()
    return [int(model.index(r, 0).data(ID)) for r in rows]


def _select(view: QTableView, ids: set[int]) -> None:
    model = view.model()
    flags = view.selectionModel().SelectionFlag
    for row in range(model.rowCount()):
        if model.index(row, 0).data(ID) in ids:
            view.selectionModel().select(model.index(row, 0), flags.Select | flags.Rows)
            view.selectionModel().setCurrentIndex(model.index(row, 0), flags.NoUpdate)


def slot_label(slot: Slot, zone: ZoneInfo) -> str:
    return f"{slot.start.astimezone(zone):%H:%M}–{slot.end.astimezone(zone):%H:%M}"


def merge_slots(slots: list[Slot]) -> list[Interval]:
    """Checked slots as intervals, back-to-back slots joined (what a person says: "away 15:00–15:30")."""
    merged: list[Interval] = []
    for slot in sorted(slots, key=lambda s: s.start):
        if merged and merged[-1][1] == slot.start:
            merged[-1] = (merged[-1][0], slot.end)
        else:
            merged.append((slot.start, slot.end))
    return merged


class ParticipantsPage(QWidget):
    """Who takes part, in which delegation, how many meetings each may have and when they are away."""

    def __init__(self, db: Database, meeting_id: int, run: Run, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.meeting_id, self.run = db, meeting_id, run
        self.data: b2b.SessionData | None = None
        self.model = QStandardItemModel(self)
        self.view = _table(self.model, multi=False)
        self.name = QLabel()
        self.name.setWordWrap(True)
        self.name.setTextFormat(Qt.TextFormat.PlainText)  # names come out exactly as typed
        font = self.name.font()
        font.setBold(True)
        self.name.setFont(font)
        self.delegation = QComboBox()
        self.delegation.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.delegation.setMinimumContentsLength(16)
        self.members = QLabel()  # who is in the chosen delegation, one name a line (at most three)
        self.members.setTextFormat(Qt.TextFormat.PlainText)
        self.delegation.currentIndexChanged.connect(self._show_members)
        self.move_button = QPushButton(self.tr("&Move"))
        self.delegation_name = QLineEdit()
        self.rename_button = QPushButton(self.tr("Rename"))
        self.max_meetings = QSpinBox()
        self.max_meetings.setRange(-1, 1000)
        self.unavailable = QListWidget()
        self.save_button = QPushButton(self.tr("Save limit and &times"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.move_button.clicked.connect(self.move_person)
        self.rename_button.clicked.connect(self.rename)
        self.save_button.clicked.connect(self.save_limits)
        self.editor = QGroupBox(self.tr("Selected participant"))
        form = QFormLayout(self.editor)
        form.addRow(self.name)
        move_row = QHBoxLayout()
        move_row.addWidget(self.delegation, 1)
        move_row.addWidget(self.move_button)
        form.addRow(self.tr("Delegation"), move_row)
        form.addRow(self.tr("Members"), self.members)
        rename_row = QHBoxLayout()
        rename_row.addWidget(self.delegation_name, 1)
        rename_row.addWidget(self.rename_button)
        form.addRow(self.tr("Its name"), rename_row)
        form.addRow(self.tr("Most meetings"), self.max_meetings)
        form.addRow(QLabel(self.tr("Away in these slots (ticked):")))
        form.addRow(self.unavailable)
        form.addRow(self.save_button)
        self.editor.setFixedWidth(360)
        right = QVBoxLayout()
        right.addWidget(self.editor, 1)
        right.addWidget(self.message)
        layout = QHBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(right)
        self.view.selectionModel().selectionChanged.connect(self.show_selected)
        self.show_selected()

    # --- showing ---------------------------------------------------------------------
    def set_data(self, data: b2b.SessionData) -> None:
        keep = set(_selected_ids(self.view))
        self.data = data
        zone = ZoneInfo(data.time_zone)
        self.model.clear()
        self.model.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Organisation"), self.tr("Delegation"),
                                              self.tr("Most meetings"), self.tr("Away"), self.tr("Registered")])
        for p in data.people:
            limit = p.max_meetings if p.max_meetings is not None else data.default_max_meetings
            away = ", ".join(slot_label(s, zone) for s in data.slots if overlaps(s, p.unavailable))
            self.model.appendRow([
                _item(p.name, p.participant_id), _item(p.organisation),
                _item(data.delegation(p.delegation_id).name), _item("" if limit is None else str(limit)),
                _item(away), _item(self.tr("yes") if p.registered else self.tr("no"))])
        header = self.view.horizontalHeader()  # names share the width; the short columns take what they need
        header.setStretchLastSection(False)
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column < 3
                                        else QHeaderView.ResizeMode.ResizeToContents)
        _select(self.view, keep)
        self.show_selected()

    def selected(self) -> b2b.PersonRow | None:
        ids = _selected_ids(self.view)
        return self.data.person(ids[0]) if ids and self.data is not None else None

    def show_selected(self) -> None:
        person, data = self.selected(), self.data
        self.editor.setEnabled(person is not None)
        self.delegation.clear()
        self.unavailable.clear()
        if person is None or data is None:
            self.name.setText(self.tr("Choose someone in the list."))
            self.delegation_name.clear()
            self.max_meetings.setSpecialValueText(" ")
            self.max_meetings.setValue(-1)
            return
        self.name.setText(person.name + (f" · {person.organisation}" if person.organisation else ""))
        for d in sorted(data.delegations, key=lambda d: d.name.casefold()):
            self.delegation.addItem(d.name, d.id)
        self.delegation.addItem(self.tr("A delegation of their own"), None)
        self.delegation.setCurrentIndex(self.delegation.findData(person.delegation_id))
        self.delegation_name.setText(data.delegation(person.delegation_id).name)
        self.delegation_name.setCursorPosition(0)
        default = data.default_max_meetings
        self.max_meetings.setSpecialValueText(self.tr("as the session ({limit})").format(
            limit=self.tr("no limit") if default is None else default))
        self.max_meetings.setValue(-1 if person.max_meetings is None else person.max_meetings)
        zone = ZoneInfo(data.time_zone)
        for slot in data.slots:
            item = QListWidgetItem(slot_label(slot, zone))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if overlaps(slot, person.unavailable)
                               else Qt.CheckState.Unchecked)
            self.unavailable.addItem(item)

    def _show_members(self) -> None:
        chosen, data = self.delegation.currentData(), self.data
        if data is None or chosen is None:
            self.members.setText("")
            return
        names = [data.person(m).name for m in data.delegation(chosen).members]
        self.members.setText("\n".join(names))

    def _do(self, text: str, redo: Callable[[], Any], undo: Callable[[], Any]) -> None:
        self.message.setText(self.run(text, redo, undo) or "")

    # --- editing ---------------------------------------------------------------------
    def move_person(self) -> None:
        """Into another delegation, or one of their own; undo puts them back (re-creating a delegation they emptied)."""
        person, data = self.selected(), self.data
        if person is None or data is None:
            return
        target = self.delegation.currentData()
        old = data.delegation(person.delegation_id)
        alone = len(old.members) == 1
        if target == old.id or (target is None and alone):
            self.message.setText(self.tr("{name} is already in that delegation.").format(name=person.name))
            return
        pid, db, meeting = person.participant_id, self.db, self.meeting_id
        state = {"old": old.id}

        def undo() -> None:
            if alone:  # the move emptied the old delegation, which went with it
                state["old"] = b2b.move_to_delegation(db, meeting, pid, None, name=old.name)
            else:
                b2b.move_to_delegation(db, meeting, pid, state["old"])

        self._do(self.tr("Move to another delegation"), lambda: b2b.move_to_delegation(db, meeting, pid, target),
                 undo)

    def rename(self) -> None:
        person, data = self.selected(), self.data
        if person is None or data is None:
            return
        delegation = data.delegation(person.delegation_id)
        name, db, meeting = self.delegation_name.text(), self.db, self.meeting_id
        if name.strip() == delegation.name:
            return
        self._do(self.tr("Rename delegation"), lambda: b2b.rename_delegation(db, meeting, delegation.id, name),
                 lambda: b2b.rename_delegation(db, meeting, delegation.id, delegation.name))

    def save_limits(self) -> None:
        """The limit and the ticked slots; times away outside every slot are kept as they were."""
        person, data = self.selected(), self.data
        if person is None or data is None:
            return
        ticked = [s for i, s in enumerate(data.slots)
                  if self.unavailable.item(i).checkState() == Qt.CheckState.Checked]
        outside = [i for i in person.unavailable if not any(overlaps(s, [i]) for s in data.slots)]
        away = sorted(outside + merge_slots(ticked))
        limit = None if self.max_meetings.value() < 0 else self.max_meetings.value()
        pid, db, meeting = person.participant_id, self.db, self.meeting_id
        old_limit, old_away = person.max_meetings, list(person.unavailable)
        self._do(self.tr("Change meeting limit and times away"),
                 lambda: b2b.set_limits(db, meeting, pid, limit, away),
                 lambda: b2b.set_limits(db, meeting, pid, old_limit, old_away))


class RequestsPage(QWidget):
    """Who asked to meet whom: add a request, answer it, change how much it matters, remove it."""

    def __init__(self, db: Database, meeting_id: int, run: Run, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.meeting_id, self.run = db, meeting_id, run
        self.data: b2b.SessionData | None = None
        self.model = QStandardItemModel(self)
        self.view = _table(self.model, multi=True)
        self.priorities = {B2BPriority.MUST: self.tr("must meet"), B2BPriority.WANT: self.tr("would like to")}
        self.answers = {B2BRequestStatus.PENDING: self.tr("pending"), B2BRequestStatus.ACCEPTED: self.tr("accepted"),
                        B2BRequestStatus.DECLINED: self.tr("declined"),
                        B2BRequestStatus.NO_THANKS: self.tr("no thanks")}
        self.accept_button = QPushButton(self.tr("A&ccept"))
        self.decline_button = QPushButton(self.tr("&Decline"))
        self.no_thanks_button = QPushButton(self.tr("No t&hanks"))
        self.must_button = QPushButton(self.tr("Must &meet"))
        self.want_button = QPushButton(self.tr("&Would like to"))
        self.delete_button = QPushButton(self.tr("Remo&ve"))
        for button, status in ((self.accept_button, B2BRequestStatus.ACCEPTED),
                               (self.decline_button, B2BRequestStatus.DECLINED),
                               (self.no_thanks_button, B2BRequestStatus.NO_THANKS)):
            button.clicked.connect(lambda _checked=False, status=status: self.answer(status=status))
        self.must_button.clicked.connect(lambda: self.answer(priority=B2BPriority.MUST))
        self.want_button.clicked.connect(lambda: self.answer(priority=B2BPriority.WANT))
        self.delete_button.clicked.connect(self.delete)
        self.selection_buttons = (self.accept_button, self.decline_button, self.no_thanks_button, self.must_button,
                                  self.want_button, self.delete_button)
        self.requester = QComboBox()
        self.target = QComboBox()
        for combo in (self.requester, self.target):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(22)
        self.priority = QComboBox()
        for priority, text in self.priorities.items():
            self.priority.addItem(text, priority)
        self.priority.setCurrentIndex(self.priority.findData(B2BPriority.WANT))
        self.status = QComboBox()
        for status, text in self.answers.items():
            self.status.addItem(text, status)
        self.add_button = QPushButton(self.tr("Add re&quest"))
        self.add_button.clicked.connect(self.add)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        answer_row = QHBoxLayout()
        answer_row.addWidget(QLabel(self.tr("Selected requests:")))
        for button in self.selection_buttons:
            answer_row.addWidget(button)
        answer_row.addStretch(1)
        new_row = QHBoxLayout()
        new_row.addWidget(QLabel(self.tr("New request from")))
        new_row.addWidget(self.requester, 1)
        new_row.addWidget(QLabel(self.tr("to")))
        new_row.addWidget(self.target, 1)
        new_row.addWidget(self.priority)
        new_row.addWidget(self.status)
        new_row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(answer_row)
        layout.addLayout(new_row)
        layout.addWidget(self.message)
        self.view.selectionModel().selectionChanged.connect(self._enable)
        self._enable()

    def _enable(self) -> None:
        on = bool(_selected_ids(self.view))
        for button in self.selection_buttons:
            button.setEnabled(on)

    def set_data(self, data: b2b.SessionData) -> None:
        keep = set(_selected_ids(self.view))
        self.data = data
        self.model.clear()
        self.model.setHorizontalHeaderLabels([self.tr("From"), self.tr("To"), self.tr("Priority"), self.tr("Answer")])
        for r in data.requests:
            status = self.answers[r.status]
            if r.accepted and r.status == B2BRequestStatus.PENDING:
                status = self.tr("auto-accepted")
            self.model.appendRow([_item(self._who(r.requester_id), r.id), _item(self._who(r.target_id)),
                                  _item(self.priorities[r.priority]), _item(status)])
        self.view.resizeColumnsToContents()
        _select(self.view, keep)
        self._enable()
        for combo in (self.requester, self.target):
            chosen = combo.currentData()
            combo.clear()
            for p in sorted(data.people, key=lambda p: p.name.casefold()):
                if p.registered:
                    combo.addItem(self._who(p.participant_id), p.participant_id)
            if chosen is not None and combo.findData(chosen) >= 0:
                combo.setCurrentIndex(combo.findData(chosen))
        if self.target.currentData() == self.requester.currentData() and self.target.count() > 1:
            self.target.setCurrentIndex(1)  # a fresh form does not start as a request to oneself

    def _who(self, participant_id: int) -> str:
        assert self.data is not None
        person = self.data.person(participant_id)
        delegation = self.data.delegation(person.delegation_id).name
        return person.name if delegation == person.name else f"{person.name} · {delegation}"

    def _do(self, text: str, redo: Callable[[], Any], undo: Callable[[], Any]) -> None:
        self.message.setText(self.run(text, redo, undo) or "")

    def add(self) -> None:
        """A new request (or a new answer for the pair's existing one); undo removes it or restores the old answer."""
        if self.data is None or self.requester.currentData() is None or self.target.currentData() is None:
            return
        new = NewRequest(int(self.requester.currentData()), int(self.target.currentData()),
                         self.priority.currentData(), self.status.currentData())
        db, meeting = self.db, self.meeting_id
        old = next((r for r in self.data.requests
                    if (r.requester_id, r.target_id) == (new.requester_id, new.target_id)), None)
        state: dict[str, int] = {}

        def redo() -> None:
            state["id"] = b2b_requests.add_requests(db, meeting, [new])[0]

        def undo() -> None:
            if old is None:
                b2b_requests.delete_requests(db, meeting, [state["id"]])
            else:
                b2b_requests.set_answers(db, meeting, [Answer(state["id"], old.status, old.priority)])

        self._do(self.tr("Add request"), redo, undo)

    def answer(self, status: B2BRequestStatus | None = None, priority: B2BPriority | None = None) -> None:
        if self.data is None:
            return
        ids = set(_selected_ids(self.view))
        before = [Answer(r.id, r.status, r.priority) for r in self.data.requests if r.id in ids]
        after = [Answer(a.request_id, status, priority) for a in before]
        db, meeting = self.db, self.meeting_id
        text = self.tr("Answer requests") if status is not None else self.tr("Change priority")
        self._do(text, lambda: b2b_requests.set_answers(db, meeting, after),
                 lambda: b2b_requests.set_answers(db, meeting, before))

    def delete(self) -> None:
        """Remove the selected requests; undo puts them back as they were (under new ids)."""
        if self.data is None:
            return
        ids = set(_selected_ids(self.view))
        rows = [NewRequest(r.requester_id, r.target_id, r.priority, r.status) for r in self.data.requests
                if r.id in ids]
        db, meeting = self.db, self.meeting_id
        state = {"ids": sorted(ids)}

        def undo() -> None:
            state["ids"] = b2b_requests.add_requests(db, meeting, rows)

        self._do(self.tr("Remove requests"), lambda: b2b_requests.delete_requests(db, meeting, state["ids"]), undo)

