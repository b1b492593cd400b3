"""Where the shipped files (migrations, resources) and the user's data live.

Three layouts must work: a source checkout (editable install), an installed wheel
(`db/` and `resources/` mapped into the package) and a PyInstaller folder.
"""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs

from . import APP_ID

_PACKAGE_DIR = Path(__file__).resolve().parent


def _shipped(name: str) -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    candidates = []
    if frozen_root:
        candidates.append(Path(frozen_root) / name)
    candidates += [_PACKAGE_DIR.parent / name, _PACKAGE_DIR / f"_{name}"]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"shipped folder {name!r} not found (looked in {candidates})")


def migrations_dir() -> Path:
    return _shipped("db")


def resources_dir() -> Path:
    return _shipped("resources")


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False))


def default_database() -> Path:
    return data_dir() / "klimamoeder.sqlite3"
