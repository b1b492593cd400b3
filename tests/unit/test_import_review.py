"""An import never creates a duplicate person silently, never changes a known person silently, and flags formulas."""

from __future__ import annotations

from pathlib import Path

import pytest

from klimamoeder import cli
from klimamoeder.model import Language, OrganisationKind, Person
from klimamoeder.services import people
from klimamoeder.services.import_review import is_risky, name_key
from klimamoeder.services.participant_import import Decisions, guess_mapping, import_participants, read_table
from klimamoeder.storage import Database, open_database

from .test_registrations import make_meeting, make_network

HEADER = "Navn;E-mail;Organisation;Titel;Telefon\r\n"


@pytest.fixture
def meeting(db: Database) -> int:
    return make_meeting(db, make_network(db), days=1)


def known(db: Database, name: str, email: str | None, organisation: str = "Esbjerg Kommune",
          title: str = "Borgmester") -> int:
    org = None
    if organisation:
        found = [o.id for o in people.list_organisations(db) if o.name == organisation]
        org = found[0] if found else people.add_organisation(db, organisation, OrganisationKind.MUNICIPALITY).id
    return people.add_person(db, people.PersonInput(name=name, email=email or "", organisation_id=org,
                                                    job_title=title)).id


def table(rows: str):  # type: ignore[no-untyped-def]
    return read_table((HEADER + rows).encode("utf-8-sig"), "deltagere.csv")


def run(db: Database, meeting: int, rows: str, **kwargs):  # type: ignore[no-untyped-def]
    data = table(rows)
    return import_participants(db, meeting, data, guess_mapping(data.headers), **kwargs)


def person(db: Database, person_id: int) -> people.PersonSummary:
    return people.get_person(db, person_id)


def count_people(db: Database, name_part: str) -> int:
    with db.read() as s:
        return s.query(Person).filter(Person.name.contains(name_part)).count()


@pytest.mark.parametrize(("a", "b"), [
    ("Jesper Frost Rasmussen", "Jesper Rasmussen"),
    ("JESPER FROST RASMUSSEN", "jesper rasmussen"),
    ("Łucja Nowak", "Lucja Nowak"),
    ("Søren Ærø", "Soren Aero"),
    ("Åse Kjær", "Aase Kjaer"),
    ("Rasmussen, Jesper", "Jesper F. Rasmussen"),
    ("Anne-Marie Holm", "Anne Marie Holm"),
    ("陈刚 (Chen Gang)", "陈刚"),
])
def test_names_that_mean_the_same_person_have_the_same_key(a: str, b: str) -> None:
    assert name_key(a) == name_key(b)


def test_different_people_have_different_keys() -> None:
    assert name_key("Jesper Frost Rasmussen") != name_key("Jesper Frost")
    assert name_key("Anne Holm") != name_key("Hanne Holm")


def test_a_known_name_with_another_address_at_the_same_organisation_is_merged_not_duplicated(
        db: Database, meeting: int) -> None:
    mayor = known(db, "Jesper Frost Rasmussen", "jesper.frost.rasmussen@esbjerg.example")
    result = run(db, meeting, "Jesper Rasmussen;jfr@esbjerg.example;Esbjerg Kommune;Borgmester;\r\n"
                              "Mette Holm;mette@esbjerg.example;Esbjerg Kommune;Konsulent;\r\n")
    assert [(s.line, s.person_id) for s in result.review.suspects] == [(2, mayor)]
    assert result.people_created == 1 and result.merged == 1
    assert count_people(db, "Rasmussen") == 1
    assert person(db, mayor).fields.other_emails == ("jfr@esbjerg.example",)
    again = run(db, meeting, "Jesper Rasmussen;jfr@esbjerg.example;Esbjerg Kommune;Borgmester;\r\n")
    assert again.review.suspects == () and again.people_matched == 1  # now matched by the remembered address


def test_keep_both_creates_the_second_person_on_purpose(db: Database, meeting: int) -> None:
    known(db, "Jesper Frost Rasmussen", "jesper.frost.rasmussen@esbjerg.example")
    result = run(db, meeting, "Jesper Frost Rasmussen;jesper@privat.example;Esbjerg Kommune;;\r\n",
                 decisions=Decisions(keep_both=frozenset({2})))
    assert len(result.review.suspects) == 1 and result.merged == 0 and result.people_created == 1
    assert count_people(db, "Rasmussen") == 2


def test_the_same_name_at_another_organisation_is_not_a_suspect(db: Database, meeting: int) -> None:
    known(db, "Peter Juhl", "peter.juhl@fredericia.example", "Fredericia Kommune")
    result = run(db, meeting, "Peter Juhl;peter.juhl@vejle.example;Vejle Kommune;;\r\n")
    assert result.review.suspects == () and result.people_created == 1


def test_a_name_alone_is_not_enough_to_suspect_anybody(db: Database, meeting: int) -> None:
    known(db, "Anne Holm", "anne.holm@kk.example", "")
    known(db, "Peter Juhl", "peter.juhl@fredericia.example", "Fredericia Kommune")
    result = run(db, meeting, "Anne Holm;anne@privat.example;;;\r\nPeter Juhl;pj@privat.example;;;\r\n")
    assert result.review.suspects == () and result.people_created == 2


