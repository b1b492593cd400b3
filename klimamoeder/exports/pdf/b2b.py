"""B2B print-outs: each delegate's personal agenda, and the table plan for the room.

The agenda is one page per person: every slot of the session with the table and who they
meet, so a free slot is visibly free. The table plan is one landscape page (or more) per
slot in large print, to pin up or show on a screen at the room's door: find your name,
walk to the table number.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer, Table

from . import fonts
from .base import FAINT, GREY, LIGHT, MARGIN_X, PageCallback, para, render, styles, table_style
from .data import MeetingHeader
from .labels import Labels

_WORDS = {
    "en": {"agenda": "B2B agenda", "plan": "B2B table plan", "time": "Time", "table": "Table", "with": "Meeting with",
           "free": "free", "where": "Where", "meetings": "Bilateral meetings: {count}", "none": "No meetings planned.",
           "slot": "Slot {number} of {count}", "empty_slot": "No meetings in this slot.",
           "own_table": "Your own table: {table}", "delegation": "Delegation"},
    "da": {"agenda": "B2B-program", "plan": "B2B-bordplan", "time": "Tid", "table": "Bord", "with": "Møde med",
           "free": "fri", "where": "Sted", "meetings": "Bilaterale møder: {count}", "none": "Ingen møder planlagt.",
           "slot": "Runde {number} af {count}", "empty_slot": "Ingen møder i denne runde.",
           "own_table": "Jeres eget bord: {table}", "delegation": "Delegation"},
}


@dataclass(frozen=True)
class AgendaLine:
    start: datetime  # local, aware
    end: datetime
    table: int | None  # None: a free slot
    with_name: str = ""  # the other delegation
    with_people: str = ""  # its members, with titles


@dataclass(frozen=True)
class PersonAgenda:
    name: str
    organisation: str
    delegation: str  # the delegation's name and the colleagues who sit with this person
    lines: tuple[AgendaLine, ...]
    own_table: int | None = None


@dataclass(frozen=True)
class AgendaData:
    meeting: MeetingHeader
    location: str
    agendas: tuple[PersonAgenda, ...]


@dataclass(frozen=True)
class PlanRow:
    table: int
    first: str
    second: str


@dataclass(frozen=True)
class PlanSlot:
    start: datetime
    end: datetime
    rows: tuple[PlanRow, ...]


@dataclass(frozen=True)
class TablePlanData:
    meeting: MeetingHeader
    location: str
    slots: tuple[PlanSlot, ...]


def _words(language: str) -> dict[str, str]:
    return _WORDS.get(language, _WORDS["en"])


def build_agendas(data: AgendaData, language: str = "en", on_page: PageCallback | None = None) -> bytes:
    """One page per person (more if a session has very many slots)."""
    labels, words, st = Labels(language), _words(language), styles()
    story: list[Flowable] = []
    for number, agenda in enumerate(data.agendas):
        if number:
            story.append(PageBreak())
        story.extend(_agenda(agenda, data, labels, words, st))
    if not data.agendas:
        story.append(para(words["none"], st["body"]))
    return render(story, data.meeting, words["agenda"], labels, on_page=on_page)


def _agenda(agenda: PersonAgenda, data: AgendaData, labels: Labels, words: dict[str, str],
            st: dict[str, ParagraphStyle]) -> list[Flowable]:
    width = A4[0] - 2 * MARGIN_X
    story: list[Flowable] = [para(data.meeting.title, st["kicker"]), para(agenda.name, st["title"])]
    sub = " · ".join(p for p in (agenda.organisation, agenda.delegation) if p)
    if sub:
        story.append(para(sub, st["theme"]))
    day = agenda.lines[0].start if agenda.lines else data.meeting.start
    facts = [labels.day(day.date())]
    if data.location:
        facts.append(f"{words['where']}: {data.location}")
    met = sum(1 for line in agenda.lines if line.table is not None)
    facts.append(words["meetings"].format(count=met))
    if agenda.own_table is not None:
        facts.append(words["own_table"].format(table=agenda.own_table))
    story += [para("  ·  ".join(facts), st["body"]), Spacer(1, 5 * mm)]
    big = ParagraphStyle("b2b-time", parent=st["time"], fontSize=12, leading=15)
    table_style_big = ParagraphStyle("b2b-table", parent=st["item_title"], fontSize=16, leading=19)
    rows: list[list[object]] = [[para(words["time"], st["cell_head"]), para(words["table"], st["cell_head"]),
                                 para(words["with"], st["cell_head"])]]
    shading = []
    for index, line in enumerate(agenda.lines, start=1):
        time = f"{labels.time(line.start)}–{labels.time(line.end)}"
        if line.table is None:
            rows.append([para(time, st["muted"]), para("", st["muted"]), para(words["free"], st["muted"])])
            continue
        shading.append(("BACKGROUND", (0, index), (-1, index), FAINT))
        who: list[Flowable] = [para(line.with_name, st["item_title"])]
        if line.with_people:
            who.append(para(line.with_people, st["small"]))
        rows.append([para(time, big), para(str(line.table), table_style_big), who])
    grid = Table(rows, colWidths=[38 * mm, 18 * mm, width - 56 * mm], repeatRows=1, hAlign="LEFT")
    grid.setStyle(table_style([
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, GREY),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, LIGHT),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("ALIGN", (1, 1), (1, -1), "CENTER"),
        *shading,
    ]))
    return [*story, grid]


def build_table_plan(data: TablePlanData, language: str = "en", on_page: PageCallback | None = None) -> bytes:
    """One landscape page per slot, large print; a long slot continues with the header repeated."""
    labels, words, st = Labels(language), _words(language), styles()
    page = landscape(A4)
    width = page[0] - 2 * MARGIN_X
    heading = ParagraphStyle("b2b-slot", parent=st["title"], fontSize=34, leading=40, spaceAfter=2)
    name = ParagraphStyle("b2b-name", parent=st["body"], fontSize=17, leading=21)
    number = ParagraphStyle("b2b-number", parent=st["title"], fontSize=24, leading=28, alignment=1)
    head = ParagraphStyle("b2b-head", parent=st["cell_head"], fontSize=12, leading=15)
    story: list[Flowable] = []
    for index, slot in enumerate(data.slots):
        if index:
            story.append(PageBreak())
        top = [para(f"{labels.time(slot.start)}–{labels.time(slot.end)}", heading),
               para("  ·  ".join(p for p in (words["slot"].format(number=index + 1, count=len(data.slots)),
                                             data.location) if p), st["theme"]), Spacer(1, 3 * mm)]
        if not slot.rows:
            story.append(KeepTogether([*top, para(words["empty_slot"], name)]))
            continue
        rows: list[list[object]] = [[para(words["table"], head), para(words["delegation"], head),
                                     para(words["delegation"], head)]]
        rows += [[para(str(r.table), number), para(r.first, name), para(r.second, name)] for r in slot.rows]
        grid = Table(rows, colWidths=[28 * mm, (width - 28 * mm) / 2, (width - 28 * mm) / 2], repeatRows=1,
                     hAlign="LEFT")
        grid.setStyle(table_style([
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LINEBELOW", (0, 0), (-1, 0), 1, GREY),
            ("LINEBELOW", (0, 1), (-1, -1), 0.5, LIGHT),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [None, FAINT]),
            ("TOPPADDING", (0, 1), (-1, -1), 5),
            ("BOTTOMPADDING", (0, 1), (-1, -1), 6),
        ]))
        story.extend([*top, grid])
    if not data.slots:
        story.append(para(_words(language)["none"], st["body"]))
    return render(story, data.meeting, words["plan"], labels, page_size=page, on_page=on_page)


def plain(text: str) -> str:
    """For tests and callers that need the text as the PDF shows it."""
    return fonts.markup(text)
