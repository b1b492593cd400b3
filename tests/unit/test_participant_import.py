"""Importing participants from the files secretariats really have, and exporting them back out."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook

from klimamoeder.exports import spreadsheet
from klimamoeder.model import ParticipantRole, RegistrationStatus
from klimamoeder.services import people, registrations
from klimamoeder.services.participant_import import (
    ImportFailed,
    guess_mapping,
    import_file,
    import_participants,
    read_table,
)
from klimamoeder.services.registration_export import export_registrations
from klimamoeder.storage import Database

from .test_registrations import make_meeting, make_network

NAMES = ["Anne <b>&</b> Søren", "Zoë Hartley", "Łucja Nowak", "陈刚", 'Bridget "Bee" O\'Connor', "Ærø Åse Øster"]


@pytest.fixture
def meeting(db: Database) -> int:
    return make_meeting(db, make_network(db), days=2)


def write_csv(path: Path, rows: list[list[str]], *, encoding: str, delimiter: str, newline: str = "\r\n") -> Path:
    out = io.StringIO(newline="")
    csv.writer(out, delimiter=delimiter, lineterminator=newline).writerows(rows)
    path.write_bytes(out.getvalue().encode(encoding))
    return path


def write_xlsx(path: Path, rows: list[list[object]]) -> Path:
    workbook = Workbook()
    for row in rows:
        workbook.active.append(row)
    workbook.save(path)
    return path


def imported(db: Database, meeting_id: int) -> dict[str, registrations.RegistrationRow]:
    return {r.name: r for r in registrations.list_registrations(db, meeting_id)}


def participants(names: list[str]) -> list[list[str]]:
    rows = [["Navn", "E-mail", "Organisation", "Titel", "Telefon", "Kost"]]
    rows += [[n, f"person{i}@kl.example", "Vejle Kommune", "Klimakoordinator", "+45 7681 0000", "Vegetar"]
             for i, n in enumerate(names)]
    return rows


def test_danish_excel_csv_in_windows_1252_with_semicolons_and_crlf(db: Database, meeting: int, tmp_path: Path) -> None:
    names = ["Anne <b>&</b> Søren", "Ærø Åse Øster", 'Bridget "Bee" O\'Connor']
    path = write_csv(tmp_path / "deltagere.csv", participants(names), encoding="cp1252", delimiter=";")
    table = read_table(path.read_bytes(), path.name)
    assert (table.encoding, table.delimiter) == ("cp1252", ";")

    result = import_file(db, meeting, path.read_bytes(), path.name)

    assert (result.people_created, result.registrations_created) == (3, 3)
    rows = imported(db, meeting)
    assert set(rows) == set(names)
    anne = rows["Anne <b>&</b> Søren"]
    assert (anne.organisation, anne.job_title, anne.phone, anne.dietary, anne.status) == (
        "Vejle Kommune", "Klimakoordinator", "+45 7681 0000", "Vegetar", RegistrationStatus.REGISTERED)


def test_utf8_with_bom_and_commas_keeps_every_script(db: Database, meeting: int, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "participants.csv", participants(NAMES), encoding="utf-8-sig", delimiter=",")
    table = read_table(path.read_bytes())
    assert (table.encoding, table.delimiter, table.headers[0]) == ("utf-8-sig", ",", "Navn")
    import_file(db, meeting, path.read_bytes())
    assert set(imported(db, meeting)) == set(NAMES)


def test_quoted_fields_with_delimiters_and_line_breaks_inside(db: Database, meeting: int) -> None:
    data = ('Name;Email;Company;Notes\r\n'
            '"Hansen; Bo";bo@kl.example;"KL;\r\nCenter for Klima";"first line\r\nsecond; line"\r\n'
            'Zoë;zoe@perth.example;Perth;"she said ""hi"""\r\n'
            'Tab\tName;tab@kl.example;;\r\n').encode()
    table = read_table(data)
    assert [line for line, _cells in table.rows] == [2, 5, 6]  # a record spanning lines keeps its first line
    import_file(db, meeting, data)
    rows = imported(db, meeting)
    assert rows["Hansen; Bo"].organisation == "KL; Center for Klima"
    assert rows["Hansen; Bo"].notes == "first line\nsecond; line"
    assert rows["Zoë"].notes == 'she said "hi"'
    assert "Tab Name" in rows


