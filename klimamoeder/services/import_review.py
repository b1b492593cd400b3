"""What an import's check shows besides bad rows: people it may duplicate, fields it would change, risky cells.

One place for these judgements; the import (`participant_import`), the wizard's check page and the
command line's report all use them.

- **Matched** people (same e-mail address, main or other) whose name, job title, phone, organisation or
  language in the file differs from what is stored: each difference is listed, to update or keep.
- **Suspected duplicates**: a row whose address nobody has, but whose *normalised name* equals a known
  person's (accents, letter case and middle names ignored: "Jesper Rasmussen" and "JESPER FROST RASMUSSEN",
  "Lucja" and "Łucja") and whose organisation is the same (both must name one). Merging gives the known
  person the row's address as another address; keeping both creates a new person.
- **Formula-like cells**: a value starting with `=`, `+`, `-` or `@` (phone numbers aside) is kept as text,
  and our exports neutralise it, but a spreadsheet would run it: it is flagged for a look.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..i18n import translate

# Letters Unicode does not decompose into a base letter and an accent.
_FOLD = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "đ": "d", "Đ": "D",
                       "ß": "ss", "þ": "th", "Þ": "TH", "ı": "i", "œ": "oe", "Œ": "OE"})
_SEPARATORS = re.compile(r"[\s\-‐‑–—.,'’()\"]+")
FORMULA_START = ("=", "+", "-", "@")
_MAY_BE_RISKY = "".join(FORMULA_START)  # a cell starting otherwise (after blanks) needs no closer look
_PHONE = re.compile(r"\+?[\d\s()./-]{6,}")

# The person fields a file can change, in the order the check page lists them.
FIELDS = ("name", "job_title", "phone", "organisation", "language")


def fold(text: str) -> str:
    """Lower case without accents: 'Łucja Sørensen' → 'lucja sorensen'; Danish 'aa' and 'å' alike."""
    translated = text.translate(_FOLD)
    if translated.isascii():  # most names, once ø, æ and ł are replaced: nothing to decompose (20× faster)
        return translated.lower().replace("aa", "a")
    decomposed = unicodedata.normalize("NFKD", translated)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    return plain.replace("aa", "a")


def name_key(name: str) -> tuple[str, str]:
    """First and last name, folded: middle names, initials and 'Family, Given' order do not matter.

    A name in parentheses after the written one ('陈刚 (Chen Gang)') is left out: the written one counts.
    """
    text = re.sub(r"\s*\([^)]*\)\s*$", "", name).strip() or name
    if text.count(",") == 1:
        family, given = (part.strip() for part in text.split(","))
        text = f"{given} {family}"
    words = [w for w in _SEPARATORS.split(fold(text)) if w]
    if not words:
        return ("", "")
    return (words[0], words[-1])


def organisation_key(name: str) -> str:
    return " ".join(fold(name).split())


@dataclass(frozen=True)
class KnownPerson:
    """A person already in the database, as the review needs them."""

    id: int
    name: str
    emails: tuple[str, ...]  # main address first, lower case
    organisation: str
    job_title: str = ""
    phone: str = ""
    language: str = ""


@dataclass(frozen=True)
class FilePerson:
    """A valid row of the file, as the review needs it (empty fields: the file says nothing)."""

    line: int
    name: str
    email: str
    organisation: str = ""
    job_title: str = ""
    phone: str = ""
    language: str = ""


@dataclass(frozen=True)
class FieldChange:
    field: str  # one of FIELDS
    stored: str
    in_file: str


@dataclass(frozen=True)
class Changed:
    """A row matched by e-mail to a person whose stored fields differ from the file's."""

    line: int
    person_id: int
    person: str  # the stored name
    changes: tuple[FieldChange, ...]


@dataclass(frozen=True)
class Suspect:
    """A row that probably is a person already known, under another (or no) address."""

    line: int
    name: str
    email: str
    organisation: str
    person_id: int
    person: str
    person_email: str
    person_organisation: str


@dataclass(frozen=True)
class RiskyCell:
    line: int
    column: str  # the header in the file
    value: str


@dataclass(frozen=True)
class Review:
    changed: tuple[Changed, ...] = ()
    suspects: tuple[Suspect, ...] = ()
    risky: tuple[RiskyCell, ...] = ()

    @property
    def empty(self) -> bool:
        return not (self.changed or self.suspects or self.risky)


def _same_organisation(a: str, b: str) -> bool:
    """Both name an organisation, and the same one: a name alone is too common to suspect anybody."""
    return bool(a.strip()) and bool(b.strip()) and organisation_key(a) == organisation_key(b)


