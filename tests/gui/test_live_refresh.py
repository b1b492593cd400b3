"""The registrations table refreshes itself when another process changes the database — while the user is
typing into a cell. The typing, the selection and the scroll position stay; the others' changes appear.

The other process is the real command line next to the window, on the same SQLite file: the window notices
through `PRAGMA data_version` and reloads in the background.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit

from klimamoeder.gui.live import LiveUpdates
from klimamoeder.gui.registrations_model import DIETARY, NAME
from klimamoeder.gui.registrations_view import RegistrationsTab
from klimamoeder.services import participant_import, registrations
from klimamoeder.storage import Database, open_database
from tests.gui.shots import shot
from tests.unit.test_registrations import make_meeting, make_network

pytestmark = pytest.mark.gui


@pytest.fixture
def team_file(tmp_path: Path) -> Iterator[tuple[Database, int]]:
    db = open_database(tmp_path / "sekretariat.sqlite3")
    meeting = make_meeting(db, make_network(db))
    rows = "\n".join(f"Deltager {n:02d};d{n:02d}@kommune.example;tilmeldt" for n in range(60))
    participant_import.import_file(db, meeting, f"Navn;E-mail;Status\n{rows}".encode(), "deltagere.csv")
    yield db, meeting
    db.dispose()


def _cli(db: Database, *args: str) -> None:
    """The command line, as a second process on the same file."""
    subprocess.run([sys.executable, "-m", "klimamoeder", "--db", str(db.url.database), *args],
                   check=True, capture_output=True, timeout=60)


def _id_at(tab: RegistrationsTab, row: int) -> int:
    return tab.model.registration_at(tab.proxy.mapToSource(tab.proxy.index(row, 0)).row()).id


def test_the_table_refreshes_while_the_user_types_in_a_cell_and_keeps_typing_selection_and_place(
        qtbot, team_file: tuple[Database, int]) -> None:  # type: ignore[no-untyped-def]
    db, meeting = team_file
    tab = RegistrationsTab(db)
    qtbot.addWidget(tab)
    tab.resize(1100, 520)
    tab.show()
    live = LiveUpdates(db).start()
    with qtbot.waitSignal(tab.loaded, timeout=10000):
        tab.set_meeting(meeting, None)
    tab.table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
    try:
        # The user has scrolled down, selected Deltager 30 and 34 and is typing into Deltager 34's dietary cell.
        table = tab.table
        qtbot.waitExposed(tab)
        qtbot.waitUntil(lambda: table.verticalScrollBar().maximum() > 0)  # laid out
        table.scrollTo(tab.proxy.index(28, 0), QAbstractItemView.ScrollHint.PositionAtTop)
        top_id = _id_at(tab, table.rowAt(0))
        selected_id = _id_at(tab, 30)
        table.selectionModel().select(tab.proxy.index(30, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                                      | QItemSelectionModel.SelectionFlag.Rows)
        typing_id = _id_at(tab, 34)  # Ctrl+click: both rows selected, the cell of the second one current
        table.selectionModel().setCurrentIndex(tab.proxy.index(34, DIETARY),
                                               QItemSelectionModel.SelectionFlag.Select
                                               | QItemSelectionModel.SelectionFlag.Rows)
        table.edit(tab.proxy.index(34, DIETARY))
        editor = QApplication.focusWidget()
        assert isinstance(editor, QLineEdit)
        qtbot.keyClicks(editor, "Vegan, ingen noedder")

        # Meanwhile, at the command line: three new people sorted above, and Deltager 40 cancelled.
        _cli(db, "register", str(meeting), "aa@kommune.example", "--name", "Aaberg Anne")
        _cli(db, "register", str(meeting), "ab@kommune.example", "--name", "Abildgaard Bo")
        _cli(db, "set-status", str(meeting), "d40@kommune.example", "cancelled")
        qtbot.waitUntil(lambda: tab.model.total() == 62 and any(
            r.email == "d40@kommune.example" and r.status.value == "cancelled" for r in tab.model.registrations()),
            timeout=10000)

        assert table.state() == QAbstractItemView.State.EditingState
        assert QApplication.focusWidget() is editor and editor.text() == "Vegan, ingen noedder"
        assert _id_at(tab, table.currentIndex().row()) == typing_id
        assert sorted(_id_at(tab, i.row()) for i in table.selectionModel().selectedRows()) == sorted(
            [selected_id, typing_id])
        assert _id_at(tab, table.rowAt(0)) == top_id  # the rows added above did not push the user's place away
        shot(tab, "refresh-while-typing")

        # Enter saves what was typed, into the registration the user was typing in.
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: {r.id: r.dietary for r in registrations.list_registrations(db, meeting)}
                        [typing_id] == "Vegan, ingen noedder", timeout=5000)
        stored = {r.email: r.status.value for r in registrations.list_registrations(db, meeting)}
        assert stored["d40@kommune.example"] == "cancelled"
    finally:
        live.stop()


@pytest.mark.postgres
def test_a_row_changed_on_another_pc_is_tinted_with_who_did_it(
        qtbot, postgres_url: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMainWindow

    from klimamoeder.gui.live import attach_live

    db = open_database(postgres_url)
    meeting = make_meeting(db, make_network(db))
    rows = "\n".join(f"Deltager {n:02d};d{n:02d}@kommune.example;tilmeldt" for n in range(8))
    participant_import.import_file(db, meeting, f"Navn;E-mail;Status\n{rows}".encode(), "deltagere.csv")
    window = QMainWindow()
    tab = RegistrationsTab(db)
    window.setCentralWidget(tab)
    qtbot.addWidget(window)
    window.resize(1100, 420)
    window.show()
    live = attach_live(window, db)
    try:
        with qtbot.waitSignal(tab.loaded, timeout=10000):
            tab.set_meeting(meeting, None)
        qtbot.waitUntil(lambda: live.online is True, timeout=10000)
        # Mette, at her own PC (her own settings), cancels Deltager 03 from the command line.
        mette = tmp_path / "mette"
        (mette / "klimamoeder").mkdir(parents=True)
        (mette / "klimamoeder" / "settings.json").write_text('{"user_name": "Mette"}', encoding="utf-8")
        import os

        subprocess.run([sys.executable, "-m", "klimamoeder", "--db", postgres_url, "set-status", str(meeting),
                        "d03@kommune.example", "cancelled"], check=True, capture_output=True, timeout=60,
                       env={**os.environ, "XDG_CONFIG_HOME": str(mette)})
        qtbot.waitUntil(lambda: any(r.status.value == "cancelled" for r in tab.model.registrations()), timeout=5000)
        row = next(i for i in range(tab.proxy.rowCount())
                   if tab.model.registration_at(tab.proxy.mapToSource(tab.proxy.index(i, 0)).row()).email
                   == "d03@kommune.example")
        index = tab.proxy.index(row, NAME)
        assert "Changed by Mette just now" in index.data(Qt.ItemDataRole.ToolTipRole)
        assert index.data(Qt.ItemDataRole.BackgroundRole) is not None
        assert tab.proxy.index(0, NAME).data(Qt.ItemDataRole.BackgroundRole) is None  # the others are not tinted
        assert "Changed by Mette just now" in window.statusBar().currentMessage()
        shot(window, "changed-by-mette")
    finally:
        live.stop()
        from PySide6.QtCore import QThreadPool

        QThreadPool.globalInstance().waitForDone(15000)  # a background load still holding a connection
        db.dispose()
