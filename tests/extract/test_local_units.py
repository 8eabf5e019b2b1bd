"""A currency or a temperature scale the copy leaves unsaid is the one of the country the
article is about: "$" in an Australian story, "rupees" in a Pakistani one, "pesos" in
Bogota, "118 degrees" in Phoenix. Every text here was written for this test."""

from __future__ import annotations

import pytest

from claims.extract import extract_claims


def units_of(text: str) -> list[str | None]:
    return [c.quantity.unit for c in extract_claims(text) if c.quantity is not None]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        (
            "Queensland Rail said the strike had cost $184 million. Brisbane commuters were "
            "stranded for a third day.",
            "AUD",
        ),
        (
            "SYDNEY, June 3 (Harbour Wire) - The council approved a $12 million pool.",
            "AUD",
        ),
        (
            "The Illawarra Hawks flagged a $2.4m loss, the NRL club's second in a row.",
            "AUD",
        ),
        (
            "Tarrawong Shire Council will spend $8.6 million buying back flood-hit homes in "
            "northern NSW.",
            "AUD",
        ),
        (
            "Ironvale made a $2.8 billion profit as its Pilbara mines ran flat out. The Pilbara "
            "expansion will cost more.",
            "AUD",
        ),
        (
            "The RCMP said the fraud cost Winnipeg families $3 million.",
            "CAD",
        ),
        (
            "Floods in Sindh destroyed crops, and officials in Karachi said each family would "
            "get 25,000 rupees.",
            "PKR",
        ),
        (
            "Farmers near Mumbai said the monsoon had cost them 40,000 rupees an acre, the "
            "Maharashtra government said.",
            "INR",
        ),
        (
            "BOGOTA, June 22 - She promised no new tax on households earning less than 10 "
            "million pesos a month.",
            "COP",
        ),
        (
            "Typhoon damage in Luzon reached 4.2 billion pesos, Manila's disaster office said.",
            "PHP",
        ),
        ("NAIROBI - Maize farmers lost Sh2.4 billion to the drought.", "KES"),
        ("KAMPALA - Traders lost Sh2.4 billion in the market fire.", "UGX"),
        (
            "Oslo's finance ministry said Norway would spend 1.6 billion crowns on the line.",
            "NOK",
        ),
    ],
)
def test_an_unsaid_currency_is_the_articles_countrys(text: str, unit: str) -> None:
    assert units_of(text)[0] == unit


@pytest.mark.parametrize(
    "text",
    [
        "The company said the plant would cost $5 million.",  # no country: US dollars
        "Sydney-based Harbour Freight paid US$40 million for the Texas and Florida depots.",
        "One Australian investor put in $2 million, with Texas and California funds adding "
        "the rest.",  # the US named as often: US dollars
    ],
)
def test_dollars_stay_us_dollars_unless_another_country_stands_out(text: str) -> None:
    assert units_of(text)[0] == "USD"


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        (
            "TUCSON, Arizona - Temperatures hit 117 degrees on Tuesday, the hottest day in "
            "U.S. records for the city.",
            "degree_Fahrenheit",
        ),
        ("Temperatures reached 45.3 degrees in Adelaide on Friday.", "degree_Celsius"),
        ("Overnight lows fell to minus 9 degrees in the camps.", "degree_Celsius"),
        ("Nurses worked through three 45-degree days in a row.", "degree_Celsius"),
        ("The satellite's orbit is inclined at 97.6 degrees.", "degree"),
    ],
)
def test_bare_degrees_of_weather_are_the_countrys_scale(text: str, unit: str) -> None:
    assert units_of(text)[0] == unit


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        (
            "NEW DELHI - Temperatures reached 48 degrees in Delhi on Monday, the weather office "
            "said. The US embassy told US citizens to stay indoors.",
            "degree_Celsius",
        ),
        (
            "Temperatures hit 30 degrees in Leeds, and USB fans and USB chargers sold out.",
            "degree_Celsius",
        ),
        ("PERTH, Scotland - The distillery was sold for $40 million.", "USD"),
        (
            "LONDON - A Victorian painting sold for $2.1 million to a collector from Sydney.",
            "USD",
        ),
        ("The Duke of Wellington's papers fetched $3 million.", "USD"),
        ("KAMPALA - Traders paid 50,000 Kenyan shillings for the maize.", "KES"),
        ("BOGOTA - The gang was paid 10 million Mexican pesos.", "MXN"),
        ("KARACHI - Tomatoes cost Rs 120 a kilo across Sindh.", "PKR"),
    ],
)
def test_what_does_not_make_a_country_stand_out(text: str, unit: str) -> None:
    """Another country named as often, a word that only starts like one ("USB"), a place
    other countries have too, or a currency the figure names itself."""
    assert units_of(text)[0] == unit


def test_a_bare_dollar_beside_the_countrys_own_sign_is_the_us_dollar() -> None:
    text = (
        "HONG KONG - Qinghe Energy raised HK$12.6 billion ($1.62 billion) in its Hong Kong "
        "listing. Hong Kong listings have raised about $18 billion this year."
    )
    assert units_of(text) == ["HKD", "USD"]  # the conversion in brackets is no figure


def test_a_story_from_canada_writes_canadian_dollars_with_a_bare_sign() -> None:
    text = (
        "The Halifax council approved a $12 million budget for its harbour. Nova Scotia will "
        "pay a third, and Canada's federal government the rest."
    )
    assert units_of(text) == ["CAD"]


def test_a_bare_dollar_beside_a_conversion_from_canadian_dollars_is_the_us_dollar() -> None:
    text = (
        "OTTAWA - Canada will tax 14.6 billion Canadian dollars ($10.6 billion) of goods. "
        "Builders in Canada said the duty would add roughly $9,800 to a new home."
    )
    assert units_of(text) == ["CAD", "USD"]  # the conversion in brackets is no figure
