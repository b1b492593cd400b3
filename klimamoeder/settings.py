"""The one settings store, shared by the window and the command line.

A small JSON file in the user's config folder. Never secrets: the SMTP password
lives in the OS keyring (see `services/mailer.py`). Writes go to a temporary file
and are renamed into place, so a crash never leaves a half-written file.
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
    from .safe_files import write_text  # only when writing: reading settings is part of every start

    path.parent.mkdir(parents=True, exist_ok=True)
    write_text(path, json.dumps(data, ensure_ascii=False, indent=2))
