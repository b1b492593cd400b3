"""export invites|calendar|programme|participants|badges|name-cards|registrations|speaker-agenda."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import TYPE_CHECKING

from ..i18n import translate
from .common import CommandError, Commands, add_output, record_id, write_output

if TYPE_CHECKING:
    from ..services.documents import ListChoice
    from ..storage import Database

# Kept here, not imported, so `--help` does not load reportlab; a test checks they match the builders'.
COLUMN_NAMES = ("name", "title", "organisation", "email", "days", "role")


def register(commands: Commands) -> None:
    commands.group("export", translate("Cli", "write invitations, calendars, PDFs or spreadsheets"))
    for name, help_text, handler in (
        ("invites", translate("Cli", "one .ics with every invitee as ATTENDEE"), cmd_export_invites),
        ("programme", translate("Cli", "the programme as PDF"), cmd_export_programme),
        ("participants", translate("Cli", "the participant list as PDF"), cmd_export_participants),
        ("badges", translate("Cli", "name badges on a label sheet as PDF"), cmd_export_badges),
        ("name-cards", translate("Cli", "folded table-tent name cards as PDF, two per A4 sheet"),
         cmd_export_name_cards),
        ("registrations", translate("Cli", "registrations as CSV or XLSX"), cmd_export_registrations),
    ):
        command = commands.sub("export", name, help_text, handler)
        command.add_argument("meeting", type=record_id, metavar="MEETING")
        add_output(command)
        command.add_argument("--language", choices=["da", "en"], default=None,
                             help=translate("Cli", "da or en (default: the meeting's language)"))
        if name == "participants":
            _participant_options(command)
        if name in ("badges", "name-cards"):
            command.add_argument("--person", metavar="EMAIL", default="",
                                 help=translate("Cli", "only this registered person (a late registrant)"))
        if name == "badges":
            command.add_argument("--stock", metavar="NAME", default="",
                                 help=translate("Cli", "label sheet, e.g. avery-l4785 (the README lists them; "
                                                       "default: the 90 × 62 mm 8-up sheet)"))
            command.add_argument("--start", metavar="N", type=int, default=1,
                                 help=translate("Cli", "first free label on a partly used sheet (1 = top left)"))
    speaker = commands.sub("export", "speaker-agenda", translate("Cli", "a speaker's own agenda items as .ics"),
                           cmd_export_speaker_agenda)
    speaker.add_argument("meeting", type=record_id, metavar="MEETING")
    speaker.add_argument("email", metavar="EMAIL")
    add_output(speaker)
    calendar = commands.sub("export", "calendar", translate("Cli", "METHOD:PUBLISH feed of meetings"),
                            cmd_export_calendar)
    calendar.add_argument("--network", metavar="NAME")
    add_output(calendar)


def _participant_options(command: argparse.ArgumentParser) -> None:
    command.add_argument("--internal", action="store_true",
                         help=translate("Cli", "everyone registered, also those who did not agree to shared lists; "
                                               "every page is marked internal"))
    command.add_argument("--sign-in", action="store_true",
                         help=translate("Cli", "dated sign-in sheets, one per meeting day, with signatures"))
    command.add_argument("--day", type=_date, metavar="DATE",
                         help=translate("Cli", "with --sign-in: only this day (YYYY-MM-DD)"))
    command.add_argument("--blank-rows", type=int, default=8, metavar="N",
                         help=translate("Cli", "with --sign-in: empty rows for walk-ins (default 8)"))
    command.add_argument("--desks", type=int, default=1, metavar="N",
                         help=translate("Cli", "with --sign-in: split alphabetically for N check-in desks"))
    command.add_argument("--columns", type=_columns, metavar="COLUMNS",
                         help=translate("Cli", "comma-separated: {columns}").format(columns=",".join(COLUMN_NAMES)))
    command.add_argument("--landscape", action="store_true", help=translate("Cli", "landscape pages"))
    command.add_argument("--by-organisation", action="store_true",
                         help=translate("Cli", "group the list by organisation"))


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(
            translate("Cli", "'{text}' is not a date like 2022-10-06").format(text=text)) from error


def _columns(text: str) -> tuple[str, ...]:
    columns = tuple(part.strip() for part in text.split(",") if part.strip())
    unknown = [c for c in columns if c not in COLUMN_NAMES]
    if unknown or not columns:
        raise argparse.ArgumentTypeError(translate("Cli", "unknown column '{column}'; choose from {columns}").format(
            column=(unknown or [text])[0], columns=",".join(COLUMN_NAMES)))
    return columns


def _warn_unprintable(db: Database, meeting: int, document: str, choice: ListChoice) -> None:
    """Names no bundled font can draw, on stderr before the file is written: never a silent box on paper."""
    from ..services.documents import unprintable

    for message in unprintable(db, meeting, document, choice):
        print(translate("Cli", "klimamoeder: warning: {message}").format(message=message), file=sys.stderr)


def _noted(db: Database, args: argparse.Namespace, document: str, code: int) -> int:
    """A PDF written: the meeting's checklist shows it as done ("saved", in the language it was written in)."""
    from ..services.checklist import SAVED, record_output
    from ..services.documents import meeting_language

    if code == 0:
        record_output(db, args.meeting, document, args.language or meeting_language(db, args.meeting), SAVED)
    return code


