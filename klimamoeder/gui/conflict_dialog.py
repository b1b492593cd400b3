"""The conflict dialog: someone else saved the same record first; the user chooses, field by field.

Rows are the fields where the original, their version and the user's differ. Each row offers their value
and the user's as two radio buttons, preselected the way a merge would go (the side that changed it; the
user's own value where both did). Conflicting rows are marked. The buttons:
- **Keep mine**: every field the user changed as the user has it (fields only they changed stay theirs);
- **Take theirs**: their version as it is (the user's typing is dropped, by choice);
- **Save merged**: the choices as shown;
- **Back to editing**: nothing saved; the form still holds what the user typed.
A record someone deleted offers "Save mine again" and "Let it go"; the user's own deletion of a record
someone changed offers "Delete anyway" and "Keep it".

`save_resolving` runs a versioned save and loops through this dialog until it is saved or settled.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime
from enum import Enum
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..model import Language
from ..services.agenda import PersonPick
from ..services.edit_conflicts import DELETE, Conflict, EditConflict, FieldVersions, field_label
from .labels import label

translate = QCoreApplication.translate  # literal translate("…", "…") calls, so lupdate finds them

R = TypeVar("R")
MINE, THEIRS, MERGED = "mine", "theirs", "merged"
_VALUE_WIDTH = 230


class ConflictSettled(Exception):
    """Nothing (more) is saved, by the user's choice in the conflict dialog; not an error to report.

    `took_theirs`: the user chose their version (the form should show it); else they went back to editing.
    """

    def __init__(self, took_theirs: bool = False) -> None:
        super().__init__()
        self.took_theirs = took_theirs


def show_value(name: str, value: Any, names: Mapping[str, Mapping[Any, str]]) -> str:
    """A field's value as the form would show it: names for ids, labels for choices, dates as dates."""
    if value is None or value == "":
        return translate("Conflicts", "(empty)")
    if name in names and not isinstance(value, tuple):
        return names[name].get(value, str(value))
    if isinstance(value, bool):
        return translate("Conflicts", "Yes") if value else translate("Conflicts", "No")
    if isinstance(value, Language):
        return "Dansk" if value is Language.DANISH else "English"
    if isinstance(value, Enum):
        return label(value)
    if isinstance(value, datetime):
        return value.strftime("%d-%m-%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d-%m-%Y")
    if isinstance(value, tuple):
        if not value:
            return translate("Conflicts", "All days") if name == "days" else translate("Conflicts", "(none)")
        if isinstance(value[0], PersonPick):
            people = names.get("people", {})
            return ", ".join(f"{people.get(p.person_id, p.name) or p.name} ({label(p.role)})" for p in value)
        return ", ".join(str(v) for v in value)
    return str(value)


