"""A record's history in words, read from THE change log (`services/audit.py`): who did what to it, when.

"Registration of Søren Ærø-Østergaard: invited by Mette, accepted by reply, checked in by Jonas." The log holds
ids, table and field names and closed-vocabulary values (a status), never names or free text; this module turns
its entries into lines a secretariat reads, and adds the one thing the log must not hold — the record's name —
from the record itself (or says the record is gone). Nothing here writes: one log, read.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from ..i18n import translate
from ..model import Meeting, Person, Registration
from ..storage import Database
from . import audit
from .edit_conflicts import field_label
from .errors import NotFound

REGISTRATION, PERSON, MEETING = "registration", "person", "meeting"
# Tables whose entries belong in a meeting's own history (its details, agenda and documents), not its registrations.
_MEETING_TABLES = ("meeting", "agenda_item", "agenda_person", "document_output", "venue", "room")


@dataclass(frozen=True)
class HistoryLine:
    at: datetime  # UTC
    what: str  # "Invited", "Accepted by reply", "Changed: Dietary needs", "Checked in"
    who: str  # "Mette"; for a reply: "reply (read by Mette)"
    via: str  # the path of the change in the log: gui, cli, gui/import, mailbox/reply …


@dataclass(frozen=True)
class RecordHistory:
    title: str  # "Registration of Søren Ærø-Østergaard"
    lines: tuple[HistoryLine, ...]  # oldest first


def registration_history(db: Database, registration_id: int) -> RecordHistory:
    with db.read() as s:
        found = s.execute(select(Person.name, Meeting.title).select_from(Registration)
                          .join(Person, Person.id == Registration.person_id)
                          .join(Meeting, Meeting.id == Registration.meeting_id)
                          .where(Registration.id == registration_id)).first()
    if found is None:
        raise NotFound(translate("History", "This registration no longer exists."))
    title = translate("History", "Registration of {name} for {meeting}").format(name=found[0], meeting=found[1])
    return RecordHistory(title, _lines(db, audit.history(db, REGISTRATION, registration_id)))


def person_history(db: Database, person_id: int) -> RecordHistory:
    with db.read() as s:
        name = s.scalar(select(Person.name).where(Person.id == person_id))
    if name is None:
        raise NotFound(translate("History", "This person no longer exists."))
    return RecordHistory(translate("History", "{name}").format(name=name),
                         _lines(db, audit.history(db, PERSON, person_id), with_meeting=True))


def meeting_history(db: Database, meeting_id: int) -> RecordHistory:
    with db.read() as s:
        title = s.scalar(select(Meeting.title).where(Meeting.id == meeting_id))
    if title is None:
        raise NotFound(translate("History", "This meeting no longer exists."))
    rows = [r for r in audit.entries(db, audit.AuditQuery(meeting_id=meeting_id, limit=5000))
            if r.table in _MEETING_TABLES]
    own = {r.id for r in rows}
    rows += [r for r in audit.history(db, MEETING, meeting_id) if r.id not in own]  # events naming the meeting
    rows.sort(key=lambda r: (r.at, r.id))
    return RecordHistory(translate("History", "Meeting: {title}").format(title=title), _lines(db, rows))


# --- entries in words --------------------------------------------------------------------------------

def _details(row: audit.AuditRow) -> dict[str, str]:
    """`status=registered, method=REQUEST` → {"status": "registered", "method": "REQUEST"}."""
    found = {}
    for part in row.detail.split(", "):
        key, sep, value = part.partition("=")
        if sep:
            found[key.strip()] = value.strip()
    return found


def _status_word(status: str, before: str | None, by_reply: bool) -> str:
    if by_reply:
        return {"registered": translate("History", "Accepted by reply"),
                "waitlisted": translate("History", "Accepted by reply (wait list)"),
                "declined": translate("History", "Declined by reply")}.get(status, _status_word(status, before, False))
    if status == "registered" and before == "waitlisted":
        return translate("History", "Moved up from the wait list")
    return {"invited": translate("History", "Invited"), "registered": translate("History", "Registered"),
            "waitlisted": translate("History", "Put on the wait list"),
            "declined": translate("History", "Declined"),
            "cancelled": translate("History", "Registration cancelled")}.get(status, status)


# Bookkeeping columns that change with a status or a reply: the line already says what happened.
_QUIET = frozenset({"version", "status_changed_at", "updated_at", "created_at", "reply_status", "reply_comment",
                    "reply_sequence", "reply_stamp", "family_name"})  # family_name: derived from the name


def _changed(fields: tuple[str, ...]) -> str:
    shown = [field_label(f) for f in fields if f not in _QUIET]
    return translate("History", "Changed: {fields}").format(fields=", ".join(shown)) if shown else ""


def _plain(row: audit.AuditRow) -> str:
    """Any other entry: what the log says, with the record's kind in words."""
    kind = {"person": translate("History", "Person"), "registration": translate("History", "Registration"),
            "meeting": translate("History", "Meeting"), "agenda_item": translate("History", "Agenda item"),
            "agenda_person": translate("History", "Speaker or moderator"),
            "document_output": translate("History", "Document"), "consent": translate("History", "Consent"),
            "membership": translate("History", "Membership")}.get(row.table, row.table.replace("_", " "))
    action = {"create": translate("History", "added"), "update": translate("History", "changed"),
              "delete": translate("History", "removed"), "export": translate("History", "exported"),
              "print": translate("History", "printed"), "erase": translate("History", "erased"),
              "anonymise": translate("History", "anonymised"),
              "consent": translate("History", "consent recorded")}.get(row.action, row.action)
    text = f"{kind} {action}"
    if row.action == "update" and row.fields:
        text += " (" + ", ".join(field_label(f) for f in row.fields) + ")"
    elif row.detail and (row.action in ("export", "print") or row.table == "document_output"):
        text += f" ({row.detail})"
    return text


