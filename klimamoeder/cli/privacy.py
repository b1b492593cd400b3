"""privacy erase|export|retention, and audit: personal data under control from the command line."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from ..i18n import translate
from ..safe_files import check_target
from .common import EXIT_ERROR, EXIT_OK, CommandError, Commands, add_output, write_output

if TYPE_CHECKING:
    from ..services.privacy.erasure import BackupHolding, Mention
    from ..storage import Database


def _date(text: str) -> datetime:
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise CommandError(translate("Cli", "{value} is not a date (YYYY-MM-DD).").format(value=text)) from None
    return datetime(day.year, day.month, day.day, tzinfo=UTC)


def register(commands: Commands) -> None:
    commands.group("privacy", translate("Cli", "personal data: erase, export, retention"))
    erase = commands.sub("privacy", "erase", translate("Cli", "remove one person from every table"), cmd_erase)
    erase.add_argument("email", metavar="EMAIL")
    erase.add_argument("--yes", action="store_true", help=translate("Cli", "erase without asking"))
    export = commands.sub("privacy", "export", translate("Cli", "everything about one person, as JSON or PDF"),
                          cmd_export)
    export.add_argument("email", metavar="EMAIL")
    add_output(export)
    retention = commands.sub("privacy", "retention", translate(
        "Cli", "what each network's retention policy says is due for anonymising, or (--apply) do it"), cmd_retention)
    retention.add_argument("--apply", action="store_true", help=translate("Cli", "anonymise what is due"))
    retention.add_argument("--json", action="store_true")
    audit = commands.command("audit", translate("Cli", "who created, changed, exported or erased what"),
                             cmd_audit)
    audit.add_argument("--person", metavar="EMAIL")
    audit.add_argument("--since", type=_date, metavar="DATE")
    audit.add_argument("--json", action="store_true")


def _counts(rows: dict[str, int]) -> str:
    return ", ".join(f"{table} {count}" for table, count in rows.items())


def _print_left(mentions: tuple[Mention, ...], backups: tuple[BackupHolding, ...]) -> None:
    if mentions:
        print(translate("Cli", "Still named in text someone wrote (edit these):"))
        for m in mentions:
            print(f"  {m.table} {m.record_id}: {m.column}")
    if backups:
        print(translate("Cli", "Backups that still hold the person (delete or replace them when their time is up):"))
        for b in backups:
            made = f"{b.made:%Y-%m-%d %H:%M} UTC  " if b.made else ""
            state = "" if b.holds else translate("Cli", " (could not be read: check it yourself)")
            print(f"  {made}{b.path}{state}")


def cmd_erase(db: Database, args: argparse.Namespace) -> int:
    from ..services.privacy import erasure

    person = erasure.person_by_email(db, args.email)
    if not args.yes:
        shown = erasure.plan(db, person)
        print(translate("Cli", "Would erase person {id}: {rows}.").format(id=person, rows=_counts(shown.rows)))
        _print_left(shown.mentions, shown.backups)
        if not sys.stdin.isatty():
            print(translate("Cli", "Nothing was erased: run again with --yes to erase."), file=sys.stderr)
            return EXIT_ERROR
        answer = input(translate("Cli", "Erase for good? Type yes: "))
        if answer.strip().lower() not in ("yes", "ja"):
            print(translate("Cli", "Nothing was erased."))
            return EXIT_ERROR
    result = erasure.erase(db, person)
    print(translate("Cli", "Erased person {id}: {rows}.").format(id=person, rows=_counts(result.rows)))
    _print_left(result.mentions, result.backups)
    return EXIT_OK


def cmd_export(db: Database, args: argparse.Namespace) -> int:
    from ..services.privacy import access, erasure

    check_target(args.output, overwrite=args.force)  # the open database is refused before anything else
    kind = args.output.suffix.lower().lstrip(".")
    if kind not in ("json", "pdf"):
        raise CommandError(translate("Cli", "{path}: the access export is written as .json or .pdf.").format(
            path=args.output))
    export = access.collect(db, erasure.person_by_email(db, args.email))
    if kind == "pdf":
        from ..exports.pdf.access import build_access_export

        def produce() -> bytes:
            return build_access_export(export.as_json(), export.name, export.email, export.language)
    else:
        def produce() -> bytes:
            return (json.dumps(export.as_json(), ensure_ascii=False, indent=2) + "\n").encode()
    status = write_output(args, produce, translate("Cli", "Access export written to {path}"))
    access.log_export(db, export, kind)
    return status


def cmd_retention(db: Database, args: argparse.Namespace) -> int:
    from ..services.privacy import retention

    report = retention.apply(db) if args.apply else retention.due(db)
    if args.json:
        json.dump({"applied": bool(args.apply), **report.as_json()}, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return EXIT_OK
    if report.nothing_due:
        print(translate("Cli", "Nothing is due for anonymising."))
        return EXIT_OK
    for m in report.meetings:
        what = (translate("Cli", "everything about the participants") if m.rule == "registration"
                else translate("Cli", "dietary and accessibility needs"))
        count = translate("Cli", "{n} registrations").format(n=m.registrations)
        print(f"{m.meeting_id:>5}  {m.network:<16} {m.end:%Y-%m-%d}  {m.title}: {what} ({count})")
    if report.people:
        print(translate("Cli", "{n} people kept by nothing else are erased.").format(n=len(report.people)))
    if report.unmatched_replies:
        print(translate("Cli", "{n} calendar replies that never matched a meeting are removed.").format(
            n=report.unmatched_replies))
    if report.log_entries:
        print(translate("Cli", "{n} change-log entries older than the log's period are removed.").format(
            n=report.log_entries))
    print(translate("Cli", "Done.") if args.apply else translate("Cli", "Nothing was changed: add --apply to do it."))
    return EXIT_OK


def cmd_audit(db: Database, args: argparse.Namespace) -> int:
    from ..services import audit
    from ..services.privacy import erasure

    person = erasure.person_by_email(db, args.person) if args.person else None
    rows = (audit.about_person(db, person) if person is not None
            else list(reversed(audit.entries(db, audit.AuditQuery(since=args.since, limit=None)))))
    if args.since is not None:
        rows = [r for r in rows if r.at >= args.since]
    if args.json:
        json.dump([{"at": r.at.isoformat(), "author": r.author, "source": r.source, "action": r.action,
                    "table": r.table, "record_id": r.record_id, "person_id": r.person_id,
                    "meeting_id": r.meeting_id, "fields": list(r.fields), "detail": r.detail} for r in rows],
                  sys.stdout, ensure_ascii=False, indent=2)
        print()
        return EXIT_OK
    for r in rows:
        print(f"{r.at:%Y-%m-%d %H:%M:%S}  {audit.describe(r)}")
    return EXIT_OK
