"""The invitation as its readers will see it: the letter and the calendar entry, one tab per reader language.

Built in the background by `services.invite_rehearsal.previews` with the real send's code; the
calendar entry is what a calendar reads back from the .ics (title, time, place, organiser, text).
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..services.invite_rehearsal import InvitePreview, previews
from ..storage import Database
from .tasks import LatestLoad, error_text


class _LanguagePreview(QWidget):
    """One reader language: subject, letter, calendar entry, and (on request) the calendar file itself."""

    def __init__(self, preview: InvitePreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        subject = QLabel(preview.subject)
        subject.setTextFormat(Qt.TextFormat.PlainText)
        subject.setWordWrap(True)
        subject.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        shown_for = QLabel(self.tr("Shown as {name} gets it; each person is greeted by name.").format(
            name=preview.recipient))
        shown_for.setTextFormat(Qt.TextFormat.PlainText)
        shown_for.setWordWrap(True)
        self.letter = QTextBrowser()
        self.letter.setHtml(preview.html)
        self.letter.setOpenLinks(False)
        self.letter.setTabChangesFocus(True)
        self.entry = QTextBrowser()
        self.entry.setHtml(self._entry_html())
        self.entry.setTabChangesFocus(True)
        self.raw = QPlainTextEdit(preview.ics)
        self.raw.setReadOnly(True)
        self.raw.setTabChangesFocus(True)
        self.raw.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.raw.hide()
        self.show_raw = QCheckBox(self.tr("Show the calendar &file as sent (.ics)"))
        self.show_raw.toggled.connect(self.raw.setVisible)
        letter_box = QWidget()
        letter_layout = QVBoxLayout(letter_box)
        letter_layout.setContentsMargins(0, 0, 0, 0)
        letter_layout.addWidget(QLabel(self.tr("<b>Message</b>")))
        letter_layout.addWidget(self.letter, 1)
        entry_box = QWidget()
        entry_layout = QVBoxLayout(entry_box)
        entry_layout.setContentsMargins(0, 0, 0, 0)
        entry_layout.addWidget(QLabel(self.tr("<b>Calendar entry</b>")))
        entry_layout.addWidget(self.entry, 1)
        entry_layout.addWidget(self.show_raw)
        entry_layout.addWidget(self.raw, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(letter_box)
        split.addWidget(entry_box)
        split.setChildrenCollapsible(False)
        form = QFormLayout()
        form.addRow(self.tr("Subject:"), subject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(shown_for)
        layout.addWidget(split, 1)

    def _entry_html(self) -> str:
        event, e = self.preview.event, html.escape
        rows = [(self.tr("Title"), event.summary), (self.tr("When"), event.when), (self.tr("Where"), event.where),
                (self.tr("Organiser"), event.organiser)]
        cells = "".join(f"<tr><th align='left' valign='top'>{e(k)}&nbsp;</th><td>{e(v)}</td></tr>"
                        for k, v in rows if v)
        description = e(event.description).replace("\n", "<br>")
        return f"<table cellspacing='0' cellpadding='2'>{cells}</table><p>{description}</p>"


class InvitePreviewPane(QWidget):
    """Tabs per reader language; `set_language(None|'da'|'en')` picks the calendar entry's language."""

    loaded = Signal()

    def __init__(self, db: Database, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.meeting_id = db, meeting_id
        self.event_language: str | None = None
        self.previews: list[InvitePreview] = []
        self.status = QLabel(self.tr("Preparing the preview…"))
        self.status.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.status)
        layout.addWidget(self.tabs, 1)
        self._loader = LatestLoad(self, self.tr("Preparing the preview"), lambda _p: [], self._apply, self._failed)
        self.reload()  # built when the preview is first shown

    def set_language(self, language: str | None) -> None:
        self.event_language = language
        self.reload()

    def reload(self) -> None:
        db, meeting, language = self.db, self.meeting_id, self.event_language
        self._loader.work = lambda _progress: previews(db, meeting, language)
        self._loader.request()

    def current_language(self) -> str | None:
        widget = self.tabs.currentWidget()
        return widget.preview.language if isinstance(widget, _LanguagePreview) else None

    def _apply(self, found: list[InvitePreview]) -> None:
        chosen = self.current_language()
        self.previews = found
        self.tabs.clear()
        for preview in found:
            name = "Dansk" if preview.language == "da" else "English"
            people = self.tr("1 person") if preview.people == 1 else self.tr("{n} people").format(n=preview.people)
            self.tabs.addTab(_LanguagePreview(preview), f"{name}: {people}")
            if preview.language == chosen:
                self.tabs.setCurrentIndex(self.tabs.count() - 1)
        self.status.setText(self.tr("Each person's message is in their own language; the calendar entry is the "
                                    "same for everyone."))
        self.loaded.emit()

    def _failed(self, error: BaseException) -> None:
        self.tabs.clear()
        self.status.setText(error_text(error))
        self.loaded.emit()
