"""GUI fixtures: a QApplication set up as the real one is (style sheet, translations, icon)."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from klimamoeder.gui.app import create_application

FAILING = {  # pytest-qt's qt_log_level_fail levels: the message types that fail a test
    "WARNING": {QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg},
    "CRITICAL": {QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg},
}


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item, nextitem: pytest.Item | None) -> Iterator[None]:
    """A Qt warning while the test's windows are closed and deleted fails the test as well.

    pytest-qt's `qt_log_level_fail` looks at the messages of a test's setup and call only; what its fixtures
    print while they close windows (pytest-qt's own `qtbot.addWidget` cleanup included) went to the captured
    stderr of a passing test and was lost, and that is where a double delete or a wrong parent shows. What the
    teardown deleted with deleteLater() is deleted here, so that its messages are this test's, not the next's.
    """
    marker = item.get_closest_marker("qt_log_level_fail")
    failing = FAILING.get(marker.args[0] if marker else item.config.getini("qt_log_level_fail"), set())
    ignored = [re.compile(pattern) for pattern in item.config.getini("qt_log_ignore")]
    heard: list[str] = []

    def hear(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
        if kind in failing and not any(pattern.search(message) for pattern in ignored):
            heard.append(f"{kind.name}: {message}")

    previous = qInstallMessageHandler(hear)
    try:
        result = yield
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    finally:
        qInstallMessageHandler(previous)
    if heard and item.get_closest_marker("no_qt_log") is None:
        pytest.fail("Qt messages while the test was torn down:\n" + "\n".join(heard), pytrace=False)
    return result


@pytest.fixture(scope="session")
def qapp() -> QApplication:
    """pytest-qt's app fixture, replaced by ours so tests see the app users see."""
    return create_application([])


@pytest.fixture
def main_window(qtbot, demo_db) -> Iterator[object]:
    from klimamoeder.gui.main_window import MainWindow

    window = MainWindow(demo_db)
    window.show()
    qtbot.waitExposed(window)
    yield window
    if shiboken6.isValid(window):  # Settings → Language replaces (and deletes) the window it was chosen in
        window.close()
        window.deleteLater()


@pytest.fixture
def open_meeting(qtbot):
    """Select a meeting as the user does and wait until its header and details are shown: they are read in the
    background, so the click never waits for the database."""

    def select(window, meeting_id: int) -> bool:
        if not window.isVisible():
            window.show()
            qtbot.waitExposed(window)
        with qtbot.waitSignal(window.page.loaded, timeout=15000):
            chosen = window.select_meeting(meeting_id)
        return chosen

    return select


@pytest.fixture(autouse=True)
def _no_background_work_outlives_its_test(qapp: QApplication) -> Iterator[None]:
    from PySide6.QtCore import QThreadPool

    yield
    assert QThreadPool.globalInstance().waitForDone(15000), "a background task did not finish"
    qapp.processEvents()


SHOTS_WANTED = os.environ.get("KLIMAMOEDER_SHOTS")  # set by a person who wants to look at the screenshots


@pytest.fixture(autouse=True)
def _screenshot_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Screenshots go to the test's own folder unless a person asked for them (see tests/gui/shots.py)."""
    monkeypatch.setenv("KLIMAMOEDER_SHOTS", SHOTS_WANTED or str(tmp_path / "shots"))
