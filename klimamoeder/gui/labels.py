"""Translated, human names for the domain's enum values, shared by every view."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication

from ..model import (
    AgendaKind,
    MeetingKind,
    MeetingStatus,
    MembershipRole,
    OrganisationKind,
    ParticipantRole,
    RegistrationStatus,
    ReplyStatus,
)

translate = QCoreApplication.translate  # literal translate("Labels", "…") calls, so lupdate finds them


def _labels() -> list[tuple[Enum, str]]:
    # Pairs, not a dict literal: StrEnum members of different enums with the same value (MeetingStatus.CANCELLED,
    # RegistrationStatus.CANCELLED) are equal and would overwrite each other as dict keys.
    return [
        (MeetingKind.GENERAL_ASSEMBLY, translate("Labels", "General assembly")),
        (MeetingKind.NETWORK_MEETING, translate("Labels", "Network meeting")),
        (MeetingKind.WORKSHOP, translate("Labels", "Workshop")),
        (MeetingKind.INFO_MEETING, translate("Labels", "Info meeting")),
        (MeetingKind.SITE_VISIT, translate("Labels", "Site visit")),
        (MeetingKind.SIGNING, translate("Labels", "Signing")),
        (MeetingStatus.DRAFT, translate("Labels", "Draft")),
        (MeetingStatus.PLANNED, translate("Labels", "Planned")),
        (MeetingStatus.CONFIRMED, translate("Labels", "Confirmed")),
        (MeetingStatus.HELD, translate("Labels", "Held")),
        (MeetingStatus.CANCELLED, translate("Labels", "Cancelled")),
        (AgendaKind.SESSION, translate("Labels", "Session")),
        (AgendaKind.TALK, translate("Labels", "Talk")),
        (AgendaKind.PANEL, translate("Labels", "Panel")),
        (AgendaKind.BREAK, translate("Labels", "Break")),
        (AgendaKind.MEAL, translate("Labels", "Meal")),
        (AgendaKind.EXCURSION, translate("Labels", "Excursion / site visit")),
        (AgendaKind.B2B, translate("Labels", "B2B meetings")),
        (AgendaKind.RECEPTION, translate("Labels", "Reception")),
        (RegistrationStatus.INVITED, translate("Labels", "Invited")),
        (RegistrationStatus.REGISTERED, translate("Labels", "Registered")),
        (RegistrationStatus.WAITLISTED, translate("Labels", "Wait-listed")),
        (RegistrationStatus.DECLINED, translate("Labels", "Declined")),
        # Disambiguated: a cancelled registration is "Afmeldt" in Danish, a cancelled meeting "Aflyst".
        (RegistrationStatus.CANCELLED, translate("Labels", "Cancelled", "registration status")),
        (ParticipantRole.PARTICIPANT, translate("Labels", "Participant")),
        (ParticipantRole.SPEAKER, translate("Labels", "Speaker")),
        (ParticipantRole.ORGANISER, translate("Labels", "Organiser")),
        (ParticipantRole.PRESS, translate("Labels", "Press")),
        (ParticipantRole.STAFF, translate("Labels", "Staff")),
        (ParticipantRole.GUEST, translate("Labels", "Guest")),
        (ReplyStatus.NEEDS_ACTION, translate("Labels", "No answer")),
        (ReplyStatus.ACCEPTED, translate("Labels", "Accepted")),
        (ReplyStatus.TENTATIVE, translate("Labels", "Tentative")),
        (ReplyStatus.DECLINED, translate("Labels", "Declined")),
        (ReplyStatus.DELEGATED, translate("Labels", "Delegated")),
        (MembershipRole.MEMBER, translate("Labels", "Member")),
        (MembershipRole.PRESIDENT, translate("Labels", "President")),
        (MembershipRole.VICE_PRESIDENT, translate("Labels", "Vice president")),
        (MembershipRole.BOARD, translate("Labels", "Board")),
        (MembershipRole.INNOVATION_CITY, translate("Labels", "Innovation city")),
        (MembershipRole.PARTNER, translate("Labels", "Partner")),
        (MembershipRole.SECRETARIAT, translate("Labels", "Secretariat")),
        (OrganisationKind.MUNICIPALITY, translate("Labels", "Municipality")),
        (OrganisationKind.CITY, translate("Labels", "City")),
        (OrganisationKind.COMPANY, translate("Labels", "Company")),
        (OrganisationKind.UTILITY, translate("Labels", "Utility")),
        (OrganisationKind.KNOWLEDGE_INSTITUTION, translate("Labels", "Knowledge institution")),
        (OrganisationKind.ASSOCIATION, translate("Labels", "Association")),
        (OrganisationKind.AUTHORITY, translate("Labels", "Authority")),
    ]


def label(value: Enum) -> str:
    """The translated name of any domain enum value (computed per call: the language can change)."""
    labels = {(type(member), member): text for member, text in _labels()}
    return labels.get((type(value), value), str(value.value))


kind_label = status_label = label
