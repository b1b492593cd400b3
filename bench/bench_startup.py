"""Start-up to the first shown window, on a big database, against a bare PySide6 window.

    python -m bench.bench_startup [--runs 5]

Builds (once, cached under bench/results/) a SQLite database with 200 meetings and
100,000 registrations, then times in fresh processes: (a) a bare PySide6 QMainWindow
shown, (b) Klimamøder's main window shown on that database, and reports the ratio.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

RESULTS = Path(__file__).parent / "results"
MEETINGS, PEOPLE, REGISTRATIONS = 200, 5_000, 100_000

BARE = """
import time, sys
t0 = time.perf_counter()
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.resize(1280, 800); w.show(); app.processEvents()
print(time.perf_counter() - t0)
"""

BARE_WITH_SQLALCHEMY = """
import time, sys
t0 = time.perf_counter()
from PySide6.QtWidgets import QApplication, QMainWindow, QTreeWidget, QTreeWidgetItem
import sqlalchemy as sa
app = QApplication([])
engine = sa.create_engine("sqlite:///" + sys.argv[1])
with engine.connect() as conn:
    rows = conn.execute(sa.text("SELECT id, title FROM meeting ORDER BY start")).all()
w = QMainWindow(); tree = QTreeWidget(); w.setCentralWidget(tree)
tree.addTopLevelItems([QTreeWidgetItem([title]) for _id, title in rows])
w.resize(1280, 800); w.show(); app.processEvents()
print(time.perf_counter() - t0)
"""

OURS = """
import time, sys
t0 = time.perf_counter()
from klimamoeder.gui.app import create_application
from klimamoeder.storage import open_database
from klimamoeder.gui.main_window import MainWindow
app = create_application([])
db = open_database(sys.argv[1])
w = MainWindow(db); w.show(); app.processEvents()
print(time.perf_counter() - t0)
"""


def build_database(path: Path) -> None:
    import sqlalchemy as sa

    from klimamoeder.model import Meeting, Network, Organisation, Person, Registration
    from klimamoeder.storage import open_database

    db = open_database(path)
    start = datetime(2025, 1, 6, 9, tzinfo=UTC)
    with db.engine.begin() as conn:
        conn.execute(sa.insert(Organisation), [
            {"name": f"Kommune {n}", "kind": "municipality", "city": f"By {n}", "country": "DK"} for n in range(100)])
        conn.execute(sa.insert(Network), [
            {"name": f"Netværk {n}", "short_name": f"NET{n}", "kind": "climate_network", "description": ""}
            for n in range(10)])
        conn.execute(sa.insert(Meeting), [
            {"network_id": 1 + n % 10, "title": f"Netværksmøde {n}", "kind": "network_meeting", "theme": "",
             "description": "", "start": start + timedelta(days=7 * n), "end": start + timedelta(days=7 * n, hours=6),
             "time_zone": "Europe/Copenhagen", "all_day": False, "online_link": "", "status": "planned",
             "organiser_name": "", "organiser_email": "", "calendar_uid": f"bench-{n}@klimamoeder.invalid",
             "calendar_sequence": 0, "photo_credit": "", "version": 1} for n in range(MEETINGS)])
        conn.execute(sa.insert(Person), [
            {"name": f"Deltager {n}", "job_title": "Klimakonsulent", "organisation_id": 1 + n % 100,
             "email": f"deltager{n}@kommune.example", "other_emails": [], "phone": "", "language": "da",
             "consent_shared_list": True, "consent_photos": False, "notes": "", "version": 1}
            for n in range(PEOPLE)])
        per_meeting = REGISTRATIONS // MEETINGS
        now = datetime.now(UTC)
        conn.execute(sa.insert(Registration), [
            {"meeting_id": 1 + m, "person_id": 1 + (m * 37 + k) % PEOPLE, "status": "registered",
             "role": "participant", "days": [], "dietary": "", "accessibility": "", "notes": "", "source": "import",
             "created_at": now, "status_changed_at": now, "reply_status": "needs_action", "reply_comment": "",
             "version": 1} for m in range(MEETINGS) for k in range(per_meeting)])
    db.dispose()


def time_process(code: str, *args: str, runs: int) -> float:
    samples = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, check=True,
                             env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
        samples.append(float(out.stdout.strip().splitlines()[-1]))
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    RESULTS.mkdir(exist_ok=True)
    database = RESULTS / "startup-200-meetings-100k-registrations.sqlite3"
    if not database.exists():
        t0 = time.perf_counter()
        build_database(database)
        print(f"built {database.name} in {time.perf_counter() - t0:.1f} s")
    bare = time_process(BARE, runs=args.runs)
    bare_sa = time_process(BARE_WITH_SQLALCHEMY, str(database), runs=args.runs)
    ours = time_process(OURS, str(database), runs=args.runs)
    print(f"{'case':<52}{'median s':>10}{'vs bare':>9}{'vs bare+SA':>12}")
    for name, value in (("bare PySide6 QMainWindow shown", bare),
                        ("bare PySide6 + SQLAlchemy select of the meetings", bare_sa),
                        ("Klimamøder main window, 200 meetings/100k regs", ours)):
        print(f"{name:<52}{value:>10.3f}{value / bare:>9.2f}{value / bare_sa:>12.2f}")


if __name__ == "__main__":
    main()
