"""send invites, send reminders, send practical."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import TYPE_CHECKING

from ..i18n import translate
from .common import EXIT_ERROR, EXIT_OK, Commands, record_id

if TYPE_CHECKING:
    from ..storage import Database


def register(commands: Commands) -> None:
    commands.group("send", translate("Cli", "send e-mail"))
    invites = commands.sub("send", "invites", translate("Cli", "e-mail the invitation to every invitee"),
                           cmd_send_invites)
    invites.add_argument("meeting", type=record_id, metavar="MEETING")
    invites.add_argument("--dry-run", action="store_true",
                         help=translate("Cli", "every check the real send makes (the messages, the organiser's "
                                               "address, the mail server's login), but nothing is sent"))
    invites.add_argument("--language", choices=["da", "en"], default=None,
                         help=translate("Cli", "language of the calendar entry (default: the meeting's); each "
                                               "person's letter is in their own language"))
    invites.add_argument("--test-to", metavar="EMAIL", default="",
                         help=translate("Cli", "send one test copy to EMAIL (yourself) instead; nobody else gets "
                                               "anything and nothing is logged"))
    reminders = commands.sub("send", "reminders", translate(
        "Cli", "remind the invitees who have not answered (each once, in their language)"), cmd_send_reminders)
    reminders.add_argument("meeting", type=record_id, metavar="MEETING")
    reminders.add_argument("--dry-run", action="store_true")
    reminders.add_argument("--answer-by", type=date.fromisoformat, metavar="DATE",
                           help=translate("Cli", "the date in the text (default: the registration deadline)"))
    practical = commands.sub("send", "practical", translate(
        "Cli", "e-mail the practical information to everyone registered (each once)"), cmd_send_practical)
    practical.add_argument("meeting", type=record_id, metavar="MEETING")
    practical.add_argument("--dry-run", action="store_true")


def cmd_send_invites(db: Database, args: argparse.Namespace) -> int:
    """The dry run and the real send take the same steps up to the sending itself, so they refuse alike."""
    from ..services.invite_rehearsal import open_transport, send_test
    from ..services.invites import plan_invitations, rehearse, send_invitations

    if args.test_to:
        from ..services.documents import meeting_language

        language = args.language or meeting_language(db, args.meeting)
        with open_transport() as transport:
            address = send_test(db, args.meeting, transport, args.test_to, language, args.language)
        print(translate("Cli", "Test invitation sent to {address}.").format(address=address))
        return EXIT_OK
    plan = plan_invitations(db, args.meeting)
    for r in plan.recipients:
        what = r.action if r.action != "nothing" else f"– ({r.reason})"
        print(f"{r.person_id:>6}  {r.email or '-':<40} {what}")
    count = len(plan.to_send)
    print((translate("Cli", "1 message with SEQUENCE {sequence}.") if count == 1 else
           translate("Cli", "{n} messages with SEQUENCE {sequence}.")).format(n=count, sequence=plan.sequence))
    if not plan.to_send:
        return EXIT_OK
    rehearse(db, args.meeting, args.language)  # the messages and the organiser's address: refused before connecting
    with open_transport() as transport:  # the mail settings, the connection and the login
        if args.dry_run:
            print(translate("Cli", "Dry run: nothing was sent. Every message was built and checked, and the mail "
                                   "server accepted the login."))
            return EXIT_OK
        result = send_invitations(db, args.meeting, transport, language=args.language)
    for outcome in result.failed:
        print(translate("Cli", "Not delivered to person {id}: {error}").format(
            id=outcome.person_id, error=outcome.error), file=sys.stderr)
    print(translate("Cli", "{sent} sent, {failed} failed.").format(
        sent=len(result.delivered), failed=len(result.failed)))
    return EXIT_OK if not result.failed else EXIT_ERROR


def _send_follow_up(db: Database, args: argparse.Namespace, kind: str) -> int:
    from ..services.followups import plan_follow_up, send_follow_up
    from ..services.mail_settings import load
    from ..services.mailer import SmtpTransport

    plan = plan_follow_up(db, args.meeting, kind)
    for r in plan.recipients:
        what = "send" if r.will_send else f"– ({r.reason})"
        print(f"{r.person_id:>6}  {r.email or '-':<40} {what}")
    print(translate("Cli", "{n} message(s).").format(n=len(plan.to_send)))
    if args.dry_run or not plan.to_send:
        if args.dry_run:
            print(translate("Cli", "Dry run: nothing was sent."))
        return EXIT_OK
    with SmtpTransport(load()) as transport:
        result = send_follow_up(db, args.meeting, kind, transport, answer_by=getattr(args, "answer_by", None))
    for outcome in result.failed:
        print(translate("Cli", "Not delivered to person {id}: {error}").format(
            id=outcome.person_id, error=outcome.error), file=sys.stderr)
    print(translate("Cli", "{sent} sent, {failed} failed.").format(
        sent=len(result.delivered), failed=len(result.failed)))
    return EXIT_OK if not result.failed else EXIT_ERROR


def cmd_send_reminders(db: Database, args: argparse.Namespace) -> int:
    from ..services.followups import REMINDER

    return _send_follow_up(db, args, REMINDER)


def cmd_send_practical(db: Database, args: argparse.Namespace) -> int:
    from ..services.followups import PRACTICAL

    return _send_follow_up(db, args, PRACTICAL)
