"""B2B scheduling as the secretariat meets it: what fits, greedy against the optimiser, modes, locks.

Every saved schedule is checked by `tests/b2b_constraints.py`, plain SQL that shares no code
with the scheduler. Solve times stay tiny: small instances and short limits.
"""

from __future__ import annotations

import pytest
from sqlalchemy import select

from klimamoeder.model import Registration
from klimamoeder.services import b2b, b2b_edit
from klimamoeder.services import b2b_solver as solver
from klimamoeder.services.b2b_schedule import Mode, analyse, schedule
from klimamoeder.services.progress import Cancelled, Progress
from klimamoeder.storage import Database
from tests.b2b_constraints import violations
from tests.b2b_data import at, make_session, random_session, request

LIMIT = 5.0

CITIES = [("Fiona MacLeod", "fiona@aberdeen.example", "Aberdeen"),
          ("Kari Nordtun", "kari@stavanger.example", "Stavanger"),
          ("Anne <b>&</b> Søren", "anne@esbjerg.example", "Esbjerg"),
          ("Henrik Vind", "henrik@esbjerg.example", "Esbjerg"),
          ("Zoë Hartley", "zoe@perth.example", "Perth"),
          ("陈刚", "chen@dongying.example", "Dongying")]


def slot_starts(clocks: list[str]):  # type: ignore[no-untyped-def]
    return [at(c) for c in clocks]


@pytest.mark.parametrize("seed", range(6))
def test_every_constraint_holds_on_random_sessions_in_both_modes(db: Database, seed: int) -> None:
    setup = random_session(db, seed)
    expected = slot_starts(["14:00", "14:20", "14:40", "15:00"])
    result = schedule(db, setup.meeting, time_limit=LIMIT)
    assert violations(db, setup.meeting, expected) == []
    assert result.scheduled == len(b2b.load_session(db, setup.meeting).meetings)
    assert result.greedy.met <= result.scheduled <= result.analysis.upper_bound
    data = b2b.load_session(db, setup.meeting)
    if data.meetings:  # lock one, fill: nothing that was planned moves
        b2b_edit.set_locked(db, setup.meeting, [data.meetings[0].id], True)
    before = {(m.a, m.b, m.start, m.table) for m in data.meetings}
    schedule(db, setup.meeting, Mode.FILL, time_limit=LIMIT)
    after = {(m.a, m.b, m.start, m.table) for m in b2b.load_session(db, setup.meeting).meetings}
    assert before <= after
    assert violations(db, setup.meeting, expected) == []


def test_the_optimiser_reaches_a_known_optimum_a_perfect_matching_in_every_slot(sqlite_db: Database) -> None:
    """Six delegations, five slots, everyone asked everyone: a round-robin of 15 meetings exists
    (three tables, three meetings a slot), and nothing more can fit. The optimiser must find it all."""
    setup = make_session(sqlite_db, [*CITIES[:3], *CITIES[4:], ("Marcus Reyes", "marcus@houston.example", "Houston")],
                         window=("14:00", "15:40"))
    emails = setup.emails
    for i, a in enumerate(emails):
        for b in emails[i + 1:]:
            request(sqlite_db, setup, a, b)
    analysis = analyse(b2b.load_session(sqlite_db, setup.meeting))
    assert (analysis.requested, analysis.upper_bound, analysis.unfittable) == (15, 15, ())
    result = schedule(sqlite_db, setup.meeting, time_limit=LIMIT)
    assert result.scheduled == 15
    assert result.plan.optimal and result.plan.bound == 15
    assert result.idle_gaps == 0
    assert violations(sqlite_db, setup.meeting, slot_starts(["14:00", "14:20", "14:40", "15:00", "15:20"])) == []


def test_greedy_is_provably_worse_where_the_first_free_slot_blocks_the_others(sqlite_db: Database) -> None:
    """Two slots. Perth and Dongying can only meet at 14:00. Aberdeen–Stavanger asked first, so greedy puts them
    in their first shared slot, 14:00, and then neither Aberdeen–Perth nor Stavanger–Dongying fits: one meeting.
    Moving Aberdeen–Stavanger to 14:20 fits all three, which is every request (the bound)."""
    setup = make_session(sqlite_db, [CITIES[0], CITIES[1], CITIES[4], CITIES[5]], window=("14:00", "14:40"))
    late = b2b.load_session(sqlite_db, setup.meeting).slots[1]
    for email in ("zoe@perth.example", "chen@dongying.example"):
        b2b.set_limits(sqlite_db, setup.meeting, setup.participants[email], None, [(late.start, late.end)])
    request(sqlite_db, setup, "fiona@aberdeen.example", "kari@stavanger.example")
    request(sqlite_db, setup, "fiona@aberdeen.example", "zoe@perth.example")
    request(sqlite_db, setup, "kari@stavanger.example", "chen@dongying.example")
    result = schedule(sqlite_db, setup.meeting, time_limit=LIMIT)
    assert result.greedy.met == 1
    assert result.scheduled == result.analysis.upper_bound == 3
    assert violations(sqlite_db, setup.meeting, slot_starts(["14:00", "14:20"])) == []


def test_must_requests_come_before_wanted_ones(sqlite_db: Database) -> None:
    setup = make_session(sqlite_db, [CITIES[0], CITIES[1], CITIES[4]], window=("14:00", "14:20"), tables=1)
    request(sqlite_db, setup, "fiona@aberdeen.example", "kari@stavanger.example", "want")
    request(sqlite_db, setup, "zoe@perth.example", "kari@stavanger.example", "must")
    result = schedule(sqlite_db, setup.meeting, time_limit=LIMIT)
    assert (result.scheduled, result.scheduled_must) == (1, 1)
    data = b2b.load_session(sqlite_db, setup.meeting)
    assert {data.delegation(data.meetings[0].a).name, data.delegation(data.meetings[0].b).name} == {
        "Perth", "Stavanger"}


