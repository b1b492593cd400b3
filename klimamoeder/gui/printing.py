"""Printing a PDF exactly: actual size, full page, in the background.

Two paths, both at 100 % with the page's top-left corner on the paper's top-left corner,
so cut marks and labels land where the PDF puts them:
- **Vector**: where the platform takes PDF itself (CUPS on Linux and macOS, a named
  printer), the PDF's own bytes go to `lp` with scaling switched off. Fonts stay fonts,
  and 46 sign-in pages are a 150 KB job rather than 30 MB of pictures.
- **Raster at the printer's resolution**: anywhere else (Windows, or Qt's PDF-file
  printer), each page is rendered at the printer's own resolution and drawn at actual
  size on a full-page printer. It is rendered in strips, so a 1200 dpi page never needs a
  half-gigabyte picture.
Both run in a background task (`gui/tasks.py`) with progress and cancel; the work touches
no widget and creates its own `QPdfDocument` (QPainter on a QPrinter is allowed off the GUI
thread; a QObject made on the GUI thread is not for a worker to use).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRect, QRectF, QSize, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import QPrinter

from ..i18n import translate
from ..progress import Progress

STRIP_PIXELS = 600  # rows rendered at a time: bounded memory at any resolution


@dataclass(frozen=True)
class PrintJob:
    """What the print dialog decided, as plain values a worker thread may read."""

    copies: int = 1
    pages: tuple[int, ...] = ()  # 1-based page numbers to print; empty: all
    printer_name: str = ""
    to_file: str = ""  # Qt's PDF-file printer: its output file
    fit: bool = False  # scale into the printable area (never for badges and sign-in sheets)


def job_from(printer: QPrinter, page_count: int, fit: bool = False) -> PrintJob:
    """Read the dialog's choices off the printer (on the GUI thread)."""
    ranges = printer.pageRanges()
    pages: tuple[int, ...] = ()
    if not ranges.isEmpty():
        pages = tuple(n for n in range(1, page_count + 1) if ranges.contains(n))
    elif printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        pages = tuple(range(printer.fromPage(), min(max(printer.toPage(), printer.fromPage()), page_count) + 1))
    to_file = printer.outputFileName() if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat else ""
    return PrintJob(max(1, printer.copyCount()), pages, printer.printerName(), to_file, fit)


def takes_pdf(job: PrintJob) -> bool:
    """True where the PDF itself can go to the printer: CUPS (Linux, macOS) and a named printer."""
    return (not job.to_file and bool(job.printer_name) and sys.platform != "win32"
            and shutil.which("lp") is not None)


def lp_command(job: PrintJob) -> list[str]:
    """`lp` for the job: the PDF on standard input, at 100 % (no fit-to-page), copies and pages as chosen."""
    scaling = ["-o", "fit-to-page"] if job.fit else ["-o", "print-scaling=none", "-o", "fit-to-page=false"]
    command = ["lp", "-d", job.printer_name, "-n", str(job.copies), *scaling]
    if job.pages:
        command += ["-P", _ranges(job.pages)]
    return [*command, "--", "-"]


def _ranges(pages: tuple[int, ...]) -> str:
    """`1-3,5` from (1, 2, 3, 5)."""
    parts: list[str] = []
    start = previous = pages[0]
    for page in (*pages[1:], None):
        if page is not None and page == previous + 1:
            previous = page
            continue
        parts.append(str(start) if start == previous else f"{start}-{previous}")
        if page is not None:
            start = previous = page
    return ",".join(parts)


def send_pdf(pdf: bytes, job: PrintJob, progress: Progress) -> str:
    """The vector path: hand the PDF to CUPS. Returns what `lp` said (the job id)."""
    progress.step(0, 1, translate("Printing", "Sending the document to the printer…"))
    result = subprocess.run(lp_command(job), input=pdf, capture_output=True, timeout=120, check=False)
    if result.returncode != 0:
        message = result.stderr.decode("utf-8", "replace").strip().splitlines()
        raise OSError(translate("Printing", "The printer did not take the document: {reason}").format(
            reason=message[-1] if message else result.returncode))
    progress.step(1, 1)
    return result.stdout.decode("utf-8", "replace").strip()


