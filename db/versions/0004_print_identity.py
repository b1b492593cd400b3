"""family names for sorting; network logo and colour

`person.family_name` is what lists and sign-in sheets sort by ("sort as"); empty means
"guess from the name" (services/names.py). A network's `logo` (PNG or JPEG bytes) and
`colour` (`#RRGGBB`) give its printed documents their identity.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.add_column(sa.Column('family_name', sa.String(length=200), server_default='', nullable=False))
    with op.batch_alter_table('network', schema=None) as batch_op:
        batch_op.add_column(sa.Column('logo', sa.LargeBinary(), nullable=True))
        batch_op.add_column(sa.Column('colour', sa.String(length=7), server_default='', nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('network', schema=None) as batch_op:
        batch_op.drop_column('colour')
        batch_op.drop_column('logo')
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_column('family_name')
