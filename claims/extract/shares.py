"""Shares written in words, and a spelled-out single unit after a hedge.

"one in three pupils", "a third", "two-thirds of", "about half", "by a quarter" are
percentages a fact-checker checks like "33%"; "almost an hour" is one hour. Each is a
`Quantity` in percent (rounded to one decimal: "one in three" is 33.3) or in its unit,
with its hedge ("about", "almost") in the text and the approximate flag, like the
figures `quantities.py` finds.
"""

from __future__ import annotations

import re

from claims.extract.figure_context import hedge_start
from claims.extract.results import Quantity
from claims.extract.units import Unit, match_unit, normalize

_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "twenty": 20, "hundred": 100,
}  # fmt: skip
_PARTS = {
    "half": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5,
    "tenth": 10, "tenths": 10,
}  # fmt: skip
_ONE_IN = re.compile(
    r"\b(?P<a>one|two|three|four|five|six|seven|eight|nine|\d)\s+in\s+(?P<b>two|three|four|five|six|seven|eight|nine|ten"
    r"|twenty|hundred|\d{1,3})\b",
    re.IGNORECASE,
)
# "a third of", "two-thirds", "by a quarter", "about half": a share needs "of" after it, or
# a hedge or "by" before it ("half" alone is too common: "half an hour", "the second half").
_PART = re.compile(
    r"\b(?P<count>a|one|two|three)[\s-](?P<part>thirds?|quarters?|fifths?|tenths?)\b"
    r"|\b(?P<half>half)\b",
    re.IGNORECASE,
)
_OF_A = re.compile(r"\s+of\s+an?\s+", re.I)
_OF_A_SCALE = re.compile(r"\s+of\s+an?\s+(?:hundred|thousand|million|billion|trillion)\b", re.I)
_OF_A_POINT = re.compile(r"\s+of\s+(?:a|one)\s+(?:percentage\s+)?point\b", re.I)
_POINT_AFTER = re.compile(r"[\s-](?:percentage[\s-]+)?points?\b", re.I)
_ORDINAL_HALF = re.compile(r"\b(?:first|second|latter|other|the|a|an)\s+$", re.IGNORECASE)
_CLOSE_TO = re.compile(
    r"\b(?:almost|nearly|about|around|roughly|approximately|close\s+to)\s+$", re.I
)
_PART_WORDS = ("half", "third", "quarter", "fifth", "tenth", "almost a", "nearly a",
               "about a", "around a", "roughly a", "approximately a", "close to a")  # fmt: skip
_ONE_IN_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TIME_WORDS = frozenset(["second", "minute", "hour", "day", "week", "month", "year"])
_NOT_MEASURED = _TIME_WORDS | {"decade", "century", "percent"}  # "a quarter of a century"
_SINGLE_UNIT = re.compile(r"\b(?:an?)\s+(?=\w)", re.IGNORECASE)


def _one_in_hint(lowered: str) -> bool:
    """Whether " in " follows a digit or a number word from one to nine (as the end of
    a longer word too): where "one in five" can be. A loop over the " in "s, which is
    several times faster than a regex that must try every position."""
    at = lowered.find(" in ")
    while at >= 0:
        if lowered[at - 1 : at].isdecimal() or lowered.endswith(_ONE_IN_WORDS, 0, at):
            return True
        at = lowered.find(" in ", at + 1)
    return False


