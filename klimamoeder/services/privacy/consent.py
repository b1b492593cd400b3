"""Consent per purpose (shared participant list, photos, newsletter), with date and source: the one rule.

`record_batch(s, …)` is the only writer (`record` gives it one answer, an import thousands): it appends the
answer (given or withdrawn, when, how it reached the secretariat) to `consent` — the proof a data protection
officer asks for — and mirrors the answer in force on the person (`Person.consent_*`), which every list reads
through `sharing.on_shared_lists`. The person form, the Personal data window's one-click withdrawal, a merge
of duplicates and the participant import all call it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import cast

from sqlalchemy import Table, insert, select, update
from sqlalchemy.orm import Session

from ...model import Consent, ConsentPurpose, ConsentSource, Person, utcnow
from ...storage import Database
from ..audit import allocate_ids

_CHUNK = 500

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
    """One answer from a form or the window (`record_batch` with one answer); True if it changed anything."""
    if person.id is None:
        s.flush()  # a new person gets its id
    changed = record_batch(s, [(person.id, purpose, given)], source, at) > 0
    if changed:
        setattr(person, FLAGS[purpose], given)  # the session's object says what the database now says
    return changed


def record_batch(s: Session, answers: Sequence[tuple[int, ConsentPurpose, bool]], source: ConsentSource,
                 at: datetime | None = None) -> int:
    """THE consent rule, for one answer or an import's thousands: an answer that changes what is in force
    (the last one per person and purpose counts) is appended to `consent` with its date and source, and the
    person's flag follows it. Returns how many answers changed something."""
    latest: dict[tuple[int, ConsentPurpose], bool] = {}
    for person_id, purpose, given in answers:
        latest[(person_id, purpose)] = bool(given)
    if not latest:
        return 0
    person = cast(Table, Person.__table__)
    ids = sorted({pid for pid, _purpose in latest})
    current: dict[int, dict[ConsentPurpose, bool]] = {}
    columns = [person.c[flag] for flag in FLAGS.values()]
    for start in range(0, len(ids), _CHUNK):
        for row in s.execute(select(person.c.id, *columns).where(person.c.id.in_(ids[start:start + _CHUNK]))):
            current[row[0]] = {p: bool(v) for p, v in zip(FLAGS, row[1:], strict=True)}
    changes = [(pid, purpose, given) for (pid, purpose), given in latest.items()
               if pid in current and current[pid][purpose] != given]
    for purpose, flag in FLAGS.items():
        for given in (True, False):
            targets = [pid for pid, p, g in changes if p is purpose and g is given]
            for start in range(0, len(targets), _CHUNK):
                s.execute(update(person).where(person.c.id.in_(targets[start:start + _CHUNK])).values({flag: given}))
    if changes:
        when = at or utcnow()
        new_ids = allocate_ids(s, Consent, len(changes))
        s.execute(insert(cast(Table, Consent.__table__)), [  # Core's insert: no ORM bulk path per row
            {"id": cid, "person_id": pid, "purpose": purpose, "given": given, "at": when, "source": source}
            for cid, (pid, purpose, given) in zip(new_ids, changes, strict=True)])
    return len(changes)


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
