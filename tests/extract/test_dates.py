"""Date phrases resolved against the publication date."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.extract import extract_claims
from claims.extract.date_choice import main_date
from claims.extract.dates import find_dates

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
        ("In a vote on Aug. 9, 71% backed it.", "Aug. 9", dt.date(2024, 8, 9)),
        ("In a vote on Aug. 9, 71.5% backed it.", "Aug. 9", dt.date(2024, 8, 9)),
        ("In a vote on Aug. 9, 71 per cent backed it.", "Aug. 9", dt.date(2024, 8, 9)),
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
        ("It made a profit of £4m for 2024.", "2024", dt.date(2024, 1, 1)),
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


def test_a_typical_weekday_is_no_date() -> None:
    assert find_dates("Footfall was down by 85% on a typical Tuesday.", TUESDAY) == []
    assert find_dates("Trains run every Monday.", TUESDAY) == []
    assert find_dates("Every Monday, 300 people queue at the food bank.", TUESDAY) == []


SUNDAY = dt.date(2024, 8, 11)
NOVEMBER = dt.date(2024, 11, 20)  # a Wednesday


@pytest.mark.parametrize(
    ("sentence", "published", "text", "date"),
    [
        # a clause about the future: the coming weekday or month
        (
            "The minister will present the plan to parliament on Wednesday.",
            SUNDAY,
            "Wednesday",
            dt.date(2024, 8, 14),
        ),
        (
            "The council is due to vote on the bypass on Thursday.",
            SUNDAY,
            "Thursday",
            dt.date(2024, 8, 15),
        ),
        ("On Friday, the board will publish its accounts.", SUNDAY, "Friday", dt.date(2024, 8, 16)),
        (
            "Forecasters expect a cool change to reach the city on Friday.",
            SUNDAY,
            "Friday",
            dt.date(2024, 8, 16),
        ),
        (
            "The bureau forecast a cool change on Friday with up to 15 mm of rain.",
            SUNDAY,
            "Friday",
            dt.date(2024, 8, 16),
        ),
        (
            "The ferry company plans to restore the service this Saturday.",
            SUNDAY,
            "this Saturday",
            dt.date(2024, 8, 17),
        ),
        (
            "The first step will come in January, officials said.",
            NOVEMBER,
            "January",
            dt.date(2025, 1, 1),
        ),
        (
            "The strike is expected to end in early December.",
            NOVEMBER,
            "early December",
            dt.date(2024, 12, 1),
        ),
        ("The new rules are to apply in March.", NOVEMBER, "March", dt.date(2025, 3, 1)),
        ("The court will rule in November.", NOVEMBER, "November", dt.date(2024, 11, 1)),
        ("The union says members will walk out on Sunday.", SUNDAY, "Sunday", SUNDAY),
        (
            "Ministers will decide before Friday, officials said.",
            SUNDAY,
            "Friday",
            dt.date(2024, 8, 16),
        ),
        (
            "Forecasters said the smoke was likely to clear by Saturday.",
            SUNDAY,
            "Saturday",
            dt.date(2024, 8, 17),
        ),
        # otherwise the last one
        ("Officials met the contractors on Wednesday.", SUNDAY, "Wednesday", dt.date(2024, 8, 7)),
        (
            "The minister said on Wednesday that the plan will cost more.",
            SUNDAY,
            "Wednesday",
            dt.date(2024, 8, 7),
        ),
        (
            "Sales fell in January, and the firm will cut 40 jobs.",
            NOVEMBER,
            "January",
            dt.date(2024, 1, 1),
        ),
        # two phrases that name one day
        ("The minister will visit the town tomorrow.", SUNDAY, "tomorrow", dt.date(2024, 8, 12)),
        (
            "A concert will be held on Saturday 14 September.",
            SUNDAY,
            "14 September",
            dt.date(2024, 9, 14),
        ),
        (  # "or" joins two verbs of one subject: the "will" still governs
            "Fourteen bus routes will be withdrawn or cut back from June.",
            SUNDAY,
            "June",
            dt.date(2025, 6, 1),
        ),
        (  # a future reported in the past: "would" looks ahead of the publication
            "The trust said on Thursday it would fund a pilot for 25,000 people from September.",
            SUNDAY,
            "September",
            dt.date(2024, 9, 1),
        ),
        (
            "The board has declared an interim dividend of 4.2p, payable in June.",
            SUNDAY,
            "June",
            dt.date(2025, 6, 1),
        ),
        (
            "That is double the 91 recorded in October last year.",
            SUNDAY,
            "October last year",
            dt.date(2023, 10, 1),
        ),
        # a past clause closed by its date: a future after the comma is another clause's
        (
            "The central bank held its rate at 13% on Tuesday, saying inflation was expected "
            "to ease.",
            NOVEMBER,
            "Tuesday",
            dt.date(2024, 11, 19),
        ),
        (
            "Councillors approved a 4.99% rise on Wednesday night, meaning bills will rise.",
            dt.date(2024, 11, 22),
            "Wednesday night",
            NOVEMBER,
        ),
        # a figure said on one day about another
        (
            "The Met Office warned on Saturday that a further 200mm will fall by Monday.",
            NOVEMBER,
            "Monday",
            dt.date(2024, 11, 25),
        ),
        (
            "The minister told MPs last week that debt would fall to 63% of GDP by June 2026.",
            NOVEMBER,
            "June 2026",
            dt.date(2026, 6, 1),
        ),
        (
            "Labour won the seat by 11,000 votes in the 2021 general election.",
            NOVEMBER,
            "2021",
            dt.date(2021, 1, 1),
        ),
        # "could" and "might" look ahead as "would" does
        (
            "The Met Office said temperatures could reach 30C in London on Sunday.",
            NOVEMBER,
            "Sunday",
            dt.date(2024, 11, 24),
        ),
        (
            "She said in an interview that inflation could ease to 25% by December.",
            NOVEMBER,
            "December",
            dt.date(2024, 12, 1),
        ),
    ],
)
def test_phrases_read_in_their_clause(
    sentence: str, published: dt.date, text: str, date: dt.date
) -> None:
    assert resolved(sentence, published) == (text, date)


@pytest.mark.parametrize(
    "sentence",
    [
        "The bakery has sold 3,000 loaves so far this year.",
        "The bridge will stay closed until 2027.",
        "Network Rail said the line would stay closed until at least Wednesday.",
        "The operator said the airport would remain closed until at least Thursday.",
        "The fund has paid out 2 million euros this year to date.",
        # the end (start) of a month closing a span
        "The ferry terminal will stay shut to lorries over 44 tonnes until the end of June.",
        "Parking charges are suspended until the start of January.",
        "Passenger numbers rose 8% in the nine months to the end of August.",
    ],
)
def test_a_phrase_that_bounds_a_span_is_not_the_claims_date(sentence: str) -> None:
    mentions = find_dates(sentence, NOVEMBER)
    assert mentions and main_date(mentions) is None


@pytest.mark.parametrize(
    ("sentence", "text", "date"),
    [
        (
            "The economy grew 0.6% in the first three months of the year, the ONS said.",
            "first three months of the year",
            dt.date(2024, 1, 1),
        ),
        (
            "Sales fell 4% in the first half of last year.",
            "first half of last year",
            dt.date(2023, 1, 1),
        ),
        (
            "Arrivals rose in the first four months of 2022.",
            "first four months of 2022",
            dt.date(2022, 1, 1),
        ),
        # the day figures were released or posted dates the release, not the figures
        (
            "Figures released by the Home Office on Monday show 7,167 people crossed in 2023.",
            "2023",
            dt.date(2023, 1, 1),
        ),
        (
            "She wrote on X on Monday that the firm would spend $10 billion this year.",
            "this year",
            dt.date(2024, 1, 1),
        ),
    ],
)
def test_the_period_a_figure_covers_over_the_day_it_came_out(
    sentence: str, text: str, date: dt.date
) -> None:
    assert resolved(sentence, NOVEMBER) == (text, date)


def test_a_half_of_a_game_is_no_date() -> None:
    assert find_dates("They led by 5% in the first half of the game.", NOVEMBER) == []


@pytest.mark.parametrize(
    ("sentence", "text", "date"),
    [
        ("Rents in the city have risen by 14 percent since 2019.", "2019", dt.date(2019, 1, 1)),
        ("Waiting times have fallen every month since March.", "March", dt.date(2024, 3, 1)),
        # the claim's own start over the day it was said
        ("Prices have doubled since 2015, the office said on Monday.", "2015", dt.date(2015, 1, 1)),
    ],
)
def test_since_dates_the_claim_by_the_start_of_its_span(
    sentence: str, text: str, date: dt.date
) -> None:
    """Most blind label writers date "since X" claims by X; session 5 followed them."""
    assert resolved(sentence, NOVEMBER) == (text, date)


def test_a_span_makes_an_event_dated_by_its_start() -> None:
    claim = extract_claims("The Liberal party has governed the province since 2016.", NOVEMBER)[0]
    assert (claim.kind, claim.event_date, claim.date_text) == ("event", dt.date(2016, 1, 1), "2016")


def test_only_the_clause_with_the_future_looks_ahead() -> None:
    mentions = find_dates("The mayor, who will stand again, resigned in March.", NOVEMBER)
    assert [(m.text, m.date) for m in mentions] == [("March", dt.date(2024, 3, 1))]


def test_each_figure_of_a_sentence_takes_its_own_date() -> None:

    claims = extract_claims(
        "The airline carried 41 million passengers last year, up from 36 million in 2022.",
        dt.date(2025, 3, 3),
    )
    dates = {c.quantity.text: c.event_date for c in claims if c.quantity}
    assert dates == {
        "41 million passengers": dt.date(2024, 1, 1),
        "36 million": dt.date(2022, 1, 1),
    }


SATURDAY = dt.date(2024, 11, 16)


@pytest.mark.parametrize(
    ("sentence", "dates"),
    [
        # two figures of one event share its date
        (
            "Four people were killed and 11 others wounded at a party on Saturday.",
            {"Four people": SATURDAY, "11": SATURDAY},
        ),
        (
            "The bank cut its rate by 50 basis points to 9.0% on Thursday.",
            {"50 basis points": dt.date(2024, 11, 14), "9.0%": dt.date(2024, 11, 14)},
        ),
        # the day it was said dates a figure only when nothing nearer does
        (
            "Germany generated 59% of its power from wind, the ministry said on Tuesday, up "
            "from 52% in the same period of 2023.",
            {"59%": dt.date(2024, 11, 19), "52%": dt.date(2023, 1, 1)},
        ),
        # the price before a change is not dated by the change
        (
            "Parking will rise from £1.20 to £1.50 an hour from 1 December.",
            {"£1.20": None, "£1.50": dt.date(2024, 12, 1)},
        ),
        # a record's date and a cause's are not the figure's
        (
            "Shares rose 6.4% to 11.82 euros, their highest since the company listed in 2021.",
            {"6.4%": None, "11.82 euros": None},
        ),
        (
            "Margin narrowed by 1.1 percentage points to 19.2 per cent, hit by wage rises that "
            "took effect in October.",
            {"1.1 percentage points": None, "19.2 per cent": None},
        ),
    ],
)
def test_figures_share_the_date_of_their_event(
    sentence: str, dates: dict[str, dt.date | None]
) -> None:
    claims = extract_claims(sentence, NOVEMBER)
    assert {c.quantity.text: c.event_date for c in claims if c.quantity} == dates


def test_a_figure_takes_the_year_written_right_after_it() -> None:
    claims = extract_claims(
        "Offences rose from 1,318 in 2019 to 2,121 in 2025. Bureau figures released in "
        "February show a decline of 5.8% in 2025.",
        dt.date(2026, 3, 16),
    )
    dates = {c.quantity.text: c.event_date for c in claims if c.quantity}
    assert dates["1,318"] == dt.date(2019, 1, 1)
    assert dates["2,121"] == dt.date(2025, 1, 1)
    assert dates["5.8%"] == dt.date(2025, 1, 1)


def test_a_figure_with_another_figure_before_the_date_takes_none() -> None:

    claims = extract_claims(
        "Schools will get £40 million, or 12% of the budget, up from 9% five years ago.",
        dt.date(2025, 3, 3),
    )
    dates = {c.quantity.text: c.event_date for c in claims if c.quantity}
    assert dates["£40 million"] is None
    assert dates["9%"] == dt.date(2020, 3, 3)


def test_figures_joined_by_and_share_the_date() -> None:
    claims = extract_claims(
        "A jet carrying 174 passengers and six crew made an emergency landing on Monday.",
        dt.date(2025, 3, 5),
    )
    dates = {c.quantity.text: c.event_date for c in claims if c.quantity}
    assert dates == {"174 passengers": dt.date(2025, 3, 3), "six crew": dt.date(2025, 3, 3)}


def test_the_year_to_a_month_is_a_period_not_a_date() -> None:
    (claim,) = extract_claims(
        "Knife crime fell by 14 per cent in the year to December, police figures show.",
        dt.date(2026, 2, 24),
    )
    assert claim.event_date is None
    claims = extract_claims("Sales rose 4% in the six months to June.", dt.date(2026, 9, 1))
    assert [c.event_date for c in claims if c.quantity and c.quantity.text == "4%"] == [None]


@pytest.mark.parametrize(
    "sentence",
    [
        "Turnover rose 9% to $3.1 billion in the three months ended Sept. 30.",
        "The firm now expects growth of 2% in the fiscal year ending in March.",
        "It lowered its forecast for the financial year ending March 2027 to 3 per cent.",
        "Profit fell 12% in the quarter ended December 31.",
        "In the week to Sunday, 3,400 new cases were recorded.",
    ],
)
def test_a_reporting_period_by_its_end_is_no_date(sentence: str) -> None:
    """Like "the year to December": the figure covers the period, it did not happen on
    the day it ends (and "ending in March" is no past March)."""
    claims = extract_claims(sentence, dt.date(2026, 11, 4))
    assert claims and all(c.event_date is None for c in claims if c.quantity)


def test_said_in_a_month_dates_the_saying() -> None:
    (claim,) = extract_claims(
        "The ministry said in May that 10 new planes would arrive next year.",
        dt.date(2026, 7, 21),
    )
    assert claim.event_date == dt.date(2027, 1, 1)


def test_a_date_in_another_clause_is_not_a_figure_s() -> None:
    claims = extract_claims(
        "Sales rose 4% to £20m, and the company will open new stores in June.",
        dt.date(2026, 4, 10),
    )
    dates = {c.quantity.text: c.event_date for c in claims if c.quantity}
    assert dates["£20m"] is None


def test_a_month_a_proposal_or_a_delivery_is_for_lies_ahead() -> None:
    april = dt.date(2026, 4, 20)
    (rise,) = extract_claims(
        "The union said the 2.8% rise proposed for September was too low.", april
    )
    assert rise.event_date == dt.date(2026, 9, 1)
    (kit,) = extract_claims(
        "An official said the EU would deliver 1.2 gigawatts of equipment before the end of March.",
        april,
    )
    assert kit.event_date == dt.date(2027, 3, 1)


def test_a_duration_in_between_does_not_keep_the_date_from_a_figure() -> None:
    claims = extract_claims(
        "More than 44,000 patients waited over 12 hours in A&E in October, NHS data show.",
        dt.date(2025, 11, 20),
    )
    dates = {c.quantity.text: c.event_date for c in claims if c.quantity}
    assert dates["More than 44,000 patients"] == dt.date(2025, 10, 1)


def test_the_day_it_was_said_gives_way_to_the_day_it_is_about() -> None:
    (claim,) = extract_claims(
        "The regulator said on Friday that bills would rise by 6% from 1 January.", NOVEMBER
    )
    assert (claim.date_text, claim.event_date) == ("1 January", dt.date(2025, 1, 1))


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        (
            "Vaccination reached 61%, against a goal of 80% by the start of May.",
            dt.date(2025, 5, 1),
        ),
        ("She wants 80% of them vaccinated by the end of March.", dt.date(2025, 3, 1)),
        ("Prices rose by the end of January, the data showed.", dt.date(2024, 1, 1)),
    ],
)
def test_a_deadline_is_ahead_unless_its_clause_is_past(sentence: str, date: dt.date) -> None:
    assert resolved(sentence, NOVEMBER)[1] == date


def test_the_day_a_source_said_it_dates_every_figure_it_said() -> None:
    claims = extract_claims(
        "The programme is £1.9 billion over budget and almost four years late, the National "
        "Audit Office said on Wednesday.",
        NOVEMBER,
    )
    assert {c.quantity.text: c.event_date for c in claims if c.quantity} == {
        "£1.9 billion": dt.date(2024, 11, 20),
        "almost four years": dt.date(2024, 11, 20),
    }


def test_a_year_earlier_is_a_year_before_the_date_the_sentence_gives() -> None:
    claims = extract_claims(
        "The jobless rate stood at 6.8% in August, up from 5.9% a year earlier.", TUESDAY
    )
    dates = {c.quantity.text: c.event_date for c in claims if c.quantity}
    assert dates == {"6.8%": dt.date(2024, 8, 1), "5.9%": dt.date(2023, 8, 1)}
    # With no date to count from, the base of a comparison is no date of its own (not the
    # publication day a year back).
    [base] = [
        c.event_date
        for c in extract_claims("Profit fell to £214 million from £261 million a year earlier.")
        if c.quantity and c.quantity.value == 261_000_000
    ]
    assert base is None


def test_last_year_as_the_base_of_a_comparison_dates_no_figure() -> None:
    claims = extract_claims(
        "The Environment Agency said on Monday that reservoirs stood at 61% of capacity, "
        "compared with 78% at the same point last year.",
        TUESDAY,
    )
    # Both figures are as of the day the agency gave them, not 1 January last year.
    assert {c.event_date for c in claims if c.quantity} == {dt.date(2024, 8, 12)}
    [rise] = [c for c in extract_claims("Sales rose 4% last year.", TUESDAY) if c.quantity]
    assert rise.event_date == dt.date(2023, 1, 1)


def test_an_expected_figure_looks_ahead_past_its_numbers() -> None:
    # "expect a further 30 to 50 mm to fall": the numbers between are no end of the clause.
    sentence = "Forecasters expect a further 30 to 50 mm to fall on Wednesday."
    assert resolved(sentence) == ("Wednesday", dt.date(2024, 8, 14))


@pytest.mark.parametrize(
    "sentence",
    [
        "Founded in 2016 and based in Leeds, Harrowgate employs 1,350 people.",
        "Northmoor Bank, founded in 2011, has about 2.6 million customers.",
        "Mr Holt, who joined in 2021, said 40 branches would stay open.",
        "The 61-year-old, who took over in 2020, said the app had 3.2 million users.",
        "The Tarn peaked at 4.8 metres, the highest level since records began in 1971.",
        "The £12 million sea wall at Porthcove, finished in 2018, was breached at 3pm.",
        "She said the trust had spent £40 million on a wing that opened in 2023.",
    ],
)
def test_the_year_a_described_noun_came_to_be_dates_no_figure(sentence: str) -> None:
    assert [c.event_date for c in extract_claims(sentence, TUESDAY) if c.quantity] == [None]


def test_a_described_noun_s_recent_start_is_still_the_news() -> None:
    [claim] = extract_claims("The ward, which opened last month, has 24 beds.", TUESDAY)
    assert claim.event_date == dt.date(2024, 7, 1)


def test_a_span_between_two_dates_dates_the_claim_by_its_start() -> None:
    assert resolved("Between 2016 and 2022 the clerk approved 214 invoices.") == (
        "2016",
        dt.date(2016, 1, 1),
    )
    sentence = "The poll of 1,204 adults was carried out between 26 and 30 July."
    assert [m.date for m in find_dates(sentence, TUESDAY)] == [dt.date(2024, 7, 26)]


def test_a_targets_month_after_by_is_ahead() -> None:
    assert resolved("The interim goal of 65% by March remained within reach.") == (
        "March",
        dt.date(2025, 3, 1),
    )
    assert resolved("Sales had reached 5,000 by March.") == ("March", dt.date(2024, 3, 1))
    assert resolved("The goal of a hundred homes by March was set.")[1] == dt.date(2025, 3, 1)


def figure_date(sentence: str) -> dt.date | None:
    """The date of the sentence's first figure, in a paper of Wednesday 18 November 2026."""
    return next(c for c in extract_claims(sentence, dt.date(2026, 11, 18)) if c.quantity).event_date


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("The minimum wage rose to $15 on Jan. 1.", dt.date(2026, 1, 1)),
        ("The law took effect Jan. 1, raising the wage to $15.", dt.date(2026, 1, 1)),
        ("The new wage of $15 takes effect Jan. 1.", dt.date(2027, 1, 1)),
        ("The judge set a hearing for Jan. 9, fining him £40,000.", dt.date(2027, 1, 9)),
        ("He faces 10 years in jail when he is sentenced on Dec. 5.", dt.date(2026, 12, 5)),
    ],
)
def test_a_day_just_ahead_is_the_last_one_when_the_event_is_past(
    sentence: str, date: dt.date
) -> None:
    """In a paper of 18 November, "rose on Jan. 1" is the January gone, a hearing set for
    Jan. 9 the one to come."""
    assert figure_date(sentence) == date


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("Since 2019, 4,000 jobs have gone.", dt.date(2019, 1, 1)),
        ("In 2024, turnout was 66%.", dt.date(2024, 1, 1)),
    ],
)
def test_a_year_opening_the_sentence_dates_it(sentence: str, date: dt.date) -> None:
    assert figure_date(sentence) == date


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("In the third quarter, sales rose 8%.", dt.date(2026, 7, 1)),
        ("Sales rose 8% in the fourth quarter of 2025.", dt.date(2025, 10, 1)),
        ("Q2 2025 revenue was $4bn.", dt.date(2025, 4, 1)),
        ("Revenue will rise 3% in the fourth quarter.", dt.date(2026, 10, 1)),
        ("Sales will rise 3% in the second quarter.", dt.date(2027, 4, 1)),
        ("Brindley said sales fell 1.8% in its first quarter.", None),
    ],
)
def test_a_quarter_dates_a_claim_from_its_first_month(sentence: str, date: dt.date | None) -> None:
    """In a paper of 18 November 2026; "its first quarter" is a company's own year."""
    assert figure_date(sentence) == date


