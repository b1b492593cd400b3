"""Refreshing a table in place: whatever others added, removed or changed, the table shows exactly the new
rows in the user's sort order and filter, Qt's model contract holds at every step, and the rows the user had
selected stay selected (by who they are, not where they were)."""

from __future__ import annotations

import random
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QTableView

from klimamoeder.gui.row_table import ColumnSpec, RowFilterProxy, RowTableModel

pytestmark = pytest.mark.gui


@dataclass(frozen=True)
class Person:
    id: int
    name: str


def _model() -> RowTableModel[Person]:
    return RowTableModel([ColumnSpec("Name", lambda p: p.name, lambda p: p.name.casefold())])


def _haystacks(rows: list[Person]) -> list[str]:
    return [r.name.casefold() for r in rows]


@pytest.mark.parametrize("seed", range(6))
def test_a_refresh_shows_the_new_rows_sorted_and_filtered_and_keeps_the_selection(qtbot, qtlog, seed: int) -> None:  # type: ignore[no-untyped-def]
    rng = random.Random(seed)

    def name() -> str:  # one in five is a guest, whom the user's filter hides
        return f"{'Gæst' if rng.random() < 0.2 else 'Deltager'} {rng.randrange(1000):03d}"

    model = _model()
    proxy = RowFilterProxy()
    proxy.setSourceModel(model)
    view = QTableView()
    view.setModel(proxy)
    view.setSortingEnabled(True)
    qtbot.addWidget(view)
    view.show()
    QAbstractItemModelTester(proxy, QAbstractItemModelTester.FailureReportingMode.Warning, view)
    rows = [Person(i, name()) for i in range(120)]
    model.set_rows(rows, _haystacks(rows))
    view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    proxy.set_filter_text("deltager")
    next_id = 1000
    for _round in range(12):
        chosen = {model.row_at(r).id for r in rng.sample(range(model.rowCount()), 5)}
        selection = view.selectionModel()
        selection.clear()
        for row in range(proxy.rowCount()):
            if model.row_at(row).id in chosen:
                selection.select(proxy.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                                 | QItemSelectionModel.SelectionFlag.Rows)
        # Someone else removes some, renames some (moving them in the sort), and adds some.
        rows = [r for r in rows if rng.random() > 0.1]
        rows = [Person(r.id, name()) if rng.random() < 0.1 else r for r in rows]
        many = rng.random() < 0.3  # sometimes a whole import at once
        for _new in range(rng.randrange(60 if many else 6)):
            rows.append(Person(next_id, name()))
            next_id += 1
        rng.shuffle(rows)
        given = list(rows)  # the texts made at once, or (as the registrations table does) when first needed
        model.refresh_rows(given, (lambda given=given: _haystacks(given)) if _round % 2 else _haystacks(given))

        expected = [r for r in sorted(rows, key=lambda r: r.name.casefold(), reverse=True) if "Deltager" in r.name]
        shown = [model.row_at(r) for r in range(model.rowCount())]
        assert model.total() == len(rows)
        assert [p.name for p in shown] == [p.name for p in expected]
        assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == [p.name for p in shown]
        still_there = chosen & {r.id for r in expected}
        assert {model.row_at(i.row()).id for i in selection.selectedRows()} == still_there
    assert not [m for m in qtlog.records if "FAIL" in m.message or "QAbstractItemModelTester" in m.message]
