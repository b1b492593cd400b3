"""A table model over plain rows and its sort/filter proxy, fast enough for 20,000 registrations.

Columns are declared once (header, display text, raw value); raw values are exposed under
`RAW_ROLE`, and sorting compares them (dates, numbers and days sort right).

Both sorting and filtering are asked of the proxy (the views talk to it), but carried out by the source
model in plain Python, because Qt's per-row virtual calls into Python are what costs time with 20,000 rows:
- sorting: ~300,000 `lessThan` calls take about a second; one `sorted()` with a key ~20 ms;
- filtering: 20,000 `filterAcceptsRow` calls per keystroke take 50–250 ms; a list comprehension
  over precomputed lower-cased texts plus one model reset takes ~10 ms.
Every typed word must occur in a row's text for the row to be shown. The source model shows only the rows
passing the filter, in the sorted order, so the proxy maps each row to itself: a `QIdentityProxyModel`.
A `QSortFilterProxyModel` there did the same with a mapping of its own, rebuilt at every reset, and asked the
source for an index (two calls into Python: `rowCount`, `columnCount`) for every value a painted cell reads:
~3,500 calls a screenful, a third of each repaint.

The searchable texts may be given as a function that makes them: the rows are shown at once, and the texts
are made when the filter first needs them — or before, in the background, handed over by `haystacks_made`
(making them for 20,000 registrations is ~30 ms, a third of the table's load, that the user need not wait for).
While they are being made there (`expect_haystacks`), a filter typed meanwhile waits for them instead of making
them on the GUI thread during the keystroke (~150 ms at 100,000 rows), and is applied when they come.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QIdentityProxyModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

_MANY_RUNS = 32  # more separate insertions and removals than this: one layout change instead

RAW_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1
Row = TypeVar("Row")
AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class ColumnSpec(Generic[Row]):
    header: str
    display: Callable[[Row], str]
    raw: Callable[[Row], Any]
    align_right: bool = False
    editable: bool = False  # typed into in place; the view's delegate hands the text to the tab, which saves it


_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.TextAlignmentRole,
                    RAW_ROLE, ID_ROLE, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.BackgroundRole})
_BACKGROUND, _TOOLTIP = Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def _sort_key(value: Any) -> tuple[int, Any]:
    """None last; everything else compared as itself (all raw values of one column share a type)."""
    return (1, 0) if value is None else (0, value)


def _id_attribute(row: Any) -> Any:
    return getattr(row, "id", None)


class RowTableModel(QAbstractTableModel, Generic[Row]):
    """Read-only rows; `set_rows` replaces them in one reset. Shows the rows passing the filter."""

    # A row's identity: rows are matched across refreshes by it, and `ID_ROLE` and the marks use it.
    row_id: Callable[[Any], Any] = staticmethod(_id_attribute)

    def __init__(self, columns: Sequence[ColumnSpec[Row]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Row] = []  # every row, in the current sort order
        self._haystacks: list[str] | None = []  # lower-cased searchable text, parallel to rows; None: not made yet
        self._given: list[Row] = []  # the rows as given to set_rows, the order a haystack maker makes them in
        self._make_haystacks: Callable[[], list[str]] | None = None
        self._came_from: list[int] | None = None  # while not made: position in `rows` → index in `_given` (None: same)
        self._coming: list[Row] | None = None  # rows whose texts are being made elsewhere (`expect_haystacks`)
        self._typed: tuple[list[str], Callable[[Row], bool] | None] | None = None  # a filter waiting for them
        self.shown: list[int] | None = None  # indexes into rows passing the filter; None = all
        self._words: list[str] = []
        self._extra: Callable[[Row], bool] | None = None
        self._sorted_by: tuple[int, Qt.SortOrder] | None = None
        # Rows someone else just changed (id → "Changed by Mette just now"), tinted until `unmark`.
        self.marks: dict[Any, str] = {}
        self.mark_brush: Any = None

    # --- content ---------------------------------------------------------------
    def set_rows(self, rows: list[Row], haystacks: list[str] | Callable[[], list[str]] | None = None) -> None:
        """New content (a reload keeps the user's sort order and filter). `haystacks`: each row's lower-cased
        searchable text, in the order of `rows`, or a function making that list (see the module's docstring)."""
        self._take_typed()
        self.beginResetModel()
        self._take(rows, haystacks)
        if self._sorted_by is not None:
            self._reorder(self._order(*self._sorted_by))
        self.shown = self._passing()
        self.endResetModel()

    def haystacks_made(self, rows: list[Row], haystacks: list[str]) -> None:
        """The searchable texts of `rows` (the list given to `set_rows`), made elsewhere; ignored when other rows
        were set since, or the filter already made them. A filter typed while they were awaited is applied now."""
        if self.needs_haystacks(rows):
            self._use_haystacks(haystacks)
        self._arrived(rows)

    def expect_haystacks(self, rows: list[Row]) -> None:
        """The texts of `rows` (the list given to `set_rows`) are being made elsewhere and will come through
        `haystacks_made` (or `haystacks_missing`): a filter typed before they come waits for them, the table
        showing what it shows, instead of making them here, on the GUI thread, in the middle of a keystroke."""
        if self.needs_haystacks(rows):
            self._coming = rows

    def haystacks_missing(self, rows: list[Row]) -> None:
        """The texts expected for `rows` will not come (their maker failed): a waiting filter makes them now."""
        self._arrived(rows)

    def _arrived(self, rows: list[Row]) -> None:
        if self._coming is rows:
            self._coming = None
            if self._typed is not None and rows is self._given:
                self.set_filter(*self._typed)

    def _take_typed(self) -> None:
        """New rows: a filter typed while texts were awaited becomes the filter (they have texts of their own)."""
        if self._typed is not None:
            self._words, self._extra = self._typed
            self._typed = None

    def needs_haystacks(self, rows: list[Row]) -> bool:
        """Whether `rows` (a list given to `set_rows`) is the content and its searchable texts are not made yet."""
        return rows is self._given and self._haystacks is None

    def _searchable(self) -> list[str]:
        if self._haystacks is None:
            assert self._make_haystacks is not None
            self._use_haystacks(self._make_haystacks())
        assert self._haystacks is not None
        return self._haystacks

    def _use_haystacks(self, made: list[str]) -> None:
        came_from = self._came_from
        self._haystacks = made if came_from is None else [made[i] for i in came_from]
        self._make_haystacks = self._came_from = None

    # The content's state: rows, their searchable texts (made or still to make) and the rows passing the filter.
    _State = tuple[list[Row], list[str] | None, list[Row], Callable[[], list[str]] | None, list[int] | None,
                   list[int] | None]

    def _state(self) -> _State:
        return self.rows, self._haystacks, self._given, self._make_haystacks, self._came_from, self.shown

    def _restore(self, state: _State) -> None:
        self.rows, self._haystacks, self._given, self._make_haystacks, self._came_from, self.shown = state

    def _take(self, rows: list[Row], haystacks: list[str] | Callable[[], list[str]] | None) -> None:
        self.rows = self._given = rows
        self._came_from = None
        if callable(haystacks):
            self._haystacks, self._make_haystacks = None, haystacks
        else:
            self._haystacks = haystacks if haystacks is not None else [""] * len(rows)
            self._make_haystacks = None

    def refresh_rows(self, rows: list[Row], haystacks: list[str] | Callable[[], list[str]] | None = None,
                     keep: Sequence[Any] = ()) -> None:
        """New content of the same table (someone changed something): rows that stay keep their selection and
        any open editor, rows go and come with remove/insert signals, changed rows get `dataChanged`.

        A reset would close the editor the user is typing in and lose the selection; this never resets.
        Rows whose ids are in `keep` stay even if they are gone from `rows` (the row being edited: its save
        will tell the user it was deleted, and offer to save it again). Rows are matched by their `id`.
        `haystacks` as for `set_rows` (a function: made when the filter needs them, or by `haystacks_made`).
        """
        row_id = self.row_id
        self._take_typed()
        present = set(map(row_id, rows)) if keep else set()
        kept = [n for n, row in enumerate(self.rows) if keep and row_id(row) in keep and row_id(row) not in present]
        if kept:  # rare (the row being edited was deleted meanwhile): its text joins the new ones, made now
            made = haystacks() if callable(haystacks) else haystacks or [""] * len(rows)
            old = self._searchable()
            rows, haystacks = [*rows, *(self.rows[n] for n in kept)], [*made, *(old[n] for n in kept)]
        before = self.rows if self.shown is None else [self.rows[i] for i in self.shown]
        arranged = self._arranged(rows, haystacks)
        final_rows, final_shown = arranged[0], arranged[5]
        after = final_rows if final_shown is None else [final_rows[i] for i in final_shown]
        old_ids, new_ids = list(map(row_id, before)), list(map(row_id, after))
        if old_ids != new_ids:
            self._transition(before, old_ids, after, new_ids)
        self._restore(arranged)
        self._changed_rows(before, old_ids, after, new_ids)

    def _arranged(self, rows: list[Row], haystacks: list[str] | Callable[[], list[str]] | None) -> _State:
        """`rows` in the current sort order, and which pass the current filter (the model is left as it was)."""
        saved = self._state()
        self._take(rows, haystacks)
        if self._sorted_by is not None:
            self._reorder(self._order(*self._sorted_by))
        self.shown = self._passing()
        arranged = self._state()
        self._restore(saved)
        return arranged

    def _show_plainly(self, visible: list[Row]) -> None:
        # During the steps of a refresh the model shows exactly `visible` (no filter), so every signal is true.
        self._take(visible, None)
        self.shown = None

    def _transition(self, before: list[Row], old_ids: list[Any], after: list[Row], new_ids: list[Any]) -> None:
        """Remove the rows that went, reorder the rest, insert the new ones: each step a true Qt signal.

        Many scattered changes at once (someone imported a file) make one layout change instead of hundreds
        of signals; persistent indexes (selection, the cell being edited) follow their rows either way.
        """
        wanted = set(new_ids)
        removed = _runs([i for i, row_id in enumerate(old_ids) if row_id not in wanted])
        staying = set(old_ids)
        added = _runs([i for i, row_id in enumerate(new_ids) if row_id not in staying])
        if len(removed) + len(added) > _MANY_RUNS:
            self._relayout(old_ids, after, new_ids)
            return
        visible, ids = list(before), list(old_ids)
        for first, last in reversed(removed):
            self.beginRemoveRows(QModelIndex(), first, last)
            del visible[first:last + 1], ids[first:last + 1]
            self._show_plainly(visible)
            self.endRemoveRows()
        order_ids = [row_id for row_id in new_ids if row_id in staying]
        if order_ids != ids:
            self._relayout(ids, [r for r in after if self.row_id(r) in staying], order_ids)
            visible, ids = self.rows, order_ids
        for first, last in added:
            self.beginInsertRows(QModelIndex(), first, last)
            visible[first:first] = after[first:last + 1]
            ids[first:first] = new_ids[first:last + 1]
            self._show_plainly(visible)
            self.endInsertRows()

    def _relayout(self, old_ids: list[Any], rows: list[Row], ids: list[Any]) -> None:
        self.layoutAboutToBeChanged.emit()
        old_persistent = self.persistentIndexList()
        position = {row_id: n for n, row_id in enumerate(ids)}
        self._show_plainly(rows)  # first: index() only makes indexes for rows the model has now
        moved = [self.index(position[old_ids[i.row()]], i.column())
                 if 0 <= i.row() < len(old_ids) and old_ids[i.row()] in position else QModelIndex()
                 for i in old_persistent]
        self.changePersistentIndexList(old_persistent, moved)
        self.layoutChanged.emit()

    def _changed_rows(self, before: list[Row], old_ids: list[Any], after: list[Row], new_ids: list[Any]) -> None:
        if old_ids == new_ids:  # the usual case: same rows in the same places, compare side by side
            changed = [n for n, (old, new) in enumerate(zip(before, after, strict=True)) if old != new]
        else:
            old = dict(zip(old_ids, before, strict=True))
            changed = [n for n, (row_id, new) in enumerate(zip(new_ids, after, strict=True))
                       if row_id in old and old[row_id] != new]
        if changed:
            self.dataChanged.emit(self.index(changed[0], 0), self.index(changed[-1], len(self.columns) - 1))

    def mark(self, marks: dict[Any, str]) -> None:
        """Tint rows someone else just changed, with who did it in the tooltip (`marks`: id → text)."""
        self.marks = dict(marks)
        if self.mark_brush is None:
            from PySide6.QtGui import QGuiApplication

            self.mark_brush = QGuiApplication.palette().toolTipBase()  # a quiet tint every theme has
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, len(self.columns) - 1),
                                  [_BACKGROUND, _TOOLTIP])

    def set_filter(self, words: list[str], extra: Callable[[Row], bool] | None = None) -> None:
        if words and self._haystacks is None and self._coming is not None and self._coming is self._given:
            self._typed = (words, extra)  # applied when the texts come (`expect_haystacks`)
            return
        self._typed = None
        # Typing on narrows the shown rows: then only those need looking at again.
        narrowing = (self.shown is not None and extra is self._extra
                     and all(any(old in new for new in words) for old in self._words))
        within = self.shown if narrowing else None
        self.beginResetModel()
        self._words, self._extra = words, extra
        self.shown = self._passing(within)
        self.endResetModel()

    def _passing(self, within: list[int] | None = None) -> list[int] | None:
        """Indexes of the rows containing every word (one plain comprehension per word)."""
        words, extra = self._words, self._extra
        if not words and extra is None:
            return None
        rows = self.rows
        passing = within if within is not None else range(len(rows))
        haystacks = self._searchable() if words else []
        for word in words:
            passing = [i for i in passing if word in haystacks[i]]
        if extra is not None:
            passing = [i for i in passing if extra(rows[i])]
        return list(passing)

    def total(self) -> int:
        return len(self.rows)

    def row_at(self, row: int) -> Row:
        """The row object shown at model row `row`."""
        return self.rows[row if self.shown is None else self.shown[row]]

    # --- Qt model ------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        if parent.isValid():
            return 0
        return len(self.rows) if self.shown is None else len(self.shown)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called thousands of times per repaint: unknown roles leave first, no helper calls.
        if role not in _ROLES or not index.isValid():
            return None
        number, shown = index.row(), self.shown
        if number >= (len(self.rows) if shown is None else len(shown)):
            return None
        row = self.rows[number if shown is None else shown[number]]
        if role == _BACKGROUND:
            return self.mark_brush if self.marks and self.row_id(row) in self.marks else None
        column = self.columns[index.column()]
        if role == _TOOLTIP and self.marks and self.row_id(row) in self.marks:
            return f"{column.display(row)}\n{self.marks[self.row_id(row)]}"
        if role == RAW_ROLE:
            return column.raw(row)
        if role == ID_ROLE:
            return self.row_id(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column.align_right else None
        return column.display(row)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self.columns[index.column()].editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].header if 0 <= section < len(self.columns) else None
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort every row by the column's raw value; selections follow their rows."""
        if not 0 <= column < len(self.columns):
            self._sorted_by = None
            return
        self._sorted_by = (column, order)
        if not self.rows:
            return
        self.layoutAboutToBeChanged.emit()
        old_persistent = self.persistentIndexList()
        old_objects = [self.row_at(i.row()) for i in old_persistent]
        self._reorder(self._order(column, order))
        self.shown = self._passing()
        position = {id(self.row_at(r)): r for r in range(self.rowCount())}
        self.changePersistentIndexList(old_persistent, [
            self.index(position[id(obj)], i.column()) if id(obj) in position else QModelIndex()
            for obj, i in zip(old_objects, old_persistent, strict=True)])
        self.layoutChanged.emit()


    def _order(self, column: int, order: Qt.SortOrder) -> list[int]:
        raw = self.columns[column].raw
        keys: list[Any] = [raw(r) for r in self.rows]
        if any(k is None for k in keys):
            keys = [_sort_key(k) for k in keys]
        return sorted(range(len(keys)), key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder)

    def _reorder(self, order_of: list[int]) -> None:
        self.rows = [self.rows[i] for i in order_of]
        if self._haystacks is not None:
            self._haystacks = [self._haystacks[i] for i in order_of]
        else:  # remember where each row came from, to put the texts in the same order when they are made
            self._came_from = order_of if self._came_from is None else [self._came_from[i] for i in order_of]


