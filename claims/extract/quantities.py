"""Numbers with their units, currencies or counted nouns, found by rules.

Written instead of using quantulum3, which read dates as quantities, missed counted
nouns ("92 countries") and took ~100 ms per article. Years, dates, ordinals, times,
decades, scores and designations ("Boeing 737", "F-16", "COVID-19", "World War 2") are
not quantities.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from claims.extract.lexicon import NOT_NAMES, words
from claims.extract.results import Quantity
from claims.extract.units import TIME_UNITS, Unit, match_unit, normalize

_APPROXIMATE_BEFORE = re.compile(
    r"""(?:\b(?:(?:just|well|slightly|far)\s+)?(?:more|fewer|less|greater|higher|lower)\s+than
    |\bat\s+(?:least|most)|\bup\s+to|\bas\s+(?:many|much|few|little|high|low)\s+as
    |\bupwards?\s+of|\bin\s+excess\s+of|\bclose\s+to|\b(?:an\s+)?estimated|\bnearly
    |\balmost|\baround|\babout|\broughly|\bapproximately|\bsome|\b(?:(?:just|well)\s+)?over
    |\b(?:just\s+)?under|\babove|\bbelow|\bcirca|\ban\s+average\s+of|(?<!the\s)\bpast|~)\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
_APPROXIMATE_AFTER = re.compile(r"(?:\s*-?\s*plus\b|\+|\s+or\s+(?:so|more)\b|-odd\b)")

