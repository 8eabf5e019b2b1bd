"""The import's fast SQLite writes store exactly what SQLAlchemy's Core would.

`claims.importer.bulk` hands SQLite rows whose values it converted itself; the same import
through Core must leave the same rows, value for value and type for type. And the claims'
indexes, dropped while importing into an empty database, are all there afterwards.
"""

from __future__ import annotations

import datetime as dt
import io
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import JSON, Date, DateTime
from sqlalchemy.dialects import sqlite as sqlite_dialect

from claims.db import open_database
from claims.export import write_csv
from claims.importer import bulk, import_path
from claims.queries import Filters
from tests.export.conftest import populate

TABLES = ("sources", "claims", "appearances", "claim_events", "evidence", "claim_tags", "tags")
DIALECT = sqlite_dialect.dialect()


def _fresh(tmp_path: Path, template: Path, name: str) -> Path:
    path = tmp_path / name
    path.write_bytes(template.read_bytes())
    return path


def _exported(tmp_path: Path, template: Path) -> Path:
    opened = open_database(str(_fresh(tmp_path, template, "source.db")))
    with opened.begin() as session:
        populate(session)
    out = io.StringIO(newline="")
    with opened.begin() as session:
        write_csv(session, Filters(), out)
    opened.engine.dispose()
    path = tmp_path / "claims.csv"
    path.write_text(out.getvalue(), encoding="utf-8", newline="")
    return path


def _import(path: Path, file: Path) -> None:
    opened = open_database(str(path))
    with opened.begin() as session:
        report = import_path(session, file, actor="dana")
    assert report.problems == []
    opened.engine.dispose()


def _stored(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, each value with its type; the import's time as <now>."""
    with sqlite3.connect(path) as con:
        (now,) = con.execute("SELECT at FROM claim_events WHERE field = 'imported'").fetchone()
        tables = {t: con.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall() for t in TABLES}
    return {
        table: [tuple("<now>" if v == now else (type(v).__name__, v) for v in row) for row in rows]
        for table, rows in tables.items()
    }


def _indexes(path: Path) -> set[tuple[str, str]]:
    with sqlite3.connect(path) as con:
        return set(con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index'"))


def test_fast_writes_store_what_core_stores(
    tmp_path: Path, _sqlite_template: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    exported = _exported(tmp_path, _sqlite_template)
    fast = _fresh(tmp_path, _sqlite_template, "fast.db")
    core = _fresh(tmp_path, _sqlite_template, "core.db")
    indexes = _indexes(fast)
    _import(fast, exported)
    monkeypatch.setattr(bulk, "RAW_SQLITE", False)
    _import(core, exported)
    assert _stored(fast) == _stored(core)
    assert len(_stored(fast)["appearances"]) == 5
    assert _indexes(fast) == indexes  # dropped for the import, all made again


@given(st.datetimes(timezones=st.just(dt.UTC)) | st.datetimes())
def test_timestamps_are_stored_as_sqlalchemy_stores_them(value: dt.datetime) -> None:
    expected = DateTime(timezone=True).dialect_impl(DIALECT).bind_processor(DIALECT)
    assert expected is not None
    assert bulk.stored_timestamp(value) == expected(value)
    assert bulk._timestamps([value, None]) == [expected(value), None]


@given(st.dates(), st.lists(st.text()))
def test_dates_and_json_are_stored_as_sqlalchemy_stores_them(
    day: dt.date, names: list[str]
) -> None:
    stored_date = Date().dialect_impl(DIALECT).bind_processor(DIALECT)
    stored_json = JSON().dialect_impl(DIALECT).bind_processor(DIALECT)
    assert stored_date is not None and stored_json is not None
    assert bulk._dates([day]) == [stored_date(day)]
    assert bulk._json([names]) == [stored_json(names)]
