"""The postings a run keeps (`keys.Postings`), and the names of the articles it has read
(`keys.SourceNames`): always what the database would answer.

A run reads each key's newest claims once and adds the claims it commits itself; these
tests hold it to the database after a run, and check that it forgets everything when
another connection writes.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from sqlalchemy import select, text

from claims.db import Database
from claims.extract import ExtractedClaim, Quantity
from claims.ingest.keys import POSTINGS_PER_KEY, Postings, SourceNames, source_names
from claims.ingest.pipeline import Pipeline
from claims.ingest.readers import Article
from claims.models import Appearance, ClaimKey, Source
from tests.ingest.test_store import claim_at


def _sqlite_only(database: Database) -> None:
    if database.engine.dialect.name != "sqlite":
        pytest.skip("the postings are kept on SQLite only")


def _each_line(text: str, published: dt.date | None = None) -> list[ExtractedClaim]:
    return [claim_at(text, line) for line in text.splitlines() if line]


def _article(i: int) -> Article:
    lines = [
        f"Kursk officials counted {1000 + i} evacuees in Sudzha on day {i}.",
        f"Oleksandr Syrskyi said {i * 7 + 3} villages around Kursk were taken.",
        "The Kursk region's governor asked for calm.",  # the same words in every article
    ]
    return Article(text="\n".join(lines) + "\n", origin=f"{i}.txt", published=None)


def _newest(database: Database, key: str) -> list[int]:
    with database.Session() as session:
        query = (
            select(ClaimKey.claim_id)
            .where(ClaimKey.key == key)
            .order_by(ClaimKey.claim_id.desc())
            .limit(POSTINGS_PER_KEY)
        )
        return list(session.scalars(query))


def test_the_postings_a_run_keeps_are_what_the_database_holds(database: Database) -> None:
    _sqlite_only(database)
    with Pipeline(database, actor="alice", extractor=_each_line) as pipeline:
        summary = pipeline.run([_article(i) for i in range(80)])
        postings = pipeline._cache.postings
    assert summary.counts()["new_claims"] > 100
    with database.Session() as session:
        keys = set(session.scalars(select(ClaimKey.key)))
    held = {key: postings.get(key) for key in keys}
    assert len([ids for ids in held.values() if ids is not None]) > 10
    assert len([ids for ids in held.values() if ids and len(ids) == POSTINGS_PER_KEY]) >= 1
    for key, ids in held.items():
        if ids is not None:
            assert ids == _newest(database, key), key


def test_the_postings_are_forgotten_when_another_connection_writes(database: Database) -> None:
    _sqlite_only(database)
    postings = Postings()
    ours = database.engine.raw_connection()
    theirs = database.engine.raw_connection()
    try:
        cursor = ours.cursor()
        postings.check(ours.dbapi_connection, cursor)
        postings.put("w:kursk", [3, 2, 1])
        cursor.execute("CREATE TABLE ours (x INTEGER)")  # our own commit: nothing to forget
        ours.commit()
        postings.check(ours.dbapi_connection, cursor)
        assert postings.get("w:kursk") == [3, 2, 1]
        postings.add(4, ["w:kursk", "w:sudzha"])  # a key not held stays unknown
        assert (postings.get("w:kursk"), postings.get("w:sudzha")) == ([4, 3, 2, 1], None)
        theirs.cursor().execute("CREATE TABLE theirs (x INTEGER)")
        theirs.commit()
        postings.check(ours.dbapi_connection, cursor)
        assert postings.get("w:kursk") is None
        postings.put("w:kursk", [4, 3, 2, 1])
        postings.check(theirs.dbapi_connection, theirs.cursor())  # another connection
        assert postings.get("w:kursk") is None
    finally:
        ours.close()
        theirs.close()
    with database.engine.connect() as connection:
        connection.execute(text("DROP TABLE ours"))
        connection.execute(text("DROP TABLE theirs"))
        connection.commit()


def test_a_claim_older_than_the_newest_goes_in_its_place() -> None:
    postings = Postings()
    postings.put("n:1000", list(range(100, 100 - POSTINGS_PER_KEY, -1)))
    postings.add(50, ["n:1000"])  # older than all: the list is full, it stays out
    assert postings.get("n:1000") == list(range(100, 100 - POSTINGS_PER_KEY, -1))
    postings.add(99, ["n:1000"])  # already there: no twice
    postings.add(101, ["n:1000"])
    assert postings.get("n:1000") == list(range(101, 101 - POSTINGS_PER_KEY, -1))


def _names(database: Database) -> dict[int, frozenset[str]]:
    """Each source's name keys, as the database holds them."""
    with database.Session() as session:
        found: dict[int, set[str]] = {s: set() for s in session.scalars(select(Source.id))}
        query = (
            select(Appearance.source_id, ClaimKey.key)
            .join(ClaimKey, ClaimKey.claim_id == Appearance.claim_id)
            .where(ClaimKey.key.startswith("w:"))
        )
        for source_id, key in session.execute(query):
            found[source_id].add(key)
    return {source_id: frozenset(keys) for source_id, keys in found.items()}


def _with_figures(text: str, published: dt.date | None = None) -> list[ExtractedClaim]:
    """Each line a claim, its first number a count: story links look for figures."""
    found = []
    for line in text.splitlines():
        if line:
            figure = re.search(r"\d+", line)
            quantity = None
            if figure is not None:
                value = float(figure.group())
                quantity = Quantity(value, "person", value, "person", False, figure.group())
            found.append(claim_at(text, line, quantity=quantity))
    return found


def _telling(i: int) -> Article:
    """One story told again and again: its figures match, and it names its places."""
    lines = [
        "In Kursk, officials counted 1000 evacuees from Sudzha.",
        "Oleksandr Syrskyi said 7 villages around Sudzha were taken.",
        f"In Kursk, {i + 2} volunteers helped the Red Cross.",
    ]
    return Article(text="\n".join(lines) + "\n", origin=f"{i}.txt", published=None)


def test_the_names_a_run_keeps_are_what_the_database_holds(database: Database) -> None:
    _sqlite_only(database)
    with Pipeline(database, actor="alice", extractor=_with_figures) as pipeline:
        pipeline.run([_telling(i) for i in range(40)])
        kept = pipeline._cache.source_names
    names = _names(database)
    held = {s: kept.get(s) for s in names if kept.get(s) is not None}
    assert len(held) > 10
    assert {s: names[s] for s in held} == held


def test_the_names_of_the_article_being_stored_are_not_kept(database: Database) -> None:
    """A revision's carried appearances are written before its new claims are matched."""
    _sqlite_only(database)
    with Pipeline(database, actor="alice", extractor=_each_line) as pipeline:
        pipeline.run([_article(i) for i in range(3)])
    kept = SourceNames()
    with database.Session() as session:
        found = source_names(session, [1, 2, 3], kept, own=3)
    assert found == {s: names for s, names in _names(database).items() if s in (1, 2, 3)}
    assert found[3] and kept.get(3) is None
    assert (kept.get(1), kept.get(2)) == (found[1], found[2])
