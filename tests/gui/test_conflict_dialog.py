"""Two people saved the same record: the dialog shows yours / theirs / original field by field and saves what
the user chooses — keep mine, take theirs, or a merge per field — and nothing typed is lost without asking."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QRadioButton

from klimamoeder.gui.conflict_dialog import ConflictDialog, ConflictSettled, delete_resolving, save_resolving
from klimamoeder.model import ParticipantRole, RegistrationStatus
from klimamoeder.services import agenda, meetings, people, registrations
from klimamoeder.services.people import PersonInput
from klimamoeder.services.registrations import RegistrationInput
from klimamoeder.storage import Database
from tests.gui.shots import shot
from tests.unit.test_registrations import make_meeting, make_network

pytestmark = pytest.mark.gui


def _answer(qtbot, act: Callable[[ConflictDialog], None], shot_name: str | None = None) -> list[ConflictDialog]:  # type: ignore[no-untyped-def]
    """When the dialog opens (it is modal), look at it, then act as the user would."""
    seen: list[ConflictDialog] = []

    def handle() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ConflictDialog):
            QTimer.singleShot(20, handle)
            return
        seen.append(dialog)
        if shot_name:
            shot(dialog, shot_name.removesuffix(".png"))
        act(dialog)

    QTimer.singleShot(0, handle)
    return seen


def _person_edited_by_both(db: Database) -> tuple[people.PersonSummary, PersonInput]:
    """Søren's record as two PCs opened it; the other PC saved a new name and phone first."""
    org = people.add_organisation(db, "Esbjerg Kommune", people.OrganisationKind.MUNICIPALITY, "Esbjerg")
    soren = people.add_person(db, PersonInput(name="Søren Ærø-Østergaard", email="soren@esbjerg.example",
                                              organisation_id=org.id, phone="+45 76 16 16 16"))
    theirs = replace(soren.fields, name="Søren Ærø Østergaard", phone="+45 76 16 10 00")
    people.edit_person(db, soren.id, theirs, soren.version, soren.fields)
    mine = replace(soren.fields, name="Søren Ærø-Østergaard (borgmester)", notes="Taler kl. 10 <b>&</b> kl. 14")
    return soren, mine


def _save_person(db: Database, soren: people.PersonSummary) -> Callable[..., people.PersonSummary]:
    return lambda mine, version, base: people.edit_person(db, soren.id, mine, version, base)


def test_the_dialog_shows_each_differing_field_with_the_clash_marked_and_saves_a_merge_per_field(
        qtbot, sqlite_db: Database) -> None:  # type: ignore[no-untyped-def]
    soren, mine = _person_edited_by_both(sqlite_db)

    def choose(dialog: ConflictDialog) -> None:
        assert dialog.windowTitle() == "Saved by someone else meanwhile"
        rows = {f.name: f for f in dialog.conflict.fields}
        assert set(rows) == {"name", "phone", "notes"}
        assert [f.name for f in dialog.conflict.conflicting] == ["name"]
        # Preselected as a merge would go: their phone, my notes, my name where both changed it.
        assert dialog.findChild(QRadioButton, "phone:theirs").isChecked()
        assert dialog.findChild(QRadioButton, "notes:mine").isChecked()
        assert dialog.findChild(QRadioButton, "name:mine").isChecked()
        assert dialog.findChild(QRadioButton, "notes:mine").accessibleName() == "Taler kl. 10 <b>&</b> kl. 14"
        qtbot.mouseClick(dialog.findChild(QRadioButton, "name:theirs"), Qt.MouseButton.LeftButton)
        assert dialog.merge_button is not None
        dialog.merge_button.click()

    seen = _answer(qtbot, choose, "conflict-person.png")
    saved = save_resolving(None, _save_person(sqlite_db, soren), mine, soren.version, soren.fields)
    assert seen
    stored = people.get_person(sqlite_db, soren.id).fields
    assert (stored.name, stored.phone, stored.notes) == (
        "Søren Ærø Østergaard", "+45 76 16 10 00", "Taler kl. 10 <b>&</b> kl. 14")
    assert saved.version == people.get_person(sqlite_db, soren.id).version


def test_keep_mine_saves_every_field_i_changed_and_keeps_their_other_changes(
        qtbot, sqlite_db: Database) -> None:  # type: ignore[no-untyped-def]
    soren, mine = _person_edited_by_both(sqlite_db)
    _answer(qtbot, lambda dialog: dialog.mine_button.click())
    save_resolving(None, _save_person(sqlite_db, soren), mine, soren.version, soren.fields)
    stored = people.get_person(sqlite_db, soren.id).fields
    assert (stored.name, stored.phone, stored.notes) == (
        "Søren Ærø-Østergaard (borgmester)", "+45 76 16 10 00", "Taler kl. 10 <b>&</b> kl. 14")


def test_take_theirs_and_back_to_editing_save_nothing_and_say_which(
        qtbot, sqlite_db: Database) -> None:  # type: ignore[no-untyped-def]
    soren, mine = _person_edited_by_both(sqlite_db)
    before = people.get_person(sqlite_db, soren.id)
    _answer(qtbot, lambda dialog: dialog.theirs_button.click())
    with pytest.raises(ConflictSettled) as took:
        save_resolving(None, _save_person(sqlite_db, soren), mine, soren.version, soren.fields)
    assert took.value.took_theirs
    _answer(qtbot, lambda dialog: dialog.cancel_button.click())
    with pytest.raises(ConflictSettled) as back:
        save_resolving(None, _save_person(sqlite_db, soren), mine, soren.version, soren.fields)
    assert not back.value.took_theirs
    assert people.get_person(sqlite_db, soren.id) == before


