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


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def _labels() -> dict[Enum, str]:
    return {
        MeetingKind.GENERAL_ASSEMBLY: _t("General assembly"),
        MeetingKind.NETWORK_MEETING: _t("Network meeting"),
        MeetingKind.WORKSHOP: _t("Workshop"),
        MeetingKind.INFO_MEETING: _t("Info meeting"),
        MeetingKind.SITE_VISIT: _t("Site visit"),
        MeetingKind.SIGNING: _t("Signing"),
        MeetingStatus.DRAFT: _t("Draft"),
        MeetingStatus.PLANNED: _t("Planned"),
        MeetingStatus.CONFIRMED: _t("Confirmed"),
        MeetingStatus.HELD: _t("Held"),
        MeetingStatus.CANCELLED: _t("Cancelled"),
        AgendaKind.SESSION: _t("Session"),
        AgendaKind.TALK: _t("Talk"),
        AgendaKind.PANEL: _t("Panel"),
        AgendaKind.BREAK: _t("Break"),
        AgendaKind.MEAL: _t("Meal"),
        AgendaKind.EXCURSION: _t("Excursion / site visit"),
        AgendaKind.B2B: _t("B2B meetings"),
        AgendaKind.RECEPTION: _t("Reception"),
        RegistrationStatus.INVITED: _t("Invited"),
        RegistrationStatus.REGISTERED: _t("Registered"),
        RegistrationStatus.WAITLISTED: _t("Wait-listed"),
        RegistrationStatus.DECLINED: _t("Declined"),
        RegistrationStatus.CANCELLED: _t("Cancelled"),
        ParticipantRole.PARTICIPANT: _t("Participant"),
        ParticipantRole.SPEAKER: _t("Speaker"),
        ParticipantRole.ORGANISER: _t("Organiser"),
        ParticipantRole.PRESS: _t("Press"),
        ParticipantRole.STAFF: _t("Staff"),
        ParticipantRole.GUEST: _t("Guest"),
        ReplyStatus.NEEDS_ACTION: _t("No answer"),
        ReplyStatus.ACCEPTED: _t("Accepted"),
        ReplyStatus.TENTATIVE: _t("Tentative"),
        ReplyStatus.DECLINED: _t("Declined"),
        ReplyStatus.DELEGATED: _t("Delegated"),
        MembershipRole.MEMBER: _t("Member"),
        MembershipRole.PRESIDENT: _t("President"),
        MembershipRole.VICE_PRESIDENT: _t("Vice president"),
        MembershipRole.BOARD: _t("Board"),
        MembershipRole.INNOVATION_CITY: _t("Innovation city"),
        MembershipRole.PARTNER: _t("Partner"),
        MembershipRole.SECRETARIAT: _t("Secretariat"),
        OrganisationKind.MUNICIPALITY: _t("Municipality"),
        OrganisationKind.CITY: _t("City"),
        OrganisationKind.COMPANY: _t("Company"),
        OrganisationKind.UTILITY: _t("Utility"),
        OrganisationKind.KNOWLEDGE_INSTITUTION: _t("Knowledge institution"),
        OrganisationKind.ASSOCIATION: _t("Association"),
        OrganisationKind.AUTHORITY: _t("Authority"),
    }


def label(value: Enum) -> str:
    """The translated name of any domain enum value (computed per call: the language can change)."""
    return _labels().get(value, str(value.value))


kind_label = status_label = label
