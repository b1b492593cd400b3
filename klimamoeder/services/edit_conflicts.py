"""Two people saved the same record: merge field by field, or say exactly where they disagree.

Every editable record (meeting details, agenda item, person, registration, organisation) carries a version
that rises with each save. A form remembers the version and the values it started from (the *original*).
When it saves and the version has moved on, the service compares three versions of each field:
- changed only by me → mine wins; changed only by them → theirs stays; changed by both to the same → fine;
- changed by both to different values → a conflict. Then nothing is saved and `EditConflict` carries all
  three versions of every field, so the window can show "yours / theirs / original" and let the user keep
  theirs, keep theirs, or choose per field. Nothing the user typed is thrown away without being asked.

A record deleted by someone else while being edited, and a record edited by someone else while being
deleted, are conflicts of the same kind (`theirs` or `mine` is None).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy.orm.exc import StaleDataError

from ..i18n import translate
from .errors import StaleEdit

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

Input = TypeVar("Input", bound="DataclassInstance")  # a form's values: a dataclass, compared field by field
Result = TypeVar("Result")

# Kinds of record, as the dialog names them.
MEETING, AGENDA_ITEM, PERSON, REGISTRATION, ORGANISATION = (
    "meeting", "agenda_item", "person", "registration", "organisation")
EDIT, DELETE = "edit", "delete"


@dataclass(frozen=True)
class FieldVersions:
    """One field as it was when the form opened, as the user has it, and as it is saved now."""

    name: str
    original: Any
    mine: Any
    theirs: Any

    @property
    def mine_changed(self) -> bool:
        return bool(self.mine != self.original)

    @property
    def theirs_changed(self) -> bool:
        return bool(self.theirs != self.original)

    @property
    def conflicting(self) -> bool:
        return self.mine_changed and self.theirs_changed and self.mine != self.theirs


@dataclass(frozen=True)
class Conflict:
    """Everything the window needs to let the user resolve a lost race, in plain values."""

    kind: str  # MEETING | AGENDA_ITEM | PERSON | REGISTRATION | ORGANISATION
    record_id: int
    title: str  # "Registration of Søren Ærø-Østergaard", for the dialog's heading
    action: str  # EDIT: my save lost; DELETE: my deletion met someone's edit
    original: Any  # the input dataclass the form started from
    mine: Any | None  # what the user wants; None when the user is deleting
    theirs: Any | None  # what is saved now; None when someone deleted the record
    theirs_version: int | None
    fields: tuple[FieldVersions, ...] = ()  # every field where the three versions are not all equal
    names: Mapping[str, Mapping[Any, str]] = field(default_factory=dict)  # display names of ids per field
    by: str = ""  # who saved theirs, when known

    @property
    def deleted_by_them(self) -> bool:
        return self.theirs is None

    @property
    def conflicting(self) -> tuple[FieldVersions, ...]:
        return tuple(f for f in self.fields if f.conflicting)

    def merged(self, choices: Mapping[str, str]) -> Any:
        """Theirs, with the user's value for every field whose choice is "mine" (the default for conflicts
        is mine; for fields only I changed, also mine)."""
        assert self.theirs is not None and self.mine is not None
        values = {}
        for f in self.fields:
            choice = choices.get(f.name, "mine" if f.mine_changed else "theirs")
            values[f.name] = f.mine if choice == "mine" else f.theirs
        return dataclasses.replace(self.theirs, **values)


class EditConflict(StaleEdit):
    """A save lost a race and the fields disagree (or the record is gone): the user decides."""

    def __init__(self, conflict: Conflict) -> None:
        if conflict.action == DELETE:
            message = translate("Conflicts", "{what} was changed by someone else after you opened it.")
        elif conflict.deleted_by_them:
            message = translate("Conflicts", "{what} was deleted by someone else while you were editing it.")
        else:
            message = translate("Conflicts", "{what} was changed by someone else while you were editing it.")
        super().__init__(message.format(what=conflict.title))
        self.conflict = conflict


def field_versions(original: Any, mine: Any | None, theirs: Any | None,
                   ignore: tuple[str, ...] = ()) -> tuple[FieldVersions, ...]:
    """Every field of the input dataclass where original, mine and theirs are not all equal."""
    result = []
    for f in dataclasses.fields(original):
        if f.name in ignore:
            continue
        o = getattr(original, f.name)
        m = getattr(mine, f.name) if mine is not None else o
        t = getattr(theirs, f.name) if theirs is not None else o
        if not (o == m == t):
            result.append(FieldVersions(f.name, o, m, t))
    return tuple(result)


def three_way(original: Input, mine: Input, theirs: Input, ignore: tuple[str, ...] = ()) -> tuple[Input, bool]:
    """Theirs plus every field only I changed; and whether some field was changed by both, differently."""
    versions = field_versions(original, mine, theirs, ignore)
    merged = dataclasses.replace(theirs, **{f.name: f.mine for f in versions if f.mine_changed}) \
        if any(f.mine_changed for f in versions) else theirs
    return merged, any(f.conflicting for f in versions)


def merge_or_raise(kind: str, record_id: int, title: str, original: Input | None, mine: Input, theirs: Input | None,
                   theirs_version: int | None, names: Callable[[], Mapping[str, Mapping[Any, str]]] | None = None,
                   ignore: tuple[str, ...] = ()) -> Input:
    """The value to save after losing a race: merged if the fields do not collide, else `EditConflict`.

    Without `original` (an old caller that only knows the version) every difference is a conflict.
    """
    if theirs is None or original is None:
        base = original if original is not None else mine
        raise EditConflict(Conflict(kind, record_id, title, EDIT, base, mine, theirs, theirs_version,
                                    field_versions(base, mine, theirs, ignore), names() if names else {}))
    merged, clash = three_way(original, mine, theirs, ignore)
    if clash:
        raise EditConflict(Conflict(kind, record_id, title, EDIT, original, mine, theirs, theirs_version,
                                    field_versions(original, mine, theirs, ignore), names() if names else {}))
    return merged


def deletion_conflict(kind: str, record_id: int, title: str, original: Any, theirs: Any, theirs_version: int,
                      names: Mapping[str, Mapping[Any, str]] | None = None, ignore: tuple[str, ...] = ()) -> None:
    """Deleting a record someone changed after the user last saw it: raise, showing what they changed."""
    raise EditConflict(Conflict(kind, record_id, title, DELETE, original, None, theirs, theirs_version,
                                field_versions(original, None, theirs, ignore), names or {}))


def once_more_if_stale(work: Callable[[], Result]) -> Result:
    """Run a versioned save; if another transaction committed between our read and our UPDATE (the row's
    version no longer matched), run it once more: the second run sees the new version and merges."""
    try:
        return work()
    except StaleDataError:
        return work()


def field_label(name: str) -> str:
    """The form's word for a field (one table for all five kinds of record)."""
    labels = {
        "title": translate("Fields", "Title"),
        "name": translate("Fields", "Name"),
        "network_id": translate("Fields", "Network"),
        "kind": translate("Fields", "Kind"),
        "start": translate("Fields", "Start"),
        "end": translate("Fields", "End"),
        "time_zone": translate("Fields", "Time zone"),
        "theme": translate("Fields", "Theme"),
        "description": translate("Fields", "Description"),
        "all_day": translate("Fields", "All day"),
        "venue_id": translate("Fields", "Venue"),
        "online_link": translate("Fields", "Online link"),
        "capacity": translate("Fields", "Capacity"),
        "registration_deadline": translate("Fields", "Registration deadline"),
        "status": translate("Fields", "Status"),
        "organiser_name": translate("Fields", "Organiser"),
        "organiser_email": translate("Fields", "Organiser's e-mail"),
        "host_id": translate("Fields", "Host"),
        "photo_credit": translate("Fields", "Photo credit"),
        "email": translate("Fields", "E-mail"),
        "job_title": translate("Fields", "Job title"),
        "organisation_id": translate("Fields", "Organisation"),
        "other_emails": translate("Fields", "Other e-mail addresses"),
        "phone": translate("Fields", "Phone"),
        "language": translate("Fields", "Language"),
        "consent_shared_list": translate("Fields", "On the shared participant list"),
        "consent_photos": translate("Fields", "Photos allowed"),
        "notes": translate("Fields", "Notes"),
        "role": translate("Fields", "Role"),
        "days": translate("Fields", "Days"),
        "dietary": translate("Fields", "Dietary needs"),
        "accessibility": translate("Fields", "Accessibility"),
        "room_id": translate("Fields", "Room"),
        "people": translate("Fields", "Speakers and moderators"),
        "expected_audience": translate("Fields", "Expected audience"),
        "city": translate("Fields", "City"),
        "country": translate("Fields", "Country"),
    }
    return labels.get(name, name.replace("_", " ").capitalize())
