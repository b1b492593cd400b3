"""Print-ready PDFs: pure builders from plain dataclasses to PDF bytes."""

from .badges import build_badges
from .data import (
    AgendaEntry,
    AgendaPersonEntry,
    BadgeData,
    BadgeEntry,
    MeetingHeader,
    ParticipantEntry,
    ParticipantListData,
    ParticipantListOptions,
    ProgrammeData,
)
from .name_cards import build_name_cards
from .participants import build_participant_list
from .programme import build_programme

__all__ = [
    "AgendaEntry", "AgendaPersonEntry", "BadgeData", "BadgeEntry", "MeetingHeader", "ParticipantEntry",
    "ParticipantListData", "ParticipantListOptions", "ProgrammeData", "build_badges", "build_name_cards",
    "build_participant_list", "build_programme",
]
