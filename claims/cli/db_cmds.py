"""`claims init`, `claims db ...` and `claims config ...`: the database and team settings."""

import json
from typing import Annotated

import typer
from sqlalchemy import Engine

from claims import db as dbmod
from claims import settings
from claims.cli.common import console, database, print_json, state
from claims.errors import InvalidInputError

db_app = typer.Typer(help="Migrate and inspect the database schema.", no_args_is_help=True)
config_app = typer.Typer(help="Team-wide settings kept in the database.", no_args_is_help=True)


def init(ctx: typer.Context) -> None:
    """Create the database, or upgrade it to this version's schema."""
    opened = database(ctx)
    console.print(
        f"Database ready: {dbmod.describe(opened.url)} "
        f"(schema {dbmod.current_revision(opened.engine)})",
        markup=False,
    )


def _engine(ctx: typer.Context) -> Engine:
    return dbmod.make_engine(dbmod.resolve_url(state(ctx).db_option))


@db_app.command("upgrade")
def db_upgrade(
    ctx: typer.Context,
    revision: Annotated[str, typer.Argument(help="Target revision.")] = "head",
) -> None:
    """Upgrade the schema (to the newest by default)."""
    engine = _engine(ctx)
    dbmod.upgrade(engine, revision)
    console.print(f"Upgraded to {dbmod.current_revision(engine)}", markup=False)


@db_app.command("downgrade")
def db_downgrade(
    ctx: typer.Context,
    revision: Annotated[str, typer.Argument(help="Target revision, e.g. -1 or base.")],
) -> None:
    """Downgrade the schema. `base` removes every table."""
    engine = _engine(ctx)
    dbmod.downgrade(engine, revision)
    console.print(f"Downgraded to {dbmod.current_revision(engine) or 'base'}", markup=False)


@db_app.command("current")
def db_current(ctx: typer.Context) -> None:
    """Which database, and at which schema revision."""
    engine = _engine(ctx)
    revision = dbmod.current_revision(engine)
    head = dbmod.head_revision()
    status = "up to date" if revision == head else f"this version of claims expects {head}"
    console.print(f"{dbmod.describe(engine.url)}", markup=False)
    console.print(f"revision {revision or 'none (empty)'} — {status}", markup=False)


@db_app.command("check")
def db_check(ctx: typer.Context) -> None:
    """Check that the database schema matches this version's models."""
    engine = _engine(ctx)
    dbmod.check(engine)
    console.print("Schema matches the models.", markup=False)


@config_app.command("get")
def config_get(
    ctx: typer.Context,
    key: Annotated[str | None, typer.Argument(help="One setting; all when omitted.")] = None,
) -> None:
    """Show team settings."""
    with database(ctx).begin() as session:
        if key is None:
            print_json(settings.all_settings(session))
        else:
            print_json(settings.get(session, key))


@config_app.command("set")
def config_set(
    ctx: typer.Context,
    key: Annotated[str, typer.Argument(help="org.name, org.url, review_url_template, verdicts")],
    value: Annotated[str, typer.Argument(help="The value; JSON for `verdicts`.")],
) -> None:
    """Change a team setting for every reviewer."""
    parsed: object = value
    if key == "verdicts":
        try:
            parsed = json.loads(value)
        except json.JSONDecodeError as exc:
            raise InvalidInputError(f"verdicts: not valid JSON ({exc.msg})") from None
    with database(ctx).begin() as session:
        settings.set_value(session, key, parsed)
    console.print(f"{key} set.", markup=False)


def register(app: typer.Typer) -> None:
    app.command("init")(init)
    app.add_typer(db_app, name="db")
    app.add_typer(config_app, name="config")
