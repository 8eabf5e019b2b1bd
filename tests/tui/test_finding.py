"""Pilot tests: search, filters (F2 and the command palette), reload, and text as data."""

from __future__ import annotations

from textual.pilot import Pilot
from textual.widgets import Input, Select

from claims import review
from claims.db import Database
from claims.queries import Filters
from claims.tui.app import ReviewApp, queue_filters
from claims.tui.screens.filters import FilterPanel
from claims.tui.screens.prompt import PromptModal
from claims.tui.widgets.claim_queue import ClaimQueue
from tests.tui.conftest import drive, plain, section, settle
from tests.tui.seed import Seeded


def _ids(app: ReviewApp) -> list[int]:
    return [row.id for row in app.screen.query_one(ClaimQueue).claims]


def _status(app: ReviewApp) -> str:
    return plain(app.screen.query_one("#status").content)


def test_slash_searches_and_an_empty_search_clears(database: Database, seeded: Seeded) -> None:
    async def scenario(pilot: Pilot[None], app: ReviewApp) -> None:
        await pilot.press("slash")
        assert isinstance(app.screen, PromptModal)
        await pilot.press(*"kursk", "space", *"region", "enter")
        await settle(pilot)
        assert _ids(app) == [seeded.kursk, seeded.dispute]
        assert "2 left" in _status(app) and "“kursk region”" in _status(app)
        await pilot.press("slash", "ctrl+u", "enter")
        await settle(pilot)
        assert len(_ids(app)) == 4

    drive(database, scenario)


def test_f2_filters_by_kind_and_state_and_keeps_defaults(
    database: Database, seeded: Seeded
) -> None:
    async def scenario(pilot: Pilot[None], app: ReviewApp) -> None:
        await pilot.press("f2")
        panel = app.screen
        assert isinstance(panel, FilterPanel)
        panel.query_one("#filter-kind", Select).value = "quantity"
        panel.query_one("#filter-claimant", Input).value = "krem"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert _ids(app) == [seeded.dispute]
        assert "kind quantity" in _status(app) and "claimant krem" in _status(app)

        await pilot.press("f2")
        app.screen.query_one("#filter-since", Input).value = "12 August"
        await pilot.press("ctrl+s")  # refused with a reason, the panel stays
        assert isinstance(app.screen, FilterPanel)
        assert "use a date like 2024-08-12" in plain(app.screen.query_one("#filters-error").content)
        await pilot.click("#filters-defaults-button")
        await settle(pilot)
        assert len(_ids(app)) == 4

        await pilot.press("f2")
        app.screen.query_one("#filter-verdict", Select).value = Select.NULL  # any verdict
        app.screen.query_one("#filter-worth", Input).value = "0"
        app.screen.query_one("#filter-outlet", Input).value = "example wire"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert sorted(_ids(app)) == sorted(
            [seeded.kursk, seeded.similar, seeded.low, seeded.judged]
        )
        await pilot.press("f2", "escape")  # cancelled: unchanged
        await settle(pilot)
        assert len(_ids(app)) == 4

    drive(database, scenario)


def test_the_command_palette_opens_the_filters(database: Database, seeded: Seeded) -> None:
    async def scenario(pilot: Pilot[None], app: ReviewApp) -> None:
        await pilot.press("ctrl+p")
        await pilot.press(*"Filter the queue")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause(0.2)
        assert isinstance(app.screen, FilterPanel)

    drive(database, scenario)


def test_r_reloads_and_keeps_the_cursor_on_its_claim(database: Database, seeded: Seeded) -> None:
    async def scenario(pilot: Pilot[None], app: ReviewApp) -> None:
        await pilot.press("j")
        with database.begin() as session:  # a colleague ingests a more check-worthy claim
            source = review.find_or_add_source(
                session, review.SourceInfo(url="https://example.org/new")
            )
            review.add_claim(session, "Fresh claim", "ingest", source=source, checkworthiness=1)
        await pilot.press("r")
        await settle(pilot)
        queue = app.screen.query_one(ClaimQueue)
        assert len(queue.claims) == 5 and "5 left" in _status(app)
        assert queue.current is not None and queue.current.id == seeded.dispute

    drive(database, scenario)


def test_article_text_is_shown_literally(database: Database, seeded: Seeded) -> None:
    async def scenario(pilot: Pilot[None], app: ReviewApp) -> None:
        await pilot.press("G")
        await settle(pilot)
        queue = app.screen.query_one(ClaimQueue)
        index = queue.index_of(seeded.hostile)
        assert index is not None
        line = queue.render_line(index - queue.scroll_offset.y + 1).text  # what is drawn
        assert "The mayor said [bol…" in line and "[i]Mayor[/i] …" in line
        claim, passage = section(app, "claim"), section(app, "passage")
        assert "The mayor said [bold]all[/bold] roads are ␛[31mclosed␛[0m␇ today" in claim
        assert "[red]Odd Wire[/red]" in passage
        assert "[bold]Breaking[/bold] ␛[31mred␛[0m" in passage
        assert "\x1b" not in claim + passage + line

    drive(database, scenario)


def test_queue_filters_default_to_the_review_queue() -> None:
    assert queue_filters() == Filters(
        verdict="unverified", not_state="done", min_checkworthiness=0.5
    )
    assert queue_filters(Filters(verdict="false", state="done")) == Filters(
        verdict="false", state="done", min_checkworthiness=0.5
    )
    assert queue_filters(Filters(outlet="X", min_checkworthiness=0)).min_checkworthiness == 0
