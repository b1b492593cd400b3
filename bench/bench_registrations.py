"""A meeting with 20,000 registrations: import, show the table, filter per keystroke, sort.

    python -m bench.bench_registrations [--rows 20000]

Each case is timed against a bare baseline in the same run:
- import of a 20,000-row Danish Excel CSV (cp1252, `;`): our importer (validation, e-mail
  matching, capacity, one transaction) vs `csv` + `sqlite3.executemany` into two plain tables;
- showing the table: our background load (service + haystacks) and the GUI-thread fill of the
  model and first paint vs a plain `QStandardItemModel` filled on the GUI thread from a raw
  `sqlite3` query;
- one filter keystroke: our proxy (precomputed text, Python) vs `QSortFilterProxyModel`
  with `setFilterFixedString` over the `QStandardItemModel` (C++);
- sorting by name: our source-model sort on raw values vs Qt's C++ proxy sort.
The GUI must stay interactive: every GUI-thread step is listed, and one over 100 ms is flagged.
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

LIMIT_MS = 100.0
KEYSTROKES = ["p", "pe", "per", "pers", "perso", "person", "person 1", "person 12", "person 123", "person 12",
              "person 1", "person", ""]


def csv_bytes(rows: int) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(["Navn", "E-mail", "Organisation", "Titel", "Telefon", "Kost", "Dage"])
    diets = ["", "", "Vegetar", "vegetar", "Vegansk", "Halal", ""]
    for n in range(rows):
        writer.writerow([f"Person {n} Sørensen", f"person{n}@kommune{n % 98}.example", f"Kommune {n % 98}",
                         "Klimakoordinator", f"+45 {20000000 + n}", diets[n % len(diets)],
                         "" if n % 3 else "dag 2"])
    return out.getvalue().encode("cp1252")


def timed(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return (time.perf_counter() - start) * 1000


def baseline_import(data: bytes, path: Path) -> float:
    def work() -> None:
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE person (id INTEGER PRIMARY KEY, name TEXT, email TEXT UNIQUE, org TEXT, "
                     "title TEXT, phone TEXT)")
        conn.execute("CREATE TABLE registration (id INTEGER PRIMARY KEY, person_id INTEGER, dietary TEXT, "
                     "days TEXT)")
        rows = list(csv.reader(io.StringIO(data.decode("cp1252"), newline=""), delimiter=";"))[1:]
        with conn:
            conn.executemany("INSERT INTO person (id, name, email, org, title, phone) VALUES (?, ?, ?, ?, ?, ?)",
                             [(i + 1, r[0], r[1].lower(), r[2], r[3], r[4]) for i, r in enumerate(rows)])
            conn.executemany("INSERT INTO registration (person_id, dietary, days) VALUES (?, ?, ?)",
                             [(i + 1, r[5], r[6]) for i, r in enumerate(rows)])
        conn.close()
    return timed(work)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=20_000)
    args = parser.parse_args()

    from PySide6.QtCore import QSortFilterProxyModel, Qt
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QTableView

    from klimamoeder.gui.registrations_model import NAME, Labels, load
    from klimamoeder.gui.registrations_view import RegistrationsTab
    from klimamoeder.model import MeetingKind, Network, NetworkKind
    from klimamoeder.services.meetings import MeetingInput, create_meeting
    from klimamoeder.services.participant_import import import_file
    from klimamoeder.storage import open_database

    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="bench-registrations-"))
    db = open_database(folder / "bench.sqlite3")
    with db.session() as s:
        s.add(Network(name="Kommunernes klimapolitiske netværk", short_name="KL", kind=NetworkKind.CLIMATE_NETWORK))
    from datetime import datetime

    meeting = create_meeting(db, MeetingInput(
        network_id=1, title="Stort netværksmøde", kind=MeetingKind.NETWORK_MEETING,
        start=datetime(2030, 5, 6, 9), end=datetime(2030, 5, 7, 16))).id
    data = csv_bytes(args.rows)
    results: list[tuple[str, float, float]] = []
    gui_steps: list[tuple[str, float]] = []

    ours = timed(lambda: import_file(db, meeting, data, "bench.csv"))
    results.append((f"import {args.rows:,}-row CSV (cp1252, ';')", ours, baseline_import(data, folder / "bare.db")))

    # --- show the table -------------------------------------------------------------------
    labels = Labels.current()
    loaded_box: list[object] = []
    load_ms = timed(lambda: loaded_box.append(load(db, meeting, labels)))
    tab = RegistrationsTab(db)
    tab.resize(1280, 800)
    tab.show()
    app.processEvents()
    tab.meeting_id = meeting

    def fill() -> None:
        tab._apply(loaded_box[0])  # exactly what on_success runs on the GUI thread
        app.processEvents()  # first paint
    fill_ms = timed(fill)
    gui_steps.append(("fill model + first paint", fill_ms))

    bare_model = QStandardItemModel()
    bare_view = QTableView()
    bare_proxy = QSortFilterProxyModel()
    bare_proxy.setSourceModel(bare_model)
    bare_proxy.setFilterKeyColumn(-1)
    bare_proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    bare_view.setModel(bare_proxy)
    bare_view.resize(1280, 800)
    bare_view.show()

    def bare_fill() -> None:
        conn = sqlite3.connect(folder / "bench.sqlite3")
        rows = conn.execute(
            "SELECT p.name, o.name, r.status, r.role, r.days, r.dietary, r.accessibility, '', p.email, r.notes "
            "FROM registration r JOIN person p ON p.id = r.person_id LEFT JOIN organisation o "
            "ON o.id = p.organisation_id WHERE r.meeting_id = ?", (meeting,)).fetchall()
        conn.close()
        bare_model.setColumnCount(10)
        for row in rows:
            bare_model.appendRow([QStandardItem(str(v or "")) for v in row])
        app.processEvents()
    bare_fill_ms = timed(bare_fill)
    results.append(("show table: background load (service + text)", load_ms, float("nan")))
    results.append(("show table: GUI-thread fill + first paint", fill_ms, bare_fill_ms))
    results.append(("show table: total", load_ms + fill_ms, bare_fill_ms))

    # --- filter per keystroke -------------------------------------------------------------
    ours_keys, bare_keys = [], []
    for text in KEYSTROKES:
        def ours_step(t: str = text) -> None:
            tab.filter.setText(t)
            app.processEvents()

        def bare_step(t: str = text) -> None:
            bare_proxy.setFilterFixedString(t)
            app.processEvents()
        ours_keys.append(timed(ours_step))
        bare_keys.append(timed(bare_step))
        gui_steps.append((f"filter keystroke {text!r} → {tab.proxy.rowCount()} rows", ours_keys[-1]))
    results.append(("filter keystroke (median)", statistics.median(ours_keys), statistics.median(bare_keys)))
    results.append(("filter keystroke (worst)", max(ours_keys), max(bare_keys)))

    # --- sort ------------------------------------------------------------------------------
    def ours_sort() -> None:
        tab.table.sortByColumn(NAME, Qt.SortOrder.DescendingOrder)
        app.processEvents()

    def bare_sort() -> None:
        bare_view.setSortingEnabled(True)
        bare_view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        app.processEvents()
    sort_ms = timed(ours_sort)
    gui_steps.append(("sort by name", sort_ms))
    results.append(("sort by name", sort_ms, timed(bare_sort)))

    rows_shown = tab.model.rowCount()
    print(f"\n{rows_shown:,} registrations in the meeting\n")
    print(f"{'case':<52}{'ours ms':>10}{'bare ms':>10}{'ratio':>8}")
    for name, ours_value, bare_value in results:
        ratio = f"{ours_value / bare_value:8.2f}" if bare_value == bare_value and bare_value else "       –"
        bare_text = f"{bare_value:10.1f}" if bare_value == bare_value else "         –"
        print(f"{name:<52}{ours_value:>10.1f}{bare_text}{ratio}")
    print(f"\nGUI-thread steps (limit {LIMIT_MS:.0f} ms):")
    for name, value in gui_steps:
        flag = "  <-- over the limit" if value > LIMIT_MS else ""
        print(f"  {name:<50}{value:>8.1f} ms{flag}")
    worst = max(value for _name, value in gui_steps)
    print(f"\nworst GUI-thread step: {worst:.1f} ms ({'OK' if worst <= LIMIT_MS else 'TOO SLOW'})")
    tab.close()
    db.dispose()


if __name__ == "__main__":
    main()
