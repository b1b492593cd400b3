"""People, organisations and network memberships: list, edit, merge duplicates.

Edits of a person and of memberships are undoable commands on the page's undo stack (the main
window may hand in its own with `set_undo_stack`). Merging two people is confirmed first, as it
cannot be undone: the other record is gone.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..model import MembershipRole
from ..services import meetings, people
from ..services.people import (
    DuplicatePair,
    MemberRow,
    OrganisationInput,
    OrganisationSummary,
    PersonInput,
    PersonSummary,
)
from ..storage import Database
from .conflict_dialog import save_resolving
from .dates import short_date
from .events import events
from .labels import label
from .live import recent
from .person_dialog import OrganisationDialog, PersonDialog
from .row_table import ColumnSpec, RowFilterProxy, RowTableModel
from .tasks import show_error
from .undo import ServiceCommand, push_command


def _table(model: RowTableModel, proxy: RowFilterProxy | None = None) -> QTableView:  # type: ignore[type-arg]
    view = QTableView()
    if proxy is not None:
        proxy.setSourceModel(model)
    view.setModel(proxy if proxy is not None else model)
    view.setSortingEnabled(proxy is not None)
    if proxy is not None:
        view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    return view


class PeoplePage(QWidget):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.undo_stack = QUndoStack(self)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._people_tab(), self.tr("&People"))
        self.tabs.addTab(self._organisations_tab(), self.tr("&Organisations"))
        self.tabs.addTab(self._networks_tab(), self.tr("&Networks and members"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        events.changed.connect(self._on_changed)
        self.reload()

    def set_undo_stack(self, stack: QUndoStack) -> None:
        self.undo_stack = stack

    # --- people -----------------------------------------------------------------
    def _people_tab(self) -> QWidget:
        self.people_model: RowTableModel[PersonSummary] = RowTableModel([
            ColumnSpec(self.tr("Name"), lambda p: p.name, lambda p: p.name.casefold()),
            ColumnSpec(self.tr("Organisation"), lambda p: p.organisation, lambda p: p.organisation.casefold()),
            ColumnSpec(self.tr("Job title"), lambda p: p.fields.job_title, lambda p: p.fields.job_title.casefold()),
            ColumnSpec(self.tr("E-mail"), lambda p: p.email, lambda p: p.email),
        ], self)
        self.people_proxy = RowFilterProxy(self)
        self.people_view = _table(self.people_model, self.people_proxy)
        self.people_view.doubleClicked.connect(lambda _index: self.edit_person())
        self.people_view.selectionModel().selectionChanged.connect(self._show_meetings)
        self.people_filter = QLineEdit()
        self.people_filter.setClearButtonEnabled(True)
        self.people_filter.setPlaceholderText(self.tr("Filter: name, organisation or e-mail…"))
        self.people_filter.textChanged.connect(self.people_proxy.set_filter_text)
        self.meetings_list = QListWidget()
        buttons = QHBoxLayout()
        for text, slot in ((self.tr("&Add…"), self.add_person), (self.tr("&Edit…"), self.edit_person),
                           (self.tr("&History…"), self.person_history),
                           (self.tr("&Merge duplicates…"), self.merge_duplicates)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch()
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(QLabel(self.tr("Meetings of the selected person:")))
        side_layout.addWidget(self.meetings_list)
        splitter = QSplitter()
        splitter.addWidget(self.people_view)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.people_filter)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        return page

    def person_history(self) -> QDialog | None:
        """Everything the change log holds about the selected person: details, registrations, replies, consent."""
        from .history_dialog import open_history

        person = self.selected_person()
        return open_history(self, self.db, "person", person.id) if person is not None else None

    def selected_person(self) -> PersonSummary | None:
        rows = self.people_view.selectionModel().selectedRows()
        if len(rows) != 1:
            return None
        return self.people_model.row_at(self.people_proxy.mapToSource(rows[0]).row())

    def _show_meetings(self, *_args: object) -> None:
        self.meetings_list.clear()
        person = self.selected_person()
        if person is None:
            return
        for m in people.person_meetings(self.db, person.id):
            self.meetings_list.addItem(f"{short_date(m.start.date())}  {m.title}  ({label_status(m.status)}, "
                                       f"{label_role(m.role)})")

    def add_person(self) -> None:
        dialog = PersonDialog(self.db, None, self)
        if dialog.exec():
            data = dialog.value()
            created: list[int] = []

            def redo() -> None:
                created[:] = [people.add_person(self.db, data).id]

            def undo() -> None:
                people.delete_person(self.db, created[0])

            push_command(self.undo_stack, ServiceCommand(self.tr("Add {name}").format(name=data.name), redo, undo,
                                                         changed=("people", None)), self)

    def edit_person(self) -> None:
        person = self.selected_person()
        if person is None:
            return
        dialog = PersonDialog(self.db, person, self)
        if not dialog.exec():
            return
        new, old = dialog.value(), person.fields
        state: list[tuple[int | None, PersonInput]] = [(person.version, old)]  # version and values last saved

        def save(mine: PersonInput, version: int | None, base: PersonInput) -> None:
            saved = people.edit_person(self.db, person.id, mine, version or 0, base)
            state[:] = [(saved.version, saved.fields)]

        def recreate(mine: PersonInput) -> None:
            people.add_person(self.db, mine)

        def redo() -> None:
            save_resolving(self, save, new, *state[0], recreate)

        def undo() -> None:
            save_resolving(self, save, old, *state[0], recreate)

        push_command(self.undo_stack, ServiceCommand(self.tr("Edit {name}").format(name=person.name), redo, undo,
                                                     changed=("people", None)), self)

    def merge_duplicates(self) -> None:
        MergeDialog(self.db, self).exec()
        self.reload()

    # --- organisations --------------------------------------------------------------
    def _organisations_tab(self) -> QWidget:
        self.org_model: RowTableModel[OrganisationSummary] = RowTableModel([
            ColumnSpec(self.tr("Organisation"), lambda o: o.name, lambda o: o.name.casefold()),
            ColumnSpec(self.tr("Kind"), lambda o: label(o.kind), lambda o: label(o.kind)),
            ColumnSpec(self.tr("City"), lambda o: o.city, lambda o: o.city.casefold()),
            ColumnSpec(self.tr("Country"), lambda o: o.country, lambda o: o.country),
            ColumnSpec(self.tr("People"), lambda o: str(o.people), lambda o: o.people, align_right=True),
        ], self)
        self.org_proxy = RowFilterProxy(self)
        self.org_view = _table(self.org_model, self.org_proxy)
        org_filter = QLineEdit()
        org_filter.setClearButtonEnabled(True)
        org_filter.setPlaceholderText(self.tr("Filter organisations…"))
        org_filter.textChanged.connect(self.org_proxy.set_filter_text)
        self.org_view.doubleClicked.connect(lambda _index: self.edit_organisation())
        buttons = QHBoxLayout()
        for text, slot in ((self.tr("&Add…"), self.add_organisation), (self.tr("&Edit…"), self.edit_organisation)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch()
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(org_filter)
        layout.addWidget(self.org_view)
        layout.addLayout(buttons)
        return page

    def selected_organisation(self) -> OrganisationSummary | None:
        rows = self.org_view.selectionModel().selectedRows()
        if len(rows) != 1:
            return None
        return self.org_model.row_at(self.org_proxy.mapToSource(rows[0]).row())

    def add_organisation(self) -> None:
        dialog = OrganisationDialog(None, self)
        if not dialog.exec():
            return
        value = dialog.value()
        created: list[int] = []

        def redo() -> None:
            created[:] = [people.add_organisation(self.db, value.name, value.kind, value.city, value.country).id]

        push_command(self.undo_stack, ServiceCommand(
            self.tr("Add {name}").format(name=value.name), redo,
            lambda: people.delete_organisation(self.db, created[0]), changed=("people", None)), self)

    def edit_organisation(self) -> None:
        org = self.selected_organisation()
        if org is None:
            return
        dialog = OrganisationDialog(org, self)
        if not dialog.exec():
            return
        new, old = dialog.value(), org.fields
        state: list[tuple[int | None, OrganisationInput]] = [(org.version, old)]

        def save(mine: OrganisationInput, version: int | None, base: OrganisationInput) -> None:
            saved = people.edit_organisation(self.db, org.id, mine, version, base)
            state[:] = [(saved.version, saved.fields)]

        def recreate(mine: OrganisationInput) -> None:
            people.add_organisation(self.db, mine.name, mine.kind, mine.city, mine.country)

        push_command(self.undo_stack, ServiceCommand(
            self.tr("Edit {name}").format(name=org.name),
            lambda: save_resolving(self, save, new, *state[0], recreate),
            lambda: save_resolving(self, save, old, *state[0], recreate),
            changed=("people", None)), self)

    # --- networks ----------------------------------------------------------------------
    def _networks_tab(self) -> QWidget:
        self.network = QComboBox()
        self.network.currentIndexChanged.connect(self._show_members)
        self.member_model: RowTableModel[MemberRow] = RowTableModel([
            ColumnSpec(self.tr("Organisation"), lambda m: m.organisation, lambda m: m.organisation.casefold()),
            ColumnSpec(self.tr("Role"), lambda m: label(m.role), lambda m: label(m.role)),
            ColumnSpec(self.tr("Member since"), lambda m: short_date(m.since) if m.since else "",
                       lambda m: m.since.isoformat() if m.since else ""),
            ColumnSpec(self.tr("Recommended by"), lambda m: m.recommended_by, lambda m: m.recommended_by),
        ], self)
        self.member_view = _table(self.member_model, RowFilterProxy(self))
        self.role = QComboBox()
        for role in MembershipRole:
            self.role.addItem(label(role), role)
        self.organisation = QComboBox()
        self.recommender = QComboBox()
        add = QPushButton(self.tr("Add &member"))
        add.clicked.connect(self.add_member)
        change = QPushButton(self.tr("Set &role"))
        change.clicked.connect(self.change_role)
        remove = QPushButton(self.tr("Re&move"))
        remove.clicked.connect(self.remove_member)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Network:")))
        top.addWidget(self.network, 1)
        form = QHBoxLayout()
        form.addWidget(self.organisation, 2)
        form.addWidget(self.role, 1)
        form.addWidget(QLabel(self.tr("recommended by")))
        form.addWidget(self.recommender, 2)
        form.addWidget(add)
        actions = QHBoxLayout()
        actions.addWidget(change)
        actions.addWidget(remove)
        actions.addStretch()
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(self.member_view, 1)
        layout.addLayout(actions)
        layout.addLayout(form)
        return page

    def _show_members(self, *_args: object) -> None:
        network_id = self.network.currentData()
        rows = people.network_members(self.db, network_id) if network_id is not None else []
        self.member_model.set_rows(rows)
        self.recommender.clear()
        self.recommender.addItem(self.tr("(nobody)"), None)
        for member in rows:
            self.recommender.addItem(member.organisation, member.organisation_id)

    def selected_member(self) -> MemberRow | None:
        rows = self.member_view.selectionModel().selectedRows()
        proxy = self.member_view.model()
        if len(rows) != 1 or not isinstance(proxy, RowFilterProxy):
            return None
        return self.member_model.row_at(proxy.mapToSource(rows[0]).row())

    def add_member(self) -> None:
        network_id, org_id = self.network.currentData(), self.organisation.currentData()
        if network_id is None or org_id is None:
            return
        role, recommender = self.role.currentData(), self.recommender.currentData()
        added: list[int] = []

        def redo() -> None:
            added[:] = [people.add_member(self.db, network_id, org_id, role, None, recommender).membership_id]

        push_command(self.undo_stack, ServiceCommand(
            self.tr("Add a member"), redo, lambda: people.remove_member(self.db, added[0]),
            changed=("networks", None)), self)

    def change_role(self) -> None:
        member = self.selected_member()
        if member is None:
            return
        role = self.role.currentData()
        push_command(self.undo_stack, ServiceCommand(
            self.tr("Set the role of {organisation}").format(organisation=member.organisation),
            lambda: people.change_member_role(self.db, member.membership_id, role),
            lambda: people.change_member_role(self.db, member.membership_id, member.role),
            changed=("networks", None)), self)

    def remove_member(self) -> None:
        member = self.selected_member()
        network_id = self.network.currentData()
        if member is None or network_id is None:
            return
        restored: list[int] = [member.membership_id]

        def undo() -> None:
            restored[0] = people.restore_member(self.db, network_id, member)

        push_command(self.undo_stack, ServiceCommand(
            self.tr("Remove {organisation}").format(organisation=member.organisation),
            lambda: people.remove_member(self.db, restored[0]), undo, changed=("networks", None)), self)

    # --- loading ------------------------------------------------------------------
    def _on_changed(self, kind: str, _meeting_id: object) -> None:
        if kind in ("people", "networks", "registrations", "all"):
            self.reload()

    def reload(self) -> None:
        try:
            rows = people.find_people(self.db)
            orgs = people.list_organisations(self.db)
            networks = meetings.list_networks(self.db)
        except Exception as error:
            show_error(self, self.tr("People"), error)
            return
        # In place: someone else's change must not lose the selection or the scroll position.
        self.people_model.refresh_rows(rows, [f"{p.name} {p.organisation} {p.email}".casefold() for p in rows])
        self.org_model.refresh_rows(orgs, [f"{o.name} {o.city} {o.country}".casefold() for o in orgs])
        self.people_model.mark(recent.marks("person"))
        self.org_model.mark(recent.marks("organisation"))
        current_org = self.organisation.currentData()
        self.organisation.clear()
        for org in orgs:
            self.organisation.addItem(org.name, org.id)
        self.organisation.setCurrentIndex(max(0, self.organisation.findData(current_org)))
        current = self.network.currentData()
        self.network.blockSignals(True)
        self.network.clear()
        for network in networks:
            self.network.addItem(f"{network.short_name} – {network.name}", network.id)
        self.network.setCurrentIndex(max(0, self.network.findData(current)))
        self.network.blockSignals(False)
        self._show_members()


def label_status(value: str) -> str:
    from ..model import RegistrationStatus

    return label(RegistrationStatus(value))


def label_role(value: str) -> str:
    from ..model import ParticipantRole

    return label(ParticipantRole(value))


class MergeDialog(QDialog):
    """Pairs that look like one person; merging keeps the first and folds the second into it."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Merge duplicates"))
        self.model: RowTableModel[DuplicatePair] = RowTableModel([
            ColumnSpec(self.tr("Keep"), lambda d: d.keep, lambda d: d.keep.casefold()),
            ColumnSpec(self.tr("Merge into it"), lambda d: d.other, lambda d: d.other.casefold()),
            ColumnSpec(self.tr("Why"), lambda d: d.reason, lambda d: d.reason),
        ], self)
        self.view = _table(self.model)
        self.info = QLabel()
        merge = QPushButton(self.tr("&Merge the selected pair"))
        merge.clicked.connect(self.merge_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(merge, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(self.info)
        layout.addWidget(buttons)
        self.resize(680, 380)
        self.reload()

    def reload(self) -> None:
        pairs = people.find_duplicates(self.db)
        self.model.set_rows(pairs)
        self.info.setText(self.tr("{count} possible duplicates.").format(count=len(pairs)) if pairs
                          else self.tr("No duplicates found."))

    def merge_selected(self, confirm: bool = True) -> bool:
        rows = self.view.selectionModel().selectedRows()
        if len(rows) != 1:
            return False
        pair = self.model.row_at(rows[0].row())
        if confirm and QMessageBox.question(
                self, self.windowTitle(),
                self.tr("Merge {other} into {keep}? Their registrations and roles move to {keep}. This cannot be "
                        "undone.").format(other=pair.other, keep=pair.keep)) != QMessageBox.StandardButton.Yes:
            return False
        try:
            people.merge_people(self.db, pair.keep_id, pair.other_id)
        except Exception as error:
            show_error(self, self.windowTitle(), error)
            return False
        events.changed.emit("people", None)
        self.reload()
        return True


class PeopleDialog(QDialog):
    """The people page in a window of its own, as the People menu opens it."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("People and organisations"))
        self.page = PeoplePage(db, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.page)
        layout.addWidget(buttons)
        self.resize(980, 620)
