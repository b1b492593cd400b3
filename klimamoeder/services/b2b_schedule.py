"""Making the B2B schedule: what fits before solving, greedy and CP-SAT plans, tables, saving.

Two modes. *All*: every meeting that is not locked is planned again. *Fill*: every meeting
already in the schedule stays where it is (what was published is kept) and only free
capacity is filled. Before solving, `analyse` tells the user what can be had at most, which
requests cannot fit at all and whether there are enough tables (b2match's sizing rule:
expected meetings ÷ slots, plus 10–20 %).

The plan is saved in one transaction; the greedy plan is computed alongside and reported,
so the user sees what the optimiser bought.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..i18n import translate
from ..model import B2BMeeting
from ..storage import Database
from . import b2b_solver as solver
from .b2b import MeetingRow, PairRow, SessionData, load_session, read_session
from .errors import DomainError
from .progress import Progress


class Mode(StrEnum):
    ALL = "all"
    FILL = "fill"


@dataclass(frozen=True)
class Unfittable:
    a: int
    b: int
    reason: str


@dataclass(frozen=True)
class Analysis:
    """What the user sees before pressing Schedule."""

    mode: Mode
    requested: int  # accepted pairs (no-thanks pairs left out)
    kept: int  # meetings that stay as they are
    upper_bound: int  # kept + the most new meetings that can possibly fit
    unfittable: tuple[Unfittable, ...]
    slots: int
    tables: int
    tables_advised: tuple[int, int]  # b2match: expected meetings ÷ slots + 10 % … + 20 %
    problem: solver.Problem
    pairs: tuple[PairRow, ...]  # the pairs still to plan, in the problem's order
    kept_rows: tuple[MeetingRow, ...]

    @property
    def short_of_tables(self) -> bool:
        return self.tables < self.tables_advised[0]


@dataclass(frozen=True)
class ScheduleResult:
    analysis: Analysis
    greedy: solver.Plan
    plan: solver.Plan
    scheduled: int  # meetings in the saved schedule (kept and new)
    scheduled_must: int
    idle_gaps: int
    cancelled: bool = False


def analyse(data: SessionData, mode: Mode = Mode.ALL) -> Analysis:
    pairs, _refused = data.pairs()
    kept_rows = tuple(m for m in data.meetings if mode == Mode.FILL or m.locked)
    kept_pairs = {(m.a, m.b) for m in kept_rows}
    todo = tuple(p for p in pairs if (p.a, p.b) not in kept_pairs)
    fixed = {d.id: d.table for d in data.delegations if d.table is not None}
    shared_tables = [n for n in range(1, data.table_count + 1) if n not in fixed.values()]
    busy: dict[int, set[int]] = {}
    used = [0] * len(data.slots)
    for m in kept_rows:
        slot = data.slot_at(m.start)
        if slot is None:
            continue
        busy.setdefault(m.a, set()).add(slot.index)
        busy.setdefault(m.b, set()).add(slot.index)
        if m.table in shared_tables:
            used[slot.index] += 1
    kept_count: dict[int, int] = {}
    for m in kept_rows:
        kept_count[m.a] = kept_count.get(m.a, 0) + 1
        kept_count[m.b] = kept_count.get(m.b, 0) + 1
    delegations = [d.id for d in data.delegations]
    problem = solver.Problem(
        slot_count=len(data.slots),
        pairs=tuple(solver.Pair(p.a, p.b, p.must, p.order) for p in todo),
        free={d: frozenset(s.index for s in data.slots if data.available(d, s) and s.index not in busy.get(d, ()))
              for d in delegations},
        cap={d: max(0, data.cap(d) - kept_count.get(d, 0)) for d in delegations},
        tables=tuple(max(0, len(shared_tables) - u) for u in used),
        fixed=frozenset(fixed),
        busy={d: frozenset(s) for d, s in busy.items()},
        members={d: max(1, len(data.members(d))) for d in delegations},
    )
    unfittable = tuple(Unfittable(p.a, p.b, _why(data, problem, problem.pairs[i]))
                       for i, p in enumerate(todo) if not problem.slots_for(problem.pairs[i]))
    expected = len(pairs)
    base = expected / max(1, len(data.slots))
    advised = (math.ceil(base * 1.1), math.ceil(base * 1.2))
    return Analysis(mode, len(pairs), len(kept_rows), len(kept_rows) + solver.upper_bound(problem), unfittable,
                    len(data.slots), data.table_count, advised, problem, todo, kept_rows)


def _why(data: SessionData, problem: solver.Problem, pair: solver.Pair) -> str:
    for d in (pair.a, pair.b):
        if not data.members(d):
            return translate("B2B", "{name} is no longer registered").format(name=data.delegation(d).name)
        if problem.cap.get(d, 0) <= 0:
            return translate("B2B", "{name} has reached its meeting limit").format(name=data.delegation(d).name)
        if not problem.free.get(d):
            return translate("B2B", "{name} is not available in any slot").format(name=data.delegation(d).name)
    return translate("B2B", "no slot in which both are free")


def schedule(db: Database, meeting_id: int, mode: Mode = Mode.ALL, *, time_limit: float = solver.DEFAULT_TIME_LIMIT,
             workers: int = solver.DEFAULT_WORKERS, seed: int = solver.DEFAULT_SEED,
             progress: Progress | None = None) -> ScheduleResult:
    """Plan (outside any transaction: it takes seconds), then save in one transaction, but only if
    the session did not change meanwhile."""
    data = load_session(db, meeting_id)
    result = plan(data, mode, time_limit=time_limit, workers=workers, seed=seed, progress=progress)
    with db.session() as s:
        current = read_session(s, meeting_id)
        if (current.meetings, current.requests, current.people) != (data.meetings, data.requests, data.people):
            raise DomainError(translate("B2B", "Someone changed the B2B session while it was being planned; plan "
                                               "again."))
        save_plan(s, data, result)
    return result


def plan(data: SessionData, mode: Mode = Mode.ALL, *, time_limit: float = solver.DEFAULT_TIME_LIMIT,
         workers: int = solver.DEFAULT_WORKERS, seed: int = solver.DEFAULT_SEED,
         progress: Progress | None = None) -> ScheduleResult:
    """The greedy and the optimised plan for the session as it is (nothing saved)."""
    analysis = analyse(data, mode)
    greedy = solver.greedy(analysis.problem)
    best = solver.optimise(analysis.problem, time_limit=time_limit, workers=workers, seed=seed, progress=progress,
                           start=greedy)
    kept_must = sum(1 for m in analysis.kept_rows if _is_must(data, m))
    return ScheduleResult(analysis, _with_kept(greedy, analysis), _with_kept(best, analysis),
                          analysis.kept + best.met, kept_must + best.met_must, best.idle_gaps)


def save_plan(s: Session, data: SessionData, result: ScheduleResult) -> None:
    """Put the plan's meetings in place of those that were not kept (inside the caller's transaction).

    A pair that already had a meeting keeps its row: moved, it is the same calendar event with the
    next SEQUENCE (the one rule in `services/sequence.py`); a pair that lost its meeting loses the row.
    """
    analysis = result.analysis
    kept_ids = {m.id for m in analysis.kept_rows}
    old = {(m.delegation_a_id, m.delegation_b_id): m for m in s.scalars(
        select(B2BMeeting).where(B2BMeeting.session_id == data.session_id)) if m.id not in kept_ids}
    placed = assign_tables(data, analysis, list(result.plan.meetings))
    for pair, slot, table in placed:
        row = old.pop((pair.a, pair.b), None)
        if row is None:
            s.add(B2BMeeting(session_id=data.session_id, delegation_a_id=pair.a, delegation_b_id=pair.b,
                             start=data.slots[slot].start, table=table, source="solver"))
        elif (row.start, row.table) != (data.slots[slot].start, table):
            row.start, row.table, row.source = data.slots[slot].start, table, "solver"
    for row in old.values():
        s.delete(row)
    s.flush()


def _is_must(data: SessionData, meeting: MeetingRow) -> bool:
    pairs, _refused = data.pairs()
    return any(p.must for p in pairs if (p.a, p.b) == (meeting.a, meeting.b))


def _with_kept(plan: solver.Plan, analysis: Analysis) -> solver.Plan:
    from dataclasses import replace

    return replace(plan, met=plan.met + analysis.kept,
                   bound=None if plan.bound is None else plan.bound + analysis.kept)


def assign_tables(data: SessionData, analysis: Analysis,
                  meetings: Sequence[tuple[int, int]]) -> list[tuple[PairRow, int, int]]:
    """Table numbers for new meetings: a delegation's own table if it has one, else the lowest free shared one."""
    fixed = {d.id: d.table for d in data.delegations if d.table is not None}
    taken: dict[int, set[int]] = {}
    for m in analysis.kept_rows:
        slot = data.slot_at(m.start)
        if slot is not None:
            taken.setdefault(slot.index, set()).add(m.table)
    shared = [n for n in range(1, data.table_count + 1) if n not in fixed.values()]
    placed: list[tuple[PairRow, int, int]] = []
    for index, slot_index in sorted(meetings, key=lambda m: (m[1], m[0])):
        pair = analysis.pairs[index]
        own = sorted(fixed[d] for d in (pair.a, pair.b) if d in fixed)
        table = own[0] if own else next(n for n in shared if n not in taken.get(slot_index, set()))
        taken.setdefault(slot_index, set()).add(table)
        placed.append((pair, slot_index, table))
    return placed
