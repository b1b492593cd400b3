"""Two people saving the same record: field-by-field merge when they changed different fields, a conflict with
all three versions when they changed the same one, and the same for records deleted while being edited.
Every editable record: meeting details, agenda item, person, registration, organisation."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime

import pytest

from klimamoeder.model import OrganisationKind, ParticipantRole, RegistrationStatus
from klimamoeder.services import agenda, meetings, people, registrations
from klimamoeder.services.changes import Change, parse, payloads
from klimamoeder.services.edit_conflicts import DELETE, EditConflict, three_way
from klimamoeder.services.people import OrganisationInput, PersonInput
from klimamoeder.services.registrations import RegistrationInput
from klimamoeder.storage import Database
from tests.unit.agenda_setup import make_meeting as agenda_meeting
from tests.unit.test_registrations import make_meeting, make_network


def test_three_way_takes_each_side_s_own_changes_and_flags_only_real_clashes() -> None:
    original = OrganisationInput("Esbjerg Kommune", OrganisationKind.MUNICIPALITY, "Esbjerg", "DK")
    mine = replace(original, city="Esbjerg V")
    theirs = replace(original, name="Esbjerg Municipality")
    assert three_way(original, mine, theirs) == (replace(theirs, city="Esbjerg V"), False)
    assert three_way(original, replace(theirs, city="Ribe"), theirs) == (replace(theirs, city="Ribe"), False)
    assert three_way(original, replace(original, city="Ribe"), replace(original, city="Varde"))[1] is True


def test_a_meeting_saved_by_two_merges_different_fields_and_asks_about_the_same_one(db: Database) -> None:
    meeting = make_meeting(db, make_network(db))
    opened = meetings.get_meeting(db, meeting)
    meetings.update_meeting(db, meeting, replace(opened.fields, theme="Varmeplaner"), opened.version, opened.fields)
    saved = meetings.update_meeting(db, meeting, replace(opened.fields, capacity=40), opened.version, opened.fields)
    assert (saved.fields.theme, saved.fields.capacity) == ("Varmeplaner", 40)
    with pytest.raises(EditConflict) as raised:
        meetings.update_meeting(db, meeting, replace(opened.fields, theme="Fjernvarme"), opened.version,
                                opened.fields)
    conflict = raised.value.conflict
    assert [(f.name, f.original, f.mine, f.theirs) for f in conflict.conflicting] == [
        ("theme", "", "Fjernvarme", "Varmeplaner")]
    assert conflict.theirs_version == saved.version
    assert meetings.get_meeting(db, meeting).fields.theme == "Varmeplaner"


def test_two_changes_fine_alone_but_not_together_are_the_user_s_call(db: Database) -> None:
    meeting = make_meeting(db, make_network(db))
    opened = meetings.get_meeting(db, meeting)
    later = replace(opened.fields, start=opened.fields.start.replace(hour=14), end=opened.fields.end.replace(hour=18))
    meetings.update_meeting(db, meeting, later, opened.version, opened.fields)
    shorter = replace(opened.fields, end=opened.fields.start.replace(hour=11))  # before their new start
    with pytest.raises(EditConflict):
        meetings.update_meeting(db, meeting, shorter, opened.version, opened.fields)


def test_a_person_edited_by_two_and_a_person_deleted_while_being_edited(db: Database) -> None:
    soren = people.add_person(db, PersonInput(name="Søren Ærø-Østergaard", email="soren@esbjerg.example"))
    people.edit_person(db, soren.id, replace(soren.fields, phone="+45 76 16 16 16"), soren.version, soren.fields)
    merged = people.edit_person(db, soren.id, replace(soren.fields, job_title="Borgmester"), soren.version,
                                soren.fields)
    assert (merged.fields.phone, merged.fields.job_title) == ("+45 76 16 16 16", "Borgmester")
    people.delete_person(db, soren.id)
    with pytest.raises(EditConflict) as raised:
        people.edit_person(db, soren.id, replace(soren.fields, notes="Taler kl. 10"), merged.version,
                           merged.fields)
    assert raised.value.conflict.deleted_by_them
    assert raised.value.conflict.mine.notes == "Taler kl. 10"  # what was typed travels with the conflict


def test_an_organisation_now_has_a_version_and_merges_like_the_rest(db: Database) -> None:
    org = people.add_organisation(db, "Esbjerg Kommune", OrganisationKind.MUNICIPALITY, "Esbjerg")
    first = people.edit_organisation(db, org.id, replace(org.fields, city="Esbjerg V"), org.version, org.fields)
    assert first.version == org.version + 1
    second = people.edit_organisation(db, org.id, replace(org.fields, country="dk", name="Esbjerg Municipality"),
                                      org.version, org.fields)
    assert (second.name, second.city) == ("Esbjerg Municipality", "Esbjerg V")
    with pytest.raises(EditConflict):
        people.edit_organisation(db, org.id, replace(org.fields, city="Ribe"), org.version, org.fields)


def test_a_registration_edited_by_two_and_removed_while_someone_edits_it(db: Database) -> None:
    meeting = make_meeting(db, make_network(db))
    person = people.add_person(db, PersonInput(name="陈刚", email="chen@beijing.example"))
    registrations.register(db, meeting, person.id, RegistrationInput(RegistrationStatus.REGISTERED))
    (row,) = registrations.list_registrations(db, meeting)
    registrations.register(db, meeting, person.id, replace(row.fields(), dietary="Vegetar"),
                           expected_version=row.version, base=row.fields())
    registrations.register(db, meeting, person.id, replace(row.fields(), role=ParticipantRole.SPEAKER),
                           expected_version=row.version, base=row.fields())
    (now,) = registrations.list_registrations(db, meeting)
    assert (now.dietary, now.role) == ("Vegetar", ParticipantRole.SPEAKER)
    with pytest.raises(EditConflict) as clash:
        registrations.register(db, meeting, person.id, replace(row.fields(), dietary="Halal"),
                               expected_version=row.version, base=row.fields())
    assert [(f.name, f.mine, f.theirs) for f in clash.value.conflict.conflicting] == [
        ("dietary", "Halal", "Vegetar")]
    assert clash.value.conflict.title == "The registration of 陈刚"  # the dialog's heading says whose
    # Removing it while someone else changed it since it was shown: asked first.
    with pytest.raises(EditConflict) as removal:
        registrations.remove(db, meeting, [row.id], seen={row.id: (row.version, row.fields())})
    assert removal.value.conflict.action == DELETE
    assert removal.value.conflict.title == "The registration of 陈刚"
    assert len(registrations.list_registrations(db, meeting)) == 1
    registrations.remove(db, meeting, [row.id])
    with pytest.raises(EditConflict) as gone:
        registrations.register(db, meeting, person.id, replace(now.fields(), notes="Ankommer sent"),
                               expected_version=now.version, base=now.fields())
    assert gone.value.conflict.deleted_by_them
    assert gone.value.conflict.original == now.fields()  # what the form started from, beside what the user typed
    assert gone.value.conflict.mine == replace(now.fields(), notes="Ankommer sent")
    assert gone.value.conflict.title == "The registration of 陈刚"


def test_an_agenda_item_moved_by_one_and_renamed_by_another_keeps_both(db: Database) -> None:
    setup = agenda_meeting(db)
    agenda.add_item(db, setup.meeting_id, agenda.ItemInput(
        start=datetime(2021, 4, 29, 10), end=datetime(2021, 4, 29, 10, 30), title="Velkomst"))
    (row,) = agenda.load_agenda(db, setup.meeting_id).items
    base = agenda.item_input(row)
    agenda.move_item(db, row.id, datetime(2021, 4, 29, 11), datetime(2021, 4, 29, 11, 30), row.version, base)
    agenda.update_item(db, row.id, replace(base, title="Velkomst ved borgmesteren",
                                           people=(agenda.PersonPick(agenda.AgendaRole.SPEAKER, setup.anne),)),
                       row.version, base)
    (now,) = agenda.load_agenda(db, setup.meeting_id).items
    assert (now.title, now.start.hour, [p.person_id for p in now.people]) == (
        "Velkomst ved borgmesteren", 11, [setup.anne])
    # A change of speakers alone is a new version too: a second save from the old one is merged, not lost.
    only_people = replace(agenda.item_input(now), people=(agenda.PersonPick(agenda.AgendaRole.SPEAKER, setup.zoe),))
    agenda.update_item(db, now.id, only_people, now.version, agenda.item_input(now))
    with pytest.raises(EditConflict):
        agenda.update_item(db, now.id, replace(agenda.item_input(now), people=()), now.version,
                           agenda.item_input(now))


def test_notices_stay_below_postgresql_s_limit_and_huge_id_lists_become_many() -> None:
    at = datetime(2030, 10, 5, 9, tzinfo=UTC)
    changes = [Change("registration", "update", tuple(range(1, 5001)), (7,), ("status",)),
               Change("person", "update", (1, 2), (), ("name",))]
    texts = list(payloads(changes, "Søren", at))
    assert all(len(t.encode()) < 8000 for t in texts)
    notices = [parse(t) for t in texts]
    found = {c.table: c for n in notices if n for c in n.changes}
    assert found["registration"].ids is None and found["registration"].meetings == (7,)
    assert found["person"].ids == (1, 2) and notices[0] and notices[0].author == "Søren"
    assert parse("not json") is None and parse(json.dumps({"v": 99})) is None
