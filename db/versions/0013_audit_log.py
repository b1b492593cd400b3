"""the change and audit log

- `audit_entry`: who created, changed, deleted, exported, printed or erased which record, and when
  (ids, table and field names; never values), written by `services/audit.py`.
- `privacy_setting`: settings of the database itself, shared by the team (how long the log is kept).

Revision ID: 0013
Revises: 0012
"""

from __future__ import annotations

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


def downgrade() -> None:
    op.drop_table('privacy_setting')
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_entry_record')
        batch_op.drop_index(batch_op.f('ix_audit_entry_meeting_id'))
        batch_op.drop_index(batch_op.f('ix_audit_entry_person_id'))
        batch_op.drop_index(batch_op.f('ix_audit_entry_at'))
    op.drop_table('audit_entry')
