"""Background work: results arrive on the GUI thread, errors are words, cancel stops, logs hold no personal data."""

from __future__ import annotations

import logging
import threading
import time

import pytest
from PySide6.QtWidgets import QMessageBox

from klimamoeder.gui.tasks import error_text, run_task
from klimamoeder.services.errors import DomainError
from klimamoeder.services.progress import Progress


def test_the_result_arrives_on_the_gui_thread(qtbot) -> None:
    seen: list[tuple[str, bool]] = []
    task = run_task(None, "Counting", lambda _p: sum(range(1000)),
                    lambda result: seen.append((str(result), threading.current_thread() is threading.main_thread())),
                    show_dialog=False)
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert seen == [("499500", True)]
    assert task.error is None


def test_a_rule_broken_in_the_background_is_shown_as_its_message(qtbot, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))

    def work(_progress: Progress) -> None:
        raise DomainError("Linje 7, kolonne E-mail: 'ikke-en-email' er ikke en e-mail-adresse")

    task = run_task(None, "Import", work, show_dialog=False)
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert shown == ["Linje 7, kolonne E-mail: 'ikke-en-email' er ikke en e-mail-adresse"]
    assert isinstance(task.error, DomainError)


def test_cancel_stops_the_work_at_its_next_step(qtbot) -> None:
    steps: list[int] = []

    def work(progress: Progress) -> None:
        for n in range(1000):
            progress.step(n, 1000, "")
            steps.append(n)
            time.sleep(0.005)

    task = run_task(None, "Long", work, show_dialog=False)
    qtbot.waitUntil(lambda: len(steps) > 3, timeout=5000)
    task.progress.cancel()
    qtbot.waitUntil(lambda: task.was_cancelled, timeout=5000)
    assert len(steps) < 1000


def test_an_unexpected_error_is_logged_without_its_message(caplog: pytest.LogCaptureFixture) -> None:
    try:
        raise ValueError("anne.soeren@esbjerg.example could not be parsed")
    except ValueError as error:
        with caplog.at_level(logging.ERROR):
            text = error_text(error)
    assert "ValueError" in text and "anne.soeren" not in text
    assert "ValueError" in caplog.text
    assert "anne.soeren" not in caplog.text
