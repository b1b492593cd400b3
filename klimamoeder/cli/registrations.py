"""registrations, register, set-status, update meeting, replies (review list): the seat rule, scriptable."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime
from typing import TYPE_CHECKING

from ..i18n import translate
from ..model import RegistrationStatus
from .common import EXIT_OK, Commands

if TYPE_CHECKING:
    from ..storage import Database


def _iso(text: str) -> datetime:
    try:
        return datetime.fromisoformat(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(translate("Cli", "'{value}' is not an ISO date and time "
                                                          "(e.g. 2026-10-22T09:00).").format(value=text)) from error


def register(commands: Commands) -> None:
    listing = commands.command("registrations", translate(
        "Cli", "every registration of a meeting with status, wait-list position and answer"), cmd_registrations)
    listing.add_argument("meeting", type=int, metavar="MEETING")
    listing.add_argument("--json", action="store_true")
    signup = commands.command("register", translate("Cli", "register someone, or wait-list them when full"),
                              cmd_register)
    signup.add_argument("meeting", type=int, metavar="MEETING")
    signup.add_argument("email", metavar="EMAIL")
    signup.add_argument("--name", default="", help=translate("Cli", "add the person if the address is new"))
    signup.add_argument("--override-deadline", action="store_true",
                        help=translate("Cli", "register even after the registration deadline"))
    status = commands.command("set-status", translate("Cli", "change a registration's status (the same rule)"),
                              cmd_set_status)
    status.add_argument("meeting", type=int, metavar="MEETING")
    status.add_argument("email", metavar="EMAIL")
    status.add_argument("status", choices=[s.value for s in RegistrationStatus], metavar="STATUS")
    status.add_argument("--override-deadline", action="store_true",
                        help=translate("Cli", "register even after the registration deadline"))
    commands.group("update", translate("Cli", "change a meeting"))
    meeting = commands.sub("update", "meeting", translate(
        "Cli", "capacity, time, venue or cancellation; says who moved up and whom to tell"), cmd_update_meeting)
    meeting.add_argument("meeting", type=int, metavar="MEETING")
    meeting.add_argument("--capacity", type=int, metavar="N")
    meeting.add_argument("--start", type=_iso, metavar="ISO")
    meeting.add_argument("--end", type=_iso, metavar="ISO")
    meeting.add_argument("--venue", metavar="NAME")
    meeting.add_argument("--cancel", action="store_true")
    commands.group("replies", translate("Cli", "calendar replies waiting for review"))
    review = commands.sub("replies", "review", translate("Cli", "list the replies waiting for review"),
                          cmd_replies_review)
    review.add_argument("--json", action="store_true")
    apply = commands.sub("replies", "apply", translate("Cli", "apply a waiting reply as it is"), cmd_replies_apply)
    apply.add_argument("reply", type=int, metavar="ID")
    assign = commands.sub("replies", "assign", translate(
        "Cli", "apply a waiting reply to this person and remember the address"), cmd_replies_assign)
    assign.add_argument("reply", type=int, metavar="ID")
    assign.add_argument("email", metavar="EMAIL")
    dismiss = commands.sub("replies", "dismiss", translate("Cli", "take a waiting reply off the list"),
                           cmd_replies_dismiss)
    dismiss.add_argument("reply", type=int, metavar="ID")


def _dump(data: object) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    print()


def cmd_registrations(db: Database, args: argparse.Namespace) -> int:
    from ..services.seats import registration_lines

    lines = registration_lines(db, args.meeting)
    if args.json:
        _dump([line.as_json() for line in lines])
        return EXIT_OK
    for line in lines:
        place = f"#{line.wait_list_position}" if line.wait_list_position else ""
        answered = f"{line.answer}@{line.answered_sequence}" if line.answered_sequence is not None else line.answer
        days = ",".join(line.days) or translate("Cli", "all days")
        print(f"{line.status:<11}{place:<5}{line.role:<12}{answered:<18}{days:<24}{line.name} <{line.email}>")
    return EXIT_OK


def _report_promoted(names: tuple[str, ...] | list[str]) -> None:
    if names:
        print(translate("Cli", "Moved up from the wait list: {names}").format(names=", ".join(names)))


def cmd_register(db: Database, args: argparse.Namespace) -> int:
    from ..services.seats import register_email

    outcome = register_email(db, args.meeting, args.email, args.name, args.override_deadline)
    if outcome.status == RegistrationStatus.WAITLISTED.value:
        print(translate("Cli", "{name}: the meeting is full; on the wait list.").format(name=outcome.name))
    else:
        print(translate("Cli", "{name}: {status}.").format(name=outcome.name, status=outcome.status))
    _report_promoted([p.name for p in outcome.result.promoted])
    return EXIT_OK


def cmd_set_status(db: Database, args: argparse.Namespace) -> int:
    from ..services.seats import set_status_email

    wanted = RegistrationStatus(args.status)
    outcome = set_status_email(db, args.meeting, args.email, wanted, args.override_deadline)
    if outcome.status != wanted.value:
        print(translate("Cli", "{name}: {status} (asked: {wanted}; the seat rule decided).").format(
            name=outcome.name, status=outcome.status, wanted=wanted.value))
    else:
        print(translate("Cli", "{name}: {status}.").format(name=outcome.name, status=outcome.status))
    _report_promoted([p.name for p in outcome.result.promoted])
    return EXIT_OK


def cmd_update_meeting(db: Database, args: argparse.Namespace) -> int:
    from ..services.seats import update_meeting_fields

    result = update_meeting_fields(db, args.meeting, capacity=args.capacity, start=args.start, end=args.end,
                                   venue=args.venue, cancel=args.cancel)
    print(translate("Cli", "Saved. The invitation is now version {sequence}.").format(sequence=result.sequence))
    _report_promoted(result.promoted)
    if result.due:
        text = translate("Cli", "A cancellation is due to {count} people: klimamoeder send invites {meeting}") \
            if result.cancelled else translate(
            "Cli", "An update is due to {count} people: klimamoeder send invites {meeting}")
        print(text.format(count=len(result.due), meeting=args.meeting))
    else:
        print(translate("Cli", "Nobody needs to be told."))
    return EXIT_OK


def cmd_replies_review(db: Database, args: argparse.Namespace) -> int:
    from ..services.replies import review_items

    items = review_items(db)
    if args.json:
        _dump([{"id": i.id, "file": i.source_name, "outcome": i.outcome, "reason": i.reason,
                "attendee": i.attendee_email, "answer": i.partstat, "sequence": i.sequence,
                "meeting_id": i.meeting_id, "meeting": i.meeting_title, "person": i.person_name} for i in items])
        return EXIT_OK
    for i in items:
        print(f"{i.id:>5}  {i.source_name}  {i.attendee_email}  {i.partstat or i.method}  {i.reason}")
    return EXIT_OK


def cmd_replies_apply(db: Database, args: argparse.Namespace) -> int:
    from ..services.replies import apply_review

    outcome = apply_review(db, args.reply)
    print(translate("Cli", "{name}: {status}.").format(name=outcome.person_name, status=outcome.status))
    _report_promoted(outcome.promoted)
    return EXIT_OK


def cmd_replies_assign(db: Database, args: argparse.Namespace) -> int:
    from ..services.invites import person_for_email
    from ..services.replies import assign_review

    outcome = assign_review(db, args.reply, person_for_email(db, args.email))
    print(translate("Cli", "{name}: {status}.").format(name=outcome.person_name, status=outcome.status))
    _report_promoted(outcome.promoted)
    return EXIT_OK


def cmd_replies_dismiss(db: Database, args: argparse.Namespace) -> int:
    from ..services.replies import dismiss_review

    dismiss_review(db, args.reply)
    print(translate("Cli", "Taken off the review list."))
    return EXIT_OK

