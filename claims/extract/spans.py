"""Figures that span several numbers in the words: ranges ("between 20,000 and 25,000
bricklayers", "six to nine months", "$12 to $15 billion"), parts of a whole ("five of its
14 areas") and durations that are only the period of another figure ("rose 40% over the
past five years"). `quantities.py` reads the numbers; these rules join or drop them.
"""

from __future__ import annotations

import re

from claims.extract.results import Quantity
from claims.extract.units import TIME_UNITS, scaled

SMALL_NUMBERS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
WORD_VALUES = (
    {word: float(i) for i, word in enumerate(SMALL_NUMBERS)}
    | {word: float(20 + 10 * i) for i, word in enumerate(TENS)}
    | {"a": 1.0, "dozen": 12.0, "a dozen": 12.0, "half a": 0.5}
)


_LOW_END = re.compile(
    rf"(?P<between>\bbetween\s+)?(?<![\w.,])[$€£]?(?P<low>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|"
    rf"{'|'.join(SMALL_NUMBERS[1:] + TENS)})\s*(?:%|per\s?cent)?"
    r"(?:\s*(?P<scale>million|billion|trillion|bn|m)\b)?"  # "between £430 million and £450 million"
    r"(?P<join>\s*(?:-|–)\s*|\s+to\s+|\s+and\s+)$",
    re.IGNORECASE,
)


_JOINS = (" to ", " and ", "-", "–", "- ", "– ")
_SCALES = {"million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "trillion": 1e12}


_PART_OF = re.compile(
    rf"\b(?P<part>\d{{1,3}}(?:,\d{{3}})*|{'|'.join(SMALL_NUMBERS[1:] + TENS)})\s+(?:out\s+)?of\s+"
    r"(?:the\s+|its\s+|their\s+|his\s+|her\s+|our\s+)?"
    r"(?:(?:[A-Z][\w-]*|[a-z-]+)['’]s\s+)?"  # "of Kenya's 47 counties", "of the city's 19"
    r"(?:(?:first|last|original|remaining|top|next)\s+)?$",  # "46 of the first 60"
    re.IGNORECASE,
)


def part_of_whole(sentence: str, start: int, whole: Quantity) -> Quantity | None:
    """ "five of its 14 areas", "11 of the 19 analysts", "23 of Kenya's 47 counties", "46 of
    the first 60 departures": the part is the figure, in the whole's noun; the whole stays
    in the words."""
    if whole.unit is None or not whole.unit.isalpha() or not whole.unit.islower():
        return None
    if whole.unit in {"percent", "point"} or " of " not in sentence[max(0, start - 40) : start]:
        return None
    match = _PART_OF.search(sentence, max(0, start - 50), start)
    if match is None or match.end() != start:
        return None
    word = match.group("part").lower()
    if word == "one" and " out " not in match.group().lower():
        return None  # "every one of the 40,000 people", "one of the 12 victims": the whole
    value = WORD_VALUES[word] if word in WORD_VALUES else float(word.replace(",", ""))
    if value >= whole.value:
        return None
    text = sentence[match.start() : sentence.find(whole.text, start) + len(whole.text)]
    if " out " in match.group().lower() and whole.value in {10, 100}:
        share = value * 100 / whole.value  # "nine out of ten departments": a share
        return Quantity(share, "percent", share, "percent", whole.approximate, text)
    if whole.normalized_value is None or not whole.value:
        return Quantity(value, whole.unit, value, whole.unit, whole.approximate, text)
    normalized = whole.normalized_value * value / whole.value  # "17 of the 22 weeks"
    return Quantity(value, whole.unit, normalized, whole.normalized_unit, whole.approximate, text)


def as_range(sentence: str, start: int, high: Quantity) -> Quantity | None:
    """ "between 20,000 and 25,000 bricklayers", "ten to fifteen years", "30% to 35%": a
    range read as its low end, approximate, with the unit the high end carries. "from 5% to
    9%" and "rose 2% to 4.1%" are changes, not ranges."""
    if not sentence[max(0, start - 5) : start].endswith(_JOINS):
        return None
    low = _LOW_END.search(sentence, max(0, start - 40), start)
    if low is None or low.end() != start:
        return None
    if high.unit is None and not low.group("between"):
        return None  # "between 15 million and 21 million" is a range whatever it counts
    if "and" in low.group("join") and not low.group("between"):
        return None
    before = sentence[: low.start()].rstrip().lower()
    if before.endswith(_CHANGES):
        return None
    shares = re.search(r"%|per\s?cent", low.group(), re.IGNORECASE) is not None
    if shares and high.unit != "percent":
        return None  # "climbed 31% to £88.4m": a change, then the new level
    if high.unit == "percent" and not shares and low.group()[:1] in "$€£":
        return None  # "£3 to 4%": no range of shares; "1 to 3 per cent" is one
    word = low.group("low").lower()
    value = WORD_VALUES[word] if word in WORD_VALUES else float(word.replace(",", ""))
    written = re.search(r"\d[\d,]*(?:\.\d+)?", high.text)
    scale = high.value / float(written.group().replace(",", "")) if written else 1.0
    if low.group("scale"):
        value = scaled(value, _SCALES[low.group("scale").lower()])
    elif scale > 1 and not re.search(r"\d\s*(?:bn|m|k|thousand|million|billion)", low.group()):
        value = scaled(value, scale)  # "20 to 25 million": the scale is written once
    if value >= high.value:
        return None
    normalized = high.normalized_value
    ratio = normalized / high.value if normalized is not None and high.value else 1.0
    text = sentence[low.start() : sentence.find(high.text, start) + len(high.text)]
    return Quantity(value, high.unit, scaled(value, ratio), high.normalized_unit, True, text)


_CHANGES = (
    "from", "rose", "fell", "up", "down", "cut", "by", "increased", "grew", "climbed",
    "jumped", "dropped", "slipped", "soared", "slumped", "surged", "plunged", "tumbled",
    "declined", "rises", "falls", "climbs", "jumps", "edged", "decreased",
)  # fmt: skip
_PERIOD_BEFORE = re.compile(
    r"\b(?:in|over|within|during|across)\s+(?:the\s+(?:past|last|next)\s+)?$"
)


def a_period(sentence: str, quantity: Quantity) -> bool:
    """A duration written as the span of something else: "in three years", "over the past
    five years" ("for 14 months" is often the claim itself)."""
    if quantity.unit not in TIME_UNITS or " of " in quantity.text:
        return False  # "in 17 of the 22 weeks" counts weeks
    if quantity.text.lower().startswith(("over ", "across ")):
        return True  # "£1.07bn over five years": "over" is the span here, not "more than"
    if quantity.approximate:
        return False
    at = sentence.find(quantity.text)
    return at > 0 and _PERIOD_BEFORE.search(sentence, max(0, at - 20), at) is not None
