"""The import's check page: possible duplicates to merge or keep apart, changed details to update or keep,
formula-like cells to look at — the Danish list from the issue, imported with the choices made there."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from klimamoeder.gui.import_wizard import ImportParticipantsWizard
from klimamoeder.model import Person
from klimamoeder.services.meetings import list_meetings
from klimamoeder.storage import Database
from tests.gui.shots import shot

pytestmark = pytest.mark.gui


def people_named(db: Database, part: str) -> list[tuple[str, str | None]]:
    with db.read() as s:
        return [(p.name, p.email) for p in s.query(Person).filter(Person.name.contains(part))]


def to_check_page(qtbot: QtBot, db: Database, path: Path) -> ImportParticipantsWizard:
    meeting = next(m.id for m in list_meetings(db) if m.network == "WECP")
    wizard = ImportParticipantsWizard(db, meeting)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.keyClicks(wizard.file_page.path, str(path))
    wizard.file_page.path.editingFinished.emit()
    qtbot.waitUntil(lambda: wizard.file_page.isComplete(), timeout=5000)
    for _page in range(3):
        wizard.next()
    qtbot.waitUntil(lambda: wizard.check_page.isComplete(), timeout=10000)
    return wizard


@pytest.fixture
def danish_csv(tmp_path: Path, demo_db: Database) -> Path:
    lucja = next(email for name, email in people_named(demo_db, "Nowak"))
    path = tmp_path / "tilmeldinger.csv"
    path.write_bytes(("Navn;E-mail;Organisation;Titel\r\n"
                      "Jesper Frost Rasmussen;jfr@esbjerg.example;Esbjerg Kommune;Borgmester\r\n"
                      f"Lucja Nowak;{lucja};Tyumen City Administration;Head of International Cooperation\r\n"
                      '"=HYPERLINK(""http://x.example"";""klik"")";klik@x.example;;\r\n'
                      "Mette Holm;mette.holm@esbjerg.example;Esbjerg Kommune;Konsulent\r\n").encode("cp1252"))
    return path


def test_the_check_page_lists_duplicates_changes_and_formulas(qtbot: QtBot, demo_db: Database,
                                                                danish_csv: Path) -> None:
    wizard = to_check_page(qtbot, demo_db, danish_csv)
    page = wizard.check_page
    summary = page.summary.text()
    assert "2 new people, 1 already known (matched by e-mail)" in summary
    assert "1 row looks like someone already known" in summary
    assert "1 person already known has other details" in summary and "1 cell starts like a spreadsheet" in summary
    tabs = page.review
    assert [tabs.tabText(i) for i in range(tabs.count()) if tabs.isTabVisible(i)] == [
        "Possible duplicates (1)", "Changed details (1)", "Formula-like cells (1)"]
    suspects = tabs.suspects
    assert suspects.item(0, 2).text() == "Jesper Frost Rasmussen · jfr@esbjerg.example · Esbjerg Kommune"
    assert suspects.item(0, 3).text().startswith("Jesper Frost Rasmussen · jesper.frost.rasmussen@")
    assert suspects.item(0, 0).checkState() == Qt.CheckState.Checked  # merged unless unticked
    changed = tabs.changed
    assert (changed.item(0, 3).text(), changed.item(0, 4).text(), changed.item(0, 5).text()) == (
        "Name", "Łucja Nowak", "Lucja Nowak")
    assert changed.item(0, 0).checkState() == Qt.CheckState.Unchecked  # kept unless ticked
    assert tabs.risky.item(0, 2).text().startswith("=HYPERLINK")
    wizard.resize(900, 620)
    QApplication.processEvents()
    shot(wizard, "import-review")
    wizard.next()
    qtbot.waitUntil(lambda: wizard.import_page.isComplete(), timeout=10000)
    assert "1 merged with people already known" in wizard.import_page.status.text()
    assert [e for _n, e in people_named(demo_db, "Jesper Frost")] == ["jesper.frost.rasmussen@esbjerg.example"]
    assert people_named(demo_db, "Łucja") and not people_named(demo_db, "Lucja")  # kept as stored


def test_keep_both_and_update_are_chosen_with_the_keyboard(qtbot: QtBot, demo_db: Database, danish_csv: Path) -> None:
    wizard = to_check_page(qtbot, demo_db, danish_csv)
    tabs = wizard.check_page.review
    tabs.setCurrentWidget(tabs.suspects)
    tabs.suspects.setFocus()
    tabs.suspects.setCurrentCell(0, 2)
    qtbot.keyClick(tabs.suspects, Qt.Key.Key_Space)  # untick Merge: keep both
    tabs.setCurrentWidget(tabs.changed)
    tabs.changed.setFocus()
    tabs.changed.setCurrentCell(0, 3)
    qtbot.keyClick(tabs.changed, Qt.Key.Key_Space)  # tick Update
    assert wizard.decisions.keep_both and wizard.decisions.update
    qtbot.waitUntil(lambda: wizard.check_page.isComplete() and "3 new people" in wizard.check_page.summary.text(),
                    timeout=10000)
    assert tabs.suspects.item(0, 0).checkState() == Qt.CheckState.Unchecked  # the choice survives the re-check
    wizard.next()
    qtbot.waitUntil(lambda: wizard.import_page.isComplete(), timeout=10000)
    assert len(people_named(demo_db, "Jesper Frost Rasmussen")) == 2
    assert people_named(demo_db, "Lucja Nowak") and not people_named(demo_db, "Łucja")
