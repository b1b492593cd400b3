"""export invites|calendar|programme|participants|badges|registrations|speaker-agenda."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from ..i18n import translate
from .common import Commands, add_output, write_output

if TYPE_CHECKING:
    from ..storage import Database


def register(commands: Commands) -> None:
    commands.group("export", translate("Cli", "write invitations, calendars, PDFs or spreadsheets"))
    for name, help_text, handler in (
        ("invites", translate("Cli", "one .ics with every invitee as ATTENDEE"), cmd_export_invites),
        ("programme", translate("Cli", "the programme as PDF"), cmd_export_programme),
        ("participants", translate("Cli", "the participant list as PDF"), cmd_export_participants),
        ("badges", translate("Cli", "name badges as PDF"), cmd_export_badges),
        ("registrations", translate("Cli", "registrations as CSV or XLSX"), cmd_export_registrations),
    ):
        command = commands.sub("export", name, help_text, handler)
        command.add_argument("meeting", type=int, metavar="MEETING")
        add_output(command)
        command.add_argument("--language", choices=["da", "en"], default=None)
        if name == "participants":
            command.add_argument("--sign-in", action="store_true",
                                 help=translate("Cli", "sign-in sheet with signatures"))
            command.add_argument("--shared-only", action="store_true",
                                 help=translate("Cli", "only people who agreed to appear on shared lists"))
            command.add_argument("--by-organisation", action="store_true",
                                 help=translate("Cli", "group the list by organisation"))
    speaker = commands.sub("export", "speaker-agenda", translate("Cli", "a speaker's own agenda items as .ics"),
                           cmd_export_speaker_agenda)
    speaker.add_argument("meeting", type=int, metavar="MEETING")
    speaker.add_argument("email", metavar="EMAIL")
    add_output(speaker)
    calendar = commands.sub("export", "calendar", translate("Cli", "METHOD:PUBLISH feed of meetings"),
                            cmd_export_calendar)
    calendar.add_argument("--network", metavar="NAME")
    add_output(calendar)


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

    return write_output(args, lambda: programme_pdf(db, args.meeting, args.language or "da"),
                        translate("Cli", "Programme written to {path}"))


def cmd_export_participants(db: Database, args: argparse.Namespace) -> int:
    from ..services.documents import ListChoice, participants_pdf

    choice = ListChoice(sign_in=args.sign_in, shared_only=args.shared_only,
                        group_by_organisation=args.by_organisation)
    return write_output(args, lambda: participants_pdf(db, args.meeting, args.language or "da", choice),
                        translate("Cli", "Participant list written to {path}"))


def cmd_export_badges(db: Database, args: argparse.Namespace) -> int:
    from ..services.documents import badges_pdf

    return write_output(args, lambda: badges_pdf(db, args.meeting, args.language or "da"),
                        translate("Cli", "Badges written to {path}"))


def cmd_export_registrations(db: Database, args: argparse.Namespace) -> int:
    from ..services.registration_export import export_registrations, format_for

    return write_output(args, lambda: export_registrations(db, args.meeting, format_for(args.output.name)),
                        translate("Cli", "Registrations written to {path}"))


def cmd_export_speaker_agenda(db: Database, args: argparse.Namespace) -> int:
    from ..services.invites import person_for_email, speaker_agenda

    return write_output(args, lambda: speaker_agenda(db, args.meeting, person_for_email(db, args.email)),
                        translate("Cli", "Calendar written to {path}"))