class _Reader:
    """Walks a record's entries oldest first, remembering what earlier entries said (a status, a method)."""

    def __init__(self) -> None:
        self.status: dict[int | None, str] = {}
        self.method: dict[int | None, str] = {}

    def what(self, row: audit.AuditRow) -> str | None:
        """The line for one entry, or None for bookkeeping the reader need not see (a message being claimed)."""
        detail = _details(row)
        by_reply = "reply" in row.source.split("/")
        if row.table == REGISTRATION:
            return self._registration(row, detail, by_reply)
        if row.table == "check_in":
            return {"create": translate("History", "Checked in"),
                    "delete": translate("History", "Check-in undone")}.get(row.action)
        if row.table in ("invitation_delivery", "follow_up_delivery", "b2b_delivery"):
            return self._delivery(row, detail)
        if row.table == "calendar_reply":
            if row.action != "create" or detail.get("outcome", "applied") == "applied":
                return None  # an applied reply is the registration's own line ("accepted by reply")
            return translate("History", "Reply received, not applied ({outcome})").format(outcome=detail["outcome"])
        if row.table == "agenda_person" and row.action in ("create", "delete"):
            role = {"speaker": translate("History", "speaker"), "moderator": translate("History", "moderator")}.get(
                detail.get("role", ""), detail.get("role", ""))
            return (translate("History", "On the agenda as {role}") if row.action == "create" else
                    translate("History", "Taken off the agenda as {role}")).format(role=role)
        if row.table in (PERSON, MEETING, "agenda_item") and row.action == "update":
            return _changed(row.fields) or None
        if row.table in (PERSON, MEETING) and row.action == "create":
            return translate("History", "Created")
        return _plain(row)

    def _registration(self, row: audit.AuditRow, detail: dict[str, str], by_reply: bool) -> str | None:
        before = self.status.get(row.record_id)
        if "status" in detail:
            self.status[row.record_id] = detail["status"]
        if row.action == "create":
            return _status_word(detail.get("status", "invited"), None, by_reply)
        if row.action == "delete":
            return translate("History", "Registration removed")
        parts = []
        if "status" in row.fields and "status" in detail:
            parts.append(_status_word(detail["status"], before, by_reply))
        rest = tuple(f for f in row.fields if f != "status")
        if rest and (text := _changed(rest)):
            parts.append(text if not parts else text[:1].lower() + text[1:])
        return "; ".join(parts) or None

    def _delivery(self, row: audit.AuditRow, detail: dict[str, str]) -> str | None:
        if "method" in detail:
            self.method[row.record_id] = detail["method"]
        status = detail.get("status")
        if status in (None, "sending") or row.action == "delete":
            return None  # claimed before sending: the outcome follows
        kind = detail.get("kind") or ("cancel" if self.method.get(row.record_id) == "CANCEL" else "invitation")
        word = {"invitation": translate("History", "Invitation"), "cancel": translate("History", "Cancellation"),
                "reminder": translate("History", "Reminder"),
                "practical": translate("History", "Practical information")}.get(kind, kind)
        return {"sent": translate("History", "{what} sent"), "failed": translate("History", "{what} failed"),
                "drafted": translate("History", "{what} saved as a draft")}.get(
            status, "{what} " + status).format(what=word)


def _who(row: audit.AuditRow) -> str:
    if "reply" in row.source.split("/"):
        return translate("History", "reply (read by {author})").format(author=row.author or "?")
    return row.author or translate("History", "unknown")


def _lines(db: Database, rows: list[audit.AuditRow], with_meeting: bool = False) -> tuple[HistoryLine, ...]:
    titles: dict[int, str] = {}
    if with_meeting:
        wanted = {r.meeting_id for r in rows if r.meeting_id is not None and r.table != MEETING}
        if wanted:
            with db.read() as s:
                found_titles = s.execute(select(Meeting.id, Meeting.title).where(Meeting.id.in_(wanted)))
                titles = {row[0]: row[1] for row in found_titles}
    reader = _Reader()
    found = []
    for row in rows:
        what = reader.what(row)
        if not what:
            continue
        if with_meeting and row.meeting_id is not None and row.table != MEETING:
            title = titles.get(row.meeting_id) or translate("History", "a deleted meeting")
            what = translate("History", "{what} — {meeting}").format(meeting=title, what=what)
        found.append(HistoryLine(row.at, what, _who(row), row.source))
    return tuple(found)
