"""Fetch replies from the mailbox: read what is new, hand replies to the reply service, mark bounces.

Per folder (the inbox and Deleted Items/Trash) the highest UID looked at is kept with
the folder's UIDVALIDITY, so the next fetch asks only for newer messages and a restart
misses nothing. A changed UIDVALIDITY means the folder's UIDs are new: it is scanned
again, and messages read before are recognised by a digest of their bytes. Only
messages whose structure may hold a calendar part, a forwarded message or a delivery
report are downloaded. Replies are judged and applied by `services.replies` — this
module never changes a registration itself; bounces mark the delivery they are about
as failed (`services.bounces`).
"""

from __future__ import annotations

import email
import email.policy
import hashlib
import logging
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from ..exports.reply_parser import parse_reply_file
from ..i18n import translate
from ..model import FollowUpDelivery, InvitationDelivery, MailboxFolder, MailboxMessage, utcnow
from ..storage import Database
from . import bounces, replies
from .audit import acting
from .errors import DomainError
from .mail_settings import LEAVE, MailSettings, load
from .mailbox import Mailbox
from .oauth import TokenProvider
from .progress import Cancelled, Progress

log = logging.getLogger(__name__)

REPLY, BOUNCE, OTHER, UNREADABLE = "reply", "bounce", "other", "unreadable"
ALREADY_READ, FOUND = "already read", "found"  # bounces in a dry run are "found"
FIRST_LOOK_DAYS = 30  # how far back the first look at a folder goes when no invitation was sent yet
_RELEVANT = {b"calendar", b"ics", b"report", b"rfc822", b"ms-tnef", b"delivery-status", b"rfc822-headers"}


@dataclass(frozen=True)
class MessageOutcome:
    folder: str
    uid: int
    kind: str  # reply | bounce | other | unreadable
    outcome: str  # the reply service's outcome(s), a bounce's, or already read / not a reply
    detail: str = ""  # for the user's eyes (names the meeting and person); never logged


@dataclass(frozen=True)
class FetchResult:
    dry_run: bool
    folders: tuple[str, ...]
    new_messages: int  # new UIDs looked at, relevant or not
    messages: tuple[MessageOutcome, ...]

    def count(self, kind: str | None = None, outcome: str | None = None) -> int:
        return sum(1 for m in self.messages if (kind is None or m.kind == kind)
                   and (outcome is None or outcome in m.outcome.split(", ")))


def _tokens(structure: Any, into: set[bytes]) -> None:
    if isinstance(structure, bytes):
        into.add(structure.lower())
    elif isinstance(structure, str):
        into.add(structure.lower().encode())
    elif isinstance(structure, list | tuple):
        for item in structure:
            _tokens(item, into)


def may_matter(structure: Any) -> bool:
    """Could the message hold a reply or a bounce? (Judged from BODYSTRUCTURE, without downloading it.)"""
    if structure is None:
        return True
    found: set[bytes] = set()
    _tokens(structure, found)
    return bool(found & _RELEVANT) or any(t.endswith(b".ics") or t == b"winmail.dat" for t in found)


def first_day(db: Database, today: date) -> date:
    """Where the first look at a folder starts: the day before our first invitation, else a month back."""
    with db.read() as s:
        first = min((t for t in (s.scalar(select(func.min(InvitationDelivery.at))),
                                 s.scalar(select(func.min(FollowUpDelivery.at)))) if t is not None), default=None)
    return first.date() - timedelta(days=1) if first else today - timedelta(days=FIRST_LOOK_DAYS)


def _source_name(folder: str, uid: int, message: email.message.Message) -> str:
    subject = " ".join(str(message.get("Subject", "")).split())
    return f"{folder} #{uid}: {subject}"[:300] if subject else f"{folder} #{uid}"


def _hand_to_reply_service(db: Database, name: str, data: bytes, dry_run: bool) -> tuple[str, str]:
    """The reply service judges and applies (the one place replies change registrations); a dry run previews."""
    summary = (replies.preview_replies if dry_run else replies.import_replies)(db, [(name, data)])
    outcomes = list(dict.fromkeys(o.outcome for o in summary.outcomes))
    detail = "; ".join(
        (f"{o.person_name or o.attendee_email}: {o.partstat or '-'} ({o.meeting_title or '?'})"
         + (f" – {o.reason}" if o.reason else "")) if o.attendee_email else o.reason for o in summary.outcomes)
    return ", ".join(outcomes), detail


def _holds_no_calendar(data: bytes, name: str) -> bool:
    """Nothing calendar-like inside (e.g. a forwarded newsletter): not worth a row in the reply log."""
    found = parse_reply_file(name, data)
    return len(found) == 1 and bool(found[0].problem) and not found[0].raw and found[0].method != "TNEF"


def _judge(db: Database, folder: str, uid: int, data: bytes, dry_run: bool) -> MessageOutcome:
    message = email.message_from_bytes(data, policy=email.policy.compat32)
    name = _source_name(folder, uid, message)
    if bounces.is_bounce(message):
        bounce = bounces.parse_bounce(data)
        if bounce is None:
            return MessageOutcome(folder, uid, BOUNCE, bounces.NOT_OURS)
        if dry_run:
            return MessageOutcome(folder, uid, BOUNCE, FOUND, bounce.reason)
        return MessageOutcome(folder, uid, BOUNCE, bounces.apply_bounce(db, data), bounce.reason)
    if _holds_no_calendar(data, name):
        return MessageOutcome(folder, uid, OTHER, replies.NOT_A_REPLY)
    outcome, detail = _hand_to_reply_service(db, name, data, dry_run)
    kind = OTHER if outcome == replies.NOT_A_REPLY else REPLY
    return MessageOutcome(folder, uid, kind, outcome, detail)


