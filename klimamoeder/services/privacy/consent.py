"""Consent per purpose (shared participant list, photos, newsletter), with date and source: the one rule.

`record(s, …)` is the only writer: it appends the answer (given or withdrawn, when, how it reached the
secretariat) to `consent` — the proof a data protection officer asks for — and mirrors the answer in force
on the person (`Person.consent_*`), which every list reads through `sharing.on_shared_lists`. The person
form, the Personal data window's one-click withdrawal and a merge of duplicates all call it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...model import Consent, ConsentPurpose, ConsentSource, Person, utcnow
from ...storage import Database

FLAGS: dict[ConsentPurpose, str] = {
    ConsentPurpose.SHARED_LIST: "consent_shared_list",
    ConsentPurpose.PHOTOS: "consent_photos",
    ConsentPurpose.NEWSLETTER: "consent_newsletter",
}


@dataclass(frozen=True)
class ConsentState:
    """The answer in force for one purpose; `at`/`source` None when it predates the record (or was never asked)."""

    purpose: ConsentPurpose
    given: bool
    at: datetime | None
    source: ConsentSource | None


def record(s: Session, person: Person, purpose: ConsentPurpose, given: bool, source: ConsentSource,
           at: datetime | None = None) -> bool:
    """Record an answer if it changes what is in force; True if it did. A new person gets its id by a flush."""
    if bool(getattr(person, FLAGS[purpose])) == given:
        return False
    setattr(person, FLAGS[purpose], given)
    if person.id is None:
        s.flush()
    s.add(Consent(person_id=person.id, purpose=purpose, given=given, source=source, at=at or utcnow()))
    return True


def set_consent(db: Database, person_id: int, purpose: ConsentPurpose, given: bool, source: ConsentSource) -> bool:
    """Give or withdraw one consent (withdrawal is one call: one click in the window)."""
    from ..people import _load_person

    with db.session() as s:
        return record(s, _load_person(s, person_id), purpose, given, source)


def states(db: Database, person_id: int) -> list[ConsentState]:
    """Per purpose, the answer in force with its date and source."""
    with db.read() as s:
        person = s.get(Person, person_id)
        flags = {p: bool(getattr(person, f)) if person is not None else False for p, f in FLAGS.items()}
        latest = {a.purpose: (a.at, a.source) for a in s.scalars(
            select(Consent).where(Consent.person_id == person_id).order_by(Consent.at, Consent.id))}
    found = []
    for purpose in FLAGS:
        at, source = latest.get(purpose, (None, None))
        found.append(ConsentState(purpose, flags[purpose], at, source))
    return found
