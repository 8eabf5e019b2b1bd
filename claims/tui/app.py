"""The review app: `claims review` and `claims demo` start it, the tests drive it.

Dependencies are injected: the app gets a SQLAlchemy `sessionmaker`, the reviewer's name and
the queue filters, from `make_review_app`, the one factory the command line and the tests
share. It knows nothing of the command line.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable
from dataclasses import replace

from sqlalchemy.orm import Session, sessionmaker
from textual.app import App, SystemCommand
from textual.screen import Screen

from claims.queries import Filters
from claims.tui.screens.review import ReviewScreen

DEFAULT_QUEUE = Filters(verdict="unverified", not_state="done", min_checkworthiness=0.5)


def queue_filters(filters: Filters | None = None) -> Filters:
    """The reviewer's filters over the queue's defaults: unverified, not done, worth ≥ 0.5.

    A filter the reviewer gave wins: `--verdict false` shows false claims, `--state done`
    shows done ones.
    """
    if filters is None:
        return DEFAULT_QUEUE
    return replace(
        filters,
        verdict=filters.verdict or DEFAULT_QUEUE.verdict,
        not_state=None if filters.state else (filters.not_state or DEFAULT_QUEUE.not_state),
        min_checkworthiness=(
            DEFAULT_QUEUE.min_checkworthiness
            if filters.min_checkworthiness is None
            else filters.min_checkworthiness
        ),
    )


class ReviewApp(App[None]):
    """Work through the claim queue by keyboard."""

    CSS_PATH = "review.tcss"
    TITLE = "claims review"

    def __init__(self, sessions: sessionmaker[Session], reviewer: str, filters: Filters) -> None:
        super().__init__()
        self.sessions = sessions
        self.reviewer = reviewer
        self.filters = filters
        self.sub_title = reviewer

    def on_mount(self) -> None:
        # What is imported and built by now lives as long as the app. Frozen, a full garbage
        # collection no longer walks it, which took 0.1–0.2 s: a key press lost to a pause.
        gc.freeze()

    def on_unmount(self) -> None:
        gc.unfreeze()

    def get_default_screen(self) -> Screen[None]:
        return ReviewScreen(self.sessions, self.reviewer, self.filters, DEFAULT_QUEUE)

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        if isinstance(screen, ReviewScreen):
            yield SystemCommand(
                "Filter the queue",
                "Verdict, state, outlet, claimant, kind, tag, date range (F2)",
                screen.action_filters,
            )
            yield SystemCommand("Search", "Claims containing these words (/)", screen.action_search)
            yield SystemCommand("Reload", "Read the queue again (r)", screen.action_reload)
            yield SystemCommand(
                "Review keys", "Every key of the review app (?)", screen.action_help
            )


def make_review_app(
    sessions: sessionmaker[Session], reviewer: str, filters: Filters | None = None
) -> ReviewApp:
    """The review app on a database, for a reviewer, over the queue `filters` select."""
    return ReviewApp(sessions, reviewer, queue_filters(filters))
