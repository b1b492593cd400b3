"""Participant lists and sign-in sheets as printed: who is on them, in which order, on every page."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from klimamoeder.exports.pdf import (
    MeetingHeader,
    ParticipantEntry,
    ParticipantListData,
    ParticipantListOptions,
    build_participant_list,
)
from klimamoeder.model import (
    Meeting,
    MeetingKind,
    Network,
    NetworkKind,
    Organisation,
    OrganisationKind,
    Person,
    Registration,
    RegistrationStatus,
)
from klimamoeder.services.documents import ListChoice, load_participants, participants_pdf
from klimamoeder.services.progress import Cancelled, Progress
from klimamoeder.storage import Database

from . import pdf_reading as pdf

WECP = "demo-wecp-ga-2022@klimamoeder.invalid"
KL = "demo-kl-netvaerk-2021-04-29@klimamoeder.invalid"
CPH = ZoneInfo("Europe/Copenhagen")
TRICKY = ["Anne <b>&</b> Søren", "Zoë Ødegård", "Łucja Ωμέγα", "Жанна Иванова", "陈刚"]
ALL_COLUMNS = ("name", "title", "organisation", "email", "days", "role")


def meeting_id(db: Database, uid: str) -> int:
    with db.session() as s:
        return s.scalars(select(Meeting.id).where(Meeting.calendar_uid == uid)).one()


def registered_names(db: Database, uid: str) -> tuple[set[str], set[str]]:
    """(registered, everyone else invited) for a meeting, read straight from the tables."""
    with db.session() as s:
        rows = s.execute(
            select(Person.name, Registration.status).join(Registration.person).join(Registration.meeting)
            .where(Meeting.calendar_uid == uid)
        ).all()
    registered = {name for name, status in rows if status == RegistrationStatus.REGISTERED}
    return registered, {name for name, _ in rows} - registered


def header() -> MeetingHeader:
    return MeetingHeader(network="Kommunernes klimapolitiske netværk", network_short="KL-klimanetværk",
                         title="Netværksmøde", start=datetime(2022, 10, 6, 9, tzinfo=CPH),
                         end=datetime(2022, 10, 7, 16, tzinfo=CPH))


def listing(people: list[ParticipantEntry], **options: object) -> ParticipantListData:
    return ParticipantListData(header(), tuple(people), ParticipantListOptions(**options))  # type: ignore[arg-type]


def many(count: int) -> list[ParticipantEntry]:
    return [ParticipantEntry(f"Deltager {n:05d}", "Klimakonsulent", f"Kommune {n % 7}", f"d{n}@kommune.example")
            for n in range(count)]


@pytest.mark.parametrize("uid", [WECP, KL])
def test_the_demo_lists_show_every_registered_person_and_nobody_else(demo_db: Database, uid: str) -> None:
    registered, others = registered_names(demo_db, uid)
    document = participants_pdf(demo_db, meeting_id(demo_db, uid), "en", ListChoice(columns=ALL_COLUMNS))
    text = pdf.text(document)

    assert registered
    for name in registered:
        assert name in text
    for name in others:
        assert name not in text
    assert f"{len(registered)} participants" in text
    pdf.assert_fonts_embedded(document)


def test_the_header_row_repeats_on_every_page_and_the_footer_counts_pages() -> None:
    document = build_participant_list(listing(many(150)), "da")
    pages = pdf.layout_pages(document)

    assert pdf.page_count(document) == len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        lines = [line.split() for line in page.splitlines() if line.strip()]
        assert ["Navn", "Titel", "Organisation"] in lines, f"no column headers on page {number}"
        assert f"Side {number} af {len(pages)}" in page
    text = pdf.text(document)
    assert all(f"Deltager {n:05d}" in text for n in range(150))


def test_names_in_any_script_and_with_markup_characters_print_as_typed() -> None:
    people = [ParticipantEntry(name, "Chef & <leder>", "Kommune <Øst> & Vest", "a.b@x.example") for name in TRICKY]
    document = build_participant_list(listing(people, columns=ALL_COLUMNS), "en")
    text = pdf.text(document)

    for name in TRICKY:
        assert name in text
    assert "Chef & <leder>" in text and "Kommune <Øst> & Vest" in text
    pdf.assert_fonts_embedded(document)


def test_rows_are_sorted_as_a_reader_of_the_documents_language_expects() -> None:
    people = [ParticipantEntry(name) for name in ("Åse Berg", "Zoë Hartley", "Øjvind Lund", "Łucja Nowak",
                                                  "Ærø Hansen", "anders And")]
    danish = pdf.text(build_participant_list(listing(people), "da"))
    english = pdf.text(build_participant_list(listing(people), "en"))

    def order(text: str) -> list[str]:
        return sorted((p.name for p in people), key=text.index)

    assert order(danish) == ["anders And", "Łucja Nowak", "Zoë Hartley", "Ærø Hansen", "Øjvind Lund", "Åse Berg"]
    assert order(english) == ["Ærø Hansen", "anders And", "Åse Berg", "Łucja Nowak", "Øjvind Lund", "Zoë Hartley"]


def test_grouped_by_organisation_each_group_is_headed_by_its_name_and_size() -> None:
    people = [ParticipantEntry("Line Damgaard", organisation="Vejle Kommune"),
              ParticipantEntry("Birgitte Lassen", organisation="Esbjerg Kommune"),
              ParticipantEntry("Henrik Vind", organisation="Esbjerg Kommune"),
              ParticipantEntry("Uden Ophav")]
    text = pdf.text(build_participant_list(
        listing(people, columns=("name", "organisation"), group_by_organisation=True), "da"))

    assert "Esbjerg Kommune (2) Birgitte Lassen Henrik Vind Vejle Kommune (1) Line Damgaard" in text
    assert "Uden organisation (1) Uden Ophav" in text
    assert "Organisation" not in text.split("Navn", 1)[1][:40], "the grouped list has no organisation column"


def test_only_the_chosen_columns_are_printed_and_days_name_the_days_attended() -> None:
    people = [ParticipantEntry("Signe Holm", "Klimachef", "Aarhus Kommune", "signe@aarhus.example",
                               (date(2022, 10, 6),), "speaker"),
              ParticipantEntry("Peter Juhl", email="peter@fredericia.example")]
    narrow = pdf.text(build_participant_list(listing(people, columns=("name", "organisation")), "en"))
    wide = build_participant_list(listing(people, columns=ALL_COLUMNS), "en")
    wide_text = pdf.text(wide)

    assert "signe@aarhus.example" not in narrow and "Klimachef" not in narrow
    assert "signe@aarhus.example" in wide_text and "6 Oct" in wide_text and "All days" in wide_text
    assert "Speaker" in wide_text and "Participant" in wide_text
    width, height = pdf.page_size(wide)
    assert width > height, "six columns are printed in landscape"


def test_the_sign_in_sheet_has_a_signature_column_and_room_to_sign() -> None:
    people = many(60)
    plain = build_participant_list(listing(people, columns=("name", "organisation", "email")), "da")
    sign_in = build_participant_list(
        listing(people, columns=("name", "organisation", "email"), sign_in=True), "da")
    text = pdf.text(sign_in)

    assert "Fremmødeliste" in text and "Underskrift" in text
    assert "d1@kommune.example" not in text, "e-mail addresses stay off a sheet everyone signs"
    assert pdf.page_count(sign_in) > pdf.page_count(plain)
    for page in pdf.layout_pages(sign_in):
        assert "Underskrift" in page


def test_an_empty_list_says_so() -> None:
    text = pdf.text(build_participant_list(listing([]), "en"))
    assert "Nobody is registered yet." in text and "0 participants" in text


def test_long_names_and_organisations_wrap_inside_their_column_without_loss() -> None:
    name = "Maria " + " ".join(["Skovgaard-Johannesen"] * 12)
    organisation = "Forsyning" * 30
    document = build_participant_list(listing([ParticipantEntry(name, organisation=organisation)]), "en")
    assert name in pdf.text(document)
    assert organisation in pdf.text(document).replace(" ", "")
    page_width = pdf.page_size(document)[0]
    assert all(x1 <= page_width - 40 for _page, _word, _x0, _y0, x1, _y1 in pdf.words_with_boxes(document))


def _meeting_with_people(db: Database) -> int:
    with db.session() as s:
        org = Organisation(name="Vejle Kommune", kind=OrganisationKind.MUNICIPALITY)
        network = Network(name="Klimanetværket", short_name="KN", kind=NetworkKind.CLIMATE_NETWORK)
        meeting = Meeting(network=network, title="Møde", kind=MeetingKind.NETWORK_MEETING, calendar_uid="m@x.invalid",
                          start=datetime(2022, 10, 6, 7, tzinfo=UTC), end=datetime(2022, 10, 7, 14, tzinfo=UTC))
        people = {
            "Line Damgaard": (True, RegistrationStatus.REGISTERED, ["2022-10-07"]),
            "Jakob Bech": (False, RegistrationStatus.REGISTERED, []),
            "Anne <b>&</b> Søren": (True, RegistrationStatus.REGISTERED, ["2022-10-06", "2022-10-07"]),
            "Venter Stadig": (True, RegistrationStatus.WAITLISTED, []),
            "Meldt Fra": (True, RegistrationStatus.CANCELLED, []),
        }
        for number, (name, (consent, status, days)) in enumerate(people.items()):
            person = Person(name=name, organisation=org, email=f"p{number}@vejle.example", consent_shared_list=consent)
            s.add(Registration(meeting=meeting, person=person, status=status, days=days))
        s.add(meeting)
        s.flush()
        return meeting.id


def test_the_default_list_is_the_one_to_hand_out_and_the_full_list_is_marked_internal_on_every_page(
        db: Database) -> None:
    meeting = _meeting_with_people(db)
    shared = pdf.page_texts(participants_pdf(db, meeting, "da"))
    internal = pdf.page_texts(participants_pdf(db, meeting, "da", ListChoice(internal=True)))
    internal_en = pdf.page_texts(participants_pdf(db, meeting, "en", ListChoice(internal=True)))

    assert "Jakob Bech" not in " ".join(shared) and "Jakob Bech" in " ".join(internal)
    assert "Line Damgaard" in " ".join(shared) and "Anne <b>&</b> Søren" in " ".join(shared)
    assert not any("Intern" in page for page in shared)
    assert all("Intern – må ikke udleveres" in page for page in internal)
    assert all("Internal – not for distribution" in page for page in internal_en)
    for text in (shared, internal):
        assert "Venter Stadig" not in " ".join(text) and "Meldt Fra" not in " ".join(text)


def test_registrations_days_are_read_and_every_day_means_all_days(db: Database) -> None:
    meeting = _meeting_with_people(db)
    data = load_participants(db, meeting, ListChoice(internal=True, statuses=(RegistrationStatus.REGISTERED,
                                                                              RegistrationStatus.WAITLISTED)))
    days = {p.name: p.days for p in data.participants}

    assert days == {"Line Damgaard": (date(2022, 10, 7),), "Jakob Bech": (), "Anne <b>&</b> Søren": (),
                    "Venter Stadig": ()}


def test_an_organisations_heading_never_ends_a_page_without_its_first_member() -> None:
    people = []
    for group in range(60):
        for member in range((1, 2, 5)[group % 3]):
            people.append(ParticipantEntry(f"Person {group:02d}-{member}", organisation=f"Organisation {group:02d}"))
    for sizes in (people, people[1:], people[2:], people[3:]):  # page breaks fall on different rows
        document = build_participant_list(
            listing(sizes, columns=("name", "organisation"), group_by_organisation=True), "en")
        for page in pdf.layout_pages(document):
            rows = [line.strip() for line in page.splitlines() if line.strip().startswith(("Organisation ", "Person"))]
            assert rows[-1].startswith("Person"), rows[-3:]


def test_laying_out_a_list_reports_pages_as_progress_and_stops_when_cancelled(demo_db: Database) -> None:
    meeting = meeting_id(demo_db, WECP)
    reports: list[tuple[int, int, str]] = []
    participants_pdf(demo_db, meeting, "en", ListChoice(sign_in=True), Progress(lambda *r: reports.append(r)))
    pages = [done for done, total, _text in reports if total]
    assert pages == sorted(pages) and len(pages) >= 2, reports

    def press_cancel(*_report: object) -> None:  # the user presses Cancel at the first report
        cancelling.cancel()

    cancelling = Progress(press_cancel)
    with pytest.raises(Cancelled):
        participants_pdf(demo_db, meeting, "en", ListChoice(sign_in=True), cancelling)


def test_an_organisation_going_on_over_a_page_is_named_again_as_continued() -> None:
    people = [ParticipantEntry(f"Person {n:03d}", organisation="Esbjerg Kommune") for n in range(90)]
    for language, continued in (("da", "Esbjerg Kommune (fortsat)"), ("en", "Esbjerg Kommune (continued)")):
        pages = pdf.page_texts(build_participant_list(
            listing(people, columns=("name", "organisation"), group_by_organisation=True), language))
        assert len(pages) >= 2
        assert "Esbjerg Kommune (90)" in pages[0] and continued not in pages[0]
        assert all(continued in page for page in pages[1:])


def test_lists_sort_by_family_name_and_e_mails_are_links() -> None:
    people = [ParticipantEntry("Anders Zachariassen", email="az@x.example", sort_as="Zachariassen, Anders"),
              ParticipantEntry("Zoë Andersen", email="za@x.example", sort_as="Andersen, Zoë"),
              ParticipantEntry("Joost van der Meer", email="jm@x.example", sort_as="Meer, Joost van der")]
    document = build_participant_list(listing(people, columns=("name", "email")), "en")
    text = pdf.text(document)
    assert text.index("Zoë Andersen") < text.index("Joost van der Meer") < text.index("Anders Zachariassen")
    assert b"/URI (mailto:jm@x.example)" in document
