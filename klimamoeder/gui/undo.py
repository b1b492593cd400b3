"""One undo mechanism for every editor: QUndoCommands that call services.

A command holds two plain callables (redo, undo) that each run one service use case,
i.e. one transaction. The first redo() is the user's action itself, so pushing a
command performs it. If a service refuses (a rule or a concurrent edit), the error
is shown, the stack is left as it was before, and nothing is half-done. An undo the
service refuses is reported in a message that does not wait: QUndoStack.undo() is still
running, and a nested event loop would let Ctrl+Z start a second undo inside the first.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from .errors import report_error
from .events import events
from .tasks import error_text


class ServiceCommand(QUndoCommand):
    def __init__(
        self,
        text: str,
        redo: Callable[[], Any],
        undo: Callable[[], Any],
        changed: tuple[str, int | None] | None = None,
    ) -> None:
        super().__init__(text)
        self.label = text  # kept in Python: Qt deletes an obsolete command on push
        self._redo, self._undo = redo, undo
        self._changed = changed
        self.error: BaseException | None = None

    def fresh(self) -> ServiceCommand:
        """The same change as a new command, to try again (Qt deletes a command that failed on push)."""
        return ServiceCommand(self.label, self._redo, self._undo, self._changed)

    def _notify(self) -> None:
        if self._changed is not None:
            events.changed.emit(*self._changed)

    def redo(self) -> None:
        try:
            self._redo()
        except Exception as error:  # surfaced by push_command, which drops the command
            self.error = error
            self.setObsolete(True)
            return
        self._notify()

    def undo(self) -> None:
        try:
            self._undo()
        except Exception as error:
            self.error = error
            if not _settled(error):
                lead = QCoreApplication.translate("ServiceCommand", "Could not undo: {action}")
                report_error(QApplication.activeWindow(), self.label, lead.format(action=self.label), error)
            return
        self._notify()


def push_command(stack: QUndoStack, command: ServiceCommand, parent: QWidget | None = None) -> bool:
    """Do the command and put it on the stack; False (with a message) if the service refused.

    While the team database is unreachable, the change waits (`live.pending`) and is saved when the
    connection is back, or reported then; it is never dropped silently.
    """
    from .live import connection_lost, pending

    if pending.offline:
        pending.add(stack, command, parent)
        return False
    stack.push(command)
    if command.error is not None:
        if connection_lost(command.error):
            pending.add(stack, command.fresh(), parent)
        elif not _settled(command.error):
            QMessageBox.warning(parent, command.label, error_text(command.error))
        return False
    return True


def _settled(error: BaseException) -> bool:
    """The user settled a conflict without saving (took theirs, or went back to editing): nothing to report."""
    from .conflict_dialog import ConflictSettled

    return isinstance(error, ConflictSettled)
