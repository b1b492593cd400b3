"""Import participants into a meeting from a CSV or XLSX file, all or nothing.

Steps, each callable on its own (the wizard shows them one by one): `read_table` (tabular.py),
`guess_mapping` (Danish and English headers), `check` (every row validated: line, column, value,
why), `import_participants` (one transaction). A file with any invalid row imports nothing unless
the caller explicitly asks for the valid rows only. Existing people are matched by e-mail address
(any case, main or other address), so importing twice never duplicates anyone; people without an
address are matched by name and organisation. Imported registrations follow the one status rule
(`registrations.SeatRule`): the importer hands it each row's old and wanted status and writes what it
decides in bulk, then lets it promote from the wait list; the meeting is locked for the whole import.
The registration deadline does not apply, because an import is the organiser's own data entry.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table as SqlTable
from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from .. import heap
from ..i18n import translate
from ..model import (
    ConsentPurpose,
    ConsentSource,
    Language,
    Organisation,
    OrganisationKind,
    ParticipantRole,
    Person,
    Registration,
    RegistrationSource,
    RegistrationStatus,
)
from ..storage import Database
from .audit import acting, allocate_ids
from .bulk import BulkInsert
from .errors import DomainError
from .import_review import FilePerson, KnownPerson, Review, review, risky_cells
from .names import guess_family_name
from .people import normalise_email
from .privacy.consent import record_batch
from .progress import Progress
from .registrations import SeatRule, TransitionRefused, meeting_days
from .tabular import ImportFailed, RowProblem, Table, read_table

__all__ = ["FIELDS", "ImportFailed", "ImportResult", "RowProblem", "Table", "check", "field_label",
           "guess_mapping", "import_participants", "read_table"]

Status = RegistrationStatus
FIELDS = ("name", "first_name", "last_name", "email", "organisation", "job_title", "phone", "dietary",
          "accessibility", "role", "status", "days", "language", "notes", "consent_list", "consent_photos",
          "consent_newsletter")
# Consent columns: the purpose each answers (recorded through the one consent rule, source "import").
_CONSENT_FIELDS = {"consent_list": ConsentPurpose.SHARED_LIST, "consent_photos": ConsentPurpose.PHOTOS,
                   "consent_newsletter": ConsentPurpose.NEWSLETTER}
_YES_NO = {True: ("ja", "yes", "j", "y", "x", "1", "true", "sand", "✓", "✔"),
           False: ("nej", "no", "n", "0", "false", "falsk")}
_LINE_BREAKS = re.compile(r"[ \t]*[\r\n]+[ \t]*")
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # Unicode category Cc except tab and line feed
_LIMITS = {"name": 200, "email": 254, "organisation": 200, "job_title": 200, "phone": 40, "dietary": 300,
           "accessibility": 300, "notes": 10000}

_HEADERS: dict[str, tuple[str, ...]] = {
    "name": ("navn", "fuldtnavn", "fuldenavn", "deltager", "deltagernavn", "name", "fullname", "participant"),
    "first_name": ("fornavn", "fornavne", "firstname", "givenname", "forename"),
    "last_name": ("efternavn", "lastname", "surname", "familyname"),
    "email": ("email", "emailadresse", "mail", "mailadresse", "emailaddress", "epost", "epostadresse"),
    "organisation": ("organisation", "organization", "org", "virksomhed", "firma", "kommune", "arbejdsplads",
                     "institution", "company", "employer", "myndighed", "forvaltning"),
    "job_title": ("titel", "stilling", "jobtitel", "stillingsbetegnelse", "title", "jobtitle", "position"),
    "phone": ("telefon", "tlf", "tlfnr", "telefonnummer", "telefonnr", "mobil", "mobilnummer", "phone",
              "telephone", "mobile", "phonenumber"),
    "dietary": ("kost", "kosthensyn", "diæt", "allergier", "allergi", "madønsker", "specialkost", "dietary",
                "diet", "dietaryrequirements", "dietaryneeds", "food"),
    "accessibility": ("tilgængelighed", "handicap", "særligebehov", "accessibility", "accessneeds",
                      "specialneeds"),
    "role": ("rolle", "role", "deltagertype", "type"),
    "status": ("status", "tilmelding", "tilmeldingsstatus", "registrationstatus"),
    "days": ("dage", "dag", "deltagerdage", "days", "day", "attendingdays"),
    "language": ("sprog", "language", "lang"),
    "notes": ("noter", "note", "bemærkninger", "bemærkning", "kommentar", "kommentarer", "notes", "comments",
              "comment", "remarks"),
    "consent_list": ("deltagerliste", "samtykkedeltagerliste", "pådeltagerlisten", "participantlist",
                     "consentlist", "sharedlist", "onthelist"),
    "consent_photos": ("foto", "fotos", "billeder", "samtykkefoto", "fotosamtykke", "photo", "photos",
                       "photoconsent", "consentphotos"),
    "consent_newsletter": ("nyhedsbrev", "nyhedsbreve", "mailingliste", "newsletter", "mailinglist",
                           "consentnewsletter"),
}
Vocabulary = Mapping[enum.Enum, tuple[str, ...]]  # a status, role or language: how a file may spell it
_STATUS_WORDS: Vocabulary = {
    Status.REGISTERED: ("registered", "tilmeldt", "ja", "yes", "accepted", "deltager", "x"),
    Status.INVITED: ("invited", "inviteret"),
    Status.WAITLISTED: ("waitlisted", "waitlist", "venteliste", "påventeliste"),
    Status.DECLINED: ("declined", "afbud", "nej", "no", "afslået"),
    Status.CANCELLED: ("cancelled", "canceled", "afmeldt", "annulleret"),
}
_ROLE_WORDS: Vocabulary = {
    ParticipantRole.PARTICIPANT: ("participant", "deltager"),
    ParticipantRole.SPEAKER: ("speaker", "oplægsholder", "taler", "foredragsholder"),
    ParticipantRole.ORGANISER: ("organiser", "organizer", "arrangør", "vært"),
    ParticipantRole.PRESS: ("press", "presse", "journalist"),
    ParticipantRole.STAFF: ("staff", "personale", "medarbejder", "sekretariat"),
    ParticipantRole.GUEST: ("guest", "gæst"),
}
_LANGUAGE_WORDS: Vocabulary = {Language.DANISH: ("da", "dansk", "danish", "dk"),
                               Language.ENGLISH: ("en", "engelsk", "english")}


def _key(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def field_label(name: str) -> str:
    labels = {
        "name": translate("Import", "Name"), "first_name": translate("Import", "First name"),
        "last_name": translate("Import", "Last name"), "email": translate("Import", "E-mail"),
        "organisation": translate("Import", "Organisation"), "job_title": translate("Import", "Job title"),
        "phone": translate("Import", "Phone"), "dietary": translate("Import", "Dietary needs"),
        "accessibility": translate("Import", "Accessibility"), "role": translate("Import", "Role"),
        "status": translate("Import", "Status"), "days": translate("Import", "Days"),
        "language": translate("Import", "Language"), "notes": translate("Import", "Notes"),
        "consent_list": translate("Import", "Consent: participant list"),
        "consent_photos": translate("Import", "Consent: photos"),
        "consent_newsletter": translate("Import", "Consent: newsletter"),
    }
    return labels[name]


def guess_mapping(headers: tuple[str, ...] | list[str], table: Table | None = None) -> list[str | None]:
    """The field each column most likely holds (exact header words first, then header prefixes).

    Given the `table`, answers from Microsoft Forms and Google Forms map too (`forms_mapping`):
    their timestamp columns are left out and their questions are read for the field they ask.
    """
    if table is not None and is_forms_export(table):
        return forms_mapping(table)
    return _by_header_words(list(headers), [None] * len(headers))


def _by_header_words(headers: list[str], mapping: list[str | None]) -> list[str | None]:
    keys = [_key(h) for h in headers]
    taken = {name for name in mapping if name}  # a set, not `name in mapping`: linear in the columns
    for exact in (True, False):
        for index, key in enumerate(keys):
            if mapping[index] is not None or not key:
                continue
            for name, words in _HEADERS.items():
                if name in taken:
                    continue
                if any(key == w if exact else (len(w) >= 4 and key.startswith(w)) for w in words):
                    mapping[index] = name
                    taken.add(name)
                    break
    return mapping


# --- Microsoft Forms and Google Forms ------------------------------------------------------------------
# Their exports start with columns about the answer itself (when, by whom), in the form owner's language,
# then one column per question, headed by the question's text.
_FORMS_TIME = ("timestamp", "tidsstempel", "starttime", "starttidspunkt", "completiontime", "endtime",
               "sluttidspunkt", "tidspunktforfuldførelse", "fuldførelsestidspunkt", "lastmodifiedtime",
               "tidspunktforsenesteændring", "senesteændring", "senestændret", "submittedat", "indsendt")
_FORMS_OTHER = ("id", "score", "totalpoints", "point", "pointtotal", "samletpoint", "quizfeedback", "feedback")
_FORMS_RESPONDER = {"email": ("email", "mail", "emailaddress", "mailadresse", "emailadresse"),
                    "name": ("name", "navn")}
_ANONYMOUS = ("anonymous", "anonym", "")
# Words in a question that say which field it asks for, most specific first.
_QUESTION_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("first_name", ("fornavn", "firstname", "givenname")),
    ("last_name", ("efternavn", "lastname", "surname", "familyname", "familienavn")),
    ("email", ("email", "mail", "epost")),
    ("phone", ("telefon", "tlf", "mobil", "phone", "mobile")),
    ("dietary", ("kost", "diæt", "allergi", "dietary", "diet", "allerg", "madønske", "food")),
    ("accessibility", ("tilgængelig", "handicap", "accessib", "kørestol", "wheelchair", "særligebehov",
                       "specialneeds")),
    ("organisation", ("organisation", "organization", "arbejdsplads", "virksomhed", "kommune", "company",
                      "employer", "institution", "myndighed", "forvaltning", "firma")),
    ("job_title", ("stilling", "jobtitel", "jobtitle", "titel", "position")),
    ("days", ("dage", "days", "hvilkendag", "whichday")),
    ("language", ("sprog", "language")),
    ("status", ("deltagerdu", "kommerdu", "willyouattend", "attending", "tilmelding", "canyouattend")),
    ("notes", ("kommentar", "bemærkning", "comment", "note", "remark")),
    ("name", ("navn", "name", "hedderdu")),
)
_TIME_VALUE = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}[ T]\d{1,2}[:.]\d{2}([:.]\d{2})?(\.\d+)?( ?[AaPp][Mm])?")


def _is_time_column(key: str) -> bool:
    return key in _FORMS_TIME or any(key.startswith(w) for w in _FORMS_TIME if len(w) > 8)


def is_forms_export(table: Table) -> bool:
    """A Microsoft Forms or Google Forms export: a timestamp column among the first three."""
    return any(_is_time_column(_key(h)) for h in table.headers[:3])


def _values(table: Table, index: int, limit: int = 50) -> list[str]:
    found = []
    for _line, cells in table.rows:
        if index < len(cells) and cells[index].strip():
            found.append(cells[index].strip())
            if len(found) >= limit:
                break
    return found


def forms_mapping(table: Table) -> list[str | None]:
    """Map a Forms export without manual work: timestamps and ids out, questions by what they ask.

    The respondent's own e-mail and name (Microsoft Forms' "Email"/"Name", Google's "Email address")
    count only where no question asks for them and the form was not anonymous.
    """
    headers = list(table.headers)
    mapping: list[str | None] = [None] * len(headers)
    responder: dict[int, str] = {}
    questions: list[int] = []
    for index, header in enumerate(headers):
        key = _key(header)
        if not key or _is_time_column(key) or key in _FORMS_OTHER:
            continue
        own = next((f for f, words in _FORMS_RESPONDER.items() if key in words), None)
        if own is not None and index < 7 and own not in responder.values():
            responder[index] = own
            continue
        values = _values(table, index, 20)
        if values and all(_TIME_VALUE.fullmatch(v) for v in values):
            continue  # answers that are all date-times: another timestamp column
        questions.append(index)
    _by_header_words([headers[i] if i in questions else "" for i in range(len(headers))], mapping)
    for index in questions:
        if mapping[index] is not None:
            continue
        key = _key(headers[index])
        for name, words in _QUESTION_WORDS:
            if name not in mapping and any(w in key for w in words):
                if name == "name" and {"first_name", "last_name"} & set(mapping):
                    break
                mapping[index] = name
                break
    for index, name in responder.items():
        values = [v.casefold() for v in _values(table, index, len(table.rows))]
        # Used only when each answer came from its own signed-in person (not one colleague filling in for all).
        own_answers = bool(values) and len(set(values)) == len(values) and not set(values) & set(_ANONYMOUS)
        if name not in mapping and not (name == "name" and {"first_name", "last_name"} & set(mapping)) and \
                own_answers:
            mapping[index] = name
    return mapping


@dataclass
class ParticipantRow:
    line: int
    values: dict[str, str]
    email: str = ""
    role: ParticipantRole | None = None
    status: Status | None = None
    days: list[str] = field(default_factory=list)
    language: Language | None = None
    consents: dict[ConsentPurpose, bool] = field(default_factory=dict)  # the file's answers (empty: none)

    @property
    def name(self) -> str:
        return self.values.get("name", "")


def _unneutralise(value: str) -> str:
    """Our own exports prefix risky cells with `'`; reading them back gives the value as typed."""
    value = value.strip()
    if len(value) > 1 and value[0] == "'" and value[1] in "=+-@":
        return value[1:]
    return value


def _clean_cells(cells: Sequence[str], columns: list[tuple[str, int]]) -> dict[str, str]:
    """The mapped fields of one row, cleaned (`_clean`, with the common case of one line inline: 20,000 rows)."""
    count = len(cells)
    values: dict[str, str] = {}
    for name, index in columns:
        value = cells[index] if index < count else ""
        if "\n" in value or "\r" in value:
            value = _clean(name, value)
        else:
            value = value.strip()
            if len(value) > 1 and value[0] == "'" and value[1] in "=+-@":
                value = value[1:]
        values[name] = value
    return values


def _clean(name: str, value: str) -> str:
    """Notes keep their line breaks; every other field is one line (Excel's Alt+Enter becomes a space)."""
    if name == "notes":
        return _unneutralise(value.replace("\r\n", "\n").replace("\r", "\n"))
    if "\n" in value or "\r" in value:
        value = _LINE_BREAKS.sub(" ", value)
    return _unneutralise(value)


def _vocabulary(value: str, words: Vocabulary) -> enum.Enum | None:
    key = _key(value)
    for member, spellings in words.items():
        if key in spellings or key == _key(str(member.value)):
            return member
    return None


def _parse_days(value: str, days: list[date]) -> list[str] | None:
    if _key(value) in ("alle", "all", "alledage", "alldays"):
        return []
    chosen: list[str] = []
    for piece in re.split(r"[,;+&]|\s+og\s+|\s+and\s+", value):
        text = piece.strip().casefold()
        if not text:
            continue
        number = re.fullmatch(r"(?:dag|day)?\s*(\d{1,2})", text)
        found: date | None = None
        if number and 1 <= int(number.group(1)) <= len(days):
            found = days[int(number.group(1)) - 1]
        else:
            iso = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text)
            dmy = re.fullmatch(r"(\d{1,2})[./-](\d{1,2})[./-](\d{4})", text)
            try:
                if iso:
                    found = date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
                elif dmy:
                    found = date(int(dmy.group(3)), int(dmy.group(2)), int(dmy.group(1)))
            except ValueError:
                return None
        if found is None or found not in days:
            return None
        chosen.append(found.isoformat())
    return [] if set(chosen) == {d.isoformat() for d in days} else sorted(set(chosen))


