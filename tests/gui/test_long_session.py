"""A long working day in the window: signals emitted from Python and event-loop turns leak nothing fatal.

PySide6 6.12.0 on Python 3.11 drops a reference to ``True`` with every ``Signal.emit()`` from Python and one to
``None`` with every ``processEvents()``; after some thousands of emits (progress bars, live refresh, tables loading)
the interpreter aborts with "deallocating True or False". The pin in pyproject.toml keeps us off that release;
this test says whether an upgrade brings it back.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QObject, Signal

TURNS = 2_000


class Progress(QObject):
    """The shape of our background tasks' signals: a value, and a bare notification."""

    advanced = Signal(int)
    finished = Signal()


def references() -> tuple[int, int]:
    return sys.getrefcount(True), sys.getrefcount(None)


def test_signals_emitted_all_day_keep_true_and_none_alive(qapp: QCoreApplication) -> None:
    progress = Progress()
    seen: list[int] = []
    progress.advanced.connect(seen.append)
    progress.finished.connect(lambda: None)
    true_before, none_before = references()

    for step in range(TURNS):
        progress.advanced.emit(step)
        progress.finished.emit()
        qapp.processEvents()

    true_after, none_after = references()
    assert len(seen) == TURNS
    # A few references come and go with the interpreter's own caches; a leak is one per emit or per turn.
    assert abs(true_after - true_before) < TURNS // 10, "Signal.emit() loses references to True"
    assert abs(none_after - none_before) < TURNS // 10, "processEvents() loses references to None"
