"""Files made to hurt the importer: each is refused (or reported) within seconds and a bounded amount of
memory, and the database is left exactly as it was.

Each import runs as the command line does, in its own process, so its peak memory can be
measured (VmHWM) and limited: a file that got past the bounds would hit the limit and
fail the test rather than the machine. `/dev/zero` is read in this very process, under a
memory limit set here.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from klimamoeder.services import demo
from klimamoeder.services.tabular import ImportFailed, read_table
from klimamoeder.storage import open_database
from tests import hostile_files as hostile
from tests.faults import count, integrity

MEMORY_BOUND_MB = 200
SECONDS = 15  # generous for a loaded CI machine; each takes one to four seconds here
REGISTRATIONS = "SELECT count(*) FROM registration"
PEOPLE = "SELECT count(*) FROM person"
pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="memory limits and /dev/zero")

# The peak is VmHWM, this process's own high-water mark: ru_maxrss would include the forked test runner's
# pages from before the exec.
_IMPORT = """
import sys, time
from klimamoeder import cli
start = time.monotonic()
code = cli.run(["--db", sys.argv[1], "import", "participants", "1", sys.argv[2]])
with open("/proc/self/status", encoding="ascii") as status:
    peak_kb = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
print(f"{code} {time.monotonic() - start:.2f} {peak_kb // 1024}")
"""


def _limit_memory() -> None:
    """A hard ceiling, above the bound we assert, so a runaway import fails fast instead of swapping."""
    limit = 600 * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_DATA, (limit, limit))


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("db") / "klimamoeder.sqlite3"
    db = open_database(path)
    demo.load_demo(db)
    db.dispose()
    return path


def import_in_own_process(database: Path, source: Path | str) -> tuple[str, float, int]:
    """(the one line on stderr, seconds, peak MB) of `klimamoeder import participants 1 SOURCE`."""
    env = dict(os.environ, KLIMAMOEDER_LANGUAGE="en")
    result = subprocess.run([sys.executable, "-c", _IMPORT, str(database), str(source)], capture_output=True,
                            text=True, env=env, timeout=120, check=False, preexec_fn=_limit_memory)
    assert result.returncode == 0, result.stderr
    code, seconds, peak = result.stdout.split()
    assert code == "1", result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0], float(seconds), int(peak)


def _fifo(folder: Path) -> Path:
    fifo = folder / "deltagere.csv"
    os.mkfifo(fifo)  # nobody writes to it: opening it blindly would wait for ever
    return fifo


HOSTILE: dict[str, tuple[Callable[[Path], Path | str], str]] = {
    "/dev/zero": (lambda _folder: "/dev/zero", "is not a regular file (a device or a pipe)"),
    "a named pipe": (_fifo, "is not a regular file (a device or a pipe)"),
    "a 60 MB file": (lambda f: _sparse(f / "huge.csv", 60), "The file is larger than 50 MB"),
    "a zip bomb: 1 GB in one cell": (lambda f: hostile.zip_bomb(f / "bomb.xlsx", 1024),
                                      "The workbook unpacks to more than 200 MB"),
    "a zip bomb under the size limits": (lambda f: hostile.zip_bomb(f / "bomb90.xlsx", 90),
                                          "A cell of the workbook holds more than 256 KB of text"),
    "3 million tiny rows (CSV)": (lambda f: hostile.csv_rows(f / "rows.csv", 3_000_000),
                                  "The file has more than 100,000 rows"),
    "3 million tiny rows (XLSX)": (lambda f: hostile.xlsx_rows(f / "rows.xlsx", 3_000_000),
                                   "The file has more than 100,000 rows"),
    "10,000 columns (CSV)": (lambda f: hostile.csv_columns(f / "wide.csv", 10_000),
                             "Line 1 has more than 200 columns"),
    "10,000 columns (XLSX)": (lambda f: hostile.xlsx_columns(f / "wide.xlsx", 10_000),
                              "Line 1 has more than 200 columns"),
    "a CSV mixing Windows-1252 and UTF-8": (lambda f: hostile.mixed_encoding_csv(f / "mixed.csv"),
                                            "The file mixes two encodings: line 3 is UTF-8 but line 2 is "
                                            "Windows-1252"),
}


def _sparse(path: Path, megabytes: int) -> Path:
    with open(path, "wb") as file:
        file.truncate(megabytes * 1024 * 1024)
    return path


@pytest.mark.parametrize("name", list(HOSTILE))
def test_a_hostile_file_is_refused_quickly_in_bounded_memory(name: str, database: Path, tmp_path: Path) -> None:
    make, expected = HOSTILE[name]
    source = make(tmp_path)
    before = (count(database, PEOPLE), count(database, REGISTRATIONS))
    line, seconds, peak = import_in_own_process(database, source)
    if os.environ.get("KLIMAMOEDER_SHOW_MEASUREMENTS"):
        print(f"\n{name}: {seconds:.2f} s, {peak} MB")
    assert expected in line and line.startswith("klimamoeder: "), line
    assert seconds < SECONDS, (name, seconds)
    assert peak < MEMORY_BOUND_MB, (name, peak)
    assert integrity(database) == "ok" and (count(database, PEOPLE), count(database, REGISTRATIONS)) == before


def test_dev_zero_is_refused_under_a_memory_limit_in_this_process() -> None:
    with open("/proc/self/status", encoding="ascii") as status:
        data_kb = next(int(line.split()[1]) for line in status if line.startswith("VmData:"))
    soft, hard = resource.getrlimit(resource.RLIMIT_DATA)
    resource.setrlimit(resource.RLIMIT_DATA, ((data_kb * 1024) + MEMORY_BOUND_MB * 1024 * 1024, hard))
    try:
        start = time.monotonic()
        with pytest.raises(ImportFailed, match="is not a regular file"):
            read_table(Path("/dev/zero"))
        assert time.monotonic() - start < 1
    finally:
        resource.setrlimit(resource.RLIMIT_DATA, (soft, hard))


def test_a_workbook_with_too_many_rows_is_refused_with_a_text_the_window_can_show(tmp_path: Path) -> None:
    """A DomainError's `message` is its text (the import wizard's check page puts it in a label); this one was an
    ImportFailed wrapped in another, which only `str()` turned into text. Found by mypy --strict."""
    with pytest.raises(ImportFailed) as refused:
        read_table(hostile.xlsx_rows(tmp_path / "rows.xlsx", 120_000))
    assert isinstance(refused.value.message, str)
    assert refused.value.message.startswith("The file has more than 100,000 rows")


def test_a_real_list_still_imports_and_stays_in_bounded_memory(tmp_path: Path) -> None:
    """Refusing is easy; the bounds must leave every real list alone (5,000 rows of Danish Excel CSV)."""
    source = tmp_path / "deltagere.csv"
    with open(source, "w", encoding="cp1252", newline="") as out:
        out.write("Navn;E-mail;Organisation;Titel;Telefon;Kost\r\n")
        for n in range(5_000):
            out.write(f"Deltager Ærø {n};deltager{n}@kl.example;Kommune {n % 98};Klimakoordinator;"
                      f"+45 {20000000 + n};vegetar\r\n")
    database = tmp_path / "klimamoeder.sqlite3"
    db = open_database(database)
    demo.load_demo(db)
    db.dispose()
    env = dict(os.environ, KLIMAMOEDER_LANGUAGE="en")
    result = subprocess.run([sys.executable, "-c", _IMPORT, str(database), str(source)], capture_output=True,
                            text=True, env=env, timeout=300, check=False, preexec_fn=_limit_memory)
    code, seconds, peak = result.stdout.splitlines()[-1].split()
    if os.environ.get("KLIMAMOEDER_SHOW_MEASUREMENTS"):
        print(f"\n5,000 rows imported: {seconds} s, {peak} MB")
    assert code == "0", result.stderr
    assert int(peak) < MEMORY_BOUND_MB
    assert count(database, "SELECT count(*) FROM person WHERE name LIKE 'Deltager Ærø %'") == 5_000
