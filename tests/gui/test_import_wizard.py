"""The import wizard driven like a user: choose a file, look, map, check, import."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from klimamoeder.gui.import_wizard import ImportParticipantsWizard
from klimamoeder.model import RegistrationStatus
from klimamoeder.services import registrations
from klimamoeder.storage import Database
from tests.gui.shots import shot

pytestmark = pytest.mark.gui


def wecp_meeting(db: Database) -> int:
    from klimamoeder.services.meetings import list_meetings

    return next(m.id for m in list_meetings(db) if m.network == "WECP")


def open_file(qtbot: QtBot, wizard: ImportParticipantsWizard, path: Path) -> None:
    wizard.show()
    qtbot.keyClicks(wizard.file_page.path, str(path))
    wizard.file_page.path.editingFinished.emit()
    qtbot.waitUntil(lambda: wizard.file_page.isComplete(), timeout=5000)


def next_page(qtbot: QtBot, wizard: ImportParticipantsWizard) -> None:
    """Press Next and wait until the next page is the one shown."""
    before = wizard.currentId()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() != before and wizard.currentPage().isVisible(), timeout=5000)


def test_a_clean_file_is_previewed_mapped_checked_and_imported(qtbot: QtBot, demo_db: Database,
                                                              tmp_path: Path) -> None:
    meeting = wecp_meeting(demo_db)
    path = tmp_path / "deltagere.csv"
    path.write_bytes("Fornavn;Efternavn;E-mail;Organisation;Kost;Dage\r\n"
                     "Anne <b>&</b>;Søren;anne@vejle.example;Vejle Kommune;Vegetar;dag 2\r\n"
                     "Zoë;Hartley;ZOE.HARTLEY@perth.example;City of Perth;Vegansk;\r\n".encode("cp1252"))
    wizard = ImportParticipantsWizard(demo_db, meeting)
    qtbot.addWidget(wizard)
    open_file(qtbot, wizard, path)
    assert "2 rows and 6 columns" in wizard.file_page.status.text()
    shot(wizard, "import_1_file")

    next_page(qtbot, wizard)
    assert wizard.preview_page.grid.item(0, 0).text() == "Anne <b>&</b>"
    shot(wizard, "import_2_preview")
    next_page(qtbot, wizard)
    assert [c.currentData() for c in wizard.mapping_page.combos] == [
        "first_name", "last_name", "email", "organisation", "dietary", "days"]
    wizard.mapping_page.default_status.setCurrentIndex(1)  # a list of invitees, not of registrations
    shot(wizard, "import_3_mapping")
    next_page(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.check_page.isComplete(), timeout=10000)
    assert "1 new people, 1 already known" in wizard.check_page.summary.text()
    shot(wizard, "import_4_check")
    next_page(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.import_page.isComplete(), timeout=10000)
    shot(wizard, "import_5_done")
    rows = {r.name: r for r in registrations.list_registrations(demo_db, meeting)}
    names = set(rows)
    assert rows["Anne <b>&</b> Søren"].status is RegistrationStatus.INVITED
    assert rows["Anne <b>&</b> Søren"].days == ("2022-10-06",)
    assert sum(1 for n in names if n.startswith("Zoë")) == 1  # matched, not duplicated
    wizard.button(QWizard.WizardButton.FinishButton).click()


def test_bad_rows_are_listed_and_importing_needs_the_explicit_choice(qtbot: QtBot, demo_db: Database,
                                                                    tmp_path: Path) -> None:
    meeting = wecp_meeting(demo_db)
    before = len(registrations.list_registrations(demo_db, meeting))
    path = tmp_path / "list.csv"
    path.write_text("Name,Email\nGood Person,good@x.example\nBad Person,not-an-address\n,nobody@x.example\n",
                    encoding="utf-8")
    wizard = ImportParticipantsWizard(demo_db, meeting)
    qtbot.addWidget(wizard)
    open_file(qtbot, wizard, path)
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.check_page.problems.rowCount() == 2, timeout=10000)
    page = wizard.check_page
    assert [(p.line, p.column) for p in page.problems.rows] == [(3, "Email"), (4, "Name")]
    assert not page.isComplete()  # nothing goes in without saying so
    shot(wizard, "import_4_check_bad_rows")
    page.valid_only.click()
    assert page.isComplete()
    next_page(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.import_page.isComplete(), timeout=10000)
    assert len(registrations.list_registrations(demo_db, meeting)) == before + 1


def test_an_unreadable_file_says_why(qtbot: QtBot, sqlite_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "photo.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a workbook")
    wizard = ImportParticipantsWizard(sqlite_db, 1)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.load(str(path))
    qtbot.waitUntil(lambda: "cannot be read" in wizard.file_page.status.text(), timeout=5000)
    assert not wizard.file_page.isComplete()


def test_a_file_that_cannot_be_imported_says_why_on_the_first_page(qtbot: QtBot, demo_db: Database,
                                                                   tmp_path: Path) -> None:
    from tests.hostile_files import mixed_encoding_csv

    wizard = ImportParticipantsWizard(demo_db, wecp_meeting(demo_db))
    qtbot.addWidget(wizard)
    wizard.show()
    for path, reason in ((mixed_encoding_csv(tmp_path / "blandet.csv"), "The file mixes two encodings: line 3"),
                         (Path("/dev/zero"), "is not a regular file (a device or a pipe)")):
        wizard.file_page.path.setText(str(path))
        wizard.file_page.path.editingFinished.emit()
        qtbot.waitUntil(lambda reason=reason: reason in wizard.file_page.status.text(), timeout=10000)
        assert not wizard.file_page.isComplete()
        shot(wizard, f"import_refused_{path.stem}")


def test_a_microsoft_forms_export_in_danish_imports_without_choosing_a_column(qtbot: QtBot, demo_db: Database,
                                                                            tmp_path: Path) -> None:
    from datetime import datetime

    from openpyxl import Workbook

    workbook = Workbook()
    for row in (["Id", "Starttidspunkt", "Tidspunkt for fuldførelse", "Mail", "Navn", "Fulde navn",
                 "Hvilken kommune eller organisation kommer du fra?", "Har du særlige kosthensyn?"],
                [1, datetime(2021, 4, 20, 9, 1), datetime(2021, 4, 20, 9, 3), "nkel@kl.example", "Niels Kelstrup",
                 "Zoë Ærø Kirk", "Vejle Kommune", "Vegetar"],
                [2, datetime(2021, 4, 20, 9, 5), datetime(2021, 4, 20, 9, 7), "nkel@kl.example", "Niels Kelstrup",
                 "Jakob Bech", "Næstved Kommune", ""]):
        workbook.active.append(row)
    path = tmp_path / "Tilmelding (1-1).xlsx"
    workbook.save(path)
    meeting = wecp_meeting(demo_db)
    wizard = ImportParticipantsWizard(demo_db, meeting)
    qtbot.addWidget(wizard)
    open_file(qtbot, wizard, path)
    shot(wizard, "import_forms_1_file")
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    # the form's own columns (id, times, the colleague who filled in both) are left out; the questions map
    assert [c.currentData() for c in wizard.mapping_page.combos] == [
        None, None, None, None, None, "name", "organisation", "dietary"]
    shot(wizard, "import_forms_3_mapping")
    next_page(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.check_page.isComplete(), timeout=10000)
    next_page(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.import_page.isComplete(), timeout=10000)
    row = next(r for r in registrations.list_registrations(demo_db, meeting) if r.name == "Zoë Ærø Kirk")
    assert row.dietary == "Vegetar"
    wizard.button(QWizard.WizardButton.FinishButton).click()
