"""The frozen application (build.spec) runs on a PC without Python, with the same CLI as the installed one.

Every test here runs the executable in `dist/klimamoeder/`, never the source: the build is made once
per session with PyInstaller into a temporary folder. Building takes a minute or more, so it happens
only when asked for: `KLIMAMOEDER_TEST_FROZEN=1` (or in CI, where `CI` is set). To test a folder that
is already built, point `KLIMAMOEDER_FROZEN_DIST` at it (the folder that holds the executable).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from klimamoeder import __version__

ROOT = Path(__file__).resolve().parents[2]
WANTED = os.environ.get("KLIMAMOEDER_TEST_FROZEN") == "1" or bool(os.environ.get("CI"))
PREBUILT = os.environ.get("KLIMAMOEDER_FROZEN_DIST")
EXE_NAME = "klimamoeder.exe" if sys.platform == "win32" else "klimamoeder"
WECP = "WECP Annual General Assembly 2022"

pytestmark = [
    pytest.mark.skipif(not (WANTED or PREBUILT), reason=(
        "builds the frozen app with PyInstaller (minutes): set KLIMAMOEDER_TEST_FROZEN=1, "
        "or KLIMAMOEDER_FROZEN_DIST=dist/klimamoeder to test an existing build")),
    pytest.mark.timeout(900),  # the first test also waits for the build
]


@pytest.fixture(scope="session")
def frozen_app(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The `klimamoeder` executable of a fresh one-folder build (or of KLIMAMOEDER_FROZEN_DIST)."""
    if PREBUILT:
        executable = Path(PREBUILT) / EXE_NAME
        if not executable.is_file():
            pytest.fail(f"KLIMAMOEDER_FROZEN_DIST has no {EXE_NAME}: {PREBUILT}")
        return executable
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        pytest.fail("PyInstaller is missing: pip install -e '.[build]' (the frozen build is required here)")
    base = tmp_path_factory.mktemp("frozen")
    build = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", str(base / "dist"), "--workpath", str(base / "work"), str(ROOT / "build.spec")],
        cwd=ROOT, capture_output=True, text=True, timeout=840, check=False)
    assert build.returncode == 0, build.stderr[-4000:]
    return base / "dist" / "klimamoeder" / EXE_NAME


