"""The import check's findings, one tab each: bad rows, possible duplicates, changed details, formula-like cells.

Possible duplicates are merged unless "Merge" is unticked (then a new person is created: keep both);
known people keep their stored details unless "Update" is ticked. The ticks are the import's
`Decisions`, by file line; Space toggles the tick of the selected row.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QTabWidget, QWidget

from ..services.import_review import Review, field_name
from ..services.participant_import import Decisions, ImportResult, RowProblem

LINE_ROLE = Qt.ItemDataRole.UserRole


def _setup(table: QTableWidget, headers: list[str]) -> None:
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget()
    _setup(table, headers)
    return table


def _cell(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    return item


def _tick(checked: bool, line: int) -> QTableWidgetItem:
    item = QTableWidgetItem("")
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    item.setData(LINE_ROLE, line)
    return item


class _TickTable(QTableWidget):
    """Space on any cell of a row toggles the row's tick (column 0)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and self.currentRow() >= 0:
            item = self.item(self.currentRow(), 0)
            if item is not None and item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                checked = item.checkState() == Qt.CheckState.Checked
                item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)
                return
        super().keyPressEvent(event)


def _tick_table(headers: list[str]) -> _TickTable:
    table = _TickTable()
    _setup(table, headers)
    return table


class ReviewTabs(QTabWidget):
    decisions_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.problems_view: QWidget | None = None
        self.suspects = _tick_table([self.tr("Merge"), self.tr("Line"), self.tr("In the file"),
                                     self.tr("Known person")])
        self.changed = _tick_table([self.tr("Update"), self.tr("Line"), self.tr("Person"), self.tr("Field"),
                                    self.tr("Stored"), self.tr("In the file")])
        self.risky = _table([self.tr("Line"), self.tr("Column"), self.tr("Value")])
        for table in (self.suspects, self.changed):
            table.itemChanged.connect(lambda _item: self.decisions_changed.emit())
        self._filling = False

    def add_problems(self, view: QWidget) -> None:
        self.problems_view = view
        self.addTab(view, self.tr("Problems"))
        self.addTab(self.suspects, self.tr("Possible duplicates"))
        self.addTab(self.changed, self.tr("Changed details"))
        self.addTab(self.risky, self.tr("Formula-like cells"))

    def show_review(self, problems: tuple[RowProblem, ...], review: Review, decisions: Decisions) -> None:
        """Fill the tabs; a tab with nothing in it is hidden."""
        for table in (self.suspects, self.changed):
            table.blockSignals(True)
        try:
            self.suspects.setRowCount(len(review.suspects))
            for row, s in enumerate(review.suspects):
                self.suspects.setItem(row, 0, _tick(decisions.merges(s.line), s.line))
                self.suspects.setItem(row, 1, _cell(str(s.line)))
                self.suspects.setItem(row, 2, _cell(" · ".join(p for p in (s.name, s.email, s.organisation) if p)))
                self.suspects.setItem(row, 3, _cell(" · ".join(
                    p for p in (s.person, s.person_email, s.person_organisation) if p)))
            rows = [(c, change) for c in review.changed for change in c.changes]
            self.changed.setRowCount(len(rows))
            for row, (c, change) in enumerate(rows):
                self.changed.setItem(row, 0, _tick(decisions.updates(c.line), c.line))
                for column, text in enumerate((str(c.line), c.person, field_name(change.field), change.stored,
                                               change.in_file), start=1):
                    self.changed.setItem(row, column, _cell(text))
            self.risky.setRowCount(len(review.risky))
            for row, cell in enumerate(review.risky):
                for column, text in enumerate((str(cell.line), cell.column, cell.value)):
                    self.risky.setItem(row, column, _cell(text))
        finally:
            for table in (self.suspects, self.changed):
                table.blockSignals(False)
        for table in (self.suspects, self.changed, self.risky):
            table.resizeColumnsToContents()
        counts = (len(problems), len(review.suspects), len(review.changed), len(review.risky))
        names = (self.tr("Problems ({n})"), self.tr("Possible duplicates ({n})"), self.tr("Changed details ({n})"),
                 self.tr("Formula-like cells ({n})"))
        for index, (count, name) in enumerate(zip(counts, names, strict=True)):
            self.setTabText(index, name.format(n=count))
            self.setTabVisible(index, count > 0)
        self.setVisible(any(counts))
        current = self.currentIndex()
        if not self.isTabVisible(current):
            self.setCurrentIndex(next((i for i, c in enumerate(counts) if c), 0))

    def decisions(self) -> Decisions:
        """The ticks as the import's decisions (an unticked duplicate is kept apart; a ticked change taken)."""
        keep_both = frozenset(int(self.suspects.item(r, 0).data(LINE_ROLE)) for r in range(self.suspects.rowCount())
                              if self.suspects.item(r, 0).checkState() != Qt.CheckState.Checked)
        update = frozenset(int(self.changed.item(r, 0).data(LINE_ROLE)) for r in range(self.changed.rowCount())
                           if self.changed.item(r, 0).checkState() == Qt.CheckState.Checked)
        return Decisions(keep_both=keep_both, update=update)

    def summary_lines(self, result: ImportResult) -> list[str]:
        review, lines = result.review, []
        n = len(review.suspects)
        if n:
            lines.append((self.tr("1 row looks like someone already known (same name and organisation, another "
                                  "address): merged with them unless you untick Merge.") if n == 1 else
                          self.tr("{n} rows look like people already known (same name and organisation, another "
                                  "address): merged with them unless you untick Merge.")).format(n=n))
        n = len(review.changed)
        if n:
            lines.append((self.tr("1 person already known has other details in the file: tick Update to take them.")
                          if n == 1 else
                          self.tr("{n} people already known have other details in the file: tick Update to take "
                                  "them.")).format(n=n))
        n = len(review.risky)
        if n:
            lines.append((self.tr("1 cell starts like a spreadsheet formula (= + - @): it is kept as text; look at "
                                  "it.") if n == 1 else
                          self.tr("{n} cells start like a spreadsheet formula (= + - @): they are kept as text; "
                                  "look at them.")).format(n=n))
        return lines
