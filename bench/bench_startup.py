"""Start-up, meeting selection and memory on a real network's database, against a bare PySide6 window.

    python -m bench.bench_startup [--runs 5] [--platform offscreen|xcb]

The database (built once into bench/data/): 200 meetings, 211,000 registrations, one meeting each with
1,000, 10,000 and 100,000 registrations. Every case runs in fresh processes with byte-code caching as users
have it, and is timed from process start (just before the spawn) to the window being exposed:
- bare: `QApplication` + `QMainWindow` 1280×800 shown (`bench/startup_child.py bare`);
- Klimamøder: `klimamoeder --db DB` exactly as the command starts it.
Goals (issue #12): Klimamøder's window ≤ 1.5× the bare window; selecting a meeting never blocks the GUI
thread more than 50 ms (freeze monitor from the click until its registrations table is shown) at 1k, 10k
and 100k registrations; peak RSS with the 100k-registration meeting open ≤ 300 MB.
Under `--platform xcb` it starts an Xvfb server of its own.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time

from .common import REPEAT, ROOT, Report, child_env, without_bytecode_switch
from .data import database

SIZES = [100_000, 10_000, 1_000] + [500] * 197  # meeting 1 has 100k, 2 has 10k, 3 has 1k registrations
BY_ROWS = {1_000: 3, 10_000: 2, 100_000: 1}


def run_child(args: list[str], env: dict[str, str]) -> dict[str, object]:
    """Start the child, return its reports; `exposed` is seconds since the spawn."""
    with tempfile.TemporaryDirectory(prefix="klimamoeder-bench-") as home:
        env = {**env, "XDG_CONFIG_HOME": f"{home}/config", "XDG_DATA_HOME": f"{home}/data"}
        began = time.monotonic()
        done = subprocess.run([sys.executable, "-m", "bench.startup_child", *args], cwd=ROOT, env=env,
                              capture_output=True, text=True, timeout=300, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"child {args} failed ({done.returncode}):\n{done.stderr[-3000:]}")
    result: dict[str, object] = {"selected": []}
    for line in done.stdout.splitlines():
        kind, _, rest = line.partition(" ")
        if kind in ("exposed", "ready"):
            when, _, cpu = rest.partition(" cpu=")
            result[kind] = float(when) - began
            if cpu:
                result[f"{kind}_cpu"] = float(cpu)
        elif kind == "selected":
            fields = dict(part.split("=") for part in rest.split()[1:])
            result["selected"].append({k: float(v) for k, v in fields.items()})  # type: ignore[union-attr]
    return result


def start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    display = ":97"
    server = subprocess.Popen(["Xvfb", display, "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1.0)  # Xvfb has no readiness signal we can wait on without X libraries
    return server, display


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=REPEAT)
    parser.add_argument("--platform", default="offscreen", choices=["offscreen", "xcb"])
    parser.add_argument("--start-only", action="store_true", help="skip selection and memory (while iterating)")
    args = parser.parse_args()
    runs = max(args.runs, REPEAT)
    without_bytecode_switch()
    report = Report(f"startup-{args.platform}")
    report.say(f"the timed processes run on Qt platform {args.platform}"
               + (" (an Xvfb server of this benchmark's own)" if args.platform == "xcb" else ""))
    t0 = time.perf_counter()
    db = database("network-200-meetings", SIZES)
    report.say(f"database {db.name}: 200 meetings, {sum(SIZES):,} registrations "
               f"(built or found in {time.perf_counter() - t0:.1f} s)")
    server = None
    extra = {"QT_QPA_PLATFORM": args.platform, "KLIMAMOEDER_LANGUAGE": "da"}
    if args.platform == "xcb":
        if shutil.which("Xvfb") is None:
            report.say("Xvfb is not installed")
            return 2
        server, display = start_xvfb()
        extra["DISPLAY"] = display
    try:
        env = child_env(**extra)
        # Warm the byte-code cache and the file system cache once, as a user's second start finds them.
        run_child(["bare"], env)
        run_child(["app", str(db)], env)
        bare, ours, ready, bare_cpu, ours_cpu = [], [], [], [], []
        for _ in range(runs):  # alternate, so a busy machine slows both alike
            result = run_child(["bare"], env)
            bare.append(float(result["exposed"]))  # type: ignore[arg-type]
            bare_cpu.append(float(result["exposed_cpu"]))  # type: ignore[arg-type]
            result = run_child(["app", str(db), "select"], env)
            ours.append(float(result["exposed"]))  # type: ignore[arg-type]
            ours_cpu.append(float(result["exposed_cpu"]))  # type: ignore[arg-type]
            ready.append(float(result["ready"]))  # type: ignore[arg-type]
        report.say(f"process start → window exposed, bare QMainWindow: {min(bare) * 1000:.0f} ms; "
                   f"Klimamøder: {min(ours) * 1000:.0f} ms; meetings listed after {min(ready) * 1000:.0f} ms")
        report.say(f"(CPU time of the process until exposed, less sensitive to other load: bare "
                   f"{min(bare_cpu) * 1000:.0f} ms, Klimamøder {min(ours_cpu) * 1000:.0f} ms, "
                   f"{min(ours_cpu) / min(bare_cpu):.2f}×)")
        report.ratio_goal("start-up: process start → main window exposed", min(ours), min(bare), 1.5)

        if args.start_only:
            return report.finish()
        sizes = sorted(BY_ROWS)
        selections: dict[int, list[dict[str, float]]] = {size: [] for size in sizes}
        for _ in range(runs):
            # one process per size: each measures its own first selection and its own peak memory
            for size in sizes:
                result = run_child(["app", str(db), "select", str(BY_ROWS[size])], env)
                selections[size].append(result["selected"][0])  # type: ignore[index]
        worst = [min(s["worst_gap"] for s in selections[size]) for size in sizes]
        shown = [min(s["shown"] for s in selections[size]) for size in sizes]
        memory = [min(s["peak_rss_mb"] for s in selections[size]) for size in sizes]
        for size, gap in zip(sizes, worst, strict=True):
            report.limit_goal(f"selecting a meeting of {size:,} registrations: worst GUI-thread block", gap, 0.050)
        report.growth("selecting a meeting until its table is shown", sizes, shown)
        report.say("peak RSS with the meeting open: " + ", ".join(
            f"{size:,}: {mb:.0f} MB" for size, mb in zip(sizes, memory, strict=True)))
        report.limit_goal("peak RSS with a 100,000-registration meeting open", memory[-1], 300, unit="MB")
    finally:
        if server is not None:
            server.terminate()
            server.wait()
    return report.finish()


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.exit(main())