def cmd_export_invites(db: Database, args: argparse.Namespace) -> int:
    from ..services.invites import export_invites

    return write_output(args, lambda: export_invites(db, args.meeting, args.language),
                        translate("Cli", "Invitation written to {path}"))


def cmd_export_calendar(db: Database, args: argparse.Namespace) -> int:
    from ..services.invites import export_calendar

    return write_output(args, lambda: export_calendar(db, args.network),
                        translate("Cli", "Calendar written to {path}"))


def cmd_export_programme(db: Database, args: argparse.Namespace) -> int:
    from ..services.documents import programme_pdf

    return _noted(db, args, "programme", write_output(
        args, lambda: programme_pdf(db, args.meeting, args.language), translate("Cli", "Programme written to {path}")))


def cmd_export_participants(db: Database, args: argparse.Namespace) -> int:
    from ..services.documents import ListChoice, participants_pdf

    if args.day is not None and not args.sign_in:
        raise CommandError(translate("Cli", "--day goes with --sign-in (the sign-in sheet of one day)."))
    choice = ListChoice(sign_in=args.sign_in, internal=args.internal, group_by_organisation=args.by_organisation,
                        day=args.day, blank_rows=args.blank_rows, desks=args.desks,
                        landscape=True if args.landscape else None, **({"columns": args.columns} if args.columns
                                                                         else {}))
    _warn_unprintable(db, args.meeting, "sign_in" if args.sign_in else "participants", choice)
    if args.sign_in:
        message = translate("Cli", "Sign-in sheets written to {path}")
    elif args.internal:
        message = translate("Cli", "Internal participant list (not for distribution) written to {path}")
    else:
        message = translate("Cli", "Participant list written to {path}")
    return _noted(db, args, "sign_in" if args.sign_in else "participants",
                  write_output(args, lambda: participants_pdf(db, args.meeting, args.language, choice), message))


def cmd_export_badges(db: Database, args: argparse.Namespace) -> int:
    from ..services.documents import ListChoice, badges_pdf

    choice = ListChoice(stock=args.stock or ListChoice.stock, start=args.start, person_email=args.person)
    _warn_unprintable(db, args.meeting, "badges", choice)
    return _noted(db, args, "badges", write_output(
        args, lambda: badges_pdf(db, args.meeting, args.language, choice),
        translate("Cli", "Badges written to {path}")))


def cmd_export_name_cards(db: Database, args: argparse.Namespace) -> int:
    from ..services.documents import ListChoice, name_cards_pdf

    choice = ListChoice(person_email=args.person)
    _warn_unprintable(db, args.meeting, "name_cards", choice)
    return _noted(db, args, "name_cards", write_output(
        args, lambda: name_cards_pdf(db, args.meeting, args.language, choice),
        translate("Cli", "Name cards written to {path}")))


def cmd_export_registrations(db: Database, args: argparse.Namespace) -> int:
    from ..services.registration_export import export_registrations, format_for

    return write_output(args, lambda: export_registrations(db, args.meeting, format_for(args.output.name)),
                        translate("Cli", "Registrations written to {path}"))


def cmd_export_speaker_agenda(db: Database, args: argparse.Namespace) -> int:
    from ..services.invites import person_for_email, speaker_agenda

    return write_output(args, lambda: speaker_agenda(db, args.meeting, person_for_email(db, args.email)),
                        translate("Cli", "Calendar written to {path}"))
