"""Several articles to one commit: what the run reports is what the database holds."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError

from claims.db import Database
from claims.ingest.batch import Batch, BatchLost
from claims.ingest.pipeline import Pipeline, Result
from claims.ingest.readers import Article, Failure
from claims.models import Claim, Source
from tests.ingest.test_store import TEXT, _article, kursk_claims_extractor


def _stored(database: Database, model: type) -> int:
    with database.Session() as session:  # a connection of its own: sees commits only
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_a_result_is_handed_on_once_its_article_is_committed(database: Database) -> None:
    articles = [
        _article(TEXT.replace("Monday", day), None, f"{day}.txt")
        for day in ("Monday", "Tuesday", "Wednesday", "Thursday")
    ]
    seen: list[tuple[str, int]] = []

    def on_result(result: Result) -> None:
        seen.append((result.origin, _stored(database, Source)))

    with Pipeline(database, actor="alice", extractor=kursk_claims_extractor, batch=3) as pipe:
        pipe.run(articles, on_result=on_result)
    # Three to a commit: the first three are reported together, each already stored.
    assert seen == [
        ("Monday.txt", 3),
        ("Tuesday.txt", 3),
        ("Wednesday.txt", 3),
        ("Thursday.txt", 4),
    ]


def test_a_failed_commit_fails_its_whole_batch_and_keeps_nothing(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    commit = Batch.commit
    calls = {"n": 0}

    def failing_once(self: Batch) -> None:
        calls["n"] += 1
        if calls["n"] == 1:
            self.rollback()
            raise OperationalError("COMMIT", {}, Exception("disk I/O error"))
        commit(self)

    monkeypatch.setattr(Batch, "commit", failing_once)
    with Pipeline(database, actor="alice", extractor=kursk_claims_extractor) as pipe:
        first = pipe.run(
            [
                _article(origin="a.txt"),
                Failure("b.jsonl:2", "not valid JSON"),
                _article(TEXT.replace("Monday", "Tuesday"), None, "c.txt"),
            ]
        )
        # The same claims again, in the next batch: nothing of the rolled-back one may be
        # matched (its ids are gone), so they are new claims.
        again = pipe.run([_article(TEXT.replace("Monday", "Friday"), None, "d.txt")])
    assert [str(f) for f in first.failures] == [
        "a.txt: database error: disk I/O error",
        "b.jsonl:2: not valid JSON",
        "c.txt: database error: disk I/O error",
    ]
    assert not again.failures
    [outcome] = again.outcomes
    assert (outcome.new_claims, outcome.matched) == (2, 0)
    assert (_stored(database, Source), _stored(database, Claim)) == (1, 2)


def test_a_run_cut_short_keeps_no_article_it_did_not_report(database: Database) -> None:
    def articles_then_ctrl_c() -> Iterator[Article | Failure]:
        for day in ("Monday", "Tuesday", "Wednesday"):
            yield _article(TEXT.replace("Monday", day), None, f"{day}.txt")
        raise KeyboardInterrupt

    reported: list[str] = []
    with (
        pytest.raises(KeyboardInterrupt),
        Pipeline(database, actor="alice", extractor=kursk_claims_extractor, batch=2) as pipe,
    ):
        pipe.run(articles_then_ctrl_c(), on_result=lambda r: reported.append(r.origin))
    # Wednesday was stored in a batch still open: rolled back with it, as it was never
    # reported; a second run will take it.
    assert reported == ["Monday.txt", "Tuesday.txt"]
    assert _stored(database, Source) == 2


def test_an_aborted_run_leaves_nothing_for_the_next_run(database: Database) -> None:
    def two_then_an_error() -> Iterator[Article | Failure]:
        yield _article(TEXT, None, "a1.txt")
        yield _article(TEXT.replace("Monday", "Tuesday"), None, "a2.txt")
        raise RuntimeError("the feed broke")

    with Pipeline(database, actor="alice", extractor=kursk_claims_extractor) as pipe:
        with pytest.raises(RuntimeError):
            pipe.run(two_then_an_error())
        later = pipe.run([_article(TEXT.replace("Monday", "Friday"), None, "a3.txt")])
    # a1 and a2 were in a batch never committed nor reported: the next run neither
    # reports them nor matches against their rolled-back claims.
    assert [o.origin for o in later.outcomes] == ["a3.txt"]
    assert later.outcomes[0].new_claims == 2
    assert _stored(database, Source) == 1


def test_a_full_disk_mid_run_reports_as_stored_only_what_is(tmp_path: Path) -> None:
    from sqlalchemy import event

    from claims.db import open_database

    database = open_database(str(tmp_path / "small.db"))
    with database.engine.connect() as connection:
        pages = connection.exec_driver_sql("PRAGMA page_count").scalar_one()
    database.engine.dispose()

    @event.listens_for(database.engine, "connect")
    def _small_disk(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + 12}")

    articles = [
        _article(TEXT.replace("Monday", f"Monday {n}") + "x" * 12_000, None, f"{n}.txt")
        for n in range(8)
    ]
    with Pipeline(database, actor="alice", extractor=kursk_claims_extractor) as pipe:
        summary = pipe.run(articles)
    assert summary.failures  # the disk filled up
    # Whatever the run reports as stored is stored, and nothing else is.
    stored = [o for o in summary.outcomes if o.source_id is not None]
    assert _stored(database, Source) == len(stored)
    database.engine.dispose()


def test_a_transaction_the_database_dropped_loses_the_whole_batch(database: Database) -> None:
    """SQLite may roll back the whole transaction on a full disk or an I/O error, taking
    the batch's earlier articles with it: the batch says so rather than reporting them."""
    if database.engine.dialect.name != "sqlite":
        pytest.skip("SQLite drops a transaction on its own; PostgreSQL reports the error")
    batch = Batch(database, max_articles=10)
    batch.store(lambda session: session.add(Source(text="kept?", sha256="a" * 64)))

    def dropped(session: Any) -> None:
        session.connection().connection.driver_connection.rollback()  # as SQLite does
        raise OperationalError("INSERT", {}, Exception("database or disk is full"))

    with pytest.raises(BatchLost, match="disk is full"):
        batch.store(dropped)
    assert not batch.open
    assert _stored(database, Source) == 0
