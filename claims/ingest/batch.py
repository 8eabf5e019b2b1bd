"""Several articles to one commit, each in a savepoint of its own.

A commit per article cost SQLite about 1.5 ms of the ~23 an article takes: the index
pages an article touches are written to the journal again at every commit. A `Batch`
keeps one write transaction open for up to `MAX_ARTICLES` articles or `MAX_SECONDS`,
and stores each article in a savepoint, so an article the database refuses is rolled
back alone and the others of the batch go in. What the run reports is what was
committed: the pipeline hands results on only after their batch commits, and when a
commit fails every article of the batch is reported as failed.

On SQLite the transaction is begun with `BEGIN IMMEDIATE`: pysqlite emits no BEGIN
before a SAVEPOINT (so the first RELEASE would commit), and taking the write lock at
the start means no read lock has to be upgraded later, which SQLite refuses at once
when another connection wrote in between. Other writers (the review app saving a
verdict) wait for the batch, at most `MAX_SECONDS` plus one article, within SQLite's
busy timeout.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

from sqlalchemy import Connection, RootTransaction
from sqlalchemy.orm import Session

from claims.db import Database, error_reason

MAX_ARTICLES = 32
MAX_SECONDS = 0.25

T = TypeVar("T")


class BatchLost(Exception):
    """The database dropped the batch's transaction: none of its articles were kept."""


class Batch:
    """`batch.store(work)` runs `work(session)` in a savepoint; `batch.commit()`."""

    def __init__(
        self, database: Database, max_articles: int = MAX_ARTICLES, max_seconds: float = MAX_SECONDS
    ) -> None:
        self.database = database
        self.max_articles = max_articles
        self.max_seconds = max_seconds
        self.articles = 0
        self._started = 0.0
        self._connection: Connection | None = None
        self._transaction: RootTransaction | None = None
        self._session: Session | None = None

    @property
    def open(self) -> bool:
        return self._connection is not None

    @property
    def full(self) -> bool:
        return self.open and (
            self.articles >= self.max_articles
            or time.monotonic() - self._started >= self.max_seconds
        )

    def store(self, work: Callable[[Session], T]) -> T:
        """`work(session)` in a savepoint: kept for the batch's commit if it returns,
        rolled back alone if it raises (the exception goes on to the caller). Raises
        `BatchLost` when the database dropped the whole transaction with it (SQLite does
        on a full disk or an I/O error): the batch's earlier articles are gone too."""
        session = self._session or self._begin()
        try:
            with session.begin():  # a SAVEPOINT: the session joined the batch's transaction
                result = work(session)
        except BaseException as exc:
            if self._dropped():
                self.rollback()
                raise BatchLost(_first_cause(exc)) from exc
            if self.articles == 0:
                self.rollback()  # nothing kept: no write lock held until the next article
            raise
        self.articles += 1
        return result

    def commit(self) -> None:
        """Commit what the batch holds. On failure it is rolled back and the error raised."""
        if self._transaction is None:
            return
        try:
            self._transaction.commit()
        except BaseException:
            if self._connection is not None:
                self._connection.invalidate()  # SQLite keeps a failed COMMIT's transaction
            raise
        finally:
            self._close()

    def rollback(self) -> None:
        try:
            if self._transaction is not None and self._transaction.is_active:
                self._transaction.rollback()
        finally:
            self._close()

    def _dropped(self) -> bool:
        """Whether the transaction the batch began is gone (SQLite only can tell)."""
        if self._connection is None or self._connection.dialect.name != "sqlite":
            return False
        driver = self._connection.connection.driver_connection
        return driver is not None and not driver.in_transaction

    def _begin(self) -> Session:
        connection = self.database.engine.connect()
        try:
            self._transaction = connection.begin()
            if connection.dialect.name == "sqlite":
                connection.exec_driver_sql("BEGIN IMMEDIATE")
        except BaseException:
            connection.close()
            self._transaction = None
            raise
        self._connection = connection
        self._session = Session(
            bind=connection, join_transaction_mode="create_savepoint", expire_on_commit=False
        )
        self._started = time.monotonic()
        self.articles = 0
        return self._session

    def _close(self) -> None:
        if self._session is not None:
            self._session.close()
        if self._connection is not None:
            self._connection.close()
        self._session = self._connection = self._transaction = None
        self.articles = 0


def _first_cause(exc: BaseException) -> str:
    """What went wrong first: rolling back to a savepoint the database had already dropped
    fails too ("no such savepoint"), and that second error hides the first."""
    first = exc
    while first.__context__ is not None:
        first = first.__context__
    return error_reason(first)
