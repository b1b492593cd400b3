"""mailbox bookkeeping, follow-up mails and their templates

`mailbox_folder` / `mailbox_message`: what was read from the IMAP mailbox (by
UIDVALIDITY + UID, and a digest of each message read in full). `follow_up_delivery`
and `mail_template`: reminders and practical-information mails, and the texts a
secretariat edited. `invitation_delivery.message_id`: a bounce quoting it marks the
delivery failed.

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'mailbox_folder',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('account', sa.String(length=300), nullable=False),
        sa.Column('folder', sa.String(length=300), nullable=False),
        sa.Column('uid_validity', sa.BigInteger(), nullable=False),
        sa.Column('last_uid', sa.BigInteger(), nullable=False),
        sa.Column('checked_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_mailbox_folder')),
        sa.UniqueConstraint('account', 'folder', name=op.f('uq_mailbox_folder_account')),
    )
    op.create_table(
        'mailbox_message',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('account', sa.String(length=300), nullable=False),
        sa.Column('folder', sa.String(length=300), nullable=False),
        sa.Column('uid_validity', sa.BigInteger(), nullable=False),
        sa.Column('uid', sa.BigInteger(), nullable=False),
        sa.Column('digest', sa.String(length=64), nullable=False),
        sa.Column('kind', sa.String(length=20), nullable=False),
        sa.Column('outcome', sa.String(length=40), nullable=False),
        sa.Column('read_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_mailbox_message')),
        sa.UniqueConstraint('account', 'folder', 'uid_validity', 'uid', name=op.f('uq_mailbox_message_account')),
    )
    with op.batch_alter_table('mailbox_message', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mailbox_message_digest'), ['digest'], unique=False)
    op.create_table(
        'follow_up_delivery',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('meeting_id', sa.Integer(), nullable=False),
        sa.Column('person_id', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=20), nullable=False),
        sa.Column('status', sa.Enum('sent', 'failed', 'drafted', name='follow_up_status', native_enum=False,
                                    create_constraint=True, length=32), nullable=False),
        sa.Column('error', sa.String(length=500), nullable=False),
        sa.Column('message_id', sa.String(length=300), nullable=False),
        sa.Column('at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_follow_up_delivery_meeting_id_meeting'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_follow_up_delivery_person_id_person'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_follow_up_delivery')),
    )
    with op.batch_alter_table('follow_up_delivery', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_follow_up_delivery_meeting_id'), ['meeting_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_follow_up_delivery_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_follow_up_delivery_message_id'), ['message_id'], unique=False)
    op.create_table(
        'mail_template',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('meeting_id', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=20), nullable=False),
        sa.Column('language', sa.String(length=8), nullable=False),
        sa.Column('subject', sa.String(length=300), nullable=False),
        sa.Column('body', sa.Text(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_mail_template_meeting_id_meeting'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_mail_template')),
        sa.UniqueConstraint('meeting_id', 'kind', 'language', name=op.f('uq_mail_template_meeting_id')),
    )
    with op.batch_alter_table('invitation_delivery', schema=None) as batch_op:
        batch_op.add_column(sa.Column('message_id', sa.String(length=300), server_default='', nullable=False))
        batch_op.create_index(batch_op.f('ix_invitation_delivery_message_id'), ['message_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('invitation_delivery', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_invitation_delivery_message_id'))
        batch_op.drop_column('message_id')
    op.drop_table('mail_template')
    op.drop_table('follow_up_delivery')
    op.drop_table('mailbox_message')
    op.drop_table('mailbox_folder')
