"""Editing one registration, one person or one organisation through its dialog, as the secretariat does:
the choices made in the dialog are what is saved, a mistake keeps the dialog open with the reason, Ctrl+Z undoes."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from klimamoeder.gui.people_page import PeoplePage
from klimamoeder.gui.person_dialog import OrganisationDialog, PersonDialog
from klimamoeder.gui.registration_dialogs import MeetingPickerDialog, RegistrationDialog
from klimamoeder.gui.registrations_model import NAME
from klimamoeder.gui.registrations_view import RegistrationsTab
from klimamoeder.model import OrganisationKind, ParticipantRole, RegistrationStatus
from klimamoeder.services import people, registrations
from klimamoeder.services.meetings import list_meetings
from klimamoeder.storage import Database
from tests.gui.file_dialogs import when_modal
from tests.gui.shots import shot

pytestmark = pytest.mark.gui


def meeting(db: Database, title_start: str) -> int:
    return next(m.id for m in list_meetings(db) if m.title.startswith(title_start))


def open_registrations(qtbot: QtBot, db: Database, meeting_id: int) -> RegistrationsTab:
    tab = RegistrationsTab(db)
    qtbot.addWidget(tab)
    tab.resize(1100, 650)
    tab.show()
    with qtbot.waitSignal(tab.loaded, timeout=20000):
        tab.set_meeting(meeting_id, QUndoStack(tab))
    return tab


def select_name(qtbot: QtBot, tab: RegistrationsTab, name: str) -> None:
    tab.filter.setText(name)  # as typed (QTest can type ASCII only)
    qtbot.waitUntil(lambda: tab.proxy.rowCount() == 1 and tab.proxy.index(0, NAME).data() == name)
    tab.table.selectRow(0)


def in_dialog(kind: type[QDialog], act: Callable[[QDialog], None], seen: list[QDialog]) -> None:
    """Do what the user does in the next modal `kind`, then press OK (unless `act` closed it). A failed check
    inside the dialog closes it (so the test does not hang) and is reported by `opened`."""

    def answer(dialog: QDialog) -> None:
        seen.append(dialog)
        try:
            act(dialog)
        except BaseException as error:
            FAILURES.append(error)
            dialog.reject()
            return
        if dialog.isVisible():
            dialog.accept()

    when_modal(kind, answer)


FAILURES: list[BaseException] = []


@pytest.fixture(autouse=True)
def _checks_inside_dialogs_count() -> Iterator[None]:
    FAILURES.clear()
    yield
    if FAILURES:
        raise FAILURES[0]


def registration_of(db: Database, meeting_id: int, name: str) -> registrations.RegistrationRow:
    return next(r for r in registrations.list_registrations(db, meeting_id) if r.name == name)


def test_a_registration_s_days_diet_and_role_are_saved_as_chosen_in_its_dialog(
        qtbot: QtBot, demo_db: Database) -> None:
    wecp = meeting(demo_db, "WECP")
    tab = open_registrations(qtbot, demo_db, wecp)
    name = "Zoë Hartley"
    assert registration_of(demo_db, wecp, name).days == ()  # comes every day
    select_name(qtbot, tab, name)
    seen: list[QDialog] = []

    def choose(dialog: QDialog) -> None:
        assert isinstance(dialog, RegistrationDialog)
        assert dialog.windowTitle() == f"Registration of {name}"
        assert [box.isChecked() for _day, box in dialog.day_boxes] == [True] * 4
        dialog.day_boxes[0][1].setChecked(False)  # arrives on the second day
        dialog.dietary.setText("Vegansk, ingen nødder")
        dialog.role.setCurrentIndex(dialog.role.findData(ParticipantRole.SPEAKER))
        shot(dialog, "registration-dialog")

    in_dialog(RegistrationDialog, choose, seen)
    with qtbot.waitSignal(tab.loaded, timeout=20000):
        tab.edit_selected()
    assert seen, "the registration's dialog did not open"
    saved = registration_of(demo_db, wecp, name)
    assert saved.days == ("2022-10-06", "2022-10-07", "2022-10-08")
    assert saved.dietary == "Vegansk, ingen nødder" and saved.role is ParticipantRole.SPEAKER

    # Every day ticked again is stored as "every day", so a day added to the meeting later includes them.
    tab.filter.clear()
    select_name(qtbot, tab, name)

    def tick_the_first_day_again(dialog: QDialog) -> None:
        assert isinstance(dialog, RegistrationDialog)
        assert [box.isChecked() for _day, box in dialog.day_boxes] == [False, True, True, True]  # as saved
        dialog.day_boxes[0][1].setChecked(True)

    in_dialog(RegistrationDialog, tick_the_first_day_again, seen)
    with qtbot.waitSignal(tab.loaded, timeout=20000):
        tab.edit_selected()
    assert registration_of(demo_db, wecp, name).days == ()


def test_a_registration_dialog_cancelled_changes_nothing(qtbot: QtBot, demo_db: Database) -> None:
    wecp = meeting(demo_db, "WECP")
    tab = open_registrations(qtbot, demo_db, wecp)
    before = registration_of(demo_db, wecp, "Zoë Hartley")
    select_name(qtbot, tab, "Zoë Hartley")
    seen: list[QDialog] = []

    def change_then_cancel(dialog: QDialog) -> None:
        assert isinstance(dialog, RegistrationDialog)
        dialog.status.setCurrentIndex(dialog.status.findData(RegistrationStatus.DECLINED))
        dialog.reject()

    in_dialog(RegistrationDialog, change_then_cancel, seen)
    tab.edit_selected()
    assert seen and registration_of(demo_db, wecp, "Zoë Hartley") == before


def test_the_participants_of_an_earlier_meeting_are_invited_from_the_one_picked(
        qtbot: QtBot, demo_db: Database) -> None:
    new_meeting = meeting(demo_db, "Netværksmøde: klimapartnerskaber")
    earlier = meeting(demo_db, "WECP")
    tab = open_registrations(qtbot, demo_db, new_meeting)
    already = {r.person_id for r in registrations.list_registrations(demo_db, new_meeting)}
    wanted = {r.person_id for r in registrations.list_registrations(demo_db, earlier)
              if r.status is RegistrationStatus.REGISTERED} - already  # who took part, not who declined
    seen: list[QDialog] = []

    def pick(dialog: QDialog) -> None:
        assert isinstance(dialog, MeetingPickerDialog)
        choices = [dialog.combo.itemData(i) for i in range(dialog.combo.count())]
        assert new_meeting not in choices and earlier in choices  # not the meeting itself
        dialog.combo.setCurrentIndex(dialog.combo.findData(earlier))

    in_dialog(MeetingPickerDialog, pick, seen)
    with qtbot.waitSignal(tab.loaded, timeout=20000):
        assert tab.invite_earlier_participants()
    rows = {r.person_id: r for r in registrations.list_registrations(demo_db, new_meeting)}
    assert wanted and wanted <= rows.keys()
    assert all(rows[p].status is RegistrationStatus.INVITED for p in wanted)


@pytest.fixture
def page(qtbot: QtBot, demo_db: Database) -> PeoplePage:
    widget = PeoplePage(demo_db)
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    return widget


def test_a_new_person_with_a_mistyped_address_stays_in_the_dialog_until_it_is_right(
        qtbot: QtBot, page: PeoplePage, demo_db: Database) -> None:
    seen: list[QDialog] = []
    reasons: list[str] = []

    def type_person(dialog: QDialog) -> None:
        assert isinstance(dialog, PersonDialog)
        dialog.name.setText("Łucja Kowalska-陈")
        qtbot.keyClicks(dialog.email, "lucja@@aarhus.example")
        dialog.organisation.setCurrentIndex(dialog.organisation.findText("Aarhus Kommune"))
        dialog.consent_list.setChecked(True)
        dialog.accept()
        reasons.append(dialog.error.text())
        assert dialog.isVisible(), "a wrong address must not close the dialog"
        shot(dialog, "person-dialog-error")
        dialog.email.setText("lucja@aarhus.example")
        dialog.accept()

    in_dialog(PersonDialog, type_person, seen)
    page.add_person()
    assert seen and reasons[0] and "lucja@@aarhus.example" in reasons[0]
    added = [p for p in people.find_people(demo_db, "kowalska")]
    assert [(p.name, p.email, p.organisation) for p in added] == [
        ("Łucja Kowalska-陈", "lucja@aarhus.example", "Aarhus Kommune")]
    assert added[0].fields.consent_shared_list
    page.undo_stack.undo()
    assert people.find_people(demo_db, "kowalska") == []


def test_an_organisation_is_added_and_renamed_through_its_dialog(
        qtbot: QtBot, page: PeoplePage, demo_db: Database) -> None:
    seen: list[QDialog] = []

    def add(dialog: QDialog) -> None:
        assert isinstance(dialog, OrganisationDialog) and dialog.windowTitle() == "Add organisation"
        dialog.name.setText("Anne <b>&</b> Søren ApS")
        dialog.kind.setCurrentIndex(dialog.kind.findData(OrganisationKind.COMPANY))
        qtbot.keyClicks(dialog.city, "Vejle")

    in_dialog(OrganisationDialog, add, seen)
    page.add_organisation()
    added = [o for o in people.list_organisations(demo_db) if o.name == "Anne <b>&</b> Søren ApS"]
    assert [(o.kind, o.city, o.country) for o in added] == [(OrganisationKind.COMPANY, "Vejle", "DK")]

    page.tabs.setCurrentIndex(1)
    row = next(r for r in range(page.org_proxy.rowCount())
               if page.org_proxy.index(r, 0).data() == "Anne <b>&</b> Søren ApS")
    page.org_view.selectRow(row)

    def rename(dialog: QDialog) -> None:
        assert isinstance(dialog, OrganisationDialog) and dialog.windowTitle() == "Edit organisation"
        assert dialog.kind.currentData() == OrganisationKind.COMPANY and dialog.country.text() == "DK"
        dialog.name.setText("Anne & Søren ApS")

    in_dialog(OrganisationDialog, rename, seen)
    page.edit_organisation()
    assert people.get_organisation(demo_db, added[0].id).name == "Anne & Søren ApS"
    assert len(seen) == 2
    qtbot.keyClick(page.org_view, Qt.Key.Key_Home)  # the table is still there to go on with
