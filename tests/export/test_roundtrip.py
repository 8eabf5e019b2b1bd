"""export → import into an empty database → export again gives the same bytes."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from claims.db import Database
from claims.export import claim_records, write_claimreview, write_csv, write_jsonl
from claims.importer import import_path
from claims.queries import Filters, get_claim
from claims.records import claim_dict
from tests.export.conftest import populate


def _export(database: Database, fmt: str) -> str:
    out = io.StringIO(newline="")
    with database.begin() as session:
        if fmt == "jsonl":
            write_jsonl(session, Filters(), out)
        elif fmt == "claimreview":
            write_claimreview(session, Filters(), out)
        else:
            write_csv(session, Filters(), out, rows=fmt.split(":")[1])  # type: ignore[arg-type]
    return out.getvalue()


@pytest.mark.parametrize("fmt", ["jsonl", "csv:claims", "csv:appearances"])
def test_round_trip_is_byte_identical(
    database: Database, empty_database: Database, tmp_path: Path, fmt: str
) -> None:
    with database.begin() as session:
        populate(session)
    first = _export(database, fmt)
    path = tmp_path / ("out.jsonl" if fmt == "jsonl" else "out.csv")
    path.write_bytes(first.encode("utf-8"))
    with empty_database.begin() as session:
        report = import_path(session, path, actor="dana")
    assert report.problems == []
    assert report.counts["added"] == 4
    second = _export(empty_database, fmt)
    assert second == first
    # and once more: importing into the same database again merges, adds nothing
    with empty_database.begin() as session:
        again = import_path(session, path, actor="dana")
    assert again.counts["added"] == 0
    assert _export(empty_database, fmt) == first


def test_the_import_is_in_the_history(
    database: Database, empty_database: Database, tmp_path: Path
) -> None:
    with database.begin() as session:
        ids = populate(session)
    path = tmp_path / "claims.jsonl"
    path.write_text(_export(database, "jsonl"), encoding="utf-8")
    with empty_database.begin() as session:
        import_path(session, path, actor="dana")
    with empty_database.begin() as session:
        history = claim_dict(get_claim(session, ids[0]), session=session)["history"]
    with database.begin() as session:
        original = claim_dict(get_claim(session, ids[0]), session=session)["history"]
    assert history[:-1] == original  # copied as it was: actors and times kept
    assert history[-1]["field"] == "imported"
    assert history[-1]["actor"] == "dana"
    assert history[-1]["note"] == "from claims.jsonl line 1 (jsonl)"


def test_streamed_records_are_show_json(database: Database) -> None:
    with database.begin() as session:
        ids = populate(session)
    with database.begin() as session:
        streamed = list(claim_records(session, Filters(), batch=3))
        expected = [claim_dict(get_claim(session, i), session=session) for i in ids]
    assert streamed == expected


def test_export_filters(database: Database) -> None:
    with database.begin() as session:
        populate(session)
    with database.begin() as session:
        out = io.StringIO()
        assert write_jsonl(session, Filters(verdict="false"), out) == 1
    assert '"text":"=1+1"' in out.getvalue()
