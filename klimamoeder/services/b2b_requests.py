"""B2B requests: who asks to meet whom, how much it matters, and the answer.

Requests come one by one from the window or in bulk from a CSV/XLSX file with four columns
(requester e-mail, target e-mail, priority must|want, status accepted|pending|declined|
no-thanks). An import is all or nothing: every bad row is reported with its line and
column and nothing is saved until the whole file is right.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..i18n import translate
from ..model import B2BParticipant, B2BPriority, B2BRequest, B2BRequestStatus, Person, Registration
from ..storage import Database
from .b2b import _sync_participants, session_row
from .errors import DomainError, NotFound
from .tabular import ImportFailed, RowProblem, read_table

_PRIORITIES = {"must": B2BPriority.MUST, "want": B2BPriority.WANT, "skal": B2BPriority.MUST,
               "ønsker": B2BPriority.WANT, "gerne": B2BPriority.WANT}
_STATUSES = {"accepted": B2BRequestStatus.ACCEPTED, "pending": B2BRequestStatus.PENDING,
             "declined": B2BRequestStatus.DECLINED, "no-thanks": B2BRequestStatus.NO_THANKS,
             "no_thanks": B2BRequestStatus.NO_THANKS, "no thanks": B2BRequestStatus.NO_THANKS,
             "accepteret": B2BRequestStatus.ACCEPTED, "afventer": B2BRequestStatus.PENDING,
             "afvist": B2BRequestStatus.DECLINED, "nej tak": B2BRequestStatus.NO_THANKS}
# Header words that name each column (English and Danish); without a match the columns are taken in order.
_HEADERS = {
    "requester": ("requester", "from", "fra", "anmoder"),
    "target": ("target", "to", "til", "modtager"),
    "priority": ("priority", "prioritet"),
    "status": ("status", "svar", "answer"),
}


@dataclass(frozen=True)
class RequestImport:
    created: int
    updated: int
    participants_added: int


def _participants_by_email(s: Session, session_id: int) -> dict[str, B2BParticipant]:
    rows = s.execute(select(B2BParticipant, Person).join(B2BParticipant.registration).join(Registration.person)
                     .where(B2BParticipant.session_id == session_id)).all()
    found: dict[str, B2BParticipant] = {}
    for participant, person in rows:
        for address in (person.email or "", *(person.other_emails or [])):
            if address:
                found[address.strip().lower()] = participant
    return found


@dataclass(frozen=True)
class Answer:
    """A request's answer and priority as they should be (None: leave it as it is)."""

    request_id: int
    status: B2BRequestStatus | None = None
    priority: B2BPriority | None = None


def _upsert(s: Session, session_id: int, requester: B2BParticipant, target: B2BParticipant, priority: B2BPriority,
            status: B2BRequestStatus) -> bool:
    """Save one request; True if it is new."""
    if requester.id == target.id:
        raise DomainError(translate("B2B", "Nobody can ask to meet themselves."))
    row = s.scalar(select(B2BRequest).where(B2BRequest.session_id == session_id,
                                            B2BRequest.requester_id == requester.id,
                                            B2BRequest.target_id == target.id))
    if row is None:
        s.add(B2BRequest(session_id=session_id, requester_id=requester.id, target_id=target.id, priority=priority,
                         status=status))
        return True
    row.priority, row.status = priority, status
    return False


@dataclass(frozen=True)
class NewRequest:
    requester_id: int  # participant ids
    target_id: int
    priority: B2BPriority = B2BPriority.WANT
    status: B2BRequestStatus = B2BRequestStatus.PENDING


def add_request(db: Database, meeting_id: int, requester_id: int, target_id: int,
                priority: B2BPriority = B2BPriority.WANT,
                status: B2BRequestStatus = B2BRequestStatus.PENDING) -> int:
    """Save a request from one participant to another (an existing one for the pair is updated); returns its id."""
    return add_requests(db, meeting_id, [NewRequest(requester_id, target_id, priority, status)])[0]


def add_requests(db: Database, meeting_id: int, requests: Sequence[NewRequest]) -> list[int]:
    """Save requests in one transaction (undo of a deletion puts several back); returns their ids in order."""
    with db.session() as s:
        session = session_row(s, meeting_id)
        ids = []
        for new in requests:
            requester, target = s.get(B2BParticipant, new.requester_id), s.get(B2BParticipant, new.target_id)
            if requester is None or target is None or session.id != requester.session_id \
                    or session.id != target.session_id:
                raise NotFound(translate("B2B", "That participant is not part of this B2B session."))
            _upsert(s, session.id, requester, target, new.priority, new.status)
            s.flush()
            ids.append(s.scalars(select(B2BRequest.id).where(B2BRequest.session_id == session.id,
                                                             B2BRequest.requester_id == requester.id,
                                                             B2BRequest.target_id == target.id)).one())
        return ids


