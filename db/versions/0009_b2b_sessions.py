"""b2b sessions

Bilateral meetings at a meeting (issue 17): the session with its windows and breaks, fixed
tables, delegations, participants (registrations with limits), requests and the planned
meetings. New tables only; nothing existing changes.

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('b2b_session',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('slot_minutes', sa.Integer(), nullable=False),
    sa.Column('table_count', sa.Integer(), nullable=False),
    sa.Column('location', sa.String(length=300), nullable=False),
    sa.Column('auto_accept', sa.Boolean(), nullable=False),
    sa.Column('default_max_meetings', sa.Integer(), nullable=True),
    sa.Column('published_at', sa.DateTime(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint('default_max_meetings IS NULL OR default_max_meetings >= 0', name=op.f('ck_b2b_session_default_max_not_negative')),
    sa.CheckConstraint('slot_minutes BETWEEN 5 AND 240', name=op.f('ck_b2b_session_slot_minutes_range')),
    sa.CheckConstraint('table_count BETWEEN 1 AND 1000', name=op.f('ck_b2b_session_table_count_range')),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_b2b_session_meeting_id_meeting'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_b2b_session')),
    sa.UniqueConstraint('meeting_id', name=op.f('uq_b2b_session_meeting_id'))
    )
    op.create_table('b2b_delegation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_b2b_delegation_organisation_id_organisation'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['session_id'], ['b2b_session.id'], name=op.f('fk_b2b_delegation_session_id_b2b_session'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_b2b_delegation'))
    )
    with op.batch_alter_table('b2b_delegation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_b2b_delegation_session_id'), ['session_id'], unique=False)

    op.create_table('b2b_period',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('window', 'break', name='b2b_period_kind', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('start', sa.DateTime(), nullable=False),
    sa.Column('end', sa.DateTime(), nullable=False),
    sa.CheckConstraint('"end" > start', name=op.f('ck_b2b_period_ends_after_start')),
    sa.ForeignKeyConstraint(['session_id'], ['b2b_session.id'], name=op.f('fk_b2b_period_session_id_b2b_session'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_b2b_period'))
    )
    with op.batch_alter_table('b2b_period', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_b2b_period_session_id'), ['session_id'], unique=False)

    op.create_table('b2b_meeting',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('delegation_a_id', sa.Integer(), nullable=False),
    sa.Column('delegation_b_id', sa.Integer(), nullable=False),
    sa.Column('start', sa.DateTime(), nullable=False),
    sa.Column('table', sa.Integer(), nullable=False),
    sa.Column('locked', sa.Boolean(), nullable=False),
    sa.Column('source', sa.String(length=20), nullable=False),
    sa.Column('calendar_sequence', sa.Integer(), server_default='0', nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint('"table" >= 1', name=op.f('ck_b2b_meeting_table_positive')),
    sa.CheckConstraint('delegation_a_id < delegation_b_id', name=op.f('ck_b2b_meeting_pair_ordered')),
    sa.ForeignKeyConstraint(['delegation_a_id'], ['b2b_delegation.id'], name=op.f('fk_b2b_meeting_delegation_a_id_b2b_delegation'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['delegation_b_id'], ['b2b_delegation.id'], name=op.f('fk_b2b_meeting_delegation_b_id_b2b_delegation'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['session_id'], ['b2b_session.id'], name=op.f('fk_b2b_meeting_session_id_b2b_session'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_b2b_meeting')),
    sa.UniqueConstraint('session_id', 'delegation_a_id', 'delegation_b_id', name='uq_b2b_meeting_pair')
    )
    with op.batch_alter_table('b2b_meeting', schema=None) as batch_op:
        batch_op.create_index('ix_b2b_meeting_session_start', ['session_id', 'start'], unique=False)

    op.create_table('b2b_participant',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('registration_id', sa.Integer(), nullable=False),
    sa.Column('delegation_id', sa.Integer(), nullable=False),
    sa.Column('max_meetings', sa.Integer(), nullable=True),
    sa.Column('unavailable', sa.JSON(), nullable=False),
    sa.CheckConstraint('max_meetings IS NULL OR max_meetings >= 0', name=op.f('ck_b2b_participant_max_meetings_not_negative')),
    sa.ForeignKeyConstraint(['delegation_id'], ['b2b_delegation.id'], name=op.f('fk_b2b_participant_delegation_id_b2b_delegation'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['registration_id'], ['registration.id'], name=op.f('fk_b2b_participant_registration_id_registration'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['session_id'], ['b2b_session.id'], name=op.f('fk_b2b_participant_session_id_b2b_session'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_b2b_participant')),
    sa.UniqueConstraint('session_id', 'registration_id', name='uq_b2b_participant_session_registration')
    )
    with op.batch_alter_table('b2b_participant', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_b2b_participant_delegation_id'), ['delegation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_b2b_participant_session_id'), ['session_id'], unique=False)

    op.create_table('b2b_table',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('delegation_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['delegation_id'], ['b2b_delegation.id'], name=op.f('fk_b2b_table_delegation_id_b2b_delegation'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['session_id'], ['b2b_session.id'], name=op.f('fk_b2b_table_session_id_b2b_session'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_b2b_table')),
    sa.UniqueConstraint('session_id', 'delegation_id', name='uq_b2b_table_session_delegation'),
    sa.UniqueConstraint('session_id', 'number', name='uq_b2b_table_session_number')
    )
    with op.batch_alter_table('b2b_table', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_b2b_table_session_id'), ['session_id'], unique=False)

    op.create_table('b2b_request',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('requester_id', sa.Integer(), nullable=False),
    sa.Column('target_id', sa.Integer(), nullable=False),
    sa.Column('priority', sa.Enum('must', 'want', name='b2b_priority', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('status', sa.Enum('pending', 'accepted', 'declined', 'no_thanks', name='b2b_request_status', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('requester_id <> target_id', name=op.f('ck_b2b_request_not_to_self')),
    sa.ForeignKeyConstraint(['requester_id'], ['b2b_participant.id'], name=op.f('fk_b2b_request_requester_id_b2b_participant'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['session_id'], ['b2b_session.id'], name=op.f('fk_b2b_request_session_id_b2b_session'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['target_id'], ['b2b_participant.id'], name=op.f('fk_b2b_request_target_id_b2b_participant'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_b2b_request')),
    sa.UniqueConstraint('session_id', 'requester_id', 'target_id', name='uq_b2b_request_pair')
    )
    with op.batch_alter_table('b2b_request', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_b2b_request_session_id'), ['session_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('b2b_request', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_b2b_request_session_id'))

    op.drop_table('b2b_request')
    with op.batch_alter_table('b2b_table', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_b2b_table_session_id'))

    op.drop_table('b2b_table')
    with op.batch_alter_table('b2b_participant', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_b2b_participant_session_id'))
        batch_op.drop_index(batch_op.f('ix_b2b_participant_delegation_id'))

    op.drop_table('b2b_participant')
    with op.batch_alter_table('b2b_meeting', schema=None) as batch_op:
        batch_op.drop_index('ix_b2b_meeting_session_start')

    op.drop_table('b2b_meeting')
    with op.batch_alter_table('b2b_period', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_b2b_period_session_id'))

    op.drop_table('b2b_period')
    with op.batch_alter_table('b2b_delegation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_b2b_delegation_session_id'))

    op.drop_table('b2b_delegation')
    op.drop_table('b2b_session')
