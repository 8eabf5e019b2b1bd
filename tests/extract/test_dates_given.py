"""Dates a sentence with none of its own takes from elsewhere in the article: the day of
its wire dateline, the date of a form's label before it."""

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


@pytest.mark.parametrize(
    ("text", "figure", "date"),
    [
        pytest.param(  # an undated lede's day runs on through its paragraph's past events
            "LISBON, 6 May (Iberia Wire) - Thousands of teachers marched on parliament over "
            "pay. Police arrested 17 people, the interior ministry said.",
            "17 people",
            dt.date(2025, 5, 6),
            id="past-event-in-the-lede-paragraph",
        ),
    ],
)
def test_an_undated_lede_s_day_dates_its_paragraph_s_events(
    text: str, figure: str, date: dt.date
) -> None:
    assert date_of(text, figure, dt.date(2025, 5, 7)) == date


@pytest.mark.parametrize(
    "text",
    [
        (  # the lede dated itself: the dateline stays with it
            "LISBON, 6 May (Iberia Wire) - Teachers marched on parliament on Monday. Police "
            "arrested 17 people, the ministry said."
        ),
        (  # a new paragraph
            "LISBON, 6 May (Iberia Wire) - Teachers marched on parliament over pay.\n\n"
            "Police arrested 17 people in March, the ministry said. Police arrested 17 people."
        ),
        (  # a state, not an event
            "LISBON, 6 May (Iberia Wire) - Teachers marched on parliament over pay. Some 17 "
            "people remain detained."
        ),
    ],
)
def test_the_dateline_s_day_runs_on_no_further(text: str) -> None:
    claims = [c for c in extract_claims(text, dt.date(2025, 5, 7)) if c.quantity]
    assert claims[-1].event_date != dt.date(2025, 5, 6)


@pytest.mark.parametrize(
    ("text", "figure", "date"),
    [
        pytest.param(
            "Date of incident: 14/07/2025.\nAbout 1,500 fish died after slurry leaked into "
            "the Wenning, the agency said.",
            "1,500 fish",
            dt.date(2025, 7, 14),
            id="date-of-incident-numeric",
        ),
        pytest.param(
            "Incident date: Saturday 12 July\nOfficers said 6 vehicles were damaged on the "
            "estate. Two of them were written off.",
            "6 vehicles",
            dt.date(2025, 7, 12),
            id="incident-date-weekday",
        ),
        pytest.param(
            "Date: 9 July 2025, at about 11.40pm. Firefighters rescued 23 residents from the "
            "block, the service said.",
            "23 residents",
            dt.date(2025, 7, 9),
            id="date-with-a-time",
        ),
        pytest.param(
            "Date of the collision: 10 July 2025. A lorry shed 20 tonnes of gravel, then "
            "on 11 July a van hit 3 cones.",
            "3 cones",
            dt.date(2025, 7, 11),
            id="a-sentence-s-own-date-first",
        ),
    ],
)
def test_a_form_s_date_label_dates_the_undated_sentences_after_it(
    text: str, figure: str, date: dt.date
) -> None:
    assert date_of(text, figure, dt.date(2025, 7, 16)) == date


@pytest.mark.parametrize(
    "text",
    [
        "Date of birth: 3 May 1990. He owes 900 pounds to the council.",
        "The crash happened on 10 July. Police said 6 vehicles were damaged.",
    ],
)
def test_no_label_hands_on_its_date(text: str) -> None:
    figure = "900 pounds" if "900" in text else "6 vehicles"
    assert date_of(text, figure, dt.date(2025, 7, 16)) is None
