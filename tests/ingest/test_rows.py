"""Ingest's fast SQLite writes store exactly what SQLAlchemy's Core would.

`claims.ingest.rows` hands SQLite rows whose values it converted itself (and
`claims.ingest.store` writes the history rows `review.record_many` would write); the same
articles ingested through Core must leave the same rows, value for value and type for type.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from claims.db import open_database
from claims.ingest import readers, rows
from claims.ingest.pipeline import Pipeline
from tests.benchmarks.test_ingest_speed import synthetic_article

TABLES = ("sources", "claims", "appearances", "claim_events", "claim_keys", "claim_links")
TIMESTAMP = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}")


def _ingest(path: Path, folder: Path) -> None:
    database = open_database(str(path))
    with Pipeline(database, actor="dana") as pipeline:
        summary = pipeline.run(readers.read_all(sorted(str(p) for p in folder.iterdir())))
    database.engine.dispose()
    assert not summary.failures
    counts = summary.counts()
    assert counts["matched"] and counts["similar"]  # links, and their history rows


def _stored(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, each value with its type; timestamps as <now>."""
    connection = sqlite3.connect(path)
    found = {}
    for table in TABLES:
        found[table] = [
            tuple(
                "<now>"
                if isinstance(value, str) and TIMESTAMP.fullmatch(value)
                else (type(value).__name__, value)
                for value in row
            )
            for row in connection.execute(f"SELECT * FROM {table} ORDER BY 1, 2")
        ]
    connection.close()
    return found


def test_raw_sqlite_writes_store_what_core_stores(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    for index in range(9):  # three stories, three outlets each
        (folder / f"{index}.txt").write_text(synthetic_article(index), encoding="utf-8")
    _ingest(tmp_path / "raw.db", folder)
    monkeypatch.setattr(rows, "RAW_SQLITE", False)
    _ingest(tmp_path / "core.db", folder)
    raw, core = _stored(tmp_path / "raw.db"), _stored(tmp_path / "core.db")
    for table in TABLES:
        assert raw[table], table
        assert raw[table] == core[table], table
