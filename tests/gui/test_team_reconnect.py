"""The team's PostgreSQL server restarts under an open window: it says so quietly, reconnects by itself, and an
edit made during the outage is saved once the server is back — or reported; never dropped silently."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtWidgets import QMainWindow, QMessageBox

from klimamoeder.gui.live import ConnectionStatus, LiveUpdates, attach_live, pending
from klimamoeder.gui.meeting_form import MeetingForm
from klimamoeder.gui.meeting_page import MeetingPage
from klimamoeder.services import meetings
from klimamoeder.storage import Database, open_database
from tests.gui.shots import shot
from tests.unit.test_registrations import make_meeting, make_network

pytestmark = [pytest.mark.postgres, pytest.mark.gui, pytest.mark.timeout(120)]


@pytest.fixture
def server(postgres):  # type: ignore[no-untyped-def]
    yield postgres
    if postgres is not None:  # whatever happened, the next test finds the server running
        with contextlib.suppress(Exception):  # it was running already
            postgres.resume()


@pytest.fixture
def team_db(postgres_url: str) -> Iterator[Database]:
    from PySide6.QtCore import QThreadPool

    db = open_database(postgres_url)
    yield db
    QThreadPool.globalInstance().waitForDone(15000)  # a background load still holding a connection
    db.dispose()


def _window(qtbot, db: Database, meeting_id: int) -> tuple[QMainWindow, MeetingForm, LiveUpdates]:  # type: ignore[no-untyped-def]
    window = QMainWindow()
    page = MeetingPage(db)
    window.setCentralWidget(page)
    qtbot.addWidget(window)
    live = attach_live(window, db)
    window.resize(1000, 700)
    window.show()
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.set_meeting(meeting_id, None)
    qtbot.waitUntil(lambda: live.online is True, timeout=10000)
    return window, page.form, live


def test_a_server_restart_is_shown_quietly_and_an_edit_made_meanwhile_is_saved_when_it_is_back(
        qtbot, server, team_db: Database) -> None:  # type: ignore[no-untyped-def]
    meeting_id = make_meeting(team_db, make_network(team_db))
    window, form, live = _window(qtbot, team_db, meeting_id)
    status = window.findChild(ConnectionStatus)
    assert status is not None and not status.isVisible()
    try:
        server.halt()
        qtbot.waitUntil(lambda: live.online is False, timeout=10000)
        assert status.isVisible() and "Offline — reconnecting" in status.text()

        form.title.setText("Netværksmøde om varmeplaner")
        assert not form.save()  # not saved yet: it waits for the connection, and the form keeps the text
        assert len(pending.waiting) == 1
        assert "1 change(s) waiting for the connection" in status.text()
        assert form.title.text() == "Netværksmøde om varmeplaner"
        shot(window, "team-offline")

        server.resume()
        qtbot.waitUntil(lambda: live.online is True and not pending.waiting, timeout=20000)
        assert meetings.get_meeting(team_db, meeting_id).fields.title == "Netværksmøde om varmeplaner"
        assert not status.isVisible()
    finally:
        live.stop()


def test_a_refused_edit_after_reconnecting_is_reported_not_dropped(
        qtbot, server, team_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    meeting_id = make_meeting(team_db, make_network(team_db), capacity=5)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *_a: shown.append(text))
    _shown_window, form, live = _window(qtbot, team_db, meeting_id)
    try:
        server.halt()
        qtbot.waitUntil(lambda: live.online is False, timeout=10000)
        form.end.setDateTime(form.start.dateTime().addSecs(3600))
        form.title.setText("Netværksmøde (kort)")
        assert not form.save()
        server.resume()
        # Meanwhile someone moved the meeting to the afternoon: the waiting edit's end lies before the new start.
        other = open_database(team_db.url.render_as_string(hide_password=False))
        try:
            fresh = meetings.get_meeting(other, meeting_id)
            later = replace(fresh.fields, start=fresh.fields.start.replace(hour=14),
                            end=fresh.fields.end.replace(hour=18))
            meetings.update_meeting(other, meeting_id, later, fresh.version, fresh.fields)
        finally:
            other.dispose()
        # Both changed the end: the user keeps theirs in the dialog... and the result cannot be saved as it is.
        monkeypatch.setattr("klimamoeder.gui.conflict_dialog.ConflictDialog.exec",
                            lambda self: self._done("mine") or True)
        qtbot.waitUntil(lambda: live.online is True and not pending.waiting, timeout=20000)
        assert len(shown) == 1 and "could not be saved" in shown[0]
        assert meetings.get_meeting(team_db, meeting_id).fields.title == "Netværksmøde"
    finally:
        live.stop()
