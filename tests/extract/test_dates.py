"""Date phrases resolved against the publication date."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.extract import extract_claims
from claims.extract.dates import find_dates, main_date

TUESDAY = dt.date(2024, 8, 13)


def resolved(sentence: str, published: dt.date | None = TUESDAY) -> tuple[str, dt.date | None]:
    mention = main_date(find_dates(sentence, published))
    assert mention is not None
    return mention.text, mention.date


@pytest.mark.parametrize(
    ("sentence", "text", "date"),
    [
        ("He spoke on Monday.", "Monday", dt.date(2024, 8, 12)),
        ("He spoke on Tuesday.", "Tuesday", TUESDAY),
        ("He spoke last Wednesday.", "last Wednesday", dt.date(2024, 8, 7)),
        ("He spoke yesterday.", "yesterday", dt.date(2024, 8, 12)),
        ("Troops crossed on Aug. 6.", "Aug. 6", dt.date(2024, 8, 6)),
        ("It was signed on 6 August 2024.", "6 August 2024", dt.date(2024, 8, 6)),
        ("It was signed on August 6, 2021.", "August 6, 2021", dt.date(2021, 8, 6)),
        ("Prices peaked in July 2022.", "July 2022", dt.date(2022, 7, 1)),
        ("Prices peaked in June.", "June", dt.date(2024, 6, 1)),
        ("It opened earlier this month.", "earlier this month", dt.date(2024, 8, 1)),
        ("It opened last week.", "last week", dt.date(2024, 8, 5)),
        ("It opened last month.", "last month", dt.date(2024, 7, 1)),
        ("It opened last year.", "last year", dt.date(2023, 1, 1)),
        ("It opened two weeks earlier.", "two weeks earlier", dt.date(2024, 7, 30)),
        ("It opened three days ago.", "three days ago", dt.date(2024, 8, 10)),
        ("It opened in 2019.", "2019", dt.date(2019, 1, 1)),
        ("Cells will leave the line in early 2027.", "early 2027", dt.date(2027, 1, 1)),
        ("The law took effect on 2024-03-01.", "2024-03-01", dt.date(2024, 3, 1)),
    ],
)
def test_resolved_against_publication(sentence: str, text: str, date: dt.date) -> None:
    assert resolved(sentence) == (text, date)


def test_without_a_publication_date_relative_phrases_stay_unresolved() -> None:
    assert resolved("He spoke last week.", None) == ("last week", None)
    assert resolved("It was signed on 6 August 2024.", None)[1] == dt.date(2024, 8, 6)


def test_may_the_verb_and_names_are_not_dates() -> None:
    assert find_dates("Prices may rise, April Ryan said.", TUESDAY) == []


def test_claims_carry_the_date_and_its_wording() -> None:
    claim = extract_claims("Ukrainian troops crossed the border on Aug. 6.", TUESDAY)[0]
    assert (claim.kind, claim.event_date, claim.date_text) == (
        "event",
        dt.date(2024, 8, 6),
        "Aug. 6",
    )


def test_a_dateline_date_is_not_the_claims_date() -> None:
    text = "KYIV, Aug 13 (Wire) - Ukrainian forces hold 1,000 sq km, the general said on Monday."
    claim = extract_claims(text, TUESDAY)[0]
    assert claim.event_date == dt.date(2024, 8, 12)


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("“We met LAST WEEK,” she said.", "LAST WEEK"),
        ("Rents rose 4 percent, the office said on Friday morning.", "Friday morning"),
        ("The plant opened in mid-2019 after a delay.", "mid-2019"),
        ("Officials met the day before to agree the text.", "the day before"),
        ("The ŞİRKET report came out three days ago.", "three days ago"),
    ],
)
def test_phrases_are_found_whatever_else_the_sentence_holds(sentence: str, text: str) -> None:
    assert resolved(sentence)[0] == text


def test_sentences_without_a_date_word_have_no_dates() -> None:
    assert find_dates("Unemployment rose to 4.2 percent, the ministry said.", TUESDAY) == []