def check(table: Table, mapping: list[str | None], days: list[date],
          progress: Progress | None = None) -> tuple[list[ParticipantRow], list[RowProblem]]:
    """Every row validated: the good rows parsed, and every problem with line, column, value and why."""
    fields = [m for m in mapping if m]
    if "name" not in fields and "first_name" not in fields and "last_name" not in fields:
        raise ImportFailed(translate("Import", "Choose which column holds the name (or first and last name)."))
    duplicates = {f for f in fields if fields.count(f) > 1}
    if duplicates:
        raise ImportFailed(translate("Import", "Each field can come from one column only: {fields}.").format(
            fields=", ".join(field_label(f) for f in sorted(duplicates))))
    columns = {name: index for index, name in enumerate(mapping) if name}
    column_items = list(columns.items())
    limited = {name: limit for name, limit in _LIMITS.items() if name in columns or name == "name"}
    header = {name: table.headers[index] for name, index in columns.items()}
    good: list[ParticipantRow] = []
    problems: list[RowProblem] = []
    seen_emails: dict[str, int] = {}
    for number, (line, cells) in enumerate(table.rows):
        if progress is not None and number % 500 == 0:
            progress.step(number, len(table.rows), translate("Import", "Checking the rows…"))
        row_problems: list[RowProblem] = []

        def bad(name: str, value: str, reason: str, line: int = line, found: list[RowProblem] = row_problems) -> None:
            found.append(RowProblem(line, header.get(name, name), value, reason))

        extra = [c for c in cells[len(table.headers):] if c.strip()]
        if extra:
            bad("", extra[0], translate("Import", "lies outside the table: the row has more fields than the "
                                                  "header. Check quotes and the delimiter."))
        values = _clean_cells(cells, column_items)
        if "name" not in values or not values["name"]:
            values["name"] = " ".join(v for v in (values.get("first_name", ""), values.get("last_name", "")) if v)
        values["name"] = " ".join(values["name"].split())
        row = ParticipantRow(line, values)
        if not values["name"]:
            bad("name" if "name" in columns else "first_name", "", translate("Import", "is empty: a name is needed."))
        # Most rows are fine: one search over all limited fields (tab is no control character), and the field by
        # field look only when something is wrong.
        if _CONTROL.search("\t".join([values[n] for n in limited])) is not None or any(
                len(values[n]) > limit for n, limit in limited.items()):
            for name, limit in _LIMITS.items():
                value = values.get(name, "")
                if len(value) > limit:
                    bad(name, value[:40] + "…", translate("Import", "is longer than {limit} characters.").format(
                        limit=limit))
                elif _CONTROL.search(value):
                    bad(name, value.encode("unicode_escape").decode("ascii")[:60],
                        translate("Import", "contains invisible control characters."))
        if values.get("email"):
            try:
                row.email = normalise_email(values["email"])
            except DomainError:
                bad("email", values["email"], translate("Import", "is not an e-mail address."))
            else:
                if row.email in seen_emails:
                    bad("email", values["email"], translate("Import", "is also on line {line}.").format(
                        line=seen_emails[row.email]))
                seen_emails.setdefault(row.email, line)
        for name, words, attr in (("role", _ROLE_WORDS, "role"), ("status", _STATUS_WORDS, "status"),
                                  ("language", _LANGUAGE_WORDS, "language")):
            if values.get(name):
                member = _vocabulary(values[name], words)
                if member is None:
                    bad(name, values[name], translate("Import", "is not one of: {choices}.").format(
                        choices=", ".join(str(m.value) for m in words)))
                setattr(row, attr, member)
        for name, purpose in _CONSENT_FIELDS.items():
            if values.get(name):
                answer = next((given for given, words in _YES_NO.items() if _key(values[name]) in words
                               or values[name].strip().casefold() in words), None)
                if answer is None:
                    bad(name, values[name], translate("Import", "is neither yes nor no (ja/nej)."))
                else:
                    row.consents[purpose] = answer
        if values.get("days"):
            parsed = _parse_days(values["days"], days)
            if parsed is None:
                bad("days", values["days"], translate("Import", "is not a day of the meeting ({days}).").format(
                    days=", ".join(d.isoformat() for d in days)))
            else:
                row.days = parsed
        if row_problems:
            problems.extend(row_problems)
        else:
            good.append(row)
    return good, problems


