"""`claims sources`: the articles in the database."""

import typer

from claims import queries
from claims.cli.common import JsonOption, console, database, print_json
from claims.cli.render import sources_table
from claims.records import source_dict


def sources(ctx: typer.Context, as_json: JsonOption = False) -> None:
    """List sources with how many claims each holds."""
    with database(ctx).begin() as session:
        rows = queries.list_sources(session)
        if as_json:
            print_json([{**source_dict(r.source), "claims": r.claims} for r in rows])
            return
        console.print(sources_table(rows))


def register(app: typer.Typer) -> None:
    app.command("sources")(sources)
