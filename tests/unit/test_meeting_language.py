"""A meeting has a language: its documents and its invitation's calendar entry follow it, letters follow people."""

from __future__ import annotations

import shutil
import sqlite3
from email import message_from_bytes
from email.message import Message
from pathlib import Path

import pytest
from icalendar import Calendar

from klimamoeder import cli
from klimamoeder.model import Language, Meeting
from klimamoeder.services import documents, meetings
from klimamoeder.services.invites import DraftFolder, export_invites, send_invitations
from klimamoeder.storage import Database, open_database
from tests.invite_data import make_meeting

from .pdf_reading import text

FIXTURES = Path(__file__).parent.parent / "fixtures"


def languages(db: Database) -> dict[str, str]:
    return {m.title[:20]: meetings.get_meeting(db, m.id).fields.language.value for m in meetings.list_meetings(db)}


def test_the_demo_meetings_are_in_the_language_they_were_held_in(demo_db: Database) -> None:
    found = languages(demo_db)
    assert found["WECP Annual General "] == "en" and found["C40 Green Growth Net"] == "en"
    assert found["Signing of the Copenh"[:20]] == "en"
    assert found["Netværksmøde: klimasa"[:20]] == "da" and found["Infomøde for lokale h"[:20]] == "da"


def test_upgrading_an_old_database_gives_its_demo_meetings_their_language(tmp_path: Path) -> None:
    old = tmp_path / "klimamoeder.sqlite3"
    shutil.copy(FIXTURES / "schema-0001.sqlite3", old)
    db = open_database(old)
    db.dispose()
    with sqlite3.connect(old) as con:
        rows = dict(con.execute("SELECT calendar_uid, language FROM meeting").fetchall())
    assert rows["demo-wecp-ga-2022@klimamoeder.invalid"] == "en"
    assert rows["demo-kbh-beijing-2012@klimamoeder.invalid"] == "en"
    assert rows["demo-clean-billund-2015-01-08@klimamoeder.invalid"] == "da"


def set_language(db: Database, meeting_id: int, language: Language) -> None:
    details = meetings.get_meeting(db, meeting_id)
    from dataclasses import replace

    meetings.update_meeting(db, meeting_id, replace(details.fields, language=language), details.version)


def test_documents_follow_the_meetings_language_unless_another_is_picked(demo_db: Database) -> None:
    wecp = next(m.id for m in meetings.list_meetings(demo_db) if m.title.startswith("WECP"))
    english = text(documents.document_pdf(demo_db, wecp, "programme"))
    assert "Speaker" in english and "Oplægsholder" not in english
    badges = text(documents.document_pdf(demo_db, wecp, "participants"))
    assert "List of participants" in badges
    danish = text(documents.document_pdf(demo_db, wecp, "programme", "da"))
    assert "Oplægsholder" in danish
    set_language(demo_db, wecp, Language.DANISH)
    assert "Oplægsholder" in text(documents.document_pdf(demo_db, wecp, "programme"))


def test_the_command_line_prints_in_the_meetings_language_by_default(demo_db: Database, tmp_path: Path) -> None:
    wecp = next(m.id for m in meetings.list_meetings(demo_db) if m.title.startswith("WECP"))
    target = tmp_path / "programme.pdf"
    location = str(demo_db.url.database)
    assert cli.run(["--db", location, "export", "programme", str(wecp), "-o", str(target)]) == 0
    assert "Speaker" in text(target.read_bytes())
    assert cli.run(["--db", location, "export", "programme", str(wecp), "-o", str(target), "--force",
                    "--language", "da"]) == 0
    assert "Oplægsholder" in text(target.read_bytes())


def calendar_part(message: Message) -> Calendar:
    for part in message.walk():
        if part.get_content_type() == "text/calendar":
            return Calendar.from_ical(part.get_payload(decode=True))
    raise AssertionError("no calendar part")


def plain(message: Message) -> str:
    for part in message.walk():
        if part.get_content_type() == "text/plain":
            return part.get_payload(decode=True).decode("utf-8")
    raise AssertionError("no text part")


def drafts(db: Database, meeting_id: int, folder: Path, language: str | None = None) -> dict[str, Message]:
    transport = DraftFolder(folder)
    send_invitations(db, meeting_id, transport, language=language)
    found = {}
    for path in transport.written:
        message = message_from_bytes(path.read_bytes())
        found[str(message["To"]).split("<")[-1].rstrip(">")] = message
    return found


def test_letters_follow_each_persons_language_and_the_calendar_entry_the_meetings(
        sqlite_db: Database, tmp_path: Path) -> None:
    ids = make_meeting(sqlite_db)  # a Danish meeting; Anne reads Danish, Zoë English
    with sqlite_db.session() as s:
        meeting = s.get(Meeting, ids.meeting)
        assert meeting is not None
        meeting.language = Language.ENGLISH
    sent = drafts(sqlite_db, ids.meeting, tmp_path / "a")
    assert plain(sent["anne.soren@kbh.example"]).startswith("Kære Anne")
    assert plain(sent["zoe@aberdeen.example"]).startswith("Dear Zoë")
    for message in sent.values():  # one event, one description, whoever reads it
        description = str(next(iter(calendar_part(message).walk("VEVENT")))["DESCRIPTION"])
        assert "Theme: Varme & vand" in description and "Programme:" in description
    assert "Tema: Varme & vand" in export_invites(sqlite_db, ids.meeting, "da").decode()
    assert "Theme: Varme & vand" in export_invites(sqlite_db, ids.meeting).decode()


def test_a_picked_language_for_one_send_overrides_the_meetings(sqlite_db: Database, tmp_path: Path) -> None:
    ids = make_meeting(sqlite_db)
    sent = drafts(sqlite_db, ids.meeting, tmp_path / "b", language="en")
    description = str(next(iter(calendar_part(sent["anne.soren@kbh.example"]).walk("VEVENT")))["DESCRIPTION"])
    assert "Theme:" in description
    assert plain(sent["anne.soren@kbh.example"]).startswith("Kære")


@pytest.mark.parametrize("language", ["da", "en"])
def test_copying_a_meeting_keeps_its_language(demo_db: Database, language: str) -> None:
    from datetime import date

    from klimamoeder.services.meeting_copy import copy_meeting

    source = next(m.id for m in meetings.list_meetings(demo_db) if m.title.startswith("WECP"))
    set_language(demo_db, source, Language(language))
    copy = copy_meeting(demo_db, source, date(2031, 10, 1))
    assert meetings.get_meeting(demo_db, copy.meeting_id).fields.language.value == language
