"""What every benchmark shares: honest timing, goals with ratios, growth, a freeze monitor, results kept.

Rules the benchmarks follow (issue #12):
- every figure is the minimum of at least `REPEAT` runs (the machine's noise only ever adds time);
- the baseline does the same work the cheapest well-known way, in the same run, so that a ratio stays
  meaningful on a busy machine;
- the app is measured on the user's path (database → shown table, database → file);
- each goal prints `ratio=…` (ours / allowed; ≤ 1.00 meets it), the growth at 1k/10k/100k rows is shown,
  and the process exits non-zero when a goal is missed;
- the output is also written to `bench/results/<name>.txt`, which is committed;
- every goal line says the machine's load (1-minute load average) when it was measured: on a shared
  machine the absolute figures move with it, the ratios much less.
"""

from __future__ import annotations

import datetime as _dt
import gc
import os
import platform
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"
DATA = ROOT / "bench" / "data"  # generated databases, kept between runs, not committed
REPEAT = 5
SIZES = (1_000, 10_000, 100_000)


def best_of(work: Callable[[], object], repeat: int = REPEAT, *, collect: bool = True) -> float:
    """Minimum wall time in seconds of `repeat` runs of `work()` (a full GC before each, outside the clock)."""
    best = float("inf")
    for _ in range(max(repeat, REPEAT)):
        if collect:
            gc.collect()
        began = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - began)
    return best


def once(work: Callable[[], object]) -> float:
    """One timed run (for callers that alternate app and baseline and take the minimum themselves)."""
    gc.collect()
    began = time.perf_counter()
    work()
    return time.perf_counter() - began


@dataclass
class Report:
    """Collects lines and goal verdicts; `finish()` writes the results file and returns the exit code."""

    name: str
    lines: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.say(f"# {self.name} — {_dt.datetime.now():%Y-%m-%d %H:%M}, commit {_commit()}, "
                 f"Python {platform.python_version()}, {os.cpu_count()} cores, Qt platform "
                 f"{os.environ.get('QT_QPA_PLATFORM', 'default')}, every figure the minimum of ≥ {REPEAT} runs, "
                 f"load {load()}")

    def say(self, text: str = "") -> None:
        print(text, flush=True)
        self.lines.append(text)

    def ratio_goal(self, case: str, ours: float, bare: float, allowed: float, unit: str = "ms") -> bool:
        """ours / bare must be ≤ allowed; `ratio=` is (ours / bare) / allowed, so ≤ 1.00 meets the goal."""
        times = ours / bare if bare > 0 else float("inf")
        ratio = times / allowed
        return self._verdict(case, ratio, f"ours {_fmt(ours, unit)}, bare {_fmt(bare, unit)}: "
                                          f"{times:.2f}× (goal ≤ {allowed:g}×)")

    def limit_goal(self, case: str, value: float, limit: float, unit: str = "ms") -> bool:
        """An absolute goal (a freeze, a keystroke, memory): `ratio=` is value / limit."""
        return self._verdict(case, value / limit, f"{_fmt(value, unit)} (goal ≤ {_fmt(limit, unit)})")

    def _verdict(self, case: str, ratio: float, detail: str) -> bool:
        met = ratio <= 1.0
        self.say(f"{case}: {detail}  ratio={ratio:.2f}  {'met' if met else 'MISSED'}  (load {load()})")
        if not met:
            self.missed.append(case)
        return met

    def growth(self, case: str, sizes: Sequence[int], ours: Sequence[float],
               bare: Sequence[float] | None = None, unit: str = "ms") -> None:
        """Time per size and per row; the last column compares the per-row cost at the largest size with the
        smallest (1.0 = linear)."""
        self.say(f"growth of {case}:")
        self.say(f"  {'rows':>8} {'ours':>12} {'µs/row':>8}" + (f" {'bare':>12} {'µs/row':>8} {'ours/bare':>9}"
                                                                 if bare else ""))
        for index, size in enumerate(sizes):
            line = f"  {size:>8,} {_fmt(ours[index], unit):>12} {_per_row(ours[index], size, unit):>8.1f}"
            if bare:
                line += (f" {_fmt(bare[index], unit):>12} {_per_row(bare[index], size, unit):>8.1f}"
                         f" {ours[index] / bare[index]:>9.2f}")
            self.say(line)
        first, last = _per_row(ours[0], sizes[0], unit), _per_row(ours[-1], sizes[-1], unit)
        self.say(f"  per-row cost {sizes[-1]:,} vs {sizes[0]:,} rows: {last / first:.2f}× (1.00 = linear)"
                 f"  (load {load()})")

    def finish(self) -> int:
        self.say("")
        self.say(f"goals missed: {', '.join(self.missed)}" if self.missed else "all goals met")
        RESULTS.mkdir(parents=True, exist_ok=True)
        (RESULTS / f"{self.name}.txt").write_text("\n".join(self.lines) + "\n", encoding="utf-8")
        return 1 if self.missed else 0


def load() -> str:
    """The 1-, 5- and 15-minute load averages (2 cores here: above 2, other processes wait for the CPU)."""
    return " / ".join(f"{n:.2f}" for n in os.getloadavg())


def _fmt(value: float, unit: str) -> str:
    if unit == "ms":
        return f"{value * 1000:.1f} ms"
    if unit == "MB":
        return f"{value:.0f} MB"
    return f"{value:.3f} {unit}"


def _per_row(value: float, rows: int, unit: str) -> float:
    return value * 1e6 / rows if unit in ("ms", "s") else value / rows


def _commit() -> str:
    try:
        return subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True,
                              text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "?"


def child_env(**extra: str) -> dict[str, str]:
    """The environment a user has: byte-code caching on (PYTHONDONTWRITEBYTECODE removed), offscreen Qt
    unless the caller chose a platform, English, and throw-away settings folders."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.setdefault("KLIMAMOEDER_LANGUAGE", "en")
    env.update(extra)
    return env


def without_bytecode_switch() -> None:
    """Benchmarks import the app as users do: with .pyc files written and read."""
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    sys.dont_write_bytecode = False


class FreezeMonitor:
    """A timer on the GUI thread that records the largest gap between its ticks.

    Qt delivers the timer only when the GUI thread is free, so the largest gap (less the interval) is the
    longest the window could not react: a heavy step on the GUI thread, or a background thread holding the GIL.
    """

    def __init__(self, interval_ms: int = 5) -> None:
        from PySide6.QtCore import QTimer

        self.interval = interval_ms / 1000
        self.timer = QTimer()
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)
        self.worst = 0.0
        self._last = 0.0

    def start(self) -> None:
        self.worst = 0.0
        self._last = time.perf_counter()
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.worst = max(self.worst, now - self._last - self.interval)
        self._last = now

    def stop(self) -> float:
        """The worst gap in seconds, including the stretch since the last tick."""
        self._tick()
        self.timer.stop()
        return max(self.worst, 0.0)


def wait_for(signal: Any, timeout_s: float = 120.0) -> None:
    """Run the event loop until `signal` fires (benchmarks drive the real GUI, no processEvents loops)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    signal.connect(loop.quit)
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)
    timer.start(int(timeout_s * 1000))
    loop.exec()
    signal.disconnect(loop.quit)
    if not timer.isActive():
        raise TimeoutError(f"no signal within {timeout_s} s")
    timer.stop()
