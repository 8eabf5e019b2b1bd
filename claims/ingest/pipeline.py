"""Ingesting a stream of articles: extract claims (in worker processes with `jobs` > 1),
then store each article in a savepoint of its own, several articles to a commit
(`batch.py`).

Extraction, and working out what matching needs of each claim (`store.prepare`), is pure
CPU work on the text, so it spreads over processes; the database work stays in this
process, one article at a time and in input order, so matching sees every earlier article
of the run and the results do not depend on `jobs`. A failure of one article
(unreadable, extraction crashed, the database refused it) is reported and rolled back;
the others go in.
"""

from __future__ import annotations

import collections
import datetime as dt
import gc
import multiprocessing
import sys
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any, Protocol

from sqlalchemy.exc import SQLAlchemyError

from claims.db import Database, error_reason
from claims.errors import ClaimsError
from claims.extract import ExtractedClaim, extract_claims
from claims.ingest import lookups, match, store
from claims.ingest.batch import MAX_ARTICLES, Batch, BatchLost
from claims.ingest.readers import Article, Failure, Overrides
from claims.ingest.store import Outcome

# An article makes tens of thousands of short-lived containers (rows, probes, scores): the
# collector's default (a young collection every 700) walks the survivors again and again.
# A young collection every 10,000 (restored when the run ends).
GC_THRESHOLDS = (10_000, 10, 10)


class Extractor(Protocol):
    def __call__(self, text: str, published: dt.date | None = None, /) -> list[ExtractedClaim]: ...


Result = Outcome | Failure
Item = Article | Failure | Outcome  # an article, or what became of it before extraction


@dataclass
class Summary:
    """The whole run, for the table at the end and `--json`."""

    outcomes: list[Outcome] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)

    def add(self, result: Result) -> None:
        if isinstance(result, Failure):
            self.failures.append(result)
        else:
            self.outcomes.append(result)

    def _sum(self, name: str) -> int:
        return sum(int(getattr(o, name)) for o in self.outcomes)

    @property
    def articles(self) -> int:
        return sum(1 for o in self.outcomes if o.status != "duplicate")

    @property
    def revisions(self) -> int:
        return sum(1 for o in self.outcomes if o.status == "revision")

    @property
    def duplicates(self) -> int:
        return sum(1 for o in self.outcomes if o.status == "duplicate")

    @property
    def warnings(self) -> list[str]:
        return [f"{o.origin}: {w}" for o in self.outcomes for w in o.warnings]

    def counts(self) -> dict[str, int]:
        return {
            "articles": self.articles,
            "revisions": self.revisions,
            "claims": self._sum("claims"),
            "new_claims": self._sum("new_claims"),
            "matched": self._sum("matched"),
            "similar": self._sum("similar"),
            "contradictions": self._sum("contradictions"),
            "superseded": self._sum("superseded"),
            "reanchored": self._sum("reanchored"),
            "orphaned": self._sum("orphaned"),
            "duplicates": self.duplicates,
            "failures": len(self.failures),
        }


def _extract(
    extractor: Extractor, text: str, published: dt.date | None, warm: bool = True
) -> store.Prepared:
    """What a worker does for one article: everything that needs no database (`warm`:
    see `store.prepare`; not in this process, where it would only be work done early)."""
    return store.prepare(extractor(text, published), warm=warm)


def _warm(_: int) -> None:
    """Run once in each worker so the first real article does not pay for set-up."""
    extract_claims("Warm-up: 1,000 people said on Monday that prices rose 2 percent.")


