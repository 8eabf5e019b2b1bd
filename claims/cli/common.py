"""What every command shares: the open database, the reviewer, the filter options, output."""

import datetime as dt
import functools
import inspect
import json
import sys
from collections.abc import Callable
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console

from claims.db import Database, open_database
from claims.errors import InvalidInputError
from claims.queries import Filters
from claims.review import default_reviewer

console = Console(highlight=False)
err_console = Console(stderr=True, highlight=False)

F = TypeVar("F", bound=Callable[..., Any])


class AppState:
    """Set by the root callback from `--db`; the database opens on first use."""

    def __init__(self, db: str | None) -> None:
        self.db_option = db
        self._database: Database | None = None

    @property
    def database(self) -> Database:
        if self._database is None:
            self._database = open_database(self.db_option)
        return self._database


def state(ctx: typer.Context) -> AppState:
    root = ctx.find_root()
    if not isinstance(root.obj, AppState):
        root.obj = AppState(None)
    return root.obj


def database(ctx: typer.Context) -> Database:
    return state(ctx).database


ReviewerOption = Annotated[
    str | None,
    typer.Option(
        "--reviewer",
        help="Who is making the change [default: $CLAIMS_REVIEWER, else your user name].",
        show_default=False,
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]


def reviewer_name(reviewer: str | None) -> str:
    return reviewer or default_reviewer()


def parse_date(value: str | None, option: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise InvalidInputError(f"{option}: not a date (use YYYY-MM-DD): {value!r}") from None


def print_json(value: Any) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")


# --- the shared filters -------------------------------------------------------------------

_FILTER_OPTIONS: list[tuple[str, Any]] = [
    ("verdict", Annotated[str | None, typer.Option(help="Only this verdict.")]),
    ("state", Annotated[str | None, typer.Option(help="Only this workflow state.")]),
    ("source", Annotated[int | None, typer.Option(help="Only claims in this source id.")]),
    ("outlet", Annotated[str | None, typer.Option(help="Only claims reported by this outlet.")]),
    (
        "claimant",
        Annotated[str | None, typer.Option(help="Only claims whose claimant contains this.")],
    ),
    ("kind", Annotated[str | None, typer.Option(help="quantity, statement, event or quote.")]),
    ("tag", Annotated[str | None, typer.Option(help="Only claims with this tag.")]),
    (
        "since",
        Annotated[str | None, typer.Option(help="Sources published on or after YYYY-MM-DD.")],
    ),
    ("until", Annotated[str | None, typer.Option(help="Sources published up to YYYY-MM-DD.")]),
    ("search", Annotated[str | None, typer.Option(help="Claims containing these words.")]),
    (
        "linked",
        Annotated[
            str | None,
            typer.Option(
                help="Only claims with a link of this kind: contradicts, similar, same_as, "
                "supports or supersedes."
            ),
        ],
    ),
]


def build_filters(**values: Any) -> Filters:
    from claims.settings import check_state

    return Filters(
        verdict=values.get("verdict"),
        state=check_state(values["state"]) if values.get("state") else None,
        source=values.get("source"),
        outlet=values.get("outlet"),
        claimant=values.get("claimant"),
        kind=values.get("kind"),
        tag=values.get("tag"),
        since=parse_date(values.get("since"), "--since"),
        until=parse_date(values.get("until"), "--until"),
        search=values.get("search"),
        linked=_relation(values.get("linked")),
    )


def _relation(value: str | None) -> str | None:
    from claims.models import RELATIONS

    if value is None:
        return None
    relation = value.strip().lower().replace("-", "_")
    if relation not in RELATIONS:
        raise InvalidInputError(
            f"--linked: not a kind of link: {value!r} (use {', '.join(RELATIONS)})"
        )
    return relation


def with_filters(fn: F) -> F:
    """Add the shared filter options to a command; it receives them as `filters: Filters`."""
    signature = inspect.signature(fn)
    params = [p for p in signature.parameters.values() if p.name != "filters"]
    extra = [
        inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=None, annotation=ann)
        for name, ann in _FILTER_OPTIONS
    ]

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        values = {name: kwargs.pop(name, None) for name, _ in _FILTER_OPTIONS}
        return fn(*args, filters=build_filters(**values), **kwargs)

    wrapper.__signature__ = signature.replace(parameters=params + extra)  # type: ignore[attr-defined]
    wrapper.__annotations__ = {
        **{k: v for k, v in fn.__annotations__.items() if k != "filters"},
        **dict(_FILTER_OPTIONS),
    }
    return wrapper  # type: ignore[return-value]