def test_two_figures_of_one_coordinated_phrase_share_its_date() -> None:
    text = (
        "The typhoon made landfall on Saturday with winds of 185 km/h and gusts of up to 230 km/h."
    )
    dates = [c.event_date for c in extract_claims(text, dt.date(2026, 11, 10)) if c.quantity]
    assert dates == [dt.date(2026, 11, 7), dt.date(2026, 11, 7)]


@pytest.mark.parametrize(
    ("sentence", "published", "date"),
    [
        ("The Lakers scored 38 points in the fourth quarter.", dt.date(2026, 2, 10), None),
        ("The Audi Q3 costs $40,000.", dt.date(2026, 11, 18), None),
        (
            "In the first quarter of the 20th century, 40% of workers farmed.",
            dt.date(2026, 11, 18),
            None,
        ),
        ("Its first quarter profit rose 12%.", dt.date(2026, 11, 18), None),
        (
            "Registered nurses strike on Dec. 5 over a 5% pay offer.",
            dt.date(2026, 11, 18),
            dt.date(2026, 12, 5),
        ),
        (
            "The council warned that 300 homes lose power on Dec. 5.",
            dt.date(2026, 11, 18),
            dt.date(2026, 12, 5),
        ),
        ("The fund rose to $1,200 on Jan. 1.", dt.date(2026, 11, 18), dt.date(2026, 1, 1)),
        ("The fare rose to $3 on Feb. 29.", dt.date(2027, 1, 18), dt.date(2024, 2, 29)),
    ],
)
def test_what_is_no_quarter_and_no_past_event(
    sentence: str, published: dt.date, date: dt.date | None
) -> None:
    """A game's quarter, a car's name, a century's quarter and a company's own year date
    nothing; an adjective in -ed or a warning is no past event; 29 February goes back to the
    last leap year."""
    claims = [c for c in extract_claims(sentence, published) if c.quantity]
    assert claims[0].event_date == date


