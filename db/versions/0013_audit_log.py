"""the change and audit log

- `audit_entry`: who created, changed, deleted, exported, printed or erased which record, and when
  (ids, table and field names; never values), written by `services/audit.py`.
- `privacy_setting`: settings of the database itself, shared by the team (how long the log is kept).
- `consent`: each consent given or withdrawn, per purpose, with date and source; existing consent flags are
  carried over as answers recorded "earlier"; `person.consent_newsletter` added.
- `retention_policy`: per network, how long registration details and needs are kept after a meeting.
- `registration.person_id` may be NULL: an anonymised registration is kept for headcounts.

Revision ID: 0013
Revises: 0012
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'audit_entry',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('at', sa.DateTime(), nullable=False),
        sa.Column('author', sa.String(length=120), nullable=False),
        sa.Column('source', sa.String(length=60), nullable=False),
        sa.Column('action', sa.String(length=20), nullable=False),
        sa.Column('table_name', sa.String(length=60), nullable=False),
        sa.Column('record_id', sa.Integer(), nullable=True),
        sa.Column('person_id', sa.Integer(), nullable=True),
        sa.Column('meeting_id', sa.Integer(), nullable=True),
        sa.Column('fields', sa.String(length=1000), nullable=False),
        sa.Column('detail', sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_entry')),
    )
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_entry_at'), ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_entry_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_entry_meeting_id'), ['meeting_id'], unique=False)
        batch_op.create_index('ix_audit_entry_record', ['table_name', 'record_id'], unique=False)
    op.create_table(
        'privacy_setting',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('audit_days', sa.Integer(), server_default='1095', nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_privacy_setting')),
    )


    op.create_table(
        'consent',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('person_id', sa.Integer(), nullable=False),
        sa.Column('purpose', sa.Enum('shared_list', 'photos', 'newsletter', name='consent_purpose',
                                     native_enum=False, create_constraint=True, length=32), nullable=False),
        sa.Column('given', sa.Boolean(), nullable=False),
        sa.Column('at', sa.DateTime(), nullable=False),
        sa.Column('source', sa.Enum('form', 'email', 'import', 'phone', 'in_person', 'earlier', name='consent_source',
                                    native_enum=False, create_constraint=True, length=32), nullable=False),
        sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_consent_person_id_person'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_consent')),
    )
    with op.batch_alter_table('consent', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_consent_person_id'), ['person_id'], unique=False)
    op.create_table(
        'retention_policy',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('network_id', sa.Integer(), nullable=False),
        sa.Column('registration_days', sa.Integer(), nullable=False),
        sa.Column('needs_days', sa.Integer(), nullable=False),
        sa.Column('apply_automatically', sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(['network_id'], ['network.id'], name=op.f('fk_retention_policy_network_id_network'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_retention_policy')),
        sa.UniqueConstraint('network_id', name=op.f('uq_retention_policy_network_id')),
    )
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.add_column(sa.Column('consent_newsletter', sa.Boolean(), server_default=sa.false(), nullable=False))
    with op.batch_alter_table('registration', schema=None) as batch_op:
        batch_op.alter_column('person_id', existing_type=sa.Integer(), nullable=True)
    now = datetime.now(UTC).replace(tzinfo=None)
    for purpose, column in (('shared_list', 'consent_shared_list'), ('photos', 'consent_photos')):
        op.execute(sa.text(
            f"INSERT INTO consent (person_id, purpose, given, at, source) "
            f"SELECT id, '{purpose}', :given, :at, 'earlier' FROM person WHERE {column} = :given"
        ).bindparams(given=True, at=now))


def downgrade() -> None:
    with op.batch_alter_table('registration', schema=None) as batch_op:
        batch_op.alter_column('person_id', existing_type=sa.Integer(), nullable=False)
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_column('consent_newsletter')
    op.drop_table('retention_policy')
    with op.batch_alter_table('consent', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_consent_person_id'))
    op.drop_table('consent')
    op.drop_table('privacy_setting')
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_entry_record')
        batch_op.drop_index(batch_op.f('ix_audit_entry_meeting_id'))
        batch_op.drop_index(batch_op.f('ix_audit_entry_person_id'))
        batch_op.drop_index(batch_op.f('ix_audit_entry_at'))
    op.drop_table('audit_entry')