class ConflictDialog(QDialog):
    """Shows one `Conflict`; after `exec()`, `choice` is MINE, THEIRS or MERGED and `resolved()` the values."""

    def __init__(self, conflict: Conflict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conflict = conflict
        self.choice = ""
        self._groups: dict[str, QButtonGroup] = {}
        self.setWindowTitle(self.tr("Saved by someone else meanwhile"))
        self.setObjectName("conflictDialog")
        heading = QLabel(self._heading())
        heading.setWordWrap(True)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setObjectName("conflictHeading")
        explanation = QLabel(self._explanation())
        explanation.setWordWrap(True)
        explanation.setObjectName("conflictExplanation")
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(explanation)
        layout.addWidget(self._table(), 1)
        layout.addWidget(self._buttons())
        self.setMinimumWidth(760)

    # --- text ----------------------------------------------------------------------------------
    def _heading(self) -> str:
        c = self.conflict
        if c.action == DELETE:
            text = self.tr("{what} was changed after you opened it.")
        elif c.deleted_by_them:
            text = self.tr("{what} was deleted while you were editing it.")
        else:
            text = self.tr("{what} was changed while you were editing it.")
        text = text.format(what=c.title)
        if c.by:
            text += " " + self.tr("(by {author})").format(author=c.by)
        return text

    def _explanation(self) -> str:
        c = self.conflict
        if c.action == DELETE:
            return self.tr("Their changes are shown below. Delete it anyway, or keep it with their changes?")
        if c.deleted_by_them:
            return self.tr("Nothing you typed is lost: save your version again as a new record, or let it go.")
        clashes = len(c.conflicting)
        if clashes:
            return self.tr("You both changed {count} field(s), marked ⚠. Choose which value to keep in each row, "
                           "or keep all of yours or all of theirs. Nothing is saved until you choose.").format(
                count=clashes)
        return self.tr("Your changes and theirs touch different fields and can be merged.")

    # --- the table of fields -------------------------------------------------------------------
    def _table(self) -> QWidget:
        c = self.conflict
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(6)
        their_word = self.tr("Theirs (deleted)") if c.deleted_by_them else self.tr("Theirs (saved now)")
        mine_word = self.tr("Yours (deleting)") if c.action == DELETE else self.tr("Yours")
        for column, text in enumerate((self.tr("Field"), self.tr("Original"), their_word, mine_word)):
            header = QLabel(f"<b>{text}</b>")
            grid.addWidget(header, 0, column)
        # Where theirs and mine already agree there is nothing to choose (the form took their change in).
        shown = [f for f in c.fields if c.action == DELETE or c.deleted_by_them or f.mine != f.theirs]
        for row, version in enumerate(shown, start=1):
            self._add_row(grid, row, version)
        if not shown:
            grid.addWidget(QLabel(self.tr("(no field differs)")), 1, 0, 1, 4)
        grid.setRowStretch(len(shown) + 1, 1)
        for column in (1, 2, 3):  # the three versions share the width alike
            grid.setColumnStretch(column, 1)
        inner = QWidget()
        inner.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        return scroll

    def _value_label(self, text: str) -> QLabel:
        shown = QLabel(text)
        shown.setWordWrap(True)
        shown.setTextFormat(Qt.TextFormat.PlainText)
        shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        shown.setMinimumWidth(_VALUE_WIDTH // 2)
        shown.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        return shown

    def _add_row(self, grid: QGridLayout, row: int, version: FieldVersions) -> None:
        c = self.conflict
        names = c.names
        name = field_label(version.name)
        top = Qt.AlignmentFlag.AlignTop
        grid.addWidget(QLabel(("⚠ " if version.conflicting else "") + name), row, 0, top)
        grid.addWidget(self._value_label(show_value(version.name, version.original, names)), row, 1, top)
        if c.action == DELETE or c.deleted_by_them:
            their_text = show_value(version.name, version.theirs, names) if not c.deleted_by_them else "—"
            mine_text = show_value(version.name, version.mine, names) if c.action != DELETE else "—"
            grid.addWidget(self._value_label(their_text), row, 2, top)
            grid.addWidget(self._value_label(mine_text), row, 3, top)
            return
        group = QButtonGroup(self)
        for column, side, value in ((2, THEIRS, version.theirs), (3, MINE, version.mine)):
            text = show_value(version.name, value, names)
            # The value in a wrapping label beside the button: a radio button's own text never wraps, and a
            # long note must be read whole before choosing. Clicking the text chooses it too.
            button = QRadioButton()
            button.setProperty("side", side)
            button.setObjectName(f"{version.name}:{side}")
            button.setAccessibleName(text)
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            group.addButton(button)
            shown = self._value_label(text)  # no buddy: "&" in a name must stay a character, not a shortcut
            shown.mousePressEvent = lambda _event, b=button: b.setChecked(True)  # type: ignore[method-assign]
            if version.conflicting:
                shown.setStyleSheet("font-weight: 600;")
            cell = QWidget()
            inner = QHBoxLayout(cell)
            inner.setContentsMargins(0, 0, 0, 0)
            inner.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            inner.addWidget(shown, 1, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(cell, row, column, Qt.AlignmentFlag.AlignTop)
        group.buttons()[1 if version.mine_changed else 0].setChecked(True)
        self._groups[version.name] = group

    # --- buttons ------------------------------------------------------------------------------
    def _buttons(self) -> QDialogButtonBox:
        box = QDialogButtonBox()
        c = self.conflict
        if c.action == DELETE:
            mine_text, theirs_text = self.tr("Delete &anyway"), self.tr("&Keep it")
        elif c.deleted_by_them:
            mine_text, theirs_text = self.tr("&Save mine again"), self.tr("&Let it go")
        else:
            mine_text, theirs_text = self.tr("&Keep mine"), self.tr("&Take theirs")
        self.mine_button = box.addButton(mine_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.theirs_button = box.addButton(theirs_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button: QPushButton | None = None
        if c.action != DELETE and not c.deleted_by_them:
            self.merge_button = box.addButton(self.tr("Save &merged"), QDialogButtonBox.ButtonRole.AcceptRole)
            self.merge_button.setDefault(True)
        cancel_text = self.tr("&Cancel") if c.action == DELETE else self.tr("&Back to editing")
        self.cancel_button = box.addButton(cancel_text, QDialogButtonBox.ButtonRole.RejectRole)
        self.mine_button.clicked.connect(lambda: self._done(MINE))
        self.theirs_button.clicked.connect(lambda: self._done(THEIRS))
        if self.merge_button is not None:
            self.merge_button.clicked.connect(lambda: self._done(MERGED))
        self.cancel_button.clicked.connect(self.reject)
        return box

    def _done(self, choice: str) -> None:
        self.choice = choice
        self.accept()

    def choices(self) -> dict[str, str]:
        """Per field, the side chosen in the table."""
        found = {}
        for name, group in self._groups.items():
            checked = group.checkedButton()
            found[name] = str(checked.property("side")) if checked is not None else MINE
        return found

    def resolved(self) -> Any:
        """The values to save for the user's choice (for MINE/MERGED; THEIRS saves nothing)."""
        c = self.conflict
        if c.theirs is None:
            return c.mine
        if self.choice == MINE:
            return c.merged({})  # every field the user changed as the user has it; the rest as saved now
        if self.choice == THEIRS:
            return c.theirs
        return c.merged(self.choices())


def save_resolving(parent: QWidget | None, save: Callable[[Any, int | None, Any], R], mine: Any,
                   version: int | None, base: Any, recreate: Callable[[Any], R] | None = None) -> R:
    """Save `mine` (as `save(mine, expected_version, base)`); after a lost race, ask and save the choice.

    Raises `ConflictSettled` when the user takes theirs or goes back to editing: nothing more was saved.
    """
    while True:
        try:
            return save(mine, version, base)
        except EditConflict as error:
            conflict = error.conflict
            dialog = ConflictDialog(conflict, parent)
            if not dialog.exec() or dialog.choice == THEIRS:
                raise ConflictSettled(dialog.choice == THEIRS) from error
            if conflict.deleted_by_them:
                if recreate is None:
                    raise
                return recreate(dialog.resolved())
            mine, version, base = dialog.resolved(), conflict.theirs_version, conflict.theirs


def delete_resolving(parent: QWidget | None, delete: Callable[[bool], R]) -> R:
    """Delete (`delete(check=True)` checks versions); a record changed meanwhile asks "delete anyway?"."""
    try:
        return delete(True)
    except EditConflict as error:
        dialog = ConflictDialog(error.conflict, parent)
        if not dialog.exec() or dialog.choice == THEIRS:
            raise ConflictSettled(dialog.choice == THEIRS) from error
        return delete(False)