def print_job(pdf: bytes, printer: QPrinter, job: PrintJob, progress: Progress) -> int:
    """Print by the path the platform allows; the number of pages drawn (0: the PDF went to CUPS)."""
    if takes_pdf(job):
        send_pdf(pdf, job, progress)
        return 0
    return render_pages(pdf, printer, job, progress)


def _load(pdf: bytes) -> tuple[QPdfDocument, QBuffer]:
    document = QPdfDocument()
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    return document, buffer


def prepare(printer: QPrinter, page_points: QSizeF, fit: bool = False) -> None:
    """Paper the size of the PDF's page. At actual size: full page, no margins, so the painter's origin is
    the paper's corner. To fit: the printer's own margins, the page scaled into them."""
    orientation = (QPageLayout.Orientation.Landscape if page_points.width() > page_points.height()
                   else QPageLayout.Orientation.Portrait)
    portrait = QSizeF(min(page_points.width(), page_points.height()), max(page_points.width(),
                                                                          page_points.height()))
    size = QPageSize(portrait, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    printer.setFullPage(not fit)
    margins = printer.pageLayout().margins(QPageLayout.Unit.Point) if fit else QMarginsF(0, 0, 0, 0)
    printer.setPageLayout(QPageLayout(size, orientation, margins, QPageLayout.Unit.Point))


def render_pages(pdf: bytes, printer: QPrinter, job: PrintJob, progress: Progress) -> int:
    """The raster path: every chosen page at the printer's resolution, actual size, strip by strip.

    Returns the number of pages printed. Runs in the task's thread.
    """
    document, buffer = _load(pdf)
    try:
        count = document.pageCount()
        pages = [p for p in (job.pages or range(1, count + 1)) if 1 <= p <= count]
        if not pages:
            raise OSError(translate("Printing", "The chosen pages are not in the document."))
        prepare(printer, document.pagePointSize(pages[0] - 1), job.fit)
        copies = 1 if printer.supportsMultipleCopies() else job.copies
        dpi = printer.resolution()
        total = len(pages) * copies
        painter = QPainter()
        if not painter.begin(printer):
            raise OSError(translate("Printing", "The printer could not be started."))
        try:
            done = 0
            for _copy in range(copies):
                for page in pages:
                    progress.step(done, total, translate("Printing", "Printing page {page} of {count}…").format(
                        page=page, count=count))
                    if done:
                        prepare(printer, document.pagePointSize(page - 1), job.fit)
                        printer.newPage()
                    _draw_page(document, page - 1, painter, dpi, progress, job.fit)
                    done += 1
        finally:
            painter.end()
        return total
    finally:
        document.close()
        buffer.close()


def _draw_page(document: QPdfDocument, index: int, painter: QPainter, dpi: int, progress: Progress,
               fit: bool) -> None:
    """One page in strips: at actual size each rendered pixel is one printer pixel from the paper's corner."""
    points = document.pagePointSize(index)
    width, height = round(points.width() / 72 * dpi), round(points.height() / 72 * dpi)
    scale = 1.0
    if fit:
        device = painter.device()
        scale = min(device.width() / width, device.height() / height)
    for top in range(0, height, STRIP_PIXELS):
        if progress.cancelled:
            progress.step(0, 0)  # raises Cancelled
        strip = min(STRIP_PIXELS, height - top)
        if strip < 2:  # a one-row strip cannot be rendered exactly (see `_strip_options`); it is blank margin
            break
        image = document.render(index, QSize(width, strip), _strip_options(width, height, top, strip))
        painter.drawImage(QRectF(0, top * scale, width * scale, strip * scale), image)


def _strip_options(width: int, height: int, top: int, strip: int) -> QPdfDocumentRenderOptions:
    """Render options for rows `top`..`top + strip` of the page rendered `width` × `height` pixels.

    QtPdf builds its matrix from `QRect.right() - left()`, which is one less than the width, divided
    by the image's width: the strip would come out scaled by (n - 1) / n, 0.2 % short for 600 rows,
    a millimetre at the foot of an A4 page. The scaled size asked for is enlarged by n / (n - 1) so
    the pixels land exactly where a whole-page rendering puts them.
    """
    options = QPdfDocumentRenderOptions()
    options.setScaledSize(QSize(round(width * width / (width - 1)), round(height * strip / (strip - 1))))
    options.setScaledClipRect(QRect(0, top, width, strip))
    return options
