"""team mode: organisation version, deliveries claimed before sending

- `organisation.version`: optimistic locking like meetings, agenda items, people and registrations, so two
  people editing the same organisation get a field-by-field merge or a conflict to resolve, never a silent
  overwrite.
- `invitation_delivery.status` and `follow_up_delivery.status` may be 'sending': a message is claimed in its
  log, and the claim committed, before it leaves (nothing is sent for a change that did not commit; two PCs
  never send the same message).

Revision ID: 0012
Revises: 0010
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0012'
down_revision = '0010'
branch_labels = None
depends_on = None


def _status(name: str, *values: str) -> sa.Enum:
    return sa.Enum('sent', 'failed', 'drafted', *values, name=name, native_enum=False, create_constraint=True,
                   length=32)


# Both delivery logs (invitations; reminders and practical information) claim a message before it leaves.
LOGS = (('invitation_delivery', 'delivery_status'), ('follow_up_delivery', 'follow_up_status'))


def upgrade() -> None:
    with op.batch_alter_table('organisation', schema=None) as batch_op:
        batch_op.add_column(sa.Column('version', sa.Integer(), server_default='1', nullable=False))
    for table, constraint in LOGS:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.alter_column('status', existing_type=_status(constraint),
                                  type_=_status(constraint, 'sending'), existing_nullable=False)


def downgrade() -> None:
    for table, constraint in LOGS:
        op.execute(f"UPDATE {table} SET status = 'failed' WHERE status = 'sending'")
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.alter_column('status', existing_type=_status(constraint, 'sending'),
                                  type_=_status(constraint), existing_nullable=False)
    with op.batch_alter_table('organisation', schema=None) as batch_op:
        batch_op.drop_column('version')