@pytest.mark.parametrize(
    "sentence",
    [
        "Coffee was 12% dearer than a year ago.",
        "Rents were 6% higher than in 2021.",
        "A figure of 4.1 tonnes printed by a Sunday newspaper was disputed.",
        "He ran the till on Saturday mornings for 30 years.",
    ],
)
def test_a_comparison_s_base_or_a_weekday_describing_a_noun_dates_no_figure(
    sentence: str,
) -> None:
    assert [c.event_date for c in extract_claims(sentence, TUESDAY) if c.quantity][:1] == [None]


def test_the_day_it_was_said_dates_a_figure_compared_with_last_year() -> None:
    sentence = "Sales were 4% higher than last year, the firm said on Monday."
    [claim] = extract_claims(sentence, TUESDAY)
    assert claim.event_date == dt.date(2024, 8, 12)


def test_the_year_before_is_a_year_before_the_date_the_sentence_gives() -> None:
    claims = extract_claims(
        "Jobtally said 98,000 workers at 420 tech firms lost their jobs in 2023, down from "
        "about 170,000 the year before.",
        TUESDAY,
    )
    figures = {c.quantity.text: (c.quantity.unit, c.event_date) for c in claims if c.quantity}
    assert figures["98,000 workers"] == ("worker", dt.date(2023, 1, 1))
    assert figures["about 170,000"] == ("worker", dt.date(2022, 1, 1))
    [rise] = extract_claims("Exports rose 4% on the year before.", TUESDAY)
    assert rise.event_date is None  # the base of a comparison
    assert resolved("It fell to 3%, from 4% the previous year.") == (
        "the previous year",
        dt.date(2023, 1, 1),
    )


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        (
            "Last week the Retail Council said total sales in July rose by just 0.4%.",
            dt.date(2024, 7, 1),
        ),
        (
            "The Morning Ledger reported last week that clinic numbers had risen by about 15% "
            "since April 2022.",
            dt.date(2022, 4, 1),
        ),
    ],
)
def test_an_opening_date_of_the_saying_gives_way_to_the_date_said(
    sentence: str, date: dt.date
) -> None:
    [claim] = extract_claims(sentence, TUESDAY)
    assert claim.event_date == date


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        # "Twenty-five years later": not "five years later" counted from publication
        ("Twenty-five years later, she runs a firm with 2.1 million users.", None),
        ("He resigned 3 days later, with debts of £40,000.", None),
        ("A 2022 appraisal valued the building at $3.1 million.", dt.date(2022, 1, 1)),
        # a future clause, in a paper of Tuesday 13 August 2024
        ("The trust is building a £4.5m centre, due to open in September.", dt.date(2024, 9, 1)),
        ("The £2,000-a-month lease expires in December.", dt.date(2024, 12, 1)),
        ("Fenwick, who took charge in October 2023, said his side ran 8 kilometres less.", None),
    ],
)
def test_narrated_spans_appraisals_and_schedules(sentence: str, date: dt.date | None) -> None:
    assert [c.event_date for c in extract_claims(sentence, TUESDAY) if c.quantity][:1] == [date]


