"""People → Personal data: export everything about a person for them, or erase them, as a secretary would."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from PySide6.QtWidgets import QDialog, QMessageBox

from klimamoeder.gui.privacy_dialog import PrivacyDialog
from klimamoeder.services.privacy import erasure
from tests.gui.file_dialogs import answer_question, type_file_name, when_modal

KIRSTEN = "kirsten.dalgaard@sdu.example"


def test_export_as_pdf_and_json_then_erase(qtbot, demo_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = PrivacyDialog(demo_db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.email, KIRSTEN)
    dialog.look_up()
    qtbot.waitUntil(lambda: "registrations 1" in dialog.person_report.toPlainText(), timeout=20_000)
    dialog.grab().save(str(tmp_path / "privacy-person.png"))

    type_file_name(tmp_path / "kirsten.pdf")
    dialog.export_pdf.click()
    qtbot.waitUntil(lambda: (tmp_path / "kirsten.pdf").exists(), timeout=30_000)
    text = subprocess.run(["pdftotext", str(tmp_path / "kirsten.pdf"), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Kirsten Dalgaard" in text
    type_file_name(tmp_path / "kirsten.json")
    dialog.export_json.click()
    qtbot.waitUntil(lambda: (tmp_path / "kirsten.json").exists(), timeout=30_000)
    assert json.loads((tmp_path / "kirsten.json").read_text("utf-8"))["records"]["person"][0]["email"] == KIRSTEN

    asked: list[str] = []
    answer_question(QMessageBox.StandardButton.Yes, asked)
    dialog.erase_button.click()
    qtbot.waitUntil(lambda: dialog.person_report.toPlainText().startswith("Erased"), timeout=30_000)
    assert KIRSTEN in asked[0]
    dialog.grab().save(str(tmp_path / "privacy-erased.png"))
    try:
        erasure.person_by_email(demo_db, KIRSTEN)
    except erasure.NotFound:
        pass
    else:
        raise AssertionError("still there")


def test_an_unknown_address_is_said_in_one_line_and_nothing_happens(qtbot, demo_db) -> None:  # type: ignore[no-untyped-def]
    dialog = PrivacyDialog(demo_db)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.email, "nobody@nowhere.example")
    seen: list[str] = []
    when_modal(QDialog, lambda box: (seen.append(box.windowTitle()), box.reject()))
    dialog.erase_button.click()
    assert seen == ["Personal data"]
    assert dialog.person_report.toPlainText() == ""


def test_retention_tab_lists_what_is_due_and_anonymises_after_asking(qtbot, demo_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = PrivacyDialog(demo_db)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: "registrations" in dialog.due_report.toPlainText(), timeout=20_000)
    assert dialog.policy_table.rowCount() >= 4
    dialog.policy_table.selectRow(0)
    assert dialog.registration_days.value() == 730 and dialog.needs_days.value() == 30
    dialog.grab().save(str(tmp_path / "privacy-retention.png"))
    asked: list[str] = []
    answer_question(QMessageBox.StandardButton.Yes, asked)
    dialog.apply_button.click()
    qtbot.waitUntil(lambda: dialog.due_report.toPlainText().startswith("Done"), timeout=30_000)
    assert asked and not dialog.apply_button.isEnabled()

    dialog.tabs.setCurrentIndex(2)
    qtbot.waitUntil(lambda: any(dialog.log_model.row_at(i).action == "anonymise"
                                for i in range(dialog.log_model.rowCount())), timeout=20_000)
    dialog.grab().save(str(tmp_path / "privacy-log.png"))
    dialog.log_action.setCurrentIndex(dialog.log_action.findData("anonymise"))
    dialog.load_log()
    qtbot.waitUntil(lambda: dialog.log_model.rowCount() > 0 and all(
        dialog.log_model.row_at(i).action == "anonymise" for i in range(dialog.log_model.rowCount())), timeout=20_000)


def test_withdrawing_a_consent_is_one_click(qtbot, demo_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from klimamoeder.model import ConsentPurpose
    from klimamoeder.services.privacy import consent

    dialog = PrivacyDialog(demo_db, email=KIRSTEN)
    qtbot.addWidget(dialog)
    dialog.show()
    button = dialog.withdraw_buttons[ConsentPurpose.SHARED_LIST]
    assert button.isEnabled()  # the consents show on opening
    assert dialog.consent_labels[ConsentPurpose.SHARED_LIST].text().startswith("given")
    button.click()
    assert dialog.consent_labels[ConsentPurpose.SHARED_LIST].text().startswith("not given")
    assert not button.isEnabled()
    person = erasure.person_by_email(demo_db, KIRSTEN)
    state = next(s for s in consent.states(demo_db, person) if s.purpose is ConsentPurpose.SHARED_LIST)
    assert not state.given and state.source is not None and state.source.value == "email"
    dialog.grab().save(str(tmp_path / "privacy-consent.png"))
