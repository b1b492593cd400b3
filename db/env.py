"""Alembic environment: always run by klimamoeder.storage with a live connection.

No `fileConfig` here: it would silence the application's loggers.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from klimamoeder.model import Base

target_metadata = Base.metadata


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = context.config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:  # `alembic` command line during development
    engine = create_engine(context.config.get_main_option("sqlalchemy.url"))
    with engine.begin() as conn:
        _run(conn)
