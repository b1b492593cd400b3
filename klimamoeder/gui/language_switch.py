"""Settings → Language takes effect at once, without a restart.

Every text of the window is set when its widget is built, so the window is built again in the new
language (Qt's and our catalogue installed first, and the locale that writes the dates), placed
where the old one was, on the same meeting and tab; then the old one closes. What the user saved
is in the database, what was typed in the details and not yet saved is shown again (still unsaved); only
the undo history of this session starts afresh, and the status bar says so.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from .. import settings

if TYPE_CHECKING:
    from .main_window import MainWindow

_windows: list[MainWindow] = []  # the window built here, kept alive (it has no parent)


def switch_language(window: MainWindow, language: str) -> MainWindow:
    from .app import install_translations
    from .main_window import MainWindow

    settings.update(language=language)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_translations(app, language)
    meeting_id = window.meeting_id
    tab = window.page.tabs.currentIndex() if meeting_id is not None else 0
    had_history = any(stack.count() for stack in window._stacks.values())
    edits = window.page.form.unsaved_input() if meeting_id is not None else None
    replacement = MainWindow(window.db)
    if edits is not None:  # typed but not saved: shown again once the new window has read the meeting
        form = replacement.page.form

        def restore() -> None:
            replacement.page.loaded.disconnect(restore)
            form.show_edits(edits)

        replacement.page.loaded.connect(restore)
    replacement.setGeometry(window.geometry())
    replacement.splitter.restoreState(window.splitter.saveState())
    if window.isMaximized():
        replacement.showMaximized()
    else:
        replacement.show()
    if meeting_id is not None and replacement.select_meeting(meeting_id):
        replacement.page.tabs.setCurrentIndex(tab)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.close()
    _windows[:] = [replacement]
    message = QCoreApplication.translate("LanguageSwitch", "Language changed.")
    if had_history:
        message += " " + QCoreApplication.translate("LanguageSwitch", "Your changes are saved; undo starts afresh.")
    replacement.statusBar().showMessage(message, 8000)
    return replacement
