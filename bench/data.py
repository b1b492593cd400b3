"""Large, realistic test databases for the benchmarks, built once and kept in `bench/data/`.

A network's real meetings: three-day general assemblies whose registrations choose days, carry dietary
needs in several spellings, some accessibility needs and check-ins, a mix of statuses, and names from
many scripts (`Anne <b>&</b> Søren`, `Zoë`, `Łucja`, `陈刚`).
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from .common import DATA

FIRST = ["Anne <b>&</b> Søren", "Zoë", "Łucja", "陈刚", "Mette", "Jesper", "Åse", "Jörg", "Ólafur", "Chinedu",
         "María", "Kirsten", "Henrik", "Joost", "Aigerim", "Siobhan", "Frederik", "Ida", "Magnus", "Nanna"]
LAST = ["Sørensen", "Nowak", "Hartley", "Halkjær", "Okafor", "Østergaard", "van der Meer", "Hernández", "Lund",
        "Kristiansen-Buchwald", "Thibodeaux", "Nordtun", "Walsh", "Jensen", "Brix", "Madsen"]
TITLES = ["Klimakoordinator", "Chef for Teknik og Miljø", "Deputy Mayor", "Head of International Cooperation",
          "Projektleder, DK2020", "Energikonsulent", "Councillor"]
DIETS = ["", "", "", "", "Vegetar", "vegetar ", "Vegansk", "Halal", "Glutenfri", "Laktosefri"]
STATUSES = ["registered"] * 16 + ["waitlisted", "invited", "invited", "declined"]
START = datetime(2030, 10, 5, 7, tzinfo=UTC)  # 09:00 in Copenhagen, three days


def person_name(n: int) -> str:
    return f"{FIRST[n % len(FIRST)]} {LAST[(n // len(FIRST)) % len(LAST)]} {n}"


def build(path: Path, meeting_sizes: list[int], people: int | None = None, seed: int = 12) -> None:
    """A SQLite database at `path`: one network, `len(meeting_sizes)` meetings with that many registrations
    each (the first three days long, so days and per-day counts matter)."""
    import sqlalchemy as sa

    from klimamoeder.model import CheckIn, Meeting, Network, Organisation, Person, Registration
    from klimamoeder.storage import open_database

    rng = random.Random(seed)
    people = people or max(meeting_sizes)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.unlink(missing_ok=True)
    db = open_database(path)
    now = datetime(2030, 6, 1, tzinfo=UTC)
    with db.engine.begin() as conn:
        conn.execute(sa.insert(Network), [
            {"name": f"Kommunernes klimanetværk {n}", "short_name": f"KL{n}", "kind": "climate_network",
             "description": ""} for n in range(10)])
        conn.execute(sa.insert(Organisation), [
            {"name": f"{rng.choice(['Vejle', 'Aarhus', 'Esbjerg', 'Perth', 'Łódź'])} Kommune {n}",
             "kind": "municipality", "city": f"By {n}", "country": "DK"} for n in range(500)])
        conn.execute(sa.insert(Meeting), [
            {"network_id": 1 + n % 10, "title": f"Generalforsamling {n}", "kind": "general_assembly", "theme": "",
             "description": "", "start": START - timedelta(days=7 * n),
             "end": START - timedelta(days=7 * n) + timedelta(days=2, hours=8), "time_zone": "Europe/Copenhagen",
             "all_day": False, "online_link": "", "status": "planned", "capacity": None,
             "organiser_name": "Sekretariatet", "organiser_email": "sekretariat@kl.example",
             "calendar_uid": f"bench-{n}@klimamoeder.invalid", "calendar_sequence": 0, "photo_credit": "",
             "version": 1} for n in range(len(meeting_sizes))])
        people_rows = [
            {"name": person_name(n), "job_title": TITLES[n % len(TITLES)], "organisation_id": 1 + n % 500,
             "email": f"person{n}@kommune{n % 97}.example", "other_emails": [], "phone": f"+45 {20000000 + n}",
             "language": "da", "consent_shared_list": n % 3 != 0, "consent_photos": False, "notes": "",
             "version": 1} for n in range(people)]
        if people_rows:  # an empty list would insert one row of defaults
            conn.execute(sa.insert(Person), people_rows)
        registration_id = 0
        for meeting_index, size in enumerate(meeting_sizes):
            first_day = (START - timedelta(days=7 * meeting_index)).date()
            days = [(first_day + timedelta(days=d)).isoformat() for d in range(3)]
            rows, check_ins = [], []
            for k in range(size):
                registration_id += 1
                status = STATUSES[k % len(STATUSES)]
                chosen = [] if k % 4 else sorted(rng.sample(days, rng.randint(1, 2)))
                rows.append({
                    "id": registration_id, "meeting_id": 1 + meeting_index,
                    "person_id": 1 + (meeting_index * 7919 + k) % people, "status": status,
                    "role": "speaker" if k % 50 == 0 else "participant", "days": chosen,
                    "dietary": DIETS[k % len(DIETS)], "accessibility": "Kørestol" if k % 97 == 0 else "",
                    "notes": "Kommer med tog\nfra Aarhus" if k % 31 == 0 else "", "source": "import",
                    "created_at": now, "status_changed_at": now + timedelta(seconds=k),
                    "reply_status": "needs_action", "reply_comment": "", "version": 1})
                if status == "registered" and k % 3 == 0:
                    check_ins.append({"registration_id": registration_id,
                                      "day": date.fromisoformat(chosen[0] if chosen else days[0]),
                                      "at": now + timedelta(days=130)})
            if rows:
                conn.execute(sa.insert(Registration), rows)
            if check_ins:
                conn.execute(sa.insert(CheckIn), check_ins)
    db.dispose()


def database(name: str, meeting_sizes: list[int], people: int | None = None) -> Path:
    """The cached database `bench/data/<name>.sqlite3`, built on first use."""
    path = DATA / f"{name}.sqlite3"
    if not path.exists():
        part = path.with_name(path.name + ".part")
        build(part, meeting_sizes, people)
        part.rename(path)
    return path
