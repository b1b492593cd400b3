"""The B2B window as the secretariat uses it on the WECP assembly: see what fits, plan, drag, lock, print."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragMoveEvent, QDropEvent
from sqlalchemy import select

from klimamoeder.gui import b2b_window
from klimamoeder.gui.b2b_grid import MIME
from klimamoeder.gui.b2b_window import B2BDialog
from klimamoeder.model import Meeting
from klimamoeder.services import b2b
from klimamoeder.storage import Database
from tests.gui.shots import shot
from tests.smtp_server import configured, memory_keyring, smtp_server
from tests.unit import pdf_reading as pdf

__all__ = ["configured", "memory_keyring", "smtp_server"]  # fixtures used by name

pytestmark = pytest.mark.gui
WECP = "demo-wecp-ga-2022@klimamoeder.invalid"


def wecp(db: Database) -> int:
    with db.session() as s:
        return s.scalars(select(Meeting.id).where(Meeting.calendar_uid == WECP)).one()


@pytest.fixture
def window(qtbot, demo_db: Database, monkeypatch: pytest.MonkeyPatch) -> B2BDialog:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(b2b_window, "TIME_LIMIT", 3.0)
    dialog = B2BDialog(demo_db, wecp(demo_db))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _cell_centre(window: B2BDialog, row: int, column: int) -> QPoint:
    return window.grid.visualRect(window.grid.schedule.index(row, column)).center()


def _drag(window: B2BDialog, meeting_id: int, row: int, column: int, kind: type) -> None:
    mime = QMimeData()
    mime.setData(MIME, QByteArray(str(meeting_id).encode()))
    centre = _cell_centre(window, row, column)  # Qt: a drag moves over a QPoint, drops at a QPointF
    position = centre if kind is QDragMoveEvent else QPointF(centre)
    event = kind(position, Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    (window.grid.dragMoveEvent if kind is QDragMoveEvent else window.grid.dropEvent)(event)


def test_the_window_shows_the_demo_schedule_and_what_can_fit_before_planning(window: B2BDialog) -> None:
    assert "7 slots of 15 minutes · 6 tables" in window.summary.text()
    assert "Before planning:" in window.outlook.text() and "can fit" in window.outlook.text()
    model = window.grid.schedule
    assert (model.rowCount(), model.columnCount()) == (7, 6)
    assert "Esbjerg Kommune" in model.headerData(0, Qt.Orientation.Horizontal)  # table 1 is the host's own
    assert model.headerData(0, Qt.Orientation.Vertical) == "15:00–15:15"
    assert window.conflicts.text() == "No conflicts."
    shot(window, "b2b-window")


def test_planning_runs_in_the_background_and_reports_greedy_beside_the_optimiser(qtbot, window: B2BDialog) -> None:  # type: ignore[no-untyped-def]
    window.fill_only.click()
    qtbot.waitUntil(lambda: window.planned is not None, timeout=30_000)
    text = window.outcome.text()
    assert "Planned 16 meetings" in text and "Greedy first free slot would give" in text


def test_dragging_marks_conflicts_live_and_dropping_moves_with_undo(qtbot, window: B2BDialog) -> None:  # type: ignore[no-untyped-def]
    data = window.data
    assert data is not None
    esbjerg = next(d.id for d in data.delegations if d.name == "Esbjerg Kommune")
    first, other = sorted((m for m in data.meetings if esbjerg in (m.a, m.b)), key=lambda m: m.start)[:2]
    other_row = data.slot_at(other.start).index
    _drag(window, first.id, other_row, 5, QDragMoveEvent)  # into Esbjerg's next slot at table 6: double booked
    marked = window.grid.schedule.conflicted
    assert {first.id, other.id} <= marked
    assert "Conflicts:" in window.conflicts.text()
    assert b2b.load_session(window.db, window.meeting_id).meetings == data.meetings  # nothing saved while dragging
    empty_slot = next(s.index for s in data.slots if not any(m.start == s.start and esbjerg in (m.a, m.b)
                                                              for m in data.meetings))
    _drag(window, first.id, empty_slot, 0, QDropEvent)
    moved = next(m for m in b2b.load_session(window.db, window.meeting_id).meetings if m.id == first.id)
    assert (moved.start, moved.table) == (data.slots[empty_slot].start, 1)
    window.undo_stack.undo()
    back = next(m for m in b2b.load_session(window.db, window.meeting_id).meetings if m.id == first.id)
    assert (back.start, back.table) == (first.start, first.table)


def test_locked_meetings_show_a_lock_and_cannot_be_dragged(qtbot, window: B2BDialog) -> None:  # type: ignore[no-untyped-def]
    index = next(window.grid.schedule.index(r, c) for r in range(7) for c in range(6)
                 if window.grid.schedule.meeting_at(window.grid.schedule.index(r, c)) is not None)
    window.grid.setCurrentIndex(index)
    window.grid.selectionModel().select(index, window.grid.selectionModel().SelectionFlag.ClearAndSelect)
    window.lock_button.click()
    index = window.grid.schedule.index(index.row(), index.column())
    assert "🔒" in window.grid.schedule.data(index)
    assert not window.grid.schedule.flags(index) & Qt.ItemFlag.ItemIsDragEnabled


def test_the_exports_write_agendas_and_the_table_plan(qtbot, window: B2BDialog, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window.export("agendas", tmp_path / "agendas.pdf")
    qtbot.waitUntil(lambda: (tmp_path / "agendas.pdf").exists(), timeout=20_000)
    window.export("table_plan", tmp_path / "plan.pdf")
    qtbot.waitUntil(lambda: (tmp_path / "plan.pdf").exists(), timeout=20_000)
    assert "Jesper Frost Rasmussen" in pdf.text((tmp_path / "agendas.pdf").read_bytes())
    assert pdf.page_count((tmp_path / "plan.pdf").read_bytes()) == 7


def test_a_meeting_without_a_session_offers_the_set_up_form(qtbot, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    with demo_db.session() as s:
        kl = s.scalars(select(Meeting.id).where(Meeting.calendar_uid.like("demo-kl-netvaerk-2027%"))).one()
    dialog = B2BDialog(demo_db, kl)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.tabs.currentWidget() is dialog.form and not dialog.schedule_all.isEnabled()
    dialog.form.tables.setValue(4)
    dialog.form.save.click()
    assert b2b.has_session(demo_db, kl) and dialog.schedule_all.isEnabled()
    assert dialog.grid.schedule.headerData(0, Qt.Orientation.Vertical) == "10:00–10:20"  # the meeting's own start
    shot(dialog, "b2b-new-session")


def _open_send_dialog(qtbot, window: B2BDialog):  # type: ignore[no-untyped-def]
    from klimamoeder.gui.b2b_send import B2BInvitesDialog

    window.send_button.click()
    dialog = window.send_dialog
    assert isinstance(dialog, B2BInvitesDialog)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.rehearsal is not None, timeout=20_000)
    return dialog


def test_sending_the_bilateral_invitations_from_the_window(qtbot, window: B2BDialog, smtp_server,  # type: ignore[no-untyped-def]
                                                           configured) -> None:
    handler, _port = smtp_server
    dialog = _open_send_dialog(qtbot, window)
    plan = dialog.rehearsal.plan
    assert dialog.table.rowCount() == len(plan.recipients) == len(plan.to_send) > 30
    assert dialog.table.item(0, 5).text() == "Invitation" and dialog.send_button.isEnabled()
    assert "not published yet" in dialog.heading.text()
    assert [dialog.previews.tabText(i) for i in range(dialog.previews.count())] == ["English", "Danish"]
    shot(dialog, "b2b-send-recipients")
    dialog.tabs.setCurrentIndex(1)
    dialog.previews.setCurrentIndex(1)
    shot(dialog, "b2b-send-preview-da")
    dialog.send_button.click()
    qtbot.waitUntil(lambda: dialog.result_label.text().startswith("Delivered:"), timeout=30_000)
    assert len(handler.messages) == len(plan.to_send)
    qtbot.waitUntil(lambda: dialog.rehearsal is not None and not dialog.rehearsal.plan.to_send, timeout=20_000)
    assert not dialog.send_button.isEnabled() and dialog.table.item(0, 5).text() == "– up to date"
    assert "sent" in dialog.table.item(0, 6).text()
    dialog.close()


def test_without_mail_settings_the_dialog_says_why_and_drafts_can_be_saved(qtbot, window: B2BDialog,  # type: ignore[no-untyped-def]
                                                                          tmp_path: Path, memory_keyring) -> None:
    dialog = _open_send_dialog(qtbot, window)
    assert not dialog.send_button.isEnabled() and dialog.drafts_button.isEnabled()
    assert dialog.problem.isVisible() and dialog.problem.text()
    dialog.save_drafts(tmp_path / "drafts")
    qtbot.waitUntil(lambda: dialog.result_label.text().startswith("Delivered:"), timeout=30_000)
    assert len(list((tmp_path / "drafts").glob("*.eml"))) == len(dialog.rehearsal.plan.recipients)
    dialog.close()
