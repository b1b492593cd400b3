"""Networks dialog: choose a logo (an SVG becomes a PNG) and a colour, save, see it on a badge."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from PIL import Image
from pytestqt.qtbot import QtBot

from klimamoeder.gui.network_dialog import NetworksDialog
from klimamoeder.paths import resources_dir
from klimamoeder.services import networks
from klimamoeder.storage import Database

pytestmark = pytest.mark.gui
SHOTS = os.environ.get("KLIMAMOEDER_SHOTS")


def test_an_svg_logo_and_a_colour_are_saved_for_the_network(qtbot: QtBot, demo_db: Database) -> None:
    dialog = NetworksDialog(demo_db)
    qtbot.addWidget(dialog)
    dialog.show()
    clean_row = next(i for i in range(dialog.list.count()) if dialog.list.item(i).text().startswith("CLEAN"))
    dialog.list.setCurrentRow(clean_row)
    dialog.set_logo_file(resources_dir() / "demo-marks" / "WECP.svg")
    dialog.colour = "#123456"
    dialog.save()

    saved = networks.identity(demo_db, dialog.network_id or 0)
    assert saved.colour == "#123456"
    image = Image.open(io.BytesIO(saved.logo or b""))
    assert image.format == "PNG" and max(image.size) <= networks.MAX_LOGO_PIXELS
    assert dialog.remove_logo.isEnabled()
    if SHOTS:
        dialog.grab().save(str(Path(SHOTS) / "networks.png"))