def _runs(indexes: list[int]) -> list[tuple[int, int]]:
    """Sorted indexes as (first, last) runs of consecutive numbers."""
    runs: list[tuple[int, int]] = []
    for i in indexes:
        if runs and runs[-1][1] == i - 1:
            runs[-1] = (runs[-1][0], i)
        else:
            runs.append((i, i))
    return runs


class RowFilterProxy(QIdentityProxyModel):
    """The view's model: filter as you type and sort, both carried out by the source (see above); every row
    is the source's row of the same number."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._extra: Callable[[Any], bool] | None = None

    def source(self) -> RowTableModel[Any]:
        model = self.sourceModel()
        assert isinstance(model, RowTableModel)
        return model

    def set_filter_text(self, text: str) -> None:
        words = text.casefold().split()
        if words != self._words:
            self._words = words
            self.source().set_filter(self._words, self._extra)

    def set_extra_filter(self, extra: Callable[[Any], bool] | None) -> None:
        """A second condition on the row object (a day or status picker), combined with the words."""
        self._extra = extra
        self.source().set_filter(self._words, self._extra)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        if model is not None:
            model.sort(column, order)

    def source_rows(self, proxy_rows: Sequence[int]) -> list[int]:
        return [self.mapToSource(self.index(r, 0)).row() for r in proxy_rows]