class Pipeline:
    """`with Pipeline(database, actor=..., jobs=...) as p: summary = p.run(items)`."""

    def __init__(
        self,
        database: Database,
        *,
        actor: str,
        jobs: int = 1,
        overrides: Overrides | None = None,
        extractor: Extractor | None = None,
        batch: int = MAX_ARTICLES,
    ) -> None:
        """`batch`: articles to a commit at most; 1 when the next article may be long in
        coming (a URL to fetch), so no write lock is held meanwhile."""
        self.database = database
        self.actor = actor
        self.jobs = max(1, jobs)
        self.overrides = overrides or Overrides()
        self.extractor: Extractor = extractor or extract_claims
        self._pool: ProcessPoolExecutor | None = None
        self._seen: set[str] = set()
        self._cache = match.ProbeCache()  # stored claims of this run, read or written once
        self._reader: Any = None  # SQLite: a driver connection for the duplicate look-ups
        self._batch = Batch(database, max_articles=max(1, batch))
        # Results waiting for their batch to commit, in input order, each with whether
        # it was stored in the batch (and stands or falls with its commit).
        self._waiting: list[tuple[Result, bool]] = []

    def __enter__(self) -> Pipeline:
        _warm(0)  # in the parent too: forked workers inherit what it loaded
        # What is alive now (the extractor's tables, SQLAlchemy's, the parsers') stays alive
        # for the run: out of the collector's sight, a full collection does not walk it
        # again and again (~1 ms an article), and forked workers do not copy its pages.
        gc.freeze()
        self._thresholds = gc.get_threshold()
        gc.set_threshold(*GC_THRESHOLDS)
        if self.jobs > 1:
            method = "fork" if sys.platform == "linux" else "spawn"
            self._pool = ProcessPoolExecutor(
                max_workers=self.jobs, mp_context=multiprocessing.get_context(method)
            )
            # Start the workers now, before any progress-bar thread exists to be forked.
            list(self._pool.map(_warm, range(self.jobs)))
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._batch.rollback()  # a run cut short: what was not reported is not kept
        self._waiting.clear()
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None
        if self._reader is not None:
            self._reader.close()
            self._reader = None
        gc.unfreeze()
        gc.set_threshold(*self._thresholds)

    def run(
        self, items: Iterable[Article | Failure], on_result: Callable[[Result], None] | None = None
    ) -> Summary:
        summary = Summary()
        for result in self.results(items):
            summary.add(result)
            if on_result is not None:
                on_result(result)
        return summary

    def results(self, items: Iterable[Article | Failure]) -> Iterator[Result]:
        """One result per input item, in input order. A run cut short (its input raised,
        or its caller stopped asking) keeps no article it did not hand on."""
        try:
            yield from self._results(items)
        except BaseException:
            self._batch.rollback()
            self._waiting.clear()
            self._cache.clear()  # it was told of claims that are now rolled back
            raise

    def _results(self, items: Iterable[Article | Failure]) -> Iterator[Result]:
        window = self.jobs * 4  # articles in flight: keeps workers busy, memory bounded
        pending: collections.deque[tuple[Item, Future[store.Prepared] | None]]
        pending = collections.deque()
        for item in items:
            prepared = self._prepare(item)
            future = None
            if isinstance(prepared, Article) and self._pool is not None:
                future = self._pool.submit(
                    _extract, self.extractor, prepared.text, prepared.published
                )
            pending.append((prepared, future))
            while len(pending) >= window or (self._pool is None and pending):
                yield from self._finish(*pending.popleft())
        while pending:
            yield from self._finish(*pending.popleft())
        yield from self._commit()

    def _prepare(self, item: Item) -> Item:
        if not isinstance(item, Article):
            return item
        article = self.overrides.apply(item)
        digest = store.sha256(article.text)
        if digest in self._seen:
            return Outcome(article.origin, "duplicate", duplicate_of=None)
        duplicate = self._stored_copy(digest)
        if duplicate is not None:
            return Outcome(article.origin, "duplicate", duplicate_of=duplicate)
        self._seen.add(digest)
        return article

    def _stored_copy(self, digest: str) -> int | None:
        """A stored source with this text, looked up before extraction. `store_article`
        looks again in its write transaction, which is what guarantees no duplicate."""
        if self.database.engine.dialect.name != "sqlite":
            with self.database.Session() as session:
                return lookups.find_duplicate(session, digest)
        if self._reader is None:
            # SELECTs on a sqlite3 connection open no transaction: each sees the latest
            # commit, and holding the connection pins nothing.
            self._reader = self.database.engine.raw_connection()
        return lookups.stored_copy(self._reader, digest)

    def _finish(self, item: Item, future: Future[store.Prepared] | None) -> Iterator[Result]:
        """The results the item completes: none while its batch stays open."""
        articles = self._batch.articles
        result = self._store(item, future)
        self._waiting.append((result, self._batch.articles > articles))
        if not self._batch.open or self._batch.full:
            yield from self._commit()

    def _commit(self) -> Iterator[Result]:
        """Commit the open batch and hand on the results waiting for it."""
        waiting, self._waiting = self._waiting, []
        try:
            self._batch.commit()
        except SQLAlchemyError as exc:
            waiting = self._lost(waiting, f"database error: {error_reason(exc)}")
        yield from (r for r, _ in waiting)

    def _lost(self, waiting: list[tuple[Result, bool]], reason: str) -> list[tuple[Result, bool]]:
        """The batch was rolled back: its stored articles failed, and the cache, told of
        their claims, forgets everything."""
        self._cache.clear()
        return [(Failure(r.origin, reason) if stored else r, stored) for r, stored in waiting]

    def _store(self, item: Item, future: Future[store.Prepared] | None) -> Result:
        if not isinstance(item, Article):
            return item
        try:
            prepared = (
                future.result()
                if future is not None
                else _extract(self.extractor, item.text, item.published, warm=False)
            )
        except Exception as exc:  # the extractor on text nobody foresaw; report, go on
            return Failure(item.origin, f"could not extract claims: {type(exc).__name__}: {exc}")
        written: dict[int, match.Probe] = {}
        try:
            outcome = self._batch.store(
                lambda session: store.store_article(
                    session,
                    item,
                    prepared.claims,
                    self.actor,
                    prepared=prepared,
                    cache=self._cache,
                    written=written,
                )
            )
        except BatchLost as exc:  # the batch's earlier articles went with it
            reason = f"database error: {exc}"
            self._waiting = self._lost(self._waiting, reason)
            return Failure(item.origin, reason)
        except ClaimsError as exc:
            return Failure(item.origin, str(exc))
        except SQLAlchemyError as exc:
            return Failure(item.origin, f"database error: {error_reason(exc)}")
        # Later articles of the batch match against these claims: the cache learns them
        # now, and forgets everything if the batch's commit fails.
        self._cache.committed(written)
        return outcome
