"""The domain model: typed SQLAlchemy classes, one module per aggregate."""

from .audit import AuditEntry, PrivacySetting
from .b2b import (
    B2BDelegation,
    B2BDelivery,
    B2BDeliveryStatus,
    B2BMeeting,
    B2BParticipant,
    B2BPeriod,
    B2BPeriodKind,
    B2BPriority,
    B2BRequest,
    B2BRequestStatus,
    B2BSession,
    B2BTable,
)
from .base import Base, UTCDateTime, utcnow
from .calendar import CalendarReply, InvitationDelivery
from .documents import DocumentOutput
from .enums import (
    AgendaKind,
    AgendaRole,
    DeliveryStatus,
    Language,
    MeetingKind,
    MeetingStatus,
    MembershipRole,
    MessageMethod,
    NetworkKind,
    OrganisationKind,
    ParticipantRole,
    RegistrationSource,
    RegistrationStatus,
    ReplyStatus,
)
from .followup import FollowUpDelivery, MailTemplate
from .mailbox import MailboxFolder, MailboxMessage
from .meeting import AgendaItem, AgendaPerson, Meeting
from .network import Membership, Network, Organisation
from .person import Person
from .privacy import Consent, ConsentPurpose, ConsentSource, RetentionPolicy
from .registration import CheckIn, Registration
from .schema_release import SchemaRelease
from .venue import Room, Venue

__all__ = [
    "AgendaItem",
    "AgendaKind",
    "AgendaPerson",
    "AgendaRole",
    "AuditEntry",
    "B2BDelegation",
    "B2BDelivery",
    "B2BDeliveryStatus",
    "B2BMeeting",
    "B2BParticipant",
    "B2BPeriod",
    "B2BPeriodKind",
    "B2BPriority",
    "B2BRequest",
    "B2BRequestStatus",
    "B2BSession",
    "B2BTable",
    "Base",
    "CalendarReply",
    "CheckIn",
    "Consent",
    "ConsentPurpose",
    "ConsentSource",
    "DeliveryStatus",
    "DocumentOutput",
    "FollowUpDelivery",
    "InvitationDelivery",
    "Language",
    "MailTemplate",
    "MailboxFolder",
    "MailboxMessage",
    "Meeting",
    "MeetingKind",
    "MeetingStatus",
    "Membership",
    "MembershipRole",
    "MessageMethod",
    "Network",
    "NetworkKind",
    "Organisation",
    "OrganisationKind",
    "ParticipantRole",
    "Person",
    "PrivacySetting",
    "Registration",
    "RegistrationSource",
    "RegistrationStatus",
    "ReplyStatus",
    "RetentionPolicy",
    "Room",
    "SchemaRelease",
    "UTCDateTime",
    "Venue",
    "utcnow",
]