def _clean_environment() -> dict[str, str]:
    """The test's environment (private data folders) without anything pointing at this Python."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV", "QT_PLUGIN"))}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def run_frozen(executable: Path, *args: str, cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(executable), *args], cwd=cwd, env={**_clean_environment(), **env},
                          capture_output=True, text=True, encoding="utf-8", timeout=180, check=False)


def run_source(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "klimamoeder", *args], cwd=cwd, capture_output=True,
                          text=True, encoding="utf-8", timeout=180, check=False)


@pytest.fixture
def demo_file(frozen_app: Path, tmp_path: Path) -> tuple[Path, int]:
    """A fresh SQLite file in a temp folder, created, migrated and filled by the frozen app."""
    database = tmp_path / "data" / "klimamoeder.sqlite3"
    loaded = run_frozen(frozen_app, "--db", str(database), "demo", cwd=tmp_path)
    assert loaded.returncode == 0, loaded.stderr
    listed = run_frozen(frozen_app, "--db", str(database), "meetings", "--json", cwd=tmp_path)
    assert listed.returncode == 0, listed.stderr
    return database, next(m["id"] for m in json.loads(listed.stdout) if m["title"] == WECP)


def test_version_is_the_release(frozen_app: Path, tmp_path: Path) -> None:
    result = run_frozen(frozen_app, "--version", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"klimamoeder {__version__}"


def test_the_build_is_self_contained_and_lean(frozen_app: Path) -> None:
    """Migrations and resources are inside; Qt modules the app never uses are not."""
    bundle = frozen_app.parent / "_internal"
    assert sorted(p.name for p in (bundle / "db" / "versions").glob("0001_*.py"))
    assert (bundle / "db" / "env.py").is_file()
    assert (bundle / "resources" / "fonts" / "DejaVuSans.ttf").is_file()
    assert (bundle / "resources" / "icons" / "klimamoeder.svg").is_file()
    assert (bundle / "resources" / "klimamoeder.desktop").is_file()
    assert (bundle / "resources" / "translations" / "klimamoeder_da.qm").is_file()  # Danish, ours
    assert list(bundle.rglob("qtbase_da.qm"))  # Danish, Qt's standard buttons and dialogs
    assert (bundle / "tzdata" / "zoneinfo" / "Europe" / "Copenhagen").is_file()
    assert list(bundle.glob("_rl_accel*")), "reportlab's C accelerator (rl-accel) is missing: PDFs ~23 % slower"
    files = [p for p in frozen_app.parent.rglob("*") if p.is_file() and not p.is_symlink()]
    unwanted = re.compile(r"WebEngine|Qt6?3D|Qt6?Quick|Qt6?Qml|Multimedia|Qt6?Charts|Qt6?Designer|tkinter|_tkinter",
                          re.IGNORECASE)
    assert [p.name for p in files if unwanted.search(p.name)] == []
    size_mb = sum(p.stat().st_size for p in files) / 1e6
    # OR-Tools' CP-SAT (the B2B scheduler) brings ~75 MB of its own libraries plus numpy and pandas, which
    # cp_model imports at its top: the build measured 325 MB with them.
    assert size_mb < 400, f"the build grew to {size_mb:.0f} MB"


def test_demo_and_meetings_on_a_fresh_database(frozen_app: Path, tmp_path: Path, db_url: str) -> None:
    """Migrations run from the bundled files, on SQLite and PostgreSQL (psycopg inside the build)."""
    first = run_frozen(frozen_app, "--db", db_url, "demo", cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    assert "Traceback" not in first.stderr
    listed = run_frozen(frozen_app, "--db", db_url, "meetings", "--json", cwd=tmp_path)
    assert listed.returncode == 0, listed.stderr
    wecp = next(m for m in json.loads(listed.stdout) if m["title"] == WECP)
    assert (wecp["start"], wecp["end"], wecp["time_zone"]) == (
        "2022-10-05T14:00:00+02:00", "2022-10-08T13:00:00+02:00", "Europe/Copenhagen")
    assert json.loads(run_source("--db", db_url, "meetings", "--json", cwd=tmp_path).stdout) == \
        json.loads(listed.stdout)
    again = run_frozen(frozen_app, "--db", db_url, "demo", cwd=tmp_path)
    assert again.returncode == 0 and "nothing changed" in again.stdout


def test_export_programme_writes_the_same_pdf_text_as_the_installed_program(
        frozen_app: Path, demo_file: tuple[Path, int], tmp_path: Path) -> None:
    database, meeting = demo_file
    frozen_pdf, source_pdf = tmp_path / "frozen.pdf", tmp_path / "source.pdf"
    result = run_frozen(frozen_app, "--db", str(database), "export", "programme", str(meeting),
                        "-o", str(frozen_pdf), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    info = subprocess.run(["pdfinfo", str(frozen_pdf)], capture_output=True, text=True, check=True).stdout
    assert int(re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE).group(1)) >= 1  # type: ignore[union-attr]
    fonts = subprocess.run(["pdffonts", str(frozen_pdf)], capture_output=True, text=True, check=True).stdout
    assert "DejaVuSans" in fonts  # the bundled fonts were found, not a built-in fallback
    assert run_source("--db", str(database), "export", "programme", str(meeting), "-o", str(source_pdf),
                      cwd=tmp_path).returncode == 0
    frozen_text, source_text = (
        subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        for pdf in (frozen_pdf, source_pdf))
    assert WECP in frozen_text
    assert frozen_text == source_text


def test_export_invites_writes_the_same_request_as_the_installed_program(
        frozen_app: Path, demo_file: tuple[Path, int], tmp_path: Path) -> None:
    database, meeting = demo_file
    frozen_ics, source_ics = tmp_path / "frozen.ics", tmp_path / "source.ics"
    result = run_frozen(frozen_app, "--db", str(database), "export", "invites", str(meeting),
                        "-o", str(frozen_ics), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert run_source("--db", str(database), "export", "invites", str(meeting), "-o", str(source_ics),
                      cwd=tmp_path).returncode == 0
    from icalendar import Calendar

    calendar = Calendar.from_ical(frozen_ics.read_bytes())
    assert calendar["METHOD"] == "REQUEST"
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Copenhagen"]  # tzdata is inside
    event = calendar.walk("VEVENT")[0]
    assert str(event["SUMMARY"]) == WECP
    assert len(event.get("ATTENDEE", [])) >= 2

    def without_stamp(path: Path) -> str:
        return re.sub(r"^DTSTAMP:.*$", "DTSTAMP:-", path.read_text(encoding="utf-8"), flags=re.MULTILINE)

    assert without_stamp(frozen_ics) == without_stamp(source_ics)


@pytest.mark.parametrize("language", ["en", "da"])
def test_the_window_opens_offscreen_renders_a_preview_and_closes_cleanly(
        frozen_app: Path, tmp_path: Path, language: str) -> None:
    """`--self-test`: the window on an empty database, demo data, a selected meeting, a QtPdf page, exit 0;
    in Danish too (our catalogue, Qt's, and the ICU locale data all come from the bundle)."""
    database = tmp_path / "window" / "klimamoeder.sqlite3"
    result = run_frozen(frozen_app, "--db", str(database), "--self-test", cwd=tmp_path,
                        KLIMAMOEDER_LANGUAGE=language)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test passed" in result.stdout
    for trouble in ("Traceback", "Could not load the Qt platform plugin", "Cannot load library",
                    "Failed to load", "QFont::", "QPainter::"):
        assert trouble not in result.stderr, result.stderr
    assert database.is_file()


def test_database_errors_are_one_line_without_a_traceback(frozen_app: Path, tmp_path: Path) -> None:
    """psycopg is inside the build: an unreachable server is a user message, not a missing module."""
    result = run_frozen(frozen_app, "--db", "postgresql://nobody@127.0.0.1:1/none", "meetings", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.startswith("klimamoeder: ")
    assert len(result.stderr.strip().splitlines()) == 1
    assert "No module named" not in result.stderr



def test_the_mailbox_and_sign_in_libraries_are_inside_the_build(frozen_app: Path, tmp_path: Path) -> None:
    """IMAPClient and MSAL are imported only when the mailbox is used: make sure the build has them."""
    from tests.smtp_server import free_port

    database = str(tmp_path / "mail.sqlite3")
    configure = run_frozen(frozen_app, "--db", database, "mail", "configure", "--imap", f"127.0.0.1:{free_port()}",
                           "--security", "ssl", "--user", "sekretariat@kl.example", "--auth", "microsoft365",
                           "--client-id", "00000000-0000-0000-0000-000000000000", cwd=tmp_path)
    assert configure.returncode == 0, configure.stderr
    fetch = run_frozen(frozen_app, "--db", database, "fetch", "replies", cwd=tmp_path)
    assert fetch.returncode == 1 and "Could not connect to the IMAP server" in fetch.stderr, fetch.stderr
    sign_in = run_frozen(frozen_app, "--db", database, "mail", "sign-in", cwd=tmp_path)
    assert sign_in.returncode == 1 and sign_in.stderr.count("\n") == 1, sign_in.stderr  # one line, not a crash
    assert "unexpected error" not in sign_in.stderr and "Traceback" not in sign_in.stderr
