"""Claim spans: wire datelines are not part of the claim, and the span stays exact."""

from __future__ import annotations

import pytest

from claims.extract import extract_claims


@pytest.mark.parametrize(
    ("text", "claim_text"),
    [
        pytest.param(
            "OSLO, March 3 (Nordic Wire) - The central bank raised rates to 4.5% on Thursday.",
            "The central bank raised rates to 4.5% on Thursday.",
            id="city-date-outlet",
        ),
        pytest.param(
            "TAVAR, Sorvan, 19 Sept (Island Wire) — Rescuers pulled 12 people from the rubble.",
            "Rescuers pulled 12 people from the rubble.",
            id="city-region-day-month",
        ),
        pytest.param(
            "WASHINGTON (Capital Wire) - The Senate passed the bill by 52 votes to 48.",
            "The Senate passed the bill by 52 votes to 48.",
            id="city-outlet",
        ),
        pytest.param(
            "HARBOUR CITY have smashed their transfer record to sign a striker for £62 million.",
            "HARBOUR CITY have smashed their transfer record to sign a striker for £62 million.",
            id="tabloid-capitals-are-not-a-dateline",
        ),
    ],
)
def test_dateline_is_left_out_of_the_claim(text: str, claim_text: str) -> None:
    article = "Headline\n\n" + text + "\n\nThe talks will resume next week, officials said."
    claim = extract_claims(article)[0]
    assert claim.text == claim_text
    assert claim.quote == article[claim.start : claim.end] == claim_text
    assert claim.sentence == claim_text
    assert article[: claim.start].endswith(text[: len(text) - len(claim_text)])


def test_a_date_in_the_dateline_is_not_the_claims_date() -> None:
    import datetime as dt

    text = "OSLO, March 3 (Nordic Wire) - The central bank raised rates to 4.5% last week."
    claim = extract_claims(text, dt.date(2025, 3, 3))[0]
    assert (claim.date_text, claim.event_date) == ("last week", dt.date(2025, 2, 24))


def test_a_results_release_s_bullet_points_are_claims() -> None:
    from claims.extract import extract_claims

    text = (
        "FINANCIAL HIGHLIGHTS\n\n- Group revenue up 4.1% to £6.38 billion\n"
        "- Underlying pre-tax profit up 11% to £212 million\n"
    )
    figures = {c.quantity.text for c in extract_claims(text) if c.quantity}
    assert {"4.1%", "£6.38 billion", "11%", "£212 million"} <= figures


@pytest.mark.parametrize(
    ("text", "figures"),
    [("Turnout was 61.4%.", [61.4]), ("Sales fell £2m.", [2e6]), ("She was 88.", [])],
)
def test_a_three_word_sentence_with_a_figure_is_a_claim(text: str, figures: list[float]) -> None:
    claims = extract_claims(text)
    assert [c.quantity.value for c in claims if c.quantity] == figures
