"""The participant list as the user gets it: from the database to a PDF file, at 1k/10k/100k registrations.

    python -m bench.bench_pdf [--sizes 1000,10000,100000] [--repeat 5]

Ours: `participants_pdf` (what the print dialog and `export pdf participants` run: one query, the list laid
out with wrapping, font fallback, family-name sorting, headers and footers) and the file written through the
safe writer. Bare, in the same run: one `sqlite3` query of the same people (registered, agreed to shared lists)
and a reportlab canvas drawing the same strings with the same embedded font on the same number of pages (no
layout, no wrapping, no font fallback), written to a file. Goal (issue #12): ≤ 2× at 10,000 registrations.
While a 10,000-registration list is built in the background (gui/tasks.py), a freeze monitor on the GUI
thread records the longest the window could not react: ≤ 100 ms.
"""

from __future__ import annotations

import argparse
import io
import os
import re
import sqlite3
import sys
import tempfile
from pathlib import Path

from reportlab import Version as reportlab_version
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from klimamoeder.exports.pdf import fonts

from .common import REPEAT, FreezeMonitor, Report, once, wait_for, without_bytecode_switch
from .data import database

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

GOAL_ROWS = 10_000
BARE_QUERY = (
    "SELECT p.name, p.job_title, coalesce(o.name, '') FROM registration r JOIN person p ON p.id = r.person_id "
    "LEFT JOIN organisation o ON o.id = p.organisation_id WHERE r.meeting_id = ? AND r.status = 'registered' "
    "AND p.consent_shared_list = 1 ORDER BY p.name")

def pages_of(pdf: bytes) -> int:
    return len(re.findall(rb"/Type /Page(?![s\w])", pdf))


def baseline(rows: list[list[str]], pages: int, size: float) -> bytes:
    """The same strings, same font, same page count: plain drawString, nothing else."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, initialFontName=fonts.REGULAR)
    per_page = -(-len(rows) // pages)
    for page in range(pages):
        y = A4[1] - 60
        canvas.setFont(fonts.REGULAR, size)
        for row in rows[page * per_page:(page + 1) * per_page]:
            x = 50.0
            for text in row:
                canvas.drawString(x, y, text)
                x += 170
            y -= 14
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def bare_file(path: Path, meeting_id: int, pages: int, target: Path) -> None:
    conn = sqlite3.connect(path)
    rows = [list(r) for r in conn.execute(BARE_QUERY, (meeting_id,))]
    conn.close()
    target.write_bytes(baseline(rows, pages, 8.5))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--repeat", type=int, default=REPEAT,
                        help=f"runs of each figure, at least {REPEAT} (more on a busy machine: the minimum is kept)")
    args = parser.parse_args()
    repeat = max(args.repeat, REPEAT)
    sizes = sorted(int(s) for s in args.sizes.split(","))
    without_bytecode_switch()
    from klimamoeder.safe_files import write_file
    from klimamoeder.services.documents import participants_pdf
    from klimamoeder.storage import open_database

    fonts.register()
    report = Report("pdf")
    from reportlab.lib import rl_accel

    # Both sides run with the same reportlab: with its C accelerator (rl-accel, a dependency of the app) when it is
    # installed, which makes the bare drawing faster in proportion than the list's layout.
    report.say(f"reportlab {reportlab_version}, C accelerator (rl-accel): "
               f"{'yes' if 'fp_str' in rl_accel._c_funcs else 'NO — pure-Python fallbacks'}; "
               f"each figure the minimum of {repeat} runs")
    path = database("registrations-1000-10000-20000-100000", [1_000, 10_000, 20_000, 100_000])
    meetings = {1_000: 1, 10_000: 2, 20_000: 3, 100_000: 4}
    db = open_database(path)
    ours_times, bare_times = [], []
    with tempfile.TemporaryDirectory(prefix="bench-pdf-") as folder:
        out = Path(folder)

        def ours(size: int) -> None:
            write_file(out / "ours.pdf", participants_pdf(db, meetings[size], "en"), overwrite=True)

        for size in sizes:
            ours(size)
            pages = pages_of((out / "ours.pdf").read_bytes())
            best_ours = best_bare = float("inf")
            for _ in range(repeat):  # alternate, so a busy machine slows both alike
                best_ours = min(best_ours, once(lambda size=size: ours(size)))
                best_bare = min(best_bare, once(lambda size=size, pages=pages: bare_file(
                    path, meetings[size], pages, out / "bare.pdf")))
            report.say(f"{size:,} registrations: {pages:,} pages")
            ours_times.append(best_ours)
            bare_times.append(best_bare)
        report.growth("participant list PDF, database → file", sizes, ours_times, bare_times)
        index = sizes.index(GOAL_ROWS) if GOAL_ROWS in sizes else -1
        report.ratio_goal(f"participant list PDF, database → file, {sizes[index]:,} registrations",
                          ours_times[index], bare_times[index], 2.0)

        from klimamoeder.gui.app import create_application
        from klimamoeder.gui.tasks import run_task

        app = create_application([])  # the event loop the freeze monitor needs
        worst = float("inf")
        for _ in range(repeat):
            monitor = FreezeMonitor()
            monitor.start()
            task = run_task(None, "pdf", lambda _p: ours(sizes[index]), show_dialog=False)
            wait_for(task.finished, 600)
            worst = min(worst, monitor.stop())
        report.limit_goal(f"worst GUI freeze while a {sizes[index]:,}-registration list is built in the background",
                          worst, 0.100)
        app.processEvents()
    db.dispose()
    return report.finish()


if __name__ == "__main__":
    sys.exit(main())
