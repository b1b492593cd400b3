"""The registrations table's columns and the plain data the background load prepares for it."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from operator import itemgetter
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject

from .. import heap
from ..model import ParticipantRole, RegistrationStatus
from ..services import attendance, registrations
from ..services.attendance import DayHeadcount
from ..services.bulk import slices
from ..services.progress import Progress
from ..services.registrations import At, Stored, StoredRow, TableRegistration
from ..storage import Database
from .labels import label
from .row_table import ColumnSpec, RowTableModel

# Keyed by the members, found by a stored row's text too: a StrEnum member is equal to its value, and hashes alike.
STATUS_ORDER = {s: i for i, s in enumerate(RegistrationStatus)}
ROLE_ORDER = {r: i for i, r in enumerate(ParticipantRole)}
NAME, ORGANISATION, STATUS, ROLE, DAYS, DIETARY, ACCESSIBILITY, CHECKED_IN, EMAIL, NOTES = range(10)


@dataclass(frozen=True)
class Labels:
    """Translated words, made on the GUI thread and handed to the background load."""

    status: dict[RegistrationStatus, str]
    role: dict[ParticipantRole, str]
    all_days: str

    @classmethod
    def current(cls) -> Labels:
        return cls({s: label(s) for s in RegistrationStatus}, {r: label(r) for r in ParticipantRole},
                   QCoreApplication.translate("Registrations", "All days"))


@dataclass(frozen=True)
class LoadedMeeting:
    meeting_id: int
    rows: list[StoredRow]  # as `registrations.read_table` read them
    labels: Labels
    days: list[date]
    day_names: dict[str, str]
    headcounts: list[DayHeadcount]
    capacity: int | None
    title: str
    registered: int = 0
    waitlisted: int = 0
    stored: Stored = field(default_factory=Stored, compare=False)  # the rows' stored values decoded


def day_name(day: date) -> str:
    # The format is translated (Danish "ons. 5. okt."); QCoreApplication.translate is thread-safe.
    short_format = QCoreApplication.translate("Registrations", "ddd d MMM")
    return QLocale().toString(QDate(day.year, day.month, day.day), short_format)


def load(db: Database, meeting_id: int, labels: Labels, progress: Progress | None = None) -> LoadedMeeting:
    """Everything the tab shows, as plain data; runs off the GUI thread (a cancelled load stops between steps)."""
    with heap.bulk(keep=True):  # no GC pause holding the GIL while 100,000 rows are made; they stay
        return _load(db, meeting_id, labels, progress)


def _load(db: Database, meeting_id: int, labels: Labels, progress: Progress | None) -> LoadedMeeting:
    step = progress.step if progress is not None else (lambda *_args: None)
    step(0, 2)
    # The meeting and its rows in one read, one query for the rows; a load made stale stops within it.
    table = registrations.read_table(db, meeting_id, progress)
    step(1, 2)
    rows = table.rows
    counts = attendance.headcounts_of_stored(table.days, rows)  # from the rows just read: no second read
    names = {d.isoformat(): day_name(d) for d in table.days}  # QLocale is reentrant
    statuses: Counter[str] = Counter()
    for part in slices(rows):  # a part at a time: the window's thread runs in between
        statuses.update(map(itemgetter(At.STATUS), part))
    return LoadedMeeting(meeting_id, rows, labels, table.days, names, counts, table.capacity, table.title,
                         statuses[RegistrationStatus.REGISTERED.value], statuses[RegistrationStatus.WAITLISTED.value])


def search_texts(loaded: LoadedMeeting) -> list[str]:
    """Each row's lower-cased searchable text (name, organisation, status and role in both the shown language and
    the stored value, days by name, date and number, e-mail, diet), in the order of `loaded.rows`. Plain data in,
    plain data out: made in the background after the table is shown, or by the filter if it is needed first."""
    labels, names, days = loaded.labels, loaded.day_names, loaded.days
    every_day = " ".join(names.values())
    numbered = {d.isoformat(): f"{n}" for n, d in enumerate(days, start=1)}
    # The searchable text of the parts many rows share (a status, a role, a day set), made once per stored value.
    status_text = {s.value: f"{labels.status[s]} {s.value}".casefold() for s in labels.status}
    role_text = {r.value: f"{labels.role[r]} {r.value}".casefold() for r in labels.role}
    chosen_days = loaded.stored.days
    days_text: dict[str, str] = {}
    haystacks = []
    name, organisation, status, role, days_at, email, dietary = (
        At.NAME, At.ORGANISATION, At.STATUS, At.ROLE, At.DAYS, At.EMAIL, At.DIETARY)
    for r in loaded.rows:
        stored = r[days_at]
        chosen = days_text.get(stored)
        if chosen is None:
            chosen_set = chosen_days[stored]
            chosen = days_text[stored] = (
                " ".join(f"{d} {names.get(d, d)} #{numbered.get(d, '')}" for d in chosen_set) if chosen_set else
                f"{labels.all_days} {every_day} " + " ".join(f"{d} #{n}" for d, n in numbered.items())).casefold()
        haystacks.append(f"{r[name]} {r[organisation] or ''} {status_text[r[status]]} {role_text[r[role]]} {chosen} "
                         f"{r[email] or ''} {r[dietary]}".casefold())
    return haystacks


def first_line(text: str) -> str:
    return text.split("\n", 1)[0]


class RegistrationTableModel(RowTableModel[StoredRow]):
    """The rows as `registrations.read_table` read them: each shown cell's text is made when Qt asks for it (a
    screenful at a time), the domain values of a row when the window acts on it (`registration_at`)."""

    row_id = staticmethod(itemgetter(At.ID))

    def __init__(self, parent: QObject | None = None) -> None:
        self.labels = Labels.current()
        self.day_names: dict[str, str] = {}
        self.day_count = 0
        self.stored = Stored()
        self._days_shown: dict[Any, str] = {}  # stored day set → its text in the Days column
        self._checked_shown: dict[str | None, str] = {}
        labels = self.labels
        columns = [
            ColumnSpec(QCoreApplication.translate("Registrations", "Name"),
                       itemgetter(At.NAME), lambda r: r[At.NAME].casefold()),
            ColumnSpec(QCoreApplication.translate("Registrations", "Organisation"),
                       lambda r: r[At.ORGANISATION] or "", lambda r: (r[At.ORGANISATION] or "").casefold()),
            ColumnSpec(QCoreApplication.translate("Registrations", "Status"),
                       lambda r: labels.status[r[At.STATUS]], lambda r: STATUS_ORDER[r[At.STATUS]]),
            ColumnSpec(QCoreApplication.translate("Registrations", "Role"),
                       lambda r: labels.role[r[At.ROLE]], lambda r: ROLE_ORDER[r[At.ROLE]]),
            ColumnSpec(QCoreApplication.translate("Registrations", "Days"), self._days,
                       lambda r: self.stored.days[r[At.DAYS]]),
            ColumnSpec(QCoreApplication.translate("Registrations", "Dietary needs"),
                       itemgetter(At.DIETARY), lambda r: r[At.DIETARY].casefold(), editable=True),
            ColumnSpec(QCoreApplication.translate("Registrations", "Accessibility"),
                       itemgetter(At.ACCESSIBILITY), lambda r: r[At.ACCESSIBILITY].casefold(), editable=True),
            ColumnSpec(QCoreApplication.translate("Registrations", "Checked in"),
                       self._checked_in, lambda r: len(self.stored.checked_in[r[At.CHECKED_IN]])),
            ColumnSpec(QCoreApplication.translate("Registrations", "E-mail"),
                       lambda r: r[At.EMAIL] or "", lambda r: r[At.EMAIL] or ""),
            ColumnSpec(QCoreApplication.translate("Registrations", "Notes"),
                       lambda r: first_line(r[At.NOTES]), lambda r: r[At.NOTES].casefold()),
        ]
        super().__init__(columns, parent)

    def _days(self, row: StoredRow) -> str:
        stored = row[At.DAYS]
        shown = self._days_shown.get(stored)
        if shown is None:
            chosen = self.stored.days[stored]
            shown = self._days_shown[stored] = (", ".join(self.day_names.get(d, d) for d in chosen) if chosen
                                                else self.labels.all_days)
        return shown

    def _checked_in(self, row: StoredRow) -> str:
        stored = row[At.CHECKED_IN]
        if not stored:
            return ""
        shown = self._checked_shown.get(stored)
        if shown is None:
            shown = self._checked_shown[stored] = ("✓" if self.day_count <= 1 else
                                                   ", ".join(self.day_names.get(d, d)
                                                             for d in self.stored.checked_in[stored]))
        return shown

    def registration_at(self, row: int) -> TableRegistration:
        """The registration shown at model row `row`, as domain values."""
        return self.stored.registration(self.row_at(row))

    def registrations(self) -> list[TableRegistration]:
        """Every registration of the table (in its current order), as domain values."""
        return [self.stored.registration(r) for r in self.rows]

    def set_loaded(self, loaded: LoadedMeeting, refresh: bool = False, keep: tuple[int, ...] = ()) -> None:
        """Show a meeting's rows; `refresh` (the same meeting again) updates in place, see `refresh_rows`."""
        self.day_names = loaded.day_names
        self.day_count = len(loaded.days)
        self.stored = loaded.stored
        self._days_shown, self._checked_shown = {}, {}
        if refresh:
            self.refresh_rows(loaded.rows, lambda: search_texts(loaded), keep)
        else:
            self.set_rows(loaded.rows, lambda: search_texts(loaded))
