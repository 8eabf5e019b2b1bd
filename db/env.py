"""Alembic environment: uses a connection handed over in `config.attributes` when there is one."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from claims.db import make_engine, resolve_url
from claims.models import Base

config = context.config
target_metadata = Base.metadata


def _configure(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure(connection)
        return
    url = config.get_main_option("sqlalchemy.url") or str(
        resolve_url(context.get_x_argument(as_dictionary=True).get("db"))
    )
    engine = make_engine(url)
    with engine.begin() as conn:
        _configure(conn)


def run_migrations_offline() -> None:
    context.configure(
        url=config.get_main_option("sqlalchemy.url"),
        target_metadata=target_metadata,
        literal_binds=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
