"""The look-ups before an article is written: a stored copy of its text (a duplicate), and
the newest source at its URL (a revision). On SQLite through the driver's own cursor: they
run for every article, and cost less there than through Core's execution.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from claims.models import Base, Source

__all__ = ["find_duplicate", "latest_at", "stored_copy"]

_SOURCES = Base.metadata.tables["sources"]
_DUPLICATE = (
    select(_SOURCES.c.id)
    .where(_SOURCES.c.sha256 == bindparam("digest"))
    .order_by(_SOURCES.c.id)
    .limit(1)
)
_LATEST = (
    select(_SOURCES.c.id)
    .where(_SOURCES.c.url == bindparam("url"))
    .order_by(_SOURCES.c.id.desc())
    .limit(1)
)
# The same for SQLite's own cursor.
_DUPLICATE_SQL = "SELECT id FROM sources WHERE sha256 = ? ORDER BY id LIMIT 1"
_LATEST_SQL = "SELECT id FROM sources WHERE url = ? ORDER BY id DESC LIMIT 1"


def find_duplicate(session: Session, digest: str) -> int | None:
    """The id of a stored source with exactly this text, if any."""
    return _first_id(session, _DUPLICATE, _DUPLICATE_SQL, {"digest": digest})


def stored_copy(dbapi_connection: Any, digest: str) -> int | None:
    """`find_duplicate` on a SQLite driver connection outside any session (the pipeline
    looks before extracting; `store_article` looks again in the write transaction)."""
    cursor = dbapi_connection.cursor()
    try:
        row = cursor.execute(_DUPLICATE_SQL, (digest,)).fetchone()
    finally:
        cursor.close()
    return None if row is None else int(row[0])


def latest_at(session: Session, url: str) -> Source | None:
    """The newest source at `url`: looked up by id first, as most URLs are new."""
    found = _first_id(session, _LATEST, _LATEST_SQL, {"url": url})
    return session.get(Source, found) if found is not None else None


def _first_id(session: Session, statement: Any, sql: str, params: dict[str, str]) -> int | None:
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        return connection.execute(statement, params).scalar()
    cursor = connection.connection.cursor()
    try:
        row = cursor.execute(sql, tuple(params.values())).fetchone()
    finally:
        cursor.close()
    return None if row is None else int(row[0])
