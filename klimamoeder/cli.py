"""The command line: the same use cases as the window, for scripts and tests.

Errors are one line on stderr and a non-zero exit; nothing is changed on error,
because every service call is one transaction.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from . import __version__
from .i18n import translate
from .services.errors import DomainError
from .storage import Database, StorageError, open_database

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


class CommandError(Exception):
    """A user error found by the CLI itself (bad file name, unknown meeting…)."""


def _tr(text: str) -> str:
    return translate("Cli", text)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="klimamoeder",
        description=_tr("Plan network meetings. Without a command the window opens."),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--db", metavar="URL_OR_PATH",
                        help=_tr("SQLite file or PostgreSQL URL (default: KLIMAMOEDER_DB or your data folder)"))
    parser.add_argument("--self-test", action="store_true",
                        help=_tr("open the window, load a meeting, render a PDF page, and exit"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    sub.add_parser("demo", help=_tr("load the demo data (idempotent)"))
    meetings = sub.add_parser("meetings", help=_tr("list meetings"))
    meetings.add_argument("--json", action="store_true")
    agenda = sub.add_parser("agenda", help=_tr("print a meeting's agenda in its local time"))
    agenda.add_argument("meeting", type=int, metavar="MEETING")
    agenda.add_argument("--json", action="store_true")
    backup = sub.add_parser("backup", help=_tr("write a consistent copy of the database"))
    backup.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")

    imports = sub.add_parser("import", help=_tr("import participants or calendar replies"))
    import_sub = imports.add_subparsers(dest="what", metavar="WHAT", required=True)
    participants = import_sub.add_parser("participants", help=_tr("CSV or XLSX file of participants"))
    participants.add_argument("meeting", type=int, metavar="MEETING")
    participants.add_argument("file", type=Path, metavar="FILE")
    participants.add_argument("--dry-run", action="store_true")
    participants.add_argument("--valid-rows-only", action="store_true",
                              help=_tr("import the valid rows even if some rows are invalid"))
    replies = import_sub.add_parser("replies", help=_tr("iCalendar REPLY files or .eml messages"))
    replies.add_argument("files", type=Path, nargs="+", metavar="FILE")

    exports = sub.add_parser("export", help=_tr("write invitations, calendars, PDFs or spreadsheets"))
    export_sub = exports.add_subparsers(dest="what", metavar="WHAT", required=True)
    for name, help_text in (
        ("invites", _tr("one .ics with every invitee as ATTENDEE")),
        ("programme", _tr("the programme as PDF")),
        ("participants", _tr("the participant list as PDF")),
        ("badges", _tr("name badges as PDF")),
        ("registrations", _tr("registrations as CSV or XLSX")),
    ):
        command = export_sub.add_parser(name, help=help_text)
        command.add_argument("meeting", type=int, metavar="MEETING")
        command.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
        command.add_argument("--language", choices=["da", "en"], default=None)
        if name == "participants":
            command.add_argument("--sign-in", action="store_true", help=_tr("sign-in sheet with signatures"))
    calendar = export_sub.add_parser("calendar", help=_tr("METHOD:PUBLISH feed of meetings"))
    calendar.add_argument("--network", metavar="NAME")
    calendar.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")

    send = sub.add_parser("send", help=_tr("send e-mail"))
    send_sub = send.add_subparsers(dest="what", metavar="WHAT", required=True)
    invites = send_sub.add_parser("invites", help=_tr("e-mail the invitation to every invitee"))
    invites.add_argument("meeting", type=int, metavar="MEETING")
    invites.add_argument("--dry-run", action="store_true")
    return parser


# --- handlers: one per command, each a thin call into services -------------------

def cmd_demo(db: Database, args: argparse.Namespace) -> int:
    from .services.demo import load_demo

    result = load_demo(db)
    if result.changed:
        print(_tr("Demo data loaded: {meetings} meetings, {people} people.").format(
            meetings=result.meetings_added, people=result.people_added))
    else:
        print(_tr("The demo data is already there; nothing changed."))
    return EXIT_OK


def cmd_meetings(db: Database, args: argparse.Namespace) -> int:
    from .services.meetings import list_meetings

    rows = list_meetings(db)
    if args.json:
        json.dump([m.as_json() for m in rows], sys.stdout, ensure_ascii=False, indent=2)
        print()
        return EXIT_OK
    for m in rows:
        when = f"{m.start:%Y-%m-%d %H:%M}–{m.end:%Y-%m-%d %H:%M} {m.time_zone}"
        print(f"{m.id:>5}  {m.network:<16} {when:<45} {m.title}")
    return EXIT_OK


def cmd_backup(db: Database, args: argparse.Namespace) -> int:
    from .storage import backup

    backup(db.url, args.output)
    print(_tr("Backup written to {path}").format(path=args.output))
    return EXIT_OK


def not_yet(feature: str) -> Callable[[Database, argparse.Namespace], int]:
    def handler(db: Database, args: argparse.Namespace) -> int:
        raise CommandError(_tr("'{feature}' is not available in this version yet.").format(feature=feature))
    return handler


cmd_agenda = not_yet("agenda")
cmd_import_participants = not_yet("import participants")
cmd_import_replies = not_yet("import replies")
cmd_export_invites = not_yet("export invites")
cmd_export_calendar = not_yet("export calendar")
cmd_export_programme = not_yet("export programme")
cmd_export_participants = not_yet("export participants")
cmd_export_badges = not_yet("export badges")
cmd_export_registrations = not_yet("export registrations")
cmd_send_invites = not_yet("send invites")


def _handler(args: argparse.Namespace) -> Callable[[Database, argparse.Namespace], int]:
    name = args.command if not getattr(args, "what", None) else f"{args.command}_{args.what}"
    return globals()[f"cmd_{name}"]  # type: ignore[no-any-return]


def run(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from .gui.app import run_gui  # Qt is imported only when the window is wanted

        return run_gui(args.db, self_test=args.self_test)
    try:
        handler = _handler(args)
        db = open_database(args.db)
        try:
            return handler(db, args)
        finally:
            db.dispose()
    except (DomainError, StorageError, CommandError) as error:
        print(f"klimamoeder: {error}", file=sys.stderr)
        return EXIT_ERROR
    except OSError as error:
        print(f"klimamoeder: {error.strerror or error}: {error.filename or ''}".rstrip(": "), file=sys.stderr)
        return EXIT_ERROR
