"""One secretariat PC for the team tests: a separate process with its own window parts, services and listener.

It runs the real refresh path — `LiveUpdates` (its own LISTEN connection) → `events.changed` → the
Registrations tab's background reload → the table model — and answers commands from the test over a queue:
- ("begin", registration_id): the user starts typing into that row (its version and values are kept);
- ("edit", registration_id, field, value): save that field from the row as it was when typing began (or as
  this client's model shows it now), exactly as committing a cell does;
- ("resolve_mine",): save the value of the last conflict again over theirs ("Keep mine");
- ("quit",).
It reports ("model", name, time, {id: (dietary, accessibility)}) after every load, ("heard", name, author,
tables) for every notice from another client, and the outcome of every edit.
"""

from __future__ import annotations

import os
import time
import traceback
from dataclasses import replace
from pathlib import Path
from typing import Any


def run_client(url: str, name: str, meeting_id: int, folder: str, commands: Any, reports: Any) -> None:
    try:
        _run(url, name, meeting_id, folder, commands, reports)
    except BaseException:  # reported to the test, which fails on it
        reports.put(("error", name, traceback.format_exc()))


def _run(url: str, name: str, meeting_id: int, folder: str, commands: Any, reports: Any) -> None:
    os.environ["XDG_CONFIG_HOME"] = str(Path(folder) / name / "config")
    os.environ["XDG_DATA_HOME"] = str(Path(folder) / name / "data")
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from klimamoeder import settings
    from klimamoeder.gui.events import events
    from klimamoeder.gui.live import LiveUpdates
    from klimamoeder.gui.registrations_view import RegistrationsTab
    from klimamoeder.services import registrations
    from klimamoeder.services.edit_conflicts import EditConflict
    from klimamoeder.storage import open_database

    settings.update(user_name=name)
    app = QApplication.instance() or QApplication([])
    db = open_database(url)
    tab = RegistrationsTab(db)
    live = LiveUpdates(db)
    last_conflict: list[Any] = []
    started: dict[int, Any] = {}  # rows the user began typing into: the version and values the edit starts from

    def report_model() -> None:
        rows = {r.id: (r.dietary, r.accessibility) for r in tab.model.registrations()}
        reports.put(("model", name, time.time(), rows))

    def begin(reg_id: int) -> None:
        started[reg_id] = next(r for r in tab.model.registrations() if r.id == reg_id)
        reports.put(("began", name, reg_id))

    def edit(reg_id: int, field: str, value: str) -> None:
        row = started.pop(reg_id, None) or next(r for r in tab.model.registrations() if r.id == reg_id)
        mine = replace(row.fields(), **{field: value})
        try:
            registrations.register(db, meeting_id, row.person_id, mine, expected_version=row.version,
                                   base=row.fields())
        except EditConflict as error:
            last_conflict[:] = [(row.person_id, error.conflict)]
            fields = {f.name: (f.original, f.mine, f.theirs) for f in error.conflict.conflicting}
            reports.put(("conflict", name, time.time(), fields))
            return
        reports.put(("saved", name, time.time(), reg_id))
        events.changed.emit("registrations", meeting_id)  # as the window's undo command does after a save

    def resolve_mine() -> None:
        person_id, conflict = last_conflict[0]
        registrations.register(db, meeting_id, person_id, conflict.mine, expected_version=conflict.theirs_version,
                               base=conflict.theirs)
        reports.put(("saved", name, time.time(), conflict.record_id))
        events.changed.emit("registrations", meeting_id)

    def poll() -> None:
        while not commands.empty():
            command = commands.get()
            if command[0] == "quit":
                live.stop()
                db.dispose()
                app.quit()
                return
            if command[0] == "begin":
                begin(*command[1:])
            elif command[0] == "edit":
                edit(*command[1:])
            elif command[0] == "resolve_mine":
                resolve_mine()

    tab.loaded.connect(report_model)
    live.heard.connect(lambda notice: reports.put(("heard", name, notice.author, sorted(notice.tables()))))
    live.online_changed.connect(lambda online: reports.put(("online", name, online)))
    tab.show()  # a tab loads when shown, as the window's front tab does
    tab.set_meeting(meeting_id, None)
    live.start()
    timer = QTimer()
    timer.timeout.connect(poll)
    timer.start(10)
    app.exec()
