"""The window in Danish, and with strings stretched as long translations make them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from klimamoeder.gui.app import install_translations
from klimamoeder.gui.main_window import MainWindow


@pytest.fixture
def danish(qapp: QApplication) -> Iterator[None]:
    install_translations(qapp, "da")
    yield
    install_translations(qapp, "en")


def test_the_window_speaks_danish(qtbot, demo_db, danish, open_meeting) -> None:
    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&Filer", "R&ediger", "&Møde", "&Personer", "&Indstillinger", "&Hjælp"]
    open_meeting(window, 1)
    assert "Generalforsamling" in window.page.facts.text()
    assert window.page.form.capacity.specialValueText() == "Ingen grænse"


def test_stretched_strings_still_fit_the_details_form(qtbot, demo_db, qapp, monkeypatch, open_meeting) -> None:
    monkeypatch.setenv("KLIMAMOEDER_STRETCH", "1")
    install_translations(qapp, "en")
    try:
        window = MainWindow(demo_db)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        open_meeting(window, 1)
        window.page.tabs.setCurrentWidget(window.page.form)  # the checklist comes first
        qapp.processEvents()
        form = window.page.form
        labels = [label for label in form.findChildren(QLabel) if label.isVisible() and label.text()]
        assert any("·" in label.text() for label in labels)
        clipped = [label.text() for label in labels
                   if not label.wordWrap() and label.width() < label.sizeHint().width()]
        assert clipped == []
        viewport = form.body.parentWidget()
        assert form.body.minimumSizeHint().width() <= viewport.width()
    finally:
        monkeypatch.delenv("KLIMAMOEDER_STRETCH")
        install_translations(qapp, "en")
