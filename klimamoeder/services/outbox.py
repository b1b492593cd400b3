"""Sending mail only after it is recorded: claim, commit, send, record the outcome.

Tryton's reported trap (tryton-ar/account_invoice_ar#188): a message went out for a change whose
transaction then failed. Here every outgoing message (invitation, reminder, practical information) is first
*claimed* — a delivery row with status SENDING, in the transaction that prepares the messages, with the
meeting row locked — and that transaction commits before the first message leaves. Then each message is sent
and its outcome written in a transaction of its own. So:
- a preparation that fails sends nothing;
- two PCs pressing Send at once queue on the meeting row, and the second sees the first one's claims as in
  flight (`in_flight`) and leaves those people out;
- a message that left is never forgotten: its outcome is retried through a lost connection (`record`); if the
  program dies, the claim stays SENDING and keeps the person out for `IN_FLIGHT`, after which the plan offers
  to send it again (the same calendar version again is harmless; a lost message is not);
- claims of messages that never left (the user cancelled halfway) are dropped (`release`).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime, timedelta
from typing import Any, Protocol, TypeVar

from sqlalchemy import delete
from sqlalchemy.exc import DBAPIError

from ..i18n import translate
from ..model import DeliveryStatus, utcnow
from ..storage import Database
from .progress import Progress

IN_FLIGHT = timedelta(minutes=10)
_TRIES = 5


class Claimed(Protocol):
    @property
    def claim(self) -> int:
        """The SENDING row reserving this message."""


Item = TypeVar("Item", bound=Claimed)
Result = TypeVar("Result")


def in_flight(rows: Iterable[Any], now: datetime | None = None) -> bool:
    """Whether one of a person's delivery rows is a claim still being sent (by this PC or another)."""
    now = now or utcnow()
    return any(r.status == DeliveryStatus.SENDING and r.at > now - IN_FLIGHT for r in rows)


def in_flight_reason() -> str:
    return translate("Invites", "being sent from another PC")


def record(db: Database, model: type[Any], claim_id: int, status: DeliveryStatus, error: str = "") -> None:
    """The outcome of a claimed message. It has left: a lost connection is waited out, a few tries."""
    for attempt in range(_TRIES):
        try:
            with db.session() as s:
                claim = s.get(model, claim_id)
                if claim is not None:
                    claim.status, claim.error, claim.at = status, error[:500], utcnow()
                    if status == DeliveryStatus.FAILED and hasattr(claim, "content_fingerprint"):
                        claim.content_fingerprint = ""  # nothing was delivered
            return
        except DBAPIError:
            if attempt == _TRIES - 1:
                raise
            time.sleep(0.5 * 2 ** attempt)


def release(db: Database, model: type[Any], claim_ids: Sequence[int]) -> None:
    """Drop the claims of messages that never left; if the connection is gone they lapse after IN_FLIGHT."""
    if not claim_ids:
        return
    try:
        with db.session() as s:
            s.execute(delete(model).where(model.id.in_(list(claim_ids)), model.status == DeliveryStatus.SENDING))
    except DBAPIError:
        pass


def deliver(db: Database, model: type[Any], outgoing: Sequence[Item], send: Callable[[Item], None],
            delivered_status: DeliveryStatus, outcome: Callable[[Item, bool, str], Result],
            progress: Progress) -> list[Result]:
    """Send claimed messages one by one, recording each outcome as it happens."""
    from .mailer import DeliveryFailed

    outcomes: list[Result] = []
    reached = 0  # messages handed to the transport: whatever happens next, their claims stay
    try:
        for number, item in enumerate(outgoing):
            progress.step(number, len(outgoing), translate("Invites", "Sending {n} of {total}").format(
                n=number + 1, total=len(outgoing)))
            reached = number + 1
            try:
                send(item)
            except DeliveryFailed as error:
                record(db, model, item.claim, DeliveryStatus.FAILED, str(error) or "failed")
                outcomes.append(outcome(item, False, str(error)))
                continue
            record(db, model, item.claim, delivered_status)
            outcomes.append(outcome(item, True, ""))
    finally:
        release(db, model, [item.claim for item in outgoing[reached:]])
    progress.step(len(outgoing), len(outgoing), "")
    return outcomes
