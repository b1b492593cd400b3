"""schema release

One row naming the Klimamøder version that last upgraded the schema, so an older
program can tell the user which version to install.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'schema_release',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('version', sa.String(length=32), nullable=False),
        sa.CheckConstraint('id = 1', name=op.f('ck_schema_release_single_row')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_schema_release')),
    )


def downgrade() -> None:
    op.drop_table('schema_release')
