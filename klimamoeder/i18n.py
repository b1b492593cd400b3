"""Translation for code that must not import Qt (services, exports, CLI).

`translate(context, text)` has the signature of `QCoreApplication.translate`, so
`pyside6-lupdate` collects these strings with the GUI's. The GUI installs Qt's
translator at start-up; the CLI installs the same catalogue through Qt when Qt is
available, and falls back to the English source text.
"""

from __future__ import annotations

from collections.abc import Callable

_translator: Callable[[str, str], str] | None = None


def translate(context: str, text: str) -> str:
    return _translator(context, text) if _translator else text


def install(translator: Callable[[str, str], str] | None) -> None:
    global _translator
    _translator = translator
