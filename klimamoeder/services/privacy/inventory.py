"""The personal-data inventory: every column of every table, with a privacy decision.

Each column is either `Personal` (with the retention rule that removes it and what anonymising writes
there) or `NotPersonal` (with the reason). `tests/unit/test_privacy_inventory.py` checks this against the
model, so a new table or column without a decision fails the suite: the decision is made when the column
is added, not after a data protection officer asks.

Retention, access export and erasure read this inventory instead of keeping lists of their own, and the
audit log may show a column's value only where it says `logged=True` (statuses, never free text).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from functools import cache

from sqlalchemy import Table

from ...model import Base


class Rule(enum.StrEnum):
    """How long personal data is kept (the periods are set per network; `retention` applies them)."""

    # The person's own record: kept while they have a registration still inside its period, speak on a
    # kept agenda or work for an organisation that is a member of a network; removed after that.
    PERSON = "person"
    # Registration details, replies and delivery logs: until N days after the meeting (default 2 years).
    REGISTRATION = "registration"
    # Dietary and accessibility needs: until N days after the meeting (default 30).
    NEEDS = "needs"
    # Consent given or withdrawn: the proof is kept as long as the person is.
    CONSENT = "consent"
    # Secretariat staff named on a meeting (organiser, photo credit): kept with the meeting.
    STAFF = "staff"
    # Who made a change (a member of the secretariat): kept as long as the audit log keeps the entry.
    AUDIT = "audit"


class _Row:
    """Anonymising removes the whole row (a reply, a delivery, a consent), not just the value."""

    def __repr__(self) -> str:
        return "ROW"


ROW = _Row()


@dataclass(frozen=True)
class Personal:
    rule: Rule
    what: str  # for the data protection officer: what is kept here
    blank: object = ROW  # what anonymising writes ("" / None / []), or ROW: the row is deleted


@dataclass(frozen=True)
class NotPersonal:
    why: str = ""
    logged: bool = False  # its value may appear in the audit log (closed vocabularies only)


Decision = Personal | NotPersonal

_KEY = NotPersonal("key")
_VERSION = NotPersonal("optimistic-locking counter")
_REF = NotPersonal("reference to a non-personal record")


def _plain(*names: str, why: str = "describes the organisation, meeting or venue, not a person") -> dict[str, Decision]:
    return {name: NotPersonal(why) for name in names}


_PERSON = Personal(Rule.PERSON, "identity and contact details")

INVENTORY: dict[str, dict[str, Decision]] = {
    "network": {"id": _KEY, **_plain("name", "short_name", "kind", "description", "logo", "colour"),
                "secretariat_id": _REF},
    "organisation": {"id": _KEY, "version": _VERSION, **_plain("name", "kind", "city", "country",
                                          why="an organisation (legal person), not a natural person")},
    "membership": {"id": _KEY, "network_id": _REF, "organisation_id": _REF, "recommended_by_id": _REF,
                   "role": NotPersonal("an organisation's role in a network", logged=True),
                   "since": NotPersonal("an organisation's membership date")},
    "person": {
        "id": _KEY, "version": _VERSION,
        "name": _PERSON, "family_name": _PERSON, "job_title": _PERSON, "email": _PERSON, "other_emails": _PERSON,
        "phone": _PERSON, "notes": Personal(Rule.PERSON, "free-text notes about the person"),
        "organisation_id": Personal(Rule.PERSON, "where the person works"),
        "language": Personal(Rule.PERSON, "preferred language for invitations"),
        "consent_shared_list": Personal(Rule.CONSENT, "agreed to appear on shared participant lists"),
        "consent_photos": Personal(Rule.CONSENT, "agreed to appear in photos"),
        "consent_newsletter": Personal(Rule.CONSENT, "agreed to receive the network's mailing list"),
    },
    "consent": {
        "id": _KEY, "person_id": Personal(Rule.CONSENT, "whose answer: the proof is kept as long as the person"),
        "purpose": NotPersonal("shared list, photos or newsletter", logged=True),
        "given": NotPersonal("given or withdrawn; personal only through person_id"),
        "at": NotPersonal("when; personal only through person_id"),
        "source": NotPersonal("form, e-mail, import, phone…", logged=True),
    },
    "retention_policy": {"id": _KEY, "network_id": _REF,
                         **_plain("registration_days", "needs_days", "apply_automatically",
                                  why="a network's retention periods")},
    "venue": {"id": _KEY, **_plain("name", "address", "postcode", "city", "country", "notes")},
    "room": {"id": _KEY, "venue_id": _REF, **_plain("name", "capacity")},
    "meeting": {
        "id": _KEY, "version": _VERSION, "network_id": _REF, "venue_id": _REF, "host_id": _REF,
        **_plain("title", "kind", "theme", "description", "start", "end", "time_zone", "all_day", "online_link",
                 "capacity", "registration_deadline", "calendar_uid", "calendar_sequence", "language"),
        "status": NotPersonal("the meeting's status", logged=True),
        "organiser_name": Personal(Rule.STAFF, "the organiser (secretariat staff) shown on invitations", blank=""),
        "organiser_email": Personal(Rule.STAFF, "the organiser's address on invitations", blank=""),
        "photo_credit": Personal(Rule.STAFF, "the photographer credited on documents", blank=""),
    },
    "agenda_item": {
        "id": _KEY, "version": _VERSION, "meeting_id": _REF, "room_id": _REF,
        **_plain("start", "end", "title", "description", "expected_audience", "notes", "position",
                 "calendar_sequence", why="the programme, which is published"),
        "kind": NotPersonal("kind of agenda item", logged=True),
    },
    "agenda_person": {
        "id": _KEY, "item_id": _REF,
        "person_id": Personal(Rule.PERSON, "speaker or moderator of an agenda item"),
        "role": NotPersonal("speaker or moderator", logged=True), "position": NotPersonal("order on the item"),
    },
    "registration": {
        "id": _KEY, "version": _VERSION, "meeting_id": _REF,
        "person_id": Personal(Rule.REGISTRATION, "who registered (anonymising keeps the row for headcounts)",
                              blank=None),
        "status": NotPersonal("status, counted in headcounts", logged=True),
        "role": NotPersonal("participant role, counted in statistics", logged=True),
        "source": NotPersonal("how the registration came in", logged=True),
        "days": NotPersonal("days attended, kept for headcounts per day (personal only through person_id)"),
        "dietary": Personal(Rule.NEEDS, "dietary needs (may reveal health or religion)", blank=""),
        "accessibility": Personal(Rule.NEEDS, "accessibility needs (health)", blank=""),
        "notes": Personal(Rule.REGISTRATION, "free-text notes on the registration", blank=""),
        "reply_comment": Personal(Rule.REGISTRATION, "the comment of the participant's calendar reply", blank=""),
        "reply_status": NotPersonal("accepted/declined, counted in statistics", logged=True),
        **_plain("created_at", "status_changed_at", "reply_sequence", "reply_stamp",
                 why="times and counters, personal only through person_id"),
    },
    "check_in": {"id": _KEY, "registration_id": _REF,
                 **_plain("day", "at", why="arrival, counted in headcounts; personal only through the "
                                           "registration's person_id")},
    "invitation_delivery": {
        "id": _KEY, "meeting_id": _REF,
        "person_id": Personal(Rule.REGISTRATION, "to whom an invitation was sent"),
        "error": Personal(Rule.REGISTRATION, "the mail server's answer (may quote the address)"),
        "method": NotPersonal("REQUEST or CANCEL", logged=True),
        "status": NotPersonal("sent, failed or drafted", logged=True),
        **_plain("sequence", "content_fingerprint", "message_id", "at", why="which version was sent, and when"),
    },
    "calendar_reply": {
        "id": _KEY, "meeting_id": _REF,
        "person_id": Personal(Rule.REGISTRATION, "who answered"),
        "attendee_email": Personal(Rule.REGISTRATION, "the answering address"),
        "comment": Personal(Rule.REGISTRATION, "the participant's comment"),
        "raw": Personal(Rule.REGISTRATION, "the reply file as received (holds name and address)"),
        "source_name": Personal(Rule.REGISTRATION, "the file or message name (may hold a name)"),
        "reason": Personal(Rule.REGISTRATION, "why it waits for review (may quote the address)"),
        "identity": NotPersonal("a one-way hash identifying the reply"),
        "outcome": NotPersonal("applied, review, duplicate…", logged=True),
        "partstat": NotPersonal("accepted/declined", logged=True),
        **_plain("received_at", "method", "uid", "sequence", "stamp", why="which event and version it answers"),
    },
    "audit_entry": {
        "id": _KEY,
        "author": Personal(Rule.AUDIT, "the member of the secretariat who made the change", blank=""),
        "person_id": NotPersonal("an id only; it no longer leads anywhere once the person is erased"),
        "meeting_id": _REF, "record_id": NotPersonal("an id only"),
        **_plain("at", "source", "action", "table_name", "fields", "detail",
                 why="what was done to which record; never values (detail holds only logged=True values)"),
    },
    "privacy_setting": {"id": _KEY, "audit_days": NotPersonal("how long the audit log is kept")},
    "document_output": {
        "id": _KEY, "meeting_id": _REF, "at": NotPersonal("when a document was printed or saved"),
        "document": NotPersonal("which document", logged=True), "language": NotPersonal("its language", logged=True),
        "action": NotPersonal("printed or saved", logged=True),
    },
    "schema_release": {"id": _KEY, "version": NotPersonal("the program version that made the schema")},
    "mailbox_folder": {
        "id": _KEY, "account": Personal(Rule.STAFF, "the secretariat's mailbox account (may be a staff address)",
                                        blank=""),
        **_plain("folder", "uid_validity", "last_uid", "checked_at", why="how far the mailbox was read"),
    },
    "mailbox_message": {
        "id": _KEY, "account": Personal(Rule.STAFF, "the secretariat's mailbox account (may be a staff address)",
                                        blank=""),
        **_plain("folder", "uid_validity", "uid", "digest", "read_at",
                 why="which message was read (no sender, subject or text)"),
        "kind": NotPersonal("reply, bounce or other", logged=True),
        "outcome": NotPersonal("what was done with it"),
    },
    "follow_up_delivery": {
        "id": _KEY, "meeting_id": _REF,
        "person_id": Personal(Rule.REGISTRATION, "to whom a reminder or practical information was sent"),
        "error": Personal(Rule.REGISTRATION, "the mail server's answer (may quote the address)"),
        "kind": NotPersonal("reminder or practical", logged=True),
        "status": NotPersonal("sent, failed or drafted", logged=True),
        **_plain("message_id", "at", why="which message, and when"),
    },
    # B2B matchmaking: delegations are cities and companies; a participant is a registration (personal only
    # through it: anonymising or erasing the registration takes the person out of every row below).
    "b2b_session": {"id": _KEY, "version": _VERSION, "meeting_id": _REF,
                    **_plain("slot_minutes", "table_count", "location", "auto_accept", "default_max_meetings",
                             "published_at", why="how a meeting's bilateral session is laid out")},
    "b2b_period": {"id": _KEY, "session_id": _REF, **_plain("start", "end", why="a time window or a break"),
                   "kind": NotPersonal("window or break", logged=True)},
    "b2b_delegation": {"id": _KEY, "session_id": _REF, "organisation_id": _REF,
                       "name": NotPersonal("the city or company a delegation stands for")},
    "b2b_table": {"id": _KEY, "session_id": _REF, "delegation_id": _REF, "number": NotPersonal("a table number")},
    "b2b_participant": {"id": _KEY, "session_id": _REF, "delegation_id": _REF,
                        "registration_id": NotPersonal("a registration: personal only through its person_id"),
                        **_plain("max_meetings", "unavailable",
                                 why="limits of a registration's participant; personal only through it")},
    "b2b_request": {"id": _KEY, "session_id": _REF, "requester_id": _REF, "target_id": _REF,
                    "created_at": NotPersonal("when asked; personal only through the participants"),
                    "priority": NotPersonal("must, want or maybe", logged=True),
                    "status": NotPersonal("pending, accepted, declined…", logged=True)},
    "b2b_meeting": {"id": _KEY, "version": _VERSION, "session_id": _REF, "delegation_a_id": _REF,
                    "delegation_b_id": _REF,
                    **_plain("start", "table", "locked", "calendar_sequence", why="a planned meeting of two "
                                                                                   "delegations"),
                    "source": NotPersonal("solver, greedy or manual", logged=True)},
    "b2b_delivery": {
        "id": _KEY, "session_id": _REF,
        "person_id": Personal(Rule.REGISTRATION, "to whom a bilateral meeting's invitation was sent"),
        "error": Personal(Rule.REGISTRATION, "the mail server's answer (may quote the address)"),
        "method": NotPersonal("REQUEST or CANCEL", logged=True),
        "status": NotPersonal("sending, sent, failed or drafted", logged=True),
        **_plain("event_uid", "sequence", "start", "end", "summary", "location", "message_id", "at",
                 why="which version of a bilateral meeting (two delegations, a table) was sent, and when"),
    },
    "mail_template": {
        "id": _KEY, "meeting_id": _REF,
        **_plain("kind", "language", "subject", "body", "updated_at",
                 why="the secretariat's own text for a meeting's mails, with placeholders for each reader"),
    },
}


def decision(table: str, column: str) -> Decision:
    return INVENTORY[table][column]


def personal_columns(table: str) -> dict[str, Personal]:
    return {name: d for name, d in INVENTORY.get(table, {}).items() if isinstance(d, Personal)}


@cache
def logged_columns(table: str) -> frozenset[str]:
    """Columns whose values the audit log may show (closed vocabularies such as a status)."""
    return frozenset(name for name, d in INVENTORY.get(table, {}).items()
                     if isinstance(d, NotPersonal) and d.logged)


def undeclared(tables: dict[str, Table] | None = None) -> list[str]:
    """`table.column` of every column without a decision, and every decision without a column."""
    tables = tables if tables is not None else dict(Base.metadata.tables)
    problems = [f"{name}.{column.name}" for name, table in tables.items() for column in table.columns
                if column.name not in INVENTORY.get(name, {})]
    problems += [f"{name}.{column} (declared, but not in the model)" for name, columns in INVENTORY.items()
                 for column in columns if name not in tables or column not in tables[name].columns]
    return sorted(problems)