@dataclass(frozen=True)
class ImportResult:
    rows_imported: int
    rows_skipped: int
    people_created: int
    people_matched: int
    registrations_created: int
    registrations_updated: int
    waitlisted: int
    organisations_created: int
    promoted: tuple[str, ...]
    problems: tuple[RowProblem, ...]
    dry_run: bool
    merged: int = 0  # suspected duplicates merged into the person already known
    people_updated: int = 0  # matched people whose stored fields took the file's values
    review: Review = field(default_factory=Review)


@dataclass(frozen=True)
class Decisions:
    """The user's answers to the review: by default suspected duplicates are merged and stored fields kept.

    `keep_both` and `update` hold file line numbers (the check page's choices), or the `*_all` switches
    (the command line's `--keep-both` and `--update`) answer for every row.
    """

    keep_both: frozenset[int] = frozenset()
    update: frozenset[int] = frozenset()
    keep_all_separate: bool = False
    update_all: bool = False

    def merges(self, line: int) -> bool:
        return not (self.keep_all_separate or line in self.keep_both)

    def updates(self, line: int) -> bool:
        return self.update_all or line in self.update


def _organisation_kind(name: str) -> OrganisationKind:
    key = name.casefold()
    for words, kind in ((("kommune", "municipality", "council", "city of", "region"), OrganisationKind.MUNICIPALITY),
                        (("universit", "university", "college", "institut"), OrganisationKind.KNOWLEDGE_INSTITUTION),
                        (("forsyning", "utility", "energi"), OrganisationKind.UTILITY),
                        (("styrelse", "ministeri", "ministry", "agency"), OrganisationKind.AUTHORITY),
                        (("forening", "association", "netværk", "network"), OrganisationKind.ASSOCIATION)):
        if any(w in key for w in words):
            return kind
    return OrganisationKind.COMPANY


