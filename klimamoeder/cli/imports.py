"""import participants, import replies."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from ..i18n import translate
from .common import EXIT_ERROR, EXIT_OK, Commands, record_id

if TYPE_CHECKING:
    from ..storage import Database


def register(commands: Commands) -> None:
    commands.group("import", translate("Cli", "import participants or calendar replies"))
    participants = commands.sub("import", "participants", translate("Cli", "CSV or XLSX file of participants"),
                                cmd_import_participants)
    participants.add_argument("meeting", type=record_id, metavar="MEETING")
    participants.add_argument("file", type=Path, metavar="FILE")
    participants.add_argument("--dry-run", action="store_true")
    participants.add_argument("--valid-rows-only", action="store_true",
                              help=translate("Cli", "import the valid rows even if some rows are invalid"))
    participants.add_argument("--keep-both", action="store_true",
                              help=translate("Cli", "never merge a suspected duplicate (same name and organisation, "
                                                    "other address) into the person already known"))
    participants.add_argument("--update", action="store_true",
                              help=translate("Cli", "take the file's name, job title, phone, organisation and "
                                                    "language for people matched by e-mail"))
    replies = commands.sub("import", "replies", translate("Cli", "iCalendar REPLY files or .eml messages"),
                           cmd_import_replies)
    replies.add_argument("files", type=Path, nargs="+", metavar="FILE")
    replies.add_argument("--json", action="store_true", help=translate("Cli", "one JSON object per file's reply"))


def cmd_import_participants(db: Database, args: argparse.Namespace) -> int:
    from ..services.import_review import report_lines
    from ..services.participant_import import Decisions, ImportFailed, import_file

    decisions = Decisions(keep_all_separate=args.keep_both, update_all=args.update)
    try:
        result = import_file(db, args.meeting, args.file, args.file.name,
                             valid_rows_only=args.valid_rows_only, dry_run=args.dry_run, decisions=decisions)
    except ImportFailed as error:
        print(f"klimamoeder: {error}", file=sys.stderr)
        for problem in error.problems:
            print(str(problem), file=sys.stderr)
        return EXIT_ERROR
    for problem in result.problems:
        print(translate("Cli", "Skipped: {problem}").format(problem=problem), file=sys.stderr)
    for line in report_lines(result.review, merged=not args.keep_both, updated=args.update):
        print(translate("Cli", "Check: {line}").format(line=line))
    text = translate(
        "Cli", "Dry run, nothing changed. Would import {rows} rows: {created} new people, {matched} matched by "
        "e-mail; {added} registrations added, {updated} updated, {waitlisted} to the wait list.")
    if not result.dry_run:
        text = translate(
            "Cli", "Imported {rows} rows: {created} new people, {matched} matched by e-mail; {added} registrations "
            "added, {updated} updated, {waitlisted} to the wait list.")
    print(text.format(rows=result.rows_imported, created=result.people_created,
                      matched=result.people_matched - result.merged,
                      added=result.registrations_created, updated=result.registrations_updated,
                      waitlisted=result.waitlisted))
    if result.merged or result.people_updated:
        print(translate("Cli", "{merged} suspected duplicates merged into people already known; {updated} known "
                               "people updated from the file.").format(merged=result.merged,
                                                                       updated=result.people_updated))
    if result.promoted:
        print(translate("Cli", "Moved up from the wait list: {names}").format(names=", ".join(result.promoted)))
    return EXIT_OK


def cmd_import_replies(db: Database, args: argparse.Namespace) -> int:
    from ..services.replies import import_reply_paths

    summary = import_reply_paths(db, args.files)
    if args.json:
        json.dump([item.as_json() for item in summary.outcomes], sys.stdout, ensure_ascii=False, indent=2)
        print()
        return EXIT_OK
    for item in summary.outcomes:
        detail = f" – {item.reason}" if item.reason else ""
        status = f" → {item.status}" if item.status else ""
        print(f"{item.source_name}: {item.outcome} {item.partstat}{status}{detail}".rstrip())
        if item.promoted:
            print(translate("Cli", "Moved up from the wait list: {names}").format(names=", ".join(item.promoted)))
    print(translate("Cli", "{applied} applied, {stale} stale, {older} for an older version, {duplicate} duplicate, "
                           "{review} for review, {other} not a reply.").format(
        applied=summary.count("applied"), stale=summary.count("stale"), older=summary.count("older_version"),
        duplicate=summary.count("duplicate"), review=summary.count("review"), other=summary.count("not_a_reply")))
    return EXIT_OK
