"""b2b session|import-requests|schedule, and export b2b-agendas|b2b-table-plan|b2b-calendar|b2b-matrix."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ..i18n import translate
from .common import EXIT_ERROR, EXIT_OK, CommandError, Commands, add_output, record_id, write_output

if TYPE_CHECKING:
    from ..services.b2b_schedule import ScheduleResult
    from ..storage import Database


def register(commands: Commands) -> None:
    commands.group("b2b", translate("Cli", "bilateral (B2B) meetings: session, requests, schedule"))
    session = commands.sub("b2b", "session", translate("Cli", "set up or change the meeting's B2B session"),
                           cmd_b2b_session)
    session.add_argument("meeting", type=record_id, metavar="MEETING")
    session.add_argument("--start", required=True, metavar="ISO",
                         help=translate("Cli", "start of the B2B time window (local time of the meeting)"))
    session.add_argument("--end", required=True, metavar="ISO")
    session.add_argument("--slot-minutes", type=int, required=True, metavar="N")
    session.add_argument("--tables", type=int, required=True, metavar="N")
    session.add_argument("--break", dest="breaks", action="append", default=[], metavar="ISO/ISO",
                         help=translate("Cli", "a break inside the window (may be repeated)"))
    session.add_argument("--location", default=None, help=translate("Cli", "where the tables stand"))
    session.add_argument("--auto-accept", action="store_true",
                         help=translate("Cli", "count pending requests as accepted"))
    session.add_argument("--max-meetings", type=int, default=None, metavar="N",
                         help=translate("Cli", "meetings per person unless set for the person"))
    requests = commands.sub("b2b", "import-requests", translate(
        "Cli", "CSV/XLSX of requests: requester e-mail, target e-mail, priority, status"), cmd_b2b_import_requests)
    requests.add_argument("meeting", type=record_id, metavar="MEETING")
    requests.add_argument("file", type=Path, metavar="FILE")
    plan = commands.sub("b2b", "schedule", translate("Cli", "plan the bilateral meetings (CP-SAT)"),
                        cmd_b2b_schedule)
    plan.add_argument("meeting", type=record_id, metavar="MEETING")
    plan.add_argument("--fill-only", action="store_true",
                      help=translate("Cli", "keep every planned meeting and fill only free capacity"))
    plan.add_argument("--time-limit", type=float, default=None, metavar="S")
    plan.add_argument("--json", action="store_true")

    commands.group("send", translate("Cli", "send e-mail"))
    send = commands.sub("send", "b2b", translate(
        "Cli", "e-mail each bilateral meeting's calendar invitation (updates and cancellations too)"), cmd_send_b2b)
    send.add_argument("meeting", type=record_id, metavar="MEETING")
    send.add_argument("--dry-run", action="store_true",
                      help=translate("Cli", "every check the real send makes (the messages, the organiser's "
                                            "address, the mail server's login), but nothing is sent"))
    send.add_argument("--retry-failed", action="store_true",
                      help=translate("Cli", "send only what was not delivered or was interrupted"))

    commands.group("export", translate("Cli", "write invitations, calendars, PDFs or spreadsheets"))
    for name, help_text, handler in (
        ("b2b-agendas", translate("Cli", "each delegate's B2B agenda as PDF pages"), cmd_export_b2b_agendas),
        ("b2b-table-plan", translate("Cli", "a large-print table plan per slot as PDF"), cmd_export_b2b_table_plan),
        ("b2b-matrix", translate("Cli", "the whole B2B schedule as CSV or XLSX"), cmd_export_b2b_matrix),
    ):
        command = commands.sub("export", name, help_text, handler)
        command.add_argument("meeting", type=record_id, metavar="MEETING")
        add_output(command)
        if name != "b2b-matrix":
            command.add_argument("--language", choices=["da", "en"], default="en")
    calendar = commands.sub("export", "b2b-calendar", translate("Cli", "one person's bilateral meetings as .ics"),
                            cmd_export_b2b_calendar)
    calendar.add_argument("meeting", type=record_id, metavar="MEETING")
    calendar.add_argument("email", metavar="EMAIL")
    add_output(calendar)


def _instant(text: str, zone: str, what: str) -> datetime:
    from ..services.timeutil import to_instant

    try:
        return to_instant(datetime.fromisoformat(text.strip()), zone)
    except ValueError as error:
        raise CommandError(translate("Cli", "{what}: '{value}' is not an ISO date and time (2022-10-06T15:00)."
                                     ).format(what=what, value=text)) from error


def cmd_b2b_session(db: Database, args: argparse.Namespace) -> int:
    from ..services.b2b import SessionSettings, has_session, load_session, save_session
    from ..services.meetings import get_meeting

    zone = get_meeting(db, args.meeting).fields.time_zone
    breaks = []
    for text in args.breaks:
        start, separator, end = text.partition("/")
        if not separator:
            raise CommandError(translate("Cli", "--break: '{value}' must be START/END.").format(value=text))
        breaks.append((_instant(start, zone, "--break"), _instant(end, zone, "--break")))
    location = args.location
    if location is None and has_session(db, args.meeting):
        location = load_session(db, args.meeting).location
    settings = SessionSettings(
        windows=((_instant(args.start, zone, "--start"), _instant(args.end, zone, "--end")),),
        breaks=tuple(breaks), slot_minutes=args.slot_minutes, table_count=args.tables, location=location or "",
        auto_accept=args.auto_accept, default_max_meetings=args.max_meetings)
    save_session(db, args.meeting, settings)
    data = load_session(db, args.meeting)
    print(translate("Cli", "B2B session saved: {slots} slots of {minutes} minutes, {tables} tables, {people} "
                           "participants in {delegations} delegations.").format(
        slots=len(data.slots), minutes=data.slot_minutes, tables=data.table_count, people=len(data.people),
        delegations=len(data.delegations)))
    return EXIT_OK


def cmd_b2b_import_requests(db: Database, args: argparse.Namespace) -> int:
    from ..services.b2b_requests import import_requests
    from ..services.tabular import ImportFailed

    try:
        result = import_requests(db, args.meeting, args.file.read_bytes(), args.file.name)
    except ImportFailed as error:
        print(f"klimamoeder: {error}", file=sys.stderr)
        for problem in error.problems:
            print(str(problem), file=sys.stderr)
        return EXIT_ERROR
    print(translate("Cli", "Imported requests: {created} new, {updated} updated.").format(
        created=result.created, updated=result.updated))
    return EXIT_OK


def cmd_b2b_schedule(db: Database, args: argparse.Namespace) -> int:
    from ..services import b2b_solver
    from ..services.b2b_schedule import Mode, schedule

    limit = args.time_limit if args.time_limit is not None else b2b_solver.DEFAULT_TIME_LIMIT
    if limit <= 0:
        raise CommandError(translate("Cli", "--time-limit must be more than 0 seconds."))
    result = schedule(db, args.meeting, Mode.FILL if args.fill_only else Mode.ALL, time_limit=limit)
    if args.json:
        json.dump(schedule_json(db, args.meeting, result), sys.stdout, ensure_ascii=False, indent=2)
        print()
        return EXIT_OK
    analysis = result.analysis
    print(translate("Cli", "Requested: {requested}; at most possible: {bound}; cannot fit: {unfit}.").format(
        requested=analysis.requested, bound=analysis.upper_bound, unfit=len(analysis.unfittable)))
    if analysis.short_of_tables:
        print(translate("Cli", "Advice: {low}–{high} tables for {requested} meetings in {slots} slots; the session "
                               "has {tables}.").format(low=analysis.tables_advised[0], high=analysis.tables_advised[1],
                                                       requested=analysis.requested, slots=analysis.slots,
                                                       tables=analysis.tables))
    print(translate("Cli", "Greedy (first free slot): {greedy} meetings, {greedy_idle} idle gaps.").format(
        greedy=result.greedy.met, greedy_idle=result.greedy.idle_gaps))
    print(translate("Cli", "Scheduled: {met} meetings ({must} must), {idle} idle gaps.").format(
        met=result.scheduled, must=result.scheduled_must, idle=result.idle_gaps))
    return EXIT_OK


def schedule_json(db: Database, meeting_id: int, result: ScheduleResult) -> dict[str, object]:
    from ..services.b2b import load_session

    data = load_session(db, meeting_id)
    meetings = []
    for m in data.meetings:
        emails = [p.email for d in (m.a, m.b) for p in data.members(d)]
        meetings.append({"start": m.start.astimezone(_zone(data.time_zone)).isoformat(), "table": m.table,
                         "participants": emails})
    return {"requested": result.analysis.requested, "upper_bound": result.analysis.upper_bound,
            "greedy": result.greedy.met, "scheduled": result.scheduled, "scheduled_must": result.scheduled_must,
            "idle_gaps": result.idle_gaps, "meetings": meetings}


def _zone(name: str):  # type: ignore[no-untyped-def]
    from zoneinfo import ZoneInfo

    return ZoneInfo(name)


def cmd_send_b2b(db: Database, args: argparse.Namespace) -> int:
    """The plan, then the same checks as the real send (messages, organiser, login) before anything leaves."""
    from ..services.b2b_invites import plan_b2b_invitations, rehearse, retry_failed, send_b2b_invitations
    from ..services.invite_rehearsal import open_transport

    plan = plan_b2b_invitations(db, args.meeting)
    zone = _zone(load_zone(db, args.meeting))
    chosen = plan.failed if args.retry_failed else plan.to_send
    for r in plan.recipients:
        what = r.action if r.action != "nothing" else f"– ({r.reason})"
        if r.interrupted:
            what += " " + translate("Cli", "(interrupted: may have arrived; --retry-failed sends it again)")
        print(f"{r.start.astimezone(zone):%H:%M} {r.event[:48]:<48} {r.email or '-':<40} {what}")
    print(translate("Cli", "{n} message(s) for {events} bilateral meeting(s).").format(
        n=len(chosen), events=len({r.uid for r in chosen})))
    if not chosen:
        return EXIT_OK
    rehearse(db, args.meeting)  # the messages and the organiser's address: refused before connecting
    with open_transport() as transport:  # the mail settings, the connection and the login
        if args.dry_run:
            print(translate("Cli", "Dry run: nothing was sent. Every message was built and checked, and the mail "
                                   "server accepted the login."))
            return EXIT_OK
        if args.retry_failed:
            result = retry_failed(db, args.meeting, transport)
        else:
            result = send_b2b_invitations(db, args.meeting, transport)
    for outcome in result.failed:
        print(translate("Cli", "Not delivered to person {id}: {error}").format(
            id=outcome.person_id, error=outcome.error), file=sys.stderr)
    print(translate("Cli", "{sent} sent, {failed} failed.").format(
        sent=len(result.delivered), failed=len(result.failed)))
    return EXIT_OK if not result.failed else EXIT_ERROR


def load_zone(db: Database, meeting_id: int) -> str:
    from ..services.meetings import get_meeting

    return get_meeting(db, meeting_id).fields.time_zone


def cmd_export_b2b_agendas(db: Database, args: argparse.Namespace) -> int:
    from ..services.b2b_documents import agendas_pdf

    return write_output(args, lambda: agendas_pdf(db, args.meeting, args.language),
                        translate("Cli", "B2B agendas written to {path}"))


def cmd_export_b2b_table_plan(db: Database, args: argparse.Namespace) -> int:
    from ..services.b2b_documents import table_plan_pdf

    return write_output(args, lambda: table_plan_pdf(db, args.meeting, args.language),
                        translate("Cli", "Table plan written to {path}"))


def cmd_export_b2b_matrix(db: Database, args: argparse.Namespace) -> int:
    from ..services.b2b_documents import matrix
    from ..services.registration_export import format_for

    return write_output(args, lambda: matrix(db, args.meeting, format_for(args.output.name)),
                        translate("Cli", "B2B schedule written to {path}"))


def cmd_export_b2b_calendar(db: Database, args: argparse.Namespace) -> int:
    from ..services.b2b_documents import person_calendar
    from ..services.invites import person_for_email

    return write_output(args, lambda: person_calendar(db, args.meeting, person_for_email(db, args.email)),
                        translate("Cli", "Calendar written to {path}"))
