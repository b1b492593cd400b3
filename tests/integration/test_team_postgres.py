"""A secretariat team on one PostgreSQL: two and five PCs, each a separate process with its own listener.

Each client (`tests/team_client.py`) runs the real path from NOTIFY to the table model. The tests check that
a change made on one PC is in every other PC's model within a second, that edits of different fields of the
same registration merge without asking, that edits of the same field give the conflict (with the typed
value kept), and that every change is heard with the name of whoever made it.
"""

from __future__ import annotations

import multiprocessing
import queue
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from klimamoeder.model import RegistrationStatus
from klimamoeder.services import registrations
from klimamoeder.services.registrations import RegistrationInput
from klimamoeder.storage import open_database
from tests.team_client import run_client
from tests.unit.test_registrations import make_meeting, make_network, make_people

pytestmark = [pytest.mark.postgres, pytest.mark.timeout(240)]
_SPAWN = multiprocessing.get_context("spawn")  # a fresh interpreter per client, like separate PCs
WITHIN = 1.0  # seconds from one PC's commit to the change being in every other PC's model
NAMES = ["Mette", "Jonas", "Søren", "Zoë", "Łucja"]


class Team:
    """The PCs, their command queues, and what each last reported."""

    def __init__(self, url: str, meeting_id: int, names: list[str], folder: Path) -> None:
        self.names = names
        self.reports: Any = _SPAWN.Queue()
        self.commands = {n: _SPAWN.Queue() for n in names}
        self.models: dict[str, list[tuple[float, dict[int, tuple[str, str]]]]] = {n: [] for n in names}
        self.events: list[tuple[Any, ...]] = []
        self.processes = [
            _SPAWN.Process(target=run_client, args=(url, n, meeting_id, str(folder), self.commands[n], self.reports))
            for n in names]
        for process in self.processes:
            process.start()

    def _take(self, timeout: float) -> None:
        report = self.reports.get(timeout=timeout)
        if report[0] == "error":
            raise AssertionError(f"client {report[1]} failed:\n{report[2]}")
        if report[0] == "model":
            self.models[report[1]].append((report[2], report[3]))
        self.events.append(report)

    def wait(self, condition: Callable[[], bool], timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while not condition():
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise AssertionError(f"timed out; last reports: {self.events[-8:]}")
            try:
                self._take(min(remaining, 1.0))
            except queue.Empty:
                continue

    def found(self, kind: str, name: str | None = None) -> list[tuple[Any, ...]]:
        return [e for e in self.events if e[0] == kind and (name is None or e[1] == name)]

    def ready(self) -> None:
        self.wait(lambda: all(self.models[n] for n in self.names)
                  and all(self.found("online", n) for n in self.names), timeout=120)

    def send(self, name: str, *command: Any) -> None:
        self.commands[name].put(command)

    def seen_at(self, name: str, registration: int, field: int, value: str) -> float | None:
        """When `name`'s model first held `value` in that field of that registration."""
        return next((t for t, rows in self.models[name] if rows.get(registration, ("", ""))[field] == value), None)

    def wait_everyone_sees(self, registration: int, field: int, value: str, who: list[str]) -> dict[str, float]:
        self.wait(lambda: all(self.seen_at(n, registration, field, value) is not None for n in who))
        return {n: self.seen_at(n, registration, field, value) or 0.0 for n in who}

    def close(self) -> None:
        for name in self.names:
            self.send(name, "quit")
        for process in self.processes:
            process.join(timeout=20)
            if process.is_alive():
                process.kill()


def _meeting_with_registrations(url: str, count: int) -> tuple[int, list[int]]:
    db = open_database(url)
    try:
        meeting = make_meeting(db, make_network(db))
        people = make_people(db, ["Søren Ærø-Østergaard", "Anne <b>&</b> Søren", "陈刚", "Zoë Hartley", "Łucja",
                                  "Mikkel Brun", "Ida Holm"][:count])
        ids = []
        for person in people:
            result = registrations.register(db, meeting, person, RegistrationInput(RegistrationStatus.REGISTERED))
            ids.append(result.created[0])
        return meeting, ids
    finally:
        db.dispose()


def _saved(team: Team, name: str) -> float:
    team.wait(lambda: bool(team.found("saved", name) or team.found("conflict", name)))
    outcome = (team.found("saved", name) or team.found("conflict", name))[-1]
    assert outcome[0] == "saved", outcome
    return float(outcome[2])


def _stored(url: str, meeting: int) -> dict[int, tuple[str, str]]:
    db = open_database(url)
    try:
        return {r.id: (r.dietary, r.accessibility) for r in registrations.list_registrations(db, meeting)}
    finally:
        db.dispose()


DIETARY, ACCESSIBILITY = 0, 1


def test_two_pcs_see_each_others_changes_within_a_second_merge_different_fields_and_ask_about_the_same(
        postgres_url: str, tmp_path: Path) -> None:
    meeting, (soren, anne, chen) = _meeting_with_registrations(postgres_url, 3)
    team = Team(postgres_url, meeting, ["Mette", "Jonas"], tmp_path)
    try:
        team.ready()

        # Mette types a dietary need; Jonas's table has it within a second, and he heard it was Mette.
        team.send("Mette", "edit", soren, "dietary", "Vegan, ingen nødder")
        committed = _saved(team, "Mette")
        seen = team.wait_everyone_sees(soren, DIETARY, "Vegan, ingen nødder", ["Jonas"])
        assert seen["Jonas"] - committed < WITHIN
        assert ("Mette", ["registration"]) in [(e[2], e[3]) for e in team.found("heard", "Jonas")]

        # Both start editing Anne's registration from the same version; different fields merge without asking.
        for name in ("Mette", "Jonas"):
            team.send(name, "begin", anne)
        team.wait(lambda: len(team.found("began")) == 2)
        team.send("Mette", "edit", anne, "dietary", "Glutenfri")
        team.send("Jonas", "edit", anne, "accessibility", "Kørestol")
        _saved(team, "Mette")
        _saved(team, "Jonas")
        team.wait_everyone_sees(anne, DIETARY, "Glutenfri", ["Mette", "Jonas"])
        team.wait_everyone_sees(anne, ACCESSIBILITY, "Kørestol", ["Mette", "Jonas"])
        assert _stored(postgres_url, meeting)[anne] == ("Glutenfri", "Kørestol")

        # The same field from the same version: one is saved, the other gets the conflict with all three values.
        for name in ("Mette", "Jonas"):
            team.send(name, "begin", chen)
        team.wait(lambda: len(team.found("began")) == 4)
        team.send("Mette", "edit", chen, "dietary", "Halal")
        team.send("Jonas", "edit", chen, "dietary", "Vegetar")
        team.wait(lambda: len(team.found("saved")) + len(team.found("conflict")) == 5)
        (conflict,) = team.found("conflict")
        loser, typed = conflict[1], {"Mette": "Halal", "Jonas": "Vegetar"}
        winner = "Jonas" if loser == "Mette" else "Mette"
        assert conflict[3] == {"dietary": ("", typed[loser], typed[winner])}  # original, mine, theirs: nothing lost
        assert _stored(postgres_url, meeting)[chen][DIETARY] == typed[winner]

        # "Keep mine": the loser's value is saved over theirs and reaches the winner's table.
        before = len(team.found("saved", loser))
        team.send(loser, "resolve_mine")
        team.wait(lambda: len(team.found("saved", loser)) == before + 1)
        team.wait_everyone_sees(chen, DIETARY, typed[loser], [winner])
        assert _stored(postgres_url, meeting)[chen][DIETARY] == typed[loser]
    finally:
        team.close()


def test_five_pcs_each_change_reaches_the_four_others_within_a_second_with_its_author(
        postgres_url: str, tmp_path: Path) -> None:
    meeting, ids = _meeting_with_registrations(postgres_url, 5)
    team = Team(postgres_url, meeting, NAMES, tmp_path)
    try:
        team.ready()
        latencies = []
        for name, registration in zip(NAMES, ids, strict=True):
            team.send(name, "edit", registration, "dietary", f"Diæt fra {name}")
            committed = _saved(team, name)
            others = [n for n in NAMES if n != name]
            seen = team.wait_everyone_sees(registration, DIETARY, f"Diæt fra {name}", others)
            latencies += [seen[n] - committed for n in others]
            # Every other PC heard this change under the name of the one who made it.
            team.wait(lambda name=name, others=others: all(
                any(e[2] == name for e in team.found("heard", n)) for n in others))
        print(f"five PCs: slowest {max(latencies):.3f} s, median {sorted(latencies)[len(latencies) // 2]:.3f} s")
        assert max(latencies) < WITHIN, latencies
        assert all(e[2] in NAMES and e[2] != e[1] for e in team.found("heard"))

        # All five type into the same cell from the same version: one is saved, four are asked, none is lost.
        target = ids[0]
        for name in NAMES:
            team.send(name, "begin", target)
        team.wait(lambda: len(team.found("began")) == 5)
        for name in NAMES:
            team.send(name, "edit", target, "dietary", f"Kun {name}")
        team.wait(lambda: len(team.found("saved")) + len(team.found("conflict")) == 10)
        conflicts = team.found("conflict")
        assert len(conflicts) == 4
        stored = _stored(postgres_url, meeting)[target][DIETARY]
        for conflict in conflicts:
            original, mine, theirs = conflict[3]["dietary"]
            assert (original, mine) == ("Diæt fra Mette", f"Kun {conflict[1]}")
            assert theirs.startswith("Kun ")
        assert stored.startswith("Kun ") and stored not in {c[3]["dietary"][1] for c in conflicts}
        team.wait_everyone_sees(target, DIETARY, stored, NAMES)
    finally:
        team.close()


def _readme_sql() -> list[str]:
    """The SQL of the README's team set-up, in its order (the README is what administrators follow)."""
    text = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    section = text.split("## A shared PostgreSQL server for a team", 1)[1].split("\n## ", 1)[0]
    return [block.split("```", 1)[0] for block in section.split("```sql\n")[1:]]


def test_the_readme_s_team_set_up_gives_staff_what_the_program_needs_and_no_more(postgres, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import os

    import sqlalchemy as sa

    from klimamoeder import settings
    from klimamoeder.services import listen, people

    if postgres is None:
        pytest.skip("PostgreSQL is not installed here")
    tag = f"t{os.getpid()}"
    roles, database, grants = (block.replace("wecp", tag) for block in _readme_sql())
    admin = sa.create_engine(postgres.admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        for statement in filter(str.strip, (roles + database).split(";")):
            conn.exec_driver_sql(statement)
    admin.dispose()
    owner_url = postgres.url(f"klimamoeder_{tag}").replace("//klimamoeder@", f"//{tag}_owner@")
    open_database(owner_url).dispose()  # step 3: the owner creates the tables
    owner = sa.create_engine(owner_url, isolation_level="AUTOCOMMIT")
    with owner.connect() as conn:
        for statement in filter(str.strip, grants.split(";")):
            conn.exec_driver_sql(statement)
    owner.dispose()

    mette_url = owner_url.replace(f"//{tag}_owner@", "//mette@")
    settings.update(user_name="Mette")
    staff = open_database(mette_url)
    heard: queue.Queue[Any] = queue.Queue()
    listener = listen.for_database(staff.url, heard.put)
    assert listener is not None
    listener.start()
    try:
        assert listener.ready.wait(10)
        meeting, (registration,) = _meeting_with_registrations(mette_url, 1)
        registrations.register(staff, meeting, registrations.list_registrations(staff, meeting)[0].person_id,
                               RegistrationInput(RegistrationStatus.REGISTERED, dietary="Vegan"))
        soren = people.add_person(staff, people.PersonInput(name="Søren", email="soren@esbjerg.example"))
        people.delete_person(staff, soren.id)
        notice = heard.get(timeout=10)
        assert notice.author == "Mette"
        with pytest.raises(sa.exc.ProgrammingError, match="permission denied"), staff.engine.connect() as conn:
            conn.exec_driver_sql("CREATE TABLE sneaky (id integer)")
        assert registration
    finally:
        listener.stop()
        staff.dispose()
