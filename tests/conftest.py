"""Shared fixtures: a fresh database per test on SQLite and on a real PostgreSQL server.

Every test gets its own data and config folders, so nothing leaks between tests or
into the developer's own Klimamøder data.
"""

from __future__ import annotations

import fnmatch
import itertools
import json
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if os.environ["QT_QPA_PLATFORM"] == "offscreen":  # a desktop screen, not offscreen's 800 × 800 (see tests/screens)
    DESKTOP = Path(__file__).parent / "screens" / "desktop-1920x1080.json"
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={DESKTOP}"
os.environ["KLIMAMOEDER_LANGUAGE"] = "en"  # deterministic UI texts; Danish is tested explicitly

from klimamoeder.storage import Database, open_database

from . import pg_server

_counter = itertools.count()
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
ALLOWED_SKIPS = Path(__file__).with_name("ALLOWED_SKIPS")

# CI runs the same examples every time (a red build is reproducible, not a lucky draw) and keeps no example
# database between runs; on a developer's machine Hypothesis keeps exploring new examples.
settings.register_profile("ci", derandomize=True, database=None, print_blob=True)
if IN_CI:
    settings.load_profile("ci")


def _allowed_skips() -> list[str]:
    """The test ids (shell patterns) that may skip in CI, one a line, each with its reason after `#`."""
    lines = ALLOWED_SKIPS.read_text(encoding="utf-8").splitlines()
    return [line.split("#", 1)[0].strip() for line in lines if line.split("#", 1)[0].strip()]


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    """In CI a skip is a failure unless tests/ALLOWED_SKIPS lists it: a missing tool must not pass silently."""
    outcome = yield
    report = outcome.get_result()
    if not (IN_CI and report.skipped) or hasattr(report, "wasxfail"):
        return
    if any(fnmatch.fnmatchcase(item.nodeid, pattern) for pattern in _allowed_skips()):
        return
    reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
    report.outcome = "failed"
    report.longrepr = f"skipped in CI ({reason}); install what it needs, or list it in tests/ALLOWED_SKIPS with why"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """In the mutation run (tests/mutants) the quickest tests go first: mutmut stops a mutant's tests at the first
    failure, and most mutants are caught by a fast unit test, so a caught mutant costs seconds instead of the
    slow SMTP and rendering tests that also call the changed function."""
    stats = Path("mutmut-stats.json")  # mutmut runs the tests in its mutants/ folder, beside its timings
    if "MUTANT_UNDER_TEST" not in os.environ or not stats.exists():
        return
    durations: dict[str, float] = json.loads(stats.read_text(encoding="utf-8")).get("duration_by_test", {})
    items.sort(key=lambda item: durations.get(item.nodeid, durations.get(f"mutants/{item.nodeid}", 60.0)))


@pytest.fixture(autouse=True)
def _private_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))
    monkeypatch.delenv("KLIMAMOEDER_DB", raising=False)
    from klimamoeder.services import audit

    audit.set_default(source="", author="")  # an in-process CLI run sets "cli" for the whole process


@pytest.fixture(scope="session")
def postgres() -> Iterator[pg_server.PostgresServer | None]:
    server = pg_server.start()
    if server is None and os.environ.get("CI"):
        pytest.fail("PostgreSQL is required in CI but initdb was not found")
    yield server
    if server is not None:
        server.stop()


@pytest.fixture(scope="session")
def postgres_template(postgres: pg_server.PostgresServer | None) -> str | None:
    """A migrated template database; each test copies it (far faster than migrating)."""
    if postgres is None:
        return None
    import sqlalchemy as sa

    admin = sa.create_engine(postgres.admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text("CREATE DATABASE klimamoeder_template"))
    admin.dispose()
    db = open_database(postgres.url("klimamoeder_template"))
    db.dispose()
    return "klimamoeder_template"


@contextmanager
def _postgres_database(postgres: pg_server.PostgresServer, template: str) -> Iterator[str]:
    """A copy of the template for one test, dropped afterwards (else the cluster grows past a gigabyte)."""
    import sqlalchemy as sa

    name = f"test_{os.getpid()}_{next(_counter)}"
    admin = sa.create_engine(postgres.admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))
    admin.dispose()
    try:
        yield postgres.url(name)
    finally:
        # A new connection (a test may have restarted the server meanwhile); FORCE: a connection the test
        # leaked must not keep the copy alive.
        admin = sa.create_engine(postgres.admin_url, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A new, empty database URL on each back end the service tests must pass on."""
    if request.param == "sqlite":
        yield str(tmp_path / "klimamoeder.sqlite3")
        return
    yield from _postgres_url(request)


def _postgres_url(request: pytest.FixtureRequest) -> Iterator[str]:
    server = request.getfixturevalue("postgres")
    template = request.getfixturevalue("postgres_template")
    if server is None or template is None:
        pytest.skip("PostgreSQL is not installed here")
    with _postgres_database(server, template) as url:
        yield url


@pytest.fixture
def postgres_url(request: pytest.FixtureRequest) -> Iterator[str]:
    """A new, empty PostgreSQL database, for what only a server does (pg_dump, concurrent clients)."""
    yield from _postgres_url(request)


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated, empty SQLite database; each test copies it (migrating takes ~0.5 s, copying ~1 ms, which
    matters to the mutation run: tests/mutants runs a test once per mutant of the code it calls)."""
    path = tmp_path_factory.mktemp("sqlite-template") / "klimamoeder.sqlite3"
    open_database(path).dispose()
    assert not path.with_name(path.name + "-wal").exists(), "the template is one file"
    return path


def _from_template(template: Path, target: Path) -> Path:
    shutil.copyfile(template, target)
    target.chmod(0o600)  # as open_database makes it
    return target


@pytest.fixture
def db(db_url: str, sqlite_template: Path) -> Iterator[Database]:
    """An opened, migrated, empty database (SQLite and PostgreSQL)."""
    if "://" not in db_url:
        _from_template(sqlite_template, Path(db_url))
    database = open_database(db_url)
    yield database
    database.dispose()


@pytest.fixture
def sqlite_db(tmp_path: Path, sqlite_template: Path) -> Iterator[Database]:
    database = open_database(_from_template(sqlite_template, tmp_path / "klimamoeder.sqlite3"))
    yield database
    database.dispose()


@pytest.fixture
def demo_db(tmp_path: Path) -> Iterator[Database]:
    """A SQLite database with the demo data loaded."""
    from klimamoeder.services import demo

    database = open_database(tmp_path / "demo.sqlite3")
    demo.load_demo(database)
    yield database
    database.dispose()
