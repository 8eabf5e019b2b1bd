"""Bad input: one clear line on stderr, a non-zero exit, nothing half-written."""

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import Invoke


def _one_line_error(result, fragment: str, code: int = 1) -> None:  # type: ignore[no-untyped-def]
    assert result.exit_code == code, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert fragment in lines[0]
    assert "Traceback" not in result.output


def test_unknown_id(cli: Invoke) -> None:
    _one_line_error(cli("show", "999"), "Error: no claim with id 999")


def test_unknown_verdict_changes_nothing(cli: Invoke) -> None:
    cli("add", "Prices doubled", "--url", "https://example.org/p")
    _one_line_error(cli("mark", "1", "banana"), "unknown verdict 'banana'")
    assert len(json.loads(cli("show", "1", "--json").stdout)["history"]) == 1


def test_bad_evidence_url_rolls_back_the_verdict(cli: Invoke) -> None:
    cli("add", "Prices doubled", "--url", "https://example.org/p")
    _one_line_error(cli("mark", "1", "true", "--evidence", "not-a-url"), "must start with http")
    assert json.loads(cli("show", "1", "--json").stdout)["verdict"] == "unverified"


def test_malformed_date(cli: Invoke) -> None:
    result = cli("add", "x", "--url", "https://example.org/d", "--published", "26/08/2024")
    _one_line_error(result, "--published: not a date")
    _one_line_error(cli("list", "--since", "yesterday"), "--since: not a date")


def test_add_without_a_source(cli: Invoke) -> None:
    _one_line_error(cli("add", "x"), "--source ID or --url URL")


def _run(*args: str, db: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "claims", "--db", db, *args],
        capture_output=True,
        text=True,
        check=False,
    )


def test_database_that_cannot_be_opened(tmp_path: Path) -> None:
    result = _run("list", db=str(tmp_path / "no" / "such" / "folder" / "c.db"))
    assert result.returncode == 1
    assert result.stderr.startswith("Error: cannot open database")
    assert len(result.stderr.strip().splitlines()) == 1


def test_not_a_database(tmp_path: Path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite" * 100)
    result = _run("list", db=str(junk))
    assert result.returncode == 1
    assert "file is not a database" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_read_only_database(tmp_path: Path) -> None:
    path = tmp_path / "ro.db"
    assert _run("init", db=str(path)).returncode == 0
    url = f"sqlite:///file:{path}?mode=ro&uri=true"
    result = _run("add", "x", "--url", "https://example.org/r", db=url)
    assert result.returncode == 1
    assert "readonly" in result.stderr.replace("-", "").replace(" ", "")
    assert len(result.stderr.strip().splitlines()) == 1


def test_database_newer_than_this_version(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    assert _run("init", db=str(path)).returncode == 0
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'ffff9999'")
    result = _run("list", db=str(path))
    assert result.returncode == 1
    assert "newer than this version of claims knows" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("args", [["list", "--limit", "many"], ["frobnicate"]])
def test_usage_errors_exit_2(cli: Invoke, args: list[str]) -> None:
    result = cli(*args)
    assert result.exit_code == 2
    assert "Traceback" not in result.output
