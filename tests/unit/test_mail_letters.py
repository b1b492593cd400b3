"""The invitation e-mail as its reader gets it: every line of the plain and HTML bodies, the subject, the parts a
calendar client looks for, in English and Danish (exports/mail.py). The expected texts are written out here by
hand, not taken from the module's tables."""

from __future__ import annotations

import email
import email.policy
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

import pytest

from klimamoeder.exports.mail import (
    Letter,
    MessageFacts,
    as_draft,
    build_message,
    build_text_message,
    format_when,
    html_body,
    plain_body,
    subject,
    text_as_html,
)

FACTS = MessageFacts(
    title="Netværksmøde <klima & energi>", when="5. oktober 2030 09.00–17.00 (Europe/Copenhagen)",
    where="Middelfart Rådhus", online_link="https://meet.example/kl", theme="Klimatilpasning",
    programme=("09.00 Velkomst", "10.00 Oplæg"), extra=(("With", "Aarhus Kommune"),))
ONLY_WHEN = MessageFacts(title="Board meeting", when="5 October 2030")
ICS = b"BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n"
COPENHAGEN = ZoneInfo("Europe/Copenhagen")


def letter(kind: str, language: str = "en", facts: MessageFacts = FACTS) -> Letter:
    return Letter(kind, language, "Mette Sørensen", "mette@kl.example", "Anne Ørsted", "anne@aarhus.example", facts)


def parsed(raw: bytes) -> EmailMessage:
    message = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    return message


def test_an_english_invitation_tells_every_fact_then_how_to_answer() -> None:
    assert subject(letter("REQUEST")) == "Invitation: Netværksmøde <klima & energi>"
    assert plain_body(letter("REQUEST")) == (
        "Dear Anne Ørsted,\n"
        "\n"
        "You are invited to Netværksmøde <klima & energi>.\n"
        "\n"
        "When: 5. oktober 2030 09.00–17.00 (Europe/Copenhagen)\n"
        "Where: Middelfart Rådhus\n"
        "Online: https://meet.example/kl\n"
        "Theme: Klimatilpasning\n"
        "With: Aarhus Kommune\n"
        "\n"
        "Programme:\n"
        "  09.00 Velkomst\n"
        "  10.00 Oplæg\n"
        "\n"
        "Please answer with the Accept or Decline buttons of your calendar, or reply to this e-mail.\n"
        "\n"
        "Kind regards\n"
        "Mette Sørensen\n")


def test_a_danish_update_says_what_changed_in_danish() -> None:
    assert subject(letter("UPDATE", "da")) == "Opdateret invitation: Netværksmøde <klima & energi>"
    assert plain_body(letter("UPDATE", "da")) == (
        "Kære Anne Ørsted\n"
        "\n"
        "Invitationen til Netværksmøde <klima & energi> er ændret. Se detaljerne nedenfor.\n"
        "\n"
        "Hvornår: 5. oktober 2030 09.00–17.00 (Europe/Copenhagen)\n"
        "Hvor: Middelfart Rådhus\n"
        "Online: https://meet.example/kl\n"
        "Tema: Klimatilpasning\n"
        "With: Aarhus Kommune\n"
        "\n"
        "Program:\n"
        "  09.00 Velkomst\n"
        "  10.00 Oplæg\n"
        "\n"
        "Svar med kalenderens knapper Accepter eller Afvis, eller svar på denne e-mail.\n"
        "\n"
        "Med venlig hilsen\n"
        "Mette Sørensen\n")


@pytest.mark.parametrize(("kind", "language", "title", "intro"), [
    ("CANCEL", "en", "Cancelled", "Board meeting has been cancelled."),
    ("UNINVITE", "en", "Cancelled", "The invitation to Board meeting has been withdrawn for you."),
    ("CANCEL", "da", "Aflyst", "Board meeting er aflyst."),
    ("UNINVITE", "da", "Aflyst", "Invitationen til Board meeting er trukket tilbage for dig."),
])
def test_a_cancellation_has_no_programme_and_asks_for_no_answer(kind: str, language: str, title: str,
                                                                 intro: str) -> None:
    cancelled = letter(kind, language, MessageFacts(title="Board meeting", when="5 October 2030",
                                                    programme=("09:00 Welcome",)))
    greeting, when, regards = {"en": ("Dear Anne Ørsted,", "When", "Kind regards"),
                               "da": ("Kære Anne Ørsted", "Hvornår", "Med venlig hilsen")}[language]
    assert subject(cancelled) == f"{title}: Board meeting"
    assert plain_body(cancelled) == f"{greeting}\n\n{intro}\n\n{when}: 5 October 2030\n\n{regards}\nMette Sørensen\n"
    assert html_body(cancelled) == (
        f"<html><body><p>{greeting}</p><p>{intro}</p><table>\n"
        f"<tr><th align=\"left\">{when}</th><td>5 October 2030</td></tr>\n"
        "</table>\n"
        f"<p>{regards}<br>Mette Sørensen</p></body></html>\n")


