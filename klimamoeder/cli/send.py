"""send invites."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from ..i18n import translate
from .common import EXIT_ERROR, EXIT_OK, Commands

if TYPE_CHECKING:
    from ..storage import Database


def register(commands: Commands) -> None:
    commands.group("send", translate("Cli", "send e-mail"))
    invites = commands.sub("send", "invites", translate("Cli", "e-mail the invitation to every invitee"),
                           cmd_send_invites)
    invites.add_argument("meeting", type=int, metavar="MEETING")
    invites.add_argument("--dry-run", action="store_true")


def cmd_send_invites(db: Database, args: argparse.Namespace) -> int:
    from ..services.invites import plan_invitations, send_invitations
    from ..services.mailer import SmtpTransport, load_settings

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
