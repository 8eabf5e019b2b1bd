"""Metadata headers of plain-text articles."""

from __future__ import annotations

import datetime as dt

from claims.extract.header import parse_article_header, published_date


def test_key_value_header_closed_by_a_blank_line() -> None:
    text = "title: Storm hits coast\nOutlet: Harbour Post\ndate: 2024-09-16\n\nRain fell.\n"
    metadata, body, offset = parse_article_header(text)
    assert metadata == {"title": "Storm hits coast", "outlet": "Harbour Post", "date": "2024-09-16"}
    assert body == "Rain fell.\n"
    assert text[offset:] == body
    assert published_date(metadata) == dt.date(2024, 9, 16)


def test_indented_keys_and_a_spelled_out_date() -> None:
    text = "  Title: Poll lead\n  Published: 14 August 2024\n\nThe Alliance leads."
    metadata, body, _ = parse_article_header(text)
    assert metadata["title"] == "Poll lead"
    assert published_date(metadata) == dt.date(2024, 8, 14)
    assert body == "The Alliance leads."


def test_front_matter_with_quoted_values() -> None:
    text = '---\ntitle: "On the island"\ndate: 2024-06-11\n---\n\nBoats arrived.'
    metadata, body, offset = parse_article_header(text)
    assert metadata["title"] == "On the island"
    assert body == "Boats arrived."
    assert text[offset:] == body


def test_a_title_opening_on_a_quotation_keeps_its_quotation_marks() -> None:
    text = "title: 'We lost it all': a town's 'worst flood'\ndate: 2024-06-11\n\nBoats came."
    metadata, _, _ = parse_article_header(text)
    assert metadata["title"] == "'We lost it all': a town's 'worst flood'"


def test_no_header_means_the_whole_text_is_body() -> None:
    text = "Low water strands barges\n\nBarges are sailing light."
    assert parse_article_header(text) == ({}, text, 0)
    assert published_date({}) is None


def test_a_numeric_date_is_day_first_unless_the_copy_is_american() -> None:
    british = "Date: 09/05/2026\n\nThe council will spend £4m on roads."
    american = "Date: 09/05/2026\n\nThe city will spend $4 million on roads."
    metadata, body, _ = parse_article_header(british)
    assert published_date(metadata, body) == dt.date(2026, 5, 9)
    metadata, body, _ = parse_article_header(american)
    assert published_date(metadata, body) == dt.date(2026, 9, 5)
    assert published_date({"date": "20/05/2026"}) == dt.date(2026, 5, 20)  # no doubt
    assert published_date({"date": "05/20/2026"}, "£4m") == dt.date(2026, 5, 20)
    assert published_date({"date": "31/02/2026"}) is None
    assert published_date({"date": "09/05/2026 10:32"}, "£4m") == dt.date(2026, 5, 9)
    assert published_date({"date": "09/05/2026"}, "an A$2bn package") == dt.date(2026, 5, 9)