def test_xlsx_with_numbers_and_english_headers(db: Database, meeting: int, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "list.xlsx", [
        ["First name", "Last name", "E-mail address", "Organization", "Phone", "Dietary requirements", "Role"],
        ["Łucja", "Nowak", "Lucja@Tyumen.example", "Tyumen City", 4512345678, "Vegan", "Speaker"],
        [None, None, None, None, None, None, None],
        ["陈", "刚", "chen@beijing.example", "Beijing", "+86 10 1234", None, "deltager"],
    ])
    table = read_table(path.read_bytes(), path.name)
    assert guess_mapping(table.headers) == ["first_name", "last_name", "email", "organisation", "phone", "dietary",
                                            "role"]
    import_file(db, meeting, path.read_bytes(), path.name)
    rows = imported(db, meeting)
    assert rows["Łucja Nowak"].phone == "4512345678"
    assert rows["Łucja Nowak"].email == "lucja@tyumen.example"
    assert rows["Łucja Nowak"].role is ParticipantRole.SPEAKER
    assert rows["陈 刚"].role is ParticipantRole.PARTICIPANT


def test_danish_and_english_headers_are_guessed() -> None:
    assert guess_mapping(["Fornavn", "Efternavn", "E-mail", "Organisation", "Titel", "Tlf.", "Kost", "Rolle",
                          "Dage", "Bemærkninger", "Ukendt"]) == [
        "first_name", "last_name", "email", "organisation", "job_title", "phone", "dietary", "role", "days",
        "notes", None]
    assert guess_mapping(["Full name", "Email (work)", "Company", "Job title", "Mobile"]) == [
        "name", "email", "organisation", "job_title", "phone"]


def test_a_file_with_bad_rows_imports_nothing_and_reports_every_bad_row(db: Database, meeting: int) -> None:
    data = ("Navn;E-mail;Dage;Rolle\r\n"
            "Anne;anne@kl.example;2030-10-05;deltager\r\n"
            ";nobody@kl.example;;\r\n"
            "Bo;ikke-en-email;dag 7;chef\r\n"
            "Cai;ANNE@kl.example;;\r\n").encode("cp1252")
    with pytest.raises(ImportFailed, match="3 of 4 rows cannot be imported; nothing was imported") as raised:
        import_file(db, meeting, data)
    problems = {(p.line, p.column, p.value) for p in raised.value.problems}
    assert problems == {(3, "Navn", ""), (4, "E-mail", "ikke-en-email"), (4, "Dage", "dag 7"), (4, "Rolle", "chef"),
                        (5, "E-mail", "ANNE@kl.example")}
    assert "is also on line 2" in str(next(p for p in raised.value.problems if p.line == 5))
    assert registrations.list_registrations(db, meeting) == []
    assert people.find_people(db) == []

    result = import_file(db, meeting, data, valid_rows_only=True)
    assert (result.rows_imported, result.rows_skipped) == (1, 3)
    assert set(imported(db, meeting)) == {"Anne"}


def test_invisible_control_characters_and_overlong_fields_are_named_with_their_line(db: Database,
                                                                                     meeting: int) -> None:
    data = ("Navn;E-mail;Kost;Telefon\r\n"
            "Anne;anne@kl.example;Vegetar;+45 1\r\n"
            "Bo\x07 Lund;bo@kl.example;;\r\n"
            "Cai;cai@kl.example;" + "V" * 301 + ";\r\n"
            "Dan;dan@kl.example;\tVegansk\t;" + "1" * 41 + "\r\n").encode("utf-8")
    with pytest.raises(ImportFailed, match="3 of 4 rows cannot be imported") as raised:
        import_file(db, meeting, data)
    found = {(p.line, p.column): p.reason for p in raised.value.problems}
    assert found == {(3, "Navn"): "contains invisible control characters.",
                     (4, "Kost"): "is longer than 300 characters.",
                     (5, "Telefon"): "is longer than 40 characters."}


def test_existing_people_are_matched_by_email_in_any_case_and_never_duplicated(db: Database, meeting: int) -> None:
    known = people.add_person(db, people.PersonInput(name="Anne Hansen", email="anne@kl.example",
                                                     other_emails=("ah@home.example",))).id
    data = b"Navn;E-mail;Telefon\r\nAnne H.;ANNE@KL.example;+45 1234\r\nA. Hansen;AH@Home.example;\r\n"
    once = import_file(db, meeting, data)  # both rows are the same person, by either of her addresses
    again = import_file(db, meeting, b"Navn;E-mail\r\nAnne H.;anne@kl.example\r\n")
    assert (once.people_created, once.people_matched, once.registrations_created) == (0, 1, 1)
    assert (again.people_created, again.people_matched, again.registrations_created) == (0, 1, 0)
    assert [p.id for p in people.find_people(db)] == [known]
    assert people.get_person(db, known).fields.phone == "+45 1234"  # a blank filled, the name left as it was
    assert people.get_person(db, known).name == "Anne Hansen"
    assert len(registrations.list_registrations(db, meeting)) == 1


