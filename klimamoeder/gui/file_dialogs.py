"""Choosing where to save: the platform's own dialog, which asks before it replaces a file.

Nothing may write over an existing file the user was not asked about. The dialog asks, but
only about the name it returns: a suffix added afterwards (`list` → `list.pdf`) or a name
typed into a text field bypasses it. So the suffix is the dialog's default suffix, and a
typed name is confirmed with `confirm_replace` before anything is written.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget


def ask_save_path(parent: QWidget | None, title: str, suggested: str, filters: str, suffix: str) -> Path | None:
    """A file name to save to (the dialog asked if it exists), with `suffix` added when none was typed."""
    dialog = QFileDialog(parent, title, suggested, filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setDefaultSuffix(suffix)
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return None
    return Path(dialog.selectedFiles()[0])


def confirm_replace(parent: QWidget | None, title: str, path: Path) -> bool:
    """True if `path` is new, or the user agreed to replace it (for names typed, not chosen in a dialog)."""
    if not path.exists():
        return True
    box = QMessageBox(QMessageBox.Icon.Question, title, QCoreApplication.translate(
        "Files", "{name} already exists. Replace it?").format(name=path.name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    # The folder on a line of its own: inside the sentence a long path wraps at its slashes.
    box.setInformativeText(QCoreApplication.translate("Files", "Folder: {folder}").format(folder=path.parent))
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes
