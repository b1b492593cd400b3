"""Check-in at the door: type a few letters of a name or organisation, press Enter, or scan a badge.

A USB barcode scanner is a keyboard: it types the badge's QR code (`KM<meeting>R<registration>`)
and Enter into the search field, which recognises the code and checks that registration in.

The registered people of the day are loaded once (in the background) and matched in memory as
the user types, so a queue at the door never waits for the database; only the check-in itself
is a (small) transaction. Recent check-ins can be undone (the wrong Anne).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..services import attendance
from ..services.attendance import CheckInCandidate, CheckInRecord
from ..services.checkin_codes import CheckInCode, parse_code
from ..services.errors import DomainError
from ..storage import Database
from .dates import clock, long_date, medium_date
from .tasks import Task, error_text, run_task


def local_today() -> date:
    """Today on this PC's calendar (a function, so a test can be on the meeting's day)."""
    return date.today()


class _SearchField(QLineEdit):
    """Up/Down move in the list of matches while the typing stays here."""

    moved = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            self.moved.emit(1 if event.key() == Qt.Key.Key_Down else -1)
            return
        super().keyPressEvent(event)


class CheckInDialog(QDialog):
    loaded = Signal()  # the day's list is in memory

    def __init__(self, db: Database, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.meeting_id = db, meeting_id
        self.candidates: list[CheckInCandidate] = []
        self.matches: list[CheckInCandidate] = []
        self.task: Task | None = None
        self.setWindowTitle(self.tr("Check-in at the door"))

        self.loading = False
        self._enter_pending = False  # Enter pressed before the list was in memory: done when it is
        self.days = attendance.meeting_day_list(db, meeting_id)
        self.day = QComboBox()
        for day in self.days:
            self.day.addItem(long_date(day), day)
        today = local_today()
        if today in self.days:
            self.day.setCurrentIndex(self.days.index(today))
        self.day.currentIndexChanged.connect(self.reload)
        self.date_warning = QLabel()
        self.date_warning.setObjectName("noticeBanner")
        self.date_warning.setWordWrap(True)
        self._warn_about_the_date(today)
        self.search = _SearchField()
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.8)
        self.search.setFont(big)
        self.search.setPlaceholderText(self.tr("Name or organisation, then Enter, or scan a badge"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._update_matches)
        self.search.returnPressed.connect(self.check_in_current)
        self.search.moved.connect(self._move)
        self.list = QListWidget()
        list_font = QFont(self.font())
        list_font.setPointSizeF(list_font.pointSizeF() * 1.3)
        self.list.setFont(list_font)
        self.list.itemActivated.connect(self._activated)
        self.list_heading = QLabel()
        self.list_heading.setBuddy(self.list)
        self.feedback = QLabel()
        self.feedback.setFont(big)
        self.feedback.setWordWrap(True)
        self.counts = QLabel()
        counts_font = QFont(self.font())
        counts_font.setBold(True)
        self.counts.setFont(counts_font)
        self.recent = QListWidget()
        self.undo_button = QPushButton(self.tr("&Undo selected check-in"))
        self.undo_button.clicked.connect(self.undo_selected)

        top = QHBoxLayout()
        day_label = QLabel(self.tr("&Day:"))
        day_label.setBuddy(self.day)
        top.addWidget(day_label)
        top.addWidget(self.day)
        top.addStretch()
        top.addWidget(self.counts)
        self.day.setVisible(len(self.days) > 1)
        day_label.setVisible(len(self.days) > 1)
        recent_row = QHBoxLayout()
        recent_row.addWidget(QLabel(self.tr("Recent check-ins:")))
        recent_row.addStretch()
        recent_row.addWidget(self.undo_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.date_warning)
        layout.addLayout(top)
        layout.addWidget(self.search)
        layout.addWidget(self.list_heading)
        layout.addWidget(self.list, 2)
        layout.addWidget(self.feedback)
        layout.addLayout(recent_row)
        layout.addWidget(self.recent, 1)
        layout.addWidget(close)
        # Enter belongs to the search field, never to a default button that would close the dialog.
        for button in close.buttons():
            button.setAutoDefault(False)
        self.undo_button.setAutoDefault(False)
        self.resize(720, 620)
        self.reload()

    def current_day(self) -> date:
        value = self.day.currentData()
        return value if isinstance(value, date) else self.days[0]

    def _warn_about_the_date(self, today: date) -> None:
        """Checking people in on a day that is not the meeting's is almost always a mistake: say so."""
        if today in self.days:
            self.date_warning.hide()
            return
        if len(self.days) == 1:
            text = self.tr("⚠ Today, {today}, is not the day of this meeting ({day}). Check-ins are recorded for "
                           "{day}.").format(today=medium_date(today), day=medium_date(self.days[0]))
        else:
            text = self.tr("⚠ Today, {today}, is not a day of this meeting ({first} – {last}). Check-ins are "
                           "recorded for the day chosen below.").format(
                today=medium_date(today), first=medium_date(self.days[0]), last=medium_date(self.days[-1]))
        self.date_warning.setText(text)
        self.date_warning.show()

    def reload(self, *_args: object) -> None:
        day = self.current_day()
        self.loading = True
        self.list_heading.setText(self.tr("Loading the list…"))

        def work(_progress: object) -> tuple[list[CheckInCandidate], list[CheckInRecord]]:
            return (attendance.check_in_list(self.db, self.meeting_id, day),
                    attendance.recent_check_ins(self.db, self.meeting_id, day))

        self.task = run_task(self, self.tr("Loading"), work, self._loaded, self._failed, show_dialog=False)

    def _loaded(self, data: tuple[list[CheckInCandidate], list[CheckInRecord]]) -> None:
        self.candidates, recent = data
        self.recent.clear()
        for record in recent:
            self._add_recent(record, at_top=False)
        self.loading = False
        self._update_matches()
        self._update_counts()
        self.search.setFocus()
        if self._enter_pending:
            self._enter_pending = False
            self.check_in_current()
        self.loaded.emit()

    def _failed(self, error: BaseException) -> None:
        self.loading = self._enter_pending = False
        self.feedback.setText(error_text(error))

    def _update_counts(self) -> None:
        expected = [c for c in self.candidates if c.attends]
        checked = sum(1 for c in expected if c.checked_in_at is not None)
        self.counts.setText(self.tr("Expected {expected} · checked in {checked} · missing {missing}").format(
            expected=len(expected), checked=checked, missing=len(expected) - checked))

    def _update_matches(self, *_args: object) -> None:
        """While typing: who the letters mean. With nothing typed: who is expected today and not here yet."""
        if self.feedback.property("not_found"):  # an old "nobody matches" says nothing about the new text
            self.feedback.clear()
            self.feedback.setProperty("not_found", False)
        typed = self.search.text().strip()
        if typed:
            self.matches = attendance.match_candidates(self.candidates, typed)
            self.list_heading.setText(self.tr("&Matches:") if self.matches else "")
        else:
            self.matches = attendance.not_arrived(self.candidates)
            if not self.loading:
                self.list_heading.setText(self.tr("&Not yet arrived ({n}):").format(n=len(self.matches))
                                          if self.matches else self.tr("Everyone expected today is here."))
        self.list.clear()
        for candidate in self.matches:
            text = candidate.name + (f" — {candidate.organisation}" if candidate.organisation else "")
            if candidate.checked_in_at is not None:
                text += "  " + self.tr("(checked in {time})").format(time=clock(candidate.checked_in_at))
            elif not candidate.attends:
                text += "  " + self.tr("(not registered for this day)")
            item = QListWidgetItem(text)
            if candidate.checked_in_at is not None:
                item.setForeground(self.palette().placeholderText())
            self.list.addItem(item)
        if self.matches and typed:  # Enter takes the first match; the list of those missing has no default
            self.list.setCurrentRow(0)

    def _move(self, step: int) -> None:
        if self.list.count():
            self.list.setCurrentRow(max(0, min(self.list.count() - 1, self.list.currentRow() + step)))

    def check_in_current(self) -> None:
        """Enter: check in the badge just scanned, or the highlighted match (the first one unless the user moved)."""
        if self.loading:  # the list is not in memory yet: answer when it is, never "nobody" too early
            self._enter_pending = bool(self.search.text().strip())
            self.feedback.setText(self.tr("Loading the list…"))
            return
        code = parse_code(self.search.text())
        if code is not None:
            self._check_in_code(code)
            return
        if not self.search.text().strip():
            return  # Enter on an empty field checks nobody in (the list of those missing is not a choice)
        if not self.matches:
            self.feedback.setText(self.tr("Nobody registered matches “{text}”.").format(text=self.search.text()))
            self.feedback.setProperty("not_found", True)
            return
        row = self.list.currentRow()
        self._check_in(self.matches[row if 0 <= row < len(self.matches) else 0])

    def _activated(self, item: QListWidgetItem) -> None:
        """Enter or a double click on a name in the list (a match, or one of those not yet arrived)."""
        row = self.list.row(item)
        if 0 <= row < len(self.matches):
            self._check_in(self.matches[row])

    def _check_in_code(self, code: CheckInCode) -> None:
        """A USB scanner typed a badge's QR code and Enter: that registration, with no list to choose from."""
        self.search.clear()
        if code.meeting_id != self.meeting_id:
            self.feedback.setText("⚠ " + self.tr("This badge is for another meeting."))
            return
        candidate = next((c for c in self.candidates if c.registration_id == code.registration_id), None)
        if candidate is None:
            self.feedback.setText("⚠ " + self.tr("This badge's registration is not (or no longer) registered for "
                                                 "this meeting."))
            return
        self._check_in(candidate)

    def _check_in(self, candidate: CheckInCandidate) -> None:
        try:
            record = attendance.check_in(self.db, candidate.registration_id, self.current_day())
        except DomainError as error:
            self.feedback.setText("⚠ " + error.message)
            return
        self._replace(candidate.registration_id, record.at)
        self._add_recent(record, at_top=True)
        self.feedback.setText(self.tr("✓ {name} checked in at {time}").format(name=record.name,
                                                                               time=clock(record.at)))
        self.search.clear()
        self._update_counts()
        self.search.setFocus()

    def _replace(self, registration_id: int, at: object) -> None:
        self.candidates = [replace(c, checked_in_at=at) if c.registration_id == registration_id else c
                           for c in self.candidates]

    def _add_recent(self, record: CheckInRecord, at_top: bool) -> None:
        text = f"{clock(record.at)}  {record.name}" + (f" — {record.organisation}" if record.organisation else "")
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, (record.check_in_id, record.registration_id))
        if at_top:
            self.recent.insertItem(0, item)
            self.recent.setCurrentRow(0)
        else:
            self.recent.addItem(item)

    def undo_selected(self) -> None:
        item = self.recent.currentItem()
        if item is None:
            return
        check_in_id, registration_id = item.data(Qt.ItemDataRole.UserRole)
        attendance.undo_check_in(self.db, check_in_id)
        self.recent.takeItem(self.recent.row(item))
        self._replace(registration_id, None)
        self.feedback.setText(self.tr("Check-in undone: {name}").format(name=item.text()[7:]))
        self._update_matches()
        self._update_counts()
        self.search.setFocus()
