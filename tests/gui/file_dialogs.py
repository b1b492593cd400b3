"""Answering the real modal dialogs a test opens (file dialog, yes/no question), as a user would."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox


def when_modal(kind: type, act: Callable, attempts: int = 200) -> None:  # type: ignore[type-arg]
    """Call `act(widget)` once a modal `kind` is the active modal widget (polled on the event loop)."""

    def poll(left: int = attempts) -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind):
            act(widget)
        elif left:
            QTimer.singleShot(25, lambda: poll(left - 1))

    QTimer.singleShot(0, poll)


def cancel_file_dialog() -> None:
    when_modal(QFileDialog, lambda dialog: dialog.reject())


def type_file_name(path: Path, then: Callable[[], None] | None = None) -> None:
    """Type `path` into the next file dialog and press Save."""

    def act(dialog: QFileDialog) -> None:
        edit = dialog.findChild(QLineEdit, "fileNameEdit")
        assert edit is not None
        edit.setText(str(path))
        if then is not None:
            then()
        dialog.accept()

    when_modal(QFileDialog, act)


def answer_question(button: QMessageBox.StandardButton, seen: list[str],
                    then: Callable[[], None] | None = None) -> None:
    """Press `button` in the next question box, noting its text in `seen`."""

    def act(box: QMessageBox) -> None:
        seen.append(box.text())
        if then is not None:
            then()
        box.button(button).click()

    when_modal(QMessageBox, act)
