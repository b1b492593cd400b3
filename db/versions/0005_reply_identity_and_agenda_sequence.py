"""reply identity and agenda item sequence

- `calendar_reply.identity`: a reply's own identity (UID, attendee, SEQUENCE, DTSTAMP and content),
  so the same reply twice is a duplicate while two different broken replies are not.
- `agenda_item.calendar_sequence`: each agenda item's calendar event has its own SEQUENCE, raised on
  every significant change of the item (or of the meeting it belongs to).

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('calendar_reply', schema=None) as batch_op:
        batch_op.add_column(sa.Column('identity', sa.String(length=64), server_default='', nullable=False))
        batch_op.create_index('ix_calendar_reply_identity', ['identity'], unique=False)
    with op.batch_alter_table('agenda_item', schema=None) as batch_op:
        batch_op.add_column(sa.Column('calendar_sequence', sa.Integer(), server_default='0', nullable=False))
    # Speaker agendas went out with the meeting's SEQUENCE: start each item there, so the next one outranks it.
    op.execute("UPDATE agenda_item SET calendar_sequence = "
               "(SELECT calendar_sequence FROM meeting WHERE meeting.id = agenda_item.meeting_id)")


def downgrade() -> None:
    with op.batch_alter_table('agenda_item', schema=None) as batch_op:
        batch_op.drop_column('calendar_sequence')
    with op.batch_alter_table('calendar_reply', schema=None) as batch_op:
        batch_op.drop_index('ix_calendar_reply_identity')
        batch_op.drop_column('identity')
