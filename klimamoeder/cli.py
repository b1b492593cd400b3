"""The command line: the same use cases as the window, for scripts and tests.

Errors are one line on stderr and a non-zero exit; nothing is changed on error,
because every service call is one transaction.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from . import __version__
from .i18n import translate
from .services.errors import DomainError

if TYPE_CHECKING:  # SQLAlchemy is imported only when a command needs the database: --version stays instant
    from .storage import Database

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


class CommandError(Exception):
    """A user error found by the CLI itself (bad file name, unknown meeting…)."""


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
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    sub.add_parser("demo", help=translate("Cli", "load the demo data (idempotent)"))
    meetings = sub.add_parser("meetings", help=translate("Cli", "list meetings"))
    meetings.add_argument("--json", action="store_true")
    agenda = sub.add_parser("agenda", help=translate("Cli", "print a meeting's agenda in its local time"))
    agenda.add_argument("meeting", type=int, metavar="MEETING")
    agenda.add_argument("--json", action="store_true")
    backup = sub.add_parser("backup", help=translate("Cli", "write a consistent copy of the database"))
    backup.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")

    imports = sub.add_parser("import", help=translate("Cli", "import participants or calendar replies"))
    import_sub = imports.add_subparsers(dest="what", metavar="WHAT", required=True)
    participants = import_sub.add_parser("participants", help=translate("Cli", "CSV or XLSX file of participants"))
    participants.add_argument("meeting", type=int, metavar="MEETING")
    participants.add_argument("file", type=Path, metavar="FILE")
    participants.add_argument("--dry-run", action="store_true")
    participants.add_argument("--valid-rows-only", action="store_true",
                              help=translate("Cli", "import the valid rows even if some rows are invalid"))
    replies = import_sub.add_parser("replies", help=translate("Cli", "iCalendar REPLY files or .eml messages"))
    replies.add_argument("files", type=Path, nargs="+", metavar="FILE")

    exports = sub.add_parser("export", help=translate("Cli", "write invitations, calendars, PDFs or spreadsheets"))
    export_sub = exports.add_subparsers(dest="what", metavar="WHAT", required=True)
    for name, help_text in (
        ("invites", translate("Cli", "one .ics with every invitee as ATTENDEE")),
        ("programme", translate("Cli", "the programme as PDF")),
        ("participants", translate("Cli", "the participant list as PDF")),
        ("badges", translate("Cli", "name badges as PDF")),
        ("registrations", translate("Cli", "registrations as CSV or XLSX")),
    ):
        command = export_sub.add_parser(name, help=help_text)
        command.add_argument("meeting", type=int, metavar="MEETING")
        command.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
        command.add_argument("--language", choices=["da", "en"], default=None)
        if name == "participants":
            command.add_argument("--sign-in", action="store_true",
                                 help=translate("Cli", "sign-in sheet with signatures"))
            command.add_argument("--shared-only", action="store_true",
                                 help=translate("Cli", "only people who agreed to appear on shared lists"))
            command.add_argument("--by-organisation", action="store_true",
                                 help=translate("Cli", "group the list by organisation"))
    speaker = export_sub.add_parser("speaker-agenda", help=translate("Cli", "a speaker's own agenda items as .ics"))
    speaker.add_argument("meeting", type=int, metavar="MEETING")
    speaker.add_argument("email", metavar="EMAIL")
    speaker.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    calendar = export_sub.add_parser("calendar", help=translate("Cli", "METHOD:PUBLISH feed of meetings"))
    calendar.add_argument("--network", metavar="NAME")
    calendar.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")

    send = sub.add_parser("send", help=translate("Cli", "send e-mail"))
    send_sub = send.add_subparsers(dest="what", metavar="WHAT", required=True)
    invites = send_sub.add_parser("invites", help=translate("Cli", "e-mail the invitation to every invitee"))
    invites.add_argument("meeting", type=int, metavar="MEETING")
    invites.add_argument("--dry-run", action="store_true")
    return parser


# --- handlers: one per command, each a thin call into services -------------------

def cmd_demo(db: Database, args: argparse.Namespace) -> int:
    from .services.demo import load_demo

    result = load_demo(db)
    if result.changed:
        print(translate("Cli", "Demo data loaded: {meetings} meetings, {people} people.").format(
            meetings=result.meetings_added, people=result.people_added))
    else:
        print(translate("Cli", "The demo data is already there; nothing changed."))
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
    print(translate("Cli", "Backup written to {path}").format(path=args.output))
    return EXIT_OK


def not_yet(feature: str) -> Callable[[Database, argparse.Namespace], int]:
    def handler(db: Database, args: argparse.Namespace) -> int:
        raise CommandError(
            translate("Cli", "'{feature}' is not available in this version yet.").format(feature=feature))
    return handler


def cmd_agenda(db: Database, args: argparse.Namespace) -> int:
    from .services.agenda import load_agenda
    from .services.agenda_listing import agenda_json, agenda_lines

    data = load_agenda(db, args.meeting)
    if args.json:
        json.dump(agenda_json(data), sys.stdout, ensure_ascii=False, indent=2)
        print()
        return EXIT_OK
    print("\n".join(agenda_lines(data)))
    return EXIT_OK


def cmd_import_participants(db: Database, args: argparse.Namespace) -> int:
    from .services.participant_import import ImportFailed, import_file

    try:
        result = import_file(db, args.meeting, args.file.read_bytes(), args.file.name,
                             valid_rows_only=args.valid_rows_only, dry_run=args.dry_run)
    except ImportFailed as error:
        print(f"klimamoeder: {error}", file=sys.stderr)
        for problem in error.problems:
            print(str(problem), file=sys.stderr)
        return EXIT_ERROR
    for problem in result.problems:
        print(translate("Cli", "Skipped: {problem}").format(problem=problem), file=sys.stderr)
    text = translate(
        "Cli", "Dry run, nothing changed. Would import {rows} rows: {created} new people, {matched} matched by "
        "e-mail; {added} registrations added, {updated} updated, {waitlisted} to the wait list.")
    if not result.dry_run:
        text = translate(
            "Cli", "Imported {rows} rows: {created} new people, {matched} matched by e-mail; {added} registrations "
            "added, {updated} updated, {waitlisted} to the wait list.")
    print(text.format(rows=result.rows_imported, created=result.people_created, matched=result.people_matched,
                      added=result.registrations_created, updated=result.registrations_updated,
                      waitlisted=result.waitlisted))
    return EXIT_OK


def cmd_import_replies(db: Database, args: argparse.Namespace) -> int:
    from .services.replies import import_reply_paths

    summary = import_reply_paths(db, args.files)
    for item in summary.outcomes:
        detail = f" – {item.reason}" if item.reason else ""
        print(f"{item.source_name}: {item.outcome} {item.partstat}{detail}".rstrip())
    print(translate("Cli", "{applied} applied, {stale} stale, {duplicate} duplicate, {review} for review.").format(
        applied=summary.count("applied"), stale=summary.count("stale"), duplicate=summary.count("duplicate"),
        review=summary.count("review")))
    return EXIT_OK
def cmd_export_invites(db: Database, args: argparse.Namespace) -> int:
    from .services.invites import export_invites

    args.output.write_bytes(export_invites(db, args.meeting, args.language))
    print(translate("Cli", "Invitation written to {path}").format(path=args.output))
    return EXIT_OK


def cmd_export_calendar(db: Database, args: argparse.Namespace) -> int:
    from .services.invites import export_calendar

    args.output.write_bytes(export_calendar(db, args.network))
    print(translate("Cli", "Calendar written to {path}").format(path=args.output))
    return EXIT_OK
def cmd_export_programme(db: Database, args: argparse.Namespace) -> int:
    from .services.documents import programme_pdf

    args.output.write_bytes(programme_pdf(db, args.meeting, args.language or "da"))
    print(translate("Cli", "Programme written to {path}").format(path=args.output))
    return EXIT_OK


def cmd_export_participants(db: Database, args: argparse.Namespace) -> int:
    from .services.documents import ListChoice, participants_pdf

    choice = ListChoice(sign_in=args.sign_in, shared_only=args.shared_only,
                        group_by_organisation=args.by_organisation)
    args.output.write_bytes(participants_pdf(db, args.meeting, args.language or "da", choice))
    print(translate("Cli", "Participant list written to {path}").format(path=args.output))
    return EXIT_OK


def cmd_export_badges(db: Database, args: argparse.Namespace) -> int:
    from .services.documents import badges_pdf

    args.output.write_bytes(badges_pdf(db, args.meeting, args.language or "da"))
    print(translate("Cli", "Badges written to {path}").format(path=args.output))
    return EXIT_OK


def cmd_export_registrations(db: Database, args: argparse.Namespace) -> int:
    from .services.registration_export import export_registrations, format_for

    data = export_registrations(db, args.meeting, format_for(args.output.name))
    args.output.write_bytes(data)
    print(translate("Cli", "Registrations written to {path}").format(path=args.output))
    return EXIT_OK


def cmd_send_invites(db: Database, args: argparse.Namespace) -> int:
    from .services.invites import plan_invitations, send_invitations
    from .services.mailer import SmtpTransport, load_settings

    plan = plan_invitations(db, args.meeting)
    for r in plan.recipients:
        what = r.action if r.action != "nothing" else f"– ({r.reason})"
        print(f"{r.person_id:>6}  {r.email or '-':<40} {what}")
    print(translate("Cli", "{n} message(s) with SEQUENCE {sequence}.").format(
        n=len(plan.to_send), sequence=plan.sequence))
    if args.dry_run or not plan.to_send:
        if args.dry_run:
            print(translate("Cli", "Dry run: nothing was sent."))
        return EXIT_OK
    with SmtpTransport(load_settings()) as transport:
        result = send_invitations(db, args.meeting, transport)
    for outcome in result.failed:
        print(translate("Cli", "Not delivered to person {id}: {error}").format(
            id=outcome.person_id, error=outcome.error), file=sys.stderr)
    print(translate("Cli", "{sent} sent, {failed} failed.").format(
        sent=len(result.delivered), failed=len(result.failed)))
    return EXIT_OK if not result.failed else EXIT_ERROR


def cmd_export_speaker_agenda(db: Database, args: argparse.Namespace) -> int:
    from .services.invites import person_for_email, speaker_agenda

    args.output.write_bytes(speaker_agenda(db, args.meeting, person_for_email(db, args.email)))
    print(translate("Cli", "Calendar written to {path}").format(path=args.output))
    return EXIT_OK


def _handler(args: argparse.Namespace) -> Callable[[Database, argparse.Namespace], int]:
    name = args.command if not getattr(args, "what", None) else f"{args.command}_{args.what}".replace("-", "_")
    return globals()[f"cmd_{name}"]  # type: ignore[no-any-return]


def run(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from .gui.app import run_gui  # Qt is imported only when the window is wanted

        return run_gui(args.db, self_test=args.self_test)
    from .storage import StorageError, open_database

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
    except Exception as error:
        # Our bug, not the user's: one line, and no message text, which may quote personal data
        # (a database error names the duplicate e-mail address). KLIMAMOEDER_DEBUG=1 shows everything.
        if os.environ.get("KLIMAMOEDER_DEBUG"):
            raise
        print(translate("Cli", "klimamoeder: unexpected error ({kind}); nothing was changed. Run with "
                               "KLIMAMOEDER_DEBUG=1 for details.").format(kind=type(error).__name__), file=sys.stderr)
        return EXIT_ERROR
