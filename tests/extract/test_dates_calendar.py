"""Calendar phrases beyond month names: holidays, days of the month, numeric dates,
decades."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.extract.date_choice import main_date
from claims.extract.dates import find_dates


def dated(sentence: str, published: dt.date) -> dt.date | None:
    mention = main_date(find_dates(sentence, published))
    return mention.date if mention else None


@pytest.mark.parametrize(
    ("sentence", "published", "date"),
    [
        (
            "Paramedics answered 2,100 calls on Christmas Day.",
            dt.date(2025, 12, 28),
            dt.date(2025, 12, 25),
        ),
        ("The store took £3m on Christmas Eve alone.", dt.date(2026, 1, 5), dt.date(2025, 12, 24)),
        ("Sales on Boxing Day fell 3%.", dt.date(2025, 12, 29), dt.date(2025, 12, 26)),
        (
            "Officers arrested 41 people on New Year's Eve.",
            dt.date(2025, 1, 3),
            dt.date(2024, 12, 31),
        ),
        (
            "About 900 people joined the New Year’s Day swim.",
            dt.date(2026, 1, 2),
            dt.date(2026, 1, 1),
        ),
        ("Crews attended 160 fires on Bonfire Night.", dt.date(2025, 11, 7), dt.date(2025, 11, 5)),
        ("Claims have risen by 40% since Christmas.", dt.date(2026, 3, 10), dt.date(2025, 12, 25)),
        (
            "The market will open 120 stalls on Christmas Eve.",
            dt.date(2025, 11, 20),
            dt.date(2025, 12, 24),
        ),
        ("The gallery will reopen next Halloween.", dt.date(2025, 11, 20), dt.date(2026, 10, 31)),
    ],
)
def test_a_fixed_holiday_is_its_day(sentence: str, published: dt.date, date: dt.date) -> None:
    assert dated(sentence, published) == date


@pytest.mark.parametrize(
    "sentence",
    [
        "Christmas shopping rose 4% in the week.",
        "The union did not rule out 12 more strikes before Christmas.",
        "He had kept the joke for weeks, probably since Christmas.",
    ],
)
def test_a_season_a_deadline_or_a_guess_is_no_holiday(sentence: str) -> None:
    assert dated(sentence, dt.date(2025, 12, 10)) is None