def test_a_registration_removed_while_being_edited_can_be_saved_again_with_what_was_typed(
        qtbot, sqlite_db: Database) -> None:  # type: ignore[no-untyped-def]
    meeting = make_meeting(sqlite_db, make_network(sqlite_db))
    person = people.add_person(sqlite_db, PersonInput(name="陈刚", email="chen@beijing.example"))
    registrations.register(sqlite_db, meeting, person.id, RegistrationInput(RegistrationStatus.REGISTERED))
    (row,) = registrations.list_registrations(sqlite_db, meeting)
    registrations.remove(sqlite_db, meeting, [row.id])  # another PC removes it
    mine = replace(row.fields(), dietary="Vegetar", role=ParticipantRole.SPEAKER)

    def save_again(dialog: ConflictDialog) -> None:
        assert dialog.conflict.deleted_by_them
        heading = dialog.findChild(QLabel, "conflictHeading")
        assert heading.text() == "The registration of 陈刚 was deleted while you were editing it."
        assert dialog.merge_button is None
        dialog.mine_button.click()

    seen = _answer(qtbot, save_again, "conflict-deleted.png")
    save_resolving(
        None, lambda m, v, b: registrations.register(sqlite_db, meeting, person.id, m, expected_version=v, base=b),
        mine, row.version, row.fields(), lambda m: registrations.register(sqlite_db, meeting, person.id, m))
    assert seen and seen[0].mine_button.text() == "&Save mine again"
    (again,) = registrations.list_registrations(sqlite_db, meeting)
    assert (again.dietary, again.role, again.status) == ("Vegetar", ParticipantRole.SPEAKER,
                                                         RegistrationStatus.REGISTERED)


def test_deleting_an_agenda_item_someone_changed_meanwhile_asks_first(
        qtbot, sqlite_db: Database) -> None:  # type: ignore[no-untyped-def]
    from tests.unit.agenda_setup import make_meeting as agenda_meeting

    setup = agenda_meeting(sqlite_db)
    from datetime import datetime

    agenda.add_item(sqlite_db, setup.meeting_id, agenda.ItemInput(
        start=datetime(2021, 4, 29, 10), end=datetime(2021, 4, 29, 10, 30), title="Velkomst"))
    (row,) = agenda.load_agenda(sqlite_db, setup.meeting_id).items
    seen_by_me = {row.id: (row.version, agenda.item_input(row))}
    changed = replace(agenda.item_input(row), title="Velkomst ved borgmesteren", room_id=setup.big_room)
    agenda.update_item(sqlite_db, row.id, changed, row.version, agenda.item_input(row))  # another PC

    def keep(dialog: ConflictDialog) -> None:
        assert dialog.conflict.action == "delete"
        assert {f.name for f in dialog.conflict.fields} == {"title", "room_id"}
        assert dialog.mine_button.text() == "Delete &anyway"
        dialog.theirs_button.click()

    seen = _answer(qtbot, keep, "conflict-delete.png")
    with pytest.raises(ConflictSettled):
        delete_resolving(None, lambda check: agenda.delete_items(
            sqlite_db, [row.id], seen_by_me if check else None))
    assert seen and [i.title for i in agenda.load_agenda(sqlite_db, setup.meeting_id).items] == [
        "Velkomst ved borgmesteren"]

    _answer(qtbot, lambda dialog: dialog.mine_button.click())
    delete_resolving(None, lambda check: agenda.delete_items(sqlite_db, [row.id], seen_by_me if check else None))
    assert agenda.load_agenda(sqlite_db, setup.meeting_id).items == ()


def test_the_meeting_form_takes_others_changes_into_untouched_fields_and_asks_about_the_same_field(
        qtbot, sqlite_db: Database) -> None:  # type: ignore[no-untyped-def]
    from klimamoeder.gui.events import events
    from klimamoeder.gui.meeting_page import MeetingPage

    meeting = make_meeting(sqlite_db, make_network(sqlite_db))
    page = MeetingPage(sqlite_db)
    qtbot.addWidget(page)
    page.resize(1000, 760)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.set_meeting(meeting, None)
    form = page.form
    page.tabs.setCurrentWidget(form)  # the user opens the details (a meeting opens on its checklist)
    form.title.setText("Netværksmøde om varmeplaner")  # the user is typing
    form.title.setCursorPosition(5)

    other = meetings.get_meeting(sqlite_db, meeting)  # another PC saves a theme and a title
    meetings.update_meeting(sqlite_db, meeting, replace(other.fields, theme="Varmeplaner 2030",
                                                        title="Netværksmøde i Vejle"), other.version, other.fields)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        events.changed.emit("meeting", meeting)  # as the listener says when another PC saved it

    assert page.heading.text() == "Netværksmøde i Vejle"  # the header shows what is saved now
    assert form.theme.text() == "Varmeplaner 2030"  # their change, in a field the user had not touched
    assert form.title.text() == "Netværksmøde om varmeplaner"  # the user's typing, untouched
    assert form.title.cursorPosition() == 5
    assert form.notice.isVisible() and "You both changed: Title" in form.notice.text()
    shot(page, "meeting-changed-by-other")

    def merged(dialog: ConflictDialog) -> None:
        assert [f.name for f in dialog.conflict.conflicting] == ["title"]
        dialog.merge_button.click()

    seen = _answer(qtbot, merged, "conflict-meeting.png")
    assert form.save()
    assert seen
    stored = meetings.get_meeting(sqlite_db, meeting).fields
    assert (stored.title, stored.theme) == ("Netværksmøde om varmeplaner", "Varmeplaner 2030")