def import_participants(db: Database, meeting_id: int, table: Table, mapping: list[str | None], *,
                        valid_rows_only: bool = False, dry_run: bool = False,
                        default_status: Status = Status.REGISTERED,
                        progress: Progress | None = None, decisions: Decisions | None = None) -> ImportResult:
    """Import the table's rows as people and registrations of the meeting, in one transaction.

    The result's `review` lists suspected duplicates, changed fields of matched people and
    formula-like cells (`import_review`); `decisions` says what to do with the first two.
    """
    with heap.bulk(), acting("import"), db.session() as s:  # no collection pausing the window (20,000 rows)
        rule = SeatRule.lock(s, meeting_id)  # first: a concurrent import waits here, then counts what we left
        rows, problems = check(table, mapping, meeting_days(rule.meeting), progress)
        if problems and not valid_rows_only:
            bad_lines = len({p.line for p in problems})
            raise ImportFailed(translate(
                "Import", "{count} of {total} rows cannot be imported; nothing was imported. Correct them, "
                          "or choose to import only the valid rows.").format(count=bad_lines, total=len(table.rows)),
                tuple(problems))
        if not rows:
            raise ImportFailed(translate("Import", "There is no valid row to import."), tuple(problems))
        importer = _Importer(s, rule, default_status, progress, decisions or Decisions())
        result = importer.run(rows)
        promoted = tuple(p.name for p in rule.promote())
        if dry_run:
            s.rollback()
        headers = {name: table.headers[index] for index, name in enumerate(mapping) if name}
        review = replace(importer.review, risky=risky_cells(((r.line, r.values) for r in rows), headers))
        return ImportResult(len(rows), len({p.line for p in problems}), *result, promoted, tuple(problems), dry_run,
                            importer.merged, importer.people_updated, review)


