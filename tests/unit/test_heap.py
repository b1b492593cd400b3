"""The garbage collector around bulk work: paused while rows are made, never left off, kept rows settled."""

from __future__ import annotations

import gc
import threading

import pytest

from klimamoeder import heap


@pytest.fixture(autouse=True)
def _automatic_collector() -> object:
    """The window runs the collector from its own thread (gui/collector.py): these tests are about the
    interpreter's automatic collector, so it is on during each of them whatever ran before."""
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_no_collection_runs_inside_a_bulk_step_and_the_collector_resumes_after_it() -> None:
    assert gc.isenabled()
    with heap.bulk():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_overlapping_bulk_steps_in_two_threads_resume_the_collector_only_when_both_are_done() -> None:
    first_inside, second_done = threading.Event(), threading.Event()

    def other() -> None:
        with heap.bulk():
            first_inside.set()
            second_done.wait(10)

    thread = threading.Thread(target=other)
    thread.start()
    assert first_inside.wait(10)
    with heap.bulk():
        assert not gc.isenabled()
    assert not gc.isenabled(), "the other thread's step is still running"
    second_done.set()
    thread.join(10)
    assert gc.isenabled()


def test_rows_kept_from_a_bulk_step_are_out_of_the_collectors_way_and_still_freed_when_dropped() -> None:
    before = gc.get_freeze_count()
    with heap.bulk(keep=True):
        rows = [[n] for n in range(10_000)]
    kept = gc.get_freeze_count()
    assert kept >= before + 10_000
    del rows
    assert gc.get_freeze_count() <= kept - 10_000  # freed by reference counting, frozen or not


def test_a_step_that_fails_still_resumes_the_collector() -> None:
    try:
        with heap.bulk():
            raise ValueError("bad row")
    except ValueError:
        pass
    assert gc.isenabled()
