"""A record's history, read from the one change log: who invited, who or what changed it, who checked in.

"Registration of Søren Ærø-Østergaard: invited by Mette, accepted by reply, checked in by Jonas" — each step
made through its real path (the invitation list, a calendar reply file, the check-in), each by its author.
"""

from __future__ import annotations

from datetime import date

import pytest

from klimamoeder.services import attendance, audit, history, meetings, people, registrations, replies
from klimamoeder.services.errors import NotFound
from klimamoeder.services.people import PersonInput
from klimamoeder.storage import Database
from tests.invite_data import make_meeting
from tests.unit.test_replies import outlook_reply

SOREN = ("Søren Ærø-Østergaard", "soren@esbjerg.example", "da", "invited")


def _whats(found: history.RecordHistory) -> list[tuple[str, str]]:
    return [(line.what, line.who) for line in found.lines]


def test_a_registrations_history_says_who_invited_that_a_reply_accepted_and_who_checked_in(db: Database) -> None:
    with audit.acting(author="Mette"):
        ids = make_meeting(db, people=[SOREN], with_organiser_invited=False)
    with audit.acting("reply", author="Mette"):  # the reply file, read on Mette's PC
        outcome = replies.import_replies(
            db, [("Accepteret.ics", outlook_reply(address="SOREN@ESBJERG.EXAMPLE"))])
    assert [o.outcome for o in outcome.outcomes] == ["applied"]
    reg = registrations.list_registrations(db, ids.meeting)[0]
    with audit.acting(author="Jonas"):
        attendance.check_in(db, reg.id, date(2026, 10, 22))
        registrations.register(db, ids.meeting, reg.person_id, registrations.RegistrationInput(
            status=reg.status, role=reg.role, dietary="Vegansk"), expected_version=reg.version, base=reg.fields())

    found = history.registration_history(db, reg.id)
    assert found.title.startswith("Registration of Søren Ærø-Østergaard for Klimamøde")
    assert _whats(found) == [("Invited", "Mette"), ("On the agenda as speaker", "Mette"),
                             ("Accepted by reply", "reply (read by Mette)"),
                             ("Checked in", "Jonas"), ("Changed: Dietary needs", "Jonas")]
    assert [line.at for line in found.lines] == sorted(line.at for line in found.lines)
    assert "Vegansk" not in str(found)  # field names, never values


def test_a_persons_history_names_the_meeting_of_each_registration_and_a_change_of_their_details(
        db: Database) -> None:
    with audit.acting(author="Mette"):
        ids = make_meeting(db, people=[SOREN], with_organiser_invited=False)
    person_id = ids.people["soren@esbjerg.example"]
    before = people.get_person(db, person_id)
    with audit.acting(author="Łucja"):
        people.edit_person(db, person_id, PersonInput(name=before.name, email=before.fields.email,
                                                      phone="+45 76 16 16 16"), before.version, before.fields)
    found = history.person_history(db, person_id)
    assert found.title == "Søren Ærø-Østergaard"
    whats = _whats(found)
    assert whats[0] == ("Created", "Mette")
    assert ("Invited — Klimamøde: grøn omstilling, fjernvarme; og \"mere\"", "Mette") in whats
    assert whats[-1] == ("Changed: Phone", "Łucja")


def test_a_meetings_history_shows_its_own_changes_not_every_registration(db: Database) -> None:
    with audit.acting(author="Mette"):
        ids = make_meeting(db, people=[SOREN], with_organiser_invited=False)
    details = meetings.get_meeting(db, ids.meeting)
    from dataclasses import replace

    with audit.acting(author="Zoë"):
        meetings.update_meeting(db, ids.meeting, replace(details.fields, theme="Varmeplaner 2030"), details.version,
                                details.fields)
    found = history.meeting_history(db, ids.meeting)
    assert found.title.startswith("Meeting: Klimamøde")
    assert ("Changed: Theme", "Zoë") in _whats(found)
    assert not any("Invited" in what for what, _who in _whats(found))


def test_the_history_of_a_record_that_is_gone_says_so(db: Database) -> None:
    with pytest.raises(NotFound, match="no longer exists"):
        history.registration_history(db, 4711)