BATCH = 2000  # rows per executemany: progress (and a cancel) between them
PERSON_COLUMNS = ("name", "family_name", "email", "other_emails", "organisation_id", "job_title", "phone", "language",
                  "consent_shared_list", "consent_photos", "notes", "version")
REGISTRATION_COLUMNS = ("meeting_id", "person_id", "source", "created_at", "status_changed_at", "version", "status",
                        "role", "days", "dietary", "accessibility", "notes")


def _table(entity: type[Any]) -> SqlTable:
    """The Core table of a mapped class, for executemany without one ORM object per row."""
    return cast(SqlTable, entity.__table__)


class _Importer:
    def __init__(self, s: Session, rule: SeatRule, default_status: Status, progress: Progress | None,
                 decisions: Decisions) -> None:
        self.s, self.rule, self.meeting_id = s, rule, rule.meeting.id
        self.default_status, self.progress, self.decisions = default_status, progress, decisions
        self.language = rule.meeting.language  # new people without a language in the file read the meeting's
        self.now = rule.now
        self.review = Review()
        self.merged = self.people_updated = 0
        self.updated_ids: set[int] = set()
        self.orgs: dict[str, int] = {}

    def _step(self, text: str, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.step(done, total, text)

    def organisations(self, rows: list[ParticipantRow]) -> tuple[dict[str, int], int]:
        known = {name.casefold(): oid for oid, name in self.s.execute(
            select(Organisation.id, Organisation.name).order_by(Organisation.id.desc()))}
        wanted: dict[str, str] = {}
        for row in rows:
            name = " ".join(row.values.get("organisation", "").split())
            if name and name.casefold() not in known:
                wanted.setdefault(name.casefold(), name)
        if wanted:
            ids = allocate_ids(self.s, Organisation, len(wanted))
            BulkInsert(self.s.connection(), _table(Organisation), ("id", "name", "kind", "city", "country")).run(
                [(i, n, _organisation_kind(n), "", "DK") for i, n in zip(ids, wanted.values(), strict=True)])
            known.update(zip(wanted, ids, strict=True))
        return known, len(wanted)

    def _known(self) -> tuple[list[KnownPerson], dict[int, tuple[str, str, int | None]]]:
        """Everyone already stored, as the review and the matching need them."""
        org_names: dict[int, str] = {
            oid: name for oid, name in self.s.execute(select(Organisation.id, Organisation.name))}
        known: list[KnownPerson] = []
        existing: dict[int, tuple[str, str, int | None]] = {}
        for pid, name, email, others, title, phone, org, language in self.s.execute(select(
                Person.id, Person.name, Person.email, Person.other_emails, Person.job_title, Person.phone,
                Person.organisation_id, Person.language)):
            existing[pid] = (title, phone, org)
            emails = tuple(a.lower() for a in (email, *(others or ())) if a)
            known.append(KnownPerson(pid, name, emails, org_names.get(org, "") if org else "", title, phone,
                                     language.value if language else ""))
        return known, existing

    def _apply_review(self, rows: list[ParticipantRow], known: list[KnownPerson]) -> dict[int, int]:
        """Review the rows; merge the suspects the user did not keep apart, update the fields they chose.

        Returns {line: person id} for merged rows.
        """
        file_rows = [FilePerson(r.line, r.name, r.email, r.values.get("organisation", ""),
                                r.values.get("job_title", ""), r.values.get("phone", ""),
                                r.language.value if r.language else "") for r in rows]
        changed, suspects = review(file_rows, known)
        self.review = Review(changed, suspects)
        merged = {s.line: s.person_id for s in suspects if self.decisions.merges(s.line)}
        by_line = {r.line: r for r in rows}
        emails = {p.id: p.emails for p in known}
        for line, pid in merged.items():
            address = by_line[line].email
            if address and address not in emails[pid]:
                person = self.s.get(Person, pid)
                assert person is not None
                if person.email:
                    person.other_emails = [*(person.other_emails or []), address]
                else:
                    person.email = address
                emails[pid] = (*emails[pid], address)
        self.merged = len(merged)
        updates = [c for c in changed if self.decisions.updates(c.line)]
        for item in updates:
            person = self.s.get(Person, item.person_id)
            assert person is not None
            for change in item.changes:
                if change.field == "organisation":
                    person.organisation_id = self._organisation_id(change.in_file)
                elif change.field == "language":
                    person.language = Language(change.in_file)
                else:
                    setattr(person, change.field, change.in_file)
                    if change.field == "name":
                        person.family_name = guess_family_name(change.in_file)
        self.updated_ids = {c.person_id for c in updates}
        self.people_updated = len(self.updated_ids)
        if merged or updates:
            self.s.flush()
        return merged

    def _organisation_id(self, name: str) -> int | None:
        return self.orgs.get(" ".join(name.split()).casefold())

    def run(self, rows: list[ParticipantRow]) -> tuple[int, int, int, int, int, int]:
        orgs, orgs_created = self.organisations(rows)
        self.orgs = orgs
        known, existing = self._known()
        merged = self._apply_review(rows, known)
        by_email: dict[str, int] = {}
        by_name: dict[tuple[str, int | None], int] = {}
        for person in known:
            for address in person.emails:
                by_email.setdefault(address, person.id)
            if not person.emails:
                by_name.setdefault((person.name.casefold(), existing[person.id][2]), person.id)
        person_of: list[int | None] = []  # None: new person; negative: the n-th new person of this file
        new_people: list[tuple[Any, ...]] = []  # in the order of PERSON_COLUMNS, without the id
        fills: list[dict[str, Any]] = []
        for row in rows:
            org = orgs.get(" ".join(row.values.get("organisation", "").split()).casefold())
            pid = merged.get(row.line) or (
                by_email.get(row.email) if row.email else by_name.get((row.name.casefold(), org)))
            person_of.append(pid)
            if pid is None:
                new_people.append((
                    row.name, row.values.get("last_name", "") or guess_family_name(row.name), row.email or None,
                    [], org, row.values.get("job_title", ""), row.values.get("phone", ""),
                    row.language or self.language, False, False, "", 1))
                if row.email:  # later rows with the same address or (without one) name: the same person
                    by_email[row.email] = -len(new_people)
                else:
                    by_name[(row.name.casefold(), org)] = -len(new_people)
            elif pid > 0 and pid not in self.updated_ids:  # updated people have the file's values already
                title, phone, old_org = existing[pid]
                fill = {"b_id": pid, "b_title": title or row.values.get("job_title", ""),
                        "b_phone": phone or row.values.get("phone", ""), "b_org": old_org or org}
                if (fill["b_title"], fill["b_phone"], fill["b_org"]) != (title, phone, old_org):
                    fills.append(fill)
        self._step(translate("Import", "Saving people…"), 0, len(rows))
        # Ids are allocated up front so one executemany inserts everybody (RETURNING in parameter
        # order makes SQLAlchemy fall back to one INSERT per row on SQLite: 20,000 round trips).
        created_ids = allocate_ids(self.s, Person, len(new_people))
        people = BulkInsert(self.s.connection(), _table(Person), ("id", *PERSON_COLUMNS))
        for start in range(0, len(new_people), BATCH):
            people.run([(new_id, *person) for new_id, person in zip(
                created_ids[start:start + BATCH], new_people[start:start + BATCH], strict=True)])
            self._step(translate("Import", "Saving people…"), start, len(rows))
        new_iter = iter(created_ids)
        resolved: list[int] = []
        for found in person_of:
            if found is None:
                resolved.append(next(new_iter))
            elif found < 0:
                resolved.append(created_ids[-found - 1])
            else:
                resolved.append(found)
        if fills:
            table = _table(Person)
            self.s.connection().execute(
                update(table).where(table.c.id == bindparam("b_id")).values(
                    job_title=bindparam("b_title"), phone=bindparam("b_phone"), organisation_id=bindparam("b_org"),
                    version=table.c.version + 1), fills)
        answers = [(pid, purpose, given) for row, pid in zip(rows, resolved, strict=True)
                   for purpose, given in row.consents.items()]
        record_batch(self.s, answers, ConsentSource.IMPORT, self.now)  # the one consent rule, as one batch
        matched = len({p for p in person_of if p is not None and p > 0})
        return (len(created_ids), matched, *self.registrations(rows, resolved), orgs_created)

    def registrations(self, rows: list[ParticipantRow], people: list[int]) -> tuple[int, int, int]:
        """New registrations for new people; for those already on the list, the file's non-empty values."""
        current: dict[int, dict[str, Any]] = {}
        for rid, pid, status, role, days, dietary, access, notes in self.s.execute(
            select(Registration.id, Registration.person_id, Registration.status, Registration.role,
                   Registration.days, Registration.dietary, Registration.accessibility, Registration.notes)
            .where(Registration.meeting_id == self.meeting_id)
        ):
            if pid is None:  # anonymised by retention: no row of a file is that person
                continue
            current[pid] = {"b_id": rid, "b_status": status, "b_role": role, "b_days": list(days or ()),
                            "b_dietary": dietary, "b_accessibility": access, "b_notes": notes, "b_changed": None,
                            "old_status": status}
        new: dict[int, dict[str, Any]] = {}
        touched: set[int] = set()
        for row, pid in zip(rows, people, strict=True):
            target = current.get(pid)
            old_status = cast(Status, target["b_status"]) if target else None
            wanted = row.status or (self.default_status if old_status is None else old_status)
            try:
                status = self.rule.decide(old_status, wanted, row.name)
            except TransitionRefused:
                status = cast(Status, old_status)  # an impossible change from the file leaves the status as it is
            values: dict[str, Any] = {"b_status": status}
            if row.role is not None:
                values["b_role"] = row.role
            if row.values.get("days"):
                values["b_days"] = row.days
            for name in ("dietary", "accessibility", "notes"):
                if row.values.get(name):
                    values[f"b_{name}"] = row.values[name]
            if target is None:
                target = {"b_id": None, "b_status": status, "b_role": ParticipantRole.PARTICIPANT, "b_days": [],
                          "b_dietary": "", "b_accessibility": "", "b_notes": "", "b_changed": self.now,
                          "old_status": None}
                current[pid] = new[pid] = target
            if status != target["b_status"]:
                target["b_changed"] = self.now
            if target["b_id"] is not None and any(target[k] != v for k, v in values.items()):
                touched.add(pid)
            target.update(values)
        self._insert(new)
        self._update([current[pid] for pid in touched])
        return len(new), len(touched), len(self.rule.waitlisted)

    def _insert(self, new: dict[int, dict[str, Any]]) -> None:
        """The new registrations, with the statuses the seat rule decided (`registrations`), in one executemany
        per batch of driver-ready tuples."""
        meeting_id, now, source = self.meeting_id, self.now, RegistrationSource.IMPORT
        ids = allocate_ids(self.s, Registration, len(new))  # the audit log names every record
        batch = [(rid, meeting_id, pid, source, now, now, 1, v["b_status"], v["b_role"], v["b_days"], v["b_dietary"],
                  v["b_accessibility"], v["b_notes"]) for rid, (pid, v) in zip(ids, new.items(), strict=True)]
        registrations = BulkInsert(self.s.connection(), _table(Registration), ("id", *REGISTRATION_COLUMNS))
        for start in range(0, len(batch), BATCH):
            registrations.run(batch[start:start + BATCH])
            self._step(translate("Import", "Saving registrations…"), start, len(batch))

    def _update(self, updates: list[dict[str, Any]]) -> None:
        table = _table(Registration)
        names = ("status", "role", "days", "dietary", "accessibility", "notes")
        columns: dict[str, Any] = {name: bindparam(f"b_{name}") for name in names}
        for with_time in (True, False):
            batch = [u for u in updates if (u["b_changed"] is not None) == with_time]
            if not batch:
                continue
            values = dict(columns, status_changed_at=bindparam("b_changed")) if with_time else columns
            statement = update(table).where(table.c.id == bindparam("b_id")).values(
                version=table.c.version + 1, **values)
            self.s.connection().execute(statement, [{k: v for k, v in u.items() if k != "old_status"}
                                                    for u in batch])


def import_file(db: Database, meeting_id: int, source: bytes | Path, filename: str = "", *,
                valid_rows_only: bool = False, dry_run: bool = False,
                decisions: Decisions | None = None) -> ImportResult:
    """The whole import with the guessed column mapping (the command line's way).

    `source` is the file, read as a bounded stream (`tabular.read_table`), or its bytes.
    """
    table = read_table(source, filename)
    return import_participants(db, meeting_id, table, guess_mapping(table.headers, table),
                               valid_rows_only=valid_rows_only, dry_run=dry_run, decisions=decisions)