def test_people_without_an_address_are_matched_by_name_and_organisation(db: Database, meeting: int) -> None:
    data = "Navn;Organisation;Kost\r\nBo Lykke;Grindsted El & VVS;\r\nBo Lykke;Grindsted El & VVS;Vegetar\r\n"
    first = import_file(db, meeting, data.encode())
    again = import_file(db, meeting, data.encode())
    assert (first.people_created, again.people_created, again.people_matched) == (1, 0, 1)
    assert [(r.name, r.dietary) for r in registrations.list_registrations(db, meeting)] == [("Bo Lykke", "Vegetar")]


def test_dry_run_changes_nothing(db: Database, meeting: int) -> None:
    result = import_file(db, meeting, b"Navn;E-mail\r\nAnne;anne@kl.example\r\n", dry_run=True)
    assert (result.dry_run, result.people_created) == (True, 1)
    assert people.find_people(db) == []


def test_imported_registrations_beyond_capacity_go_on_the_wait_list(db: Database) -> None:
    meeting = make_meeting(db, make_network(db), capacity=2)
    data = b"Navn\r\nAnne\r\nBo\r\nCai\r\n"
    assert import_file(db, meeting, data).waitlisted == 1
    assert imported(db, meeting)["Cai"].status is RegistrationStatus.WAITLISTED


def test_unreadable_files_are_one_clear_import_error(db: Database, meeting: int) -> None:
    for data, message in ((b"", "empty"), (b"\x00\x01\x02binary", "not a text file"),
                          (b"PK\x03\x04broken zip", "cannot be read"), (b"\xd0\xcf\x11\xe0old", ".xls"),
                          (b"E-mail\r\nanne@kl.example\r\n", "which column holds the name")):
        with pytest.raises(ImportFailed, match=message):
            import_file(db, meeting, data)


def test_names_round_trip_exactly_through_import_and_csv_and_xlsx_export(db: Database, meeting: int,
                                                                         tmp_path: Path) -> None:
    path = write_csv(tmp_path / "in.csv", participants(NAMES), encoding="utf-8-sig", delimiter=";")
    import_file(db, meeting, path.read_bytes())

    exported_csv = export_registrations(db, meeting, "csv", ["name", "phone", "email"])
    assert exported_csv.startswith(b"\xef\xbb\xbf")
    lines = list(csv.reader(io.StringIO(exported_csv.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert sorted(line[0] for line in lines[1:]) == sorted(NAMES)
    assert {line[1] for line in lines[1:]} == {"'+45 7681 0000"}  # text, never a formula or a number

    workbook = load_workbook(io.BytesIO(export_registrations(db, meeting, "xlsx", ["name", "phone"])))
    cells = list(workbook.active.iter_rows(min_row=2))
    assert sorted(c[0].value for c in cells) == sorted(NAMES)
    assert {(c[1].value, c[1].data_type) for c in cells} == {("+45 7681 0000", "s")}

    # and back in again: our own export imports to the same people, nothing duplicated
    other = make_meeting(db, make_network(db, "C40"))
    result = import_file(db, other, exported_csv)
    assert (result.people_created, result.people_matched) == (0, len(NAMES))
    assert set(imported(db, other)) == set(NAMES)
    assert {r.phone for r in imported(db, other).values()} == {"+45 7681 0000"}


def test_formulas_never_reach_a_spreadsheet(db: Database, meeting: int) -> None:
    risky = ["=HYPERLINK(\"http://evil.example\")", "+45 1234", "-2+3", "@SUM(A1)", "\tTab", "\rCR"]
    ids = [people.add_person(db, people.PersonInput(name="Anne", email=f"a{i}@kl.example", notes="")).id
           for i in range(len(risky))]
    for person, value in zip(ids, risky, strict=True):
        registrations.register(db, meeting, person, registrations.RegistrationInput(notes=value))
    rows = registrations.list_registrations(db, meeting)

    text = spreadsheet.registrations_csv(rows, ["notes"]).decode("utf-8-sig")
    values = [line[0] for line in csv.reader(io.StringIO(text, newline=""), delimiter=";")][1:]
    assert sorted(values) == sorted("'" + v for v in risky)

    sheet = load_workbook(io.BytesIO(spreadsheet.registrations_xlsx(rows, ["notes"]))).active
    cells = [row[0] for row in sheet.iter_rows(min_row=2)]
    # XML itself turns a carriage return into a line feed when the sheet is read; the text is otherwise exact
    assert sorted(c.value for c in cells) == sorted(v.replace("\r", "\n") for v in risky)
    assert {c.data_type for c in cells} == {"s"}
    assert all(c.quotePrefix for c in cells)


def test_texts_a_spreadsheet_would_read_as_error_values_stay_text(db: Database, meeting: int) -> None:
    texts = ["#N/A", "#DIV/0!", "#REF!", "Zoë", "=", "陈刚\x07"]
    for i, value in enumerate(texts):
        person = people.add_person(db, people.PersonInput(name=value, email=f"t{i}@kl.example", notes="")).id
        registrations.register(db, meeting, person, registrations.RegistrationInput())
    rows = registrations.list_registrations(db, meeting)
    sheet = load_workbook(io.BytesIO(spreadsheet.registrations_xlsx(rows, ["name"]))).active
    cells = [row[0] for row in sheet.iter_rows(min_row=2)]
    assert sorted(c.value for c in cells) == sorted(t.replace("\x07", "\ufffd") for t in texts)
    assert {c.data_type for c in cells} == {"s"}


# --- property tests: whatever the file, the only failure is our clear import error ------------------

@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=400) | st.builds(lambda head, body: head + body,
                                                  st.sampled_from([b"", b"\xef\xbb\xbf", b"PK\x03\x04", b"Navn;"]),
                                                  st.binary(max_size=300)))
def test_arbitrary_bytes_never_crash_the_importer(sqlite_db: Database, data: bytes) -> None:
    meeting = _meeting_for_properties(sqlite_db)
    try:
        import_file(sqlite_db, meeting, data, dry_run=True, valid_rows_only=True)
    except ImportFailed as error:
        assert error.message


cell_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=30)
tables = st.lists(st.lists(cell_text, min_size=1, max_size=6), min_size=1, max_size=8)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=tables, delimiter=st.sampled_from([";", ",", "\t"]), encoding=st.sampled_from(["utf-8", "utf-8-sig"]),
       header=st.sampled_from([["Navn", "E-mail", "Kost"], ["Name"], ["Fornavn", "Efternavn", "Dage", "Rolle"]]))
