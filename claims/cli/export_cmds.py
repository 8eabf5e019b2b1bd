"""`claims export`: claims out to a file or stdout."""

import sys
from pathlib import Path
from typing import Annotated

import typer

from claims.cli.common import console, database, with_filters
from claims.errors import InvalidInputError
from claims.export import write_jsonl
from claims.queries import Filters

FORMATS = ("jsonl",)


@with_filters
def export(
    ctx: typer.Context,
    filters: Filters,
    format: Annotated[str, typer.Option("--format", "-f", help="jsonl")] = "jsonl",
    output: Annotated[
        str, typer.Option("--output", "-o", help="File to write, or - for stdout.")
    ] = "-",
) -> None:
    """Export claims with their sources, evidence and history."""
    if format not in FORMATS:
        raise InvalidInputError(f"unknown format {format!r}; use one of: {', '.join(FORMATS)}")
    opened = database(ctx)
    with opened.begin() as session:
        if output == "-":
            write_jsonl(session, filters, sys.stdout)
            return
        path = Path(output)
        tmp = path.with_name(path.name + ".part")
        with tmp.open("w", encoding="utf-8", newline="") as fp:
            count = write_jsonl(session, filters, fp)
        tmp.replace(path)
    console.print(f"Wrote {count} claims to {path}.", markup=False)


def register(app: typer.Typer) -> None:
    app.command("export")(export)
