"""How the window shows a failure: one line for what the user can act on, a report for our bugs.

`error_text` turns any exception into the words shown: a DomainError's own message, one
line for a failure of the environment (`failures.explain`: disk full, read-only, locked…),
else a short apology. Our bugs also get an `ErrorDialog` with "Copy details" — the program
version, the exception's type and where it happened, never its message, which may quote a
name or an address — and the same details go to the log. `install_excepthook` routes every
exception nobody caught (a slot that called a service directly) to that dialog instead of a
console that Windows users never see.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from types import TracebackType

# The rest where a dialog is built: this module is imported before the main window appears (the excepthook), and
# importing PySide's `Qt` namespace or a class like QStyle builds all their enums (~20–30 ms of the start-up).
from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from .. import APP_NAME, __version__
from ..failures import explain
from ..safe_files import OutputRefused

log = logging.getLogger(__name__)


def _has_message(error: BaseException) -> bool:
    """A DomainError, StorageError or refused output: its text is written for the user."""
    # Imported here, not at the top: the window starts before the database layer is loaded.
    from ..services.errors import DomainError
    from ..storage import StorageError

    return isinstance(error, DomainError | StorageError | OutputRefused)


def is_known(error: BaseException) -> bool:
    """A failure with a message meant for the user (not our bug)."""
    return _has_message(error) or explain(error) is not None


def error_text(error: BaseException) -> str:
    if _has_message(error):
        return str(error)
    known = explain(error)
    if known:
        return known
    log.error("Unexpected error\n%s", details(error))
    return QCoreApplication.translate(
        "Task", "Something went wrong that should not have. Nothing was changed.\n\n{error}").format(
        error=type(error).__name__
    )


def _short_path(filename: str) -> str:
    """A frame's file without the folders above the package (they can name the user: C:\\Users\\anne\\…)."""
    parts = filename.replace("\\", "/").split("/")
    for anchor in ("klimamoeder", "site-packages"):
        if anchor in parts:
            index = len(parts) - 1 - parts[::-1].index(anchor)
            return "/".join(parts[index + (anchor == "site-packages"):])
    return parts[-1]


def details(error: BaseException) -> str:
    """What a report needs and nothing personal: version, platform, type, and the frames."""
    import platform

    lines = [f"{APP_NAME} {__version__}; Python {platform.python_version()}; Qt {qVersion()}; "
             f"{platform.system()} {platform.release()}"]
    current: BaseException | None = error
    while current is not None:
        lines.append(f"{type(current).__module__}.{type(current).__qualname__}")
        lines += [f"  {_short_path(frame.filename)}:{frame.lineno} in {frame.name}"
                  for frame in traceback.extract_tb(current.__traceback__)]
        current = current.__cause__ or current.__context__
        if current is not None:
            lines.append("caused by / during:")
    return "\n".join(lines)


class ErrorDialog(QDialog):
    """The apology for a bug, with the details one click away from the clipboard."""

    def __init__(self, parent: QWidget | None, title: str, error: BaseException) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import (
            QDialogButtonBox,
            QHBoxLayout,
            QLabel,
            QPlainTextEdit,
            QPushButton,
            QStyle,
            QVBoxLayout,
        )

        super().__init__(parent)
        self.setWindowTitle(title or APP_NAME)
        self.details = details(error)
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(48, 48))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.message = QLabel(self.tr(
            "Something went wrong that should not have: this is a fault in Klimamøder, not in what you did. "
            "Your saved data is safe. If it happens again, send the details to whoever supports Klimamøder."))
        self.message.setWordWrap(True)
        self.text = QPlainTextEdit(self.details)
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text.setMinimumHeight(120)
        self.copy_button = QPushButton(self.tr("Copy details"))
        self.copy_button.clicked.connect(self.copy_details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(560, 320)

    def copy_details(self) -> None:
        from PySide6.QtGui import QGuiApplication

        QGuiApplication.clipboard().setText(self.details)
        self.copy_button.setText(self.tr("Copied"))


def show_error(parent: QWidget | None, title: str, error: BaseException) -> None:
    """A known failure as a plain warning; our bug as the dialog with details."""
    if is_known(error):
        QMessageBox.warning(parent, title, error_text(error))
        return
    _report_bug(parent, title, error)


def report_error(parent: QWidget | None, title: str, lead: str, error: BaseException) -> None:
    """As `show_error`, but it returns at once, the dialog still open: for code that runs inside a call of
    Qt's own (QUndoStack.undo calls ServiceCommand.undo), where the nested event loop of a blocking message
    box would let the user start the same action again before the first has returned."""
    if not is_known(error):
        _report_bug(parent, title, error)
        return
    box = QMessageBox(QMessageBox.Icon.Warning, title, lead, QMessageBox.StandardButton.Ok, parent)
    box.setInformativeText(error_text(error))
    _keep_open(box)


def _report_bug(parent: QWidget | None, title: str, error: BaseException) -> None:
    log.error("Unexpected error\n%s", details(error))
    _keep_open(ErrorDialog(parent, title, error))


def _keep_open(dialog: QDialog) -> None:
    """Show without waiting; a dialog without a parent would be collected while it is shown, so it is kept
    until it closes."""
    _open_reports.add(dialog)
    dialog.finished.connect(lambda _result: _open_reports.discard(dialog))
    dialog.open()


_open_reports: set[QDialog] = set()


_showing = threading.local()


def _excepthook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, tb)
        return
    if error.__traceback__ is None:
        error = error.with_traceback(tb)
    if getattr(_showing, "active", False) or threading.current_thread() is not threading.main_thread():
        log.error("Unexpected error\n%s", details(error))  # never a dialog from a worker, never two at once
        return
    _showing.active = True
    try:
        app = QApplication.instance()
        parent = app.activeWindow() if isinstance(app, QApplication) else None
        show_error(parent, APP_NAME, error)
    except Exception:  # the hook itself must never fail
        log.error("Unexpected error\n%s", details(error))
    finally:
        _showing.active = False


def _thread_excepthook(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is not None:
        log.error("Unexpected error in a thread\n%s", details(args.exc_value))


def install_excepthook() -> None:
    """From now on an exception nobody caught is shown and logged, never printed to a hidden console."""
    sys.excepthook = _excepthook
    threading.excepthook = _thread_excepthook
