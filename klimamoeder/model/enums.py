"""The closed vocabularies of the domain; values are stored, so never rename one."""

from __future__ import annotations

import enum


class NetworkKind(enum.StrEnum):
    CITY_NETWORK = "city_network"
    CLIMATE_NETWORK = "climate_network"
    CLUSTER = "cluster"
    PARTNERSHIP = "partnership"


class OrganisationKind(enum.StrEnum):
    MUNICIPALITY = "municipality"
    CITY = "city"
    COMPANY = "company"
    UTILITY = "utility"
    KNOWLEDGE_INSTITUTION = "knowledge_institution"
    ASSOCIATION = "association"
    AUTHORITY = "authority"


class MembershipRole(enum.StrEnum):
    MEMBER = "member"
    PRESIDENT = "president"
    VICE_PRESIDENT = "vice_president"
    BOARD = "board"
    INNOVATION_CITY = "innovation_city"
    PARTNER = "partner"
    SECRETARIAT = "secretariat"


class MeetingKind(enum.StrEnum):
    GENERAL_ASSEMBLY = "general_assembly"
    NETWORK_MEETING = "network_meeting"
    WORKSHOP = "workshop"
    INFO_MEETING = "info_meeting"
    SITE_VISIT = "site_visit"
    SIGNING = "signing"


class MeetingStatus(enum.StrEnum):
    DRAFT = "draft"
    PLANNED = "planned"
    CONFIRMED = "confirmed"
    HELD = "held"
    CANCELLED = "cancelled"


class AgendaKind(enum.StrEnum):
    SESSION = "session"
    TALK = "talk"
    PANEL = "panel"
    BREAK = "break"
    MEAL = "meal"
    EXCURSION = "excursion"
    B2B = "b2b"
    RECEPTION = "reception"


class AgendaRole(enum.StrEnum):
    SPEAKER = "speaker"
    MODERATOR = "moderator"


class RegistrationStatus(enum.StrEnum):
    INVITED = "invited"
    REGISTERED = "registered"
    WAITLISTED = "waitlisted"
    DECLINED = "declined"
    CANCELLED = "cancelled"


class ParticipantRole(enum.StrEnum):
    PARTICIPANT = "participant"
    SPEAKER = "speaker"
    ORGANISER = "organiser"
    PRESS = "press"
    STAFF = "staff"
    GUEST = "guest"


class ReplyStatus(enum.StrEnum):
    """A calendar client's PARTSTAT, as the attendee last answered."""

    NEEDS_ACTION = "needs_action"
    ACCEPTED = "accepted"
    TENTATIVE = "tentative"
    DECLINED = "declined"
    DELEGATED = "delegated"


class RegistrationSource(enum.StrEnum):
    MANUAL = "manual"
    IMPORT = "import"
    CALENDAR_REPLY = "calendar_reply"
    DEMO = "demo"


class Language(enum.StrEnum):
    DANISH = "da"
    ENGLISH = "en"


class DeliveryStatus(enum.StrEnum):
    SENT = "sent"
    FAILED = "failed"
    DRAFTED = "drafted"
    SENDING = "sending"  # claimed and committed before the message leaves; set to one of the above after


class MessageMethod(enum.StrEnum):
    REQUEST = "REQUEST"
    CANCEL = "CANCEL"
