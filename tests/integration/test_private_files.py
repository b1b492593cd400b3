"""Personal data is the user's alone: owner-only files and folders under the usual umask 022."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions (Windows profiles are private)")
FIXTURES = Path(__file__).parent.parent / "fixtures"


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def klimamoeder(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The CLI as a user starts it: umask 022, its own data and config folders."""
    env = dict(os.environ, XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"))
    env.pop("KLIMAMOEDER_DB", None)
    return subprocess.run([sys.executable, "-m", "klimamoeder", *args], capture_output=True, text=True, env=env,
                          timeout=120, check=False, preexec_fn=lambda: os.umask(0o022))


def test_everything_written_under_umask_022_is_owner_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert klimamoeder(tmp_path, "demo").returncode == 0
    folder = tmp_path / "data" / "klimamoeder"
    database = folder / "klimamoeder.sqlite3"
    assert mode(folder) == 0o700 and mode(database) == 0o600
    result = klimamoeder(tmp_path, "export", "registrations", "1", "-o", str(tmp_path / "list.csv"))
    assert result.returncode == 0, result.stderr
    assert klimamoeder(tmp_path, "backup", "-o", str(tmp_path / "backup.sqlite3")).returncode == 0
    assert mode(tmp_path / "list.csv") == 0o600 and mode(tmp_path / "backup.sqlite3") == 0o600

    from klimamoeder import settings

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    old = os.umask(0o022)
    try:
        settings.update(language="da")
    finally:
        os.umask(old)
    assert mode(settings.settings_path()) == 0o600 and mode(settings.settings_path().parent) == 0o700


def test_files_left_readable_by_an_older_version_are_tightened_at_start(tmp_path: Path) -> None:
    folder = tmp_path / "data" / "klimamoeder"
    folder.mkdir(parents=True)
    database = folder / "klimamoeder.sqlite3"
    shutil.copy(FIXTURES / "schema-0001.sqlite3", database)
    old_copy = folder / "klimamoeder.before-upgrade-20250101-120000.sqlite3"
    shutil.copy(database, old_copy)
    config = tmp_path / "config" / "klimamoeder"
    config.mkdir(parents=True)
    (config / "settings.json").write_text('{"language": "en"}', encoding="utf-8")
    for path, loose in ((folder, 0o755), (database, 0o644), (old_copy, 0o644), (config, 0o755),
                        (config / "settings.json", 0o644)):
        path.chmod(loose)

    result = klimamoeder(tmp_path, "meetings")
    assert result.returncode == 0, result.stderr
    copies = sorted(folder.glob("klimamoeder.before-upgrade-*"))
    assert len(copies) == 2  # the old one and the one made for this upgrade
    for path in (database, *copies, config / "settings.json"):
        assert mode(path) == 0o600, path.name
    for path in (folder, config):
        assert mode(path) == 0o700, path.name


def test_tightening_is_logged_without_names(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    import logging

    from klimamoeder.storage import open_database

    database = tmp_path / "Anne Søren" / "klimamoeder.sqlite3"
    database.parent.mkdir()
    shutil.copy(FIXTURES / "schema-0001.sqlite3", database)
    database.chmod(0o644)
    with caplog.at_level(logging.INFO):
        open_database(database).dispose()
    assert "owner-only" in caplog.text
    assert "Anne" not in caplog.text and "klimamoeder.sqlite3" not in caplog.text
