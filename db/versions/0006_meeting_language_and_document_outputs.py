"""meeting language; printed and saved documents

- `meeting.language` ('da' or 'en'): the language of the meeting's documents and of the calendar entry of
  its invitations, unless the user picks another for one document. Existing meetings are Danish, except the
  demo meetings held in English (WECP's general assembly, C40's workshop, the Copenhagen–Beijing signing).
- `document_output`: when which document of a meeting was printed or saved (the meeting's checklist).

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

ENGLISH_DEMO_MEETINGS = (
    "demo-wecp-ga-2022@klimamoeder.invalid",
    "demo-c40-green-growth-2012@klimamoeder.invalid",
    "demo-kbh-beijing-2012@klimamoeder.invalid",
)


def upgrade() -> None:
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.add_column(sa.Column(
            'language', sa.Enum('da', 'en', name='meeting_language', native_enum=False, create_constraint=True,
                                length=32), server_default='da', nullable=False))
    meeting = sa.table('meeting', sa.column('calendar_uid', sa.String), sa.column('language', sa.String))
    op.execute(meeting.update().where(meeting.c.calendar_uid.in_(ENGLISH_DEMO_MEETINGS)).values(language='en'))
    op.create_table(
        'document_output',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('meeting_id', sa.Integer(), nullable=False),
        sa.Column('document', sa.String(length=40), nullable=False),
        sa.Column('language', sa.Enum('da', 'en', name='document_language', native_enum=False,
                                      create_constraint=True, length=32), nullable=False),
        sa.Column('action', sa.String(length=10), nullable=False),
        sa.Column('at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_document_output_meeting_id_meeting'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_document_output')),
    )
    with op.batch_alter_table('document_output', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_document_output_meeting_id'), ['meeting_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('document_output', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_document_output_meeting_id'))
    op.drop_table('document_output')
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.drop_column('language')