def test_days_later_count_from_the_date_the_sentence_gave() -> None:
    sentence = "He was arrested on 2 August and charged three days later."
    assert [m.date for m in find_dates(sentence, TUESDAY)] == [
        dt.date(2024, 8, 2),
        dt.date(2024, 8, 5),
    ]


def figure_dates(text: str) -> dict[str, dt.date | None]:
    """Each figure's wording and the date its claim carries, in a paper of 13 August 2024."""
    return {c.quantity.text: c.event_date for c in extract_claims(text, TUESDAY) if c.quantity}


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        (
            "Dlamini said poaching fell because of dehorning — about 2,800 rhinos had been "
            "dehorned since 2019 — and a dog unit that had led to 63 arrests.",
            {"about 2,800 rhinos": dt.date(2019, 1, 1), "63 arrests": None},
        ),
        (
            "Walsh said the council had received 310 applications since the scheme opened in "
            "2023 and had so far bought 96 homes.",
            {"310 applications": dt.date(2023, 1, 1), "96 homes": None},
        ),
    ],
)
def test_an_aside_s_date_and_another_clause_s_date_stay_theirs(
    text: str, dates: dict[str, dt.date | None]
) -> None:
    assert figure_dates(text) == dates


def test_as_early_as_a_year_dates_by_it() -> None:
    assert resolved("The leaks began as early as 2021, when 40 homes flooded.") == (
        "2021",
        dt.date(2021, 1, 1),
    )


