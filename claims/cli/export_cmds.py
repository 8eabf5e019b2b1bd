"""`claims export` and `claims import`: claims out to a file or stdout, and back in."""

import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, TextIO

import typer
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    TaskProgressColumn,
    TextColumn,
    TimeRemainingColumn,
)
from sqlalchemy.orm import Session

from claims import importer, queries
from claims.cli.common import (
    ReviewerOption,
    console,
    database,
    err_console,
    reviewer_name,
    with_filters,
)
from claims.errors import InvalidInputError
from claims.export import FORMATS, ROW_KINDS, write_claimreview, write_csv, write_jsonl
from claims.queries import Filters

SUFFIX_FORMATS = {
    ".csv": "csv",
    ".jsonl": "jsonl",
    ".json": "claimreview",
    ".jsonld": "claimreview",
}
MAX_PROBLEMS_SHOWN = 200


@with_filters
def export(
    ctx: typer.Context,
    filters: Filters,
    format: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            help="jsonl, csv or claimreview [default: from the file name, else jsonl]",
            show_default=False,
        ),
    ] = None,
    output: Annotated[
        str, typer.Option("--output", "-o", help="File to write, or - for stdout.")
    ] = "-",
    rows: Annotated[
        str, typer.Option(help="CSV: one row per claim, or per appearance (appearances).")
    ] = "claims",
    excel: Annotated[
        bool, typer.Option("--excel", help="CSV: start with a byte-order mark for Excel.")
    ] = False,
    jsonl: Annotated[
        bool, typer.Option("--jsonl", help="ClaimReview: one object per line, not an array.")
    ] = False,
    with_import_events: Annotated[
        bool,
        typer.Option("--with-import-events", help="Keep the history events `claims import` added."),
    ] = False,
) -> None:
    """Export claims with their sources, evidence and history (JSONL, CSV or ClaimReview)."""
    fmt = format or SUFFIX_FORMATS.get(Path(output).suffix.lower(), "jsonl")
    if fmt not in FORMATS:
        raise InvalidInputError(f"unknown format {fmt!r}; use one of: {', '.join(FORMATS)}")
    if rows not in ROW_KINDS:
        raise InvalidInputError(f"--rows: use one of: {', '.join(ROW_KINDS)}")

    def write(out: TextIO, progress: Callable[[int], None] | None) -> int:
        if fmt == "csv":
            return write_csv(
                session,
                filters,
                out,
                rows=rows,  # checked against ROW_KINDS above
                excel=excel,
                with_import_events=with_import_events,
                progress=progress,
            )
        if fmt == "claimreview":
            return write_claimreview(session, filters, out, jsonl=jsonl, progress=progress)
        return write_jsonl(
            session, filters, out, with_import_events=with_import_events, progress=progress
        )

    with database(ctx).begin() as session:
        if output == "-":
            write(sys.stdout, None)
            return
        path = Path(output)
        with _atomic(path) as fp, _progress(session, filters, "Exporting") as progress:
            count = write(fp, progress)
    if fmt == "csv" and rows == "appearances":
        console.print(f"Wrote {count} appearance rows to {path}.", markup=False)
    elif fmt == "claimreview":
        console.print(f"Wrote {count} ClaimReview objects to {path}.", markup=False)
    else:
        console.print(f"Wrote {count} claims to {path}.", markup=False)


@contextmanager
def _atomic(path: Path) -> Iterator[TextIO]:
    """A temporary file beside `path`, renamed over it only when writing succeeded."""
    if path.is_dir():
        raise InvalidInputError(f"{path} is a folder; name a file to write")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fp:
            yield fp
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@contextmanager
def _progress(
    session: Session, filters: Filters, what: str
) -> Iterator[Callable[[int], None] | None]:
    """A progress bar of claims on stderr when it is a terminal; otherwise nothing."""
    if not err_console.is_terminal:
        yield None
        return
    with _bar(what, queries.count_claims(session, filters), MofNCompleteColumn()) as advance:
        yield advance


@contextmanager
def _bar(what: str, total: int, done: ProgressColumn) -> Iterator[Callable[[int], None]]:
    columns = (TextColumn("{task.description}"), BarColumn(), done, TimeRemainingColumn())
    with Progress(*columns, console=err_console, transient=True) as bar:
        task = bar.add_task(what, total=total)
        yield lambda n: bar.advance(task, n)


@contextmanager
def _import_progress(path: Path) -> Iterator[Callable[[int], None] | None]:
    """A progress bar of the lines of the input on stderr when it is a terminal."""
    if not err_console.is_terminal:
        yield None
        return
    with _bar(
        f"Importing {path.name}", importer.count_lines(path), TaskProgressColumn()
    ) as advance:
        yield advance


def import_claims(
    ctx: typer.Context,
    path: Annotated[
        Path, typer.Argument(help="A file, or a folder of ClaimReview files.", show_default=False)
    ],
    format: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            help="csv, jsonl or claimreview [default: from the name and content]",
            show_default=False,
        ),
    ] = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Only check the file; write nothing.")
    ] = False,
    reviewer: ReviewerOption = None,
) -> None:
    """Import claims from our CSV or JSONL export, or from others' ClaimReview markup."""
    actor = reviewer_name(reviewer)
    opened = database(ctx)
    with opened.Session() as session, _import_progress(path) as progress:
        report = importer.import_path(session, path, actor=actor, fmt=format, progress=progress)
        if report.problems or dry_run:
            session.rollback()
        else:
            session.commit()
    for problem in report.problems[:MAX_PROBLEMS_SHOWN]:
        err_console.print(str(problem), markup=False, highlight=False, soft_wrap=True)
    if len(report.problems) > MAX_PROBLEMS_SHOWN:
        more = len(report.problems) - MAX_PROBLEMS_SHOWN
        err_console.print(f"... and {more} more problems", markup=False)
    if report.problems:
        raise InvalidInputError(f"{len(report.problems)} problems in {path}; nothing was imported")
    files = f" in {report.files} files" if report.files != 1 else ""
    if dry_run:
        console.print(
            f"Checked {report.claims} claims{files}: no problems (dry run, nothing written).",
            markup=False,
        )
        return
    details = ", ".join(f"{n} {what}" for what, n in sorted(report.counts.items()) if n)
    console.print(
        f"Imported {report.claims} claims{files} from {path}"
        + (f": {details}." if details else "."),
        markup=False,
    )


def register(app: typer.Typer) -> None:
    app.command("export")(export)
    app.command("import")(import_claims)
