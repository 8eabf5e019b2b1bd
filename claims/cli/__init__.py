"""The `claims` command line. Commands are thin: parse, open a session, call the core, print."""

from typing import Annotated, Any

import typer
from sqlalchemy.exc import SQLAlchemyError
from typer.core import TyperGroup

from claims import __version__
from claims.cli.common import AppState, err_console
from claims.errors import ClaimsError


class ClaimsGroup(TyperGroup):
    """Turns domain errors into one line on stderr and exit code 1, in one place."""

    def invoke(self, ctx: Any) -> Any:  # click's Context, vendored or not by typer
        try:
            return super().invoke(ctx)
        except ClaimsError as exc:
            _fail(str(exc))
        except SQLAlchemyError as exc:
            original = getattr(exc, "orig", None) or exc
            _fail(f"database error: {str(original).strip().splitlines()[0]}")
        except OSError as exc:
            _fail(f"{exc.strerror or exc}: {exc.filename}" if exc.filename else str(exc))
        except UnicodeEncodeError as exc:
            _fail(f"cannot write output: {exc.reason}")


def _fail(message: str) -> None:
    err_console.print(f"Error: {message}", markup=False, highlight=False, soft_wrap=True)
    raise typer.Exit(1)


app = typer.Typer(
    cls=ClaimsGroup,
    name="claims",
    help="Track the checkable claims in the news: ingest, review, publish.",
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"claims {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    ctx: typer.Context,
    db: Annotated[
        str | None,
        typer.Option(
            "--db",
            envvar="CLAIMS_DB",
            help="Database: a SQLite file path or a SQLAlchemy URL "
            "(postgresql://...). Default: a file in your user data folder.",
            show_envvar=True,
        ),
    ] = None,
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version."),
    ] = False,
) -> None:
    """Track the checkable claims in the news: ingest, review, publish."""
    ctx.obj = AppState(db)


def _register() -> None:
    from claims.cli import (
        claims_cmds,
        db_cmds,
        export_cmds,
        ingest_cmds,
        review_cmds,
        sources_cmds,
    )

    for module in (db_cmds, ingest_cmds, claims_cmds, sources_cmds, export_cmds, review_cmds):
        module.register(app)


_register()


def main() -> None:
    app()
