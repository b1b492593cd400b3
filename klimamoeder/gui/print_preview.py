"""Print preview: choose a document and its language, see the real PDF, print or save it.

The PDF is built off the GUI thread (`run_task`) by the same services the CLI uses, and
shown with QtPdf, so what the user sees is byte for byte what gets printed or saved.
Printing renders each page into the printer at up to 300 dpi: sharp on paper without
asking for gigabyte-sized page images from a 1200 dpi driver.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..safe_files import OutputRefused, write_file
from ..services.documents import DOCUMENTS, ListChoice, document_pdf
from ..services.progress import Progress
from ..storage import Database
from .tasks import Task, run_task, show_error

PRINT_DPI_CAP = 300
_OPTIONAL_COLUMNS = ("title", "organisation", "email", "days", "role")


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


def print_pdf(document: QPdfDocument, printer: QPrinter) -> None:
    """Draw the document's pages (the printer's page range, if one was chosen) into `printer`."""
    first, last = 0, document.pageCount() - 1
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = printer.fromPage() - 1
        last = min(max(printer.toPage(), printer.fromPage()) - 1, last)
    dpi = min(printer.resolution(), PRINT_DPI_CAP)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("The printer could not be started.")
    try:
        for index, page in enumerate(range(first, last + 1)):
            if index:
                printer.newPage()
            points = document.pagePointSize(page)
            image = document.render(page, QSize(round(points.width() / 72 * dpi),
                                                round(points.height() / 72 * dpi)))
            target = painter.viewport()
            scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(target.x(), target.y(), scaled.width(), scaled.height()), image)
    finally:
        painter.end()


class PrintDialog(QDialog):
    """The print preview of one meeting's documents.

    `generated(pages)` is emitted each time a fresh PDF is in the preview.
    """

    generated = Signal(int)

    def __init__(self, db: Database, meeting_id: int, document: str = "programme",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.meeting_id = db, meeting_id
        self.pdf_bytes: bytes = b""
        self.task: Task | None = None
        self._pending = False
        self._buffer: QBuffer | None = None
        self.setWindowTitle(self.tr("Print"))
        self.resize(1100, 800)

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
        form = QFormLayout()
        form.addRow(self.tr("&Document:"), self.document_combo)
        form.addRow(self.tr("&Language:"), self.language_combo)

        self.list_options = QGroupBox(self.tr("Who and what"))
        options = QVBoxLayout(self.list_options)
        self.internal = QCheckBox(self.tr("Internal list: everyone registered,\nmarked “not for distribution”"))
        self.internal.setToolTip(self.tr(
            "Without this the list is the one to hand out: only people who agreed to appear on shared lists. "
            "With it, everyone is on it and every page says it is internal."))
        self.group_check = QCheckBox(self.tr("Group by organisation"))
        options.addWidget(self.internal)
        options.addWidget(self.group_check)
        self.columns_label = QLabel(self.tr("Columns besides the name:"))
        options.addWidget(self.columns_label)
        column_names = {"title": self.tr("Title"), "organisation": self.tr("Organisation"),
                        "email": self.tr("E-mail"), "days": self.tr("Days"), "role": self.tr("Role")}
        self.column_checks: dict[str, QCheckBox] = {}
        for key in _OPTIONAL_COLUMNS:
            check = QCheckBox(column_names[key])
            check.setChecked(key in ListChoice().columns)
            self.column_checks[key] = check
            options.addWidget(check)

        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        side = QVBoxLayout()
        side.addLayout(form)
        side.addWidget(self.list_options)
        side.addStretch(1)
        side.addWidget(self.status_label)
        side_widget = QWidget()
        side_widget.setLayout(side)
        side_widget.setMaximumWidth(420)

        self.pdf_document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.pdf_document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        body = QHBoxLayout()
        body.addWidget(side_widget)
        body.addWidget(self.view, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
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
        for check in (self.internal, self.group_check, *self.column_checks.values()):
            check.toggled.connect(self._options_changed)
        self._update_option_state()
        self._set_ready(False)
        QTimer.singleShot(0, self.generate)

    # --- choices ---------------------------------------------------------------------

    @property
    def document(self) -> str:
        return str(self.document_combo.currentData())

    @property
    def language(self) -> str:
        return str(self.language_combo.currentData())

    def choice(self) -> ListChoice:
        columns = ("name", *(key for key, check in self.column_checks.items() if check.isChecked()))
        return ListChoice(columns=columns, group_by_organisation=self.group_check.isChecked(),
                          internal=self.internal.isChecked())

    def _update_option_state(self) -> None:
        self.list_options.setEnabled(self.document in ("participants", "sign_in"))

    def _options_changed(self) -> None:
        self._update_option_state()
        self._timer.start()

    # --- generation ------------------------------------------------------------------

    def generate(self) -> None:
        """Build the chosen PDF in the background; a change meanwhile rebuilds once it is done."""
        if self.task is not None:
            self._pending = True
            return
        self._set_ready(False)
        self.status_label.setText(self.tr("Preparing the document…"))
        db, meeting, document, language, choice = self.db, self.meeting_id, self.document, self.language, \
            self.choice()

        def work(progress: Progress) -> bytes:
            return document_pdf(db, meeting, document, language, choice, progress)

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

    def _show(self, pdf: bytes) -> None:
        if self._pending:  # already out of date: the rebuild follows
            return
        self.pdf_bytes = pdf
        self.pdf_document.close()
        if self._buffer is not None:
            self._buffer.close()
        self._buffer = load_pdf(pdf, self.pdf_document)
        pages = self.pdf_document.pageCount()
        self.status_label.setText(self.tr("%n page(s)", "", pages))
        self._set_ready(pages > 0)
        self.generated.emit(pages)

    def _failed(self, error: BaseException) -> None:
        if self._pending:
            return
        self.status_label.setText(self.tr("The document could not be prepared."))
        show_error(self, self.tr("Print"), error)

    def _set_ready(self, ready: bool) -> None:
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)

    def done(self, result: int) -> None:
        """Closing stops a build still running; its result would have nowhere to go."""
        if self.task is not None:
            self.task.progress.cancel()
        self._timer.stop()
        super().done(result)

    # --- output ----------------------------------------------------------------------

    def suggested_file_name(self) -> str:
        names = {"programme": self.tr("programme"), "participants": self.tr("participants"),
                 "sign_in": self.tr("sign-in-sheet"), "badges": self.tr("badges"), "name_cards": self.tr("name-cards")}
        return f"{names[self.document]}-{self.meeting_id}.pdf"

    def save_as(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"), self.suggested_file_name(),
                                                    self.tr("PDF documents (*.pdf)"))
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            write_file(path, self.pdf_bytes)
        except (OSError, OutputRefused) as error:
            show_error(self, self.tr("Save as PDF"), error)
            return
        self.status_label.setText(self.tr("Saved to {path}").format(path=path))

    def print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.suggested_file_name())
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, self.pdf_document.pageCount())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            print_pdf(self.pdf_document, printer)
        except OSError as error:
            show_error(self, self.tr("Print"), error)