def _changes(row: FilePerson, known: KnownPerson) -> tuple[FieldChange, ...]:
    found = []
    for field in FIELDS:
        new = " ".join(getattr(row, field).split())
        old = " ".join(getattr(known, field).split())
        if new and old and new != old and not (field == "organisation" and organisation_key(new) ==
                                               organisation_key(old)):
            found.append(FieldChange(field, old, new))
    return tuple(found)


def review(rows: Sequence[FilePerson], known: Iterable[KnownPerson]) -> tuple[tuple[Changed, ...],
                                                                              tuple[Suspect, ...]]:
    """Changed fields of people matched by e-mail, and suspected duplicates among the rest.

    A row without an address that matches a known person's exact name and organisation is that
    person (as the import has always matched it), not a suspect.
    """
    people = list(known)
    by_email: dict[str, KnownPerson] = {}
    exact: set[tuple[str, str]] = set()
    for person in people:
        for address in person.emails:
            by_email.setdefault(address, person)
        if not person.emails:
            exact.add((person.name.casefold(), organisation_key(person.organisation)))
    changed: list[Changed] = []
    unmatched: list[FilePerson] = []
    for row in rows:
        match = by_email.get(row.email) if row.email else None
        if match is not None:
            changes = _changes(row, match)
            if changes:
                changed.append(Changed(row.line, match.id, match.name, changes))
        elif row.email or (row.name.casefold(), organisation_key(row.organisation)) not in exact:
            unmatched.append(row)
    suspects: list[Suspect] = []
    by_key: dict[tuple[str, str], list[KnownPerson]] = {}
    row_keys = [name_key(row.name) for row in unmatched]  # each row's name folded once
    if unmatched:  # folding every known name costs time; a file of known addresses needs none of it
        wanted = set(row_keys)
        for person in people:
            key = name_key(person.name)
            if key in wanted:
                by_key.setdefault(key, []).append(person)
    for row, row_key in zip(unmatched, row_keys, strict=True):
        for person in by_key.get(row_key, []):
            if _same_organisation(row.organisation, person.organisation) and row.email not in person.emails:
                suspects.append(Suspect(row.line, row.name, row.email, row.organisation, person.id, person.name,
                                        person.emails[0] if person.emails else "", person.organisation))
                break
    return tuple(changed), tuple(suspects)


def is_risky(value: str, field: str) -> bool:
    """Would a spreadsheet take this cell for a formula? Phone numbers like '+45 75 16 16 16' are fine."""
    text = value.strip()
    if len(text) < 2 or not text.startswith(FORMULA_START):
        return False
    return not (field == "phone" and _PHONE.fullmatch(text))


def risky_cells(lines: Iterable[tuple[int, dict[str, str]]], headers: dict[str, str]) -> tuple[RiskyCell, ...]:
    """Every cell of the given rows (line, {field: value}) that starts like a formula."""
    return tuple(RiskyCell(line, headers.get(field, field), value)
                 for line, values in lines for field, value in values.items()
                 if value and (value[0] in _MAY_BE_RISKY or value[0].isspace()) and is_risky(value, field))


def field_name(field: str) -> str:
    names = {"name": translate("Import", "Name"), "job_title": translate("Import", "Job title"),
             "phone": translate("Import", "Phone"), "organisation": translate("Import", "Organisation"),
             "language": translate("Import", "Language")}
    return names.get(field, field)


def report_lines(result_review: Review, *, merged: bool, updated: bool) -> list[str]:
    """The review as lines of text for the command line (what the wizard's check page shows)."""
    lines: list[str] = []
    for s in result_review.suspects:
        text = translate("Import", "Line {line}: {name} ({organisation}) looks like {person} <{email}> already "
                                   "known: {decision}.")
        decision = (translate("Import", "merged (the file's address added to that person)") if merged
                    else translate("Import", "kept as a new person"))
        lines.append(text.format(line=s.line, name=s.name, organisation=s.organisation or "–", person=s.person,
                                 email=s.person_email or "–", decision=decision))
    for c in result_review.changed:
        for change in c.changes:
            text = (translate("Import", "Line {line}: {person}: {field} '{stored}' → '{new}' (updated).") if updated
                    else translate("Import", "Line {line}: {person}: {field} '{stored}' in the file is '{new}' "
                                             "(kept; --update takes the file's values)."))
            lines.append(text.format(line=c.line, person=c.person, field=field_name(change.field),
                                     stored=change.stored, new=change.in_file))
    for cell in result_review.risky:
        lines.append(translate("Import", "Line {line}, column {column}: '{value}' starts like a spreadsheet "
                                         "formula; it is kept as text. Check it is meant.").format(
            line=cell.line, column=cell.column, value=cell.value))
    return lines
