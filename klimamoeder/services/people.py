"""People and organisations of the networks: add, edit, find, merge duplicates, memberships.

An e-mail address means one person: addresses are validated and stored normalised
(the whole address lower-cased), and a second address a person uses is kept in
`Person.other_emails`, so an import or a calendar reply from either finds the same person.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from functools import lru_cache

from email_validator import EmailNotValidError, validate_email
from sqlalchemy import String, cast, delete, func, or_, select, update
from sqlalchemy.orm import Session

from ..i18n import translate
from ..model import (
    AgendaPerson,
    B2BDelivery,
    B2BParticipant,
    CalendarReply,
    CheckIn,
    Consent,
    ConsentPurpose,
    ConsentSource,
    FollowUpDelivery,
    InvitationDelivery,
    Language,
    Meeting,
    Membership,
    MembershipRole,
    Network,
    NetworkKind,
    Organisation,
    OrganisationKind,
    Person,
    Registration,
)
from ..storage import Database
from .edit_conflicts import (
    EDIT,
    ORGANISATION,
    PERSON,
    Conflict,
    EditConflict,
    field_versions,
    merge_or_raise,
    once_more_if_stale,
)
from .errors import DomainError, NotFound, ValidationError
from .names import guess_family_name
from .registrations import SeatRule
from .timeutil import to_local

# Network kinds whose members are admitted only on a member's recommendation (WECP's statutes).
RECOMMENDATION_REQUIRED = frozenset({NetworkKind.CITY_NETWORK})


_PLAIN_LOCAL = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*")


@lru_cache(maxsize=4096)
def _domain(domain: str) -> str | None:
    """A domain as email_validator normalises it, or None; cached because an import repeats a few domains."""
    try:
        return validate_email(f"a@{domain}", check_deliverability=False).domain.lower()
    except (EmailNotValidError, UnicodeError, ValueError):
        return None


def normalise_email(value: str) -> str:
    """A valid address, whole address lower-cased; raises DomainError(field='email') otherwise.

    email_validator decides; a plain ASCII local part (dot-atom, which it always accepts) is
    checked by pattern so that the domain check can be cached for 20,000-row imports.
    """
    text = value.strip()
    local, _at, domain = text.rpartition("@")
    if local and len(local) <= 64 and _PLAIN_LOCAL.fullmatch(local) and len(text) <= 254:
        normalised = _domain(domain)
        if normalised is not None:
            return f"{local.lower()}@{normalised}"
    try:
        return validate_email(text, check_deliverability=False).normalized.lower()
    except (EmailNotValidError, UnicodeError, ValueError) as error:
        raise DomainError(
            translate("Errors", "'{value}' is not an e-mail address.").format(value=text), field="email"
        ) from error


@dataclass(frozen=True)
class PersonInput:
    name: str
    email: str = ""
    family_name: str = ""  # what lists sort by; empty: guessed from the name (services/names.py)
    job_title: str = ""
    organisation_id: int | None = None
    other_emails: tuple[str, ...] = ()
    phone: str = ""
    language: Language = Language.DANISH
    consent_shared_list: bool = False
    consent_photos: bool = False
    notes: str = ""
    consent_newsletter: bool = False
    consent_source: ConsentSource = ConsentSource.FORM  # how a changed consent reached the secretariat


@dataclass(frozen=True)
class PersonSummary:
    id: int
    version: int
    name: str
    email: str
    organisation: str
    fields: PersonInput = field(compare=False)


@dataclass(frozen=True)
class OrganisationSummary:
    id: int
    name: str
    kind: OrganisationKind
    city: str
    country: str
    people: int
    version: int = 1

    @property
    def fields(self) -> OrganisationInput:
        return OrganisationInput(self.name, self.kind, self.city, self.country)


@dataclass(frozen=True)
class OrganisationInput:
    """What the organisation form edits."""

    name: str
    kind: OrganisationKind
    city: str = ""
    country: str = "DK"


@dataclass(frozen=True)
class PersonMeeting:
    meeting_id: int
    title: str
    start: datetime  # in the meeting's own zone
    status: str
    role: str


@dataclass(frozen=True)
class MemberRow:
    membership_id: int
    organisation_id: int
    organisation: str
    role: MembershipRole
    since: date | None
    recommended_by: str


@dataclass(frozen=True)
class DuplicatePair:
    keep_id: int
    keep: str
    other_id: int
    other: str
    reason: str


@dataclass(frozen=True)
class MergeResult:
    kept_id: int
    registrations_moved: int
    registrations_combined: int
    agenda_roles_moved: int


def _summary(p: Person) -> PersonSummary:
    fields = PersonInput(
        name=p.name, email=p.email or "", family_name=p.family_name, job_title=p.job_title,
        organisation_id=p.organisation_id, other_emails=tuple(p.other_emails or ()), phone=p.phone, language=p.language,
        consent_shared_list=p.consent_shared_list, consent_photos=p.consent_photos, notes=p.notes,
        consent_newsletter=p.consent_newsletter,
    )
    org = p.organisation.name if p.organisation else ""
    return PersonSummary(p.id, p.version, p.name, p.email or "", org, fields)


def _load_person(s: Session, person_id: int) -> Person:
    person = s.get(Person, person_id)
    if person is None:
        raise NotFound(translate("Errors", "There is no person with id {id}.").format(id=person_id))
    return person


def owner_of_email(s: Session, email: str) -> int | None:
    """The person using `email` as main or other address (`email` already normalised)."""
    found = s.scalar(select(Person.id).where(func.lower(Person.email) == email))
    if found is not None:
        return found
    pattern = f"%{email}%"
    for person_id, others in s.execute(
        select(Person.id, Person.other_emails).where(cast(Person.other_emails, String).like(pattern))
    ):
        if email in [o.lower() for o in others or ()]:
            return int(person_id)
    return None


def validate_person(data: PersonInput) -> PersonInput:
    problems: list[tuple[str, str]] = []
    name = " ".join(data.name.split())
    if not name:
        problems.append(("name", translate("Errors", "The person needs a name.")))
    elif len(name) > 200:
        problems.append(("name", translate("Errors", "The name is longer than 200 characters.")))
    email = ""
    if data.email.strip():
        try:
            email = normalise_email(data.email)
        except DomainError as error:
            problems.append(("email", error.message))
    others: list[str] = []
    for other in data.other_emails:
        if other.strip():
            try:
                normalised = normalise_email(other)
            except DomainError as error:
                problems.append(("other_emails", error.message))
            else:
                if normalised != email and normalised not in others:
                    others.append(normalised)
    if len(data.phone.strip()) > 40:
        problems.append(("phone", translate("Errors", "The phone number is longer than 40 characters.")))
    if problems:
        raise ValidationError(problems)
    return replace(data, name=name, email=email, other_emails=tuple(others), phone=data.phone.strip(),
                   job_title=data.job_title.strip())


def _check_addresses_free(s: Session, data: PersonInput, person_id: int | None) -> None:
    for address in (data.email, *data.other_emails):
        if not address:
            continue
        owner = owner_of_email(s, address)
        if owner is not None and owner != person_id:
            name = s.scalar(select(Person.name).where(Person.id == owner))
            raise DomainError(
                translate("Errors", "The e-mail address {email} already belongs to {name}.").format(
                    email=address, name=name),
                field="email",
            )


def _apply(p: Person, data: PersonInput) -> None:
    p.name, p.email, p.other_emails = data.name, data.email or None, list(data.other_emails)
    p.family_name = data.family_name.strip()[:200] or guess_family_name(data.name)
    p.job_title, p.organisation_id, p.phone = data.job_title, data.organisation_id, data.phone
    p.language, p.notes = data.language, data.notes


def _apply_consent(s: Session, p: Person, data: PersonInput) -> None:
    """Consent changes go through the one consent rule (dated, with their source)."""
    from .privacy.consent import record

    for purpose, given in ((ConsentPurpose.SHARED_LIST, data.consent_shared_list),
                           (ConsentPurpose.PHOTOS, data.consent_photos),
                           (ConsentPurpose.NEWSLETTER, data.consent_newsletter)):
        record(s, p, purpose, given, data.consent_source)


def add_person(db: Database, data: PersonInput) -> PersonSummary:
    data = validate_person(data)
    with db.session() as s:
        _check_addresses_free(s, data, None)
        person = Person()
        _apply(person, data)
        s.add(person)
        s.flush()
        _apply_consent(s, person, data)
        s.flush()
        return _summary(person)


def edit_person(db: Database, person_id: int, data: PersonInput, expected_version: int,
                base: PersonInput | None = None) -> PersonSummary:
    """Save the person form; if someone saved the person since `expected_version`, merge field by field
    against `base` (what the form started from), or raise `EditConflict` where both changed a field."""
    data = validate_person(data)
    return once_more_if_stale(lambda: _edit_person(db, person_id, data, expected_version, base))


def person_title(name: str) -> str:
    return translate("Conflicts", "The person {name}").format(name=name)


def _organisation_names(s: Session) -> dict[str, dict[int, str]]:
    return {"organisation_id": dict(s.execute(select(Organisation.id, Organisation.name)).all())}


def _edit_person(db: Database, person_id: int, data: PersonInput, expected_version: int,
                 base: PersonInput | None) -> PersonSummary:
    with db.session() as s:
        person = s.get(Person, person_id)
        if person is None:
            raise EditConflict(Conflict(PERSON, person_id, person_title(data.name), EDIT, base or data, data, None,
                                        None, field_versions(base or data, data, None), _organisation_names(s)))
        if person.version != expected_version:
            theirs = _summary(person).fields
            data = merge_or_raise(PERSON, person_id, person_title(theirs.name), base, data, theirs, person.version,
                                  lambda: _organisation_names(s))
        _check_addresses_free(s, data, person_id)
        _apply(person, data)
        _apply_consent(s, person, data)
        s.flush()
        return _summary(person)


def get_person(db: Database, person_id: int) -> PersonSummary:
    with db.read() as s:
        return _summary(_load_person(s, person_id))


def delete_person(db: Database, person_id: int) -> None:
    """Erase a person and everything about them: the one erasure (services/privacy/erasure.py), so replies,
    deliveries and review entries go too."""
    from .privacy.erasure import erase_rows

    with db.session() as s:
        _load_person(s, person_id)
        erase_rows(s, person_id)


def find_people(db: Database, text: str = "", limit: int | None = None) -> list[PersonSummary]:
    """People whose name, e-mail or organisation contains `text` (any case), by name."""
    with db.read() as s:
        query = select(Person).outerjoin(Person.organisation).order_by(func.lower(Person.name), Person.id)
        if text.strip():
            pattern = f"%{text.strip().lower()}%"
            query = query.where(or_(
                func.lower(Person.name).like(pattern), func.lower(Person.email).like(pattern),
                func.lower(Organisation.name).like(pattern),
            ))
        if limit:
            query = query.limit(limit)
        return [_summary(p) for p in s.scalars(query)]


def person_meetings(db: Database, person_id: int) -> list[PersonMeeting]:
    """Every meeting the person was invited to or registered for, newest first."""
    with db.read() as s:
        rows = s.execute(
            select(Meeting.id, Meeting.title, Meeting.start, Meeting.time_zone, Registration.status,
                   Registration.role)
            .join(Registration, Registration.meeting_id == Meeting.id)
            .where(Registration.person_id == person_id)
            .order_by(Meeting.start.desc())
        ).all()
        return [PersonMeeting(r[0], r[1], to_local(r[2], r[3]), str(r[4]), str(r[5])) for r in rows]


# --- merging duplicates -----------------------------------------------------------

def find_duplicates(db: Database) -> list[DuplicatePair]:
    """Pairs that are probably one person: the same address in any case or as another address,
    or the same name (as `import_review.name_key` compares names) in the same organisation. The lower id
    is proposed as the one to keep."""
    from .import_review import name_key

    with db.read() as s:
        people = s.execute(
            select(Person.id, Person.name, Person.email, Person.other_emails, Person.organisation_id)
            .order_by(Person.id)
        ).all()
    by_address: dict[str, tuple[int, str]] = {}
    by_name: dict[tuple[tuple[str, str], int | None], tuple[int, str]] = {}
    pairs: dict[tuple[int, int], DuplicatePair] = {}
    for pid, name, email, others, org in people:
        addresses = [a.lower() for a in (email, *(others or ())) if a]
        for address in addresses:
            first = by_address.setdefault(address, (pid, name))
            if first[0] != pid and (first[0], pid) not in pairs:
                pairs[(first[0], pid)] = DuplicatePair(first[0], first[1], pid, name, translate(
                    "People", "same e-mail address {email}").format(email=address))
        key = (name_key(name), org)  # the import's rule: accents, case and middle names do not matter
        first = by_name.setdefault(key, (pid, name))
        if first[0] != pid and (first[0], pid) not in pairs:
            pairs[(first[0], pid)] = DuplicatePair(first[0], first[1], pid, name, translate(
                "People", "same name in the same organisation"))
    return list(pairs.values())


def merge_people(db: Database, keep_id: int, other_id: int) -> MergeResult:
    """Fold `other` into `keep`: registrations, agenda roles, delivery logs and addresses move over.

    Every delivery log moves (invitations, reminders, B2B invitations): it is what stops the
    merged person getting the same message twice.

    Where both are registered for the same meeting (the unique (meeting, person) pair),
    one registration remains: the more committed status wins, empty fields are filled
    from the other and its check-ins are kept.
    """
    if keep_id == other_id:
        raise DomainError(translate("Errors", "A person cannot be merged with themselves."))
    with db.session() as s:
        keep, other = _load_person(s, keep_id), _load_person(s, other_id)
        moved = combined = roles = 0
        kept_regs = {r.meeting_id: r for r in s.scalars(select(Registration).where(Registration.person_id == keep_id))}
        for reg in s.scalars(select(Registration).where(Registration.person_id == other_id)).all():
            target = kept_regs.get(reg.meeting_id)
            if target is None:
                reg.person_id = keep_id
                moved += 1
                continue
            rule = SeatRule.lock(s, reg.meeting_id)
            _combine(s, rule, target, reg)
            rule.promote()  # both held a seat: one is free now
            combined += 1
        kept_roles = set(s.execute(
            select(AgendaPerson.item_id, AgendaPerson.role).where(AgendaPerson.person_id == keep_id)))
        for role in s.scalars(select(AgendaPerson).where(AgendaPerson.person_id == other_id)).all():
            if (role.item_id, role.role) in kept_roles:
                s.delete(role)
            else:
                role.person_id = keep_id
                roles += 1
        s.flush()
        # The logs say what was already sent (nothing twice); consent: the proof of both records' answers.
        for table in (InvitationDelivery, FollowUpDelivery, B2BDelivery, CalendarReply, Consent):
            s.execute(update(table).where(table.person_id == other_id).values(person_id=keep_id))
        addresses = {a.lower() for a in (other.email, *(other.other_emails or ()), *(keep.other_emails or ())) if a}
        main_email = keep.email or other.email
        for name in ("job_title", "phone", "notes"):
            if not getattr(keep, name) and getattr(other, name):
                setattr(keep, name, getattr(other, name))
        if keep.organisation_id is None:
            keep.organisation_id = other.organisation_id
        # Consent holds only if both records gave it: the stricter answer wins.
        from .privacy.consent import FLAGS, record

        for purpose, flag in FLAGS.items():  # withdrawn by either: withdrawn (through the one consent rule)
            record(s, keep, purpose, bool(getattr(keep, flag)) and bool(getattr(other, flag)), ConsentSource.EARLIER)
        s.delete(other)
        s.flush()  # frees the other's address for the unique column
        keep.email = main_email.lower() if main_email else None  # older records may not be normalised yet
        keep.other_emails = sorted(addresses - {keep.email or ""})
        s.flush()
        return MergeResult(keep_id, moved, combined, roles)


def _combine(s: Session, rule: SeatRule, target: Registration, reg: Registration) -> None:
    rule.combine(target, reg)  # the more committed status wins
    for name in ("dietary", "accessibility"):
        if not getattr(target, name):
            setattr(target, name, getattr(reg, name))
    if reg.notes and reg.notes not in target.notes:
        target.notes = "\n".join(n for n in (target.notes, reg.notes) if n)
    days_checked = {c.day for c in target.check_ins}
    for check in list(reg.check_ins):
        if check.day not in days_checked:
            s.add(CheckIn(registration_id=target.id, day=check.day, at=check.at))
    # A B2B place (with its requests and meetings) follows the registration, unless the kept one has its own.
    taken = set(s.scalars(select(B2BParticipant.session_id).where(B2BParticipant.registration_id == target.id)))
    s.execute(update(B2BParticipant).where(B2BParticipant.registration_id == reg.id,
                                           B2BParticipant.session_id.not_in(taken))
              .values(registration_id=target.id))
    s.delete(reg)


# --- organisations and memberships -------------------------------------------------

def list_organisations(db: Database) -> list[OrganisationSummary]:
    with db.read() as s:
        counts = dict(s.execute(
            select(Person.organisation_id, func.count()).group_by(Person.organisation_id)).all())
        orgs = s.scalars(select(Organisation).order_by(func.lower(Organisation.name))).all()
        return [OrganisationSummary(o.id, o.name, o.kind, o.city, o.country, counts.get(o.id, 0), o.version)
                for o in orgs]


def add_organisation(db: Database, name: str, kind: OrganisationKind, city: str = "",
                     country: str = "DK") -> OrganisationSummary:
    name, country = " ".join(name.split()), country.strip().upper()
    if not name:
        raise DomainError(translate("Errors", "The organisation needs a name."), field="name")
    if len(country) != 2:
        raise DomainError(translate("Errors", "The country must be a two-letter code such as DK."), field="country")
    with db.session() as s:
        exists = s.scalar(select(Organisation.id).where(
            func.lower(Organisation.name) == name.lower(), Organisation.country == country))
        if exists is not None:
            raise DomainError(translate("Errors", "The organisation {name} ({country}) already exists.").format(
                name=name, country=country), field="name")
        org = Organisation(name=name, kind=kind, city=city.strip(), country=country)
        s.add(org)
        s.flush()
        return OrganisationSummary(org.id, org.name, org.kind, org.city, org.country, 0, org.version)


def edit_organisation(db: Database, organisation_id: int, data: OrganisationInput,
                      expected_version: int | None = None,
                      base: OrganisationInput | None = None) -> OrganisationSummary:
    """Save the organisation form; like `edit_person`, a save that lost a race merges or raises `EditConflict`."""
    name, country = " ".join(data.name.split()), data.country.strip().upper()
    if not name or len(country) != 2:
        raise DomainError(translate("Errors", "The organisation needs a name and a two-letter country code."))
    data = replace(data, name=name, country=country, city=data.city.strip())
    return once_more_if_stale(lambda: _edit_organisation(db, organisation_id, data, expected_version, base))


def organisation_title(name: str) -> str:
    return translate("Conflicts", "The organisation {name}").format(name=name)


def _organisation_input(org: Organisation) -> OrganisationInput:
    return OrganisationInput(org.name, org.kind, org.city, org.country)


def _edit_organisation(db: Database, organisation_id: int, data: OrganisationInput, expected_version: int | None,
                       base: OrganisationInput | None) -> OrganisationSummary:
    with db.session() as s:
        org = s.get(Organisation, organisation_id)
        if org is None:
            raise EditConflict(Conflict(ORGANISATION, organisation_id, organisation_title(data.name), EDIT,
                                        base or data, data, None, None, field_versions(base or data, data, None)))
        if expected_version is not None and org.version != expected_version:
            data = merge_or_raise(ORGANISATION, organisation_id, organisation_title(org.name), base, data,
                                  _organisation_input(org), org.version)
        clash = s.scalar(select(Organisation.id).where(
            func.lower(Organisation.name) == data.name.lower(), Organisation.country == data.country,
            Organisation.id != organisation_id))
        if clash is not None:
            raise DomainError(translate("Errors", "The organisation {name} ({country}) already exists.").format(
                name=data.name, country=data.country), field="name")
        org.name, org.kind, org.city, org.country = data.name, data.kind, data.city, data.country
        s.flush()
        return _organisation_summary(s, org)


def _organisation_summary(s: Session, org: Organisation) -> OrganisationSummary:
    count = s.scalar(select(func.count()).select_from(Person).where(Person.organisation_id == org.id)) or 0
    return OrganisationSummary(org.id, org.name, org.kind, org.city, org.country, count, org.version)


def get_organisation(db: Database, organisation_id: int) -> OrganisationSummary:
    with db.read() as s:
        org = s.get(Organisation, organisation_id)
        if org is None:
            raise NotFound(translate("Errors", "The organisation no longer exists."))
        return _organisation_summary(s, org)


def delete_organisation(db: Database, organisation_id: int) -> None:
    """Remove an organisation nobody works for and no network counts as member (undo of adding one)."""
    with db.session() as s:
        used = s.scalar(select(func.count()).select_from(Person).where(Person.organisation_id == organisation_id))
        members = s.scalar(select(func.count()).select_from(Membership).where(
            Membership.organisation_id == organisation_id))
        if used or members:
            raise DomainError(translate("Errors", "The organisation still has people or memberships."))
        s.execute(delete(Organisation).where(Organisation.id == organisation_id))


def network_members(db: Database, network_id: int) -> list[MemberRow]:
    with db.read() as s:
        memberships = s.scalars(select(Membership).where(Membership.network_id == network_id)).all()
        rows = [MemberRow(m.id, m.organisation_id, m.organisation.name, m.role, m.since,
                          m.recommended_by.name if m.recommended_by else "") for m in memberships]
    return sorted(rows, key=lambda r: (r.role is not MembershipRole.PRESIDENT, r.organisation.casefold()))


def add_member(db: Database, network_id: int, organisation_id: int, role: MembershipRole,
               since: date | None = None, recommended_by_id: int | None = None) -> MemberRow:
    """Admit an organisation; a city network admits only on an existing member's recommendation."""
    with db.session() as s:
        network = s.get(Network, network_id)
        org = s.get(Organisation, organisation_id)
        if network is None or org is None:
            raise NotFound(translate("Errors", "The network or the organisation no longer exists."))
        members = set(s.scalars(select(Membership.organisation_id).where(Membership.network_id == network_id)))
        if organisation_id in members:
            raise DomainError(translate("Errors", "{organisation} is already in {network}.").format(
                organisation=org.name, network=network.short_name))
        if network.kind in RECOMMENDATION_REQUIRED and members:
            if recommended_by_id is None:
                raise DomainError(translate(
                    "Errors", "{network} admits a new member only on the recommendation of a member. "
                              "Choose the recommending member.").format(network=network.short_name),
                    field="recommended_by")
            if recommended_by_id not in members:
                raise DomainError(translate(
                    "Errors", "The recommending organisation must itself be a member of {network}.").format(
                        network=network.short_name), field="recommended_by")
        membership = Membership(network_id=network_id, organisation_id=organisation_id, role=role, since=since,
                                recommended_by_id=recommended_by_id)
        s.add(membership)
        s.flush()
        recommender = s.get(Organisation, recommended_by_id) if recommended_by_id else None
        return MemberRow(membership.id, org.id, org.name, role, since, recommender.name if recommender else "")


def change_member_role(db: Database, membership_id: int, role: MembershipRole) -> MembershipRole:
    """Returns the previous role, for undo."""
    with db.session() as s:
        membership = s.get(Membership, membership_id)
        if membership is None:
            raise NotFound(translate("Errors", "The membership no longer exists."))
        previous, membership.role = membership.role, role
        return previous


def restore_member(db: Database, network_id: int, row: MemberRow) -> int:
    """Undo of `remove_member`: the membership as it was (no recommendation check: it was admitted)."""
    with db.session() as s:
        recommended_by = s.scalar(select(Organisation.id).where(Organisation.name == row.recommended_by)) \
            if row.recommended_by else None
        membership = Membership(network_id=network_id, organisation_id=row.organisation_id, role=row.role,
                                since=row.since, recommended_by_id=recommended_by)
        s.add(membership)
        s.flush()
        return membership.id


def remove_member(db: Database, membership_id: int) -> None:
    with db.session() as s:
        s.execute(delete(Membership).where(Membership.id == membership_id))
