"""Import participants from CSV or XLSX: file → preview → columns → check → import.

Reading, checking (a dry run of the whole import) and importing run in the background. The
check page lists every bad row with line, column, value and reason; if there are any, the import
is possible only after ticking "Import only the valid rows", so nothing half-right slips in.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ..model import RegistrationStatus
from ..services import participant_import as importer
from ..services.import_review import Review
from ..services.participant_import import ImportResult, RowProblem, Table
from ..services.progress import Progress
from ..storage import Database
from .events import events
from .import_review_tabs import ReviewTabs
from .labels import label
from .row_table import ColumnSpec, RowTableModel
from .tasks import Task, error_text, run_task

PREVIEW_ROWS = 20


class ImportParticipantsWizard(QWizard):
    def __init__(self, db: Database, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.meeting_id = db, meeting_id
        self.table: Table | None = None
        self.mapping: list[str | None] = []
        self.check_result: ImportResult | None = None
        self.problems: tuple[RowProblem, ...] = ()
        self.result: ImportResult | None = None
        self.default_status = RegistrationStatus.REGISTERED
        self.decisions = importer.Decisions()
        self.setWindowTitle(self.tr("Import participants"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.file_page = FilePage(self)
        self.preview_page = PreviewPage(self)
        self.mapping_page = MappingPage(self)
        self.check_page = CheckPage(self)
        self.import_page = ImportPage(self)
        for page in (self.file_page, self.preview_page, self.mapping_page, self.check_page, self.import_page):
            self.addPage(page)
        self.resize(820, 560)


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportParticipantsWizard) -> None:
        super().__init__()
        self.w = wizard
        self.task: Task | None = None
        self.loaded_path = ""
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(self.tr("A CSV file (as Excel saves it: any encoding, semicolons or commas) or an Excel "
                                 "workbook (.xlsx). The first row must hold the column names."))
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("deltagere.xlsx"))
        self.path.editingFinished.connect(lambda: self.load(self.path.text()))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self.browse)
        self.status = QLabel()
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.path)
        row.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addStretch()

    def browse(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import participants"), "", self.tr("Participant lists (*.csv *.xlsx *.txt);;All files (*)"))
        if path:
            self.path.setText(path)
            self.load(path)

    def load(self, text: str) -> None:
        # editingFinished also fires when the field loses focus (e.g. on Next): read a file once.
        if text.strip() == self.loaded_path:
            return
        self.loaded_path = text.strip()
        path = Path(text.strip())
        self.w.table = None
        self.completeChanged.emit()
        if not text.strip():
            return
        self.status.setText(self.tr("Reading {name}…").format(name=path.name))

        def work(_progress: Progress) -> Table:
            return importer.read_table(path)  # streamed and bounded: never the whole file first

        self.task = run_task(self, self.tr("Reading the file"), work, self._loaded, self._failed, show_dialog=False)

    def _loaded(self, table: Table) -> None:
        self.w.table = table
        self.w.mapping = importer.guess_mapping(table.headers, table)
        kind = "Excel" if table.kind == "xlsx" else f"CSV, {table.encoding}, '{table.delimiter}'".replace("\t", "tab")
        found = self.tr("{rows} rows and {columns} columns found ({kind}).").format(
            rows=len(table.rows), columns=len(table.headers), kind=kind)
        self.status.setText(found)
        self.completeChanged.emit()

    def _failed(self, error: BaseException) -> None:
        self.status.setText(error_text(error))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.w.table is not None


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportParticipantsWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(self.tr("The first rows of the file, as they were read."))
        self.grid = QTableWidget()
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout = QVBoxLayout(self)
        layout.addWidget(self.grid)

    def initializePage(self) -> None:
        table = self.w.table
        assert table is not None
        rows = table.rows[:PREVIEW_ROWS]
        self.grid.clear()
        self.grid.setColumnCount(len(table.headers))
        self.grid.setRowCount(len(rows))
        self.grid.setHorizontalHeaderLabels(list(table.headers))
        self.grid.setVerticalHeaderLabels([str(line) for line, _cells in rows])
        for r, (_line, cells) in enumerate(rows):
            for c, value in enumerate(cells[:len(table.headers)]):
                self.grid.setItem(r, c, QTableWidgetItem(value))
        self.grid.resizeColumnsToContents()


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportParticipantsWizard) -> None:
        super().__init__()
        self.w = wizard
        self.combos: list[QComboBox] = []
        self.setTitle(self.tr("Columns"))
        self.setSubTitle(self.tr("What each column of the file holds. The guesses come from the column names; "
                                 "choose “Do not import” for columns you do not need."))
        self.inner = QWidget()
        self.grid = QGridLayout(self.inner)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.inner)
        self.warning = QLabel()
        self.warning.setStyleSheet("color: #a11;")
        self.default_status = QComboBox()
        for status in (RegistrationStatus.REGISTERED, RegistrationStatus.INVITED):
            self.default_status.addItem(label(status), status)
        self.default_status.currentIndexChanged.connect(
            lambda _i: setattr(self.w, "default_status", self.default_status.currentData()))
        status_row = QHBoxLayout()
        status_row.addWidget(QLabel(self.tr("People without a status in the file are:")))
        status_row.addWidget(self.default_status)
        status_row.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addLayout(status_row)
        layout.addWidget(self.warning)

    def initializePage(self) -> None:
        table = self.w.table
        assert table is not None
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()
        self.combos = []
        for column, text in enumerate((self.tr("Column in the file"), self.tr("Example"), self.tr("Field"))):
            title = QLabel(f"<b>{text}</b>")
            self.grid.addWidget(title, 0, column)
        for index, header in enumerate(table.headers):
            example = next((cells[index] for _line, cells in table.rows if index < len(cells) and cells[index]), "")
            sample = QLabel(example[:60])
            sample.setTextFormat(Qt.TextFormat.PlainText)
            name = QLabel(header)
            name.setTextFormat(Qt.TextFormat.PlainText)
            combo = QComboBox()
            combo.addItem(self.tr("Do not import"), None)
            for field in importer.FIELDS:
                combo.addItem(importer.field_label(field), field)
            combo.setCurrentIndex(max(0, combo.findData(self.w.mapping[index])))
            combo.currentIndexChanged.connect(self._changed)
            self.combos.append(combo)
            self.grid.addWidget(name, index + 1, 0)
            self.grid.addWidget(sample, index + 1, 1)
            self.grid.addWidget(combo, index + 1, 2)
        self.grid.setColumnStretch(1, 1)
        self.grid.setRowStretch(len(table.headers) + 1, 1)
        self._changed()

    def _changed(self, *_args: object) -> None:
        self.w.mapping = [combo.currentData() for combo in self.combos]
        fields = [m for m in self.w.mapping if m]
        if not {"name", "first_name", "last_name"} & set(fields):
            self.warning.setText(self.tr("Choose the column with the name (or first and last name)."))
        elif len(fields) != len(set(fields)):
            self.warning.setText(self.tr("Each field can come from one column only."))
        else:
            self.warning.clear()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self.warning.text()


class CheckPage(QWizardPage):
    """Bad rows, people the file may duplicate (merge / keep both), known people whose details differ
    (update / keep) and formula-like cells, each in its own tab; changing a choice checks again."""

    def __init__(self, wizard: ImportParticipantsWizard) -> None:
        super().__init__()
        self.w = wizard
        self.task: Task | None = None
        self.setTitle(self.tr("Check"))
        self.setSubTitle(self.tr("Every row is checked before anything is saved."))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.review = ReviewTabs(self)
        self.review.decisions_changed.connect(self._recheck_soon)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)
        self._timer.timeout.connect(self.initializePage)
        self.problems: RowTableModel[RowProblem] = RowTableModel([
            ColumnSpec(self.tr("Line"), lambda p: str(p.line), lambda p: p.line, align_right=True),
            ColumnSpec(self.tr("Column"), lambda p: p.column, lambda p: p.column),
            ColumnSpec(self.tr("Value"), lambda p: p.value, lambda p: p.value),
            ColumnSpec(self.tr("Problem"), lambda p: p.reason, lambda p: p.reason),
        ], self)
        self.view = QTableView()
        self.view.setModel(self.problems)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.setColumnWidth(0, 60)
        self.view.setColumnWidth(1, 140)
        self.view.setColumnWidth(2, 200)
        self.view.setTabKeyNavigation(False)
        self.review.add_problems(self.view)
        self.valid_only = QCheckBox()
        self.valid_only.toggled.connect(self.completeChanged)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.review, 1)
        layout.addWidget(self.valid_only)
        layout.addStretch(0)  # keeps the summary at the top while there is nothing to list

    def _recheck_soon(self) -> None:
        self.w.decisions = self.review.decisions()
        self._timer.start()

    def initializePage(self) -> None:
        table, mapping, status = self.w.table, list(self.w.mapping), self.w.default_status
        decisions = self.w.decisions
        assert table is not None
        if self.task is not None:
            self.task.cancel()
        self.w.check_result, self.w.problems = None, ()
        self.problems.set_rows([])
        keep_valid_only = self.valid_only.isChecked()
        self.valid_only.hide()
        self.summary.setText(self.tr("Checking {rows} rows…").format(rows=len(table.rows)))
        self.completeChanged.emit()

        def work(progress: Progress) -> ImportResult | importer.ImportFailed:
            try:
                return importer.import_participants(self.w.db, self.w.meeting_id, table, mapping, dry_run=True,
                                                    valid_rows_only=True, default_status=status, progress=progress,
                                                    decisions=decisions)
            except importer.ImportFailed as error:  # no valid row at all: a result to show, not an error
                return error

        self.valid_only.setChecked(keep_valid_only)

        self.task = run_task(self, self.tr("Checking the rows"), work, self._checked, self._failed)

    def _checked(self, result: ImportResult | importer.ImportFailed) -> None:
        self.task = None
        problems = result.problems
        self.w.problems = problems
        self.problems.set_rows(list(problems))
        if isinstance(result, importer.ImportFailed):
            self.review.show_review(problems, Review(), self.w.decisions)
            self.summary.setText(result.message)
            self.completeChanged.emit()
            return
        self.w.check_result = result
        self.review.show_review(problems, result.review, self.w.decisions)
        text = self.tr("{rows} rows can be imported: {created} new people, {matched} already known (matched by "
                       "e-mail); {waitlisted} will go on the wait list.").format(
            rows=result.rows_imported, created=result.people_created, matched=result.people_matched - result.merged,
            waitlisted=result.waitlisted)
        for extra in self.review.summary_lines(result):
            text += "\n" + extra
        if problems:
            text += "\n" + self.tr("{bad} rows have problems (listed below). As it is, the file imports nothing: "
                                   "correct the file, or import only the valid rows.").format(bad=result.rows_skipped)
            self.valid_only.setText(self.tr("Import only the {rows} valid rows and skip the {bad} bad ones").format(
                rows=result.rows_imported, bad=result.rows_skipped))
            self.valid_only.show()
        self.summary.setText(text)
        self.completeChanged.emit()

    def _failed(self, error: BaseException) -> None:
        self.task = None
        self.summary.setText(error_text(error))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        if self.w.check_result is None or self.task is not None:
            return False
        return not self.w.problems or self.valid_only.isChecked()


class ImportPage(QWizardPage):
    def __init__(self, wizard: ImportParticipantsWizard) -> None:
        super().__init__()
        self.w = wizard
        self.task: Task | None = None
        self.setTitle(self.tr("Import"))
        self.setFinalPage(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addStretch()

    def initializePage(self) -> None:
        table, mapping, status = self.w.table, list(self.w.mapping), self.w.default_status
        assert table is not None
        valid_only = bool(self.w.problems)
        self.w.result = None
        self.status.setText(self.tr("Importing…"))
        self.w.button(QWizard.WizardButton.BackButton).setEnabled(False)

        decisions = self.w.decisions

        def work(progress: Progress) -> ImportResult:
            return importer.import_participants(self.w.db, self.w.meeting_id, table, mapping,
                                                valid_rows_only=valid_only, default_status=status,
                                                progress=progress, decisions=decisions)

        self.task = run_task(self, self.tr("Importing participants"), work, self._done, self._failed)

    def _done(self, result: ImportResult) -> None:
        self.w.result = result
        self.status.setText(self.tr(
            "Imported {rows} rows: {created} new people, {matched} matched by e-mail; {added} registrations added, "
            "{updated} updated, {waitlisted} on the wait list.").format(
            rows=result.rows_imported, created=result.people_created, matched=result.people_matched - result.merged,
            added=result.registrations_created, updated=result.registrations_updated, waitlisted=result.waitlisted))
        if result.merged or result.people_updated:
            self.status.setText(self.status.text() + "\n" + self.tr(
                "{merged} merged with people already known; {updated} known people updated from the file.").format(
                merged=result.merged, updated=result.people_updated))
        if result.promoted:
            self.status.setText(self.status.text() + "\n" + self.tr("Moved up from the wait list: {names}").format(
                names=", ".join(result.promoted)))
        events.changed.emit("registrations", self.w.meeting_id)
        events.changed.emit("people", None)
        self.completeChanged.emit()

    def _failed(self, error: BaseException) -> None:
        self.status.setText(self.tr("Nothing was imported: {reason}").format(reason=error_text(error)))
        self.w.button(QWizard.WizardButton.BackButton).setEnabled(True)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.w.result is not None
