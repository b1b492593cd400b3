"""Answers exported from Microsoft Forms and Google Forms import without choosing a single column by hand."""

from __future__ import annotations

import io
from datetime import datetime

import pytest
from openpyxl import Workbook

from klimamoeder.services import registrations
from klimamoeder.services.participant_import import guess_mapping, import_participants, read_table
from klimamoeder.storage import Database

from .test_registrations import make_meeting, make_network


@pytest.fixture
def meeting(db: Database) -> int:
    return make_meeting(db, make_network(db), days=2)


def xlsx(rows: list[list[object]]) -> bytes:
    workbook = Workbook()
    for row in rows:
        workbook.active.append(row)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def csv_bytes(rows: list[list[str]], encoding: str = "utf-8-sig") -> bytes:
    import csv

    out = io.StringIO(newline="")
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    return out.getvalue().encode(encoding)


MS_FORMS_EN = [
    ["ID", "Start time", "Completion time", "Email", "Name", "Last modified time", "Your name", "Organisation",
     "E-mail address", "Do you have any dietary requirements?", "Which days will you attend?"],
    [1, datetime(2022, 9, 1, 10, 2, 11), datetime(2022, 9, 1, 10, 4, 57), "anonymous", "anonymous", None,
     "Fiona MacLeod", "Aberdeen City Council", "fiona.macleod@aberdeen.example", "", "Day 1;Day 2;"],
    [2, datetime(2022, 9, 2, 8, 0, 0), datetime(2022, 9, 2, 8, 1, 30), "anonymous", "anonymous", None,
     "Łucja Nowak", "Tyumen City Administration", "lucja.nowak@tyumen.example", "Vegetarian", "Day 2"],
]

MS_FORMS_DA = [
    ["Id", "Starttidspunkt", "Tidspunkt for fuldførelse", "Mail", "Navn", "Tidspunkt for seneste ændring",
     "Fulde navn", "Hvilken kommune eller organisation kommer du fra?", "Stilling", "Har du særlige kosthensyn?",
     "Bemærkninger"],
    [1, datetime(2021, 4, 20, 9, 1), datetime(2021, 4, 20, 9, 3), "nkel@kl.example", "Niels Kelstrup", None,
     "Line Damgaard", "Vejle Kommune", "Klimakoordinator", "Vegetar", "Kommer lidt senere"],
    [2, datetime(2021, 4, 20, 9, 5), datetime(2021, 4, 20, 9, 7), "nkel@kl.example", "Niels Kelstrup", None,
     "Jakob Bech", "Næstved Kommune", "Chef for Teknik og Miljø", "", ""],
]

GOOGLE_EN = [
    ["Timestamp", "Email Address", "First name", "Last name", "Organisation", "Job title",
     "Any allergies or dietary needs?", "Will you attend?"],
    ["9/20/2022 10:14:33", "zoe.hartley@perth.example", "Zoë", "Hartley", "City of Perth", "Chief of Staff",
     "Vegan", "Yes"],
    ["9/21/2022 16:02:09", "bridget@cairns.example", "Bridget", "O'Connor", "Cairns Regional Council", "Councillor",
     "", "No"],
]

GOOGLE_DA = [
    ["Tidsstempel", "Mailadresse", "Fornavn", "Efternavn", "Arbejdsplads", "Telefonnummer", "Allergier"],
    ["20.09.2022 10.14.33", "signe@aarhus.example", "Signe Holm", "Kristiansen", "Aarhus Kommune", "+45 89 40 20 00",
     "Glutenfri"],
]


def test_microsoft_forms_english_xlsx_maps_questions_and_leaves_out_its_own_columns(db: Database, meeting: int) -> None:
    table = read_table(xlsx(MS_FORMS_EN), "Tilmelding WECP.xlsx")
    assert guess_mapping(table.headers, table) == [
        None, None, None, None, None, None, "name", "organisation", "email", "dietary", "days"]
    result = import_participants(db, meeting, table, guess_mapping(table.headers, table))
    assert result.rows_imported == 2 and result.problems == ()
    rows = {r.name: r for r in registrations.list_registrations(db, meeting)}
    assert set(rows) == {"Fiona MacLeod", "Łucja Nowak"}
    assert rows["Łucja Nowak"].dietary == "Vegetarian" and rows["Łucja Nowak"].days == ("2030-10-06",)
    assert rows["Fiona MacLeod"].days == ()  # both days: every day


def test_microsoft_forms_danish_uses_the_question_not_the_signed_in_respondent(db: Database, meeting: int) -> None:
    table = read_table(xlsx(MS_FORMS_DA), "Tilmelding.xlsx")
    assert guess_mapping(table.headers, table) == [
        None, None, None, None, None, None, "name", "organisation", "job_title", "dietary", "notes"]
    import_participants(db, meeting, table, guess_mapping(table.headers, table))
    assert {r.name for r in registrations.list_registrations(db, meeting)} == {"Line Damgaard", "Jakob Bech"}


def test_google_forms_english_csv_with_first_and_last_name_and_an_attendance_question(
        db: Database, meeting: int) -> None:
    table = read_table(csv_bytes(GOOGLE_EN), "Registration (Responses) - Form responses 1.csv")
    assert guess_mapping(table.headers, table) == [
        None, "email", "first_name", "last_name", "organisation", "job_title", "dietary", "status"]
    import_participants(db, meeting, table, guess_mapping(table.headers, table))
    rows = {r.name: r for r in registrations.list_registrations(db, meeting)}
    assert rows["Zoë Hartley"].status == "registered" and rows["Zoë Hartley"].dietary == "Vegan"
    assert rows["Bridget O'Connor"].status == "declined"


def test_google_forms_danish_csv(db: Database, meeting: int) -> None:
    table = read_table(csv_bytes(GOOGLE_DA), "Tilmelding (svar).csv")
    assert guess_mapping(table.headers, table) == [
        None, "email", "first_name", "last_name", "organisation", "phone", "dietary"]
    import_participants(db, meeting, table, guess_mapping(table.headers, table))
    [row] = registrations.list_registrations(db, meeting)
    assert row.name == "Signe Holm Kristiansen" and row.email == "signe@aarhus.example"


def test_an_ordinary_list_is_not_taken_for_a_forms_export() -> None:
    table = read_table(b"Navn;E-mail;Tilmeldt\r\nAnne;anne@kk.example;2022-10-01 10:00\r\n", "liste.csv")
    assert guess_mapping(table.headers, table) == ["name", "email", None]
