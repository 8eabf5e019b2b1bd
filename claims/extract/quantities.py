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

from claims.extract.bare_numbers import magnitude, toll_before, understood_noun
from claims.extract.currencies import (
    CURRENCY_PREFIX,
    CURRENCY_SYMBOLS,
    currency_after,
)
from claims.extract.figure_context import (
    MONTH,
    NOT_COUNTED,
    counted_noun,
    has_case_specials,
    has_unit_after,
    hedge_before,
    hedge_start,
    is_designation,
    is_time_reference,
    looks_like_year,
    month_before,
    singular,
)
from claims.extract.figure_joins import compound, reporting_period, restated
from claims.extract.results import Quantity
from claims.extract.shares import find_multipliers, find_shares
from claims.extract.spans import SMALL_NUMBERS, TENS, WORD_VALUES, as_range, part_of_whole
from claims.extract.units import SENTENCE_CACHE, TIME_UNITS, Unit, match_unit, normalize, scaled

_APPROXIMATE_AFTER = re.compile(r"(?:\s*-?\s*plus\b|\+|\s+or\s+(?:so|more)\b|-odd\b)")

_SCALES = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "mln": 1e6,
    "billion": 1e9, "bn": 1e9, "bln": 1e9, "trillion": 1e12, "tn": 1e12, "trn": 1e12,
    "hundred": 1e2, "b": 1e9,
    "crore": 1e7, "lakh": 1e5,
}  # fmt: skip
_NUMBER = re.compile(
    r"""(?<![\w$€£¥₹.,/-])(?P<cur>"""
    + CURRENCY_PREFIX
    + r""")?
    (?P<num>\d{1,2}(?:,\d\d)+,\d{3}(?!,?\d)(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)""",
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
    |(?:{"|".join(TENS)})(?:-(?:{"|".join(SMALL_NUMBERS[1:10])}))?
    |{"|".join(SMALL_NUMBERS[2:])}|a\s+dozen|(?:one|a|half\s+a)(?=\s+(?:hundred|thousand|million|billion)))\b""",
    re.IGNORECASE | re.VERBOSE,
)
_NUMBER_WORD_HINT = re.compile(
    r"(?i)\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thir|four|fif|six|"
    r"seven|eigh|nine|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\s+dozen|"
    r"(?:one|a|half\s+a)\s+(?:hundred|thousand|million|billion)|quarter|half)"
)
# The hint without re.IGNORECASE over the lower-cased sentence, and a non-word character for
# its "\b", which re skips to at C speed (a space put first stands for the start): much faster
_NUMBER_WORD_HINT_FOLDED = re.compile(r"\W" + _NUMBER_WORD_HINT.pattern.removeprefix(r"(?i)\b"))
_SCALE_WORD = re.compile(  # "$2.5-billion", as Canadian copy writes it
    r"(?:\s*|-)(thousand|million|billion|trillion|bn|bln|mn|mln|trn|tn|crore|lakh)\b", re.IGNORECASE
)
_ORDINAL_SECOND = re.compile(r"\s+(?:votes|preferences|round|homes|jobs)\b")
_SCALE_ATTACHED = re.compile(r"(bn|mn|trn|tn|m|k|B|M)\b")  # "$2.5B": with a currency only
_ATTACHED_LETTERS = re.compile(r"[A-Za-z°²]")
_PENCE = re.compile(r"p(?![\w-])")
_HYPHEN_NAME = re.compile(r"-[A-Z][a-z]")
_DEGREES_F = re.compile(r"F(?![\w-])")  # "118F", in a sentence about the weather
_WEATHER = re.compile(
    r"temperature|heat|\bhigh|\blow|\bhot|cold|warm|chill|freez|weather|forecast|\bhit\b"
    r"|reach|soar|plung|climb|\btop",
    re.IGNORECASE,
)
_MONTH_AFTER = re.compile(rf"\s*(?:of\s+)?{MONTH}\b", re.IGNORECASE)
_TIME_AFTER = re.compile(
    r"(?::\d\d|\.\d\d\s*[ap]\.?m\b|\s*(?:a\.m\.|p\.m\.|[ap]m\b|o'clock|GMT|UTC|BST|[ECMP][SD]?T\b))"
)
_JOINED = re.compile(r"[-–/]\d|:\d|-\w+-olds?\b|(?:st|nd|rd|th|s)\b|'?s\b")
_HYPHEN_NOUN = re.compile(r"-([a-z]+)\b(?!-)")
_AGE = re.compile(r"-olds?\b")
_TIMES = re.compile(
    r"\s+times\b(?=(\s+(?:more|less|fewer|higher|lower|greater|larger|bigger|smaller|faster"
    r"|slower|as|the|that)\b|\s+over(?=\s*[.,;]|$))?)"  # "three times over", not "63 times
    # over two years"
)
_AGED_LIST = re.compile(r"\baged\s+(?:\d{1,3}(?:\s*,\s*|\s+and\s+|\s+to\s+|\s*-\s*))*$")
_AGE_APPOSITIVE = re.compile(r"[A-Z][\w’'-]+,\s*$")
_AGE_CLOSE = re.compile(r"\s*(?:,|\)|and\b)")
_PERCENT_AFTER = re.compile(r"\s*(?:%|per\s?cent|percent)")
_PLUS_OR_MINUS = re.compile(r"plus\s+or\s+minus\s+$", re.IGNORECASE)
_MINUS = re.compile(r"(?:\bminus\s+|−)$", re.IGNORECASE)
_OF_GROUP = re.compile(  # "4,000 of its members", "nine of its larger stores", "31 of the
    r"\s+of\s+(?:its|their|the|his|her|our|those)\s+"  # PM's own MPs"
    r"(?:(?:[A-Z][\w-]*|[a-z-]+)['’]s\s+)?(?:own\s+)?"
    r"(?:(?:[a-z-]*[a-rt-z]\s+){1,2}(?=[a-z]+s\b))?"
    r"([a-z]+|[A-Z]{2,}s)\b"
)


_PER_BEFORE = re.compile(r"(?i)\b(?:per|for\s+every|in\s+every)\s+$")
_DIALLED = re.compile(r"(?i)\b(?:call|calling|called|dial|dialled|dialed|ring|phone)\s+$")


_OF_THEM = re.compile(r"\s+of\s+them\s+([a-z]+)\b")  # "22 of them children"


def _ends_after(sentence: str, quantity: Quantity, start: int) -> bool:
    """Whether ``quantity``, as written in ``sentence``, runs past ``start``."""
    at = sentence.find(quantity.text)
    return at >= 0 and at + len(quantity.text) > start


def find_quantities(sentence: str) -> list[Quantity]:
    """Return the quantities of ``sentence`` in reading order."""
    return list(_quantities_of(sentence))


# The same sentence comes again and again in a day's copy (one wire story in several
# outlets, boilerplate lines): it is read once. Quantities are frozen, the tuple is copied.
@lru_cache(maxsize=SENTENCE_CACHE)
def _quantities_of(sentence: str) -> tuple[Quantity, ...]:
    found: list[Quantity] = []
    taken_until = -1
    for start, parsed in _candidates(sentence):
        if start < taken_until or parsed is None:
            continue
        quantity, end = parsed
        if quantity.unit is None and _DIALLED.search(sentence, max(0, start - 16), start):
            taken_until = end  # "call 101", "dial 999": a phone number
            continue
        if _PER_BEFORE.search(sentence, max(0, start - 12), start):
            taken_until = end  # "94.3 cases per 100,000 people": a rate's base, no figure
            continue
        if reporting_period(sentence, start, end, quantity):
            taken_until = end  # "in the 12 months to March": the period reported on
            continue
        part = part_of_whole(sentence, start, quantity)
        if part is not None:  # "five of its 14 areas": five areas, out of 14
            if found and sentence.find(found[-1].text) >= sentence.find(part.text):
                found.pop()
            found.append(part)
            taken_until = end
            continue
        ranged = as_range(sentence, start, quantity)
        if ranged is not None:  # "between 20,000 and 25,000 bricklayers": one figure
            if found and _ends_after(sentence, found[-1], sentence.find(ranged.text)):
                found.pop()  # the low end, read on its own a moment ago ("Some 12")
            found.append(ranged)
            taken_until = end
            continue
        if found and restated(sentence, start, quantity, found[-1]):
            taken_until = end  # "46.2C (115.2F)", "£100m ($127m)": the figure converted
            continue
        if quantity.unit is None:  # "built for 400 people, it held more than 1,600"
            noun = understood_noun(sentence, start, quantity, found)
            if noun is not None:
                quantity = replace(quantity, unit=noun, normalized_unit=noun)
        quantity, end = compound(sentence, quantity, end)
        found.append(quantity)
        taken_until = end
    return tuple(found)


def _candidates(sentence: str) -> list[tuple[int, tuple[Quantity, int] | None]]:
    # Shares first: at one start, "two-thirds" is a share, not two of something.
    candidates: list[tuple[int, tuple[Quantity, int] | None]] = [
        (start, (share, end))
        for start, share, end in find_shares(sentence) + find_multipliers(sentence)
    ]
    candidates += [(m.start(), _parse_numeric(sentence, m)) for m in _NUMBER.finditer(sentence)]
    if "-" in sentence or "–" in sentence:
        candidates += [(m.start(), _percent_range(m)) for m in _PERCENT_RANGE.finditer(sentence)]
    if _may_hold_number_words(sentence):  # the word-number pattern is slow; most lines lack one
        words_found = _WORD_NUMBER.finditer(sentence)
        candidates += [(m.start(), _parse_words(sentence, m)) for m in words_found]
    return sorted(candidates, key=lambda item: item[0])


def _percent_range(match: re.Match[str]) -> tuple[Quantity, int] | None:
    """ "6-8 per cent", "3–4%": a range of shares, read as its low end (approximate)."""
    low, high = float(match.group("low")), float(match.group("high"))
    if not low < high <= 100:
        return None
    return Quantity(low, "percent", low, "percent", True, match.group()), match.end()


_PERCENT_RANGE = re.compile(
    r"(?<![\w.,])(?P<low>\d+(?:\.\d+)?)\s*[-–]\s*(?P<high>\d+(?:\.\d+)?)\s*(?:%|per\s?cent\b|percent\b)"
)


def _may_hold_number_words(sentence: str) -> bool:
    if has_case_specials(sentence):
        return _NUMBER_WORD_HINT.search(sentence) is not None
    return _NUMBER_WORD_HINT_FOLDED.search(" " + sentence.lower()) is not None


_MARGIN_AFTER = re.compile(  # "gave Massaquoi 44.1 percent": a share, not a model number
    r"\s+(?:points?\s+(?:ahead|behind|clear)|(?:million|billion|bn|percent|per\s+cent)\b)|\s?%"
)


def _parse_numeric(sentence: str, match: re.Match[str]) -> tuple[Quantity, int] | None:
    digits = match.group("num")
    value = float(digits.replace(",", ""))
    pos = match.end()
    currency = CURRENCY_SYMBOLS.get((match.group("cur") or "").strip())
    before = sentence[: match.start()]
    rest = sentence[pos:]
    day = value <= 31 and value == int(value) and rest[:1] not in {"%", "°"}
    if _TIME_AFTER.match(rest) or (day and month_before(before[-48:])) or _MONTH_AFTER.match(rest):
        return None
    ranged = before[-1:] in "-–" and before[-2:-1].isdigit() and _PERCENT_AFTER.match(rest)
    if _JOINED.match(rest) or (before[-1:] in "-–/:" and before[-2:-1].isalnum() and not ranged):
        return None  # "2019-20", "3-1"; but "6-8 per cent" is a range
    if _MINUS.search(before[-8:]) and not _PLUS_OR_MINUS.search(before[-16:]):
        value = -value  # "minus 183C", not a margin "plus or minus 2.2 points"
    if currency is None and is_designation(before) and not _MARGIN_AFTER.match(rest):
        return None  # "Boeing 737"; not "had Vance 4 points ahead", "cost Veltra 500 million"
    if currency is None and "aged" in before and _AGED_LIST.search(before):
        return None  # "three men, aged 19, 22 and 31": ages, not counts
    apposed = before.rstrip().endswith(",")  # what _AGE_APPOSITIVE needs: tested first
    if currency is None and apposed and _AGE_APPOSITIVE.search(before) and _AGE_CLOSE.match(rest):
        return None  # "Elena Bautista, 46, who lost her husband": an age
    scale = 1.0
    attached = _SCALE_ATTACHED.match(sentence, pos)
    if attached is not None and attached.group(1) in {"B", "M"} and currency is None:
        attached = None  # "3M said": a name, read below as letters attached to a number
    scale_word = _SCALE_WORD.match(sentence, pos)
    if attached and not (attached.group(1) == "m" and currency is None):
        scale, pos = _SCALES[attached.group(1).lower()], attached.end()
    elif scale_word:
        scale, pos = _SCALES[scale_word.group(1).lower()], scale_word.end()
        if scale == _SCALES["lakh"] and (crore := _SCALE_WORD.match(sentence, pos)):
            scale, pos = scale * _SCALES[crore.group(1).lower()], crore.end()  # "lakh crore"
    elif sentence[pos : pos + 1] == "C" and not sentence[pos + 1 : pos + 2].isalnum():
        pass  # "1.5C": degrees Celsius, read in _finish
    elif _DEGREES_F.match(sentence, pos) and _WEATHER.search(sentence):
        pass  # "Phoenix hit 118F": degrees Fahrenheit, read in _finish
    elif attached is None and _PENCE.match(sentence, pos) and currency is None:
        return _finish(sentence, match.start(), value, "GBX", pos + 1)  # "a share price of 1,150p"
    elif attached is None and _ATTACHED_LETTERS.match(sentence, pos):
        unit_here = match_unit(sentence, pos)
        if unit_here is None:
            return None  # "5G", "737MAX": a name, not a measure
    bare = currency is None and scale == 1.0 and "," not in digits
    hedged = hedge_before(before[-48:]) is not None
    if bare and looks_like_year(digits) and not has_unit_after(sentence, pos) and not hedged:
        return None
    if (
        currency is None
        and scale == 1.0
        and sentence[pos : pos + 1] == "m"
        and not sentence[pos + 1 : pos + 2].isalpha()  # "97mm" is millimetres
        and not counted_noun(sentence, pos + 1)
        and not sentence.startswith("-strong", pos + 1)  # "the 3.5m-strong union": members
    ):
        return _finish(sentence, match.start(), value, None, pos, attached_meter=True)
    millions = sentence[pos : pos + 1] == "m" and (  # "2.3m people", "the 3.5m-strong union"
        counted_noun(sentence, pos + 1) or (scale == 1.0 and sentence.startswith("m-strong", pos))
    )
    if currency is None and millions:
        scale, pos = 1e6, pos + 1
    return _finish(sentence, match.start(), scaled(value, scale), currency, pos)


_AND_A_HALF = re.compile(r"\s+and\s+a\s+half\b", re.I)
_SCALE_AFTER = re.compile(r"\s+(hundred|thousand|million|billion|trillion|dozen)\b", re.I)


def _parse_words(sentence: str, match: re.Match[str]) -> tuple[Quantity, int] | None:
    words = match.group("num").lower().replace("\u00a0", " ")
    fraction = _FRACTION_PARTS.match(words)
    if fraction is not None and " of " in f"{words} ":
        value = _COUNTS[fraction.group("count") or "a"] * _FRACTIONS[fraction.group("part")]
    elif words in WORD_VALUES:
        value = WORD_VALUES[" ".join(words.split())]
    elif "-" in words:
        tens, unit = words.split("-", 1)
        value = WORD_VALUES[tens] + WORD_VALUES[unit]
    else:
        value = WORD_VALUES.get(" ".join(words.split()), 1.0)
    pos = match.end()
    if half := _AND_A_HALF.match(sentence, pos):  # "four and a half years"
        value, pos = value + 0.5, half.end()
    while scale_word := _SCALE_AFTER.match(sentence, pos):  # "two dozen workers": 24;
        value = scaled(value, _SCALES.get(scale_word.group(1).lower(), 12.0))  # "seven
        pos = scale_word.end()  # hundred thousand people": 700,000
    quantity = _finish(sentence, match.start(), value, None, pos)
    if quantity is None or quantity[0].unit is None:  # a spelled-out number alone is prose,
        toll = quantity is not None and toll_before(sentence, match.start())  # not a figure;
        return quantity if toll else None  # but "the death toll rose to five" counts people
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
    if hyphen_unit is None and _HYPHEN_NAME.match(sentence, pos):
        return None  # "a 7-Eleven clerk": a name
    hyphen_noun = _HYPHEN_NOUN.match(sentence, pos) if currency is None else None
    if hyphen_unit is not None and _AGE.match(sentence, hyphen_unit[1]):
        return None  # "a 45-year-old", "two-year-olds": ages are not figures
    if attached_meter:
        unit, pos = Unit("meter", "m"), pos + 1
    elif sentence[pos : pos + 1] == "C" and not sentence[pos + 1 : pos + 2].isalnum():
        unit, pos = Unit("degree_Celsius", "degC"), pos + 1  # "1.5C", as British copy writes it
    elif _DEGREES_F.match(sentence, pos) and -80 <= value <= 140 and _WEATHER.search(sentence):
        unit, pos = Unit("degree_Fahrenheit", "degF"), pos + 1  # "Phoenix hit 118F"
    elif hyphen_unit is not None:  # "a 20-year agreement", "a 2.1 million-square-foot plant"
        unit, pos = hyphen_unit
    elif hyphen_noun is not None and hyphen_noun.group(1) not in NOT_COUNTED:
        counted, pos = hyphen_noun.group(1), hyphen_noun.end()  # "a 12-point lead"
    elif currency is None:
        gap = (
            0
            if sentence[pos : pos + 1] in {"%", "°"}
            else len(sentence[pos:]) - len(sentence[pos:].lstrip(" \u00a0"))
        )
        found = match_unit(sentence, pos + gap) if gap <= 1 else None
        if (
            found is not None
            and found[0].canonical == "second"
            and _ORDINAL_SECOND.match(sentence, found[1])
        ):
            found = None  # "381,442 second votes": the ordinal, not seconds
        currency_word = currency_after(sentence, pos, value)
        if currency_word is not None:
            currency, pos = currency_word
        elif found is not None:
            unit, pos = found
            if unit.canonical in TIME_UNITS and is_time_reference(sentence, start, pos):
                return None  # "two weeks ago", "the past 12 months": a date, not a figure
        else:
            noun = counted_noun(sentence, pos)
            group = _OF_GROUP.match(sentence, pos) or _OF_THEM.match(sentence, pos)
            times = _TIMES.match(sentence, pos)
            if noun is not None:
                counted, pos = noun
            elif times is not None:  # "ten times more likely"; "raised it three times"
                several = times.group(1) or value != int(value)  # "2.6 times": a multiple
                counted, pos = ("times" if several else "time"), times.end()
            elif group is not None and singular(group.group(1)):
                counted, pos = singular(group.group(1)), group.end()  # "4,000 of its members"
    if unit is None and currency is None and counted is None:
        magnitude_end = magnitude(sentence, start, pos)
        if magnitude_end is not None:
            counted, pos = "magnitude", magnitude_end
    hedge = hedge_start(sentence, start)
    approximate = approximate_after or hedge is not None
    text_start = start if hedge is None else hedge
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