def test_a_language_without_texts_gets_english() -> None:
    assert subject(letter("REQUEST", "fr", ONLY_WHEN)) == "Invitation: Board meeting"
    assert plain_body(letter("REQUEST", "fr", ONLY_WHEN)).startswith("Dear Anne Ørsted,\n\nYou are invited to ")


def test_the_html_body_escapes_what_people_typed_and_lists_the_programme() -> None:
    assert html_body(letter("REQUEST")) == (
        "<html><body><p>Dear Anne Ørsted,</p><p>You are invited to Netværksmøde &lt;klima &amp; energi&gt;.</p>"
        "<table>\n"
        "<tr><th align=\"left\">When</th><td>5. oktober 2030 09.00–17.00 (Europe/Copenhagen)</td></tr>\n"
        "<tr><th align=\"left\">Where</th><td>Middelfart Rådhus</td></tr>\n"
        "<tr><th align=\"left\">Online</th><td>https://meet.example/kl</td></tr>\n"
        "<tr><th align=\"left\">Theme</th><td>Klimatilpasning</td></tr>\n"
        "<tr><th align=\"left\">With</th><td>Aarhus Kommune</td></tr>\n"
        "</table>\n"
        "<p><b>Programme</b></p><ul>\n"
        "<li>09.00 Velkomst</li>\n"
        "<li>10.00 Oplæg</li>\n"
        "</ul>\n"
        "<p>Please answer with the Accept or Decline buttons of your calendar, or reply to this e-mail.</p>\n"
        "<p>Kind regards<br>Mette Sørensen</p></body></html>\n")


def test_the_invitation_carries_the_calendar_twice_where_clients_look_for_it() -> None:
    sent = datetime.now(UTC).replace(microsecond=0)
    raw = build_message(letter("REQUEST"), ICS, "REQUEST", domain="kl.example").as_bytes()
    message = parsed(raw)
    assert message.get_content_type() == "multipart/mixed"
    assert str(message["Subject"]) == "Invitation: Netværksmøde <klima & energi>"
    assert str(message["From"]) == "Mette Sørensen <mette@kl.example>"
    assert str(message["To"]) == "Anne Ørsted <anne@aarhus.example>"
    assert str(message["Message-ID"]).endswith("@kl.example>")
    date_line = next(line for line in raw.splitlines() if line.startswith(b"Date: "))
    assert date_line.endswith(b" GMT"), "RFC 5322's UTC form, whatever the sending PC's zone"
    assert abs((parsedate_to_datetime(str(message["Date"])) - sent).total_seconds()) < 5
    alternative, attachment = message.iter_parts()
    plain, html, calendar = alternative.iter_parts()
    assert alternative.get_content_type() == "multipart/alternative"
    assert plain.get_content_type() == "text/plain" and plain.get_content() == plain_body(letter("REQUEST"))
    assert html.get_content_type() == "text/html" and html.get_content() == html_body(letter("REQUEST"))
    assert calendar.get_content_type() == "text/calendar"
    assert calendar.get_param("method") == "REQUEST" and calendar.get_content_charset() == "utf-8"
    assert calendar["Content-Transfer-Encoding"] == "base64" and calendar.get_payload(decode=True) == ICS
    assert attachment.get_content_type() == "application/ics" and attachment.get_param("name") == "invite.ics"
    assert attachment.get_content_disposition() == "attachment" and attachment.get_filename() == "invite.ics"
    assert attachment["Content-Transfer-Encoding"] == "base64" and attachment.get_payload(decode=True) == ICS


