"""The one change log: every create, change and delete of a record, whatever path made it, with its author,
its path and the changed field names — never the values — on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import insert, select, text

from klimamoeder import settings
from klimamoeder.model import AuditEntry, Person, Registration
from klimamoeder.services import attendance, audit, people, registrations, replies
from klimamoeder.services.audit import AuditQuery
from klimamoeder.services.participant_import import import_file
from klimamoeder.storage import Database
from tests.invite_data import make_meeting
from tests.unit.test_replies import outlook_reply


def log(db: Database, **filters: object) -> list[audit.AuditRow]:
    return list(reversed(audit.entries(db, AuditQuery(**filters))))  # type: ignore[arg-type]


def test_adding_editing_and_deleting_a_person_is_logged_with_author_path_and_field_names(db: Database) -> None:
    settings.update(user_name="Mette")
    with audit.acting("gui"):
        added = people.add_person(db, people.PersonInput(name="Zoë Ærø", email="zoe@aarhus.example"))
        people.edit_person(db, added.id, people.PersonInput(name="Zoë Ærø-Hansen", email="zoe@aarhus.example",
                                                           phone="+45 1234"), added.version)
        people.delete_person(db, added.id)

    rows = log(db, table="person", record_id=added.id)
    assert [(r.action, r.author, r.source) for r in rows] == [
        ("create", "Mette", "gui"), ("update", "Mette", "gui"), ("delete", "Mette", "gui"), ("erase", "Mette", "gui")]
    assert set(rows[1].fields) == {"name", "family_name", "phone"}  # what changed; "version" is noise
    assert all(r.person_id == added.id for r in rows)


def test_without_a_name_in_settings_the_author_is_the_operating_system_user(db: Database) -> None:
    people.add_person(db, people.PersonInput(name="Bo"))
    assert log(db, table="person")[0].author == audit.os_user()


def test_history_of_a_registration_reads_invited_by_mette_accepted_by_reply_checked_in_by_jonas(db: Database) -> None:
    ids = make_meeting(db, people=[])
    person = people.add_person(db, people.PersonInput(name="Anne Søren", email="anne.soren@kbh.example")).id
    with audit.acting("gui", author="Mette"):
        registrations.invite(db, ids.meeting, [person])
    with audit.acting(author="Hanne"):
        replies.import_replies(db, [("svar.ics", outlook_reply("ACCEPTED"))])
    reg_id = next(r.id for r in registrations.list_registrations(db, ids.meeting) if r.person_id == person)
    with audit.acting("gui", author="Jonas"):
        attendance.check_in(db, reg_id, date(2026, 10, 22))

    lines = [(r.table, r.action, r.author, r.source, r.detail) for r in audit.history(db, "registration", reg_id)]
    assert lines[0] == ("registration", "create", "Mette", "gui", "reply_status=needs_action, role=participant, "
                                                                  "source=manual, status=invited")
    assert ("registration", "update", "Hanne", "reply", "reply_status=accepted, status=registered") in lines
    assert ("calendar_reply", "create", "Hanne", "reply", "outcome=applied, partstat=accepted") in lines
    assert lines[-1][:4] == ("check_in", "create", "Jonas", "gui")
    assert audit.describe(audit.history(db, "registration", reg_id)[0]) == (
        f"registration {reg_id} created [reply_status=needs_action, role=participant, source=manual, "
        "status=invited] by Mette via gui")


def test_an_import_logs_every_person_organisation_and_registration_it_wrote(db: Database) -> None:
    ids = make_meeting(db, people=[])
    data = ("Navn;E-mail;Organisation\nAnne <b>&</b> Søren;anne@kbh.example;Københavns Kommune\n"
            "Łucja;lucja@gdansk.example;Gdańsk\n陈刚;chen@beijing.example;Københavns Kommune\n").encode()
    audit.set_default(source="cli")
    try:
        import_file(db, ids.meeting, data, "deltagere.csv")
    finally:
        audit.set_default(source="")
    with db.read() as s:
        people_ids = set(s.scalars(select(Person.id)))
        reg_ids = set(s.scalars(select(Registration.id)))
    created = {(r.table, r.record_id) for r in log(db, action="create")}
    assert {("person", p) for p in people_ids} <= created
    assert {("registration", r) for r in reg_ids} <= created
    assert len([t for t, _ in created if t == "organisation"]) == 2
    imported = [r for r in log(db, action="create", table="registration") if r.source == "cli/import"]
    assert len(imported) == 3 and all(r.author == audit.os_user() for r in imported)


def test_a_large_import_is_logged_row_by_row_through_the_bulk_writer(db: Database) -> None:
    ids = make_meeting(db, people=[])
    lines = ["Navn;E-mail"] + [f"Deltager {n} Ærø;d{n}@kbh.example" for n in range(120)]
    before = datetime.now(UTC) - timedelta(seconds=5)
    import_file(db, ids.meeting, "\n".join(lines).encode(), "mange.csv")
    created = log(db, action="create", table="registration", meeting_id=ids.meeting)
    assert len([r for r in created if r.source == "import"]) == 120
    assert all(r.at.tzinfo is UTC and r.at > before for r in created)


def test_deleting_a_person_logs_what_the_database_deletes_or_empties_with_them(db: Database) -> None:
    ids = make_meeting(db)
    person = ids.people["zoe@aberdeen.example"]
    reg = next(r for r in registrations.list_registrations(db, ids.meeting) if r.person_id == person)
    attendance.check_in(db, reg.id, date(2026, 10, 22))
    replies.import_replies(db, [("svar.ics", outlook_reply("ACCEPTED", address="zoe@aberdeen.example"))])
    people.delete_person(db, person)

    gone = {(r.table, r.action) for r in log(db, person_id=person) if r.action in ("delete", "update")}
    assert {("person", "delete"), ("registration", "delete"), ("check_in", "delete")} <= gone
    assert ("calendar_reply", "delete") in gone  # her reply goes with her (the one erasure), logged by id


def test_statements_a_use_case_runs_itself_are_logged_too(db: Database) -> None:
    ids = make_meeting(db)
    zoe, anne = ids.people["zoe@aberdeen.example"], ids.people["anne.soren@kbh.example"]
    reg = next(r for r in registrations.list_registrations(db, ids.meeting) if r.person_id == zoe)
    record = attendance.check_in(db, reg.id, date(2026, 10, 22))
    attendance.undo_check_in(db, record.check_in_id)  # DELETE … WHERE id = …
    replies.import_replies(db, [("svar.ics", outlook_reply("ACCEPTED", address="zoe@aberdeen.example"))])
    people.merge_people(db, anne, zoe)  # UPDATE calendar_reply SET person_id = … WHERE person_id = …

    undone = log(db, table="check_in", action="delete")
    assert [(r.record_id, r.person_id, r.meeting_id) for r in undone] == [(record.check_in_id, zoe, ids.meeting)]
    moved = log(db, table="calendar_reply", action="update")
    assert [(r.fields, r.person_id) for r in moved] == [(("person_id",), zoe)]


def test_an_insert_without_ids_is_refused_so_a_new_bulk_path_cannot_go_unlogged(db: Database) -> None:
    with pytest.raises(audit.AuditError), db.session() as s:
        s.connection().execute(insert(Person.__table__), [{"name": "X", "other_emails": [], "version": 1,
                                                          "family_name": "", "job_title": "", "phone": "",
                                                          "language": "da", "notes": "",
                                                          "consent_shared_list": False, "consent_photos": False}])
    assert log(db, table="person") == []


def test_a_change_that_is_rolled_back_leaves_no_entry(db: Database) -> None:
    with pytest.raises(RuntimeError), db.session() as s:
        s.add(Person(name="Ghost"))
        s.flush()
        raise RuntimeError("cancel")
    assert log(db) == []


def test_explicit_events_and_the_logs_own_retention(db: Database) -> None:
    audit.log_event(db, "export", "meeting", 7, meeting_id=7, detail="participants")
    with db.session() as s:
        s.execute(text("UPDATE audit_entry SET at = :old"), {"old": datetime(2020, 1, 1)})
    audit.log_event(db, "print", "meeting", 7, meeting_id=7, detail="badges")
    audit.set_audit_days(db, 365)
    assert audit.purge(db, now=datetime(2021, 6, 1, tzinfo=UTC)) == 1
    assert [(r.table, r.action, r.detail) for r in log(db)] == [
        ("meeting", "print", "badges"), ("privacy_setting", "create", ""), ("audit_entry", "purge", "1")]
    assert audit.audit_days(db) == 365


def test_listeners_hear_each_change_inside_its_transaction(db: Database) -> None:
    heard: list[tuple[str, str, str]] = []

    def listener(_conn: object, changes: list[audit.Change]) -> None:
        heard.extend((c.table, c.action, c.author) for c in changes)

    audit.add_listener(listener)
    try:
        with audit.acting(author="Mette"):
            people.add_person(db, people.PersonInput(name="Bo"))
    finally:
        audit.remove_listener(listener)
    assert heard == [("person", "create", "Mette")]


def test_the_log_never_holds_a_name_or_an_email_address(demo_db: Database) -> None:
    """Everything the demo, an import and replies wrote: no entry mentions a person's name or address."""
    ids = make_meeting(demo_db, uid="other@klimamoeder.invalid", network="T")
    import_file(demo_db, ids.meeting, "Navn;E-mail\nAnne <b>&</b> Søren;anne.b@kbh.example\n".encode(), "x.csv")
    replies.import_replies(demo_db, [("svar.ics", outlook_reply("ACCEPTED", uid="other@klimamoeder.invalid"))])
    with demo_db.read() as s:
        secrets = {v for p in s.scalars(select(Person)) for v in (p.name, p.email) if v}
        texts = [" ".join(str(v) for v in row) for row in s.execute(
            select(AuditEntry.author, AuditEntry.source, AuditEntry.action, AuditEntry.table_name,
                   AuditEntry.fields, AuditEntry.detail))]
    assert len(texts) > 100
    leaks = [(secret, t) for t in texts for secret in secrets if secret in t]
    assert leaks == []


def test_entries_filter_by_person_meeting_author_action_and_time(db: Database) -> None:
    ids = make_meeting(db)
    with audit.acting(author="Jonas"):
        people.add_person(db, people.PersonInput(name="Bo"))
    assert {r.author for r in log(db, author="Jonas")} == {"Jonas"}
    assert all(r.meeting_id == ids.meeting for r in log(db, meeting_id=ids.meeting))
    later = datetime.now(UTC) + timedelta(minutes=1)
    assert log(db, since=later) == []
