"""People → Personal data: one person (access export as PDF or JSON, erasure), retention per network (what is
due, anonymise now), and the change log (who did what, filterable).

Every piece of work runs through `tasks.run_task` (erasure rewrites pages of the file; an export renders a
PDF); the dialog only shows what the services return.
"""

from __future__ import annotations

import contextlib
import json
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..model import ConsentPurpose, ConsentSource
from ..services import audit
from ..services.privacy import access, consent, erasure, retention
from ..storage import Database
from .events import events
from .file_dialogs import ask_save_path
from .row_table import ColumnSpec, RowTableModel
from .tasks import run_task, show_error


class PrivacyDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None, email: str = "") -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Personal data"))
        self.tabs = QTabWidget()
        self.tabs.addTab(self._person_tab(email), self.tr("One &person"))
        self.tabs.addTab(self._retention_tab(), self.tr("&Retention"))
        self.tabs.addTab(self._log_tab(), self.tr("Change &log"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(close)
        self.resize(860, 560)
        self.load_retention()
        self.load_log()
        if email:
            with contextlib.suppress(erasure.NotFound):  # an address nobody has: said when the user asks
                self._show_consent(erasure.person_by_email(self.db, email))

    # --- one person: access export and erasure ----------------------------------------------------
    def _person_tab(self, email: str) -> QWidget:
        self.email = QLineEdit(email)
        self.email.setPlaceholderText(self.tr("e-mail address of the person"))
        self.email.returnPressed.connect(self.look_up)
        look = QPushButton(self.tr("&Show what is held"))
        look.clicked.connect(self.look_up)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("E-mail:")))
        row.addWidget(self.email, 1)
        row.addWidget(look)
        self.person_report = QPlainTextEdit()
        self.person_report.setReadOnly(True)
        buttons = QHBoxLayout()
        self.export_pdf = QPushButton(self.tr("Export as P&DF…"))
        self.export_pdf.clicked.connect(lambda: self.export("pdf"))
        self.export_json = QPushButton(self.tr("Export as &JSON…"))
        self.export_json.clicked.connect(lambda: self.export("json"))
        self.erase_button = QPushButton(self.tr("&Erase…"))
        self.erase_button.clicked.connect(self.erase)
        for button in (self.export_pdf, self.export_json):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(self.erase_button)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(row)
        layout.addWidget(QLabel(self.tr("Everything about one person: export it for them (GDPR art. 15) or erase "
                                        "it everywhere (art. 17).")))
        layout.addWidget(self.person_report, 1)
        layout.addLayout(self._consent_rows())
        layout.addLayout(buttons)
        return page

    def _consent_rows(self) -> QGridLayout:
        """Each purpose with the answer in force, its date and source, and withdrawal in one click."""
        grid = QGridLayout()
        self.consent_labels: dict[ConsentPurpose, QLabel] = {}
        self.withdraw_buttons: dict[ConsentPurpose, QPushButton] = {}
        names = {ConsentPurpose.SHARED_LIST: self.tr("Shared participant list"),
                 ConsentPurpose.PHOTOS: self.tr("Photos"), ConsentPurpose.NEWSLETTER: self.tr("Newsletter")}
        self.withdrawal_source = QComboBox()
        for source, text in ((ConsentSource.EMAIL, self.tr("by e-mail")), (ConsentSource.PHONE, self.tr("by phone")),
                             (ConsentSource.IN_PERSON, self.tr("in person")),
                             (ConsentSource.FORM, self.tr("by form"))):
            self.withdrawal_source.addItem(text, source)
        grid.addWidget(QLabel(self.tr("Consent:")), 0, 0)
        grid.addWidget(QLabel(self.tr("Withdrawal received")), 0, 2)
        grid.addWidget(self.withdrawal_source, 0, 3)
        for row, (purpose, name) in enumerate(names.items(), start=1):
            label = QLabel("—")
            button = QPushButton(self.tr("Withdraw"))
            button.setEnabled(False)
            button.clicked.connect(lambda _checked=False, p=purpose: self.withdraw(p))
            grid.addWidget(QLabel(name), row, 0)
            grid.addWidget(label, row, 1, 1, 2)
            grid.addWidget(button, row, 3)
            self.consent_labels[purpose], self.withdraw_buttons[purpose] = label, button
        grid.setColumnStretch(1, 1)
        return grid

    def _show_consent(self, person: int) -> None:
        for state in consent.states(self.db, person):
            sources = {ConsentSource.FORM: self.tr("form"), ConsentSource.EMAIL: self.tr("e-mail"),
                       ConsentSource.IMPORT: self.tr("import"), ConsentSource.PHONE: self.tr("phone"),
                       ConsentSource.IN_PERSON: self.tr("in person"),
                       ConsentSource.EARLIER: self.tr("recorded earlier")}
            when = (self.tr("{date}, {source}").format(date=f"{state.at:%Y-%m-%d}", source=sources[state.source])
                    if state.at and state.source else self.tr("date not recorded"))
            text = self.tr("given ({when})") if state.given else self.tr("not given ({when})")
            self.consent_labels[state.purpose].setText(text.format(when=when))
            self.withdraw_buttons[state.purpose].setEnabled(state.given)

    def withdraw(self, purpose: ConsentPurpose) -> None:
        person = self._person()
        if person is None:
            return
        consent.set_consent(self.db, person, purpose, False, self.withdrawal_source.currentData())
        self._show_consent(person)
        events.changed.emit("people", None)

    def _person(self) -> int | None:
        try:
            return erasure.person_by_email(self.db, self.email.text())
        except Exception as error:  # a DomainError says which address: shown like every other error
            show_error(self, self.tr("Personal data"), error)
            return None

    def _describe(self, rows: dict[str, int], mentions: tuple[erasure.Mention, ...],
                  backups: tuple[erasure.BackupHolding, ...]) -> str:
        lines = [self.tr("Records: {rows}").format(rows=", ".join(
            f"{self._table_label(t)} {n}" for t, n in rows.items()))]
        if mentions:
            lines.append(self.tr("Still named in text someone wrote (edit these):"))
            lines += [f"  {m.table} {m.record_id}: {m.column}" for m in mentions]
        if backups:
            lines.append(self.tr("Backups that still hold the person:"))
            lines += [f"  {b.made:%Y-%m-%d %H:%M} UTC  {b.path}" if b.made else f"  {b.path}" for b in backups]
        return "\n".join(lines)

    def _table_label(self, table: str) -> str:
        """What a table holds, in the reader's words (its database name for tables without a label)."""
        return {
            "person": self.tr("person"), "registration": self.tr("registrations"),
            "check_in": self.tr("check-ins"), "calendar_reply": self.tr("calendar replies"),
            "invitation_delivery": self.tr("invitations sent"), "follow_up_delivery": self.tr("reminders sent"),
            "b2b_delivery": self.tr("bilateral invitations sent"), "b2b_participant": self.tr("bilateral meetings"),
            "b2b_request": self.tr("bilateral meeting requests"), "agenda_person": self.tr("speaker roles"),
            "consent": self.tr("consent answers"), "meeting": self.tr("meetings naming them as organiser"),
        }.get(table, table)

    def look_up(self) -> None:
        person = self._person()
        if person is None:
            return
        self._show_consent(person)
        run_task(self, self.tr("Looking up"), lambda _p: erasure.plan(self.db, person),
                 lambda plan: self.person_report.setPlainText(self._describe(plan.rows, plan.mentions, plan.backups)),
                 show_dialog=False)

    def export(self, kind: str) -> None:
        person = self._person()
        if person is None:
            return
        filters = self.tr("PDF document (*.pdf)") if kind == "pdf" else self.tr("JSON file (*.json)")
        path = ask_save_path(self, self.tr("Access export"), f"access-export.{kind}", filters, kind)
        if path is None:
            return

        def work(_progress: object) -> Path:
            from ..exports.pdf.access import build_access_export
            from ..safe_files import write_file

            data = access.collect(self.db, person)
            content = (build_access_export(data.as_json(), data.name, data.email, data.language) if kind == "pdf"
                       else (json.dumps(data.as_json(), ensure_ascii=False, indent=2) + "\n").encode())
            write_file(path, content, overwrite=True)
            access.log_export(self.db, data, kind)
            return path

        run_task(self, self.tr("Exporting"), work, lambda written: self.person_report.setPlainText(
            self.tr("Access export written to {path}").format(path=written)))

    def erase(self) -> None:
        person = self._person()
        if person is None:
            return
        plan = erasure.plan(self.db, person)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Erase"), self.tr(
            "Erase {email} everywhere? This cannot be undone.").format(email=self.email.text().strip()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setInformativeText(self._describe(plan.rows, plan.mentions, plan.backups))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        if box.exec() != QMessageBox.StandardButton.Yes:
            return

        def done(result: erasure.ErasureResult) -> None:
            self.person_report.setPlainText(self.tr("Erased.") + "\n" + self._describe(
                result.rows, result.mentions, result.backups))
            events.changed.emit("all", None)

        run_task(self, self.tr("Erasing"), lambda _p: erasure.erase(self.db, person), done)

    # --- retention: the policy per network, what is due, anonymise now ----------------------------------
    def _retention_tab(self) -> QWidget:
        self.policy_table = QTableWidget(0, 4)
        self.policy_table.setHorizontalHeaderLabels([
            self.tr("Network"), self.tr("Registration details kept (days)"), self.tr("Needs kept (days)"),
            self.tr("Apply automatically")])
        self.policy_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.policy_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.policy_table.verticalHeader().hide()
        self.policy_table.horizontalHeader().setStretchLastSection(True)
        self.policy_table.itemSelectionChanged.connect(self._show_policy)
        self.registration_days = QSpinBox()
        self.registration_days.setRange(30, 36500)
        self.needs_days = QSpinBox()
        self.needs_days.setRange(0, 36500)
        self.automatic = QCheckBox(self.tr("Apply automatically at start"))
        save = QPushButton(self.tr("&Save policy"))
        save.clicked.connect(self.save_policy)
        edit = QHBoxLayout()
        edit.addWidget(QLabel(self.tr("Registration details:")))
        edit.addWidget(self.registration_days)
        edit.addWidget(QLabel(self.tr("Needs:")))
        edit.addWidget(self.needs_days)
        edit.addWidget(self.automatic)
        edit.addStretch()
        edit.addWidget(save)
        self.due_report = QPlainTextEdit()
        self.due_report.setReadOnly(True)
        self.apply_button = QPushButton(self.tr("&Anonymise now"))
        self.apply_button.clicked.connect(self.apply_retention)
        bottom = QHBoxLayout()
        bottom.addStretch()
        bottom.addWidget(self.apply_button)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr("After a meeting, participants' details are anonymised when the network's "
                                        "period has passed; headcounts, organisations and the agenda are kept.")))
        layout.addWidget(self.policy_table, 1)
        layout.addLayout(edit)
        layout.addWidget(QLabel(self.tr("Due now:")))
        layout.addWidget(self.due_report, 1)
        layout.addLayout(bottom)
        return page

    def load_retention(self) -> None:
        self.policies = retention.policies(self.db)
        self.policy_table.setRowCount(len(self.policies))
        for row, p in enumerate(self.policies):
            values = [p.network, str(p.registration_days), str(p.needs_days),
                      self.tr("yes") if p.apply_automatically else self.tr("no")]
            for column, value in enumerate(values):
                self.policy_table.setItem(row, column, QTableWidgetItem(value))
        self.policy_table.resizeColumnsToContents()
        run_task(self, self.tr("Retention"), lambda _p: retention.due(self.db), self._show_due, show_dialog=False)

    def _describe_due(self, report: retention.RetentionReport) -> str:
        if report.nothing_due:
            return self.tr("Nothing is due.")
        lines = []
        for m in report.meetings:
            what = (self.tr("everything about the participants") if m.rule == "registration"
                    else self.tr("dietary and accessibility needs"))
            lines.append(self.tr("{end}  {network}: {title} — {what} ({n} registrations)").format(
                end=f"{m.end:%Y-%m-%d}", network=m.network, title=m.title, what=what, n=m.registrations))
        if report.people:
            lines.append(self.tr("{n} people kept by nothing else are erased.").format(n=len(report.people)))
        if report.unmatched_replies:
            lines.append(self.tr("{n} calendar replies that never matched a meeting are removed.").format(
                n=report.unmatched_replies))
        if report.log_entries:
            lines.append(self.tr("{n} change-log entries older than the log's period are removed.").format(
                n=report.log_entries))
        return "\n".join(lines)

    def _show_due(self, report: retention.RetentionReport) -> None:
        self.due_report.setPlainText(self._describe_due(report))
        self.apply_button.setEnabled(not report.nothing_due)

    def _show_policy(self) -> None:
        rows = self.policy_table.selectionModel().selectedRows()
        if rows:
            p = self.policies[rows[0].row()]
            self.registration_days.setValue(p.registration_days)
            self.needs_days.setValue(p.needs_days)
            self.automatic.setChecked(p.apply_automatically)

    def save_policy(self) -> None:
        rows = self.policy_table.selectionModel().selectedRows()
        if not rows:
            return
        try:
            retention.set_policy(self.db, self.policies[rows[0].row()].network_id, self.registration_days.value(),
                                 self.needs_days.value(), self.automatic.isChecked())
        except Exception as error:  # a DomainError names the field
            show_error(self, self.tr("Retention"), error)
            return
        selected = rows[0].row()
        self.load_retention()
        self.policy_table.selectRow(selected)

    def apply_retention(self) -> None:
        answer = QMessageBox.question(self, self.tr("Anonymise"), self.tr(
            "Anonymise everything listed? Names, addresses, needs, comments, replies and delivery logs of these "
            "meetings are removed for good; headcounts stay."))
        if answer != QMessageBox.StandardButton.Yes:
            return

        def done(report: retention.RetentionReport) -> None:
            self.due_report.setPlainText(self.tr("Done.") + "\n" + self._describe_due(report))
            self.apply_button.setEnabled(False)
            events.changed.emit("all", None)
            self.load_log()

        run_task(self, self.tr("Anonymising"), lambda _p: retention.apply(self.db), done)

    # --- the change log -----------------------------------------------------------------------------
    def _log_tab(self) -> QWidget:
        self.log_model: RowTableModel[audit.AuditRow] = RowTableModel([
            ColumnSpec(self.tr("When (UTC)"), lambda r: f"{r.at:%Y-%m-%d %H:%M:%S}", lambda r: r.at),
            ColumnSpec(self.tr("Who"), lambda r: r.author, lambda r: r.author.casefold()),
            ColumnSpec(self.tr("Path"), lambda r: r.source, lambda r: r.source),
            ColumnSpec(self.tr("What"), lambda r: audit.describe_action(r.action), lambda r: r.action),
            ColumnSpec(self.tr("Record"), lambda r: f"{r.table} {r.record_id or ''}",
                       lambda r: (r.table, r.record_id or 0)),
            ColumnSpec(self.tr("Fields"), lambda r: ", ".join(r.fields) or r.detail, lambda r: r.fields),
        ], self)
        self.log_view = QTableView()
        self.log_view.setModel(self.log_model)
        self.log_view.verticalHeader().hide()
        self.log_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.log_view.horizontalHeader().setStretchLastSection(True)
        self.log_person = QLineEdit()
        self.log_person.setPlaceholderText(self.tr("e-mail address (optional)"))
        self.log_since = QDateEdit(QDate.currentDate().addDays(-30))
        self.log_since.setCalendarPopup(True)
        self.log_since.setDisplayFormat("yyyy-MM-dd")
        self.log_action = QComboBox()
        self.log_action.addItem(self.tr("all"), None)
        for action in audit.ACTIONS:
            self.log_action.addItem(audit.describe_action(action), action)
        show = QPushButton(self.tr("S&how"))
        show.clicked.connect(self.load_log)
        self.log_person.returnPressed.connect(self.load_log)
        self.log_count = QLabel()
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Person:")))
        filters.addWidget(self.log_person, 1)
        filters.addWidget(QLabel(self.tr("Since:")))
        filters.addWidget(self.log_since)
        filters.addWidget(self.log_action)
        filters.addWidget(show)
        self.audit_days = QSpinBox()
        self.audit_days.setRange(30, 36500)
        self.audit_days.setValue(audit.audit_days(self.db))
        self.audit_days.setSuffix(self.tr(" days"))
        keep = QPushButton(self.tr("Sa&ve"))
        keep.clicked.connect(self.save_audit_days)
        bottom = QHBoxLayout()
        bottom.addWidget(self.log_count, 1)
        bottom.addWidget(QLabel(self.tr("Keep the log for:")))
        bottom.addWidget(self.audit_days)
        bottom.addWidget(keep)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr("Who created, changed, exported, printed or erased what, and when. The log "
                                        "holds field names, never values.")))
        layout.addLayout(filters)
        layout.addWidget(self.log_view, 1)
        layout.addLayout(bottom)
        return page

    def save_audit_days(self) -> None:
        try:
            audit.set_audit_days(self.db, self.audit_days.value())
        except Exception as error:  # a DomainError: the allowed range
            show_error(self, self.tr("Change log"), error)

    def load_log(self) -> None:
        email = self.log_person.text().strip()
        try:
            person = erasure.person_by_email(self.db, email) if email else None
        except Exception as error:  # nobody has that address: said in one line
            show_error(self, self.tr("Change log"), error)
            return
        since = self.log_since.date().toPython()
        query = audit.AuditQuery(person_id=person, action=self.log_action.currentData(),
                                 since=datetime(since.year, since.month, since.day, tzinfo=UTC))

        def show(rows: list[audit.AuditRow]) -> None:
            self.log_model.set_rows(rows)
            self.log_view.resizeColumnsToContents()
            self.log_count.setText(self.tr("{n} entries (newest first, at most {limit})").format(
                n=len(rows), limit=query.limit))

        run_task(self, self.tr("Change log"), lambda _p: audit.entries(self.db, query), show, show_dialog=False)
