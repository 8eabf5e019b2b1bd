"""Screenshots of the review app, compared with the accepted SVGs in __snapshots__/.

Fixed data, times, reviewer and terminal size; SQLite only (the screens do not depend on
the database). After a deliberate change to the look: `pytest tests/tui --snapshot-update`,
then look at the new SVGs before committing them.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from claims.db import Database, open_database
from claims.tui.app import ReviewApp, make_review_app
from tests.tui.conftest import REVIEWER, ready
from tests.tui.seed import seed

SIZE = (150, 42)
Compare = Callable[..., bool]


@pytest.fixture
def app(tmp_path: Path, _sqlite_template: Path) -> Iterator[ReviewApp]:
    path = tmp_path / "snap.db"
    shutil.copy(_sqlite_template, path)
    database: Database = open_database(str(path))
    seed(database)
    yield make_review_app(database.Session, REVIEWER)
    database.engine.dispose()


async def _ready(pilot: Pilot[Any]) -> None:
    await ready(pilot)


def _then(*keys: str) -> Callable[[Pilot[Any]], Any]:
    async def run_before(pilot: Pilot[Any]) -> None:
        await ready(pilot)
        await pilot.press(*keys)
        await ready(pilot)
        for field in pilot.app.screen.query(Input):
            field.cursor_blink = False  # a blinking cursor would make the picture flicker

    return run_before


class TestMainScreen:
    def test_queue_and_detail(self, snap_compare: Compare, app: ReviewApp) -> None:
        assert snap_compare(app, terminal_size=SIZE, run_before=_ready)

    def test_hostile_text_shown_literally(self, snap_compare: Compare, app: ReviewApp) -> None:
        assert snap_compare(app, terminal_size=SIZE, run_before=_then("G"))


class TestModals:
    def test_help(self, snap_compare: Compare, app: ReviewApp) -> None:
        assert snap_compare(app, terminal_size=SIZE, run_before=_then("question_mark"))

    def test_evidence(self, snap_compare: Compare, app: ReviewApp) -> None:
        assert snap_compare(app, terminal_size=SIZE, run_before=_then("e"))

    def test_filters(self, snap_compare: Compare, app: ReviewApp) -> None:
        assert snap_compare(app, terminal_size=SIZE, run_before=_then("f2"))
