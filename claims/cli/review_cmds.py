"""`claims review`: the terminal review app on the queue the filters select."""

from dataclasses import replace
from typing import Annotated

import typer

from claims import settings
from claims.cli.common import ReviewerOption, database, reviewer_name, with_filters
from claims.db import Database
from claims.errors import InvalidInputError
from claims.queries import Filters


def launch_review(database: Database, reviewer: str, filters: Filters | None = None) -> None:
    """Run the review app until the reviewer quits (`claims demo` calls this too)."""
    from claims.tui.app import make_review_app  # Textual loads only when the app starts

    make_review_app(database.Session, reviewer, filters).run()


@with_filters
def review(
    ctx: typer.Context,
    filters: Filters,
    min_worth: Annotated[
        float | None,
        typer.Option(
            "--min-worth",
            help="Only claims at least this check-worthy, 0 to 1 [default: 0.5].",
            show_default=False,
        ),
    ] = None,
    reviewer: ReviewerOption = None,
) -> None:
    """Review the queue by keyboard: unverified, not done, most check-worthy first.

    Filters narrow the queue; `--verdict` or `--state` replace its defaults. Press ? in the
    app for every key. Each verdict, note or piece of evidence is saved at once.
    """
    if min_worth is not None and not 0 <= min_worth <= 1:
        raise InvalidInputError(f"--min-worth must be between 0 and 1: {min_worth}")
    if min_worth is not None:
        filters = replace(filters, min_checkworthiness=min_worth)
    opened = database(ctx)
    if filters.verdict:  # a typo would show an empty queue: say so instead
        with opened.begin() as session:
            filters = replace(
                filters, verdict=settings.check_verdict(session, filters.verdict).name
            )
    launch_review(opened, reviewer_name(reviewer), filters)


def register(app: typer.Typer) -> None:
    app.command("review")(review)
