"""watch: print each committed change as it happens, until interrupted.

On PostgreSQL it listens on its own connection (LISTEN/NOTIFY), exactly as the window does, so it is also the
way to check that notifications arrive: one line per changed row, `--json` for scripts. On SQLite the file
only says *that* something changed (`PRAGMA data_version`), and that is what is printed.
A lost connection is reported on stderr and retried; nothing sent while away can be heard again, so a line
`resync` says "reload what you hold".
"""

from __future__ import annotations

import argparse
import json
import queue
import sys
from typing import TYPE_CHECKING, Any

from ..i18n import translate
from .common import EXIT_OK, CommandError, Commands

if TYPE_CHECKING:
    from ..services.changes import Notice
    from ..storage import Database


def register(commands: Commands) -> None:
    watch = commands.command("watch", translate(
        "Cli", "print each change as it is committed (PostgreSQL: LISTEN/NOTIFY), until interrupted"), cmd_watch)
    watch.add_argument("--json", action="store_true", help=translate(
        "Cli", "one JSON object per line: table, id, action, author, time (and meeting, fields)"))
    watch.add_argument("--limit", type=int, metavar="N", help=translate("Cli", "stop after N lines"))


def lines(notice: Notice) -> list[dict[str, Any]]:
    """One entry per changed row (or per table when its rows are not known)."""
    at = notice.at.isoformat(timespec="milliseconds")
    if notice.resync:
        return [{"table": None, "id": None, "action": "resync", "author": notice.author or None, "time": at}]
    found = []
    for change in notice.changes:
        meeting = change.meetings[0] if len(change.meetings) == 1 else None
        for row_id in change.ids if change.ids is not None else (None,):
            entry: dict[str, Any] = {"table": change.table, "id": row_id, "action": change.action,
                                     "author": notice.author, "time": at}
            if meeting is not None:
                entry["meeting"] = meeting
            if change.fields:
                entry["fields"] = list(change.fields)
            found.append(entry)
    return found


def _human(entry: dict[str, Any]) -> str:
    if entry["action"] == "resync":
        return translate("Cli", "{time}  something changed (reload everything)").format(time=entry["time"][11:19])
    row = entry["id"] if entry["id"] is not None else translate("Cli", "(many)")
    fields = f"  ({', '.join(entry['fields'])})" if entry.get("fields") else ""
    return f"{entry['time'][11:19]}  {entry['author']}  {entry['action']} {entry['table']} {row}{fields}"


def cmd_watch(db: Database, args: argparse.Namespace) -> int:
    from ..services import listen

    if args.limit is not None and args.limit < 1:
        raise CommandError(translate("Cli", "--limit must be 1 or more."))
    heard: queue.Queue[Notice | bool] = queue.Queue()
    listener = listen.for_database(db.url, heard.put, heard.put)
    if listener is None:
        raise CommandError(translate("Cli", "An in-memory database cannot be watched."))
    listener.start()
    printed = 0
    try:
        while args.limit is None or printed < args.limit:
            item = heard.get()
            if isinstance(item, bool):
                print(translate("Cli", "listening for changes…") if item else
                      translate("Cli", "offline — reconnecting…"), file=sys.stderr, flush=True)
                continue
            for entry in lines(item):
                print(json.dumps(entry, ensure_ascii=False) if args.json else _human(entry), flush=True)
                printed += 1
                if args.limit is not None and printed >= args.limit:
                    break
    except KeyboardInterrupt:
        pass
    finally:
        listener.stop(timeout=1)
    return EXIT_OK
