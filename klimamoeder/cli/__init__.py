"""The command line: the same use cases as the window, for scripts and tests.

Errors are one line on stderr and a non-zero exit; nothing is changed on error,
because every service call is one transaction and every file goes through the safe
writer. Each command group lives in its own module with a `register(commands)`;
`COMMAND_MODULES` lists them in the order `--help` shows them.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .. import __version__, i18n
from ..failures import explain
from ..i18n import translate
from ..safe_files import OutputRefused
from ..services.errors import DomainError
from . import b2b, basics, exports, imports, mail, privacy, registrations, send, watch
from .common import EXIT_ERROR, EXIT_OK, EXIT_USAGE, CommandError, Commands

if TYPE_CHECKING:
    from ..storage import Database

__all__ = ["EXIT_ERROR", "EXIT_OK", "EXIT_USAGE", "CommandError", "build_parser", "run"]

COMMAND_MODULES = (basics, registrations, imports, exports, send, mail, b2b, watch, privacy)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="klimamoeder",
        description=translate("Cli", "Plan network meetings. Without a command the window opens."),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--db", metavar="URL_OR_PATH",
                        help=translate(
                            "Cli", "SQLite file or PostgreSQL URL (default: KLIMAMOEDER_DB or your data folder)"))
    parser.add_argument("--self-test", action="store_true",
                        help=translate("Cli", "open the window, load a meeting, render a PDF page, and exit"))
    commands = Commands(parser.add_subparsers(dest="command", metavar="COMMAND"))
    for module in COMMAND_MODULES:
        module.register(commands)
    return parser


def run(argv: Sequence[str] | None = None) -> int:
    i18n.install_for_cli()
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except CommandError as error:  # an argument the parser took but a type check refused (an id too large)
        print(f"klimamoeder: {error}", file=sys.stderr)
        return EXIT_ERROR
    if args.command is None:
        from ..gui.app import run_gui  # Qt is imported only when the window is wanted

        return run_gui(args.db, self_test=args.self_test)
    from ..services import audit
    from ..storage import StorageError, open_database

    location: str | None = None
    audit.set_default(source="cli")
    try:
        db = open_database(args.db)
        location = db.location
        try:
            status = int(args.handler(db, args))
            if status == EXIT_OK and args.command == "export":
                _log_export(db, args)
            return status
        finally:
            db.dispose()
    except (DomainError, StorageError, CommandError, OutputRefused) as error:
        print(f"klimamoeder: {error}", file=sys.stderr)
        return EXIT_ERROR
    except Exception as error:
        known = explain(error, database=location)  # the environment's fault: a full disk, a locked database…
        if known:
            print(f"klimamoeder: {known}", file=sys.stderr)
            return EXIT_ERROR
        # Our bug, not the user's: one line, and no message text, which may quote personal data
        # (a database error names the duplicate e-mail address). KLIMAMOEDER_DEBUG=1 shows everything.
        if os.environ.get("KLIMAMOEDER_DEBUG"):
            raise
        print(translate("Cli", "klimamoeder: unexpected error ({kind}); nothing was changed. Run with "
                               "KLIMAMOEDER_DEBUG=1 for details.").format(kind=type(error).__name__), file=sys.stderr)
        return EXIT_ERROR


def _log_export(db: Database, args: argparse.Namespace) -> None:
    """Every `export …` that wrote a file is an audit event (which document, of which meeting; no names)."""
    from ..services import audit

    meeting = getattr(args, "meeting", None)
    audit.log_event(db, "export", "meeting", meeting, meeting_id=meeting, detail=str(args.what))
