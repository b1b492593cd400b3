"""Print preview: choose a document and its options, see the real PDF, print or save it.

The PDF is built off the GUI thread (`run_task`) by the same services the CLI uses, and
shown with QtPdf, so what the user sees is byte for byte what gets printed or saved.
Printing is exact (`gui/printing.py`): the PDF itself to CUPS where the platform takes
it, otherwise rendered at the printer's resolution at actual size, in the background
with progress and cancel. Names no bundled font can draw are reported before printing.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QImage
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..safe_files import OutputRefused, write_file
from ..services import attendance
from ..services.checklist import PRINTED, SAVED, record_output
from ..services.documents import DOCUMENTS, document_pdf, meeting_language, unprintable
from ..services.progress import Progress
from ..storage import Database
from .file_dialogs import ask_save_path
from .print_options import DocumentOptions
from .printing import job_from, print_job
from .tasks import Task, run_task, show_error


def load_pdf(pdf: bytes, document: QPdfDocument) -> QBuffer:
    """Load `pdf` into `document`; keep the returned buffer alive as long as the document."""
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    return buffer


def render_first_page_png(pdf_bytes: bytes, width: int = 800) -> QImage:
    """The first page as an image `width` pixels wide (a null image if the PDF cannot be read)."""
    document = QPdfDocument()
    buffer = load_pdf(pdf_bytes, document)
    try:
        if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
            return QImage()
        size = document.pagePointSize(0)
        return document.render(0, QSize(width, round(width * size.height() / size.width())))
    finally:
        document.close()
        buffer.close()


def render_self_test_page(db: Database, meeting_id: int) -> QImage:
    """For `--self-test`: the programme's first page, through the same path as the preview."""
    return render_first_page_png(document_pdf(db, meeting_id, "programme", "da"))