_CURRENCY_SYMBOLS = {
    "US$": "USD", "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "A$": "AUD",
    "C$": "CAD", "HK$": "HKD", "NZ$": "NZD", "USD": "USD", "EUR": "EUR", "GBP": "GBP",
}  # fmt: skip
_CURRENCY_WORDS = {
    "dollar": "USD", "euro": "EUR", "pound": "GBP", "yen": "JPY", "yuan": "CNY",
    "rupee": "INR", "rouble": "RUB", "ruble": "RUB", "hryvnia": "UAH", "franc": "CHF",
}  # fmt: skip
_SCALES = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "mln": 1e6,
    "billion": 1e9, "bn": 1e9, "bln": 1e9, "trillion": 1e12, "tn": 1e12, "hundred": 1e2,
}  # fmt: skip
_SMALL = [
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
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_WORD_VALUES = (
    {word: float(i) for i, word in enumerate(_SMALL)}
    | {word: float(20 + 10 * i) for i, word in enumerate(_TENS)}
    | {"a": 1.0, "dozen": 12.0, "a dozen": 12.0, "half a": 0.5}
)

_NUMBER = re.compile(
    r"""(?<![\w$€£¥₹.,/-])(?P<cur>US\$|[ACU]\$|HK\$|NZ\$|[$€£¥₹]|(?:USD|EUR|GBP)\s?)?
    (?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)""",
    re.VERBOSE,
)
# "a quarter of a billion", "three-quarters of a million", "a third of a": a fraction of a
# scale word, read whole so that the "a billion" inside is not taken for the figure.
_FRACTION_OF = r"(?:(?:a|one|two|three)[\s-]+)?(?:half|thirds?|quarters?)\s+of\s+(?:a|one)"
_FRACTION_PARTS = re.compile(
    r"(?:(?P<count>a|one|two|three)[\s-]+)?(?P<part>half|third|quarter)s?\s", re.IGNORECASE
)
_FRACTIONS = {"half": 0.5, "third": 1 / 3, "quarter": 0.25}
_COUNTS = {"a": 1.0, "one": 1.0, "two": 2.0, "three": 3.0}
_WORD_NUMBER = re.compile(
    rf"""\b(?P<num>{_FRACTION_OF}(?=\s+(?:hundred|thousand|million|billion|trillion)\b)
    |(?:{"|".join(_TENS)})(?:-(?:{"|".join(_SMALL[1:10])}))?
    |{"|".join(_SMALL[2:])}|a\s+dozen|(?:one|a|half\s+a)(?=\s+(?:hundred|thousand|million|billion)))\b""",
    re.IGNORECASE | re.VERBOSE,
)
_NUMBER_WORD_HINT = re.compile(
    r"(?i)\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thir|four|fif|six|"
    r"seven|eigh|nine|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\s+dozen|"
    r"(?:one|a|half\s+a)\s+(?:hundred|thousand|million|billion)|quarter|half)"
)
_SCALE_WORD = re.compile(
    r"\s*(thousand|million|billion|trillion|bn|bln|mn|mln|tn)\b", re.IGNORECASE
)
_SCALE_ATTACHED = re.compile(r"(bn|mn|tn|m|k)\b")
_ATTACHED_LETTERS = re.compile(r"[A-Za-z°²]")
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_MONTH_BEFORE = re.compile(rf"\b{_MONTH}\.?,?\s*$", re.IGNORECASE)
_MONTH_AFTER = re.compile(rf"\s*(?:of\s+)?{_MONTH}\b", re.IGNORECASE)
_TIME_AFTER = re.compile(
    r"(?::\d\d|\.\d\d\s*[ap]\.?m\b|\s*(?:a\.m\.|p\.m\.|[ap]m\b|o'clock|GMT|UTC|BST|[ECMP][SD]?T\b))"
)
_JOINED = re.compile(r"[-–/]\d|:\d|-\w+-olds?\b|(?:st|nd|rd|th|s)\b|'?s\b")
_HYPHEN_NOUN = re.compile(r"-([a-z]+)\b(?!-)")
_DESIGNATION_WORD = re.compile(
    r"""\b(?:no\.?|number|\#|page|article|section|chapter|route|flight|room|episode|season
    |version|level|phase|stage|grade|gate|platform|row|seat|district|ward|item|rule
    |amendment|resolution|category|class|division|region|zone|highway|interstate|model
    |channel|floor|apt\.?|suite|unit|lot|cell|bus|line|aged?|age)\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
_PREVIOUS_WORD = re.compile(r"([A-Za-z][\w'’.&-]*)\s*$")
_RELATIVE_TIME_AFTER = re.compile(r"\s+(?:ago|earlier|later|previously|beforehand|from\s+now)\b")
_ANCHORED_TIME_AFTER = re.compile(r"\s+(?:before|after|prior)\b")
_DURATION_BEFORE = re.compile(r"\b(?:for|over|during|within|than|lasting|took|takes)\s*$")
_AGE = re.compile(r"-olds?\b")
_OF_GROUP = re.compile(r"\s+of\s+(?:its|their|the|his|her|our|those)\s+([a-z]+)\b")
# Words ending in -s that are not plurals and so only modify the counted noun.
_INVARIANT = words("measles mumps news diabetes rabies series species lens gas bus")
_TIME_WINDOW_BEFORE = re.compile(
    r"\b(?:past|last|next|previous|coming|first|final|following|recent)\s*$", re.IGNORECASE
)
_WORD = re.compile(r"\s+([A-Za-z][a-z’'-]*)")

_NOT_COUNTED = words(
    """of to in and or the a an for at on by with from as than that this these those were
    are was is be been being have has had will would could should may might can did do
    does most least per each every other others percent times who which
    what when where while if but so its their his her our your my says said years plus
    odd whereas across among against into onto over under about around after before
    during since until through between within without upon also already alone apiece
    this next last previous"""
)
_IRREGULAR_PLURALS = {
    "people": "person", "children": "child", "men": "man", "women": "woman",
    "police": "police officer", "personnel": "personnel", "staff": "staff member",
    "cattle": "cattle", "sheep": "sheep", "fish": "fish", "deer": "deer",
    "aircraft": "aircraft", "feet": "foot", "teeth": "tooth", "mice": "mouse",
    "geese": "goose", "lives": "life", "wives": "wife", "knives": "knife",
    "halves": "half", "leaves": "leaf", "thieves": "thief", "series": "series",
    "species": "species", "crises": "crisis", "analyses": "analysis", "bases": "base",
    "votes": "vote", "cases": "case", "houses": "house", "buses": "bus",
}  # fmt: skip


def find_quantities(sentence: str) -> list[Quantity]:
    """Return the quantities of ``sentence`` in reading order."""
    found: list[Quantity] = []
    taken_until = -1
    for start, parsed in _candidates(sentence):
        if start < taken_until or parsed is None:
            continue
        quantity, end = parsed
        if quantity.unit is None and found and _elided_noun(found[-1]):
            # "built for 400 people, it held more than 1,600": the noun is understood
            unit = found[-1].unit
            quantity = replace(quantity, unit=unit, normalized_unit=unit)
        found.append(quantity)
        taken_until = end
    return found


def _elided_noun(previous: Quantity) -> bool:
    unit = previous.unit
    return unit is not None and unit.islower() and unit not in TIME_UNITS and "_" not in unit


def main_quantity(quantities: list[Quantity]) -> Quantity | None:
    """The quantity a sentence is about: money, percentages, measures and counts first."""

    def rank(quantity: Quantity) -> int:
        if quantity.unit is None:
            return 2
        return 1 if quantity.unit in TIME_UNITS else 0

    return min(quantities, key=rank) if quantities else None


def independent_figures(quantities: list[Quantity]) -> list[Quantity]:
    """The figures of a sentence that each deserve their own check, in reading order: every
    quantity with a unit, currency or counted noun, and bare numbers that are large, scaled
    or hedged ("well over 1,500"); small bare numbers are left out."""
    return [
        quantity
        for quantity in quantities
        if quantity.unit is not None or quantity.approximate or abs(quantity.value) >= 100
    ]


def _candidates(sentence: str) -> list[tuple[int, tuple[Quantity, int] | None]]:
    candidates = [(m.start(), _parse_numeric(sentence, m)) for m in _NUMBER.finditer(sentence)]
    if _NUMBER_WORD_HINT.search(sentence):  # the word-number pattern is slow; most lines lack one
        words_found = _WORD_NUMBER.finditer(sentence)
        candidates += [(m.start(), _parse_words(sentence, m)) for m in words_found]
    return sorted(candidates, key=lambda item: item[0])


def _parse_numeric(sentence: str, match: re.Match[str]) -> tuple[Quantity, int] | None:
    digits = match.group("num")
    value = float(digits.replace(",", ""))
    pos = match.end()
    currency = _CURRENCY_SYMBOLS.get((match.group("cur") or "").strip())
    before = sentence[: match.start()]
    rest = sentence[pos:]
    if _TIME_AFTER.match(rest) or _MONTH_BEFORE.search(before[-48:]) or _MONTH_AFTER.match(rest):
        return None
    if _JOINED.match(rest) or (before[-1:] in "-–/:" and before[-2:-1].isalnum()):
        return None
    if currency is None and _is_designation(before):
        return None
    scale = 1.0
    attached = _SCALE_ATTACHED.match(sentence, pos)
    scale_word = _SCALE_WORD.match(sentence, pos)
    if attached and not (attached.group(1) == "m" and currency is None):
        scale, pos = _SCALES[attached.group(1).lower()], attached.end()
    elif scale_word:
        scale, pos = _SCALES[scale_word.group(1).lower()], scale_word.end()
    elif sentence[pos : pos + 1] == "C" and not sentence[pos + 1 : pos + 2].isalnum():
        pass  # "1.5C": degrees Celsius, read in _finish
    elif attached is None and _ATTACHED_LETTERS.match(sentence, pos):
        unit_here = match_unit(sentence, pos)
        if unit_here is None:
            return None  # "5G", "737MAX": a name, not a measure
    bare = currency is None and scale == 1.0 and "," not in digits
    hedged = _APPROXIMATE_BEFORE.search(before[-48:]) is not None
    if bare and _looks_like_year(digits) and not _has_unit_after(sentence, pos) and not hedged:
        return None
    if (
        currency is None
        and scale == 1.0
        and sentence[pos : pos + 1] == "m"
        and not _counted_noun(sentence, pos + 1)
    ):
        return _finish(sentence, match.start(), value, None, pos, attached_meter=True)
    if currency is None and sentence[pos : pos + 1] == "m" and _counted_noun(sentence, pos + 1):
        scale, pos = 1e6, pos + 1
    return _finish(sentence, match.start(), value * scale, currency, pos)


def _parse_words(sentence: str, match: re.Match[str]) -> tuple[Quantity, int] | None:
    words = match.group("num").lower().replace("\u00a0", " ")
    fraction = _FRACTION_PARTS.match(words)
    if fraction is not None and " of " in f"{words} ":
        value = _COUNTS[fraction.group("count") or "a"] * _FRACTIONS[fraction.group("part")]
    elif words in _WORD_VALUES:
        value = _WORD_VALUES[" ".join(words.split())]
    elif "-" in words:
        tens, unit = words.split("-", 1)
        value = _WORD_VALUES[tens] + _WORD_VALUES[unit]
    else:
        value = _WORD_VALUES.get(" ".join(words.split()), 1.0)
    pos = match.end()
    scale_word = re.match(r"\s+(hundred|thousand|million|billion|trillion)\b", sentence[pos:])
    if scale_word:
        value *= _SCALES[scale_word.group(1).lower()]
        pos += scale_word.end()
    quantity = _finish(sentence, match.start(), value, None, pos)
    if quantity is None or quantity[0].unit is None:
        return None  # a spelled-out number alone is prose, not a figure
    return quantity


def _finish(
    sentence: str,
    start: int,
    value: float,
    currency: str | None,
    pos: int,
    *,
    attached_meter: bool = False,
) -> tuple[Quantity, int] | None:
    unit: Unit | None = None
    counted: str | None = None
    approximate_after = False
    joined_marker = re.match(r"-(?:plus|odd)\b|\+", sentence[pos:])
    if joined_marker:  # "40-odd people", "2,000-plus troops"
        approximate_after, pos = True, pos + joined_marker.end()
    hyphen_unit = match_unit(sentence, pos + 1) if sentence[pos : pos + 1] == "-" else None
    hyphen_noun = _HYPHEN_NOUN.match(sentence, pos) if currency is None else None
    if hyphen_unit is not None and _AGE.match(sentence, hyphen_unit[1]):
        return None  # "a 45-year-old", "two-year-olds": ages are not figures
    if attached_meter:
        unit, pos = Unit("meter", "m"), pos + 1
    elif sentence[pos : pos + 1] == "C" and not sentence[pos + 1 : pos + 2].isalnum():
        unit, pos = Unit("degree_Celsius", "degC"), pos + 1  # "1.5C", as British copy writes it
    elif hyphen_unit is not None:  # "a 20-year agreement", "a 2.1 million-square-foot plant"
        unit, pos = hyphen_unit
    elif hyphen_noun is not None and hyphen_noun.group(1) not in _NOT_COUNTED:
        counted, pos = hyphen_noun.group(1), hyphen_noun.end()  # "a 12-point lead"
    elif currency is None:
        gap = (
            0
            if sentence[pos : pos + 1] in {"%", "°"}
            else len(sentence[pos:]) - len(sentence[pos:].lstrip(" \u00a0"))
        )
        found = match_unit(sentence, pos + gap) if gap <= 1 else None
        currency_word = re.match(
            r"\s+(?:US\s+|American\s+)?(dollar|euro|pound|yen|yuan|rupee|rouble|ruble|hryvnia|franc)s?\b",
            sentence[pos:],
        )
        if currency_word and (currency_word.group(1) != "pound" or value >= 1e6):
            currency = _CURRENCY_WORDS[currency_word.group(1)]
            pos += currency_word.end()
        elif found is not None:
            unit, pos = found
            if unit.canonical in TIME_UNITS and _is_time_reference(sentence, start, pos):
                return None  # "two weeks ago", "the past 12 months": a date, not a figure
        else:
            noun = _counted_noun(sentence, pos)
            group = _OF_GROUP.match(sentence, pos)
            if noun is not None:
                counted, pos = noun
            elif group is not None and _singular(group.group(1)):
                counted, pos = _singular(group.group(1)), group.end()  # "4,000 of its members"
    window = max(0, start - 48)
    marker = _APPROXIMATE_BEFORE.search(sentence[window:start])
    approximate = approximate_after or marker is not None
    text_start = window + marker.start() if marker else start
    after = _APPROXIMATE_AFTER.match(sentence, pos)
    if after:
        approximate, pos = True, after.end()
    if unit is not None:
        normalized_value, normalized_unit = _normalize(value, unit)
        unit_name: str | None = unit.canonical
    else:
        unit_name = currency or counted
        normalized_value, normalized_unit = value, unit_name
    text = sentence[text_start:pos].strip()
    return Quantity(value, unit_name, normalized_value, normalized_unit, approximate, text), pos


@lru_cache(maxsize=4096)
def _normalize(value: float, unit: Unit) -> tuple[float, str | None]:
    return normalize(value, unit)


def _is_time_reference(sentence: str, start: int, end: int) -> bool:
    if _TIME_WINDOW_BEFORE.search(
        sentence[max(0, start - 48) : start]
    ) or _RELATIVE_TIME_AFTER.match(sentence, end):
        return True
    anchored = _ANCHORED_TIME_AFTER.match(sentence, end)
    return anchored is not None and not _DURATION_BEFORE.search(
        sentence[max(0, start - 48) : start]
    )


def _counted_noun(sentence: str, pos: int) -> tuple[str, int] | None:
    """A plural noun after a number, allowing two modifiers: "40 Ukrainian soldiers"."""
    for _ in range(3):
        word_match = _WORD.match(sentence, pos)
        if word_match is None:
            return None
        word = word_match.group(1)
        lowered = word.lower().strip("'’-")
        if lowered in _NOT_COUNTED:
            return None
        singular = _singular(lowered)
        if singular is not None:
            return singular, word_match.end()
        if lowered.endswith(("ly", "ing")) and "-" not in lowered:
            return None  # an adverb or a verb follows: "40 already", "12 taking"
        pos = word_match.end()
    return None


def _singular(word: str) -> str | None:
    if word in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[word]
    if word in _INVARIANT:
        return None
    if len(word) < 3 or not word.endswith("s") or word.endswith(("ss", "us", "is", "'s", "’s")):
        return None
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "sses", "zes", "oes")):
        return word[:-2]
    return word[:-1]


def _looks_like_year(digits: str) -> bool:
    return len(digits) == 4 and digits.isdigit() and 1800 <= int(digits) <= 2100


def _has_unit_after(sentence: str, pos: int) -> bool:
    found = match_unit(sentence, pos + (1 if sentence[pos : pos + 1] == " " else 0))
    return found is not None and found[0].canonical not in TIME_UNITS


def _is_designation(before: str) -> bool:
    """A capitalised name or a numbering word right before the number: "Boeing 737"."""
    if _DESIGNATION_WORD.search(before[-48:]):
        return True
    if _APPROXIMATE_BEFORE.search(before[-48:]) or not before.strip(" \"“'‘("):
        return False
    previous = _PREVIOUS_WORD.search(before[-48:])
    if previous is None:
        return False
    word = previous.group(1)
    if not before.endswith((" ", "\u00a0")) and not before.endswith(word):
        return False
    if "'" in word or "’" in word:
        return False  # "It's 1,250 sq km"
    if before.strip(" \"“'‘(") == word and word[1:].islower():
        return False  # a sentence-opening word: "Only 84 percent"
    has_capital = any(char.isupper() for char in word)  # "Boeing 737", "iPhone 15"
    return has_capital and word.lower().rstrip(".") not in NOT_NAMES
