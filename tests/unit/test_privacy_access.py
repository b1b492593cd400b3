"""Access export (art. 15): every row about the person is in the JSON; the PDF reads as a document."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from sqlalchemy import text

from klimamoeder.exports.pdf.access import build_access_export
from klimamoeder.model import Base
from klimamoeder.services import audit
from klimamoeder.services.audit import AuditQuery
from klimamoeder.services.privacy import access, erasure
from klimamoeder.storage import Database
from tests.unit.test_privacy_erasure import EMAIL, NAME, OTHER, person_with_everything


def rows_naming(db: Database, person_id: int) -> set[tuple[str, int]]:
    """Found independently of the service: every row with a foreign key to the person, or to a registration
    of theirs, or whose text holds one of their addresses."""
    found: set[tuple[str, int]] = set()
    with db.read() as s:
        registrations = set(s.execute(text("SELECT id FROM registration WHERE person_id = :p"),
                                      {"p": person_id}).scalars())
        for table in Base.metadata.sorted_tables:
            for column in table.columns:
                for fk in column.foreign_keys:
                    target = fk.column.table.name
                    wanted = {person_id} if target == "person" else registrations if target == "registration" else set()
                    for value in wanted:
                        found |= {(table.name, i) for i in s.execute(
                            text(f'SELECT id FROM "{table.name}" WHERE "{column.name}" = :v'), {"v": value}).scalars()}
        found |= {("calendar_reply", i) for i in s.execute(text(
            "SELECT id FROM calendar_reply WHERE lower(raw) LIKE :a OR lower(attendee_email) = :b"),
            {"a": f"%{OTHER}%", "b": OTHER}).scalars()}
    return found | {("person", person_id)}


def test_every_row_about_the_person_is_in_the_json(db: Database) -> None:
    person, meeting = person_with_everything(db)
    export = access.collect(db, person)
    data = json.loads(json.dumps(export.as_json(), ensure_ascii=False))

    shown = {(table, row["id"]) for table, rows in data["records"].items() for row in rows}
    assert rows_naming(db, person) <= shown
    assert {t for t, _i in shown} >= {"person", "registration", "check_in", "calendar_reply", "invitation_delivery",
                                      "follow_up_delivery", "agenda_person"}
    replies = data["records"]["calendar_reply"]
    assert any(NAME in r["raw"] and f"Hilsen {NAME}" in r["comment"] for r in replies)  # with their text
    assert data["records"]["person"][0]["email"] == EMAIL and data["records"]["person"][0]["other_emails"] == [OTHER]
    assert data["meetings"][str(meeting)]["title"].startswith("Klimamøde")
    assert data["organisation"]["memberships"][0]["role"] == "member"
    assert {e["table"] for e in data["audit_log"]} >= {"person", "registration", "check_in", "calendar_reply"}
    assert all(NAME not in json.dumps(e, ensure_ascii=False) for e in data["audit_log"])


def test_the_pdf_holds_every_section_in_embedded_fonts(db: Database, tmp_path: Path) -> None:
    person, _meeting = person_with_everything(db)
    export = access.collect(db, person)
    pdf = tmp_path / "indsigt.pdf"
    pdf.write_bytes(build_access_export(export.as_json(), export.name, export.email, "da"))

    words = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    for expected in (f"Personoplysninger om {NAME}", "Tilmeldinger (1)", "Ankomster (2)", "Kalendersvar (2)",
                     "Sendte invitationer (1)", "Ændringslog", "Københavns Kommune", "+45 3366 1234", OTHER):
        assert expected in words, expected
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    assert fonts and all(line.split()[-5] == "yes" for line in fonts), fonts  # every font embedded
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "2", str(pdf), str(tmp_path / "page")],
                   check=True)


def test_the_export_is_logged_without_its_content(db: Database) -> None:
    person, _meeting = person_with_everything(db)
    export = access.collect(db, person)
    access.log_export(db, export, "pdf")
    [row] = audit.entries(db, AuditQuery(action="export", person_id=person))
    assert (row.table, row.record_id, row.detail) == ("person", person, "access export (pdf)")
    assert erasure.person_by_email(db, EMAIL) == person
