"""`claims review`: the options reach the app; bad ones are one line on stderr."""

from __future__ import annotations

from typing import Any

import pytest

from claims.queries import Filters
from tests.conftest import Invoke


class FakeApp:
    def __init__(self, calls: list[tuple[Any, ...]], *args: Any) -> None:
        calls.append(args)

    def run(self) -> None:
        pass


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Any, ...]]:
    calls: list[tuple[Any, ...]] = []
    monkeypatch.setattr("claims.tui.app.make_review_app", lambda *args: FakeApp(calls, *args))
    return calls


def test_review_passes_reviewer_and_filters(cli: Invoke, started: list[tuple[Any, ...]]) -> None:
    result = cli(
        "review",
        "--outlet",
        "Example Wire",
        "--min-worth",
        "0.7",
        "--verdict",
        "Mostly False",
        "--reviewer",
        "maria",
    )
    assert result.exit_code == 0, result.output
    ((_, reviewer, filters),) = started
    assert reviewer == "maria"
    assert filters == Filters(
        verdict="mostly_false", outlet="Example Wire", min_checkworthiness=0.7
    )


def test_review_reviewer_defaults_to_the_environment(
    cli: Invoke, started: list[tuple[Any, ...]]
) -> None:
    assert cli("review").exit_code == 0
    assert started[0][1] == "tester" and started[0][2] == Filters()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--min-worth", "2"], "Error: --min-worth must be between 0 and 1: 2.0"),
        (["--verdict", "bogus"], "Error: unknown verdict 'bogus'; use one of: unverified, true"),
        (["--state", "later"], "Error: unknown state 'later'"),
    ],
)
def test_bad_options_are_one_line(
    cli: Invoke, started: list[tuple[Any, ...]], args: list[str], message: str
) -> None:
    result = cli("review", *args)
    assert result.exit_code == 1 and started == []
    assert message in result.output or message in (result.stderr or "")