def test_an_expected_move_looks_ahead_and_a_law_signed_does_not() -> None:
    september = dt.date(2024, 9, 19)
    assert find_dates("He expected another cut in the fourth quarter.", september)[0].date == (
        dt.date(2024, 10, 1)
    )
    sentence = "The rise would wipe out the minimum wage signed into law in July."
    assert find_dates(sentence, september)[0].date == dt.date(2024, 7, 1)
    assert find_dates("The law will be signed in October.", september)[0].date == (
        dt.date(2024, 10, 1)
    )


def test_the_start_of_the_year_is_its_first_day() -> None:
    sentence = "Traffic had fallen by 40% since the start of the year, officials said."
    assert resolved(sentence) == ("start of the year", dt.date(2024, 1, 1))
    assert resolved("Prices rose 4% at the beginning of last year.")[1] == dt.date(2023, 1, 1)


def test_a_year_before_a_round_or_after_calendar_dates_by_it() -> None:
    assert resolved("She won 41% in the 2021 first round.") == ("2021", dt.date(2021, 1, 1))
    assert resolved("The firm hired 2,000 people in calendar 2023.") == (
        "2023",
        dt.date(2023, 1, 1),
    )


def test_a_fixture_or_a_trial_ahead_is_the_coming_day() -> None:
    tuesday = dt.date(2025, 4, 8)
    assert find_dates("Rovers host Wigan on Saturday.", tuesday)[0].date == dt.date(2025, 4, 12)
    assert find_dates("He faces trial on Monday.", tuesday)[0].date == dt.date(2025, 4, 14)
    assert find_dates("A host of stars arrived on Saturday.", tuesday)[0].date == (
        dt.date(2025, 4, 5)
    )