def test_a_matched_persons_changed_fields_are_listed_and_kept_unless_updated(db: Database, meeting: int) -> None:
    lucja = known(db, "Lucja Nowak", "lucja@tyumen.example", "Tyumen City Administration", "Head of Cooperation")
    rows = "Łucja Nowak;LUCJA@tyumen.example;Tyumen City Administration;Head of International Cooperation;\r\n"
    result = run(db, meeting, rows)
    [changed] = result.review.changed
    assert changed.person_id == lucja and {(c.field, c.stored, c.in_file) for c in changed.changes} == {
        ("name", "Lucja Nowak", "Łucja Nowak"),
        ("job_title", "Head of Cooperation", "Head of International Cooperation")}
    assert person(db, lucja).name == "Lucja Nowak" and result.people_updated == 0
    result = run(db, meeting, rows, decisions=Decisions(update=frozenset({2})))
    assert result.people_updated == 1
    stored = person(db, lucja)
    assert (stored.name, stored.fields.job_title) == ("Łucja Nowak", "Head of International Cooperation")


def test_formula_like_cells_are_flagged_and_kept_as_text(db: Database, meeting: int) -> None:
    result = run(db, meeting,
                 '"=HYPERLINK(""http://evil.example"",""klik"")";eve@x.example;@Kommune;;+45 75 16 16 16\r\n'
                 "Bo Lykke;bo@x.example;Vejen Kommune;-;-\r\n")
    assert [(c.line, c.column, c.value[:10]) for c in result.review.risky] == [
        (2, "Navn", "=HYPERLINK"), (2, "Organisation", "@Kommune")]
    assert count_people(db, "=HYPERLINK") == 1  # as typed, never evaluated


@pytest.mark.parametrize(("value", "field", "risky"), [
    ("=1+1", "name", True), ("+45 75 16 16 16", "phone", False), ("+4575161616", "phone", False),
    ("+ring til mig", "phone", True), ("-", "job_title", False), ("@home", "notes", True),
    ("-10 % rabat", "notes", True), ("Anne", "name", False),
])
def test_what_counts_as_formula_like(value: str, field: str, risky: bool) -> None:
    assert is_risky(value, field) is risky


def test_the_command_line_reports_the_same_and_takes_the_same_decisions(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "cli.sqlite3"
    database = open_database(path)
    meeting_id = make_meeting(database, make_network(database), days=1)
    mayor = known(database, "Jesper Frost Rasmussen", "jesper.frost.rasmussen@esbjerg.example")
    known(database, "Lucja Nowak", "lucja@tyumen.example", "Tyumen City Administration")
    database.dispose()
    file = tmp_path / "deltagere.csv"
    file.write_bytes((HEADER + "Jesper Rasmussen;jfr@esbjerg.example;Esbjerg Kommune;;\r\n"
                      "Łucja Nowak;lucja@tyumen.example;Tyumen City Administration;;\r\n"
                      "=1+2;calc@x.example;;;\r\n").encode("utf-8-sig"))
    assert cli.run(["--db", str(path), "import", "participants", str(meeting_id), str(file), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "Line 2: Jesper Rasmussen (Esbjerg Kommune) looks like Jesper Frost Rasmussen" in out
    assert "merged" in out and "Line 3: Lucja Nowak: Name 'Lucja Nowak' in the file is 'Łucja Nowak'" in out
    assert "Line 4, column Navn: '=1+2' starts like a spreadsheet formula" in out
    assert cli.run(["--db", str(path), "import", "participants", str(meeting_id), str(file), "--keep-both",
                    "--update"]) == 0
    out = capsys.readouterr().out
    assert "kept as a new person" in out and "(updated)" in out
    database = open_database(path)
    try:
        assert count_people(database, "Rasmussen") == 2 and person(database, mayor).fields.other_emails == ()
        with database.read() as s:
            assert s.query(Person).filter_by(email="lucja@tyumen.example").one().name == "Łucja Nowak"
    finally:
        database.dispose()


def test_new_people_read_the_meetings_language_unless_the_file_says_otherwise(db: Database) -> None:
    from klimamoeder.model import Meeting

    meeting_id = make_meeting(db, make_network(db), days=1)
    with db.session() as s:
        found = s.get(Meeting, meeting_id)
        assert found is not None
        found.language = Language.ENGLISH
    data = read_table(b"Name;Email;Language\r\nFiona MacLeod;fiona@aberdeen.example;\r\n"
                      b"Henrik Vind;henrik@esbjerg.example;dansk\r\n", "x.csv")
    import_participants(db, meeting_id, data, guess_mapping(data.headers))
    with db.read() as s:
        languages = {p.name: p.language for p in s.query(Person)}
    assert languages == {"Fiona MacLeod": Language.ENGLISH, "Henrik Vind": Language.DANISH}
