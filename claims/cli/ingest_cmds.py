"""`claims ingest` (articles in) and `claims demo` (the sample articles, then review)."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from claims import queries
from claims.cli.common import (
    JsonOption,
    ReviewerOption,
    console,
    database,
    err_console,
    parse_date,
    print_json,
    reviewer_name,
)
from claims.cli.render import claims_table
from claims.db import Database, describe, open_database
from claims.errors import InvalidInputError
from claims.ingest import readers
from claims.ingest.batch import MAX_ARTICLES
from claims.ingest.pipeline import Pipeline, Result, Summary
from claims.ingest.readers import Article, Failure, Overrides

PROGRESS_AFTER = 5  # more inputs than this get a progress bar (on a terminal)

_ROWS = (
    ("articles", "Articles stored"),
    ("revisions", "… of which revisions of a stored URL"),
    ("new_claims", "New claims"),
    ("matched", "Claims matched to existing ones"),
    ("similar", "Similar links suggested"),
    ("contradictions", "Contradictions flagged"),
    ("reanchored", "Passages re-anchored in revisions"),
    ("orphaned", "Passages orphaned by revisions"),
    ("superseded", "Claims superseded by revisions"),
    ("duplicates", "Duplicates skipped"),
    ("failures", "Failures"),
)


def ingest(
    ctx: typer.Context,
    inputs: Annotated[
        list[str],
        typer.Argument(
            help="Files (.txt .md .html .jsonl), folders, http(s) URLs, or - for stdin.",
            metavar="PATH|URL|-...",
            show_default=False,
        ),
    ],
    outlet: Annotated[str | None, typer.Option(help="Outlet, replacing what was found.")] = None,
    url: Annotated[str | None, typer.Option(help="URL of the article (one input only).")] = None,
    published: Annotated[
        str | None, typer.Option(help="Publication date YYYY-MM-DD, replacing what was found.")
    ] = None,
    title: Annotated[str | None, typer.Option(help="Title, replacing what was found.")] = None,
    jobs: Annotated[
        int, typer.Option("--jobs", "-j", min=1, help="Extract claims in this many processes.")
    ] = 1,
    reviewer: ReviewerOption = None,
    as_json: JsonOption = False,
) -> None:
    """Add articles and the claims found in them; match them to the claims already stored.

    Each article is stored on its own (in a savepoint): one that fails leaves nothing
    behind, the others go in. Exit code 1 if any failed.
    """
    targets = readers.expand(inputs)
    if url and len(targets) > 1:
        raise InvalidInputError("--url names one article: give one input with it")
    if targets.count(readers.STDIN) > 1:
        raise InvalidInputError("- (standard input) can be given only once")
    overrides = Overrides(
        title=title, outlet=outlet, url=url, published=parse_date(published, "--published")
    )
    opened = database(ctx)
    total = sum(readers.count_articles(t) for t in targets)
    with (
        Pipeline(
            opened,
            actor=reviewer_name(reviewer),
            jobs=jobs,
            overrides=overrides,
            # A URL may take seconds to fetch, standard input longer: commit each article
            # rather than hold the database's write lock over the wait.
            batch=1
            if any(readers.is_url(t) or t == readers.STDIN for t in targets)
            else MAX_ARTICLES,
        ) as pipeline,
        _progress(total, show=total > PROGRESS_AFTER and err_console.is_terminal) as advance,
    ):
        summary = pipeline.run(readers.read_all(targets), on_result=advance)
    if as_json:
        print_json(summary_dict(summary))
    else:
        console.print(summary_table(summary))
    if summary.failures:
        raise typer.Exit(1)


@contextmanager
def _progress(total: int, *, show: bool) -> Iterator[Any]:
    """A callback for each result: prints warnings and failures, moves the bar."""

    def report(result: Result) -> None:
        if isinstance(result, Failure):
            err_console.print(f"Error: {result}", markup=False, highlight=False, soft_wrap=True)
            return
        for warning in result.warnings:
            err_console.print(
                f"Warning: {result.origin}: {warning}",
                markup=False,
                highlight=False,
                soft_wrap=True,
            )

    if not show:
        yield report
        return
    progress = Progress(
        TextColumn("Ingesting"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err_console,
        transient=True,
    )
    task = progress.add_task("ingest", total=total)
    with progress:

        def advance(result: Result) -> None:
            report(result)
            progress.advance(task)

        yield advance


def summary_table(summary: Summary) -> Table:
    table = Table(title="Ingest summary", title_justify="left", show_header=False)
    table.add_column("what")
    table.add_column("count", justify="right")
    counts = summary.counts()
    for key, label in _ROWS:
        if key in ("revisions", "reanchored", "orphaned") and not counts[key]:
            continue  # only worth a line when a changed article came in
        table.add_row(label, str(counts[key]))
    return table


def summary_dict(summary: Summary) -> dict[str, Any]:
    return {
        **summary.counts(),
        "sources": [
            {
                "input": o.origin,
                "status": o.status,
                "source": o.source_id,
                "duplicate_of": o.duplicate_of,
                "replaces": o.replaces,
                "claims": o.claims,
                "new_claims": o.new_claims,
                "matched": o.matched,
                "similar": o.similar,
                "contradictions": o.contradictions,
                "reanchored": o.reanchored,
                "orphaned": o.orphaned,
                "superseded": o.superseded,
                "warnings": list(o.warnings),
            }
            for o in summary.outcomes
        ],
        "errors": [{"input": f.origin, "error": f.message} for f in summary.failures],
    }


# --- demo -----------------------------------------------------------------------------------


def example_articles() -> Iterator[Article | Failure]:
    """The sample articles shipped in `claims/examples/`, in name order."""
    folder = resources.files("claims") / "examples"
    entries = sorted(
        (
            e
            for e in folder.iterdir()
            if Path(e.name).suffix in (".txt", ".md", ".jsonl")
            and not e.name.upper().startswith("README")
        ),
        key=lambda e: e.name,
    )
    for entry in entries:
        yield from readers.read_data(f"examples/{entry.name}", entry.read_bytes())


def demo(
    ctx: typer.Context,
    db: Annotated[
        str | None,
        typer.Option(
            "--db",
            help="Load into this database (path or URL) [default: a new one in a temporary "
            "folder].",
            show_default=False,
        ),
    ] = None,
    no_review: Annotated[
        bool, typer.Option("--no-review", help="Print the top claims instead of opening review.")
    ] = False,
    reviewer: ReviewerOption = None,
) -> None:
    """Load the sample articles into a fresh database, then open the review app."""
    target = db or _root_db_from_command_line(ctx)
    if target is None:
        folder = Path(tempfile.mkdtemp(prefix="claims-demo-"))
        target = str(folder / "demo.db")
    opened = open_database(target)
    actor = reviewer_name(reviewer)
    with Pipeline(opened, actor=actor) as pipeline:
        summary = pipeline.run(example_articles(), on_result=_report_failures)
    console.print(summary_table(summary))
    interactive = sys.stdin.isatty() and sys.stdout.isatty() and not os.environ.get("CI")
    launch = _review_launcher()
    if no_review or not interactive or launch is None:
        _print_top_claims(opened)
        console.print(f"Demo database: {describe(opened.url)}", markup=False, highlight=False)
        console.print(
            f"Try: claims --db {_quoted(target)} list   (or: review, show ID, export)",
            markup=False,
            highlight=False,
        )
        return
    launch(opened, actor, queries.Filters())


def _report_failures(result: Result) -> None:
    if isinstance(result, Failure):
        err_console.print(f"Error: {result}", markup=False, highlight=False, soft_wrap=True)


def _root_db_from_command_line(ctx: typer.Context) -> str | None:
    """`claims --db X demo` loads into X; `$CLAIMS_DB` never does (it is your real data)."""
    root = ctx.find_root()
    source = root.get_parameter_source("db")  # typer's own click: compare by name
    if getattr(source, "name", None) == "COMMANDLINE":
        value = root.params.get("db")
        return str(value) if value else None
    return None


def _review_launcher() -> Any:
    """`launch_review(database, reviewer, filters)` from the review command, if there is one."""
    try:
        from claims.cli import review_cmds
    except ImportError:
        return None
    return getattr(review_cmds, "launch_review", None)


def _print_top_claims(opened: Database, limit: int = 10) -> None:
    with opened.begin() as session:
        top = queries.list_claims(session, queries.Filters(), limit=limit)
        total = queries.count_claims(session, queries.Filters())
        console.print(claims_table(top, total))


def _quoted(text: str) -> str:
    return f'"{text}"' if " " in text else text


def register(app: typer.Typer) -> None:
    app.command("ingest")(ingest)
    app.command("demo")(demo)
