"""The environment fails: a full disk, read-only files and folders, a database another process is writing,
the open database given as the output. Each time: one clear line, and nothing lost or half-written.

Read-only cases run the command line without root's power to ignore permissions
(`faults.as_ordinary_user`), since the secretariat worker is not root; a full disk is a
small file system where we may mount one, and a file-size limit (RLIMIT_FSIZE) everywhere.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from klimamoeder import cli, storage
from klimamoeder.services import demo
from klimamoeder.storage import open_database
from tests import faults
from tests.faults import count, fresh_copy, integrity

FIXTURES = Path(__file__).parent.parent / "fixtures"
REGISTRATIONS = "SELECT count(*) FROM registration"
pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="Linux file systems, limits and /proc")


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "klimamoeder.sqlite3"
    db = open_database(path)
    demo.load_demo(db)
    db.dispose()
    return path


@pytest.fixture
def database(template: Path, tmp_path: Path) -> Path:
    return fresh_copy(template, tmp_path / "data")


def klimamoeder(*args: str, preexec: Callable[[], None] | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, KLIMAMOEDER_LANGUAGE="en")
    if preexec is not None:  # under `tests/run --cov` such a process could not write coverage's data file (too
        # big for the file-size limit, in a folder root owns), and would say so on stderr: it is not measured
        for name in ("COVERAGE_PROCESS_CONFIG", "COVERAGE_PROCESS_START"):
            env.pop(name, None)
    return subprocess.run([sys.executable, "-m", "klimamoeder", *args], capture_output=True, text=True, env=env,
                          timeout=120, check=False, preexec_fn=preexec)


def one_line(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 1, (result.returncode, result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    return lines[0]


def csv_of_people(folder: Path, rows: int = 200) -> Path:
    path = folder / "people.csv"
    path.write_text("Navn;E-mail\r\n" + "".join(f"Ny {n};ny{n}@kl.example\r\n" for n in range(rows)), encoding="utf-8")
    return path


# --- the open database as every output --------------------------------------------------------------

def output_commands() -> list[list[str]]:
    """Every command that writes a file (`-o` with `--force`), with example arguments; new ones join by themselves."""
    examples = {"meeting": "1", "email": "jesper.frost.rasmussen@esbjerg.example"}
    found: list[list[str]] = []

    def walk(parser: argparse.ArgumentParser, words: list[str]) -> None:
        options = {option for action in parser._actions for option in action.option_strings}
        if "--force" in options:
            positionals = [a.dest for a in parser._actions if not a.option_strings and a.required]
            missing = [p for p in positionals if p not in examples]
            assert not missing, f"add an example value for {missing} of `{' '.join(words)}`"
            found.append([*words, *(examples[p] for p in positionals)])
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, sub in action.choices.items():
                    walk(sub, [*words, name])

    walk(cli.build_parser(), [])
    return found


def test_no_command_writes_onto_the_open_database_or_its_files(database: Path, capsys) -> None:
    commands = output_commands()
    assert {" ".join(c[:2]) for c in commands} >= {"export programme", "export registrations", "backup -o"[:6]}
    (database.parent / "alias.pdf").symlink_to(database)
    with sqlite3.connect(database) as con:
        con.execute("PRAGMA journal_mode=WAL")
    before = count(database, REGISTRATIONS)
    for command in commands:
        for target in (database, Path(f"{database}-wal"), Path(f"{database}-shm"), database.parent / "alias.pdf"):
            code = cli.run(["--db", str(database), *command, "-o", str(target), "--force"])
            err = capsys.readouterr().err
            assert code == 1 and len(err.strip().splitlines()) == 1, (command, err)
            assert f"{target} is the open database (or one of its files)" in err, (command, err)
    assert integrity(database) == "ok" and count(database, REGISTRATIONS) == before


# --- a full disk -----------------------------------------------------------------------------------

class FullDisk:
    """A folder where writing more than a little fails as on a full disk, and how to run a command there."""

    def __init__(self, folder: Path, preexec: Callable[[], None] | None, small_file_system: bool) -> None:
        self.folder, self.preexec, self.small_file_system = folder, preexec, small_file_system

    def fill(self, leave: int = 48 * 1024) -> None:
        """Take all but `leave` bytes of the small file system (the file-size limit needs nothing)."""
        if not self.small_file_system:
            return
        stats = os.statvfs(self.folder)
        free = stats.f_bavail * stats.f_frsize
        with open(self.folder / "filler.bin", "ab") as filler:
            filler.write(b"\0" * max(0, free - leave))

    def empty(self) -> None:
        (self.folder / "filler.bin").unlink(missing_ok=True)


def _file_size_limit() -> None:
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # EFBIG instead of death, as on a full disk
    resource.setrlimit(resource.RLIMIT_FSIZE, (48 * 1024, 48 * 1024))


@pytest.fixture(params=["file-size limit", "small file system"])
def full_disk(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[FullDisk]:
    if request.param == "file-size limit":
        yield FullDisk(tmp_path, _file_size_limit, small_file_system=False)
        return
    folder = tmp_path / "small"
    folder.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m,mode=0755", "tmpfs", str(folder)],
                             capture_output=True, check=False)
    if mounted.returncode != 0:
        pytest.skip("cannot mount a small file system here (not root); the file-size limit covers it")
    try:
        yield FullDisk(folder, None, small_file_system=True)
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def test_a_full_disk_keeps_the_old_export_and_says_so(full_disk: FullDisk, database: Path) -> None:
    target = full_disk.folder / "programme.pdf"
    target.write_bytes(b"%PDF-1.4 last week's programme")
    full_disk.fill()
    line = one_line(klimamoeder("--db", str(database), "export", "programme", "1", "-o", str(target), "--force",
                                preexec=full_disk.preexec))
    assert line == (f"klimamoeder: The disk is full: {target} could not be written. Nothing was changed; free some "
                    "space and try again.")
    assert target.read_bytes() == b"%PDF-1.4 last week's programme"
    assert not list(full_disk.folder.glob(".programme.pdf.*"))


def test_a_full_disk_keeps_the_old_backup_and_says_so(full_disk: FullDisk, database: Path) -> None:
    target = full_disk.folder / "backup.sqlite3"
    target.write_bytes(b"last week's backup")
    full_disk.fill()
    line = one_line(klimamoeder("--db", str(database), "backup", "-o", str(target), "--force",
                                preexec=full_disk.preexec))
    assert line.startswith(f"klimamoeder: The disk is full: {target} could not be written."), line
    assert target.read_bytes() == b"last week's backup"


def test_a_full_disk_under_the_database_imports_nothing(full_disk: FullDisk, database: Path) -> None:
    moved = full_disk.folder / "klimamoeder.sqlite3"
    if moved != database:
        shutil.copy(database, moved)
    before = count(moved, REGISTRATIONS)
    people = csv_of_people(database.parent, rows=2000)
    full_disk.fill(leave=16 * 1024)
    line = one_line(klimamoeder("--db", str(moved), "import", "participants", "1", str(people),
                                preexec=full_disk.preexec))
    assert line == (f"klimamoeder: The disk is full: {moved} could not be written. Nothing was changed; free some "
                    "space and try again.")
    full_disk.empty()
    assert integrity(moved) == "ok" and count(moved, REGISTRATIONS) == before


def test_a_full_disk_before_an_upgrade_leaves_the_old_database(full_disk: FullDisk) -> None:
    old = full_disk.folder / "klimamoeder.sqlite3"
    shutil.copy(FIXTURES / "schema-0001.sqlite3", old)
    before = count(old, REGISTRATIONS)
    full_disk.fill()
    line = one_line(klimamoeder("--db", str(old), "meetings", preexec=full_disk.preexec))
    copy = full_disk.folder / f"klimamoeder.before-upgrade-0001-to-{storage.SCHEMA_REVISION}.sqlite3"
    assert line == (f"klimamoeder: The disk is full: {copy} could not be written. Nothing was changed; free some "
                    "space and try again.")
    full_disk.empty()
    with sqlite3.connect(old) as con:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    assert integrity(old) == "ok" and count(old, REGISTRATIONS) == before


# --- read-only files and folders ---------------------------------------------------------------------

@pytest.fixture
def ordinary_user() -> Callable[[], None]:
    try:
        subprocess.run([sys.executable, "-c", "pass"], preexec_fn=faults.as_ordinary_user, check=True)
    except (subprocess.SubprocessError, OSError):
        pytest.skip("cannot drop root's permission override here")
    return faults.as_ordinary_user


def test_a_read_only_database_refuses_writes_and_stays_as_it_was(database: Path, ordinary_user) -> None:
    database.chmod(0o444)
    content, before = database.read_bytes(), count(database, REGISTRATIONS)
    line = one_line(klimamoeder("--db", str(database), "import", "participants", "1",
                                str(csv_of_people(database.parent)), preexec=ordinary_user))
    assert line == (f"klimamoeder: {database} is read-only (file or folder permissions, or a write-protected "
                    "drive): nothing could be written there.")
    assert database.read_bytes() == content
    assert database.stat().st_mode & 0o777 == 0o400  # made owner-only at the start, never writable
    assert count(database, REGISTRATIONS) == before


def test_a_read_only_database_that_needs_an_upgrade_is_not_replaced(tmp_path: Path, ordinary_user) -> None:
    old = tmp_path / "klimamoeder.sqlite3"
    shutil.copy(FIXTURES / "schema-0001.sqlite3", old)
    old.chmod(0o444)
    inode, content = old.stat().st_ino, old.read_bytes()
    line = one_line(klimamoeder("--db", str(old), "meetings", preexec=ordinary_user))
    assert "is read-only" in line, line
    assert old.stat().st_ino == inode and old.read_bytes() == content and old.stat().st_mode & 0o222 == 0


def test_a_read_only_output_folder_or_file_is_named(database: Path, tmp_path: Path, ordinary_user) -> None:
    folder = tmp_path / "locked-folder"
    folder.mkdir()
    folder.chmod(0o555)
    line = one_line(klimamoeder("--db", str(database), "export", "programme", "1", "-o", str(folder / "p.pdf"),
                                preexec=ordinary_user))
    assert line == f"klimamoeder: {folder} is read-only: p.pdf could not be written there."
    kept = tmp_path / "kept.pdf"
    kept.write_bytes(b"%PDF-1.4 keep me")
    kept.chmod(0o444)
    line = one_line(klimamoeder("--db", str(database), "export", "programme", "1", "-o", str(kept), "--force",
                                preexec=ordinary_user))
    assert line == f"klimamoeder: {kept} is read-only; it was left as it is."
    assert kept.read_bytes() == b"%PDF-1.4 keep me"


def test_a_database_in_a_read_only_folder_is_explained(database: Path, ordinary_user) -> None:
    database.parent.chmod(0o555)
    try:
        line = one_line(klimamoeder("--db", str(database), "import", "participants", "1",
                                    str(FIXTURES.parent / "fixtures" / "schema-0001.sqlite3"), preexec=ordinary_user))
    finally:
        database.parent.chmod(0o755)
    assert "read-only" in line or "cannot be opened" in line, line
    assert integrity(database) == "ok"


# --- a database another process is writing ----------------------------------------------------------

def test_a_database_locked_by_another_process_names_it(database: Path, tmp_path: Path, capsys,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sqlite3, sys\n"
         f"c = sqlite3.connect({str(database)!r}, isolation_level=None)\n"
         "c.execute('PRAGMA journal_mode=WAL'); c.execute('BEGIN IMMEDIATE')\n"
         "c.execute(\"UPDATE meeting SET theme = 'held' WHERE id = 1\")\n"
         "print('holding', flush=True); sys.stdin.read()"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        before = count(database, REGISTRATIONS)
        monkeypatch.setattr(storage, "BUSY_TIMEOUT_MS", 300)  # the user's wait is 10 s; the message is the same
        code = cli.run(["--db", str(database), "import", "participants", "1", str(csv_of_people(tmp_path))])
        err = capsys.readouterr().err
        assert code == 1 and len(err.strip().splitlines()) == 1, err
        assert err.startswith("klimamoeder: The database is busy: another program (python")
        assert f"process {holder.pid}) is writing to it. Try again when it has finished." in err
        assert count(database, REGISTRATIONS) == before  # a reader is never blocked, and nothing was written
    finally:
        holder.communicate("", timeout=30)
    assert integrity(database) == "ok"
