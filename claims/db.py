"""Engines, sessions and migrations.

The database is named by `--db` (a SQLAlchemy URL or a plain file path), then `$CLAIMS_DB`,
then a SQLite file in the user data directory. SQLite gets WAL, foreign keys and a busy
timeout; PostgreSQL is reached through psycopg 3. The schema only ever changes through the
Alembic scripts in `db/`, which ship inside the wheel.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import Engine, create_engine, event, make_url
from sqlalchemy.engine import URL
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import sessionmaker

from claims.errors import DatabaseError

ENV_VAR = "CLAIMS_DB"
SQLITE_BUSY_TIMEOUT_MS = 10_000


def default_path() -> Path:
    return Path(platformdirs.user_data_dir("claims", appauthor=False)) / "claims.db"


def resolve_url(db: str | None = None) -> URL:
    """Turn `--db`, `$CLAIMS_DB` or the default location into a SQLAlchemy URL."""
    raw = db or os.environ.get(ENV_VAR) or ""
    if not raw:
        path = default_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        return URL.create("sqlite+pysqlite", database=str(path))
    if "://" not in raw:
        return URL.create("sqlite+pysqlite", database=str(Path(raw).expanduser().resolve()))
    try:
        url = make_url(raw)
    except ArgumentError as exc:
        raise DatabaseError(f"not a database URL or path: {raw}") from exc
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    return url


def describe(url: URL) -> str:
    """The database as a person would name it, without a password."""
    if url.get_backend_name() == "sqlite":
        return f"SQLite {url.database or ':memory:'}"
    return url.render_as_string(hide_password=True)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA synchronous=NORMAL")
    # A read-only file cannot switch journal mode; it can still be read.
    with suppress(Exception):
        cursor.execute("PRAGMA journal_mode=WAL")
    cursor.close()


def make_engine(url: URL | str, **kwargs: Any) -> Engine:
    url = make_url(url) if isinstance(url, str) else url
    if url.get_backend_name() == "sqlite":
        database = url.database or ""
        if database and not database.startswith("file:") and database != ":memory:":
            parent = Path(database).parent
            if not parent.is_dir():
                raise DatabaseError(f"cannot open database {database}: no folder {parent}")
        engine = create_engine(url, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True, **kwargs)


def make_sessionmaker(engine: Engine) -> sessionmaker[OrmSession]:
    return sessionmaker(engine, expire_on_commit=False)


# --- migrations ---------------------------------------------------------------------------


def alembic_config() -> Config:
    """An Alembic config pointing at the migration scripts shipped with the package.

    The connection itself is handed over in `config.attributes` (see `db/env.py`).
    """
    config = Config()
    config.set_main_option("script_location", str(script_location()))
    return config


def script_location() -> Path:
    """Installed wheels carry db/ as claims/_migrations; a checkout uses db/ itself."""
    package = Path(__file__).resolve().parent
    shipped = package / "_migrations"
    return shipped if shipped.is_dir() else package.parent / "db"


def head_revision() -> str:
    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    return heads[0]


def current_revision(engine: Engine) -> str | None:
    try:
        with engine.connect() as connection:
            return MigrationContext.configure(connection).get_current_revision()
    except SQLAlchemyError as exc:
        raise DatabaseError(
            f"cannot open database {describe(engine.url)}: {error_reason(exc)}"
        ) from exc


def _run(engine: Engine, fn: Any, *args: Any, **kwargs: Any) -> None:
    config = alembic_config()
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            fn(config, *args, **kwargs)
    except CommandError as exc:
        raise DatabaseError(str(exc).splitlines()[0]) from exc
    except SQLAlchemyError as exc:
        raise DatabaseError(
            f"cannot migrate database {describe(engine.url)}: {error_reason(exc)}"
        ) from exc


def upgrade(engine: Engine, revision: str = "head") -> None:
    _check_known(engine)
    _run(engine, command.upgrade, revision)


def downgrade(engine: Engine, revision: str) -> None:
    _check_known(engine)
    _run(engine, command.downgrade, revision)


def check(engine: Engine) -> None:
    """Raise DatabaseError when the models and the migration scripts disagree."""
    try:
        _run(engine, command.check)
    except DatabaseError as exc:
        raise DatabaseError(f"models and migrations disagree: {exc}") from exc


def _check_known(engine: Engine) -> None:
    revision = current_revision(engine)
    if revision is None:
        return
    script = ScriptDirectory.from_config(alembic_config())
    try:
        script.get_revision(revision)
    except CommandError as exc:
        raise DatabaseError(
            f"database {describe(engine.url)} is at schema revision {revision}, newer than "
            f"this version of claims knows (head {head_revision()}); upgrade claims"
        ) from exc


@dataclass(frozen=True)
class Database:
    """An open database, migrated to the schema this version of claims knows."""

    url: URL
    engine: Engine
    Session: sessionmaker[OrmSession]

    @contextmanager
    def begin(self) -> Iterator[OrmSession]:
        """One transaction: committed when the block ends, rolled back on error."""
        with self.Session.begin() as session:
            yield session


def open_database(db: str | URL | None = None, *, migrate: bool = True) -> Database:
    """Open the database, creating or upgrading its schema to head when `migrate`."""
    url = db if isinstance(db, URL) else resolve_url(db)
    engine = make_engine(url)
    if migrate:
        revision = current_revision(engine)
        if revision != head_revision():
            upgrade(engine)
    return Database(url=url, engine=engine, Session=make_sessionmaker(engine))


def error_reason(exc: BaseException) -> str:
    """The first line of what the driver said, for a one-line error message."""
    original = getattr(exc, "orig", None) or exc
    return str(original).strip().splitlines()[0] if str(original).strip() else type(exc).__name__
