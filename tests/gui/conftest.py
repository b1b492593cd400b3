"""GUI fixtures: a QApplication set up as the real one is (style sheet, translations, icon)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtWidgets import QApplication

from klimamoeder.gui.app import create_application


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
