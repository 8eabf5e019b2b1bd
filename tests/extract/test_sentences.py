"""Sentence spans: exact offsets, abbreviations kept whole, quotes with their attribution."""

from __future__ import annotations

import pytest

from claims.extract import split_sentences


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "“Why would we do that?” Putin said. The talks ended.",
            ["“Why would we do that?” Putin said.", "The talks ended."],
        ),
        (
            '"Is this a joke?!" the minister asked reporters. Nobody laughed.',
            ['"Is this a joke?!" the minister asked reporters.', "Nobody laughed."],
        ),
        ("Mr. Smith met Dr. Jones. They talked.", ["Mr. Smith met Dr. Jones.", "They talked."]),
        (
            "Troops left the U.S. base on Aug. 6 at 10 a.m. local time. It was quiet.",
            ["Troops left the U.S. base on Aug. 6 at 10 a.m. local time.", "It was quiet."],
        ),
        ("He lives in the U.S. The economy grew.", ["He lives in the U.S.", "The economy grew."]),
        (
            "John F. Kennedy spoke in 1963. Crowds cheered.",
            ["John F. Kennedy spoke in 1963.", "Crowds cheered."],
        ),
        (
            "Sales hit $4.2 billion. Profit fell 3.5%.",
            ["Sales hit $4.2 billion.", "Profit fell 3.5%."],
        ),
        ("“We will win.” The minister left.", ["“We will win.”", "The minister left."]),
        ("“We will win.” Putin said.", ["“We will win.” Putin said."]),
        (
            "Wait... what happened next? Nobody knows.",
            ["Wait... what happened next?", "Nobody knows."],
        ),
        ("St. Petersburg is cold. No. 10 is warm.", ["St. Petersburg is cold.", "No. 10 is warm."]),
        (
            "The board voted no. Its chair resigned. Plot no. 4 was sold.",
            ["The board voted no.", "Its chair resigned.", "Plot no. 4 was sold."],
        ),
    ],
)
def test_sentence_boundaries(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_paragraphs_and_headings_split_and_offsets_are_exact() -> None:
    text = (
        "Storm Report\n\nBy Ann Lee\n\n  The river rose 2 metres.\nIt kept rising.  \n\nAid came."
    )
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == [
        "Storm Report",
        "By Ann Lee",
        "The river rose 2 metres.",
        "It kept rising.",
        "Aid came.",
    ]
    for start, end in spans:
        assert text[start:end] == text[start:end].strip()


def test_hard_wrapped_lines_stay_one_sentence() -> None:
    text = (
        "The council said on Monday that the new tram line would cost far more than the\n"
        "figure it had given voters before the election last spring.\n"
    )
    assert sentences(text) == [" ".join(text.split()).replace(" figure", "\nfigure")]


def test_an_assistant_secretary_s_abbreviations_end_no_sentence() -> None:
    text = "The DSWD, through Asst. Sec. Mara Tiongson, said it had given P45 million in aid."
    assert len(split_sentences(text)) == 1
