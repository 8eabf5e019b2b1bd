"""Drive the review app with Textual's pilot, in plain (synchronous) pytest tests."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Awaitable, Callable

import pytest
from textual.pilot import Pilot

from claims.db import Database
from claims.tui.app import ReviewApp, make_review_app
from tests.tui.seed import Seeded, seed

REVIEWER = "tester"
SIZE = (140, 40)

Scenario = Callable[[Pilot[None], ReviewApp], Awaitable[None]]


@pytest.fixture
def seeded(database: Database) -> Seeded:
    return seed(database)


async def settle(pilot: Pilot[None]) -> None:
    """Wait until every database worker has finished and its results are on screen."""
    for _ in range(50):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        if not any(w.is_running for w in pilot.app.workers):
            await pilot.pause()
            return


async def ready(pilot: Pilot[None]) -> None:
    """Settled, with the count of what is left and the first claim's detail on screen."""
    from claims.tui.screens.review import ReviewScreen
    from claims.tui.widgets.detail import ClaimDetail

    screen = next(s for s in pilot.app.screen_stack if isinstance(s, ReviewScreen))
    for _ in range(200):
        await settle(pilot)
        shown = screen.query_one(ClaimDetail).dossier is not None or not screen.queue.claims
        if screen.left is not None and shown:
            return
        await pilot.pause(0.05)
    raise AssertionError("the review screen never finished loading")


def drive(
    database: Database, scenario: Scenario, *, size: tuple[int, int] = SIZE, **kwargs: object
) -> ReviewApp:
    """Run `scenario` against a fresh review app on `database`, then close it."""
    app = make_review_app(database.Session, REVIEWER, **kwargs)  # type: ignore[arg-type]

    async def run() -> None:
        async with app.run_test(size=size) as pilot:
            await ready(pilot)
            await scenario(pilot, app)

    asyncio.run(run())
    return app


def plain(renderable: object, width: int = 120) -> str:
    """What a renderable shows, as plain text (markup would have been interpreted here)."""
    from rich.console import Console

    console = Console(width=width, record=True, file=open(os.devnull, "w"), color_system=None)  # noqa: SIM115
    console.print(renderable)
    return console.export_text()


def section(app: ReviewApp, name: str) -> str:
    from textual.widgets import Static

    return plain(app.screen.query_one(f"#section-{name}", Static).content)


def notifications(app: ReviewApp) -> list[str]:
    """Collect every notification the app shows from now on."""
    seen: list[str] = []
    show = app.notify

    def notify(message: str, *args: object, **kwargs: object) -> None:
        seen.append(message)
        show(message, *args, **kwargs)  # type: ignore[arg-type]

    app.notify = notify  # type: ignore[method-assign]
    return seen