@pytest.mark.parametrize(
    ("sentence", "text", "date"),
    [
        (
            "The minister, who joined the cabinet in 2015, said on Wednesday that 92 countries "
            "had signed the treaty.",
            "Wednesday",
            dt.date(2024, 11, 20),
        ),
        (
            "Ms Clarke, appointed chief executive in 2021, told staff on Monday that 200 roles "
            "would go.",
            "Monday",
            dt.date(2024, 11, 18),
        ),
        (
            "The hospital, whose A&E closed in 2019, treated 18,000 patients last year.",
            "last year",
            dt.date(2023, 1, 1),
        ),
        # a figure in the clause keeps the clause's year; so does a document's publication
        (
            "Kaye, who bought the club in 2017 for a nominal £1, showed no reaction.",
            "2017",
            dt.date(2017, 1, 1),
        ),
        (
            "Its report, published in September 2023, found 14 breaches.",
            "September 2023",
            dt.date(2023, 9, 1),
        ),
    ],
)
def test_a_year_in_a_clause_about_the_subject_is_its_past_not_the_news(
    sentence: str, text: str, date: dt.date
) -> None:
    assert resolved(sentence, NOVEMBER) == (text, date)


MAY = dt.date(2024, 5, 16)


@pytest.mark.parametrize(
    ("sentence", "text", "date"),
    [
        (
            "The factory will close on 3 March, putting 420 jobs at risk.",
            "3 March",
            dt.date(2025, 3, 3),
        ),
        (
            "The regulator will cut the price cap by 12% from 1 January.",
            "1 January",
            dt.date(2025, 1, 1),
        ),
        ("The tax rose to 18% on 1 March, the minister said.", "1 March", dt.date(2024, 3, 1)),
        ("The store will open on 3 June, creating 150 jobs.", "3 June", dt.date(2024, 6, 3)),
        (
            "The dashboard put uptake at 63% on 20 February, so the programme would need more.",
            "20 February",
            dt.date(2024, 2, 20),
        ),
        # and decades back from the day of publication
        ("A decade ago, the company employed 1,500 people.", "A decade ago", dt.date(2014, 5, 16)),
        ("Two decades ago, 400 people worked there.", "Two decades ago", dt.date(2004, 5, 16)),
    ],
)
def test_days_of_the_year_ahead_and_decades_back_in_a_may_paper(
    sentence: str, text: str, date: dt.date
) -> None:
    assert resolved(sentence, MAY) == (text, date)


@pytest.mark.parametrize(
    "sentence",
    [
        "Rents in Dublin are now 40% higher than they were in 2019, at €2,100 a month.",
        "Weekly rents in Melbourne are now twice what they were in 2015, at A$570.",
        "Around 2.1 million people will retire over the next decade.",
    ],
)
def test_the_base_of_a_comparison_or_a_decade_ahead_dates_nothing(sentence: str) -> None:
    assert all(claim.event_date is None for claim in extract_claims(sentence, MAY))


