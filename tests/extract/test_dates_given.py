"""Dates a sentence with none of its own takes from elsewhere in the article: the day of
its wire dateline."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.extract import extract_claims


def date_of(text: str, figure: str, published: dt.date) -> dt.date | None:
    claims = extract_claims(text, published)
    holding = [c for c in claims if c.quantity is not None and figure in c.quantity.text]
    assert holding, [c.text for c in claims]
    return holding[0].event_date


@pytest.mark.parametrize(
    ("text", "figure", "published", "date"),
    [
        pytest.param(
            "LIMA, 9 June (Andes Wire) – At least 14 miners were trapped after a tunnel "
            "collapsed in southern Peru, officials said.",
            "14 miners",
            dt.date(2025, 6, 10),
            dt.date(2025, 6, 9),
            id="day-month",
        ),
        pytest.param(
            "DHAKA, Sept 2 (Gulf Press) - Floods have cut off more than 85,000 households "
            "in the north-east, the relief ministry said.",
            "85,000 households",
            dt.date(2024, 9, 3),
            dt.date(2024, 9, 2),
            id="month-day",
        ),
        pytest.param(
            "OTTAWA, Dec 31 (Maple Wire) - The province recorded 412 overdose deaths, "
            "health officials said.",
            "412 overdose deaths",
            dt.date(2025, 1, 2),
            dt.date(2024, 12, 31),
            id="the-year-before-publication",
        ),
        pytest.param(
            "DHAKA, Sept 2 (Gulf Press) - Floods cut off 85,000 households on Sunday, "
            "the relief ministry said.",
            "85,000 households",
            dt.date(2024, 9, 3),
            dt.date(2024, 9, 1),
            id="the-sentence-s-own-date-first",
        ),
    ],
)
def test_a_lede_without_a_date_takes_its_dateline_s_day(
    text: str, figure: str, published: dt.date, date: dt.date
) -> None:
    assert date_of(text, figure, published) == date


def test_the_dateline_dates_only_its_own_sentence() -> None:
    text = (
        "QUITO, 3 May (Andes Wire) - Rains displaced 2,300 families, officials said. "
        "Some 40 schools remain closed."
    )
    assert date_of(text, "40 schools", dt.date(2025, 5, 5)) is None
