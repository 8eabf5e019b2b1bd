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
        # "last Christmas": the one before publication's own day
        (
            "The shelter took in 86 dogs last Christmas, its manager said.",
            dt.date(2025, 7, 2),
            dt.date(2024, 12, 25),
        ),
        (
            "Last Christmas, volunteers packed 3,400 hampers.",
            dt.date(2026, 2, 11),
            dt.date(2025, 12, 25),
        ),
        ("The mall will add 90 stalls next Christmas.", dt.date(2025, 3, 4), dt.date(2025, 12, 25)),
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
        "Streams of Last Christmas rose 30% in a week.",  # the song
    ],
)
def test_a_season_a_deadline_or_a_guess_is_no_holiday(sentence: str) -> None:
    assert dated(sentence, dt.date(2025, 12, 10)) is None


@pytest.mark.parametrize(
    ("sentence", "published", "date"),
    [
        (
            "River levels fell to 1.2m on the 9th, the agency said.",
            dt.date(2025, 6, 17),
            dt.date(2025, 6, 9),
        ),
        (
            "The last 12 buses left the depot on the 27th.",
            dt.date(2025, 6, 4),
            dt.date(2025, 5, 27),
        ),
        (
            "The pool reopened on the 2nd with 40 new lockers.",
            dt.date(2025, 6, 2),
            dt.date(2025, 6, 2),
        ),
        (
            "Tenders must arrive by the 21st, with 30 firms invited.",
            dt.date(2025, 6, 4),
            dt.date(2025, 5, 21),
        ),
        (
            "The council will vote on 14 new sites on the 21st.",
            dt.date(2025, 6, 4),
            dt.date(2025, 6, 21),
        ),
        ("The market will hold 60 stalls on the 3rd.", dt.date(2025, 6, 20), dt.date(2025, 7, 3)),
    ],
)
def test_the_day_of_the_month_is_in_the_story_s_month(
    sentence: str, published: dt.date, date: dt.date
) -> None:
    assert dated(sentence, published) == date


@pytest.mark.parametrize(
    "sentence",
    [
        "The church was rebuilt in the 14th century.",
        "She lives on the 3rd floor with 2 cats.",
        "It was the 21st consecutive rise, up 0.4%.",
    ],
)
def test_an_ordinal_that_is_no_day_of_the_month(sentence: str) -> None:
    assert dated(sentence, dt.date(2025, 6, 17)) is None


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("A laptop worth £900 was taken on 07/04/2025.", dt.date(2025, 4, 7)),
        ("Incident date: 21/10/2024. Some 200 fish died.", dt.date(2024, 10, 21)),
        ("The sale closed on 03/14/2025 at $2.1m.", dt.date(2025, 3, 14)),
        ("Officers were called on 02.09.2024 after 18 reports.", dt.date(2024, 9, 2)),
    ],
)
def test_a_numeric_date_reads_day_first(sentence: str, date: dt.date) -> None:
    assert dated(sentence, dt.date(2025, 6, 17)) == date


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("The town's mills employed 9,000 people in the 1950s.", dt.date(1950, 1, 1)),
        ("Floods like it could come every 5 years by the 2040s.", dt.date(2040, 1, 1)),
        ("Output fell by 30% during the 1980s.", dt.date(1980, 1, 1)),
        ("Rents rose by 41% from 2012 to 2022, the survey found.", dt.date(2012, 1, 1)),
    ],
)
def test_a_decade_or_a_span_of_years_is_its_first_year(sentence: str, date: dt.date) -> None:
    assert dated(sentence, dt.date(2025, 6, 17)) == date


@pytest.mark.parametrize(
    "sentence",
    [
        "About 6,500 homes, mostly 1960s flats, are at risk.",
        "Peers will table 3 amendments on women born in the 1970s.",
        "He ran the firm with 40 staff well into the 1990s.",
    ],
)
def test_a_decade_describing_something_dates_nothing(sentence: str) -> None:
    assert dated(sentence, dt.date(2025, 6, 17)) is None


@pytest.mark.parametrize(
    ("published", "date"),
    [
        (dt.date(2025, 6, 17), dt.date(2025, 6, 21)),  # a Tuesday: the coming Saturday
        (dt.date(2025, 6, 21), dt.date(2025, 6, 21)),  # the Saturday itself
        (dt.date(2025, 6, 22), dt.date(2025, 6, 21)),  # the Sunday: the day before
    ],
)
def test_this_weekend_is_the_saturday_of_the_week(published: dt.date, date: dt.date) -> None:
    assert dated("Forecasters expect 40mm of rain this weekend.", published) == date


@pytest.mark.parametrize(
    ("published", "date"),
    [
        (dt.date(2025, 6, 18), dt.date(2025, 6, 14)),  # a Wednesday: the Saturday before
        (dt.date(2025, 6, 16), dt.date(2025, 6, 14)),  # a Monday: the weekend just gone
        (dt.date(2025, 6, 22), dt.date(2025, 6, 14)),  # a Sunday: the weekend before
    ],
)
def test_last_weekend_is_the_saturday_before_the_week(published: dt.date, date: dt.date) -> None:
    assert dated("About 9,000 fans attended the fair last weekend.", published) == date