def test_a_weekday_last_week_is_that_day_of_the_week_before() -> None:
    sentence = "Police said the incident happened on Tuesday last week, when 3 men were hurt."
    assert resolved(sentence, MAY) == ("Tuesday last week", dt.date(2024, 5, 7))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Inflation hit 11.1%, its highest level since 1981.", None, id="record"),
        pytest.param(
            "Melbourne had its hottest day since 2019 on Saturday, with highs of 43.1C.",
            dt.date(2024, 5, 11),
            id="the-record-beside-the-day-it-was-set",
        ),
        pytest.param(
            "At least six ceasefires have been announced in the region since 2021.",
            dt.date(2021, 1, 1),
            id="at-least-is-no-record",
        ),
        pytest.param(
            "It is the largest fire in the park since 2003, when about 4,000 hectares burned.",
            dt.date(2003, 1, 1),
            id="since-the-year-when-the-figure-happened",
        ),
        pytest.param(
            "It was the first eruption at the volcano since 1934.",
            dt.date(1934, 1, 1),
            id="a-record-with-no-figure-is-dated-by-it",
        ),
    ],
)
def test_the_base_of_a_record_does_not_date_the_figure(text: str, expected: dt.date | None) -> None:
    (claim,) = extract_claims(text, dt.date(2024, 5, 16))
    assert claim.event_date == expected


def test_a_market_move_its_share_and_the_close_are_one_event_on_one_day() -> None:
    claims = extract_claims(
        "The index fell 1,062 points, or 1.45%, to close at 72,404 on Thursday.",
        dt.date(2024, 5, 16),
    )
    assert [(c.quantity and c.quantity.value, c.event_date) for c in claims] == [
        (1062, dt.date(2024, 5, 16)),
        (1.45, dt.date(2024, 5, 16)),
        (72404, dt.date(2024, 5, 16)),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The floods have killed 267 people and displaced 281,000 since Monday.",
        "The blast killed four people and injured 11 on Monday.",
    ],
)
def test_the_toll_of_one_event_takes_its_date_for_every_figure(text: str) -> None:
    claims = extract_claims(text, dt.date(2024, 5, 16))
    assert [c.event_date for c in claims] == [dt.date(2024, 5, 13)] * 2


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("The year before last, the regatta lost £64,000.", dt.date(2022, 1, 1)),
        ("Takings fell 9% in the month before last.", dt.date(2024, 6, 1)),
        ("Some 40 homes were flooded the week before last.", dt.date(2024, 7, 29)),
        ("The ferry sank the day before yesterday.", dt.date(2024, 8, 11)),
        ("The new terminal will open the year after next.", dt.date(2026, 1, 1)),
    ],
)
def test_two_periods_back_or_on_count_from_publication(sentence: str, date: dt.date) -> None:
    assert resolved(sentence)[1] == date


@pytest.mark.parametrize(
    ("sentence", "published", "date"),
    [
        (
            "Marwick Homes slid to a £9 million loss in the first half, the housebuilder "
            "said on Tuesday.",
            TUESDAY,
            dt.date(2024, 1, 1),
        ),
        ("Exports fell 3% in the second half of last year.", TUESDAY, dt.date(2023, 7, 1)),
        ("Exports fell 3% in the second half of 2022.", TUESDAY, dt.date(2022, 7, 1)),
        ("Bookings rose 12% in the second half.", TUESDAY, dt.date(2023, 7, 1)),
        ("Bookings rose 12% in the first half.", dt.date(2024, 3, 5), dt.date(2023, 1, 1)),
        (
            "The economy will grow 0.8% in the second half, the bank said on Tuesday.",
            TUESDAY,
            dt.date(2024, 7, 1),
        ),
        ("Group margins rose to 6.1% in H1 2024.", TUESDAY, dt.date(2024, 1, 1)),
        ("Orders fell 7% in H2 2023, the firm said on Tuesday.", TUESDAY, dt.date(2023, 7, 1)),
        ("Rovers had 64% of possession in the first half.", TUESDAY, None),
        ("Halden scored 2 goals in the second half.", TUESDAY, None),
        ("Margins widened to 7% in its first half.", TUESDAY, None),
    ],
)
def test_a_half_year_is_its_first_day_and_a_match_s_half_no_date(
    sentence: str, published: dt.date, date: dt.date | None
) -> None:
    mention = main_date(find_dates(sentence, published))
    assert (mention.date if mention else None) == date


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("Hollins plans to cut 120 jobs by the end of the month.", dt.date(2024, 8, 1)),
        ("The fund will pay out £2m at the end of the month.", dt.date(2024, 8, 1)),
        ("Stocks should fall to 40 days' supply by month-end.", dt.date(2024, 8, 1)),
        ("Two more flights were planned before the end of the month.", None),
    ],
)
def test_the_end_of_the_month_is_the_month_it_names(sentence: str, date: dt.date | None) -> None:
    mention = main_date(find_dates(sentence, TUESDAY))
    assert (mention.date if mention else None) == date


@pytest.mark.parametrize(
    ("text", "figure", "date"),
    [
        (
            "Brayford Mutual, which employs 2,300 people in Lincoln, said on Monday it "
            "would shut its call centre.",
            "2,300 people",
            None,
        ),
        (
            "The charity, which runs 14 hostels across Kent, told MPs on Monday that its "
            "grant had been cut by £400,000.",
            "14 hostels",
            None,
        ),
        (
            "The charity, which runs 14 hostels across Kent, told MPs on Monday that its "
            "grant had been cut by £400,000.",
            "£400,000",
            dt.date(2024, 8, 12),
        ),
        (
            "The seat fell vacant in May when Ann Dorrell, who had held it for 22 years, "
            "stood down.",
            "22 years",
            dt.date(2024, 5, 1),
        ),
    ],
)
def test_a_figure_beside_the_subject_is_not_dated_by_the_day_it_spoke(
    text: str, figure: str, date: dt.date | None
) -> None:
    claims = [c for c in extract_claims(text, TUESDAY) if c.quantity]
    assert [c.event_date for c in claims if c.quantity.text == figure] == [date]


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        (
            "The tourist tax will rise to £3 a night from 2027, the council said.",
            dt.date(2027, 1, 1),
        ),
        ("From 2026, new homes must have 40% more insulation.", dt.date(2026, 1, 1)),
    ],
)
def test_from_a_year_is_when_the_change_starts(sentence: str, date: dt.date) -> None:
    mention = main_date(find_dates(sentence, NOVEMBER))
    assert mention is not None and mention.date == date


