"""Cyclic garbage is collected on the GUI thread only: a Qt object caught in a cycle never dies in a worker."""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QObject, QThread
from pytestqt.qtbot import QtBot

from klimamoeder import heap
from klimamoeder.gui import collector


def test_the_window_s_collector_frees_a_qt_object_in_a_cycle_on_the_gui_thread(qtbot: QtBot, qapp) -> None:
    assert not gc.isenabled(), "the automatic collector would run in whichever thread allocates"
    destroyed_in: list[bool] = []
    done = threading.Event()

    def make_cycle() -> None:
        holder: dict[str, object] = {}
        obj = QObject()
        obj.destroyed.connect(lambda: (destroyed_in.append(QThread.currentThread() is qapp.thread()), done.set()))
        holder["self"], holder["obj"] = holder, obj  # a cycle: only the cyclic collector frees it

    make_cycle()
    worker = threading.Thread(target=lambda: len([[n] for n in range(50_000)]))  # would start a collection there
    worker.start()
    worker.join(30)
    assert not destroyed_in, "nothing collected in the worker"
    kept = [[n] for n in range(1000)]  # past the young generation's threshold: a collection is due
    qtbot.waitUntil(done.is_set, timeout=5000)
    del kept
    assert destroyed_in == [True]
    assert collector.install(qapp) is collector.install(qapp)  # one collector per application


def test_no_collection_runs_while_a_bulk_step_is_making_rows_in_a_worker(qtbot: QtBot, qapp) -> None:
    # A table of 100,000 registrations is read in a bulk step (heap.bulk): collecting meanwhile would walk every
    # row just made, on the GUI thread, holding the interpreter's lock.
    assert not gc.isenabled()
    inside, leave, collected = threading.Event(), threading.Event(), []
    gc.callbacks.append(on_collect := lambda phase, _info: collected.append(phase) if phase == "start" else None)
    try:
        def bulk_step() -> None:
            with heap.bulk():
                kept = [[n] for n in range(5000)]  # far past the young generation's threshold
                inside.set()
                leave.wait(10)
                del kept

        worker = threading.Thread(target=bulk_step)
        worker.start()
        assert inside.wait(10)
        window_collector = collector.install(qapp)
        window_collector.check()  # what its timer does: a collection is due, but a bulk step is running
        assert collected == []
        leave.set()
        worker.join(10)
        kept = [[n] for n in range(1000)]  # after the step the collector collects as before
        window_collector.check()
        assert collected == ["start"]
        del kept
    finally:
        leave.set()
        gc.callbacks.remove(on_collect)