def answer_request(db: Database, meeting_id: int, request_id: int, *, status: B2BRequestStatus | None = None,
                   priority: B2BPriority | None = None) -> None:
    """Accept, decline or refuse ("no thanks") a request, or change how much it matters."""
    set_answers(db, meeting_id, [Answer(request_id, status, priority)])


def set_answers(db: Database, meeting_id: int, answers: Sequence[Answer]) -> None:
    """Answer several requests at once (the window's selection, or undo giving each its old answer).

    All or nothing: one request that is not part of the session refuses the whole batch.
    """
    with db.session() as s:
        session = session_row(s, meeting_id)
        for answer in answers:
            row = s.get(B2BRequest, answer.request_id)
            if row is None or row.session_id != session.id:
                raise NotFound(translate("B2B", "That request is not part of this B2B session."))
            if answer.status is not None:
                row.status = answer.status
            if answer.priority is not None:
                row.priority = answer.priority


def delete_request(db: Database, meeting_id: int, request_id: int) -> None:
    delete_requests(db, meeting_id, [request_id])


def delete_requests(db: Database, meeting_id: int, request_ids: Sequence[int]) -> None:
    """Remove requests (ones already gone are skipped: the user's wish is met either way)."""
    with db.session() as s:
        session = session_row(s, meeting_id)
        for request_id in request_ids:
            row = s.get(B2BRequest, request_id)
            if row is not None and row.session_id == session.id:
                s.delete(row)


def _columns(headers: tuple[str, ...]) -> dict[str, int]:
    lowered = [h.strip().lower() for h in headers]
    found: dict[str, int] = {}
    for key, words in _HEADERS.items():
        index = next((i for i, h in enumerate(lowered) if any(h == w or h.startswith(w + " ") for w in words)), None)
        if index is not None:
            found[key] = index
    if len(found) == len(_HEADERS):
        return found
    if len(headers) >= 4:
        return {"requester": 0, "target": 1, "priority": 2, "status": 3}
    raise ImportFailed(translate("B2B", "The file needs four columns: requester e-mail, target e-mail, priority "
                                        "(must or want) and status (accepted, pending, declined or no-thanks)."))


def import_requests(db: Database, meeting_id: int, data: bytes, filename: str = "") -> RequestImport:
    """Read every row, report every problem, and save all rows in one transaction or none."""
    table = read_table(data, filename)
    columns = _columns(table.headers)
    with db.session() as s:
        session = session_row(s, meeting_id)
        added = _sync_participants(s, session)
        people = _participants_by_email(s, session.id)
        problems: list[RowProblem] = []
        rows: list[tuple[B2BParticipant, B2BParticipant, B2BPriority, B2BRequestStatus]] = []
        for line, cells in table.rows:
            def cell(key: str, cells: tuple[str, ...] = cells) -> str:
                index = columns[key]
                return cells[index].strip() if index < len(cells) else ""

            def problem(key: str, reason: str, line: int = line) -> None:
                problems.append(RowProblem(line, table.headers[columns[key]] if columns[key] < len(table.headers)
                                           else key, cell(key), reason))

            requester, target = people.get(cell("requester").lower()), people.get(cell("target").lower())
            priority = _PRIORITIES.get(cell("priority").lower() or "want")
            status = _STATUSES.get(cell("status").lower() or "pending")
            for key, who in (("requester", requester), ("target", target)):
                if who is None:
                    problem(key, translate("B2B", "is not registered for this meeting"))
            if priority is None:
                problem("priority", translate("B2B", "is not a priority (must or want)"))
            if status is None:
                problem("status", translate("B2B", "is not a status (accepted, pending, declined or no-thanks)"))
            if requester is not None and requester is target:
                problem("target", translate("B2B", "is the requester: nobody can ask to meet themselves"))
            if requester is not None and target is not None and priority and status and requester is not target:
                rows.append((requester, target, priority, status))
        if problems:
            raise ImportFailed(translate("B2B", "Nothing was imported: {count} rows need fixing.").format(
                count=len({p.line for p in problems})), tuple(problems))
        created = sum(_upsert(s, session.id, *row) for row in rows)
        return RequestImport(created, len(rows) - created, added)