def find_shares(sentence: str) -> list[tuple[int, Quantity, int]]:
    """(start, quantity, end) for every share or hedged single unit in the sentence."""
    lowered = sentence.lower()
    if not any(map(lowered.__contains__, _PART_WORDS)) and (not _one_in_hint(lowered)):
        return []  # most sentences: a few substring tests, no share
    found: list[tuple[int, Quantity, int]] = []
    for match in _ONE_IN.finditer(sentence):
        a, b = _value(match.group("a")), _value(match.group("b"))
        if a and b and a < b:
            found.append(_share(sentence, match.start(), match.end(), 100 * a / b))
    for match in _PART.finditer(sentence):
        start, end = match.start(), match.end()
        point = _OF_A_POINT.match(sentence, end)
        point_after = None if point is not None else _POINT_AFTER.match(sentence, end)
        ordinal = _ORDINAL_HALF.search(sentence[:start])
        if ordinal is not None and point_after is not None:  # "a half-point cut" is a figure,
            ordinal = None if ordinal.group(0).split()[0].lower() in {"a", "the"} else ordinal
        if _OF_A_SCALE.match(sentence, end) or ordinal:  # "the second half point" is not
            continue  # "a quarter of a billion pounds" is money; "the first half of" a time
        points = point or point_after  # "a quarter of a percentage point", "a quarter point"
        if points is not None and (point_after is not None or not match.group("half")):
            if match.group("half"):
                value = 0.5
            else:
                count = _NUMBERS.get(match.group("count").lower(), 1)
                value = round(count / _PARTS[match.group("part").lower()], 2)
            text_start = hedge_start(sentence, start)
            text = sentence[start if text_start is None else text_start : points.end()]
            quantity = Quantity(value, "point", value, "point", text_start is not None, text)
            found.append((start if text_start is None else text_start, quantity, points.end()))
            continue
        if point is not None:  # "half a percentage point" is written "half of a" rarely
            continue
        hedged = hedge_start(sentence, start) is not None
        by = sentence[max(0, start - 3) : start].lower() == "by "
        of = sentence[end : end + 4].lower().lstrip('"”').startswith(" of")
        if match.group("half"):
            if sentence[end : end + 3].lower() == " a ":  # "half a mile": a measure
                unit = match_unit(sentence, end + 3)
                if unit is not None and unit[0].canonical not in _TIME_WORDS:
                    found.append(_measure(sentence, start, unit[1], 0.5, unit[0]))
                continue  # not "half a year", "half an hour"
            if not (hedged or by or of) or sentence[end : end + 3].lower() == " an":
                continue
            value = 50.0
        else:
            if not (hedged or by or of or "-" in match.group(0) or _more_likely(sentence, end)):
                continue
            count = _NUMBERS.get(match.group("count").lower(), 1)
            of_a = _OF_A.match(sentence, end)
            unit = match_unit(sentence, of_a.end()) if of_a else None
            if unit is not None and unit[0].canonical not in _NOT_MEASURED:
                share = count / _PARTS[match.group("part").lower()]  # "a quarter of a
                found.append(_measure(sentence, start, unit[1], share, unit[0]))  # tonne"
                continue
            value = 100 * count / _PARTS[match.group("part").lower()]
        found.append(_share(sentence, start, end, value))
    for match in _SINGLE_UNIT.finditer(sentence):
        start = match.start()
        if not _CLOSE_TO.search(sentence[max(0, start - 24) : start]):
            continue  # "an hour later", "more than a year ago" are no figures; "almost an hour" is
        unit = match_unit(sentence, match.end())
        if unit is None:
            continue
        found.append(_measure(sentence, start, unit[1], 1.0, unit[0]))
    return found


_MULTIPLIER = re.compile(
    r"\b(?:(?P<verb>doubled|tripled|trebled|quadrupled)\b"
    r"|(?P<fold>(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,3})-?fold)\b"
    r"|(?P<twice>twice|three\s+times)(?=\s+(?:as|the|that|more|higher|larger|bigger|faster)\b))",
    re.IGNORECASE,
)
_MULTIPLES = {"doubled": 2, "twice": 2, "tripled": 3, "trebled": 3, "quadrupled": 4}
_MULTIPLE_WORDS = ("doubled", "twice", "tripled", "trebled", "quadrupled", "fold")


def find_multipliers(sentence: str) -> list[tuple[int, Quantity, int]]:
    """ "more than doubled", "almost twice as high": a multiple, in `times`. ("three times
    as" comes from the figures reader; "twice a week" is no multiple.)"""
    if not any(word in sentence for word in _MULTIPLE_WORDS):
        return []
    found = []
    for match in _MULTIPLIER.finditer(sentence):
        if match.group("fold"):  # "rose fivefold", "a 20-fold increase"
            times = match.group("fold").lower().removesuffix("fold").rstrip("-")
            value = float(times) if times.isdigit() else float(_NUMBERS[times])
        else:
            word = (match.group("verb") or match.group("twice")).lower()
            if word not in _MULTIPLES:
                continue
            value = float(_MULTIPLES[word])
        start, end = match.start(), match.end()
        hedge = hedge_start(sentence, start)
        text_start = start if hedge is None else hedge
        quantity = Quantity(
            value, "times", value, "times", hedge is not None, sentence[text_start:end]
        )
        found.append((text_start, quantity, end))
    return found


def _more_likely(sentence: str, end: int) -> bool:
    """ "a third more likely", "a quarter higher": a share by itself."""
    return _COMPARATIVE.match(sentence, end) is not None


_COMPARATIVE = re.compile(r"\s+(?:more|less|fewer|higher|lower|bigger|smaller)\b")


def _value(word: str) -> int | None:
    return int(word) if word.isdigit() else _NUMBERS.get(word.lower())


def _share(sentence: str, start: int, end: int, value: float) -> tuple[int, Quantity, int]:
    hedge = hedge_start(sentence, start)
    text_start = start if hedge is None else hedge
    value = round(value, 1)
    text = sentence[text_start:end]
    quantity = Quantity(value, "percent", value, "percent", hedge is not None, text)
    return text_start, quantity, end


def _measure(
    sentence: str, start: int, end: int, value: float, unit: Unit
) -> tuple[int, Quantity, int]:
    hedge = hedge_start(sentence, start)
    text_start = start if hedge is None else hedge
    normalized_value, normalized_unit = normalize(value, unit)
    text = sentence[text_start:end]
    quantity = Quantity(value, unit.canonical, normalized_value, normalized_unit, True, text)
    return text_start, quantity, end
