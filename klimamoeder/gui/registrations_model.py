"""The registrations table's columns and the plain data the background load prepares for it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject

from .. import heap
from ..model import ParticipantRole, RegistrationStatus
from ..services import attendance, meetings, registrations
from ..services.attendance import DayHeadcount
from ..services.progress import Progress
from ..services.registrations import RegistrationRow
from ..storage import Database
from .labels import label
from .row_table import ColumnSpec, RowTableModel

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
    rows: list[RegistrationRow]
    labels: Labels
    days: list[date]
    day_names: dict[str, str]
    headcounts: list[DayHeadcount]
    capacity: int | None
    title: str
    registered: int = 0
    waitlisted: int = 0


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
    details = meetings.get_meeting(db, meeting_id)
    days = attendance.meeting_day_list(db, meeting_id)
    step(1, 3)
    rows = registrations.list_registrations(db, meeting_id)
    step(2, 3)
    counts = attendance.headcounts_of_rows(days, rows)  # from the rows just read: no second read of them all
    names = {d.isoformat(): day_name(d) for d in days}  # QLocale is reentrant
    statuses = [r.status for r in rows]
    return LoadedMeeting(meeting_id, rows, labels, days, names, counts, details.fields.capacity,
                         details.fields.title, statuses.count(RegistrationStatus.REGISTERED),
                         statuses.count(RegistrationStatus.WAITLISTED))


def search_texts(loaded: LoadedMeeting) -> list[str]:
    """Each row's lower-cased searchable text (name, organisation, status and role in both the shown language and
    the stored value, days by name, date and number, e-mail, diet), in the order of `loaded.rows`. Plain data in,
    plain data out: made in the background after the table is shown, or by the filter if it is needed first."""
    labels, names, days = loaded.labels, loaded.day_names, loaded.days
    every_day = " ".join(names.values())
    numbered = {d.isoformat(): f"{n}" for n, d in enumerate(days, start=1)}
    # The searchable text of the parts many rows share (a status, a role, a day set), made once per value.
    status_text = {s: f"{labels.status[s]} {s.value}".casefold() for s in labels.status}
    role_text = {r: f"{labels.role[r]} {r.value}".casefold() for r in labels.role}
    days_text: dict[tuple[str, ...], str] = {}
    haystacks = []
    for r in loaded.rows:
        chosen = days_text.get(r.days)
        if chosen is None:
            chosen = days_text[r.days] = (
                " ".join(f"{d} {names.get(d, d)} #{numbered.get(d, '')}" for d in r.days) if r.days else
                f"{labels.all_days} {every_day} " + " ".join(f"{d} #{n}" for d, n in numbered.items())).casefold()
        haystacks.append(f"{r.name} {r.organisation} {status_text[r.status]} {role_text[r.role]} {chosen} "
                         f"{r.email} {r.dietary}".casefold())
    return haystacks


def first_line(text: str) -> str:
    return text.split("\n", 1)[0]


class RegistrationTableModel(RowTableModel[RegistrationRow]):
    def __init__(self, parent: QObject | None = None) -> None:
        self.labels = Labels.current()
        self.day_names: dict[str, str] = {}
        self.day_count = 0
        labels = self.labels
        columns = [
            ColumnSpec(QCoreApplication.translate("Registrations", "Name"),
                       lambda r: r.name, lambda r: r.name.casefold()),
            ColumnSpec(QCoreApplication.translate("Registrations", "Organisation"),
                       lambda r: r.organisation, lambda r: r.organisation.casefold()),
            ColumnSpec(QCoreApplication.translate("Registrations", "Status"),
                       lambda r: labels.status[r.status], lambda r: STATUS_ORDER[r.status]),
            ColumnSpec(QCoreApplication.translate("Registrations", "Role"),
                       lambda r: labels.role[r.role], lambda r: ROLE_ORDER[r.role]),
            ColumnSpec(QCoreApplication.translate("Registrations", "Days"), self._days, lambda r: r.days),
            ColumnSpec(QCoreApplication.translate("Registrations", "Dietary needs"),
                       lambda r: r.dietary, lambda r: r.dietary.casefold(), editable=True),
            ColumnSpec(QCoreApplication.translate("Registrations", "Accessibility"),
                       lambda r: r.accessibility, lambda r: r.accessibility.casefold(), editable=True),
            ColumnSpec(QCoreApplication.translate("Registrations", "Checked in"),
                       self._checked_in, lambda r: len(r.checked_in)),
            ColumnSpec(QCoreApplication.translate("Registrations", "E-mail"), lambda r: r.email, lambda r: r.email),
            ColumnSpec(QCoreApplication.translate("Registrations", "Notes"),
                       lambda r: first_line(r.notes), lambda r: r.notes.casefold()),
        ]
        super().__init__(columns, parent)

    def _days(self, row: RegistrationRow) -> str:
        if not row.days:
            return self.labels.all_days
        return ", ".join(self.day_names.get(d, d) for d in row.days)

    def _checked_in(self, row: RegistrationRow) -> str:
        if not row.checked_in:
            return ""
        if self.day_count <= 1:
            return "✓"
        return ", ".join(self.day_names.get(d, d) for d in row.checked_in)

    def set_loaded(self, loaded: LoadedMeeting, refresh: bool = False, keep: tuple[int, ...] = ()) -> None:
        """Show a meeting's rows; `refresh` (the same meeting again) updates in place, see `refresh_rows`."""
        self.day_names = loaded.day_names
        self.day_count = len(loaded.days)
        if refresh:
            self.refresh_rows(loaded.rows, lambda: search_texts(loaded), keep)
        else:
            self.set_rows(loaded.rows, lambda: search_texts(loaded))
