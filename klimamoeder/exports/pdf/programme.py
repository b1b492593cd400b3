"""The programme: cover block, the agenda day by day, practical information.

Descriptions and speaker lines are free-flowing paragraphs below each item's heading
row, not table cells, so an abstract longer than a page breaks across pages instead of
crashing the layout (Indico left reportlab over exactly that, #4881).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from itertools import groupby
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table

from . import fonts
from .base import CONTENT_WIDTH, FAINT, GREY, PageCallback, para, render, styles, table_style
from .data import AgendaEntry, AgendaPersonEntry, MeetingHeader, ProgrammeData
from .flowables import Continued, Outline, TextBlock
from .labels import Labels

TIME_WIDTH = 27 * mm
ROOM_WIDTH = 38 * mm


def build_programme(data: ProgrammeData, language: str = "da", on_page: PageCallback | None = None) -> bytes:
    """The programme of one meeting as PDF bytes, in `language` ("da" or "en")."""
    labels = Labels(language)
    st = styles()
    story: list[Flowable] = [*_cover(data.meeting, labels, st)]
    if data.agenda:
        lead: list[Flowable] = [para(labels["agenda"], st["h2"])]
        room_width = _room_width(data.agenda, st["muted"])
        for day, items in groupby(data.agenda, key=lambda item: item.start.date()):
            story.extend(_day(day, list(items), labels, st, lead, room_width))
            lead = []
    story.extend(_practical(data.meeting, labels, st))
    return render(story, data.meeting, labels["programme"], labels, header_on_first=False, on_page=on_page)


def _facts(rows: Iterable[tuple[str, list[str]]], st: dict[str, ParagraphStyle]) -> Table | None:
    """Label/value rows; each value line is user text, escaped on its own."""
    data = []
    for label, lines in rows:
        lines = [line for line in lines if line]
        if lines:
            value = Paragraph("<br/>".join(_linked(line) for line in lines), st["body"])
            data.append([para(label, st["label"]), value])
    if not data:
        return None
    table = Table(data, colWidths=[32 * mm, CONTENT_WIDTH - 32 * mm], hAlign="LEFT", splitInRow=1)
    table.setStyle(table_style([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]))
    return table


_URL = re.compile(r"https?://[^\s<>\"']+$")
_EMAIL = re.compile(r"[^\s@<>\"']+@[^\s@<>\"']+\.[^\s@<>\"']+$")


def _linked(line: str) -> str:
    """A line of a fact as markup: a web address or an e-mail address (alone on its line, or after a comma)
    becomes a link a reader can click; anything else is escaped text. Only http(s) and mailto are linked."""
    head, sep, tail = line.rpartition(", ")
    target = tail if sep else line
    if _URL.match(target):
        link = f'<a href="{escape(target, {chr(34): "&quot;"})}" color="#1F4E79">{escape(target)}</a>'
    elif _EMAIL.match(target):
        link = f'<a href="mailto:{escape(target, {chr(34): "&quot;"})}" color="#1F4E79">{escape(target)}</a>'
    else:
        return fonts.markup(line)
    return (fonts.markup(head) + escape(sep) if sep else "") + link


def _cover(meeting: MeetingHeader, labels: Labels, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    story: list[Flowable] = []
    if meeting.network:
        story.append(para(meeting.network, st["kicker"]))
    story.append(para(meeting.title, st["title"]))
    if meeting.theme:
        story.append(para(meeting.theme, st["theme"]))
    organiser = ", ".join(p for p in (meeting.organiser_name, meeting.organiser_email) if p)
    facts = _facts([
        (labels["when"], [labels.span(meeting.start, meeting.end)]),
        (labels["where"], [meeting.venue_name, meeting.venue_address]),
        (labels["online"], [meeting.online_link]),
        (labels["host"], [meeting.host]),
        (labels["organiser"], [organiser]),
    ], st)
    if facts is not None:
        story += [Spacer(1, 2 * mm), facts]
    rule = Table([[""]], colWidths=[CONTENT_WIDTH], rowHeights=[1])
    rule.setStyle(table_style([("LINEBELOW", (0, 0), (-1, -1), 1.2, GREY)]))
    story += [Spacer(1, 3 * mm), rule, Spacer(1, 3 * mm)]
    if meeting.description:
        story.append(para(meeting.description, st["body"]))
    return story


def _clusters(items: list[AgendaEntry]) -> list[list[AgendaEntry]]:
    """Items that overlap in time form one cluster: a parallel block, shown grouped."""
    clusters: list[list[AgendaEntry]] = []
    cluster_end = None
    for item in sorted(items, key=lambda i: (i.start, i.end)):
        if clusters and cluster_end is not None and item.start < cluster_end:
            clusters[-1].append(item)
            cluster_end = max(cluster_end, item.end)
        else:
            clusters.append([item])
            cluster_end = item.end
    return clusters


def _room_width(agenda: Iterable[AgendaEntry], style: ParagraphStyle) -> float:
    """As wide as the longest room name (up to `ROOM_WIDTH`): the titles get the rest."""
    widest = max((fonts.string_width(i.room, style.fontName, style.fontSize) for i in agenda if i.room), default=0)
    return min(ROOM_WIDTH, widest + 2 * mm) if widest else 0.0


def _day(day: date, items: list[AgendaEntry], labels: Labels, st: dict[str, ParagraphStyle],
         lead: list[Flowable], room_width: float) -> list[Flowable]:
    """One day: its heading kept with its first item (and `lead`, the section heading, if any)."""
    heading = Table([[para(labels.day(day), st["h3"])]], colWidths=[CONTENT_WIDTH])
    heading.setStyle(table_style([
        ("LINEBELOW", (0, 0), (-1, -1), 0.8, GREY),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    groups: list[list[Flowable]] = []
    for cluster in _clusters(items):
        groups.extend([_item(cluster[0], labels, st, 0, room_width)] if len(cluster) == 1 else _parallel(
            cluster, labels, st, room_width, after_heading=not groups))
    bookmark = Outline(labels.day(day), f"day-{day.isoformat()}")
    groups[0] = [*lead, Spacer(1, 4 * mm), bookmark, heading, Spacer(1, 2 * mm), *groups[0]]
    story: list[Flowable] = []
    for group in groups:  # KeepTogether must never nest: it reports an endless height to force a split
        if _height(group) <= SHORT_ITEM:
            story += [KeepTogether(group), Spacer(1, 3.2 * mm)]
        else:  # a long item starts where it is (after a few lines' room) and goes on overleaf, headed again
            story += [CondPageBreak(min(_height(group), 60 * mm)), *group, Spacer(1, 3.2 * mm)]
    return story


SHORT_ITEM = 70 * mm  # taller than this, an item is split across pages rather than moved whole


def _height(group: list[Flowable]) -> float:
    return sum(f.wrap(CONTENT_WIDTH, 10_000)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in group)


def _parallel(cluster: list[AgendaEntry], labels: Labels, st: dict[str, ParagraphStyle],
              room_width: float, after_heading: bool) -> list[list[Flowable]]:
    """Overlapping items under one bar naming the time span, indented, closed by a rule."""
    start = min(i.start for i in cluster)
    end = max(i.end for i in cluster)
    bar = Table([[para(labels["parallel"].format(start=labels.time(start), end=labels.time(end)), st["label"])]],
                colWidths=[CONTENT_WIDTH])
    bar.setStyle(table_style([
        ("BACKGROUND", (0, 0), (-1, -1), FAINT),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    if not after_heading:  # right under the day's heading its rule is already there
        bar.setStyle(table_style([("LINEABOVE", (0, 0), (-1, -1), 0.8, GREY)]))
    groups = [_item(item, labels, st, 6 * mm, room_width) for item in cluster]
    groups[0] = [bar, Spacer(1, 2.5 * mm), *groups[0]]
    end_rule = Table([[""]], colWidths=[CONTENT_WIDTH], rowHeights=[1])
    end_rule.setStyle(table_style([("LINEBELOW", (0, 0), (-1, -1), 0.8, GREY)]))
    groups[-1] = [*groups[-1], Spacer(1, 1.5 * mm), end_rule]
    return groups


def _people_line(people: Iterable[AgendaPersonEntry], singular: str, plural: str,
                 style: ParagraphStyle | None = None) -> str | Flowable:
    """`Speakers: Name, title, organisation; …` as markup, or as a TextBlock when a name needs our layout."""
    people = list(people)
    if not people:
        return ""
    if style is not None and any(fonts.needs_layout(p.name + p.job_title + p.organisation) for p in people):
        segments: list[tuple[str, str, object]] = [(f"{plural if len(people) > 1 else singular}: ", fonts.REGULAR,
                                                   GREY)]
        for number, person in enumerate(people):
            details = ", ".join(p for p in (person.job_title, person.organisation) if p)
            segments += [(("; " if number else "") + person.name, fonts.BOLD, None),
                         ((f", {details}" if details else ""), fonts.REGULAR, None)]
        return TextBlock([seg for seg in segments if seg[0]], _spaced(style, 1))
    entries = []
    for person in people:
        details = ", ".join(fonts.markup(p) for p in (person.job_title, person.organisation) if p)
        entries.append(f"<b>{fonts.markup(person.name)}</b>" + (f", {details}" if details else ""))
    label = escape(plural if len(people) > 1 else singular)
    return f'<font color="#595959">{label}:</font> ' + "; ".join(entries)


def _item(item: AgendaEntry, labels: Labels, st: dict[str, ParagraphStyle], indent: float,
          room_width: float) -> list[Flowable]:
    """Time | title, speakers, description | room. The row may split across pages (`splitInRow`),
    so an abstract longer than a page flows on instead of failing the layout."""
    time = f"{labels.time(item.start)}–{labels.time(item.end)}"
    room = para(item.room, st["muted"]) if item.room else ""
    middle: list[Flowable] = [para(item.title, st["item_title"])]
    speakers = _people_line((p for p in item.people if p.role != "moderator"), labels["speaker"],
                            labels["speakers"], st["small"])
    moderators = _people_line((p for p in item.people if p.role == "moderator"), labels["moderator"],
                              labels["moderators"], st["small"])
    for line in (speakers, moderators):
        if isinstance(line, Flowable):
            middle.append(line)
        elif line:
            middle.append(Paragraph(line, _spaced(st["small"], 1)))
    if item.description:
        middle.extend(para(piece, _spaced(st["small"], 2)) for piece in _pieces(item.description))
    head = Table(
        [[para(time, st["time"]), middle, room]],
        colWidths=[TIME_WIDTH, CONTENT_WIDTH - indent - TIME_WIDTH - room_width, room_width],
        hAlign="RIGHT", splitInRow=1,
    )
    head.setStyle(table_style([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (0, 0), 4),
        ("RIGHTPADDING", (1, 0), (1, 0), 14),  # a clear gap: readers (and pdftotext) keep columns apart
        ("RIGHTPADDING", (2, 0), (2, 0), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]))
    continued = f"{time} {item.title} {labels['continued']}"
    return [Continued(head, lambda: para(continued, st["muted"]), indent)]


def _pieces(text: str) -> list[str]:
    """A description by paragraphs (blank lines), so a long one can break between them."""
    return [piece.strip("\n") for piece in text.split("\n\n") if piece.strip()] or [text]


def _spaced(style: ParagraphStyle, space_before: float) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}-{space_before}", parent=style, spaceBefore=space_before)


def _practical(meeting: MeetingHeader, labels: Labels, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    contact = [meeting.organiser_name, meeting.organiser_email]
    facts = _facts([
        (labels["venue"], [meeting.venue_name, meeting.venue_address]),
        (labels["online"], [meeting.online_link]),
        (labels["contact"], contact),
        (labels["photos"], [meeting.photo_credit]),
    ], st)
    if facts is None:
        return []
    return [Spacer(1, 4 * mm), KeepTogether([para(labels["practical"], st["h2"]), facts])]
