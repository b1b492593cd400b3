"""The printed programme: what a participant reads must be exactly what the secretariat typed."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from klimamoeder.exports.pdf import AgendaEntry, AgendaPersonEntry, MeetingHeader, ProgrammeData, build_programme
from klimamoeder.model import Meeting
from klimamoeder.services.documents import load_programme, programme_pdf
from klimamoeder.services.errors import DomainError, NotFound
from klimamoeder.storage import Database

from . import pdf_reading as pdf

WECP = "demo-wecp-ga-2022@klimamoeder.invalid"
KL = "demo-kl-netvaerk-2021-04-29@klimamoeder.invalid"
CPH = ZoneInfo("Europe/Copenhagen")
TRICKY = ["Anne <b>&</b> Søren", "Zoë Ødegård", "Łucja Ωμέγα", "Жанна Иванова", "陈刚"]


def meeting_id(db: Database, uid: str) -> int:
    with db.session() as s:
        return s.scalars(select(Meeting.id).where(Meeting.calendar_uid == uid)).one()


def header(**changes: object) -> MeetingHeader:
    values: dict[str, object] = dict(
        network="World Energy Cities Partnership", network_short="WECP", title="Test meeting",
        start=datetime(2022, 10, 5, 9, 0, tzinfo=CPH), end=datetime(2022, 10, 6, 17, 0, tzinfo=CPH),
        venue_name="Musikhuset Esbjerg", venue_address="Havnegade 18, 6700 Esbjerg",
    )
    values.update(changes)
    return MeetingHeader(**values)  # type: ignore[arg-type]


def at(hour: int, minute: int = 0, day: int = 5) -> datetime:
    return datetime(2022, 10, day, hour, minute, tzinfo=CPH)


@pytest.mark.parametrize("language", ["da", "en"])
def test_the_wecp_programme_has_every_title_and_speaker_exactly_and_embeds_its_fonts(
    demo_db: Database, language: str
) -> None:
    meeting = meeting_id(demo_db, WECP)
    data = load_programme(demo_db, meeting)
    document = programme_pdf(demo_db, meeting, language)

    text = pdf.text(document)
    assert data.agenda, "the demo meeting has an agenda"
    for item in data.agenda:
        assert item.title in text
        for person in item.people:
            assert person.name in text
            assert person.job_title in text
    assert "Esbjerg Kommune skal krediteres ved brug af billederne." in text
    assert "Havnegade 18, 6700 Esbjerg" in text
    pdf.assert_fonts_embedded(document)
    assert all("DejaVuSans" in name for name, _ in pdf.fonts(document))


def test_agenda_times_are_the_meetings_local_times_and_days_are_named_in_the_chosen_language(
    demo_db: Database,
) -> None:
    meeting = meeting_id(demo_db, WECP)
    english = pdf.text(programme_pdf(demo_db, meeting, "en"))
    danish = pdf.text(programme_pdf(demo_db, meeting, "da"))

    assert "Wednesday 5 October 2022" in english and "14:00–17:00 Arrival and registration" in english
    assert "Onsdag den 5. oktober 2022" in danish and "14.00–17.00 Arrival and registration" in danish
    assert "Saturday 8 October 2022" in english and "Lørdag den 8. oktober 2022" in danish
    assert "Speakers: Søren Halkjær" in english and "Oplægsholdere: Søren Halkjær" in danish
    assert "Moderator: Mette Kjær Sørensen" in english and "Ordstyrer: Mette Kjær Sørensen" in danish


def test_every_page_has_the_running_footer_page_x_of_y_in_the_documents_language(demo_db: Database) -> None:
    meeting = meeting_id(demo_db, WECP)
    for language, footer in (("en", "Page {page} of {pages}"), ("da", "Side {page} af {pages}")):
        document = programme_pdf(demo_db, meeting, language)
        pages = pdf.page_texts(document)
        assert len(pages) == pdf.page_count(document) >= 2
        for number, page in enumerate(pages, start=1):
            assert footer.format(page=number, pages=len(pages)) in page
            if number > 1:  # the running header names the meeting from the second page on, once
                assert "WECP Annual General Assembly 2022" in page and "WECP · WECP" not in page


def test_parallel_sessions_are_grouped_under_one_heading_with_their_time_span(demo_db: Database) -> None:
    meeting = meeting_id(demo_db, WECP)
    english = pdf.text(programme_pdf(demo_db, meeting, "en"))
    danish = pdf.text(programme_pdf(demo_db, meeting, "da"))

    assert english.count("Parallel sessions") == 1
    group = english[english.index("Parallel sessions 09:00–12:00"):english.index("12:00–13:00 Lunch")]
    assert "(room A)" in group and "(room B)" in group and "Academic partnerships" in group
    assert "Mødelokale 1" in group and "Mødelokale 2" in group
    assert "Parallelle sessioner 09.00–12.00" in danish


def test_the_kl_network_meeting_prints_its_online_link_and_contact(demo_db: Database) -> None:
    meeting = meeting_id(demo_db, KL)
    document = programme_pdf(demo_db, meeting, "da")
    text = pdf.text(document)

    for item in load_programme(demo_db, meeting).agenda:
        assert item.title in text
    assert "https://teams.example/kl-klimanetvaerk-2021-04-29" in text
    assert "Praktisk information" in text and "Kontaktperson" in text
    assert "Torsdag den 29. april 2021, 10.00–15.00" in text
    pdf.assert_fonts_embedded(document)


def test_names_and_titles_print_as_typed_whatever_their_script_or_markup_characters() -> None:
    people = tuple(AgendaPersonEntry(name, "Borgmester & formand", "Kommune <Øst>") for name in TRICKY)
    data = ProgrammeData(header(title="Møde <i>om</i> Ærø & Łódź", theme='"Citat" & <tag>'), (
        AgendaEntry(at(9), at(10), 'Velkomst <img src="http://example.invalid/x.png"/>',
                    "Kaffe & kage <ved> 'pausen'", "talk", "Sal <1>", people),
    ))
    document = build_programme(data, "da")
    text = pdf.text(document)

    for name in TRICKY:
        assert name in text
    assert "Møde <i>om</i> Ærø & Łódź" in text
    assert '"Citat" & <tag>' in text
    assert 'Velkomst <img src="http://example.invalid/x.png"/>' in text
    assert "Borgmester & formand, Kommune <Øst>" in text
    assert "Kaffe & kage <ved> 'pausen'" in text and "Sal <1>" in text
    pdf.assert_fonts_embedded(document)
    names = [name for name, _ in pdf.fonts(document)]
    assert any("DroidSansFallback" in name for name in names), "陈刚 is drawn in the CJK fallback font"


def test_a_description_longer_than_a_page_and_endless_titles_break_across_pages_without_loss() -> None:
    words = [f"ord{n}" for n in range(6000)]
    long_title = " ".join(["Meget langt punkt"] * 40)
    unbroken = "x" * 400
    data = ProgrammeData(header(title="Lang " * 60), (
        AgendaEntry(at(9), at(10), long_title, " ".join(words), "session", "Lokale " * 20,
                    tuple(AgendaPersonEntry(f"Taler {n}", "Titel " * 10, "Organisation") for n in range(60))),
        AgendaEntry(at(10), at(11), unbroken, unbroken),
    ))
    document = build_programme(data, "en")
    text = pdf.text(document)

    assert pdf.page_count(document) > 3
    assert all(word in text for word in (words[0], words[2999], words[-1]))
    assert long_title in text
    assert "Taler 59" in text
    assert text.replace(" ", "").count(unbroken) >= 2  # split over lines, but all there
    width, height = pdf.page_size(document)
    for _page, word, x0, y0, x1, y1 in pdf.words_with_boxes(document):  # nothing runs off the paper
        assert 40 <= x0 <= x1 <= width - 40 and 20 <= y0 <= y1 <= height - 20, word


def test_a_meeting_over_several_days_starts_each_day_with_its_date() -> None:
    data = ProgrammeData(header(), tuple(
        AgendaEntry(at(9, day=day), at(10, day=day), f"Punkt dag {day}") for day in (5, 6)
    ))
    text = pdf.text(build_programme(data, "en"))

    assert text.index("Wednesday 5 October 2022") < text.index("Punkt dag 5") < text.index(
        "Thursday 6 October 2022") < text.index("Punkt dag 6")
    assert "Parallel" not in text
    assert "5–6 October 2022" in text


def test_an_unknown_meeting_or_language_is_a_clear_error(demo_db: Database) -> None:
    with pytest.raises(NotFound):
        programme_pdf(demo_db, 999_999, "da")
    with pytest.raises(DomainError, match="Danish"):
        programme_pdf(demo_db, meeting_id(demo_db, WECP), "de")


def test_an_overnight_item_in_another_zone_shows_local_times() -> None:
    tokyo = ZoneInfo("Asia/Tokyo")
    start = datetime(2022, 10, 5, 23, 30, tzinfo=tokyo)
    data = ProgrammeData(header(start=start, end=start + timedelta(hours=2)),
                         (AgendaEntry(start, start + timedelta(hours=1), "Midnatsmøde"),))
    assert "23:30–00:30 Midnatsmøde" in pdf.text(build_programme(data, "en"))


def test_an_item_too_long_for_the_rest_of_a_page_starts_there_and_goes_on_under_a_continued_heading() -> None:
    """Nothing jumps whole to the next page leaving the first one mostly blank."""
    filler = tuple(AgendaEntry(at(8, 10 * n), at(8, 10 * n + 10), f"Kort punkt {n}", "Lidt tekst. " * 8)
                   for n in range(5))
    long_text = "\n\n".join(" ".join(f"afsnit{p}ord{w}" for w in range(60)) for p in range(12))
    data = ProgrammeData(header(), (*filler, AgendaEntry(at(9), at(12), "Workshop om grøn omstilling", long_text,
                                                          "session", "Koncertsalen")))
    for language, continued in (("da", "(fortsat)"), ("en", "(continued)")):
        document = build_programme(data, language)
        pages = pdf.page_texts(document)
        start = next(n for n, page in enumerate(pages) if "Workshop om grøn omstilling" in page)
        assert "afsnit0ord0" in pages[start], "the item starts on the page where its heading is"
        later = [page for page in pages[start + 1:] if "afsnit" in page]
        assert later and all(f"Workshop om grøn omstilling {continued}" in page for page in later)
        assert all(f"09{'.' if language == 'da' else ':'}00" in page for page in later), "the time again"
        for number, words in enumerate(pdf.layout_pages(document)[:-1]):
            lines = [line for line in words.splitlines() if line.strip()]
            assert len(lines) > 25, f"page {number + 1} is mostly blank"


def test_each_day_is_a_bookmark_and_links_and_e_mails_are_clickable(demo_db: Database) -> None:
    document = programme_pdf(demo_db, meeting_id(demo_db, KL), "en")
    assert b"/URI (https://teams.example/kl-klimanetvaerk-2021-04-29)" in document
    assert b"/URI (mailto:nkel@kl.example)" in document
    wecp = programme_pdf(demo_db, meeting_id(demo_db, WECP), "en")
    titles = re.findall(rb"/Title \(([^)]*)\)", wecp)  # the outline's entries (and the document's title)
    assert b"/Outlines" in wecp
    for day in ("Wednesday 5 October 2022", "Thursday 6 October 2022", "Friday 7 October 2022",
                "Saturday 8 October 2022"):
        assert day.encode() in titles
