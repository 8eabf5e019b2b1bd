"""A large, realistic-looking SQLite database for benchmarks, built fast and cached.

`generated_database(n)` returns a migrated SQLite file with `n` claims, `2 n` appearances
(every claim appears in two different sources), `n // 10` sources, one `created` event per
claim and a `verdict` event for each claim that has a verdict, a few tags and evidence.
The schema comes from `claims.db.open_database` (Alembic head); the rows go in through
`sqlite3.executemany` inside one transaction with the secondary indexes dropped and rebuilt
afterwards, which is what makes a million claims take seconds rather than minutes.

The file is cached under `$TMPDIR/claims-bench/`, keyed by `n` and the schema head, so every
benchmark in a run (and later runs) share it. Treat it as read-only: copy it to change it.

    python -m tests.benchmarks.generate 1000000     # builds (or finds) it, prints the path
"""

from __future__ import annotations

import datetime as dt
import fcntl
import os
import random
import sqlite3
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from claims.db import head_revision, open_database

CACHE_DIR = Path(tempfile.gettempdir()) / "claims-bench"
GENERATOR_VERSION = 1  # bump when the generated content changes

OUTLETS = ("Example Wire", "Daily Example", "The Sample Post", "Norvale Gazette", "Kursk Today")
CLAIMANTS = (
    "Oleksandr Syrskyi",
    "Ministry of Health",
    "Kremlin",
    "Mayor Ana Ruiz",
    "Statistics Office",
    None,
)
SUBJECTS = ("Unemployment", "Inflation", "Rents", "Waiting lists", "Crossings", "Emissions")
MOVES = ("rose", "fell", "doubled", "stayed at", "reached", "dropped to")
UNITS = ("percent", "sq km", "people", "euros", "tonnes", "days")
KINDS = ("quantity", "statement", "event", "quote")
STATES = ("new", "in_review", "needs_second_review", "done")
# Weighted so most claims are still unverified, as in a real newsroom.
VERDICTS = ("unverified",) * 5 + ("true", "mostly_true", "mixed", "false", "misleading")
TAGS = ("economy", "health", "war", "housing", "climate")

EPOCH = dt.datetime(2024, 1, 1, 8, 0, 0)


def _stamp(seconds: int) -> str:
    """A timestamp as SQLAlchemy stores DateTime in SQLite."""
    return (EPOCH + dt.timedelta(seconds=seconds)).strftime("%Y-%m-%d %H:%M:%S.%f")


def cache_path(n_claims: int) -> Path:
    return CACHE_DIR / f"claims-{n_claims}-{head_revision()}-v{GENERATOR_VERSION}.db"


def generated_database(n_claims: int) -> Path:
    """The path of a cached database with `n_claims` claims, built on first use."""
    path = cache_path(n_claims)
    if path.exists():
        return path
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    with (CACHE_DIR / f"{path.name}.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # two benchmark processes must not build it twice
        if not path.exists():
            partial = path.with_name(f"{path.name}.{os.getpid()}.part")
            partial.unlink(missing_ok=True)
            _build(partial, n_claims)
            partial.replace(path)
    return path


def _build(path: Path, n_claims: int) -> None:
    opened = open_database(str(path))  # the real schema, migrated by Alembic
    opened.engine.dispose()
    con = sqlite3.connect(path, isolation_level=None)
    try:
        con.execute("PRAGMA journal_mode=DELETE")
        con.execute("PRAGMA synchronous=OFF")
        con.execute("PRAGMA cache_size=-200000")
        indexes = [
            (name, sql)
            for name, sql in con.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
            )
        ]
        con.execute("BEGIN")
        for name, _ in indexes:
            con.execute(f'DROP INDEX "{name}"')
        _fill(con, n_claims)
        for _, sql in indexes:
            con.execute(sql)
        con.execute("COMMIT")
        con.execute("ANALYZE")
        con.execute("PRAGMA journal_mode=WAL")
    finally:
        con.close()


