"""The print preview as a secretariat worker uses it: pick a document, see it, save it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QCheckBox
from sqlalchemy import select

from klimamoeder.gui.print_preview import PrintDialog, render_first_page_png
from klimamoeder.model import Meeting
from klimamoeder.services.documents import programme_pdf
from klimamoeder.storage import Database
from tests.gui.file_dialogs import type_file_name
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
    assert not dialog.options.list_options.isVisibleTo(dialog), "list options do not apply to the programme"


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
    assert "List of participants" in text and "zoe.hartley@perth.example" in text  # WECP's language
    assert "City of Perth (1)" in text


def test_save_as_pdf_writes_exactly_the_previewed_document(
    qtbot, dialog: PrintDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    type_file_name(tmp_path / "program")  # without .pdf: the dialog adds it (and would ask if it existed)
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
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("da"))
    assert "Zoë Hartley" in pdf.text(dialog.pdf_bytes)


def test_printing_runs_in_the_background_and_draws_the_chosen_pages(
    qtbot, dialog: PrintDialog, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 2)

    with qtbot.waitSignal(dialog.printed, timeout=30_000) as printed:
        dialog.print_with(printer)

    assert printed.args == [1]
    assert pdf.page_count((tmp_path / "printed.pdf").read_bytes()) == 1
    assert dialog.status_label.text() == "Printed."


def test_a_name_no_font_can_draw_is_reported_before_printing(qtbot, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    from klimamoeder.model import Person

    with demo_db.session() as s:
        person = s.scalars(select(Person).where(Person.name == "Zoë Hartley")).one()
        person.name = "Zoë 𓀀 Hartley"
    window = PrintDialog(demo_db, wecp(demo_db), "badges")
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.generated, timeout=20_000):
        window.show()
    assert window.warnings == ["Zoë 𓀀 Hartley: these characters cannot be printed: 𓀀 (U+13000)"]
    assert "Zoë 𓀀 Hartley" in window.status_label.text()


def test_the_options_follow_the_document(qtbot, dialog: PrintDialog) -> None:  # type: ignore[no-untyped-def]
    for key, lists, labels, exact in (("participants", True, False, False), ("sign_in", True, False, True),
                                      ("badges", False, True, True), ("programme", False, False, False)):
        dialog.document_combo.setCurrentIndex(dialog.document_combo.findData(key))
        assert dialog.options.list_options.isVisibleTo(dialog) == lists, key
        assert dialog.options.stock.isVisibleTo(dialog) == labels, key
        assert dialog.options.scaling.isEnabled() == (not exact), key
    dialog.document_combo.setCurrentIndex(dialog.document_combo.findData("badges"))
    dialog.options.stock.setCurrentIndex(dialog.options.stock.findData("avery-l4785"))
    dialog.options.start.setValue(7)
    choice = dialog.options.choice()
    assert (choice.stock, choice.start) == ("avery-l4785", 7)
    assert dialog.options.start.maximum() == 10
