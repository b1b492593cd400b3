"""Consent per purpose with date and source; withdrawal is one call (one click); lists follow it."""

from __future__ import annotations

from klimamoeder.model import ConsentPurpose, ConsentSource
from klimamoeder.services import audit, documents, people
from klimamoeder.services.audit import AuditQuery
from klimamoeder.services.documents import ListChoice
from klimamoeder.services.privacy import access, consent
from klimamoeder.storage import Database
from tests.invite_data import make_meeting

ZOE = "zoe@aberdeen.example"


def on_list(db: Database, meeting: int) -> set[str]:
    return {p.name for p in documents.load_participants(db, meeting, ListChoice()).participants}


def test_each_purpose_has_its_own_answer_with_date_and_source(db: Database) -> None:
    added = people.add_person(db, people.PersonInput(
        name="Zoë", email="zoe.2@aberdeen.example", consent_shared_list=True, consent_newsletter=True,
        consent_source=ConsentSource.PHONE))
    states = {s.purpose: s for s in consent.states(db, added.id)}
    assert states[ConsentPurpose.SHARED_LIST].given and states[ConsentPurpose.SHARED_LIST].source is ConsentSource.PHONE
    assert states[ConsentPurpose.SHARED_LIST].at is not None
    assert not states[ConsentPurpose.PHOTOS].given and states[ConsentPurpose.PHOTOS].at is None  # never asked
    assert states[ConsentPurpose.NEWSLETTER].given


def test_withdrawal_is_one_call_and_the_shared_list_follows_it(db: Database) -> None:
    ids = make_meeting(db)
    zoe = ids.people[ZOE]
    fields = people.get_person(db, zoe).fields
    edited = people.edit_person(db, zoe, people.PersonInput(**{**fields.__dict__, "consent_shared_list": True,
                                                              "consent_source": ConsentSource.FORM}),
                                people.get_person(db, zoe).version)
    assert "Zoë" in on_list(db, ids.meeting) and edited.fields.consent_shared_list

    assert consent.set_consent(db, zoe, ConsentPurpose.SHARED_LIST, False, ConsentSource.EMAIL)

    assert "Zoë" not in on_list(db, ids.meeting)
    state = next(s for s in consent.states(db, zoe) if s.purpose is ConsentPurpose.SHARED_LIST)
    assert (state.given, state.source) == (False, ConsentSource.EMAIL)
    assert not consent.set_consent(db, zoe, ConsentPurpose.SHARED_LIST, False, ConsentSource.EMAIL)  # no change
    answers = access.collect(db, zoe).records["consent"]
    assert [(a["purpose"], a["given"], a["source"]) for a in answers] == [
        ("shared_list", True, "form"), ("shared_list", False, "email")]
    logged = audit.entries(db, AuditQuery(table="consent", person_id=zoe))
    assert len(logged) == 2 and all("purpose=shared_list" in e.detail for e in logged)


def test_merging_duplicates_keeps_both_records_answers_and_the_stricter_one_wins(db: Database) -> None:
    a = people.add_person(db, people.PersonInput(name="Łucja", email="lucja@gdansk.example",
                                                 consent_photos=True, consent_shared_list=True))
    b = people.add_person(db, people.PersonInput(name="Łucja K.", email="l.k@gdansk.example", consent_photos=True))
    people.merge_people(db, a.id, b.id)
    states = {s.purpose: s.given for s in consent.states(db, a.id)}
    assert states == {ConsentPurpose.SHARED_LIST: False, ConsentPurpose.PHOTOS: True,
                      ConsentPurpose.NEWSLETTER: False}
    answers = access.collect(db, a.id).records["consent"]
    assert len(answers) == 4  # a's two, b's one, and the withdrawal the merge recorded


def test_an_import_carries_consent_columns_through_the_same_rule(db: Database) -> None:
    import pytest

    from klimamoeder.services.participant_import import import_file
    from klimamoeder.services.tabular import ImportFailed
    from tests.unit.test_registrations import make_meeting as plain_meeting
    from tests.unit.test_registrations import make_network

    meeting = plain_meeting(db, make_network(db), days=1)
    csv = ("Navn;E-mail;Deltagerliste;Foto;Nyhedsbrev\r\n"
           "Zoë;zoe@aberdeen.example;ja;nej;\r\n"
           "Łucja;lucja@gdansk.example;Nej;X;yes\r\n").encode()
    result = import_file(db, meeting, csv, "deltagere.csv")
    assert result.people_created == 2
    zoe = people.find_people(db, "zoe@aberdeen.example")[0].id
    lucja = people.find_people(db, "lucja@gdansk.example")[0].id
    assert {s.purpose: (s.given, s.source) for s in consent.states(db, zoe)} == {
        ConsentPurpose.SHARED_LIST: (True, ConsentSource.IMPORT), ConsentPurpose.PHOTOS: (False, None),
        ConsentPurpose.NEWSLETTER: (False, None)}  # "nej" to what was never given changes nothing
    assert {s.purpose: s.given for s in consent.states(db, lucja)} == {
        ConsentPurpose.SHARED_LIST: False, ConsentPurpose.PHOTOS: True, ConsentPurpose.NEWSLETTER: True}

    again = "Navn;E-mail;Deltagerliste\r\nZoë;zoe@aberdeen.example;nej\r\n".encode()
    import_file(db, meeting, again, "afmeldt.csv")  # withdrawn by the next file
    assert [(a["given"], a["source"]) for a in access.collect(db, zoe).records["consent"]] == [
        (True, "import"), (False, "import")]

    with pytest.raises(ImportFailed) as refused:
        import_file(db, meeting, "Navn;E-mail;Foto\r\nBo;bo@kl.example;måske\r\n".encode(), "x.csv")
    assert "måske" in str(refused.value.problems[0].value)