def test_before_solving_the_user_sees_the_bound_what_cannot_fit_and_the_table_advice(sqlite_db: Database) -> None:
    setup = make_session(sqlite_db, CITIES, window=("14:00", "14:40"), tables=1)
    request(sqlite_db, setup, "fiona@aberdeen.example", "kari@stavanger.example")
    request(sqlite_db, setup, "anne@esbjerg.example", "zoe@perth.example")
    request(sqlite_db, setup, "henrik@esbjerg.example", "chen@dongying.example")
    request(sqlite_db, setup, "zoe@perth.example", "chen@dongying.example", status="no_thanks")
    request(sqlite_db, setup, "fiona@aberdeen.example", "chen@dongying.example", status="declined")
    data = b2b.load_session(sqlite_db, setup.meeting)
    chen = setup.participants["chen@dongying.example"]
    b2b.set_limits(sqlite_db, setup.meeting, chen, 0)
    analysis = analyse(b2b.load_session(sqlite_db, setup.meeting))
    assert analysis.requested == 3  # the declined request and the no-thanks pair are not requests to meet
    assert [(u.a, u.b) for u in analysis.unfittable] == [(data.delegations[2].id, data.delegations[4].id)]
    assert "limit" in analysis.unfittable[0].reason
    assert analysis.upper_bound == 2  # one table × two slots
    assert analysis.tables_advised == (2, 2) and analysis.short_of_tables  # 3 ÷ 2 slots + 10–20 %


def test_schedule_all_keeps_locked_meetings_and_replans_the_rest(sqlite_db: Database) -> None:
    setup = make_session(sqlite_db, CITIES, window=("14:00", "15:00"))
    request(sqlite_db, setup, "fiona@aberdeen.example", "kari@stavanger.example")
    request(sqlite_db, setup, "anne@esbjerg.example", "zoe@perth.example")
    data = b2b.load_session(sqlite_db, setup.meeting)
    esbjerg, dongying = setup.delegations["Esbjerg"], setup.delegations["Dongying"]
    manual = b2b_edit.add_meeting(sqlite_db, setup.meeting, esbjerg, dongying, data.slots[2].start, 3)
    b2b_edit.set_locked(sqlite_db, setup.meeting, [manual], True)
    schedule(sqlite_db, setup.meeting, time_limit=LIMIT)
    rows = {(m.a, m.b): m for m in b2b.load_session(sqlite_db, setup.meeting).meetings}
    assert rows[min(esbjerg, dongying), max(esbjerg, dongying)].start == data.slots[2].start  # kept as it was
    assert len(rows) == 3


def test_scheduling_reads_registrations_and_never_changes_them(sqlite_db: Database) -> None:
    setup = random_session(sqlite_db, 11)
    with sqlite_db.session() as s:
        before = [(r.id, r.status, r.version) for r in s.scalars(select(Registration).order_by(Registration.id))]
    schedule(sqlite_db, setup.meeting, time_limit=LIMIT)
    with sqlite_db.session() as s:
        assert [(r.id, r.status, r.version) for r in s.scalars(select(Registration).order_by(Registration.id))] \
            == before


def test_a_cancelled_run_stops_at_once_and_saves_nothing(sqlite_db: Database) -> None:
    setup = random_session(sqlite_db, 3)
    before = b2b.load_session(sqlite_db, setup.meeting).meetings
    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled):
        schedule(sqlite_db, setup.meeting, time_limit=LIMIT, progress=progress)
    assert b2b.load_session(sqlite_db, setup.meeting).meetings == before


def test_the_solver_is_repeatable_with_its_seed() -> None:
    problem = solver.Problem(
        slot_count=4, pairs=tuple(solver.Pair(a, b, a == 0, a * 10 + b) for a in range(5) for b in range(a + 1, 5)),
        free={d: frozenset(range(4)) for d in range(5)}, cap={d: 3 for d in range(5)}, tables=(2, 2, 2, 2),
        members={d: 1 + d % 3 for d in range(5)})
    first = solver.optimise(problem, time_limit=LIMIT, workers=2, seed=7)
    assert first.optimal
    again = solver.optimise(problem, time_limit=LIMIT, workers=2, seed=7)
    assert (again.met, again.met_must, again.idle_gaps) == (first.met, first.met_must, first.idle_gaps)


def test_nobody_is_at_two_tables_at_once_even_when_that_would_fit_more(sqlite_db: Database) -> None:
    """Three cities that all asked each other, two slots: a triangle needs three slots, so only two of the
    three meetings fit, although each city has room for two."""
    setup = make_session(sqlite_db, [CITIES[0], CITIES[1], CITIES[4]], window=("14:00", "14:40"), tables=2)
    request(sqlite_db, setup, "fiona@aberdeen.example", "kari@stavanger.example")
    request(sqlite_db, setup, "fiona@aberdeen.example", "zoe@perth.example")
    request(sqlite_db, setup, "kari@stavanger.example", "zoe@perth.example")
    assert schedule(sqlite_db, setup.meeting, time_limit=LIMIT).scheduled == 2
    assert violations(sqlite_db, setup.meeting, slot_starts(["14:00", "14:20"])) == []
