"""PDF layout at scale: a 10,000-person participant list and 2,000 name badges.

    python -m bench.bench_pdf [--people 10000] [--badges 2000] [--runs 3]

Each is timed against a bare reportlab baseline in the same run: a canvas that draws the
same strings with the same embedded font on the same number of pages (no layout, no
wrapping, no font fallback). The ratio is what our layout costs on top of drawing.
"""

from __future__ import annotations

import argparse
import io
import random
import re
import time
from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from klimamoeder.exports.pdf import (
    BadgeData,
    BadgeEntry,
    MeetingHeader,
    ParticipantEntry,
    ParticipantListData,
    ParticipantListOptions,
    build_badges,
    build_participant_list,
    fonts,
)

FIRST = ["Anne", "Søren", "Zoë", "Łucja", "Mette", "Jesper", "Ærø", "Åse", "Jörg", "Ólafur", "Chinedu", "María",
         "Kirsten", "Henrik", "Joost", "Aigerim", "Siobhan", "Frederik", "Ida", "Magnus"]
LAST = ["Sørensen", "Nowak", "Hartley", "Halkjær", "Okafor", "Østergaard", "van der Meer", "Hernández", "Lund",
        "Kristiansen-Buchwald", "Thibodeaux", "Nordtun", "Walsh", "Jensen", "Brix", "Madsen"]
TITLES = ["Klimakoordinator", "Chef for Teknik og Miljø", "Deputy Mayor", "Head of International Cooperation",
          "Projektleder, DK2020", "Energikonsulent", "Councillor"]


def people(count: int) -> list[ParticipantEntry]:
    rng = random.Random(7)
    organisations = [f"{rng.choice(['Vejle', 'Aarhus', 'Esbjerg', 'Perth', 'Łódź'])} Kommune {n}" for n in range(300)]
    return [
        ParticipantEntry(f"{rng.choice(FIRST)} {rng.choice(LAST)} {n}", rng.choice(TITLES),
                         rng.choice(organisations), f"person{n}@kommune.example")
        for n in range(count)
    ]


def header() -> MeetingHeader:
    zone = ZoneInfo("Europe/Copenhagen")
    return MeetingHeader(network="World Energy Cities Partnership", network_short="WECP",
                         title="WECP Annual General Assembly 2022", start=datetime(2022, 10, 5, 14, tzinfo=zone),
                         end=datetime(2022, 10, 8, 13, tzinfo=zone))


RUNS = 5


def timed(work: Callable[[], bytes]) -> tuple[float, bytes]:
    """Best of `RUNS`: the machine's noise only ever adds time."""
    best, result = float("inf"), b""
    for _ in range(RUNS):
        start = time.perf_counter()
        result = work()
        best = min(best, time.perf_counter() - start)
    return best, result


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


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--badges", type=int, default=2_000)
    parser.add_argument("--runs", type=int, default=RUNS)
    args = parser.parse_args()
    globals()["RUNS"] = max(args.runs, 5)
    fonts.register()
    results: list[tuple[str, float, float, int]] = []

    crowd = people(args.people)
    data = ParticipantListData(header(), tuple(crowd), ParticipantListOptions(("name", "title", "organisation")))
    ours, pdf = timed(lambda: build_participant_list(data, "en"))
    pages = pages_of(pdf)
    rows = [[p.name, p.job_title, p.organisation] for p in crowd]
    bare, _ = timed(lambda: baseline(rows, pages, 8.5))
    results.append((f"participant list, {args.people:,} people", ours, bare, pages))

    badge_people = people(args.badges)
    badge_data = BadgeData(header(), tuple(BadgeEntry(p.name, p.organisation, "participant") for p in badge_people))
    ours, pdf = timed(lambda: build_badges(badge_data, "en"))
    pages = pages_of(pdf)
    rows = [[p.name, p.organisation, "Participant"] for p in badge_people]
    bare, _ = timed(lambda: baseline(rows, pages, 14))
    results.append((f"badges, {args.badges:,} people", ours, bare, pages))

    print(f"{'document':<34} {'pages':>6} {'ours s':>8} {'bare s':>8} {'ratio':>6}")
    for name, ours, bare, pages in results:
        print(f"{name:<34} {pages:>6} {ours:>8.2f} {bare:>8.2f} {ours / bare:>6.1f}")


if __name__ == "__main__":
    main()
