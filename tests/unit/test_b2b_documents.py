"""What delegates and the room get: personal agendas, the table plan, the matrix, calendar files.

PDFs are read back with poppler (text and fonts); the .ics with ical.js in
tests/integration/test_b2b_cli.py.
"""

from __future__ import annotations

import csv
import io

import pytest
from openpyxl import load_workbook

from klimamoeder.services import b2b, b2b_documents, b2b_edit
from klimamoeder.storage import Database
from tests.b2b_data import at, make_session, request
from tests.unit import pdf_reading

PEOPLE = [("Anne <b>&</b> Søren", "anne@esbjerg.example", "Esbjerg Kommune"),
          ("Henrik Vind", "henrik@esbjerg.example", "Esbjerg Kommune"),
          ("Zoë Hartley", "zoe@perth.example", "City of Perth"),
          ("陈刚", "chen@dongying.example", "=HYPERLINK(\"http://evil.example\")"),
          ("Łucja Nowak", "lucja@tyumen.example", "Tyumen")]


@pytest.fixture
def planned(sqlite_db: Database):  # type: ignore[no-untyped-def]
    setup = make_session(sqlite_db, PEOPLE, window=("14:00", "15:00"), tables=4)
    d = setup.delegations
    b2b_edit.add_meeting(sqlite_db, setup.meeting, d["Esbjerg Kommune"], d["City of Perth"], at("14:00"), 2)
    b2b_edit.add_meeting(sqlite_db, setup.meeting, d["Tyumen"], d['=HYPERLINK("http://evil.example")'], at("14:20"),
                         4)
    request(sqlite_db, setup, "anne@esbjerg.example", "zoe@perth.example")
    return sqlite_db, setup


def test_every_registered_delegate_gets_an_agenda_page_with_each_slot_table_and_partner(planned) -> None:
    db, setup = planned
    pdf = b2b_documents.agendas_pdf(db, setup.meeting, "en")
    pages = pdf_reading.page_texts(pdf)
    assert len(pages) == 5
    pdf_reading.assert_fonts_embedded(pdf)
    anne = next(p for p in pages if "Anne <b>&</b> Søren" in p)
    assert "with Henrik Vind" in anne
    assert "14:00–14:20" in anne and "City of Perth" in anne and "Zoë Hartley" in anne
    assert anne.count("free") == 2  # 14:20 and 14:40
    chen = next(p for p in pages if "陈刚" in p)
    assert "Table" in chen and "Łucja Nowak" in chen


def test_the_agenda_speaks_danish_when_asked(planned) -> None:
    db, setup = planned
    text = pdf_reading.text(b2b_documents.agendas_pdf(db, setup.meeting, "da"))
    assert "B2B-program" in text and "Torsdag den 22. oktober 2026" in text and "14.00–14.20" in text


def test_the_table_plan_has_a_large_print_page_per_slot(planned) -> None:
    db, setup = planned
    pdf = b2b_documents.table_plan_pdf(db, setup.meeting, "en")
    pages = pdf_reading.page_texts(pdf)
    assert len(pages) == 3
    width, height = pdf_reading.page_size(pdf)
    assert width > height  # landscape, for the wall
    assert "14:00–14:20" in pages[0] and "Anne <b>&</b> Søren, Henrik Vind" in pages[0]
    assert "No meetings in this slot." in pages[2]
    pdf_reading.assert_fonts_embedded(pdf)


def test_the_matrix_is_slots_by_tables_and_never_a_formula(planned) -> None:
    db, setup = planned
    rows = list(csv.reader(io.StringIO(b2b_documents.matrix(db, setup.meeting, "csv").decode("utf-8-sig")),
                           delimiter=";"))
    assert rows[0] == ["Time", "Table 1", "Table 2", "Table 3", "Table 4"]
    assert len(rows) == 4
    assert rows[1][2].startswith("Esbjerg Kommune (Anne <b>&</b> Søren, Henrik Vind) – City of Perth")
    assert rows[2][4].startswith("'=HYPERLINK(\"http://evil.example\") (陈刚) – Tyumen")
    sheet = load_workbook(io.BytesIO(b2b_documents.matrix(db, setup.meeting, "xlsx"))).active
    cell = sheet.cell(row=3, column=5)
    assert cell.data_type == "s" and cell.value.startswith('=HYPERLINK("http://evil.example") (陈刚)')


def test_a_person_without_meetings_gets_a_clear_error_not_an_empty_calendar(planned) -> None:
    db, setup = planned
    data = b2b.load_session(db, setup.meeting)
    b2b_edit.remove_meetings(db, setup.meeting, [m.id for m in data.meetings])
    person = next(p.person_id for p in data.people if p.email == "zoe@perth.example")
    with pytest.raises(Exception, match="no bilateral meeting"):
        b2b_documents.person_calendar(db, setup.meeting, person)


def test_moving_a_meeting_updates_the_same_event_with_the_next_sequence(planned) -> None:
    from icalendar import Calendar

    db, setup = planned
    zoe = next(p.person_id for p in b2b.load_session(db, setup.meeting).people if p.email == "zoe@perth.example")

    def event():  # type: ignore[no-untyped-def]
        return Calendar.from_ical(b2b_documents.person_calendar(db, setup.meeting, zoe)).walk("VEVENT")[0]

    before = event()
    assert int(before["SEQUENCE"]) == 0 and str(before["LOCATION"]).startswith("Table 2, Mødelokale 1")
    meeting = next(m for m in b2b.load_session(db, setup.meeting).meetings if m.table == 2)
    b2b_edit.move_meeting(db, setup.meeting, meeting.id, at("14:40"), 3)
    after = event()
    assert str(after["UID"]) == str(before["UID"])
    assert int(after["SEQUENCE"]) == 1 and str(after["LOCATION"]).startswith("Table 3")
    b2b_edit.set_locked(db, setup.meeting, [meeting.id], True)  # locking changes nothing people see
    assert int(event()["SEQUENCE"]) == 1
