"""The access export as a readable PDF: what is held about one person, section by section (GDPR art. 15).

A pure builder over the export's JSON (`services.privacy.access.AccessExport.as_json()`): every record with
every column, labelled in the reader's language, long texts (a calendar reply as received) wrapped, never cut.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from .base import CONTENT_WIDTH, FAINT, GREY, para, render, styles, table_style
from .data import MeetingHeader
from .labels import Labels

_WORDS = {
    "en": {
        "title": "Personal data held about {name}", "document": "Access export",
        "intro": "Everything Klimamøder holds about {who}, as of {when} (GDPR article 15): every record with every "
                 "field, the meetings they refer to, the organisation and the change log's entries about the person "
                 "(who changed what, when; the log holds no values).",
        "meeting": "Meeting", "organisation": "Organisation", "memberships": "Memberships of the organisation",
        "audit": "Change log", "none": "(none)", "empty": "—",
        "person": "Person", "registration": "Registrations", "check_in": "Check-ins",
        "calendar_reply": "Calendar replies", "invitation_delivery": "Invitations sent",
        "follow_up_delivery": "Reminders and practical information sent", "b2b_delivery": "Bilateral meeting "
        "invitations sent", "b2b_participant": "Bilateral meetings: participation", "agenda_person":
        "Speaker or moderator", "meeting_staff": "Named as organiser", "consent": "Consents",
        "at": "When", "author": "By", "action": "What", "record": "Record", "fields": "Fields",
    },
    "da": {
        "title": "Personoplysninger om {name}", "document": "Indsigt",
        "intro": "Alt hvad Klimamøder har om {who} pr. {when} (databeskyttelsesforordningens artikel 15): alle "
                 "poster med alle felter, de møder de handler om, organisationen og ændringslogens poster om "
                 "personen (hvem ændrede hvad og hvornår; loggen har ingen værdier).",
        "meeting": "Møde", "organisation": "Organisation", "memberships": "Organisationens medlemskaber",
        "audit": "Ændringslog", "none": "(ingen)", "empty": "—",
        "person": "Person", "registration": "Tilmeldinger", "check_in": "Ankomster",
        "calendar_reply": "Kalendersvar", "invitation_delivery": "Sendte invitationer",
        "follow_up_delivery": "Sendte påmindelser og praktisk information", "b2b_delivery": "Sendte invitationer "
        "til bilaterale møder", "b2b_participant": "Bilaterale møder: deltagelse", "agenda_person":
        "Oplægsholder eller ordstyrer", "meeting_staff": "Nævnt som arrangør", "consent": "Samtykker",
        "at": "Hvornår", "author": "Af", "action": "Hvad", "record": "Post", "fields": "Felter",
    },
}

LABEL_WIDTH = 42 * mm


def _label(column: str) -> str:
    return column.replace("_", " ").capitalize()


def _value(value: Any, words: dict[str, str]) -> str:
    if value is None or value == "" or value == []:
        return words["empty"]
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}: {v}" for k, v in value.items())
    return str(value)


def _record(row: dict[str, Any], data: dict[str, Any], words: dict[str, str], st: dict[str, Any]) -> Flowable:
    lines: list[list[Flowable]] = []
    meeting = data["meetings"].get(str(row.get("meeting_id"))) if row.get("meeting_id") else None
    if meeting:
        lines.append([para(words["meeting"], st["label"]),
                      para(f"{meeting['title']} ({meeting['start'][:10]})", st["cell"])])
    lines += [[para(_label(k), st["label"]), para(_value(v, words), st["cell"])] for k, v in row.items()]
    table = Table(lines, colWidths=[LABEL_WIDTH, CONTENT_WIDTH - LABEL_WIDTH], hAlign="LEFT")
    table.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BACKGROUND", (0, 0), (-1, 0), FAINT),
                                ("LINEBELOW", (0, -1), (-1, -1), 0.5, GREY),
                                ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
    return table


def _audit(entries: list[dict[str, Any]], words: dict[str, str], st: dict[str, Any]) -> list[Flowable]:
    if not entries:
        return [para(words["none"], st["muted"])]
    head = [para(words[k], st["cell_head"]) for k in ("at", "author", "action", "record", "fields")]
    rows = [head] + [[para(e["at"][:16].replace("T", " "), st["cell"]), para(e["author"], st["cell"]),
                      para(e["action"], st["cell"]), para(f"{e['table']} {e['record_id'] or ''}", st["cell"]),
                      para(", ".join(e["fields"]) or e["detail"], st["cell"])] for e in entries]
    widths = [28 * mm, 32 * mm, 20 * mm, 40 * mm, CONTENT_WIDTH - 120 * mm]
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, 0), 0.5, GREY),
                                ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    return [table]


def build_access_export(data: dict[str, Any], name: str, email: str, language: str = "en",
                        now: datetime | None = None) -> bytes:
    """The PDF of `AccessExport.as_json()` for `name` <`email`>, in `language` ("da" or "en")."""
    labels = Labels(language)
    words = _WORDS[labels.language]
    st = styles()
    when = now or datetime.fromisoformat(data["generated_at"])
    who = f"{name} <{email}>" if email else name
    story: list[Flowable] = [para(words["title"].format(name=name), st["title"]),
                             para(words["intro"].format(who=who, when=labels.day(when.date())), st["body"])]
    first = ["person", "registration", "check_in", "calendar_reply", "invitation_delivery", "follow_up_delivery"]
    order = sorted(data["records"], key=lambda t: (first.index(t) if t in first else len(first), t))
    for table in order:
        rows = data["records"][table]
        heading = words["meeting_staff"] if table == "meeting" else words.get(table, _label(table))
        story.append(para(f"{heading} ({len(rows)})", st["h2"]))
        for row in rows:
            story += [_record(row, data, words, st), Spacer(1, 2 * mm)]
    if data.get("organisation"):
        org = dict(data["organisation"])
        members = org.pop("memberships", [])
        story += [para(words["organisation"], st["h2"]), _record(org, data, words, st)]
        story.append(para(words["memberships"], st["h3"]))
        story += [para(f"{m['network']}: {m['role']}" + (f" ({m['since']})" if m["since"] else ""), st["body"])
                  for m in members] or [para(words["none"], st["muted"])]
    story.append(para(f"{words['audit']} ({len(data['audit_log'])})", st["h2"]))
    story += _audit(data["audit_log"], words, st)
    header = MeetingHeader(network="", network_short="", title=words["title"].format(name=name),
                           start=when, end=when)
    return render(story, header, words["document"], labels, header_on_first=False)
