"""The print dialog's choices for one document: who is on it, how it looks, how it is printed.

One widget for every document: the groups that do not apply to the chosen document (as
the `DOCUMENTS` registry says) are hidden, and `choice()` turns the rest into the
`ListChoice` the services take, exactly as the CLI's options do.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..exports.pdf.stocks import DEFAULT_STOCK, STOCKS
from ..services.documents import DOCUMENTS, ListChoice

_OPTIONAL_COLUMNS = ("title", "organisation", "email", "days", "role")


class DocumentOptions(QWidget):
    """`changed` is emitted whenever a choice changes (the preview rebuilds from it)."""

    changed = Signal()

    def __init__(self, days: list[date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = "programme"
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        self.list_options = QGroupBox(self.tr("Who and what"))
        options = QVBoxLayout(self.list_options)
        self.internal = QCheckBox(self.tr("Internal list: everyone registered,\nmarked “not for distribution”"))
        self.internal.setToolTip(self.tr(
            "Without this the list is the one to hand out: only people who agreed to appear on shared lists. "
            "With it, everyone is on it and every page says it is internal."))
        self.group_check = QCheckBox(self.tr("Group by organisation"))
        self.landscape = QCheckBox(self.tr("Landscape"))
        options.addWidget(self.internal)
        options.addWidget(self.group_check)
        options.addWidget(self.landscape)
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

        self.sign_in_options = QGroupBox(self.tr("Sign-in sheets"))
        sign_in = QFormLayout(self.sign_in_options)
        self.day = QComboBox()
        self.day.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.day.setMinimumContentsLength(12)
        self.day.addItem(self.tr("One sheet per day"), None)
        locale = QLocale()
        for day in days:
            self.day.addItem(locale.toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat),
                             day)
        self.desks = QSpinBox()
        self.desks.setRange(1, 6)
        self.blank_rows = QSpinBox()
        self.blank_rows.setRange(0, 60)
        self.blank_rows.setValue(ListChoice().blank_rows)
        sign_in.addRow(self.tr("&Day:"), self.day)
        sign_in.addRow(self.tr("Check-in &desks:"), self.desks)
        sign_in.addRow(self.tr("&Blank rows:"), self.blank_rows)

        self.label_options = QGroupBox(self.tr("Label sheet"))
        labels = QFormLayout(self.label_options)
        self.stock = QComboBox()
        self.stock.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.stock.setMinimumContentsLength(16)  # the long titles show in the open list, not in the panel's width
        for key, stock in STOCKS.items():
            self.stock.addItem(stock.title, key)
        self.stock.setCurrentIndex(self.stock.findData(DEFAULT_STOCK))
        self.start = QSpinBox()
        self.start.setToolTip(self.tr("On a partly used sheet: the first free label, counted row by row from the "
                                      "top left."))
        self.person = QLineEdit()
        self.person.setPlaceholderText(self.tr("everyone"))
        self.person.setToolTip(self.tr("The e-mail address of one registered person: only their badge."))
        labels.addRow(self.tr("&Sheet:"), self.stock)
        labels.addRow(self.tr("&First free label:"), self.start)
        labels.addRow(self.tr("&Only for (e-mail):"), self.person)

        self.scaling_box = QGroupBox(self.tr("Printing"))
        scaling = QFormLayout(self.scaling_box)
        self.scaling = QComboBox()
        self.scaling.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.scaling.setMinimumContentsLength(12)
        self.scaling.addItem(self.tr("Actual size (100 %)"), "actual")
        self.scaling.addItem(self.tr("Fit to the printable area"), "fit")
        self.scaling_note = QLabel()
        self.scaling_note.setWordWrap(True)
        scaling.addRow(self.tr("&Scaling:"), self.scaling)
        scaling.addRow(self.scaling_note)

        for box in (self.list_options, self.sign_in_options, self.label_options, self.scaling_box):
            layout.addWidget(box)
        for check in (self.internal, self.group_check, self.landscape, *self.column_checks.values()):
            check.toggled.connect(self.changed)
        for combo in (self.day, self.stock):
            combo.currentIndexChanged.connect(self.changed)
        for spin in (self.desks, self.blank_rows, self.start):
            spin.valueChanged.connect(self.changed)
        self.person.editingFinished.connect(self.changed)
        self.stock.currentIndexChanged.connect(self._stock_changed)
        self._stock_changed()
        self.set_document("programme")

    def _stock_changed(self, *_args: object) -> None:
        self.start.setRange(1, STOCKS[str(self.stock.currentData())].per_sheet)

    def set_document(self, key: str) -> None:
        """Show the groups that apply to `key`; exact-size documents print at actual size only."""
        self.document = key
        spec = DOCUMENTS[key]
        self.list_options.setVisible(spec.list_options)
        self.internal.setVisible(key == "participants")
        self.sign_in_options.setVisible(key == "sign_in")
        self.label_options.setVisible(spec.label_options or key == "name_cards")
        self.stock.setEnabled(spec.label_options)
        self.start.setEnabled(spec.label_options)
        if spec.exact_size:
            self.scaling.setCurrentIndex(0)
            self.scaling_note.setText(self.tr("Cut marks, labels and signature rows must land where they are "
                                              "drawn: this document prints at actual size only."))
        else:
            self.scaling_note.setText("")
        self.scaling.setEnabled(not spec.exact_size)

    @property
    def fit_to_page(self) -> bool:
        return self.scaling.currentData() == "fit"

    def choice(self) -> ListChoice:
        columns = ("name", *(key for key, check in self.column_checks.items() if check.isChecked()))
        day = self.day.currentData()
        return ListChoice(
            columns=columns, group_by_organisation=self.group_check.isChecked(),
            internal=self.internal.isChecked() and self.document == "participants",
            day=day if isinstance(day, date) else None, desks=self.desks.value(), blank_rows=self.blank_rows.value(),
            landscape=True if self.landscape.isChecked() else None, stock=str(self.stock.currentData()),
            start=self.start.value() if DOCUMENTS[self.document].label_options else 1,
            person_email=self.person.text().strip() if self.label_options.isVisibleTo(self) else "",
        )
