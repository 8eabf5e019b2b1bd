"""Fixtures shared by every layer of tests.

`db_url` is parametrised over SQLite and PostgreSQL: each test gets its own fresh SQLite
file, or its own PostgreSQL schema, so the suite runs in parallel. PostgreSQL tests run
when `CLAIMS_TEST_POSTGRES_URL` is set (and fail if it is set but unreachable); without it
they are skipped with a reason.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from claims.db import Database, make_engine, open_database

POSTGRES_ENV = "CLAIMS_TEST_POSTGRES_URL"
SHARED_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"


def postgres_base_url() -> URL | None:
    raw = os.environ.get(POSTGRES_ENV)
    if not raw:
        return None
    url = make_url(raw)
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    return url


@pytest.fixture(scope="session")
def _sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated SQLite file, copied for each test: migrating once keeps the suite quick."""
    path = tmp_path_factory.mktemp("template") / "claims.db"
    open_database(str(path)).engine.dispose()
    return path


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path, _sqlite_template: Path) -> Iterator[str]:
    if request.param == "sqlite":
        path = tmp_path / "claims.db"
        shutil.copy(_sqlite_template, path)
        yield str(path)
        return
    base = postgres_base_url()
    if base is None:
        pytest.skip(f"PostgreSQL not configured: set {POSTGRES_ENV} to run these")
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = make_engine(base)
    with admin.begin() as conn:  # an unreachable server fails the test, as it should
        conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    url = base.update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.begin() as conn:
            conn.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture
def database(db_url: str) -> Iterator[Database]:
    opened = open_database(db_url)
    yield opened
    opened.engine.dispose()


@pytest.fixture
def session(database: Database) -> Iterator[Session]:
    """One transaction, committed at the end of the test if it did not fail."""
    with database.Session.begin() as s:
        yield s


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No test ever touches the user's real database or reviewer name."""
    monkeypatch.setenv("CLAIMS_DB", str(tmp_path / "default.db"))
    monkeypatch.setenv("CLAIMS_REVIEWER", "tester")
    monkeypatch.setenv("COLUMNS", "200")


Invoke = Callable[..., Any]


@pytest.fixture
def cli(db_url: str, monkeypatch: pytest.MonkeyPatch) -> Invoke:
    """Run `claims ...` in-process against the test database."""
    from claims.cli import app

    monkeypatch.setenv("CLAIMS_DB", db_url)
    runner = CliRunner()

    def invoke(*args: str, input: str | None = None) -> Any:
        return runner.invoke(app, list(args), input=input, catch_exceptions=False)

    return invoke
