"""Finding a passage again after the article around it changed."""

from __future__ import annotations

from claims.ingest import anchor

OLD = (
    "Officials said 1,200 people were evacuated. The mayor said the damage was severe. "
    "Rain is expected to continue until Thursday."
)
QUOTE = "The mayor said the damage was severe."


def _selector(text: str, quote: str) -> tuple[str, str, int]:
    start = text.index(quote)
    prefix, suffix = anchor.context(text, start, start + len(quote))
    return prefix, suffix, start


def test_unchanged_passage_found_exactly_where_it_moved() -> None:
    prefix, suffix, start = _selector(OLD, QUOTE)
    new = "UPDATE: a second river has flooded.\n\n" + OLD
    found = anchor.locate(new, QUOTE, prefix, suffix, start)
    assert found == anchor.Anchor(new.index(QUOTE), new.index(QUOTE) + len(QUOTE), exact=True)


def test_repeated_quote_prefers_the_occurrence_with_the_same_surroundings() -> None:
    text = "Intro. The mayor said the damage was severe. Middle part of the story here. " + OLD
    prefix, suffix, start = _selector(OLD, QUOTE)
    found = anchor.locate(text, QUOTE, prefix, suffix, start)
    assert found is not None
    assert found.start == text.index(QUOTE, 20)  # the second, whose context matches


def test_lightly_edited_passage_is_found_fuzzily() -> None:
    prefix, suffix, start = _selector(OLD, QUOTE)
    new = OLD.replace(
        "The mayor said the damage was severe.", "The mayor said that damage was severe."
    )
    found = anchor.locate(new, QUOTE, prefix, suffix, start)
    assert found is not None and not found.exact
    assert new[found.start : found.end] == "The mayor said that damage was severe."


def test_a_changed_figure_is_not_the_same_passage() -> None:
    quote = "Officials said 1,200 people were evacuated."
    prefix, suffix, start = _selector(OLD, quote)
    corrected = OLD.replace("1,200", "1,500")
    assert anchor.locate(corrected, quote, prefix, suffix, start) is None


def test_a_removed_passage_is_not_found() -> None:
    prefix, suffix, start = _selector(OLD, QUOTE)
    new = OLD.replace(QUOTE + " ", "")
    assert anchor.locate(new, QUOTE, prefix, suffix, start) is None


def test_sentence_around() -> None:
    start = OLD.index("damage")
    assert anchor.sentence_around(OLD, start, start + 6) == QUOTE
