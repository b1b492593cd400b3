"""Translation for code that must not import Qt (services, exports, CLI).

`translate(context, text)` has the signature of `QCoreApplication.translate`, so
`pyside6-lupdate` collects these strings with the GUI's. The GUI installs Qt's
translator at start-up; the CLI installs the same catalogue through Qt when Qt is
available, and falls back to the English source text.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

_translator: Callable[[str, str], str] | None = None
_cli_catalogue: Any = None  # the QTranslator the CLI reads from; kept alive here


def translate(context: str, text: str) -> str:
    return _translator(context, text) if _translator else text


def install(translator: Callable[[str, str], str] | None) -> None:
    global _translator
    _translator = translator


def chosen_language() -> str | None:
    """'da' or 'en' as set in Settings or KLIMAMOEDER_LANGUAGE; None means: follow the system."""
    from . import settings

    chosen = settings.get("language") or os.environ.get("KLIMAMOEDER_LANGUAGE")
    return str(chosen) if chosen in ("da", "en") else None


def _system_is_danish() -> bool:
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable)
        if value:
            return value.lower().startswith("da")
    import locale  # only on the command line's path: the window asks Qt

    system = (locale.getlocale()[0] or "").lower()  # Windows: 'Danish_Denmark'
    return system.startswith(("da", "danish"))


def install_for_cli() -> None:
    """The command line speaks the window's language: messages and errors in Danish for Danish users.

    Reads the compiled catalogue with QTranslator (no application object needed) only when
    Danish is wanted, so English runs never import Qt.
    """
    global _cli_catalogue
    language = chosen_language() or ("da" if _system_is_danish() else "en")
    if language != "da":
        return
    try:
        from PySide6.QtCore import QTranslator

        from .paths import resources_dir
    except ImportError:
        return
    catalogue = QTranslator()
    if catalogue.load(str(resources_dir() / "translations" / "klimamoeder_da.qm")):
        _cli_catalogue = catalogue
        install(lambda context, text: catalogue.translate(context, text) or text)
