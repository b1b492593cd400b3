"""initial schema

Revision ID: 0001
Revises: 
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('organisation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.Enum('municipality', 'city', 'company', 'utility', 'knowledge_institution', 'association', 'authority', name='organisation_kind', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('city', sa.String(length=120), nullable=False),
    sa.Column('country', sa.String(length=2), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_organisation')),
    sa.UniqueConstraint('name', 'country', name='uq_organisation_name_country')
    )
    op.create_table('venue',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('address', sa.String(length=200), nullable=False),
    sa.Column('postcode', sa.String(length=20), nullable=False),
    sa.Column('city', sa.String(length=120), nullable=False),
    sa.Column('country', sa.String(length=2), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_venue')),
    sa.UniqueConstraint('name', 'city', name='uq_venue_name_city')
    )
    op.create_table('network',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('short_name', sa.String(length=60), nullable=False),
    sa.Column('kind', sa.Enum('city_network', 'climate_network', 'cluster', 'partnership', name='network_kind', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('secretariat_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['secretariat_id'], ['organisation.id'], name=op.f('fk_network_secretariat_id_organisation'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_network')),
    sa.UniqueConstraint('name', name=op.f('uq_network_name')),
    sa.UniqueConstraint('short_name', name=op.f('uq_network_short_name'))
    )
    op.create_table('person',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('job_title', sa.String(length=200), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=True),
    sa.Column('email', sa.String(length=254), nullable=True),
    sa.Column('other_emails', sa.JSON(), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('language', sa.Enum('da', 'en', name='language', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('consent_shared_list', sa.Boolean(), nullable=False),
    sa.Column('consent_photos', sa.Boolean(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_person_organisation_id_organisation'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person')),
    sa.UniqueConstraint('email', name=op.f('uq_person_email'))
    )
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_person_organisation_id'), ['organisation_id'], unique=False)

    op.create_table('room',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('venue_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('capacity', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['venue_id'], ['venue.id'], name=op.f('fk_room_venue_id_venue'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_room')),
    sa.UniqueConstraint('venue_id', 'name', name='uq_room_venue_name')
    )
    op.create_table('meeting',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('network_id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('kind', sa.Enum('general_assembly', 'network_meeting', 'workshop', 'info_meeting', 'site_visit', 'signing', name='meeting_kind', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('theme', sa.String(length=500), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('start', sa.DateTime(), nullable=False),
    sa.Column('end', sa.DateTime(), nullable=False),
    sa.Column('time_zone', sa.String(length=64), nullable=False),
    sa.Column('all_day', sa.Boolean(), nullable=False),
    sa.Column('venue_id', sa.Integer(), nullable=True),
    sa.Column('online_link', sa.String(length=500), nullable=False),
    sa.Column('capacity', sa.Integer(), nullable=True),
    sa.Column('registration_deadline', sa.DateTime(), nullable=True),
    sa.Column('status', sa.Enum('draft', 'planned', 'confirmed', 'held', 'cancelled', name='meeting_status', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('organiser_name', sa.String(length=200), nullable=False),
    sa.Column('organiser_email', sa.String(length=254), nullable=False),
    sa.Column('host_id', sa.Integer(), nullable=True),
    sa.Column('calendar_uid', sa.String(length=120), nullable=False),
    sa.Column('calendar_sequence', sa.Integer(), nullable=False),
    sa.Column('photo_credit', sa.String(length=300), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint('"end" > start', name=op.f('ck_meeting_ends_after_start')),
    sa.CheckConstraint('calendar_sequence >= 0', name=op.f('ck_meeting_sequence_not_negative')),
    sa.CheckConstraint('capacity IS NULL OR capacity >= 0', name=op.f('ck_meeting_capacity_not_negative')),
    sa.ForeignKeyConstraint(['host_id'], ['organisation.id'], name=op.f('fk_meeting_host_id_organisation'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['network_id'], ['network.id'], name=op.f('fk_meeting_network_id_network'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['venue_id'], ['venue.id'], name=op.f('fk_meeting_venue_id_venue'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting')),
    sa.UniqueConstraint('calendar_uid', name=op.f('uq_meeting_calendar_uid'))
    )
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_network_id'), ['network_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_meeting_start'), ['start'], unique=False)

    op.create_table('membership',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('network_id', sa.Integer(), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.Enum('member', 'president', 'vice_president', 'board', 'innovation_city', 'partner', 'secretariat', name='membership_role', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('since', sa.Date(), nullable=True),
    sa.Column('recommended_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['network_id'], ['network.id'], name=op.f('fk_membership_network_id_network'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_membership_organisation_id_organisation'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['recommended_by_id'], ['organisation.id'], name=op.f('fk_membership_recommended_by_id_organisation'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_membership')),
    sa.UniqueConstraint('network_id', 'organisation_id', name='uq_membership_network_organisation')
    )
    op.create_table('agenda_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('start', sa.DateTime(), nullable=False),
    sa.Column('end', sa.DateTime(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('kind', sa.Enum('session', 'talk', 'panel', 'break', 'meal', 'excursion', 'b2b', 'reception', name='agenda_kind', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('room_id', sa.Integer(), nullable=True),
    sa.Column('expected_audience', sa.Integer(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint('"end" > start', name=op.f('ck_agenda_item_ends_after_start')),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_agenda_item_meeting_id_meeting'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['room_id'], ['room.id'], name=op.f('fk_agenda_item_room_id_room'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agenda_item'))
    )
    with op.batch_alter_table('agenda_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agenda_item_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('calendar_reply',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.Column('source_name', sa.String(length=300), nullable=False),
    sa.Column('method', sa.String(length=20), nullable=False),
    sa.Column('uid', sa.String(length=300), nullable=False),
    sa.Column('attendee_email', sa.String(length=254), nullable=False),
    sa.Column('partstat', sa.Enum('needs_action', 'accepted', 'tentative', 'declined', 'delegated', name='reply_partstat', native_enum=False, create_constraint=True, length=32), nullable=True),
    sa.Column('comment', sa.Text(), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.Column('stamp', sa.DateTime(), nullable=True),
    sa.Column('meeting_id', sa.Integer(), nullable=True),
    sa.Column('person_id', sa.Integer(), nullable=True),
    sa.Column('outcome', sa.String(length=20), nullable=False),
    sa.Column('reason', sa.String(length=500), nullable=False),
    sa.Column('raw', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_calendar_reply_meeting_id_meeting'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_calendar_reply_person_id_person'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_calendar_reply'))
    )
    with op.batch_alter_table('calendar_reply', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_calendar_reply_uid'), ['uid'], unique=False)

    op.create_table('invitation_delivery',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('method', sa.Enum('REQUEST', 'CANCEL', name='message_method', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.Column('status', sa.Enum('sent', 'failed', 'drafted', name='delivery_status', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('error', sa.String(length=500), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_invitation_delivery_meeting_id_meeting'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_invitation_delivery_person_id_person'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_invitation_delivery'))
    )
    with op.batch_alter_table('invitation_delivery', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_invitation_delivery_meeting_id'), ['meeting_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_invitation_delivery_person_id'), ['person_id'], unique=False)

    op.create_table('registration',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.Enum('invited', 'registered', 'waitlisted', 'declined', 'cancelled', name='registration_status', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('role', sa.Enum('participant', 'speaker', 'organiser', 'press', 'staff', 'guest', name='participant_role', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('days', sa.JSON(), nullable=False),
    sa.Column('dietary', sa.String(length=300), nullable=False),
    sa.Column('accessibility', sa.String(length=300), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('source', sa.Enum('manual', 'import', 'calendar_reply', 'demo', name='registration_source', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('status_changed_at', sa.DateTime(), nullable=False),
    sa.Column('reply_status', sa.Enum('needs_action', 'accepted', 'tentative', 'declined', 'delegated', name='reply_status', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('reply_comment', sa.Text(), nullable=False),
    sa.Column('reply_sequence', sa.Integer(), nullable=True),
    sa.Column('reply_stamp', sa.DateTime(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_registration_meeting_id_meeting'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_registration_person_id_person'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_registration')),
    sa.UniqueConstraint('meeting_id', 'person_id', name='uq_registration_meeting_person')
    )
    with op.batch_alter_table('registration', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_registration_meeting_id'), ['meeting_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_registration_person_id'), ['person_id'], unique=False)

    op.create_table('agenda_person',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.Enum('speaker', 'moderator', name='agenda_role', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['item_id'], ['agenda_item.id'], name=op.f('fk_agenda_person_item_id_agenda_item'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_agenda_person_person_id_person'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agenda_person')),
    sa.UniqueConstraint('item_id', 'person_id', 'role', name='uq_agenda_person')
    )
    with op.batch_alter_table('agenda_person', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agenda_person_item_id'), ['item_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_agenda_person_person_id'), ['person_id'], unique=False)

    op.create_table('check_in',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('registration_id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['registration_id'], ['registration.id'], name=op.f('fk_check_in_registration_id_registration'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_check_in')),
    sa.UniqueConstraint('registration_id', 'day', name='uq_check_in_registration_day')
    )
    with op.batch_alter_table('check_in', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_check_in_registration_id'), ['registration_id'], unique=False)




def downgrade() -> None:

    with op.batch_alter_table('check_in', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_check_in_registration_id'))

    op.drop_table('check_in')
    with op.batch_alter_table('agenda_person', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agenda_person_person_id'))
        batch_op.drop_index(batch_op.f('ix_agenda_person_item_id'))

    op.drop_table('agenda_person')
    with op.batch_alter_table('registration', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_registration_person_id'))
        batch_op.drop_index(batch_op.f('ix_registration_meeting_id'))

    op.drop_table('registration')
    with op.batch_alter_table('invitation_delivery', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_invitation_delivery_person_id'))
        batch_op.drop_index(batch_op.f('ix_invitation_delivery_meeting_id'))

    op.drop_table('invitation_delivery')
    with op.batch_alter_table('calendar_reply', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_calendar_reply_uid'))

    op.drop_table('calendar_reply')
    with op.batch_alter_table('agenda_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agenda_item_meeting_id'))

    op.drop_table('agenda_item')
    op.drop_table('membership')
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_start'))
        batch_op.drop_index(batch_op.f('ix_meeting_network_id'))

    op.drop_table('meeting')
    op.drop_table('room')
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_person_organisation_id'))

    op.drop_table('person')
    op.drop_table('network')
    op.drop_table('venue')
    op.drop_table('organisation')

