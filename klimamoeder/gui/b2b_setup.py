"""The B2B session's set-up form: time windows and breaks, slot length, tables and who owns one.

Times are shown and typed as wall times of the meeting's own zone, whatever the PC's zone is.
The form only gathers a `SessionSettings`; the window saves it through `b2b.save_session`,
which holds every rule (windows inside the meeting, at least one slot, table numbers in range).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from ..services.b2b import DelegationRow, SessionSettings
from ..services.b2b_slots import Interval
from ..services.timeutil import to_instant


def in_zone(moment: datetime, zone: str) -> datetime:
    """An instant, or a wall time of the meeting (the details form gives those), in the meeting's zone."""
    return moment.replace(tzinfo=ZoneInfo(zone)) if moment.tzinfo is None else moment.astimezone(ZoneInfo(zone))


def _edit(zone: str, moment: datetime) -> QDateTimeEdit:
    edit = QDateTimeEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    local = in_zone(moment, zone)
    edit.setDateTime(QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute)))
    return edit


def _instant(edit: QDateTimeEdit, zone: str) -> datetime:
    value = edit.dateTime()
    day, clock = value.date(), value.time()
    return to_instant(datetime(day.year(), day.month(), day.day(), clock.hour(), clock.minute()), zone)


class PeriodList(QGroupBox):
    """Rows of start–end times: the session's windows, or its breaks."""

    def __init__(self, title: str, add_text: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.zone = "Europe/Copenhagen"
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("From"), self.tr("To")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.add_button = QPushButton(add_text)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.add_button.clicked.connect(self.add_after_last)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.fallback: Interval | None = None  # where a first row starts when the list is empty

    def set_periods(self, zone: str, periods: Sequence[Interval], fallback: Interval) -> None:
        self.zone, self.fallback = zone, fallback
        self.table.setRowCount(0)
        for start, end in periods:
            self.add(start, end)

    def add(self, start: datetime, end: datetime) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setCellWidget(row, 0, _edit(self.zone, start))
        self.table.setCellWidget(row, 1, _edit(self.zone, end))

    def add_after_last(self) -> None:
        """A new row an hour long: after the last one, or where the fallback says."""
        periods = self.periods()
        if periods:
            start = periods[-1][1] + timedelta(minutes=30)
            self.add(start, start + timedelta(hours=1))
        elif self.fallback is not None:
            self.add(*self.fallback)

    def remove_selected(self) -> None:
        for row in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(row)

    def periods(self) -> list[Interval]:
        rows = []
        for row in range(self.table.rowCount()):
            start, end = self.table.cellWidget(row, 0), self.table.cellWidget(row, 1)
            assert isinstance(start, QDateTimeEdit) and isinstance(end, QDateTimeEdit)
            rows.append((_instant(start, self.zone), _instant(end, self.zone)))
        return rows


class FixedTables(QGroupBox):
    """Tables that belong to one delegation (a host's own table, a company's stand)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Tables of their own"), parent)
        self.delegations: tuple[DelegationRow, ...] = ()
        self.table_count = 1
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Table"), self.tr("Delegation")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.hint = QLabel(self.tr("Delegations exist once the session is saved."))
        self.hint.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Give a table"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.add_button.clicked.connect(lambda: self.add(self._free_number(), None))
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def set_tables(self, delegations: Sequence[DelegationRow], table_count: int) -> None:
        self.delegations = tuple(sorted(delegations, key=lambda d: d.name.casefold()))
        self.table_count = table_count
        self.table.setRowCount(0)
        for d in delegations:
            if d.table is not None:
                self.add(d.table, d.id)
        on = bool(self.delegations)
        self.hint.setVisible(not on)
        for widget in (self.table, self.add_button, self.remove_button):
            widget.setEnabled(on)

    def _free_number(self) -> int:
        taken = {n for n, _d in self.fixed()}
        return next((n for n in range(1, 1001) if n not in taken), 1)

    def add(self, number: int, delegation_id: int | None) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        spin = QSpinBox()
        spin.setRange(1, 1000)
        spin.setValue(number)
        combo = QComboBox()
        for d in self.delegations:
            combo.addItem(d.name, d.id)
        if delegation_id is not None:
            combo.setCurrentIndex(max(0, combo.findData(delegation_id)))
        self.table.setCellWidget(row, 0, spin)
        self.table.setCellWidget(row, 1, combo)

    def remove_selected(self) -> None:
        for row in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(row)

    def fixed(self) -> tuple[tuple[int, int], ...]:
        rows = []
        for row in range(self.table.rowCount()):
            spin, combo = self.table.cellWidget(row, 0), self.table.cellWidget(row, 1)
            assert isinstance(spin, QSpinBox) and isinstance(combo, QComboBox)
            if combo.currentData() is not None:
                rows.append((spin.value(), int(combo.currentData())))
        return tuple(rows)


class SessionForm(QWidget):
    """The session's time windows and breaks, slot length, tables and where they stand."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.slot_minutes = QSpinBox()
        self.slot_minutes.setRange(5, 240)
        self.slot_minutes.setSingleStep(5)
        self.slot_minutes.setSuffix(self.tr(" min"))
        self.tables = QSpinBox()
        self.tables.setRange(1, 1000)
        self.max_meetings = QSpinBox()
        self.max_meetings.setRange(0, 1000)
        self.max_meetings.setSpecialValueText(self.tr("no limit"))
        self.location = QLineEdit()
        self.auto_accept = QCheckBox(self.tr("Count pending requests as accepted"))
        self.save = QPushButton(self.tr("Sa&ve session"))
        self.windows = PeriodList(self.tr("Time windows"), self.tr("Add window"))
        self.breaks = PeriodList(self.tr("Breaks"), self.tr("Add break"))
        self.fixed_tables = FixedTables()
        self.has_session = False
        general = QGroupBox(self.tr("B2B session"))
        form = QFormLayout(general)
        form.addRow(self.tr("Slot length"), self.slot_minutes)
        form.addRow(self.tr("Tables"), self.tables)
        form.addRow(self.tr("Most meetings per person"), self.max_meetings)
        form.addRow(self.tr("Where"), self.location)
        form.addRow(self.auto_accept)
        form.addRow(self.save)
        times = QVBoxLayout()
        times.addWidget(self.windows, 3)
        times.addWidget(self.breaks, 2)
        layout = QHBoxLayout(self)
        layout.addWidget(general, 3)
        layout.addLayout(times, 4)
        layout.addWidget(self.fixed_tables, 3)

    def fill(self, zone: str, windows: Sequence[Interval], breaks: Sequence[Interval], minutes: int, tables: int,
             location: str, auto_accept: bool, max_meetings: int | None = None,
             delegations: Sequence[DelegationRow] = (), has_session: bool = False) -> None:
        start, end = windows[0]
        self.windows.set_periods(zone, windows, (start, end))
        middle = start + (end - start) / 2
        self.breaks.set_periods(zone, breaks, (middle, middle + timedelta(minutes=15)))
        self.slot_minutes.setValue(minutes)
        self.tables.setValue(tables)
        self.max_meetings.setValue(max_meetings or 0)
        self.location.setText(location)
        self.auto_accept.setChecked(auto_accept)
        self.fixed_tables.set_tables(delegations, tables)
        self.has_session = has_session

    def settings(self) -> SessionSettings:
        """What the form says; fixed tables only once there is a session (before, there are no delegations)."""
        return SessionSettings(
            windows=tuple(self.windows.periods()), breaks=tuple(self.breaks.periods()),
            slot_minutes=self.slot_minutes.value(), table_count=self.tables.value(),
            location=self.location.text().strip(), auto_accept=self.auto_accept.isChecked(),
            default_max_meetings=self.max_meetings.value() or None,
            fixed_tables=self.fixed_tables.fixed() if self.has_session else None)