class PrintDialog(QDialog):
    """The print preview of one meeting's documents.

    `generated(pages)` is emitted each time a fresh PDF is in the preview; `printed(pages)`
    when a print job has been handed over (pages drawn, or 0 for a PDF sent to CUPS).
    """

    generated = Signal(int)
    printed = Signal(int)

    def __init__(self, db: Database, meeting_id: int, document: str = "programme",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.meeting_id = db, meeting_id
        self.pdf_bytes: bytes = b""
        self.warnings: list[str] = []
        self.task: Task | None = None
        self.print_task: Task | None = None
        self._printer: QPrinter | None = None
        self._pending = False
        self._buffer: QBuffer | None = None
        self.setWindowTitle(self.tr("Print"))
        self.resize(1140, 820)

        self.document_combo = QComboBox()
        names = {"programme": self.tr("Programme"), "participants": self.tr("Participant list"),
                 "sign_in": self.tr("Sign-in sheets"), "badges": self.tr("Name badges"),
                 "name_cards": self.tr("Name cards")}
        for key in DOCUMENTS:
            self.document_combo.addItem(names[key], key)
        self.document_combo.setCurrentIndex(max(self.document_combo.findData(document), 0))
        self.language_combo = QComboBox()
        self.language_combo.addItem("Dansk", "da")
        self.language_combo.addItem("English", "en")
        # The meeting's own language unless the user picks another for this document.
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(meeting_language(db, meeting_id))))
        form = QFormLayout()
        form.addRow(self.tr("&Document:"), self.document_combo)
        form.addRow(self.tr("&Language:"), self.language_combo)

        self.options = DocumentOptions(attendance.meeting_day_list(db, meeting_id))
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        side = QVBoxLayout()
        side.addLayout(form)
        side.addWidget(self.options)
        side.addStretch(1)
        side.addWidget(self.status_label)
        side_widget = QWidget()
        side_widget.setLayout(side)
        scroll = QScrollArea()
        scroll.setWidget(side_widget)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMaximumWidth(430)
        scroll.setMinimumWidth(330)

        self.pdf_document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.pdf_document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        body = QHBoxLayout()
        body.addWidget(scroll)
        body.addWidget(self.view, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.save_button = QPushButton(self.tr("Sa&ve as PDF…"))  # Alt+S is the options' "Scaling"
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_as)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)  # a burst of ticks is one rebuild
        self._timer.timeout.connect(self.generate)
        for combo in (self.document_combo, self.language_combo):
            combo.currentIndexChanged.connect(self._options_changed)
        self.options.changed.connect(self._options_changed)
        self.options.set_document(self.document)
        self._set_ready(False)
        QTimer.singleShot(0, self.generate)

    # --- choices ---------------------------------------------------------------------

    @property
    def document(self) -> str:
        return str(self.document_combo.currentData())

    @property
    def language(self) -> str:
        return str(self.language_combo.currentData())

    # Kept for callers and tests that reach the list options directly.
    @property
    def group_check(self) -> object:
        return self.options.group_check

    @property
    def column_checks(self) -> object:
        return self.options.column_checks

    def _options_changed(self, *_args: object) -> None:
        self.options.set_document(self.document)
        self._timer.start()

    # --- generation ------------------------------------------------------------------

    def generate(self) -> None:
        """Build the chosen PDF in the background; a change meanwhile rebuilds once it is done."""
        if self.task is not None:
            self._pending = True
            return
        self._set_ready(False)
        self.status_label.setText(self.tr("Preparing the document…"))
        db, meeting, document, language = self.db, self.meeting_id, self.document, self.language
        choice = self.options.choice()

        def work(progress: Progress) -> tuple[bytes, list[str]]:
            return (document_pdf(db, meeting, document, language, choice, progress),
                    unprintable(db, meeting, document, choice))

        self.task = run_task(self, self.tr("Preparing the document"), work, self._show, self._failed)
        self.task.finished.connect(self._task_finished)

    def _task_finished(self) -> None:
        """Success, failure or cancel: the next rebuild may start (a change meanwhile starts it now)."""
        cancelled = self.task is not None and self.task.was_cancelled
        self.task = None
        if self._pending:
            self._pending = False
            self.generate()
        elif cancelled:
            self.status_label.setText(self.tr("Cancelled. Change a choice to prepare the document again."))

    def _show(self, result: tuple[bytes, list[str]]) -> None:
        if self._pending:  # already out of date: the rebuild follows
            return
        self.pdf_bytes, self.warnings = result
        self.pdf_document.close()
        if self._buffer is not None:
            self._buffer.close()
        self._buffer = load_pdf(self.pdf_bytes, self.pdf_document)
        pages = self.pdf_document.pageCount()
        text = self.tr("1 page") if pages == 1 else self.tr("{n} pages").format(n=pages)
        if self.warnings:
            text += "\n\n⚠ " + self.tr("Some names cannot be printed with the bundled fonts:") + "\n" + \
                "\n".join(self.warnings[:8])
        self.status_label.setText(text)
        self._set_ready(pages > 0)
        self.generated.emit(pages)

    def _failed(self, error: BaseException) -> None:
        if self._pending:
            return
        self.status_label.setText(self.tr("The document could not be prepared."))
        show_error(self, self.tr("Print"), error)

    def _set_ready(self, ready: bool) -> None:
        self.print_button.setEnabled(ready and self.print_task is None)
        self.save_button.setEnabled(ready)

    def done(self, result: int) -> None:
        """Closing stops a build still running; its result would have nowhere to go."""
        if self.task is not None:
            self.task.progress.cancel()
        self._timer.stop()
        super().done(result)

    # --- output ----------------------------------------------------------------------

    def suggested_file_name(self) -> str:
        """'Programme – WECP Annual General Assembly 2022 – 2022-10-05.pdf': what, the meeting and its date."""
        from ..services.file_names import file_name
        from ..services.meetings import meeting_summary

        names = {"programme": self.tr("Programme"), "participants": self.tr("Participant list"),
                 "sign_in": self.tr("Sign-in sheets"), "badges": self.tr("Name badges"),
                 "name_cards": self.tr("Name cards")}
        meeting = meeting_summary(self.db, self.meeting_id)
        return file_name(names[self.document], meeting.title, meeting.start.date(), "pdf")

    def save_as(self) -> None:
        chosen = ask_save_path(self, self.tr("Save as PDF"), self.suggested_file_name(),
                               self.tr("PDF documents (*.pdf)"), "pdf")  # the dialog asks before replacing
        if chosen is None:
            return
        path = str(chosen)
        try:
            write_file(path, self.pdf_bytes)
        except (OSError, OutputRefused) as error:
            show_error(self, self.tr("Save as PDF"), error)
            return
        record_output(self.db, self.meeting_id, self.document, self.language, SAVED)
        self.status_label.setText(self.tr("Saved to {path}").format(path=path))

    def _confirm_unprintable(self) -> bool:
        if not self.warnings:
            return True
        answer = QMessageBox.warning(
            self, self.tr("Print"),
            self.tr("Some names contain characters no bundled font can draw; they would print as empty boxes:")
            + "\n\n" + "\n".join(self.warnings[:12]) + "\n\n" + self.tr("Print anyway?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def print_document(self) -> None:
        """Print…: the printer's dialog (copies, page range), then the job in the background."""
        if not self._confirm_unprintable():
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.suggested_file_name())
        dialog = QPrintDialog(printer, self)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCollateCopies, True)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintSelection, False)
        dialog.setMinMax(1, self.pdf_document.pageCount())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_with(printer)

    def print_with(self, printer: QPrinter) -> None:
        """Send the previewed PDF to `printer` as the dialog set it up, off the GUI thread."""
        job = job_from(printer, self.pdf_document.pageCount(), fit=self.options.fit_to_page)
        pdf = self.pdf_bytes
        self._printer = printer  # painted from the task's thread: it must outlive the task

        def work(progress: Progress) -> int:
            return print_job(pdf, printer, job, progress)

        self.print_task = run_task(self, self.tr("Printing"), work, self._printed, self._print_failed)
        self.print_task.finished.connect(self._print_finished)
        self._set_ready(True)

    def _printed(self, pages: int) -> None:
        record_output(self.db, self.meeting_id, self.document, self.language, PRINTED)
        self.status_label.setText(self.tr("Sent to the printer.") if pages == 0 else self.tr("Printed."))
        self.printed.emit(pages)

    def _print_failed(self, error: BaseException) -> None:
        show_error(self, self.tr("Print"), error)

    def _print_finished(self) -> None:
        if self.print_task is not None and self.print_task.was_cancelled:
            self.status_label.setText(self.tr("Printing cancelled."))
        self.print_task = None
        self._printer = None
        self._set_ready(self.pdf_document.pageCount() > 0)
