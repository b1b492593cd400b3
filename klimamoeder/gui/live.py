"""Live views for a team: other people's commits refresh this window, and edits survive a lost connection.

`LiveUpdates` runs the database's listener (PostgreSQL LISTEN, or SQLite `data_version` polling; see
`services/listen.py`) on its own thread and turns each notice into the one `events.changed(kind, meeting)`
signal the views already obey, on the GUI thread, within a fraction of a second. Views refresh in place
(`RowTableModel.refresh_rows`), so selection, scroll position and a cell being typed in stay.

`recent` remembers who changed which row a moment ago, for the subtle "Changed by Mette just now".

`pending` holds edits made while the connection is down: each is tried again when the listener is back,
and one that still cannot be saved is reported — never dropped silently.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, QPersistentModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QStyledItemDelegate,
    QWidget,
)

from ..services import listen
from ..services.changes import CLIENT_ID, Notice
from ..storage import Database
from .events import events

# Which views a table's rows show up in (the kinds of `events.changed`).
TABLE_KINDS = {
    "meeting": "meeting", "venue": "meeting", "network": "networks", "membership": "networks",
    "registration": "registrations", "check_in": "registrations", "calendar_reply": "registrations",
    "invitation_delivery": "registrations", "agenda_item": "agenda", "agenda_person": "agenda", "room": "agenda",
    "person": "people", "organisation": "people",
}
EVERY_KIND = ("meeting", "networks", "registrations", "agenda", "people")
RECENT_SECONDS = 30.0  # how long a row someone else changed stays tinted
COALESCE_MS = 60  # notices arriving together (one save can send several) make one refresh
SPACING_MS = 300  # at most this often while changes keep coming (each refresh cancels a running load)


# --- who changed what, a moment ago -------------------------------------------------------------

@dataclass(frozen=True)
class Recent:
    author: str
    at: float  # time.monotonic()


class RecentChanges:
    """Rows changed by others in the last half minute: (table, id) → who and when."""

    def __init__(self) -> None:
        self._rows: dict[tuple[str, int], Recent] = {}

    def add(self, notice: Notice) -> None:
        now = time.monotonic()
        for change in notice.changes:
            for row_id in change.ids or ():
                self._rows[(change.table, row_id)] = Recent(notice.author, now)

    def author_of(self, table: str, row_id: int) -> str | None:
        found = self._rows.get((table, row_id))
        if found is None or time.monotonic() - found.at > RECENT_SECONDS:
            return None
        return found.author

    def marks(self, table: str, ids: Iterable[int] | None = None) -> dict[int, str]:
        """Row id → "Changed by Mette just now" for the rows of `table` changed lately."""
        now = time.monotonic()
        wanted = set(ids) if ids is not None else None
        return {row_id: changed_by_text(r.author) for (t, row_id), r in self._rows.items()
                if t == table and now - r.at <= RECENT_SECONDS and (wanted is None or row_id in wanted)}

    def forget_old(self) -> None:
        now = time.monotonic()
        self._rows = {k: r for k, r in self._rows.items() if now - r.at <= RECENT_SECONDS}


def changed_by_text(author: str) -> str:
    if not author:
        return QCoreApplication.translate("Live", "Changed elsewhere just now")
    return QCoreApplication.translate("Live", "Changed by {author} just now").format(author=author)


recent = RecentChanges()


# --- edits waiting for the connection -----------------------------------------------------------

def connection_lost(error: BaseException) -> bool:
    """A PostgreSQL connection that broke or could not be made (server restart, sleep, VPN) — not a rule."""
    from sqlalchemy.exc import DBAPIError

    if not isinstance(error, DBAPIError):
        return False
    if error.connection_invalidated:
        return True
    orig = error.orig
    if not type(orig).__module__.startswith("psycopg"):
        return False  # SQLite's "database is locked" is not a lost connection
    state = getattr(orig, "sqlstate", None)
    return state is None or state.startswith("08") or state in ("57P01", "57P02", "57P03")


@dataclass
class _Waiting:
    stack: QUndoStack
    command: object  # a ServiceCommand (imported lazily: undo imports this module)
    parent: QWidget | None


class PendingEdits(QObject):
    """Edits that met a lost connection, in the order they were made; tried again when it is back."""

    changed = Signal(int)  # how many are waiting
    reported = Signal(str)  # a one-line outcome for the status bar

    def __init__(self) -> None:
        super().__init__()
        self.waiting: list[_Waiting] = []
        self.offline = False

    def add(self, stack: QUndoStack, command: object, parent: QWidget | None) -> None:
        self.waiting.append(_Waiting(stack, command, parent))
        self.changed.emit(len(self.waiting))

    def retry(self) -> None:
        """The connection is back: save each waiting edit now (through the usual conflict checks)."""
        from .undo import ServiceCommand

        waiting, self.waiting = self.waiting, []
        for item in waiting:
            command = item.command
            assert isinstance(command, ServiceCommand)
            again = command.fresh()
            item.stack.push(again)
            if again.error is None:
                self.reported.emit(QCoreApplication.translate(
                    "Live", "Saved after reconnecting: {change}").format(change=again.label))
            elif connection_lost(again.error):
                self.waiting.append(item)
            else:
                from .conflict_dialog import ConflictSettled
                from .tasks import error_text

                if not isinstance(again.error, ConflictSettled):
                    QMessageBox.warning(item.parent, again.label, QCoreApplication.translate(
                        "Live", "This change, made while the connection was lost, could not be saved:\n\n{reason}"
                    ).format(reason=error_text(again.error)))
        self.changed.emit(len(self.waiting))


pending = PendingEdits()


# --- the listener, on the GUI's side ------------------------------------------------------------

class LiveUpdates(QObject):
    """Starts the listener for `db` and refreshes the views on the GUI thread; owns the status label."""

    heard = Signal(object)  # a Notice from another client, on the GUI thread
    online_changed = Signal(bool)
    reported = Signal(str)  # what became of edits that waited for the connection
    _incoming = Signal(object)  # from the listener thread (queued to the GUI thread)
    _state = Signal(bool)

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.online: bool | None = None
        self._kinds: set[tuple[str, int | None]] = set()
        self._flush = QTimer(self)
        self._flush.setSingleShot(True)
        self._flushed_at = 0.0
        self._flush.timeout.connect(self._emit_changes)
        self._incoming.connect(self._on_notice, Qt.ConnectionType.QueuedConnection)
        self._state.connect(self._on_state, Qt.ConnectionType.QueuedConnection)
        self.listener = listen.for_database(db.url, self._incoming.emit, self._state.emit)
        pending.reported.connect(self.reported)
        listener = self.listener
        if listener is not None:  # a window closed without closeEvent (tests, a crash) still ends its thread
            self.destroyed.connect(lambda *_args: listener.stop(timeout=0))

    def start(self) -> LiveUpdates:
        if self.listener is not None:
            self.listener.start()
        return self

    def stop(self) -> None:
        if self.listener is not None:
            self.listener.stop()
        pending.offline = False  # nobody is listening for the connection any more: edits are tried at once

    # --- on the GUI thread ---------------------------------------------------------------------
    def _on_notice(self, notice: Notice) -> None:
        if notice.client == CLIENT_ID:
            return  # our own commit: the view that made it has refreshed already
        recent.add(notice)
        if notice.resync or any(c.ids is None and not c.meetings for c in notice.changes):
            self._kinds.update((kind, None) for kind in EVERY_KIND)
        for change in notice.changes:
            kind = TABLE_KINDS.get(change.table)
            if kind is None:
                continue
            if change.meetings:
                self._kinds.update((kind, m) for m in change.meetings)
            else:
                self._kinds.add((kind, None))
            if change.table == "meeting" and change.ids:  # a meeting's own row: the navigation lists it
                self._kinds.update(("meeting", m) for m in change.ids)
        self.heard.emit(notice)
        if not self._flush.isActive():
            since = (time.monotonic() - self._flushed_at) * 1000
            self._flush.start(int(max(COALESCE_MS, SPACING_MS - since)))

    def _emit_changes(self) -> None:
        self._flushed_at = time.monotonic()
        kinds, self._kinds = self._kinds, set()
        for kind, meeting_id in sorted(kinds, key=lambda k: (k[0], k[1] or 0)):
            events.changed.emit(kind, meeting_id)

    def _on_state(self, online: bool) -> None:
        was = self.online
        self.online = online
        pending.offline = not online
        self.online_changed.emit(online)
        if online and was is False:
            pending.retry()


def attach_live(window: QMainWindow, db: Database) -> LiveUpdates:
    """Live refresh for a main window: the listener, the quiet status word, "changed by …" messages."""
    live = LiveUpdates(db, window)
    bar = window.statusBar()
    bar.addPermanentWidget(ConnectionStatus(live))

    def heard(notice: Notice) -> None:
        if not notice.resync:
            bar.showMessage(changed_by_text(notice.author), 6000)

    live.heard.connect(heard)
    live.reported.connect(lambda text: bar.showMessage(text, 8000))
    return live.start()


class UserNameDialog(QInputDialog):
    """Settings → Your name: what the team sees as "changed by …" (without it, the computer's user name)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from ..services.changes import current_author

        self.setWindowTitle(self.tr("Your name"))
        self.setLabelText(self.tr("Your name as the others in the team see it next to your changes:"))
        self.setTextValue(current_author())


def ask_user_name(parent: QWidget) -> None:
    from .. import settings

    dialog = UserNameDialog(parent)
    if dialog.exec():
        settings.update(user_name=" ".join(dialog.textValue().split()) or None)


def confirm_quit_with_pending(parent: QWidget) -> bool:
    """Closing with edits still waiting for the connection loses them: only if the user says so."""
    if not pending.waiting:
        return True
    answer = QMessageBox.warning(
        parent, QCoreApplication.translate("Live", "Changes not saved yet"),
        QCoreApplication.translate(
            "Live", "{count} change(s) made while the connection was lost have not been saved yet. Close anyway "
                    "and lose them?").format(count=len(pending.waiting)),
        QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
    return answer == QMessageBox.StandardButton.Close


class ConnectionStatus(QLabel):
    """The status bar's quiet word on the team connection: nothing while all is well."""

    def __init__(self, live: LiveUpdates, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectionStatus")
        self._online: bool | None = None
        self._waiting = 0
        live.online_changed.connect(self._set_online)
        pending.changed.connect(self._set_waiting)
        self._show()

    def _set_online(self, online: bool) -> None:
        self._online = online
        self._show()

    def _set_waiting(self, count: int) -> None:
        self._waiting = count
        self._show()

    def _show(self) -> None:
        parts = []
        if self._online is False:
            parts.append(self.tr("Offline — reconnecting…"))
        if self._waiting:
            parts.append(self.tr("{count} change(s) waiting for the connection").format(count=self._waiting))
        self.setText("  ·  ".join(parts))
        self.setProperty("offline", self._online is False)
        self.style().unpolish(self)
        self.style().polish(self)
        self.setVisible(bool(parts))


# --- typing in a cell while the table refreshes ---------------------------------------------------

@contextmanager
def keeping_top_row(view: QAbstractItemView) -> Iterator[None]:
    """Rows inserted or removed above the first visible one must not scroll the user's place away."""
    top = view.indexAt(QPoint(0, 0))
    anchor = QPersistentModelIndex(top) if top.isValid() and top.row() > 0 else None
    yield
    if anchor is not None and anchor.isValid() and view.indexAt(QPoint(0, 0)).row() != anchor.row():
        view.scrollTo(view.model().index(anchor.row(), anchor.column()), QAbstractItemView.ScrollHint.PositionAtTop)


class KeepTypingDelegate(QStyledItemDelegate):
    """A cell editor whose text survives refreshes: once the user has typed, a refresh leaves it alone.

    When the user commits, `commit(source_row_object, column, text)` is called with the row *as it was when
    editing began* (its version and values are the original of a three-way merge), instead of `setData`.
    """

    def __init__(self, row_at: Callable[[object], object], commit: Callable[[object, int, str], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._row_at, self._commit = row_at, commit

    def createEditor(self, parent: QWidget, option: object, index: object) -> QWidget:
        editor = QLineEdit(parent)
        editor.setFrame(False)
        editor.base_row = self._row_at(index)  # type: ignore[attr-defined]
        return editor

    def setEditorData(self, editor: QWidget, index: object) -> None:
        if isinstance(editor, QLineEdit) and editor.isModified():
            return  # the user's typing wins over a refresh
        super().setEditorData(editor, index)  # type: ignore[arg-type]

    def setModelData(self, editor: QWidget, model: object, index: object) -> None:
        if isinstance(editor, QLineEdit) and editor.isModified():
            base, column, text = editor.base_row, index.column(), editor.text()  # type: ignore[attr-defined]
            # Saved once the editor has closed: a conflict dialog must not open in the middle of closing it.
            QTimer.singleShot(0, lambda: self._commit(base, column, text))
