"""The B2B scheduling problem as numbers, and two ways to solve it: greedy and CP-SAT.

Pure functions over plain data (no database, no Qt), so tests and the benchmark can
build an instance from literals. The unit that meets is a *delegation* (one to three
people who always sit at the table together); a *pair* is two delegations with at
least one accepted request between them. Tables are interchangeable within a slot, so
the model only counts them; numbers are given after solving (`b2b_schedule`).

The optimiser solves in three stages, each with the previous answer as a hint:
1. as many *must* meetings as possible;
2. keeping that many musts, as many meetings as possible;
3. keeping both, as few idle slots as possible between a person's first and last meeting.
Lexicographic stages instead of one weighted sum keep each stage's proven bound
meaningful ("met is within 1 % of what is provably possible"), which a weighted sum
with a huge must-weight hides. The greedy "first free slot" plan (b2match's Quick
schedule) is the first hint, so the optimiser never returns less than greedy.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..i18n import translate
from .progress import Progress

# Fixed so that a run is repeatable: same instance, same parameters, same plan when the
# solver finishes each stage (proves it optimal) inside its time share.
DEFAULT_WORKERS = 2
DEFAULT_SEED = 20221006
DEFAULT_TIME_LIMIT = 30.0


@dataclass(frozen=True)
class Pair:
    """Two delegations that asked to meet; `order` is when the first request came (greedy's order)."""

    a: int
    b: int
    must: bool
    order: int = 0


@dataclass(frozen=True)
class Problem:
    """What is left to plan once kept (locked or published) meetings are taken out.

    `free[d]`: slot indices where every member of delegation d is available and not kept busy;
    `cap[d]`: how many more meetings d may have; `fixed`: delegations with a table of their own
    (their meetings use no shared table); `tables[t]`: shared tables still free in slot t;
    `busy[d]`: slots already taken by kept meetings (they count for idle gaps);
    `members[d]`: people in d (idle gaps are counted per person).
    """

    slot_count: int
    pairs: tuple[Pair, ...]
    free: Mapping[int, frozenset[int]]
    cap: Mapping[int, int]
    tables: tuple[int, ...]
    fixed: frozenset[int] = frozenset()
    busy: Mapping[int, frozenset[int]] = field(default_factory=dict)
    members: Mapping[int, int] = field(default_factory=dict)

    def shared_table(self, pair: Pair) -> bool:
        return pair.a not in self.fixed and pair.b not in self.fixed

    def slots_for(self, pair: Pair) -> list[int]:
        """Slots where both delegations could meet (ignoring everything else)."""
        if self.cap.get(pair.a, 0) <= 0 or self.cap.get(pair.b, 0) <= 0:
            return []
        common = self.free.get(pair.a, frozenset()) & self.free.get(pair.b, frozenset())
        if self.shared_table(pair):
            common = frozenset(t for t in common if self.tables[t] > 0)
        return sorted(common)


@dataclass(frozen=True)
class Plan:
    """New meetings as (pair index, slot index), with the figures the user compares."""

    method: str  # "greedy" | "cp-sat"
    meetings: tuple[tuple[int, int], ...]
    met: int
    met_must: int
    idle_gaps: int  # idle gaps summed over people, kept meetings included
    bound: int | None = None  # proven upper bound on `met` given the musts (CP-SAT only)
    optimal: bool = False
    seconds: float = 0.0


def idle_gaps(problem: Problem, meetings: Iterable[tuple[int, int]]) -> int:
    """Idle gaps (runs of free slots between two of one's meetings), summed over people.

    Counted as runs, not slots: Bofill et al. count a participant's idle periods, and a person
    minds having to come back more than how long the wait is.
    """
    busy: dict[int, set[int]] = {d: set(slots) for d, slots in problem.busy.items()}
    for index, slot in meetings:
        pair = problem.pairs[index]
        busy.setdefault(pair.a, set()).add(slot)
        busy.setdefault(pair.b, set()).add(slot)
    total = 0
    for delegation, slots in busy.items():
        runs = sum(1 for slot in slots if slot - 1 not in slots)
        total += max(0, runs - 1) * problem.members.get(delegation, 1)
    return total


def _plan(problem: Problem, method: str, meetings: Sequence[tuple[int, int]], **extra: Any) -> Plan:
    ordered = tuple(sorted(meetings, key=lambda m: (m[1], m[0])))
    must = sum(1 for index, _slot in ordered if problem.pairs[index].must)
    return Plan(method, ordered, len(ordered), must, idle_gaps(problem, ordered), **extra)


def greedy(problem: Problem) -> Plan:
    """b2match's quick schedule: musts first, then by request order, each in the first slot that fits."""
    started = time.perf_counter()
    busy: dict[int, set[int]] = {}
    used = [0] * problem.slot_count
    count: dict[int, int] = {}
    chosen: list[tuple[int, int]] = []
    order = sorted(range(len(problem.pairs)), key=lambda i: (not problem.pairs[i].must, problem.pairs[i].order, i))
    for index in order:
        pair = problem.pairs[index]
        if count.get(pair.a, 0) >= problem.cap.get(pair.a, 0) or count.get(pair.b, 0) >= problem.cap.get(pair.b, 0):
            continue
        shared = problem.shared_table(pair)
        for slot in problem.slots_for(pair):
            if slot in busy.get(pair.a, ()) or slot in busy.get(pair.b, ()):
                continue
            if shared and used[slot] >= problem.tables[slot]:
                continue
            chosen.append((index, slot))
            busy.setdefault(pair.a, set()).add(slot)
            busy.setdefault(pair.b, set()).add(slot)
            count[pair.a] = count.get(pair.a, 0) + 1
            count[pair.b] = count.get(pair.b, 0) + 1
            if shared:
                used[slot] += 1
            break
    return _plan(problem, "greedy", chosen, seconds=time.perf_counter() - started)


def upper_bound(problem: Problem) -> int:
    """A bound anyone can check before solving: shared tables × slots plus fixed-table meetings,
    and half of what the delegations can attend (each meeting needs two)."""
    fittable = [p for p in problem.pairs if problem.slots_for(p)]
    per_delegation: dict[int, int] = {}
    for pair in fittable:
        per_delegation[pair.a] = per_delegation.get(pair.a, 0) + 1
        per_delegation[pair.b] = per_delegation.get(pair.b, 0) + 1
    attendance = sum(min(n, problem.cap.get(d, 0), len(problem.free.get(d, ()))) for d, n in per_delegation.items())
    shared = sum(1 for p in fittable if problem.shared_table(p))
    by_tables = min(shared, sum(problem.tables)) + (len(fittable) - shared)
    return min(len(fittable), attendance // 2, by_tables)


class _Stopper:
    """Polls the user's cancel and reports elapsed time while CP-SAT runs (it blocks its thread)."""

    def __init__(self, progress: Progress, budget: float, text: str) -> None:
        self.progress, self.budget, self.text = progress, budget, text
        self.solver: Any = None
        self.started = time.perf_counter()
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)

    def __enter__(self) -> _Stopper:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._done.set()
        self._thread.join()

    def _watch(self) -> None:
        while not self._done.wait(0.1):
            if self.progress.cancelled:
                if self.solver is not None:
                    self.solver.stop_search()
                continue
            elapsed = time.perf_counter() - self.started
            self.progress.step(int(min(elapsed, self.budget) * 10), int(self.budget * 10), self.text)


@dataclass
class _Model:
    model: Any
    x: dict[tuple[int, int], Any]
    met: Any
    met_must: Any
    by_delegation_slot: dict[tuple[int, int], list[Any]]


def _build(problem: Problem) -> _Model:
    from ortools.sat.python import cp_model

    model = cp_model.CpModel()
    x: dict[tuple[int, int], Any] = {}
    for index, pair in enumerate(problem.pairs):
        for slot in problem.slots_for(pair):
            x[index, slot] = model.new_bool_var(f"m{index}_{slot}")
    by_pair: dict[int, list[Any]] = {}
    by_delegation_slot: dict[tuple[int, int], list[Any]] = {}
    by_delegation: dict[int, list[Any]] = {}
    shared_by_slot: dict[int, list[Any]] = {}
    for (index, slot), var in x.items():
        pair = problem.pairs[index]
        by_pair.setdefault(index, []).append(var)
        for d in (pair.a, pair.b):
            by_delegation_slot.setdefault((d, slot), []).append(var)
            by_delegation.setdefault(d, []).append(var)
        if problem.shared_table(pair):
            shared_by_slot.setdefault(slot, []).append(var)
    for variables in by_pair.values():
        model.add_at_most_one(variables)
    for variables in by_delegation_slot.values():
        model.add_at_most_one(variables)
    met_by_pair = {index: sum(variables) for index, variables in by_pair.items()}
    for d in by_delegation:
        # Redundant for the integer problem, decisive for the bound: a delegation meets at most as often as
        # it has free slots, and at most one pair per slot. The LP then sees the b-matching bound at once.
        limit = min(problem.cap.get(d, 0), len(problem.free.get(d, ())))
        pairs_of_d = [met_by_pair[i] for i in by_pair if d in (problem.pairs[i].a, problem.pairs[i].b)]
        if len(pairs_of_d) > limit:
            model.add(sum(pairs_of_d) <= limit)
    for slot, variables in shared_by_slot.items():
        if len(variables) > problem.tables[slot]:
            model.add(sum(variables) <= problem.tables[slot])
    met = sum(x.values())
    met_must = sum(var for (index, _slot), var in x.items() if problem.pairs[index].must)
    return _Model(model, x, met, met_must, by_delegation_slot)


def _idle_terms(model: Any, problem: Problem, by_delegation_slot: Mapping[tuple[int, int], list[Any]]) -> Any:
    """Idle gaps per delegation, weighted by its people: runs of meetings minus one.

    A run starts at slot t when the delegation is busy at t and not at t − 1; `met_any` is 1
    when it meets at all, so gaps = starts − met_any (never negative). Added only for the last
    stage: the first two stages solve faster without these constraints.
    """
    terms = []
    delegations = {d for d, _slot in by_delegation_slot} | {d for d, s in problem.busy.items() if s}
    for d in sorted(delegations):
        kept = problem.busy.get(d, frozenset())
        busy: list[Any] = []
        for slot in range(problem.slot_count):
            if slot in kept:
                busy.append(1)
            elif (d, slot) in by_delegation_slot:
                busy.append(sum(by_delegation_slot[d, slot]))
            else:
                busy.append(0)
        starts = []
        for slot, now in enumerate(busy):
            before = busy[slot - 1] if slot else 0
            if isinstance(now, int) and now == 0:
                continue
            if isinstance(now, int) and isinstance(before, int):
                starts.append(1 if before == 0 else 0)
                continue
            start = model.new_bool_var(f"start{d}_{slot}")
            model.add(start >= now - before)
            starts.append(start)
        met_any = model.new_bool_var(f"any{d}")
        model.add(met_any <= sum(busy))
        gaps = model.new_int_var(0, problem.slot_count, f"gaps{d}")  # never negative: the bound is then 0 at once
        model.add(gaps >= sum(starts) - met_any)
        terms.append(gaps * problem.members.get(d, 1))
    return sum(terms) if terms else 0


def scarce_first(problem: Problem) -> Plan:
    """Greedy again, but the pairs with the fewest possible slots go first: a better first hint."""
    options = {i: len(problem.slots_for(p)) for i, p in enumerate(problem.pairs)}
    reordered = Problem(
        problem.slot_count,
        tuple(Pair(p.a, p.b, p.must, options[i]) for i, p in enumerate(problem.pairs)),
        problem.free, problem.cap, problem.tables, problem.fixed, problem.busy, problem.members)
    return greedy(reordered)


_STAGE_SHARES = {"must": 0.2, "met": 0.6, "idle": 0.2}


def optimise(problem: Problem, *, time_limit: float = DEFAULT_TIME_LIMIT, workers: int = DEFAULT_WORKERS,
             seed: int = DEFAULT_SEED, progress: Progress | None = None, start: Plan | None = None) -> Plan:
    """The best plan CP-SAT finds within `time_limit` seconds (never worse than `start` or greedy).

    The time is shared between the stages; a stage that proves its optimum early leaves the
    rest to the next. Cancelling stops the running stage at once and raises `Cancelled`.
    """
    from ortools.sat.python import cp_model

    progress = progress or Progress()
    started = time.perf_counter()
    first = start or greedy(problem)
    other = scarce_first(problem)
    if (other.met_must, other.met) > (first.met_must, first.met):
        first = other
    if not problem.pairs:
        return _plan(problem, "cp-sat", (), bound=0, optimal=True)
    built = _build(problem)
    hint = set(first.meetings)
    stages = [name for name in ("must", "met", "idle") if name != "must" or any(p.must for p in problem.pairs)]
    texts = {"must": translate("B2B", "Planning the must-meet requests…"),
             "met": translate("B2B", "Fitting in as many meetings as possible…"),
             "idle": translate("B2B", "Closing idle gaps between meetings…")}
    bound: int | None = None
    optimal = True
    for number, name in enumerate(stages):
        objective = {"must": built.met_must, "met": built.met}.get(name)
        if objective is None:
            objective = _idle_terms(built.model, problem, built.by_delegation_slot)
            if isinstance(objective, int):
                break
        remaining = time_limit - (time.perf_counter() - started)
        share = _STAGE_SHARES[name] / sum(_STAGE_SHARES[n] for n in stages[number:])
        budget = max(0.2, remaining * share)
        status, solver = _solve(built, objective, name != "idle", hint, budget, workers, seed,
                                _Stopper(progress, budget, texts[name]))
        if progress.cancelled:
            progress.step(0, 0)  # raises Cancelled
        if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
            optimal = False
            break  # out of time before any answer: keep the hint (greedy or the last stage)
        hint = {key for key, var in built.x.items() if solver.boolean_value(var)}
        value = round(solver.objective_value)
        if name == "met":  # two proofs of the same thing: the solver's, and the counting bound before solving
            bound = min(round(solver.best_objective_bound), upper_bound(problem))
        optimal = optimal and status == cp_model.OPTIMAL
        built.model.add(objective >= value if name != "idle" else objective <= value)
    plan = _plan(problem, "cp-sat", sorted(hint), bound=bound, optimal=optimal,
                 seconds=time.perf_counter() - started)
    if (plan.met_must, plan.met) < (first.met_must, first.met):  # cannot happen with the hint; belt and braces
        return _plan(problem, "cp-sat", first.meetings, bound=bound, optimal=False, seconds=plan.seconds)
    return plan


def _solve(built: _Model, objective: Any, maximise: bool, hint: set[tuple[int, int]], budget: float,
           workers: int, seed: int, stopper: _Stopper) -> tuple[Any, Any]:
    from ortools.sat.python import cp_model

    built.model.clear_hints()
    for key, var in built.x.items():
        built.model.add_hint(var, 1 if key in hint else 0)
    if maximise:
        built.model.maximize(objective)
    else:
        built.model.minimize(objective)
    solver = cp_model.CpSolver()
    solver.parameters.num_workers = workers
    solver.parameters.random_seed = seed
    solver.parameters.max_time_in_seconds = budget
    with stopper:
        stopper.solver = solver
        status = solver.solve(built.model)
    return status, solver
