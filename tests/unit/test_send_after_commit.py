"""A message leaves only after the transaction that records it has committed (Tryton's reported trap: a
mail sent for a save that then failed). Two PCs pressing Send at once never send anyone the same message."""

from __future__ import annotations

import threading
from email.message import Message

import pytest
import sqlalchemy as sa

from klimamoeder.model import DeliveryStatus, InvitationDelivery, Meeting, Person
from klimamoeder.services import invites
from klimamoeder.storage import Database, open_database
from tests.invite_data import make_meeting


class Watching:
    """A transport that, at the moment of sending, looks at the database from another connection."""

    status = DeliveryStatus.SENT

    def __init__(self, url: str) -> None:
        self.other = open_database(url)
        self.seen: list[tuple[str, list[str], int]] = []

    def send(self, message: Message, sender: str, recipient: str) -> None:
        with self.other.read() as s:
            claims = s.scalars(sa.select(InvitationDelivery.status)
                               .join(Person, Person.id == InvitationDelivery.person_id)
                               .where(Person.email == recipient).order_by(InvitationDelivery.id)).all()
            sequence = s.scalar(sa.select(Meeting.calendar_sequence))
        self.seen.append((recipient, [str(c) for c in claims], sequence or 0))


def test_each_message_is_claimed_and_committed_before_it_leaves(db: Database) -> None:
    ids = make_meeting(db)
    transport = Watching(db.url.render_as_string(hide_password=False))
    try:
        result = invites.send_invitations(db, ids.meeting, transport)
    finally:
        transport.other.dispose()
    assert len(result.delivered) == len(transport.seen) > 0
    for _recipient, claims, sequence in transport.seen:
        assert claims[-1] == "sending"  # visible to another PC: committed before the send
        assert sequence == result.sequence
    with db.read() as s:
        assert set(s.scalars(sa.select(InvitationDelivery.status))) == {DeliveryStatus.SENT}


def test_a_send_stopped_halfway_releases_the_claims_of_what_never_left(db: Database) -> None:
    ids = make_meeting(db)

    class Breaking(Watching):
        def send(self, message: Message, sender: str, recipient: str) -> None:
            if self.seen:
                raise KeyboardInterrupt  # the PC goes down after the first message
            super().send(message, sender, recipient)

    transport = Breaking(db.url.render_as_string(hide_password=False))
    try:
        with pytest.raises(KeyboardInterrupt):
            invites.send_invitations(db, ids.meeting, transport)
    finally:
        transport.other.dispose()
    with db.read() as s:
        rows = s.execute(sa.select(InvitationDelivery.person_id, InvitationDelivery.status)).all()
    assert sorted(str(status) for _p, status in rows) == ["sending", "sent"]  # the one in the air is kept
    plan = invites.plan_invitations(db, ids.meeting)
    assert sum(1 for r in plan.recipients if r.reason == "being sent from another PC") == 1


@pytest.mark.postgres
def test_two_pcs_pressing_send_at_once_send_each_message_once(postgres_url: str) -> None:
    setup = open_database(postgres_url)
    ids = make_meeting(setup)
    setup.dispose()
    sent: list[str] = []
    lock = threading.Lock()
    start = threading.Barrier(2)

    class Counting:
        status = DeliveryStatus.SENT

        def send(self, message: Message, sender: str, recipient: str) -> None:
            with lock:
                sent.append(recipient)

    def press_send() -> None:
        db = open_database(postgres_url)
        try:
            start.wait(timeout=30)
            invites.send_invitations(db, ids.meeting, Counting())
        finally:
            db.dispose()

    threads = [threading.Thread(target=press_send) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert sent and len(sent) == len(set(sent))


def test_a_reminder_is_claimed_and_committed_before_it_leaves_too(db: Database) -> None:
    from klimamoeder.model import FollowUpDelivery
    from klimamoeder.services import followups

    ids = make_meeting(db)
    invitations = Watching(db.url.render_as_string(hide_password=False))
    try:
        invites.send_invitations(db, ids.meeting, invitations)
    finally:
        invitations.other.dispose()

    class WatchingReminders(Watching):
        def send(self, message: Message, sender: str, recipient: str) -> None:
            with self.other.read() as s:
                claims = s.scalars(sa.select(FollowUpDelivery.status)
                                   .join(Person, Person.id == FollowUpDelivery.person_id)
                                   .where(Person.email == recipient)).all()
            self.seen.append((recipient, [str(c) for c in claims], 0))

    transport = WatchingReminders(db.url.render_as_string(hide_password=False))
    try:
        result = followups.send_follow_up(db, ids.meeting, followups.REMINDER, transport)
    finally:
        transport.other.dispose()
    assert len(result.outcomes) == len(transport.seen) > 0
    assert all(claims == ["sending"] for _r, claims, _s in transport.seen)
    with db.read() as s:
        assert set(s.scalars(sa.select(FollowUpDelivery.status))) == {DeliveryStatus.SENT}
    assert not any(r.will_send for r in followups.plan_follow_up(db, ids.meeting, followups.REMINDER).recipients)
