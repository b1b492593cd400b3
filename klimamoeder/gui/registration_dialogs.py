"""Small dialogs of the registrations tab: pick people, pick an earlier meeting, edit one
registration, choose export columns."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..exports import spreadsheet
from ..model import ParticipantRole, RegistrationStatus
from ..safe_files import write_file
from ..services import meetings, people, registration_export
from ..services.errors import DomainError
from ..services.people import PersonSummary
from ..services.registrations import RegistrationInput, TableRegistration
from ..storage import Database
from .dates import short_date
from .file_dialogs import confirm_replace
from .labels import label
from .registrations_model import day_name
from .row_table import ColumnSpec, RowFilterProxy, RowTableModel
from .tasks import run_task, show_error


class PersonPickerDialog(QDialog):
    """Choose one or more people by typing part of a name, e-mail address or organisation."""

    def __init__(self, db: Database, parent: QWidget | None = None, title: str = "", ok_text: str = "",
                 single: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(title or self.tr("Invite people"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Type a name, e-mail address or organisation…"))
        self.search.setClearButtonEnabled(True)
        self.model: RowTableModel[PersonSummary] = RowTableModel([
            ColumnSpec(self.tr("Name"), lambda p: p.name, lambda p: p.name.casefold()),
            ColumnSpec(self.tr("Organisation"), lambda p: p.organisation, lambda p: p.organisation.casefold()),
            ColumnSpec(self.tr("E-mail"), lambda p: p.email, lambda p: p.email),
        ], self)
        rows = people.find_people(db)
        self.model.set_rows(rows, [f"{p.name} {p.organisation} {p.email}".casefold() for p in rows])
        self.proxy = RowFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.search.textChanged.connect(self.proxy.set_filter_text)
        self.table.doubleClicked.connect(self.accept)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text or self.tr("Invite"))
        if single:
            self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(640, 460)

    def chosen_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.row_at(r).id for r in self.proxy.source_rows(rows)]


class MeetingPickerDialog(QDialog):
    """Choose the earlier meeting whose participants to invite."""

    def __init__(self, db: Database, exclude_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Invite the participants of an earlier meeting"))
        self.combo = QComboBox()
        for m in reversed(meetings.list_meetings(db)):
            if m.id != exclude_id:
                self.combo.addItem(f"{short_date(m.start.date())}  {m.network}  {m.title}", m.id)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Everyone who was registered for this meeting is invited:")))
        layout.addWidget(self.combo)
        layout.addWidget(buttons)

    def chosen_id(self) -> int | None:
        value = self.combo.currentData()
        return int(value) if value is not None else None


class RegistrationDialog(QDialog):
    """Status, role, days, dietary and accessibility needs and notes of one registration."""

    def __init__(self, row: TableRegistration, days: list, parent: QWidget | None = None) -> None:  # type: ignore[type-arg]
        super().__init__(parent)
        self.setWindowTitle(self.tr("Registration of {name}").format(name=row.name))
        self.status = QComboBox()
        for status in RegistrationStatus:
            self.status.addItem(label(status), status)
        self.status.setCurrentIndex(self.status.findData(row.status))
        self.role = QComboBox()
        for role in ParticipantRole:
            self.role.addItem(label(role), role)
        self.role.setCurrentIndex(self.role.findData(row.role))
        self.day_boxes: list[tuple[str, QCheckBox]] = []
        day_row = QHBoxLayout()
        for day in days:
            box = QCheckBox(day_name(day))
            box.setChecked(not row.days or day.isoformat() in row.days)
            self.day_boxes.append((day.isoformat(), box))
            day_row.addWidget(box)
        day_row.addStretch()
        self.dietary = QLineEdit(row.dietary)
        self.accessibility = QLineEdit(row.accessibility)
        self.notes = QPlainTextEdit(row.notes)
        self.notes.setTabChangesFocus(True)
        form = QFormLayout()
        form.addRow(self.tr("&Status:"), self.status)
        form.addRow(self.tr("&Role:"), self.role)
        if len(days) > 1:
            form.addRow(self.tr("Days:"), day_row)
        form.addRow(self.tr("&Dietary needs:"), self.dietary)
        form.addRow(self.tr("&Accessibility:"), self.accessibility)
        form.addRow(self.tr("&Notes:"), self.notes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(460, 360)

    def value(self) -> RegistrationInput:
        chosen = tuple(iso for iso, box in self.day_boxes if box.isChecked())
        return RegistrationInput(status=self.status.currentData(), role=self.role.currentData(),
                                 days=() if len(chosen) == len(self.day_boxes) else chosen,
                                 dietary=self.dietary.text(), accessibility=self.accessibility.text(),
                                 notes=self.notes.toPlainText())


class ExportDialog(QDialog):
    """Registrations to CSV or XLSX: which columns, which file; written in the background."""

    def __init__(self, db: Database, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.meeting_id = db, meeting_id
        self.setWindowTitle(self.tr("Export registrations"))
        self.boxes: list[tuple[str, QCheckBox]] = []
        grid = QGridLayout()
        for number, column in enumerate(spreadsheet.COLUMNS):
            box = QCheckBox(column.header())
            box.setChecked(column.key in spreadsheet.DEFAULT_COLUMNS)
            self.boxes.append((column.key, box))
            grid.addWidget(box, number // 2, number % 2)
        group = QGroupBox(self.tr("Columns"))
        group.setLayout(grid)
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("registrations.xlsx or registrations.csv"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path)
        file_row.addWidget(browse)
        note = QLabel(self.tr("CSV is written for Danish Excel (UTF-8, semicolons). Values that a spreadsheet could "
                              "take for a formula are written as text."))
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(group)
        layout.addLayout(file_row)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())
        self.task = None
        self.confirmed: Path | None = None

    def columns(self) -> list[str]:
        return [key for key, box in self.boxes if box.isChecked()]

    def choose_file(self) -> None:
        suggested = ""
        if not self.path.text():
            from ..services.file_names import file_name

            meeting = meetings.meeting_summary(self.db, self.meeting_id)
            suggested = file_name(self.tr("Registrations"), meeting.title, meeting.start.date(), "xlsx")
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export registrations"), self.path.text() or suggested,
            self.tr("Excel workbook (*.xlsx);;CSV for Excel (*.csv)"))
        if path:
            self.path.setText(path)
            self.confirmed = Path(path)  # the file dialog has asked about replacing it

    def export(self) -> None:
        path, columns = Path(self.path.text().strip()), self.columns()
        if not self.path.text().strip() or not columns:
            QMessageBox.warning(self, self.windowTitle(), self.tr("Choose a file and at least one column."))
            return
        if path != self.confirmed and not confirm_replace(self, self.windowTitle(), path):
            return
        try:
            fmt = registration_export.format_for(path.name)
        except DomainError as error:
            show_error(self, self.windowTitle(), error)
            return

        def work(_progress: object) -> None:
            data = registration_export.export_registrations(self.db, self.meeting_id, fmt, columns)
            write_file(path, data)

        self.buttons.setEnabled(False)
        self.task = run_task(self, self.tr("Exporting registrations"), work, lambda _r: self.accept(),
                             lambda error: self._failed(error))

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        show_error(self, self.windowTitle(), error)
