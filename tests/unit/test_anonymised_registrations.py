"""What retention leaves behind, a registration without its person (`person_id` is NULL), is read, seated and
invited from like any other row: shown as "(anonymised)" where a row is kept, left out where a person is needed.

Each case was found by `mypy --strict` (`Registration.person` is `Person | None`) and crashed or wrote wrong rows
before; the anonymising is retention's own (`retention.apply`), not a hand-made NULL.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select

from klimamoeder.model import Registration
from klimamoeder.services import b2b, b2b_documents, people, registrations
from klimamoeder.services.privacy import retention
from klimamoeder.storage import Database
from tests.b2b_data import make_session
from tests.invite_data import make_meeting

LATER = datetime(2030, 1, 1, tzinfo=UTC)  # the test meetings (October 2026) ended more than two years before
DELEGATIONS = [("Fiona MacLeod", "fiona@aberdeen.example", "Aberdeen"),
               ("Kari Nordtun", "kari@stavanger.example", "Stavanger"),
               ("Henrik Vind", "henrik@esbjerg.example", "Esbjerg")]


def anonymise(db: Database, meeting_id: int) -> None:
    report = retention.apply(db, LATER)
    assert meeting_id in {m.meeting_id for m in report.meetings}
    with db.read() as s:
        assert s.scalars(select(Registration.person_id).where(Registration.meeting_id == meeting_id)).all()
        assert not s.scalars(select(Registration.person_id).where(Registration.meeting_id == meeting_id,
                                                                  Registration.person_id.is_not(None))).all()


def test_a_b2b_session_of_an_anonymised_meeting_still_opens_with_its_seats_unnamed(db: Database) -> None:
    setup = make_session(db, DELEGATIONS)
    before = b2b.load_session(db, setup.meeting)
    anonymise(db, setup.meeting)

    after = b2b.load_session(db, setup.meeting)  # crashed: 'NoneType' object has no attribute 'name'

    assert [p.participant_id for p in after.people] == [p.participant_id for p in before.people]
    assert {(p.person_id, p.name, p.email, p.organisation) for p in after.people} == {(None, "(anonymised)", "", "")}
    assert after.delegations == before.delegations  # who sat together is kept, as the headcounts are
    assert b2b_documents.agenda_data(db, setup.meeting).agendas  # the personal agendas still print


def test_someone_anonymised_before_being_seated_is_not_taken_into_the_session(db: Database) -> None:
    setup = make_session(db, DELEGATIONS)
    late = people.add_person(db, people.PersonInput(name="Zoë Hartley", email="zoe@perth.example"))
    registrations.register(db, setup.meeting, late.id, registrations.RegistrationInput(), override_deadline=True)
    anonymise(db, setup.meeting)

    assert b2b.sync_participants(db, setup.meeting) == 0  # crashed on the person's organisation
    assert len(b2b.load_session(db, setup.meeting).people) == len(DELEGATIONS)


def test_an_anonymised_participant_can_be_given_a_table_of_their_own(db: Database) -> None:
    setup = make_session(db, [*DELEGATIONS, ("Anne Sørensen", "anne@esbjerg.example", "Esbjerg")])
    anne = setup.participants["anne@esbjerg.example"]
    anonymise(db, setup.meeting)

    own = b2b.move_to_delegation(db, setup.meeting, anne, None)  # crashed: the new delegation is named after them

    data = b2b.load_session(db, setup.meeting)
    assert data.delegation(own).name == "(anonymised)"
    assert [p.participant_id for p in data.members(own)] == [anne]


def test_inviting_from_an_anonymised_meeting_invites_nobody_instead_of_empty_rows(db: Database) -> None:
    old = make_meeting(db, uid="old@klimamoeder.invalid")
    new = make_meeting(db, uid="new@klimamoeder.invalid", start="2030-03-05T09:00", end="2030-03-05T16:00",
                       people=[("Mette Holm", "mette@kl.example", "da", "invited")], with_organiser_invited=False)
    anonymise(db, old.meeting)

    result = registrations.invite_from_meeting(db, new.meeting, old.meeting)

    assert result.created == ()  # was one invited registration without a person per anonymised one
    with db.read() as s:
        assert s.scalars(select(Registration.person_id).where(Registration.meeting_id == new.meeting)).all() == [
            new.people["mette@kl.example"]]
