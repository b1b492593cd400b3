"""b2b delivery log

Bilateral invitations by e-mail (issue 17): one row per attempt to deliver one version of a
bilateral meeting's event (by its UID) to one person, with what the message showed. A new
table only; nothing existing changes.

Revision ID: 0010
Revises: 0009
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('b2b_delivery',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('event_uid', sa.String(length=300), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('method', sa.Enum('REQUEST', 'CANCEL', name='b2b_delivery_method', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.Column('status', sa.Enum('sending', 'sent', 'drafted', 'failed', name='b2b_delivery_status', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('error', sa.String(length=500), nullable=False),
    sa.Column('start', sa.DateTime(), nullable=False),
    sa.Column('end', sa.DateTime(), nullable=False),
    sa.Column('summary', sa.String(length=300), nullable=False),
    sa.Column('location', sa.String(length=300), nullable=False),
    sa.Column('message_id', sa.String(length=300), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_b2b_delivery_person_id_person'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['session_id'], ['b2b_session.id'], name=op.f('fk_b2b_delivery_session_id_b2b_session'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_b2b_delivery'))
    )
    with op.batch_alter_table('b2b_delivery', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_b2b_delivery_event_uid'), ['event_uid'], unique=False)
        batch_op.create_index(batch_op.f('ix_b2b_delivery_message_id'), ['message_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_b2b_delivery_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_b2b_delivery_session_id'), ['session_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('b2b_delivery', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_b2b_delivery_session_id'))
        batch_op.drop_index(batch_op.f('ix_b2b_delivery_person_id'))
        batch_op.drop_index(batch_op.f('ix_b2b_delivery_message_id'))
        batch_op.drop_index(batch_op.f('ix_b2b_delivery_event_uid'))

    op.drop_table('b2b_delivery')
