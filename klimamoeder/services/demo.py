"""`klimamoeder demo`: load the demo data set into a database, idempotently.

Every record is found by its natural key first (network short name, organisation
name and country, venue name and city, e-mail address, meeting calendar UID), so a
second run changes nothing and edits the user made to demo records survive.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..model import (
    AgendaItem,
    AgendaKind,
    AgendaPerson,
    AgendaRole,
    B2BPriority,
    B2BRequestStatus,
    B2BSession,
    Language,
    Meeting,
    MeetingKind,
    MeetingStatus,
    Membership,
    MembershipRole,
    Network,
    NetworkKind,
    Organisation,
    OrganisationKind,
    ParticipantRole,
    Person,
    Registration,
    RegistrationSource,
    RegistrationStatus,
    Room,
    Venue,
)
from ..paths import resources_dir
from ..storage import Database
from . import demo_data as data
from .meetings import UID_DOMAIN
from .names import guess_family_name
from .registrations import SeatRule
from .timeutil import to_instant


@dataclass(frozen=True)
class DemoResult:
    meetings_added: int
    people_added: int

    @property
    def changed(self) -> bool:
        return bool(self.meetings_added or self.people_added)


def email_slug(name: str) -> str:
    """`Łucja Nowak` → `lucja.nowak`; a name in another script uses its Latin form in brackets."""
    latin = re.search(r"\(([^)]+)\)", name)
    text = latin.group(1) if latin else name
    text = text.replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("Æ", "Ae")
    text = text.replace("ł", "l").replace("Ł", "L").replace("å", "a").replace("Å", "A")
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", ".", ascii_text.lower()).strip(".")


def guest_address(name: str, org: str) -> str:
    """A demo guest's address from the organisation's key: `den_helder` → `…@den-helder.example` (a domain
    name may hold hyphens, never underscores; the app's own validation refuses them)."""
    return f"{email_slug(name)}@{org.replace('_', '-')}.example"


class _Loader:
    def __init__(self, session: Session) -> None:
        self.s = session
        self.orgs: dict[str, Organisation] = {}
        self.people: dict[str, Person] = {}
        self.networks: dict[str, Network] = {}
        self.venues: dict[str, Venue] = {}
        self.people_added = 0
        self.meetings_added = 0

    def organisation(self, key: str, name: str, kind: str, city: str, country: str) -> None:
        org = self.s.scalar(select(Organisation).where(Organisation.name == name, Organisation.country == country))
        if org is None:
            org = Organisation(name=name, kind=OrganisationKind(kind), city=city, country=country)
            self.s.add(org)
        self.orgs[key] = org

    def person(self, key: str, name: str, title: str, org: str, email: str, lang: str, consent: bool) -> Person:
        person = self.s.scalar(select(Person).where(Person.email == email))
        if person is None:
            person = Person(
                name=name, family_name=guess_family_name(name), job_title=title,
                organisation=self.orgs[org], email=email, other_emails=[],
                language=Language(lang), consent_shared_list=consent, consent_photos=consent,
            )
            self.s.add(person)
            self.people_added += 1
        self.people[key] = person
        return person

    def load_reference_data(self) -> None:
        for key, name, kind, city, country in data.ORGANISATIONS:
            self.organisation(key, name, kind, city, country)
        for key, name, city, country in data.WECP_CITIES:
            self.organisation(key, name, "city", city, country)
        self.s.flush()
        for short, name, kind, secretariat, description in data.NETWORKS:
            network = self.s.scalar(select(Network).where(Network.short_name == short))
            if network is None:
                mark, colour = data.NETWORK_IDENTITY.get(short, ("", ""))
                logo = (resources_dir() / "demo-marks" / mark).read_bytes() if mark else None
                network = Network(name=name, short_name=short, kind=NetworkKind(kind), description=description,
                                  secretariat=self.orgs[secretariat], logo=logo, colour=colour)
                self.s.add(network)
            self.networks[short] = network
        self.s.flush()
        for short, org, role, since, recommended in data.MEMBERSHIPS:
            network, organisation = self.networks[short], self.orgs[org]
            exists = self.s.scalar(select(Membership).where(
                Membership.network_id == network.id, Membership.organisation_id == organisation.id))
            if exists is None:
                self.s.add(Membership(
                    network=network, organisation=organisation, role=MembershipRole(role),
                    since=date.fromisoformat(since) if since else None,
                    recommended_by=self.orgs[recommended] if recommended else None,
                ))
        for key, name, address, postcode, city, country, rooms in data.VENUES:
            venue = self.s.scalar(select(Venue).where(Venue.name == name, Venue.city == city))
            if venue is None:
                venue = Venue(name=name, address=address, postcode=postcode, city=city, country=country,
                              rooms=[Room(name=r, capacity=c) for r, c in rooms])
                self.s.add(venue)
            self.venues[key] = venue
        for row in data.PEOPLE:
            self.person(*row)
        self.s.flush()

    def meeting(self, spec: dict) -> None:  # type: ignore[type-arg]
        uid = f"demo-{spec['key']}@{UID_DOMAIN}"
        if self.s.scalar(select(Meeting.id).where(Meeting.calendar_uid == uid)) is not None:
            return
        zone = "Europe/Copenhagen"
        start_local = datetime.fromisoformat(spec["start"])
        organiser = self.people[spec["organiser"]]
        venue = self.venues[spec["venue"]]
        meeting = Meeting(
            network=self.networks[spec["network"]], title=spec["title"], kind=MeetingKind(spec["kind"]),
            theme=spec["theme"], description=spec["description"],
            start=to_instant(start_local, zone), end=to_instant(datetime.fromisoformat(spec["end"]), zone),
            time_zone=zone, venue=venue, host=self.orgs[spec["host"]], capacity=spec["capacity"],
            status=MeetingStatus(spec["status"]), organiser_name=organiser.name,
            organiser_email=organiser.email or "", calendar_uid=uid, calendar_sequence=0,
            photo_credit=spec["photo_credit"], online_link=spec["online_link"],
            registration_deadline=to_instant(start_local - timedelta(days=14), zone),
            language=Language(spec.get("language", "da")),
        )
        self.s.add(meeting)
        guests = self.guests(spec["key"])  # creates the guests an agenda item may name as "g:<name>"
        rooms = {room.name: room for room in venue.rooms}
        for position, (day, begin, finish, title, kind, room, speakers, moderators, text) in enumerate(
            spec["agenda"]
        ):
            day_date = start_local.date() + timedelta(days=day)
            item = AgendaItem(
                title=title, kind=AgendaKind(kind), description=text, position=position,
                room=rooms[room] if room else None,
                start=to_instant(datetime.combine(day_date, datetime.strptime(begin, "%H:%M").time()), zone),
                end=to_instant(datetime.combine(day_date, datetime.strptime(finish, "%H:%M").time()), zone),
            )
            people = [(k, AgendaRole.SPEAKER) for k in speakers] + [(k, AgendaRole.MODERATOR) for k in moderators]
            item.people = [AgendaPerson(person=self.people[k], role=r, position=i) for i, (k, r) in enumerate(people)]
            meeting.agenda.append(item)
        self.meetings_added += 1
        self.registrations(meeting, spec, guests)

    def registrations(self, meeting: Meeting, spec: dict, guests: list[tuple[Person, str]]) -> None:  # type: ignore[type-arg]
        staff = {spec["organiser"]}
        on_stage = {key for row in spec["agenda"] for key in (*row[6], *row[7])} - staff
        speakers = {key for key in on_stage if not key.startswith("g:")}  # guests who speak come below
        entries: list[tuple[Person, ParticipantRole, RegistrationStatus, list[str], str]] = []
        for key in sorted(staff):
            entries.append((self.people[key], ParticipantRole.ORGANISER, RegistrationStatus.REGISTERED, [], ""))
        for key in sorted(speakers):
            entries.append((self.people[key], ParticipantRole.SPEAKER, RegistrationStatus.REGISTERED, [], ""))
        for number, (person, dietary) in enumerate(guests):
            status = RegistrationStatus(spec.get("guest_status", "registered"))
            if number % 9 == 4:
                status = RegistrationStatus.DECLINED
            elif number % 11 == 7:
                status = RegistrationStatus.INVITED
            days: list[str] = []
            if spec["key"] == "wecp-ga-2022" and number % 4 == 1:  # some come for the main days only
                days = ["2022-10-06", "2022-10-07"]
            role = ParticipantRole.SPEAKER if f"g:{person.name}" in on_stage else ParticipantRole.PARTICIPANT
            entries.append((person, role, status, days, dietary))
        self.s.flush()  # the seat rule counts the meeting's registrations by its id
        rule = SeatRule(self.s, meeting)  # the demo's statuses obey the one rule too (capacity, wait list)
        for person, role, wanted, days, dietary in entries:
            status = rule.decide(None, wanted, person.name)
            self.s.add(Registration(
                meeting=meeting, person=person, role=role, status=status, days=days, dietary=dietary,
                source=RegistrationSource.DEMO,
            ))

    def b2b(self, spec: dict) -> None:  # type: ignore[type-arg]
        """The WECP bilateral meetings: session, requests and a schedule (only when the session is new)."""
        from .b2b import SessionSettings, read_session, write_session
        from .b2b_requests import _participants_by_email, _upsert
        from .b2b_schedule import plan, save_plan

        zone = "Europe/Copenhagen"
        uid = f"demo-{spec['meeting']}@{UID_DOMAIN}"
        meeting_id = self.s.scalar(select(Meeting.id).where(Meeting.calendar_uid == uid))
        if meeting_id is None or self.s.scalar(select(B2BSession.id).where(B2BSession.meeting_id == meeting_id)):
            return

        def period(pair: tuple[str, str]) -> tuple[datetime, datetime]:
            return to_instant(datetime.fromisoformat(pair[0]), zone), to_instant(datetime.fromisoformat(pair[1]), zone)

        settings = SessionSettings(windows=tuple(period(w) for w in spec["windows"]),
                                   breaks=tuple(period(b) for b in spec["breaks"]), slot_minutes=spec["slot_minutes"],
                                   table_count=spec["tables"], location=spec["location"])
        session_id = write_session(self.s, meeting_id, settings)
        data = read_session(self.s, meeting_id)
        by_name = {d.name: d.id for d in data.delegations}
        write_session(self.s, meeting_id, replace(settings, fixed_tables=tuple(
            (number, by_name[name]) for number, name in spec["fixed"] if name in by_name)))
        people = _participants_by_email(self.s, session_id)
        for requester, target, priority, status in spec["requests"]:
            a, b = (people.get((self.people[k].email or "").lower()) for k in (requester, target))
            if a is not None and b is not None:
                _upsert(self.s, session_id, a, b, B2BPriority(priority), B2BRequestStatus(status))
        self.s.flush()
        data = read_session(self.s, meeting_id)
        save_plan(self.s, data, plan(data, time_limit=10, workers=1))  # one worker: the same demo every time

    def guests(self, meeting_key: str) -> list[tuple[Person, str]]:
        guests: list[tuple[Person, str]] = []
        if meeting_key == "wecp-ga-2022":
            for name, title, org, lang, dietary in data.WECP_GUESTS:
                person = self.person(f"g:{name}", name, title, org, guest_address(name, org), lang, True)
                guests.append((person, dietary))
        elif meeting_key.startswith("kl-netvaerk"):
            rows = data.KL_GUESTS if not meeting_key.endswith("09-02") else data.KL_GUESTS[::2]
            for name, title, org, dietary in rows:
                person = self.person(f"g:{name}", name, title, org, guest_address(name, org), "da", True)
                guests.append((person, dietary))
        elif meeting_key == "clean-billund-2015-01-08":
            for name, title, org in data.CLEAN_GUESTS:
                person = self.person(f"g:{name}", name, title, org, guest_address(name, org), "da", False)
                guests.append((person, ""))
        elif meeting_key == "c40-green-growth-2012":
            guests = [(self.people["frej"], ""), (self.people["nanna"], "")]
        return guests


def load_demo(db: Database) -> DemoResult:
    """Add whatever of the demo data set is missing, in one transaction."""
    with db.session() as s:
        loader = _Loader(s)
        loader.load_reference_data()
        for spec in data.MEETINGS:
            loader.meeting(spec)
        s.flush()
        loader.b2b(data.WECP_B2B)
        return DemoResult(loader.meetings_added, loader.people_added)
