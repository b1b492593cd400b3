"""The print preview as a secretariat worker uses it: pick a document, see it, save it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QCheckBox, QFileDialog
from sqlalchemy import select

from klimamoeder.gui.print_preview import PrintDialog, print_pdf, render_first_page_png
from klimamoeder.model import Meeting
from klimamoeder.services.documents import programme_pdf
from klimamoeder.storage import Database
from tests.unit import pdf_reading as pdf

pytestmark = pytest.mark.gui
WECP = "demo-wecp-ga-2022@klimamoeder.invalid"


def wecp(db: Database) -> int:
    with db.session() as s:
        return s.scalars(select(Meeting.id).where(Meeting.calendar_uid == WECP)).one()


def tick(qtbot, check: QCheckBox) -> None:  # type: ignore[no-untyped-def]
    """Click the box itself, as a user does (the widget's centre may be empty space)."""
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(8, check.height() // 2))


@pytest.fixture
def dialog(qtbot, demo_db: Database) -> PrintDialog:  # type: ignore[no-untyped-def]
    window = PrintDialog(demo_db, wecp(demo_db))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.generated, timeout=20_000) as shown:
        window.show()
    assert shown.args[0] >= 1
    return window


def test_the_dialog_opens_on_the_programme_and_previews_its_pages(dialog: PrintDialog) -> None:
    assert dialog.pdf_document.pageCount() == pdf.page_count(dialog.pdf_bytes) >= 2
    assert dialog.view.document() is dialog.pdf_document
    assert "WECP Annual General Assembly 2022" in pdf.text(dialog.pdf_bytes)
    assert dialog.print_button.isEnabled() and dialog.save_button.isEnabled()
    assert not dialog.group_check.isEnabledTo(dialog), "list options do not apply to the programme"


def test_choosing_badges_in_english_rebuilds_the_preview(qtbot, dialog: PrintDialog) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(dialog.generated, timeout=20_000):
        dialog.document_combo.setCurrentIndex(dialog.document_combo.findData("badges"))
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    text = pdf.text(dialog.pdf_bytes)
    assert "Participant" in text and "Zoë Hartley" in text
    assert "Speaker" in text


def test_the_participant_list_follows_the_chosen_columns_and_grouping(qtbot, dialog: PrintDialog) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(dialog.generated, timeout=20_000):
        dialog.document_combo.setCurrentIndex(dialog.document_combo.findData("participants"))
        tick(qtbot, dialog.column_checks["email"])
        tick(qtbot, dialog.group_check)
    text = pdf.text(dialog.pdf_bytes)
    assert "Deltagerliste" in text and "zoe.hartley@perth.example" in text
    assert "City of Perth (1)" in text


def test_save_as_pdf_writes_exactly_the_previewed_document(
    qtbot, dialog: PrintDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    target = tmp_path / "program"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    saved = tmp_path / "program.pdf"
    assert saved.read_bytes() == dialog.pdf_bytes
    assert str(saved) in dialog.status_label.text()


def test_the_first_page_renders_to_an_image_for_the_self_test(demo_db: Database, qapp) -> None:  # type: ignore[no-untyped-def]
    image = render_first_page_png(programme_pdf(demo_db, wecp(demo_db), "en"), width=600)
    assert image.width() == 600 and image.height() == 849
    assert not image.isNull()
    assert render_first_page_png(b"not a pdf").isNull()


def test_after_cancelling_a_build_the_next_choice_builds_again(qtbot, dialog: PrintDialog) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(dialog.generated, timeout=20_000):
        dialog.document_combo.setCurrentIndex(dialog.document_combo.findData("badges"))
    dialog.generate()  # as a change of choice does
    assert dialog.task is not None
    task = dialog.task
    task.progress.cancel()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=20_000)
    assert task.was_cancelled
    assert "Cancelled" in dialog.status_label.text()

    with qtbot.waitSignal(dialog.generated, timeout=20_000):
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    assert "Zoë Hartley" in pdf.text(dialog.pdf_bytes)


def test_printing_draws_every_page_into_the_printer(dialog: PrintDialog, tmp_path: Path) -> None:
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))

    print_pdf(dialog.pdf_document, printer)

    assert pdf.page_count((tmp_path / "printed.pdf").read_bytes()) == dialog.pdf_document.pageCount()
