"""demo, meetings, agenda, backup."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING

from ..i18n import translate
from .common import EXIT_OK, Commands, add_output, record_id

if TYPE_CHECKING:
    from ..storage import Database


def register(commands: Commands) -> None:
    commands.command("demo", translate("Cli", "load the demo data (idempotent)"), cmd_demo)
    meetings = commands.command("meetings", translate("Cli", "list meetings"), cmd_meetings)
    meetings.add_argument("--json", action="store_true")
    agenda = commands.command("agenda", translate("Cli", "print a meeting's agenda in its local time"), cmd_agenda)
    agenda.add_argument("meeting", type=record_id, metavar="MEETING")
    agenda.add_argument("--json", action="store_true")
    backup = commands.command("backup", translate("Cli", "write a consistent copy of the database"), cmd_backup)
    add_output(backup)


def cmd_demo(db: Database, args: argparse.Namespace) -> int:
    from ..services.demo import load_demo

    result = load_demo(db)
    if result.changed:
        print(translate("Cli", "Demo data loaded: {meetings} meetings, {people} people.").format(
            meetings=result.meetings_added, people=result.people_added))
    else:
        print(translate("Cli", "The demo data is already there; nothing changed."))
    return EXIT_OK


def cmd_meetings(db: Database, args: argparse.Namespace) -> int:
    from ..services.meetings import list_meetings

    rows = list_meetings(db)
    if args.json:
        json.dump([m.as_json() for m in rows], sys.stdout, ensure_ascii=False, indent=2)
        print()
        return EXIT_OK
    for m in rows:
        when = f"{m.start:%Y-%m-%d %H:%M}–{m.end:%Y-%m-%d %H:%M} {m.time_zone}"
        print(f"{m.id:>5}  {m.network:<16} {when:<45} {m.title}")
    return EXIT_OK


def cmd_agenda(db: Database, args: argparse.Namespace) -> int:
    from ..services.agenda import load_agenda
    from ..services.agenda_listing import agenda_json, agenda_lines

    data = load_agenda(db, args.meeting)
    if args.json:
        json.dump(agenda_json(data), sys.stdout, ensure_ascii=False, indent=2)
        print()
        return EXIT_OK
    print("\n".join(agenda_lines(data)))
    return EXIT_OK


def cmd_backup(db: Database, args: argparse.Namespace) -> int:
    from ..services import audit
    from ..storage import backup

    backup(db.url, args.output, overwrite=args.force)
    audit.log_backup(db, args.output)
    print(translate("Cli", "Backup written to {path}").format(path=args.output))
    return EXIT_OK
