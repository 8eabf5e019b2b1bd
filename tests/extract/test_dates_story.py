"""Date phrases counted from a date the sentence or the story gave before them, not from
the day of publication."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.extract import extract_claims
from claims.extract.dates import find_dates

PUBLISHED = dt.date(2025, 9, 24)  # a Wednesday


def date_of(text: str, figure: str, published: dt.date = PUBLISHED) -> dt.date | None:
    claims = extract_claims(text, published)
    holding = [c for c in claims if c.quantity is not None and figure in c.quantity.text]
    assert holding, [c.text for c in claims]
    return holding[0].event_date


@pytest.mark.parametrize(
    ("text", "figure", "date"),
    [
        (
            "The Hallow Lane depot closed on 8 September after a fire. Four days later, "
            "the firm told 85 drivers they would be moved to Ashby.",
            "85 drivers",
            dt.date(2025, 9, 12),
        ),
        (
            "The council adopted its budget on 15 September. A fortnight earlier, the leader "
            "had warned of a £9 million gap.",
            "£9 million",
            dt.date(2025, 9, 1),
        ),
        (
            "Inspectors visited the school on 10 September. A week earlier, 30 pupils had "
            "been sent home.",
            "30 pupils",
            dt.date(2025, 9, 3),
        ),
        (
            "The flood barrier failed on Monday 8 September. The next day, engineers said 40% "
            "of the wall had gone.",
            "40%",
            dt.date(2025, 9, 9),
        ),
        (
            "The regulator fined the lender on 2 September. The same day, its shares fell 6%.",
            "6%",
            dt.date(2025, 9, 2),
        ),
        (
            "The gale reached the coast on 14 September. By the following morning, 22,000 "
            "homes had lost power.",
            "22,000 homes",
            dt.date(2025, 9, 15),
        ),
        (
            "The hearing opened on 4 August 2024. At that hearing, the families' lawyer said "
            "83 flats were still damp.",
            "83 flats",
            dt.date(2024, 8, 4),
        ),
        (
            "The mill ran its last shift on Friday. Two days later, 120 workers marched "
            "through the town.",
            "120 workers",
            dt.date(2025, 9, 21),
        ),
        (  # a month-named date counts on in months
            "In a letter sent in February 2024, the director raised the alarm. He left the "
            "firm five months later with a £300,000 payoff.",
            "£300,000",
            dt.date(2024, 7, 1),
        ),
        (  # "That day" opening a sentence: the story's day
            "The river burst its banks at Lydford on 16 September. That day, the fire service "
            "rescued 37 residents by boat.",
            "37 residents",
            dt.date(2025, 9, 16),
        ),
        (  # "Hours later", "Minutes later" opening a sentence: the same day
            "The first strike hit the depot on 11 September. Hours later, a second wave of "
            "46 drones reached the port.",
            "46 drones",
            dt.date(2025, 9, 11),
        ),
        (
            "Alarms sounded at the refinery on Monday. Minutes later, 300 workers were evacuated.",
            "300 workers",
            dt.date(2025, 9, 22),
        ),
    ],
)
def test_counted_from_the_story_s_last_date(text: str, figure: str, date: dt.date) -> None:
    assert date_of(text, figure) == date


@pytest.mark.parametrize(
    ("text", "figure", "date"),
    [
        (
            "The club confirmed the signing on 19 September, a day after fans raised £40,000.",
            "£40,000",
            dt.date(2025, 9, 18),
        ),
        (
            "The audit, published on 3 September, came the day before the trust announced "
            "a £2 million rescue plan.",
            "£2 million",
            dt.date(2025, 9, 4),
        ),
        (
            "Exports grew 2.1% in July, after shrinking 0.6% a month earlier, the agency said.",
            "0.6%",
            dt.date(2025, 6, 1),
        ),
        (  # "the previous quarter": the quarter before the sentence's own
            "Hartwell Foods said its gross margin widened to 31% in the second quarter from "
            "28.5% in the previous quarter.",
            "28.5%",
            dt.date(2025, 1, 1),
        ),
        (
            "Output rose 0.7% in the fourth quarter of 2024, after 0.2% in the preceding quarter.",
            "0.2%",
            dt.date(2024, 7, 1),
        ),
        (  # counted from the date the event after it is given: the poll came out on the 12th
            "A poll released two days after the debate on 10 September put Labour on 38%.",
            "38%",
            dt.date(2025, 9, 12),
        ),
        (
            "Ticket sales reached 18,000 a week before the festival on 20 September, "
            "organisers said.",
            "18,000",
            dt.date(2025, 9, 13),
        ),
        (  # the figure's clause opens on "the following day": the day after the arrest
            "Okafor was detained at Dover on 14 September and charged the following day with "
            "smuggling 9kg of cocaine.",
            "9kg",
            dt.date(2025, 9, 15),
        ),
        (
            "The tanker docked on 2 September and four days later unloaded 60,000 barrels.",
            "60,000 barrels",
            dt.date(2025, 9, 6),
        ),
        (  # "the eve of" a dated event: the day before it
            "On the eve of the referendum on 18 September, support for leaving stood at 47%.",
            "47%",
            dt.date(2025, 9, 17),
        ),
        (
            "Fuel sales jumped 30% on the eve of 1 September, when the new duty took effect.",
            "30%",
            dt.date(2025, 8, 31),
        ),
    ],
)
def test_counted_from_the_sentence_s_own_date(text: str, figure: str, date: dt.date) -> None:
    assert date_of(text, figure) == date


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (  # "the same day" inside a sentence refers to its own events, not the story's
            "The plant shut on 1 September. Staff said 40 letters had gone out within a week "
            "of each visit and the website was updated the same day.",
            "40 letters",
        ),
        (  # a duration, not a date: "for 20 days before"
            "The ferry was held on 3 September. It had sailed for 20 days before the fault.",
            "20 days",
        ),
        (  # "that day" inside a sentence refers to its own events
            "The shop shut on 5 September. Staff said that day 12 parcels went missing.",
            "12 parcels",
        ),
    ],
)
def test_not_counted_from_the_story(text: str, figure: str) -> None:
    assert date_of(text, figure) is None


def test_a_count_of_minutes_later_is_no_date_phrase() -> None:
    # "reaching the farm 35 minutes later": a figure of its own, not the story's day
    sentence = "It set off at once, reaching the farm 35 minutes later."
    assert find_dates(sentence, PUBLISHED) == []
