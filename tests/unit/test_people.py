"""People and organisations: e-mail rules, finding, merging duplicates, memberships."""

from __future__ import annotations

import pytest

from klimamoeder.model import MembershipRole, NetworkKind, OrganisationKind, RegistrationStatus
from klimamoeder.services import attendance, people, registrations
from klimamoeder.services.errors import DomainError, StaleEdit, ValidationError
from klimamoeder.services.people import PersonInput
from klimamoeder.services.registrations import RegistrationInput
from klimamoeder.storage import Database

from .test_registrations import make_meeting, make_network


def test_email_is_validated_and_stored_lower_cased(db: Database) -> None:
    anne = people.add_person(db, PersonInput(name="  Anne   Hansen ", email=" Anne.Hansen@KL.Example "))
    assert (anne.name, anne.email) == ("Anne Hansen", "anne.hansen@kl.example")
    with pytest.raises(ValidationError, match="'ikke-en-email' is not an e-mail address"):
        people.add_person(db, PersonInput(name="Bo", email="ikke-en-email"))


def test_one_address_means_one_person_in_any_case_and_as_other_address(db: Database) -> None:
    people.add_person(db, PersonInput(name="Anne", email="anne@kl.example", other_emails=("ah@home.example",)))
    with pytest.raises(DomainError, match="already belongs to Anne"):
        people.add_person(db, PersonInput(name="Anne H", email="ANNE@kl.example"))
    with pytest.raises(DomainError, match="already belongs to Anne"):
        people.add_person(db, PersonInput(name="Anne H", email="AH@home.example"))


def test_editing_a_person_someone_else_saved_meanwhile_is_refused(db: Database) -> None:
    anne = people.add_person(db, PersonInput(name="Anne", email="anne@kl.example"))
    people.edit_person(db, anne.id, PersonInput(name="Anne Hansen", email="anne@kl.example"), anne.version)
    with pytest.raises(StaleEdit):
        people.edit_person(db, anne.id, PersonInput(name="Anne B", email="anne@kl.example"), anne.version)
    assert people.get_person(db, anne.id).name == "Anne Hansen"


def test_find_people_by_name_email_or_organisation(db: Database) -> None:
    kl = people.add_organisation(db, "KL", OrganisationKind.ASSOCIATION).id
    people.add_person(db, PersonInput(name="Zoë Hartley", email="zoe@perth.example"))
    people.add_person(db, PersonInput(name="Niels Kelstrup", email="nkel@kl.example", organisation_id=kl))
    assert [p.name for p in people.find_people(db, "zoë")] == ["Zoë Hartley"]
    assert [p.name for p in people.find_people(db, "KL")] == ["Niels Kelstrup"]


def test_merging_duplicates_moves_registrations_without_breaking_one_registration_per_meeting(db: Database) -> None:
    network = make_network(db)
    first, second = make_meeting(db, network, days=2), make_meeting(db, network)
    keep = people.add_person(db, PersonInput(name="Anne Hansen", email="anne@kl.example")).id
    other = people.add_person(db, PersonInput(name="Anne Hansen", email="anne.hansen@home.example",
                                              phone="+45 12 34 56 78")).id
    assert [(d.keep_id, d.other_id) for d in people.find_duplicates(db)] == [(keep, other)]
    registrations.invite(db, first, [keep])
    registrations.register(db, first, other, RegistrationInput(status=RegistrationStatus.REGISTERED,
                                                               dietary="Vegetar"))
    registrations.register(db, second, other, RegistrationInput(status=RegistrationStatus.REGISTERED))
    other_reg = {r.person_id: r.id for r in registrations.list_registrations(db, first)}[other]
    attendance.check_in(db, other_reg, attendance.meeting_day_list(db, first)[1])

    result = people.merge_people(db, keep, other)

    assert (result.registrations_moved, result.registrations_combined) == (1, 1)
    (merged,) = registrations.list_registrations(db, first)
    assert (merged.person_id, merged.status, merged.dietary) == (keep, RegistrationStatus.REGISTERED, "Vegetar")
    assert len(merged.checked_in) == 1
    assert [r.person_id for r in registrations.list_registrations(db, second)] == [keep]
    kept = people.get_person(db, keep)
    assert kept.fields.other_emails == ("anne.hansen@home.example",)
    assert kept.fields.phone == "+45 12 34 56 78"
    assert {m.meeting_id for m in people.person_meetings(db, keep)} == {first, second}
    assert people.find_duplicates(db) == []


def test_a_city_network_admits_a_member_only_on_a_members_recommendation(db: Database) -> None:
    wecp = make_network(db, "WECP", NetworkKind.CITY_NETWORK)
    houston = people.add_organisation(db, "City of Houston", OrganisationKind.CITY, "Houston", "US").id
    esbjerg = people.add_organisation(db, "Esbjerg Kommune", OrganisationKind.MUNICIPALITY).id
    outsider = people.add_organisation(db, "City of Perth", OrganisationKind.CITY, "Perth", "AU").id
    people.add_member(db, wecp, houston, MembershipRole.BOARD)  # the founder needs nobody
    with pytest.raises(DomainError, match="only on the recommendation of a member"):
        people.add_member(db, wecp, esbjerg, MembershipRole.MEMBER)
    with pytest.raises(DomainError, match="must itself be a member"):
        people.add_member(db, wecp, esbjerg, MembershipRole.MEMBER, recommended_by_id=outsider)
    people.add_member(db, wecp, esbjerg, MembershipRole.MEMBER, recommended_by_id=houston)
    members = people.network_members(db, wecp)
    assert [(m.organisation, m.role, m.recommended_by) for m in members] == [
        ("City of Houston", MembershipRole.BOARD, ""), ("Esbjerg Kommune", MembershipRole.MEMBER, "City of Houston")]
    assert people.change_member_role(db, members[1].membership_id, MembershipRole.PRESIDENT) is MembershipRole.MEMBER


