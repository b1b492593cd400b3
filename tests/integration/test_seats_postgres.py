"""Several PCs on one PostgreSQL: racing for the last seat never over-books, and nobody sees an error.

Real processes (not threads), each with its own connection, released together by a barrier.
"""

from __future__ import annotations

import multiprocessing
import traceback
from typing import Any

import pytest

from klimamoeder.model import RegistrationStatus
from klimamoeder.services import participant_import, people, registrations
from klimamoeder.services.registrations import RegistrationInput
from klimamoeder.storage import open_database
from tests.unit.test_registrations import make_meeting, make_network

pytestmark = [pytest.mark.postgres, pytest.mark.timeout(300)]
S = RegistrationStatus
_SPAWN = multiprocessing.get_context("spawn")  # a fresh interpreter per client, like separate PCs


def _register(url: str, meeting: int, person: int, barrier: Any, results: Any) -> None:
    try:
        db = open_database(url)
        barrier.wait(timeout=120)
        result = registrations.register(db, meeting, person, RegistrationInput(status=S.REGISTERED))
        results.put(("ok", "waitlisted" if result.waitlisted else "registered"))
        db.dispose()
    except BaseException:  # reported to the test, which fails on it
        results.put(("error", traceback.format_exc()))


def _import(url: str, meeting: int, data: bytes, barrier: Any, results: Any) -> None:
    try:
        db = open_database(url)
        barrier.wait(timeout=120)
        result = participant_import.import_file(db, meeting, data, "deltagere.csv")
        results.put(("ok", result.waitlisted))
        db.dispose()
    except BaseException:
        results.put(("error", traceback.format_exc()))


def _run(target: Any, argsets: list[tuple[Any, ...]]) -> list[tuple[str, Any]]:
    barrier, results = _SPAWN.Barrier(len(argsets)), _SPAWN.Queue()
    processes = [_SPAWN.Process(target=target, args=(*args, barrier, results)) for args in argsets]
    for process in processes:
        process.start()
    found = [results.get(timeout=240) for _ in processes]
    for process in processes:
        process.join(timeout=60)
    return found


def _statuses(url: str, meeting: int) -> dict[S, int]:
    db = open_database(url)
    try:
        counts: dict[S, int] = {}
        for row in registrations.list_registrations(db, meeting):
            counts[row.status] = counts.get(row.status, 0) + 1
        return counts
    finally:
        db.dispose()


def test_eight_clients_racing_for_the_last_seat_give_one_registration_and_seven_on_the_wait_list(
        postgres_url: str) -> None:
    db = open_database(postgres_url)
    meeting = make_meeting(db, make_network(db), capacity=5)
    ids = [people.add_person(db, people.PersonInput(name=f"Deltager {n}", email=f"d{n}@kl.example")).id
           for n in range(12)]
    for person in ids[:4]:
        registrations.register(db, meeting, person, RegistrationInput(status=S.REGISTERED))
    db.dispose()

    found = _run(_register, [(postgres_url, meeting, person) for person in ids[4:]])

    assert [f for f in found if f[0] == "error"] == []
    assert sorted(outcome for _ok, outcome in found) == ["registered"] + ["waitlisted"] * 7
    assert _statuses(postgres_url, meeting) == {S.REGISTERED: 5, S.WAITLISTED: 7}


def test_two_imports_at_once_fill_exactly_the_capacity_and_wait_list_the_rest(postgres_url: str) -> None:
    db = open_database(postgres_url)
    meeting = make_meeting(db, make_network(db), capacity=150)
    db.dispose()
    files = [("Navn;E-mail;Status\n" + "\n".join(
        f"Deltager {f}-{n};d{f}.{n}@kl.example;tilmeldt" for n in range(100))).encode() for f in range(2)]

    found = _run(_import, [(postgres_url, meeting, data) for data in files])

    assert [f for f in found if f[0] == "error"] == []
    assert sum(waitlisted for _ok, waitlisted in found) == 50
    assert _statuses(postgres_url, meeting) == {S.REGISTERED: 150, S.WAITLISTED: 50}
