"""delivery content fingerprint

Its own column for the fingerprint of the version a delivery carried. Rows written
before kept it in `error` as `fp:<hex>`; they are moved over.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('invitation_delivery', schema=None) as batch_op:
        batch_op.add_column(sa.Column('content_fingerprint', sa.String(length=64), server_default='', nullable=False))
    op.execute(
        "UPDATE invitation_delivery SET content_fingerprint = substr(error, 4), error = '' "
        "WHERE error LIKE 'fp:%'"
    )


def downgrade() -> None:
    with op.batch_alter_table('invitation_delivery', schema=None) as batch_op:
        batch_op.drop_column('content_fingerprint')