def _fill(con: sqlite3.Connection, n_claims: int) -> None:
    rng = random.Random(n_claims)
    n_sources = max(2, n_claims // 10)
    con.executemany(
        "INSERT INTO sources (id, title, outlet, author, url, published, retrieved_at, "
        "language, text, sha256, replaces_id) VALUES (?, ?, ?, NULL, ?, ?, ?, 'en', '', ?, NULL)",
        _sources(n_sources),
    )
    con.executemany(
        "INSERT INTO claims (id, text, kind, claimant, quantity_value, quantity_unit, "
        "quantity_normalized_value, quantity_normalized_unit, quantity_approximate, "
        "quantity_text, event_date, date_text, checkworthiness, verdict, state, assignee, "
        "version, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, 1, ?, ?)",
        _claims(rng, n_claims),
    )
    con.executemany(
        "INSERT INTO appearances (claim_id, source_id, quote, start_offset, end_offset, prefix, "
        "suffix, sentence, speaker, via, orphaned, created_at) "
        "VALUES (?, ?, ?, ?, ?, NULL, NULL, ?, ?, '[]', 0, ?)",
        _appearances(con, n_sources),
    )
    con.execute(
        "INSERT INTO claim_events (claim_id, at, actor, field, old_value, new_value, note) "
        "SELECT id, created_at, 'ingest', 'created', NULL, text, NULL FROM claims"
    )
    con.execute(
        "INSERT INTO claim_events (claim_id, at, actor, field, old_value, new_value, note) "
        "SELECT id, updated_at, 'alice', 'verdict', 'unverified', verdict, NULL "
        "FROM claims WHERE verdict <> 'unverified'"
    )
    con.executemany("INSERT INTO tags (id, name) VALUES (?, ?)", enumerate(TAGS, start=1))
    con.execute(
        "INSERT INTO claim_tags (claim_id, tag_id) SELECT id, 1 + id % 5 FROM claims "
        "WHERE id % 7 = 0"
    )
    con.execute(
        "INSERT INTO evidence (claim_id, url, note, stance, added_by, added_at) "
        "SELECT id, 'https://stats.example.org/t/' || id, NULL, 'supports', 'alice', updated_at "
        "FROM claims WHERE verdict = 'true'"
    )


def _sources(n_sources: int) -> Iterator[tuple[object, ...]]:
    for i in range(1, n_sources + 1):
        outlet = OUTLETS[i % len(OUTLETS)]
        published = (EPOCH + dt.timedelta(days=i % 700)).date().isoformat()
        yield (
            i,
            f"Report {i}: what the figures say",
            outlet,
            f"https://news.example.org/{i % 97}/article-{i}",
            published,
            _stamp(i * 60),
            f"{i:064x}",
        )


def _claims(rng: random.Random, n_claims: int) -> Iterator[tuple[object, ...]]:
    pick = rng.choice
    for i in range(1, n_claims + 1):
        value = rng.randint(1, 5000)
        unit = pick(UNITS)
        kind = KINDS[i % 4]
        text = f"{pick(SUBJECTS)} {pick(MOVES)} {value:,} {unit} in region {i % 300} (#{i})"
        quantity = kind == "quantity"
        created = i * 30
        verdict = pick(VERDICTS)
        yield (
            i,
            text,
            kind,
            pick(CLAIMANTS),
            float(value) if quantity else None,
            unit if quantity else None,
            float(value) if quantity else None,
            unit if quantity else None,
            (i % 3 == 0) if quantity else None,
            f"{value:,} {unit}" if quantity else None,
            (EPOCH + dt.timedelta(days=i % 500)).date().isoformat() if i % 5 == 0 else None,
            None,
            round(rng.random(), 4),
            verdict,
            "new" if verdict == "unverified" else pick(STATES),
            _stamp(created),
            _stamp(created + (3600 if verdict != "unverified" else 0)),
        )


def _appearances(con: sqlite3.Connection, n_sources: int) -> Iterator[tuple[object, ...]]:
    # A second cursor reads back the claims just inserted: their text is the quote.
    for claim_id, text, claimant, created_at in con.cursor().execute(
        "SELECT id, text, claimant, created_at FROM claims ORDER BY id"
    ):
        first = 1 + (claim_id * 7) % n_sources
        second = 1 + (first + claim_id % (n_sources - 1)) % n_sources
        if second == first:
            second = 1 + first % n_sources
        for source_id, start in ((first, claim_id % 900), (second, claim_id % 400)):
            yield (
                claim_id,
                source_id,
                text,
                start,
                start + len(text),
                text,
                claimant,
                created_at,
            )


def main() -> None:
    n_claims = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    started = time.perf_counter()
    path = generated_database(n_claims)
    print(f"{path} ({time.perf_counter() - started:.1f} s)")


if __name__ == "__main__":
    main()
