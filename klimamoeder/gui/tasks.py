"""Background work with progress, cancel and one way of showing errors.

Every import, export and send goes through `run_task`: the work runs on Qt's thread
pool, reports arrive on the GUI thread as signals, the user can cancel, and a
`DomainError` or a known failure (disk full, locked…) is shown as its one line; a bug
is logged and shown with "Copy details" (see `errors.py`), never as a traceback.
"""

from __future__ import annotations

import atexit
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRunnable, QThreadPool, Signal  # not Qt: see Task
from PySide6.QtWidgets import QProgressDialog, QWidget

from ..progress import Cancelled, Progress  # not services.progress: importing `services` loads SQLAlchemy
from .errors import error_text, show_error

__all__ = ["Task", "error_text", "run_task", "show_error"]


class _Signals(QObject):
    progress = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[Progress], Any], signals: _Signals, progress: Progress) -> None:
        super().__init__()
        self.work, self.signals, self.progress_ = work, signals, progress

    def run(self) -> None:
        try:
            result = self.work(self.progress_)
        except Cancelled:
            self.signals.cancelled.emit()
        except BaseException as error:  # reported on the GUI thread, never lost
            self.signals.failed.emit(error)
        else:
            self.signals.succeeded.emit(result)


class Task(QObject):
    """A running background job; keep a reference until `finished` is emitted."""

    finished = Signal()

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        work: Callable[[Progress], Any],
        on_success: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        show_dialog: bool = True,
    ) -> None:
        super().__init__(parent)
        self.title = title
        self.result: Any = None
        self.error: BaseException | None = None
        self.was_cancelled = False
        self._on_success, self._on_error = on_success, on_error
        self._signals = _Signals()
        self.progress = Progress(self._signals.progress.emit)
        self.dialog: QProgressDialog | None = None
        if show_dialog:
            # Imported here: the window opens its database through this runner right after the first frame,
            # and importing PySide's `Qt` namespace builds all its enums (~13 ms on the GUI thread).
            from PySide6.QtCore import Qt

            self.dialog = QProgressDialog(title, self.tr("Cancel"), 0, 0, parent)
            self.dialog.setWindowTitle(title)
            self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self.dialog.setMinimumDuration(300)
            self.dialog.setAutoClose(False)
            self.dialog.setAutoReset(False)
            self.dialog.canceled.connect(self.progress.cancel)
        self._signals.progress.connect(self._on_progress)
        self._signals.succeeded.connect(self._succeeded)
        self._signals.failed.connect(self._failed)
        self._signals.cancelled.connect(self._cancelled)
        # The worker's end releases the task, not the task's own slots: when the widget owning the task is
        # closed while it loads, the task's C++ half goes with it (and its slots with that), but the work runs
        # on; task, signals and runnable must live until it ends, or its last emit finds "Signal source has
        # been deleted". Closing the widget asks the work to stop at its next progress step.
        for signal in (self._signals.succeeded, self._signals.failed):
            signal.connect(lambda _value, task=self: _running.discard(task))
        self._signals.cancelled.connect(lambda task=self: _running.discard(task))
        self.destroyed.connect(self.progress.cancel)
        # Owned here, not auto-deleted by the pool: a Python runnable freed on the worker thread can corrupt
        # the interpreter's reference counts (PySide), seen as crashes at exit.
        self._runnable = _Runnable(work, self._signals, self.progress)
        self._runnable.setAutoDelete(False)
        QThreadPool.globalInstance().start(self._runnable)

    def cancel(self) -> None:
        """Stop caring about this task: a queued one never starts, a running one is asked to stop at its next
        progress step, and no callback runs for it any more (it still emits `finished`)."""
        self._on_success = self._on_error = None
        self.progress.cancel()
        if QThreadPool.globalInstance().tryTake(self._runnable):
            self._cancelled()

    def _on_progress(self, done: int, total: int, text: str) -> None:
        dialog = self.dialog  # setValue() on a modal dialog runs the event loop: the task may finish inside it
        if dialog is None:
            return
        if text:
            dialog.setLabelText(text)
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total else 0)

    def _close_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None

    def _succeeded(self, result: Any) -> None:
        self._close_dialog()
        self.result = result
        if self._on_success:
            self._on_success(result)
        self.finished.emit()

    def _failed(self, error: BaseException) -> None:
        self._close_dialog()
        self.error = error
        if self._on_error:
            self._on_error(error)
        else:
            show_error(self.parent() if isinstance(self.parent(), QWidget) else None, self.title, error)
        self.finished.emit()

    def _cancelled(self) -> None:
        self._close_dialog()
        self.was_cancelled = True
        self.finished.emit()


_running: set[Task] = set()


def stop_all(timeout_ms: int = 10000) -> bool:
    """Ask every running task to stop and wait for the workers (at quit: no worker outlives the window)."""
    for task in list(_running):
        task.progress.cancel()
    return QThreadPool.globalInstance().waitForDone(timeout_ms)


def _watch_quit() -> None:
    app = QCoreApplication.instance()
    if app is not None and not app.property("klimamoeder_tasks_drain"):
        app.setProperty("klimamoeder_tasks_drain", True)
        app.aboutToQuit.connect(stop_all)
        atexit.register(stop_all)


def run_task(
    parent: QWidget | None,
    title: str,
    work: Callable[[Progress], Any],
    on_success: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    show_dialog: bool = True,
) -> Task:
    """Run `work(progress)` off the GUI thread; callbacks run on the GUI thread."""
    _watch_quit()
    task = Task(parent, title, work, on_success, on_error, show_dialog)
    _running.add(task)
    task.finished.connect(lambda: _running.discard(task))
    return task


class LatestLoad(QObject):
    """Loads a view's data in the background when the view is shown; a newer request cancels an older one.

    `request()` says the data is out of date (another meeting, a change): a shown view starts loading at once,
    a hidden one (a tab not in front) waits until it is shown. Only the newest load's result reaches `apply`,
    on the GUI thread; the work gets the task's `Progress`, and should call `progress.step()` between its
    queries so that a cancelled load stops early.
    """

    def __init__(self, view: QWidget, title: str, work: Callable[[Progress], Any],
                 apply: Callable[[Any], None], failed: Callable[[BaseException], None] | None = None) -> None:
        super().__init__(view)
        self.view, self.title, self.work, self.apply, self.failed = view, title, work, apply, failed
        self.pending = False
        self.task: Task | None = None
        view.installEventFilter(self)

    def request(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.task = None
        self.pending = True
        if self.view.isVisible():
            self._start()

    def cancel(self) -> None:
        """No data wanted any more (nothing to show): a running load is cancelled and none starts later."""
        if self.task is not None:
            self.task.cancel()
            self.task = None
        self.pending = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.Show and self.pending and self.task is None:
            self._start()
        return False

    @property
    def loading(self) -> bool:
        return self.task is not None

    def _start(self) -> None:
        self.pending = False
        task: Task

        def succeeded(result: Any) -> None:
            if self.task is task:
                self.task = None
                self.apply(result)

        def failed(error: BaseException) -> None:
            if self.task is task:
                self.task = None
                if self.failed is not None:
                    self.failed(error)
                else:
                    show_error(self.view, self.title, error)

        task = run_task(self.view, self.title, self.work, succeeded, failed, show_dialog=False)
        self.task = task
