"""Progress and cancellation for long use cases, without Qt.

A service that may run long takes a `Progress`, calls `step()` as it goes and stops
with `Cancelled` when the user asked it to. The GUI's task runner turns the reports
into a progress dialog; the CLI and tests pass `Progress()` and ignore them.
"""

from __future__ import annotations

import threading
from collections.abc import Callable


class Cancelled(Exception):
    """The user cancelled; whatever the use case did so far was rolled back or is reported."""


class Progress:
    def __init__(self, report: Callable[[int, int, str], None] | None = None) -> None:
        self._report = report
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def step(self, done: int, total: int, text: str = "") -> None:
        """Report how far we are; raises `Cancelled` if the user cancelled."""
        if self._cancel.is_set():
            raise Cancelled
        if self._report is not None:
            self._report(done, total, text)