def test_arbitrary_csv_tables_import_or_fail_clearly(sqlite_db: Database, rows: list[list[str]], delimiter: str,
                                                     encoding: str, header: list[str]) -> None:
    meeting = _meeting_for_properties(sqlite_db)
    out = io.StringIO(newline="")
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows([header, *rows])
    try:
        result = import_file(sqlite_db, meeting, out.getvalue().encode(encoding), dry_run=True, valid_rows_only=True)
    except ImportFailed as error:
        assert error.message
    else:
        assert result.rows_imported >= 1


# What a spreadsheet cell can hold: any text but the control characters XML 1.0 forbids (tab and newlines are fine).
xlsx_text = st.text(st.characters(blacklist_categories=("Cs",),
                                  blacklist_characters=[chr(c) for c in range(32) if chr(c) not in "\t\n\r"]),
                    max_size=30)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.lists(st.one_of(xlsx_text, st.integers(), st.floats(allow_nan=False), st.none()),
                              min_size=1, max_size=5), min_size=1, max_size=6))
def test_arbitrary_xlsx_tables_import_or_fail_clearly(sqlite_db: Database, rows: list[list[object]]) -> None:
    meeting = _meeting_for_properties(sqlite_db)
    workbook = Workbook()
    workbook.active.append(["Navn", "E-mail", "Telefon", "Dage", "Status"])
    for row in rows:
        workbook.active.append(row)
    out = io.BytesIO()
    workbook.save(out)
    try:
        import_file(sqlite_db, meeting, out.getvalue(), "x.xlsx", dry_run=True, valid_rows_only=True)
    except ImportFailed as error:
        assert error.message


def _meeting_for_properties(db: Database) -> int:
    from klimamoeder.services.meetings import list_meetings

    existing = list_meetings(db)
    return existing[0].id if existing else make_meeting(db, make_network(db), days=2)


def test_the_import_mapping_can_be_chosen_by_the_caller(db: Database, meeting: int) -> None:
    table = read_table(b"Kolonne A;Kolonne B\r\nAnne;Vegansk\r\n")
    assert guess_mapping(table.headers) == [None, None]
    import_participants(db, meeting, table, ["name", "dietary"])
    assert imported(db, meeting)["Anne"].dietary == "Vegansk"
