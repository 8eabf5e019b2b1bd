"""Importing into a database that already holds some of the claims: merge, never clobber."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from claims import review
from claims.db import Database
from claims.export import write_csv, write_jsonl
from claims.importer import import_path
from claims.queries import Filters, get_claim
from claims.records import claim_dict
from tests.conftest import Invoke
from tests.export.conftest import TRICKY, populate


def _jsonl(database: Database, path: Path) -> Path:
    out = io.StringIO()
    with database.begin() as session:
        write_jsonl(session, Filters(), out)
    path.write_text(out.getvalue(), encoding="utf-8")
    return path


def test_same_id_other_text_is_another_claim(
    database: Database, empty_database: Database, tmp_path: Path
) -> None:
    with database.begin() as session:
        populate(session)
    path = _jsonl(database, tmp_path / "claims.jsonl")
    with empty_database.begin() as session:
        source = review.find_or_add_source(session, review.SourceInfo(url="https://x.example/"))
        review.add_claim(session, "A claim of our own", "erin", source=source)
    with empty_database.begin() as session:
        report = import_path(session, path, actor="dana")
    assert report.counts["added"] == 4
    with empty_database.begin() as session:
        ours = claim_dict(get_claim(session, 1), session=session)
        moved = claim_dict(get_claim(session, 5), session=session)  # ids 1..4 taken or kept
    assert ours["text"] == "A claim of our own"
    assert moved["text"] == TRICKY
    assert [(k["claim_id"], k["relation"]) for k in moved["links"]] == [
        (2, "contradicts"),
        (3, "similar"),
    ]


def test_a_newer_review_here_is_kept_an_older_one_replaced(
    database: Database, empty_database: Database, tmp_path: Path
) -> None:
    with database.begin() as session:
        ids = populate(session)
    path = _jsonl(database, tmp_path / "claims.jsonl")
    with empty_database.begin() as session:
        import_path(session, path, actor="dana")
    with empty_database.begin() as session:  # reviewed again here, after the export
        review.set_verdict(session, ids[0], "false", "erin")
    with empty_database.begin() as session:
        report = import_path(session, path, actor="dana")
    assert report.counts["added"] == 0
    assert report.counts["merged, review kept"] == 4
    with empty_database.begin() as session:
        assert get_claim(session, ids[0]).verdict == "false"

    with database.begin() as session:  # now the other side reviews it later still
        review.set_verdict(session, ids[0], "true", "alice")
    path = _jsonl(database, tmp_path / "newer.jsonl")
    with empty_database.begin() as session:
        report = import_path(session, path, actor="dana")
    assert report.counts["merged, review updated"] == 1
    with empty_database.begin() as session:
        claim = claim_dict(get_claim(session, ids[0]), session=session)
    assert claim["verdict"] == "true"
    verdicts = [(e["actor"], e["to"]) for e in claim["history"] if e["field"] == "verdict"]
    assert verdicts == [("alice", "mostly_true"), ("erin", "false"), ("alice", "true")]
    assert claim["history"][-1]["note"].endswith("took the file's newer review")


def test_bad_rows_are_reported_and_nothing_is_written(cli: Invoke, tmp_path: Path) -> None:
    cli("add", "Inflation fell to 2.2 percent", "--url", "https://example.org/cpi")
    cli("add", "Rents rose 9 percent", "--url", "https://example.org/rents")
    good = tmp_path / "good.csv"
    assert cli("export", "-o", str(good)).exit_code == 0
    with good.open(encoding="utf-8", newline="") as fp:
        rows = list(csv.DictReader(fp))
    rows[0] |= {"verdict": "maybe", "checkworthiness": "high"}
    rows[1]["appearances_json"] = rows[1]["appearances_json"].replace('"source"', '"sauce"', 1)
    bad = tmp_path / "bad.csv"
    with bad.open("w", encoding="utf-8", newline="") as fp:
        writer = csv.DictWriter(fp, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    result = cli("import", str(bad), "--dry-run")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"{bad}:2: checkworthiness: not a number: 'high'",
        f"{bad}:2: verdict: unknown verdict 'maybe'; use one of: unverified, true, "
        "mostly_true, mixed, misleading, mostly_false, false, unverifiable, not_checkable",
        f"{bad}:3: appearances_json[0].source: missing",
        f"Error: 3 problems in {bad}; nothing was imported",
    ]
    result = cli("import", str(good), "--dry-run")
    assert result.stdout == "Checked 2 claims: no problems (dry run, nothing written).\n"
    assert "2 of 2 claims" in cli("list").stdout  # the dry run merged nothing in


def test_csv_import_into_an_empty_database(
    database: Database, empty_database: Database, tmp_path: Path
) -> None:
    with database.begin() as session:
        populate(session)
        out = io.StringIO(newline="")
        write_csv(session, Filters(), out, excel=True)
    path = tmp_path / "claims.csv"
    path.write_text(out.getvalue(), encoding="utf-8", newline="")
    with empty_database.begin() as session:
        report = import_path(session, path, actor="dana")
    assert (report.problems, report.counts["added"]) == ([], 4)
