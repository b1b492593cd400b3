"""Start-up of the frozen build (build.spec) against the installed source, and the folder's size.

    python -m bench.bench_startup_frozen [--dist dist/klimamoeder] [--runs 7]

Without `--dist` it uses `dist/klimamoeder` if it is there, else builds into a temporary folder
(a minute or two). Every case runs in fresh processes, wall time from spawn to exit, median of
`--runs`: `--version` (how fast the CLI answers) and `--self-test` (window shown, a meeting selected,
its programme PDF rendered through QtPdf, window closed) on the same demo database. A bare
interpreter start (`python -c pass`) is the floor both are measured against.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXE_NAME = "klimamoeder.exe" if sys.platform == "win32" else "klimamoeder"


def build(into: Path) -> Path:
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
                    "--distpath", str(into / "dist"), "--workpath", str(into / "work"), str(ROOT / "build.spec")],
                   cwd=ROOT, check=True)
    print(f"built in {time.perf_counter() - t0:.0f} s")
    return into / "dist" / "klimamoeder"


def folder_size(folder: Path) -> tuple[float, int]:
    """MB and file count, symlinks (PyInstaller links Qt libraries next to each other) not counted twice."""
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files) / 1e6, len(files)


def wall_times(commands: list[list[str]], env: dict[str, str], runs: int) -> list[float]:
    """Median wall time of each command; runs alternate between the commands, so a busy machine
    slows them alike and the ratio stays fair."""
    samples: list[list[float]] = [[] for _ in commands]
    for _ in range(runs):
        for command, times in zip(commands, samples, strict=True):
            t0 = time.perf_counter()
            subprocess.run(command, env=env, capture_output=True, check=True, timeout=120)
            times.append(time.perf_counter() - t0)
    return [statistics.median(times) for times in samples]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dist", type=Path, help="the built folder that holds the executable")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="klimamoeder-bench-") as temp_name:
        temp = Path(temp_name)
        dist = args.dist or (ROOT / "dist" / "klimamoeder")
        if not (dist / EXE_NAME).is_file():
            dist = build(temp / "build")
        frozen = [str(dist / EXE_NAME)]
        source = [sys.executable, "-m", "klimamoeder"]
        env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "QT_PLUGIN"))}
        env.update(QT_QPA_PLATFORM="offscreen", KLIMAMOEDER_LANGUAGE="en", XDG_DATA_HOME=str(temp / "data"),
                   XDG_CONFIG_HOME=str(temp / "config"), XDG_CACHE_HOME=str(temp / "cache"))
        database = str(temp / "demo.sqlite3")
        subprocess.run([*source, "--db", database, "demo"], env=env, capture_output=True, check=True)

        megabytes, count = folder_size(dist)
        print(f"folder {dist}: {megabytes:.0f} MB in {count} files")
        (floor,) = wall_times([[sys.executable, "-c", "pass"]], env, args.runs)
        rows: list[tuple[str, float, float]] = []
        for name, tail in (("--version", ["--version"]), ("--self-test (window + PDF page)",
                                                          ["--db", database, "--self-test"])):
            frozen_s, source_s = wall_times([frozen + tail, source + tail], env, args.runs)
            rows.append((name, frozen_s, source_s))
        print(f"{'case (median of ' + str(args.runs) + ', wall s)':<40}{'frozen':>9}{'source':>9}"
              f"{'frozen/source':>15}{'frozen/bare':>13}")
        print(f"{'bare interpreter (python -c pass)':<40}{'':>9}{floor:>9.3f}")
        for name, frozen_s, source_s in rows:
            print(f"{name:<40}{frozen_s:>9.3f}{source_s:>9.3f}{frozen_s / source_s:>15.2f}{frozen_s / floor:>13.1f}")


if __name__ == "__main__":
    main()