@pytest.mark.parametrize(
    "sentence",
    [
        "Exports reached 2.1 million tonnes last year, up 4% from 2023.",  # the base
        "Rents are down 12% from 2021, the agency said.",
        "Emissions are down from 2019 levels.",
    ],
)
def test_from_a_year_as_a_comparison_base_is_no_start(sentence: str) -> None:
    assert not [
        m for m in find_dates(sentence, NOVEMBER) if m.text.endswith(("2019", "2021", "2023"))
    ]


@pytest.mark.parametrize(
    ("sentence", "published", "date"),
    [
        (  # the total of the counts: one event, both figures take its day
            "Jo Kettering, 51, was charged on Thursday with three counts of theft totalling "
            "£12,400.",
            dt.date(2025, 5, 9),
            dt.date(2025, 5, 8),
        ),
        (
            "Border officers seized 22 boxes of cigarettes worth £31,000 on Tuesday.",
            dt.date(2025, 5, 9),
            dt.date(2025, 5, 6),
        ),
    ],
)
def test_a_figure_and_what_it_totals_share_a_date(
    sentence: str, published: dt.date, date: dt.date
) -> None:
    claims = extract_claims(sentence, published)
    assert len([c for c in claims if c.quantity]) == 2
    assert {c.event_date for c in claims if c.quantity} == {date}


@pytest.mark.parametrize(
    ("sentence", "published", "date"),
    [
        (  # "at three schools" says where the contract's work is: the date after it dates both
            "The trust signed a £4.1 million deal for new boilers at six hospitals on 12 March, "
            "board papers show.",
            dt.date(2025, 3, 20),
            dt.date(2025, 3, 12),
        ),
        (
            "The county awarded a $900,000 grant for repairs across 14 libraries Feb. 3.",
            dt.date(2025, 3, 20),
            dt.date(2025, 2, 3),
        ),
    ],
)
def test_a_figure_with_where_it_applies_shares_the_date_after_both(
    sentence: str, published: dt.date, date: dt.date
) -> None:
    claims = extract_claims(sentence, published)
    assert len([c for c in claims if c.quantity]) == 2
    assert {c.event_date for c in claims if c.quantity} == {date}


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        (  # "Earlier today" dates the confirming, not the crossings
            "Earlier today the coastguard confirmed that 310 people were rescued off Dover on "
            "Monday.",
            dt.date(2024, 11, 18),
        ),
        (
            "Late yesterday the ministry said 48 soldiers had been wounded on Sunday.",
            dt.date(2024, 11, 17),
        ),
    ],
)
def test_an_opening_day_of_the_saying_gives_way_to_the_day_said(
    sentence: str, date: dt.date
) -> None:
    (claim,) = [c for c in extract_claims(sentence, NOVEMBER) if c.quantity]
    assert claim.event_date == date


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        (  # a company's year named by its last day: it began the day after, a year before
            "Kestrel Rail posted a pre-tax profit of £84 million for the financial year ended "
            "31 March 2024.",
            dt.date(2023, 4, 1),
        ),
        (
            "The miner expects output of 1.9 million tonnes in fiscal 2025, the 12 months "
            "ending June 30, 2025.",
            dt.date(2024, 7, 1),
        ),
    ],
)
def test_a_fiscal_year_named_by_its_last_day_starts_the_day_after(
    sentence: str, date: dt.date
) -> None:
    mention = main_date(find_dates(sentence, NOVEMBER))
    assert mention is not None and mention.date == date


def test_a_fiscal_year_named_by_its_month_stays_a_period() -> None:
    sentence = "It cut its growth forecast for the financial year ending March 2026 to 2%."
    assert main_date(find_dates(sentence, NOVEMBER)) is None


@pytest.mark.parametrize(
    ("sentence", "published", "date"),
    [
        (  # a part of a month describing a noun, the part publication falls in: now
            "Gusts of 70mph made it the stormiest mid-October day on record, forecasters said.",
            dt.date(2025, 10, 15),
            dt.date(2025, 10, 15),
        ),
        (
            "It was the warmest early-April night in Leeds for 20 years, at 14C.",
            dt.date(2025, 4, 4),
            dt.date(2025, 4, 4),
        ),
        # not when publication falls outside that part, nor a period of its own
        (
            "Turnout was the lowest for a late-June poll since 1992.",
            dt.date(2025, 6, 5),
            dt.date(2025, 6, 1),
        ),
        ("Prices rose 3% in late May.", dt.date(2025, 5, 28), dt.date(2025, 5, 1)),
    ],
)
def test_a_part_of_the_month_publication_falls_in_is_now(
    sentence: str, published: dt.date, date: dt.date
) -> None:
    mention = main_date(find_dates(sentence, published))
    assert mention is not None and mention.date == date


@pytest.mark.parametrize(
    "sentence",
    [
        # a plan in a clause of its own after the figure: its date is not the figure's
        "The museum drew 212,000 visitors over the holidays, and the trust expects more next year.",
        "The festival sold 18,000 tickets, but the organisers hope to double that this year.",
    ],
)
def test_a_plan_after_the_figure_does_not_date_it(sentence: str) -> None:
    claims = [c for c in extract_claims(sentence, NOVEMBER) if c.quantity]
    assert claims and claims[0].event_date is None
