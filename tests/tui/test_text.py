"""Article text is data: control characters become visible, offsets still line up."""

from claims.tui.text import one_line, passage, split_quote, visible, visible_lines


def test_control_characters_are_shown_one_for_one() -> None:
    hostile = "red \x1b[31mALERT\x1b[0m\x07 bell\x00 \x9b C1"
    shown = visible(hostile)
    assert shown == "red ␛[31mALERT␛[0m␇ bell␀ � C1"
    assert len(shown) == len(hostile)  # offsets into the text still point at the quote


def test_lines_keep_their_breaks_but_not_carriage_returns() -> None:
    assert visible_lines("one\r\ntwo\rthree\tfour\n") == "one \ntwo␍three\tfour\n"
    assert len(visible_lines("one\r\ntwo")) == len("one\r\ntwo")


def test_one_line_collapses_and_cuts() -> None:
    assert one_line("  a\n\n b\t c  ") == "a b c"
    assert one_line("abcdefghij", 6) == "abcde…"
    assert one_line(None) == ""
    assert one_line("x\x1by") == "x␛y"
    assert one_line("bidi \u202eevil") == "bidi �evil"


def test_passage_is_the_sentence_with_one_either_side() -> None:
    text = "First one. Second has the quote here. Third one. Fourth one."
    start = text.index("the quote")
    before, quote, after = passage(text, start, start + len("the quote"))
    assert (before, quote, after) == ("First one. Second has ", "the quote", " here. Third one.")
    assert passage(text, start, start + 9, sentences=0) == ("Second has ", "the quote", " here.")


def test_passage_without_punctuation_is_bounded() -> None:
    text = "word " * 1000
    before, quote, after = passage(text, 2500, 2504)
    assert len(before) <= 600 and len(after) <= 600 and quote == "word"


def test_split_quote() -> None:
    assert split_quote("He said 5 percent today.", "5 percent") == (
        "He said ",
        "5 percent",
        " today.",
    )
    assert split_quote("Nothing here.", "absent") == ("Nothing here.", "", "")


def test_numbers_read_as_a_newsroom_writes_them() -> None:
    from claims.tui.widgets.sections import number

    assert [number(v) for v in (2_300_000.0, 2.2, 1000.0, None)] == [
        "2,300,000",
        "2.2",
        "1,000",
        "—",
    ]