def test_a_climate_network_admits_without_recommendation(db: Database) -> None:
    kl = make_network(db)
    a = people.add_organisation(db, "Vejle Kommune", OrganisationKind.MUNICIPALITY).id
    b = people.add_organisation(db, "Aarhus Kommune", OrganisationKind.MUNICIPALITY).id
    people.add_member(db, kl, a, MembershipRole.MEMBER)
    people.add_member(db, kl, b, MembershipRole.MEMBER)
    assert len(people.network_members(db, kl)) == 2


def test_addresses_differing_only_in_case_from_older_data_are_found_as_duplicates(db: Database) -> None:
    from klimamoeder.model import Person

    with db.session() as s:  # as an older import or a hand-edited database may hold them
        s.add_all([Person(name="Anne Hansen", email="Anne.Hansen@KL.example", other_emails=[]),
                   Person(name="A. Hansen", email="anne.hansen@kl.example", other_emails=[])])
    (pair,) = people.find_duplicates(db)
    assert "anne.hansen@kl.example" in pair.reason
    people.merge_people(db, pair.keep_id, pair.other_id)
    (kept,) = people.find_people(db)
    assert (kept.name, kept.email, kept.fields.other_emails) == ("Anne Hansen", "anne.hansen@kl.example", ())


def test_organisations_are_unique_by_name_and_country(db: Database) -> None:
    vejle = people.add_organisation(db, "Vejle Kommune", OrganisationKind.MUNICIPALITY, "Vejle")
    other = people.add_organisation(db, "Vejle Havn", OrganisationKind.COMPANY, "Vejle")
    with pytest.raises(DomainError, match="already exists"):
        people.add_organisation(db, "vejle kommune", OrganisationKind.MUNICIPALITY)
    with pytest.raises(DomainError, match="already exists"):
        people.edit_organisation(db, other.id, people.OrganisationInput("Vejle kommune", OrganisationKind.COMPANY,
                                                                        "Vejle", "DK"))
    assert people.get_organisation(db, vejle.id).name == "Vejle Kommune"


def test_merging_duplicates_keeps_what_was_already_sent_so_nobody_gets_a_reminder_twice(db: Database) -> None:
    from klimamoeder.model import DeliveryStatus, FollowUpDelivery, InvitationDelivery, MessageMethod
    from klimamoeder.services import followups

    network = make_network(db)
    meeting = make_meeting(db, network)
    keep = people.add_person(db, PersonInput(name="Anne Hansen", email="anne@kl.example")).id
    other = people.add_person(db, PersonInput(name="Anne Hansen", email="anne.hansen@home.example")).id
    registrations.invite(db, meeting, [other])
    with db.session() as s:  # the duplicate got the invitation and, later, the reminder
        s.add(InvitationDelivery(meeting_id=meeting, person_id=other, method=MessageMethod.REQUEST, sequence=0,
                                 status=DeliveryStatus.SENT))
        s.add(FollowUpDelivery(meeting_id=meeting, person_id=other, kind=followups.REMINDER,
                               status=DeliveryStatus.SENT))

    people.merge_people(db, keep, other)

    (anne,) = followups.plan_follow_up(db, meeting, followups.REMINDER).recipients
    assert (anne.person_id, anne.will_send, anne.reason, anne.last_status) == (keep, False, "already sent", "sent")


def test_merging_a_duplicate_keeps_its_b2b_place_and_b2b_sending_log(db: Database) -> None:
    from sqlalchemy import select

    from klimamoeder.model import B2BDelivery, B2BDeliveryStatus, MessageMethod, Person
    from klimamoeder.services import b2b
    from tests.b2b_data import at, make_session, request

    setup = make_session(db, [("Zoë Hartley", "zoe@perth.example", "Perth"),
                              ("Łucja Nowak", "lucja@gdansk.example", "Gdańsk")])
    request(db, setup, "zoe@perth.example", "lucja@gdansk.example")
    session_id = b2b.load_session(db, setup.meeting).session_id
    with db.session() as s:
        zoe_id = s.scalars(select(Person.id).where(Person.email == "zoe@perth.example")).one()
        s.add(B2BDelivery(session_id=session_id, event_uid="pair-1@klimamoeder.invalid", person_id=zoe_id,
                          method=MessageMethod.REQUEST, sequence=0, status=B2BDeliveryStatus.SENT,
                          start=at("14:00"), end=at("14:20")))
    # The same Zoë under a second address, registered for the same meeting: keep that record, fold the first in.
    keep = people.add_person(db, PersonInput(name="Zoë Hartley", email="zoe.hartley@home.example")).id
    registrations.register(db, setup.meeting, keep, RegistrationInput(status=RegistrationStatus.REGISTERED))

    people.merge_people(db, keep, zoe_id)

    data = b2b.load_session(db, setup.meeting)
    assert sorted(p.email for p in data.people) == ["lucja@gdansk.example", "zoe.hartley@home.example"]
    assert len(data.requests) == 1  # Zoë's request to Łucja is still there
    with db.read() as s:
        assert s.scalars(select(B2BDelivery.person_id)).all() == [keep]
