"""Saving from the window never replaces a file the user was not asked about."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from klimamoeder.gui.file_dialogs import ask_save_path
from klimamoeder.gui.registration_dialogs import ExportDialog
from klimamoeder.storage import Database
from tests.gui.file_dialogs import answer_question, cancel_file_dialog, type_file_name
from tests.gui.test_print_preview import wecp

pytestmark = pytest.mark.gui
SHOTS = os.environ.get("KLIMAMOEDER_SHOTS")


def test_the_save_dialog_asks_before_replacing_the_file_its_suffix_names(qtbot, tmp_path: Path) -> None:
    (tmp_path / "programme.pdf").write_bytes(b"the programme printed last week")
    questions: list[str] = []
    # "No" returns to the file dialog, which the user then cancels.
    type_file_name(tmp_path / "programme",
                   then=lambda: answer_question(QMessageBox.StandardButton.No, questions, then=cancel_file_dialog))
    assert ask_save_path(None, "Save as PDF", "x.pdf", "PDF documents (*.pdf)", "pdf") is None
    assert questions and "programme.pdf already exists" in questions[0]
    assert (tmp_path / "programme.pdf").read_bytes() == b"the programme printed last week"


def test_a_typed_export_file_name_that_exists_is_confirmed_first(qtbot, demo_db: Database, tmp_path: Path) -> None:
    target = tmp_path / "tilmeldinger.csv"
    target.write_bytes(b"last week's list")
    dialog = ExportDialog(demo_db, wecp(demo_db))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.path, str(target))
    questions: list[str] = []
    answer_question(QMessageBox.StandardButton.No, questions)
    dialog.export()
    assert questions == ["tilmeldinger.csv already exists. Replace it?"]
    assert target.read_bytes() == b"last week's list" and dialog.task is None

    answer_question(QMessageBox.StandardButton.Yes, questions)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.export()
    assert target.read_bytes().startswith(b"\xef\xbb\xbf") and b"Zo\xc3\xab Hartley" in target.read_bytes()