class _Bookkeeping:
    """What was read, per account; every write is its own short transaction."""

    def __init__(self, db: Database, account: str, dry_run: bool) -> None:
        self.db, self.account, self.dry_run = db, account, dry_run

    def folder(self, folder: str) -> tuple[int, int] | None:
        with self.db.read() as s:
            row = s.scalar(select(MailboxFolder).where(MailboxFolder.account == self.account,
                                                       MailboxFolder.folder == folder))
            return (row.uid_validity, row.last_uid) if row else None

    def read_before(self, digest: str) -> bool:
        with self.db.read() as s:
            return (s.scalar(select(func.count()).select_from(MailboxMessage).where(
                MailboxMessage.account == self.account, MailboxMessage.digest == digest)) or 0) > 0

    def record(self, folder: str, uid_validity: int, outcome: MessageOutcome, digest: str) -> bool:
        """Remember one message; False if another fetch (a colleague's) recorded it first."""
        if self.dry_run:
            return True
        try:
            with self.db.session() as s:
                s.add(MailboxMessage(account=self.account, folder=folder, uid_validity=uid_validity,
                                     uid=outcome.uid, digest=digest, kind=outcome.kind, outcome=outcome.outcome[:40],
                                     read_at=utcnow()))
        except IntegrityError:
            return False
        return True

    def advance(self, folder: str, uid_validity: int, last_uid: int) -> None:
        if self.dry_run:
            return
        with self.db.session() as s:
            row = s.scalar(select(MailboxFolder).where(MailboxFolder.account == self.account,
                                                       MailboxFolder.folder == folder))
            if row is None:
                s.add(MailboxFolder(account=self.account, folder=folder, uid_validity=uid_validity,
                                    last_uid=last_uid, checked_at=utcnow()))
                return
            if row.uid_validity != uid_validity:
                row.uid_validity, row.last_uid = uid_validity, last_uid
            else:
                row.last_uid = max(row.last_uid, last_uid)
            row.checked_at = utcnow()


def _read_folder(box: Mailbox, books: _Bookkeeping, db: Database, folder: str, config: MailSettings,
                 progress: Progress, today: date) -> tuple[int, list[MessageOutcome]]:
    uid_validity = box.open_folder(folder, readonly=books.dry_run or config.after_reading == LEAVE)
    known = books.folder(folder)
    if known is not None and known[0] == uid_validity:
        uids = box.uids_after(known[1])
    else:  # first look, or the server renumbered the folder: look again, recognise by digest
        if known is not None:
            log.info("UIDVALIDITY of a mailbox folder changed; scanning it again")
        uids = box.uids_since(first_day(db, today))
    if not uids:
        books.advance(folder, uid_validity, known[1] if known and known[0] == uid_validity else 0)
        return 0, []
    wanted = [uid for uid, structure in box.structures(uids).items() if may_matter(structure)]
    outcomes: list[MessageOutcome] = []
    processed: list[int] = []
    for number, (uid, data) in enumerate(box.messages(sorted(wanted))):
        progress.step(number, len(wanted), translate("Mail", "Reading {folder}: {n} of {total}").format(
            folder=folder, n=number + 1, total=len(wanted)))
        digest = hashlib.sha256(data).hexdigest()
        if books.read_before(digest):
            outcome = MessageOutcome(folder, uid, OTHER, ALREADY_READ)
        else:
            try:
                outcome = _judge(db, folder, uid, data, books.dry_run)
            except (SQLAlchemyError, DomainError, Cancelled):
                raise  # the database or the user stopped us: read this message again next time
            except Exception as error:  # one bad message must not stop the others; our bug, logged without content
                log.warning("A message could not be read (%s)", type(error).__name__)
                outcome = MessageOutcome(folder, uid, UNREADABLE, type(error).__name__,
                                         translate("Mail", "The message could not be read."))
        if books.record(folder, uid_validity, outcome, digest) and outcome.kind in (REPLY, BOUNCE):
            processed.append(uid)
        outcomes.append(outcome)
    books.advance(folder, uid_validity, max(uids))
    if not books.dry_run and config.after_reading != LEAVE:
        box.mark_processed(processed, config.after_reading, config.processed_folder)
    return len(uids), outcomes


def fetch_replies(db: Database, config: MailSettings | None = None, *, dry_run: bool = False,
                  progress: Progress | None = None, password: str | None = None,
                  tokens: TokenProvider | None = None, today: date | None = None) -> FetchResult:
    """Read new messages from the inbox and Deleted Items; `dry_run` reports without changing anything."""
    config = config or load()
    progress = progress or Progress()
    today = today or utcnow().date()
    books = _Bookkeeping(db, config.account_key, dry_run)
    outcomes: list[MessageOutcome] = []
    looked_at = 0
    with acting("mailbox"), Mailbox(config, password, tokens) as box:  # the change log's path: mailbox/reply
        folders = box.reply_folders()
        for folder in folders:
            count, found = _read_folder(box, books, db, folder, config, progress, today)
            looked_at += count
            outcomes += found
    progress.step(1, 1, "")
    return FetchResult(dry_run, tuple(folders), looked_at, tuple(outcomes))


def summary_text(result: FetchResult) -> str:
    """One line for the status bar and the command line."""
    waiting = sum(result.count(REPLY, outcome) for outcome in replies.WAITING)
    text = translate("Mail", "{replies} replies ({applied} applied, {review} to review), {bounces} bounces, "
                             "{other} other messages.").format(
        replies=result.count(REPLY), applied=result.count(REPLY, replies.APPLIED), review=waiting,
        bounces=result.count(BOUNCE),
        other=result.count(OTHER) + result.count(UNREADABLE) + result.new_messages - len(result.messages))
    if result.dry_run:
        text += " " + translate("Mail", "Dry run: nothing was changed.")
    return text
