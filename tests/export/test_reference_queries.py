"""The benchmark's sqlite3 reference queries produce what the exports produce.

`make bench` times each export against one sqlite3 query; the ratio is only honest if that
query yields the same rows, the same columns and the same nested items. Checked here on
the small database of every awkward field (SQLite only: the reference is the sqlite3 shell).
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path
from typing import Any

import orjson

from claims.db import open_database
from claims.export import write_csv, write_jsonl
from claims.queries import Filters
from tests.benchmarks.test_export_speed import APPEARANCES_SQL, CLAIMS_SQL, JSONL_SQL
from tests.export.conftest import populate

PARTS = ("appearances", "links", "evidence", "history")


def _database(tmp_path: Path, template: Path) -> Path:
    path = tmp_path / "reference.db"
    path.write_bytes(template.read_bytes())
    opened = open_database(str(path))
    with opened.begin() as session:
        populate(session)
    with opened.begin() as session:
        for rows in ("claims", "appearances"):
            out = io.StringIO(newline="")
            write_csv(session, Filters(), out, rows=rows)  # type: ignore[arg-type]
            (tmp_path / f"{rows}.csv").write_text(out.getvalue(), encoding="utf-8", newline="")
        out = io.StringIO()
        write_jsonl(session, Filters(), out)
        (tmp_path / "claims.jsonl").write_text(out.getvalue(), encoding="utf-8")
    opened.engine.dispose()
    return path


def _reference(path: Path, sql: str) -> list[tuple[Any, ...]]:
    with sqlite3.connect(path) as con:
        return con.execute(sql).fetchall()


def _csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as fp:
        return list(csv.reader(fp))[1:]


def _shape(items: list[Any]) -> list[Any]:
    """Nested items with their keys, not their values (timestamps are written differently)."""
    return [sorted(item) if isinstance(item, dict) else item for item in items]


def test_reference_queries_match_the_exports(tmp_path: Path, _sqlite_template: Path) -> None:
    path = _database(tmp_path, _sqlite_template)

    ours = _csv(tmp_path / "appearances.csv")
    reference = _reference(path, APPEARANCES_SQL)
    assert len(reference) == len(ours) == 5
    for mine, theirs in zip(ours, reference, strict=True):
        assert len(theirs) == len(mine)
        assert (mine[0], mine[7], mine[13]) == tuple(
            "" if v is None else str(v) for v in (theirs[0], theirs[7], theirs[13])
        )

    ours = _csv(tmp_path / "claims.csv")
    reference = _reference(path, CLAIMS_SQL)
    assert len(reference) == len(ours) == 4
    for mine, theirs in zip(ours, reference, strict=True):
        assert len(theirs) == len(mine)
        assert (mine[0], mine[18], mine[20]) == (str(theirs[0]), theirs[18], str(theirs[20]))
        for column in range(-4, 0):
            assert _shape(json.loads(theirs[column])) == _shape(json.loads(mine[column]))
        assert json.loads(theirs[-3]) == json.loads(mine[-3])  # links, value for value

    lines = (tmp_path / "claims.jsonl").read_text(encoding="utf-8").splitlines()
    reference = _reference(path, JSONL_SQL)
    assert len(reference) == len(lines) == 4
    for line, theirs in zip(lines, reference, strict=True):
        record = orjson.loads(line)
        # every top-level field but the quantity, which is its six columns
        assert len(theirs) == len(record) - 1 + 6
        assert theirs[0] == record["id"]
        nested = dict(zip((*PARTS[:3], "tags", PARTS[3]), theirs[-5:], strict=True))
        for part, value in nested.items():
            assert _shape(json.loads(value)) == _shape(record[part]), part
        assert json.loads(nested["tags"]) == record["tags"]
        assert json.loads(nested["links"]) == record["links"]