def test_without_the_attachment_the_calendar_is_only_inline() -> None:
    message = parsed(build_message(letter("CANCEL"), ICS, "CANCEL", attach_file=False).as_bytes())
    (alternative,) = message.iter_parts()
    assert [p.get_content_type() for p in alternative.iter_parts()] == ["text/plain", "text/html", "text/calendar"]
    assert list(alternative.iter_parts())[2].get_param("method") == "CANCEL"
    assert str(message["Message-ID"]).endswith("@klimamoeder.invalid>")


def test_a_reminder_is_its_text_as_plain_and_as_paragraphs_of_html() -> None:
    body = "Kære Anne,\n\nBring <your> badge & ID.\nThe door opens at 8.\n\n\n\nKind regards\n"
    message = parsed(build_text_message("Mette Sørensen", "mette@kl.example", "Anne Ørsted", "anne@aarhus.example",
                                        "Påmindelse: Board meeting", body, domain="kl.example").as_bytes())
    assert message.get_content_type() == "multipart/alternative"
    assert str(message["Subject"]) == "Påmindelse: Board meeting"
    assert str(message["Message-ID"]).endswith("@kl.example>")
    assert str(message["To"]) == "Anne Ørsted <anne@aarhus.example>"
    plain, html = message.iter_parts()
    assert plain.get_content_type() == "text/plain" and plain.get_content() == body
    assert plain.get_content_charset() == html.get_content_charset() == "utf-8"
    assert html.get_content_type() == "text/html"
    assert html.get_content() == text_as_html(body) == (
        "<html><body><p>Kære Anne,</p>\n<p>Bring &lt;your&gt; badge &amp; ID.<br>The door opens at 8.</p>\n"
        "<p>Kind regards</p></body></html>\n")


def test_a_message_id_names_no_real_host_unless_told() -> None:
    reminder = build_text_message("Mette", "mette@kl.example", "Anne", "anne@aarhus.example", "Reminder", "Hi\n")
    assert str(reminder["Message-ID"]).endswith("@klimamoeder.invalid>")


def test_a_draft_opens_unsent_in_outlook_and_is_marked_once() -> None:
    message = build_message(letter("REQUEST"), ICS, "REQUEST")
    as_draft(message)
    draft = parsed(as_draft(message))
    assert draft.get_all("X-Unsent") == ["1"]


@pytest.mark.parametrize(("start", "end", "all_day", "language", "expected"), [
    ((2030, 10, 5, 7, 0), (2030, 10, 5, 15, 30), False, "en", "5 October 2030 09:00–17:30 (Europe/Copenhagen)"),
    ((2030, 10, 5, 7, 0), (2030, 10, 5, 15, 30), False, "da", "5. oktober 2030 09.00–17.30 (Europe/Copenhagen)"),
    ((2030, 1, 31, 22, 0), (2030, 2, 1, 15, 5), False, "en",
     "31 January 2030 23:00 – 1 February 2030 16:05 (Europe/Copenhagen)"),
    ((2030, 1, 31, 22, 0), (2030, 2, 1, 15, 5), False, "da",
     "31. januar 2030 23.00 – 1. februar 2030 16.05 (Europe/Copenhagen)"),
    ((2030, 12, 4, 23, 0), (2030, 12, 5, 23, 0), True, "en", "5 December 2030"),
    ((2030, 12, 4, 23, 0), (2030, 12, 6, 23, 0), True, "da", "5. december 2030 – 6. december 2030"),
    ((2030, 3, 4, 23, 0), (2030, 3, 6, 23, 0), True, "fr", "5 March 2030 – 6 March 2030"),
    ((2030, 12, 4, 23, 0), (2030, 12, 5, 23, 0), True, "da", "5. december 2030"),
])
def test_when_is_written_in_the_meetings_zone_and_the_readers_language(
        start: tuple[int, ...], end: tuple[int, ...], all_day: bool, language: str, expected: str) -> None:
    assert format_when(datetime(*start, tzinfo=UTC), datetime(*end, tzinfo=UTC), COPENHAGEN, all_day,
                       language) == expected


def test_an_all_day_meeting_west_of_greenwich_ends_on_its_own_last_day() -> None:
    new_york = ZoneInfo("America/New_York")  # its midnight is 05:00 UTC: the next day in UTC
    start, end = datetime(2030, 12, 5, tzinfo=new_york), datetime(2030, 12, 6, tzinfo=new_york)
    assert format_when(start, end, new_york, True, "en") == "5 December 2030"
