"""The one settings store, shared by the window and the command line.

A small JSON file in the user's config folder. Never secrets: the SMTP password
lives in the OS keyring (see `services/mailer.py`). Writes go through the safe writer
(temporary file, renamed into place), so a crash never leaves a half-written file; the
folder and the file are owner-only, because the file names the user's mail account.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import platformdirs

from . import APP_ID


def settings_path() -> Path:
    return Path(platformdirs.user_config_dir(APP_ID, appauthor=False)) / "settings.json"


def load() -> dict[str, Any]:
    try:
        data = json.loads(settings_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def get(key: str, default: Any = None) -> Any:
    return load().get(key, default)


def update(**values: Any) -> None:
    """Set some keys (None removes one) and write the file atomically."""
    path = settings_path()
    data = load()
    for key, value in values.items():
        if value is None:
            data.pop(key, None)
        else:
            data[key] = value
    from .safe_files import private_folder, write_text  # only when writing: reading is part of every start

    private_folder(path.parent)
    write_text(path, json.dumps(data, ensure_ascii=False, indent=2))


def secure() -> None:
    """Tighten the folder and file written by earlier versions (0755/0644 under the usual umask)."""
    import os
    import stat

    path = settings_path()
    try:
        loose = [p for p in (path.parent, path) if stat.S_IMODE(p.stat().st_mode) & 0o077]
    except OSError:
        return  # no settings yet: nothing to tighten
    if loose and os.name == "posix":
        from .safe_files import tighten  # only when there is something to do

        tighten(loose)
