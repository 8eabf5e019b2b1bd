"""The date phrases a sentence can hold, as one regex of named alternatives: absolute days
("17 January 2024", "Aug. 6"), relative phrases ("last week", "three days ago", "on
Tuesday"), years after a preposition ("in 2019"), quarters, halves and the opening months
of a year. `dates.py` reads the matches; the group name (less its index) is the phrase's kind.
"""

from __future__ import annotations

import re
from functools import lru_cache

from claims.extract.date_arithmetic import HOLIDAY
from claims.extract.date_resolution import MONTH as _MONTH
from claims.extract.date_resolution import WEEKDAY as _WEEKDAY
from claims.extract.date_resolution import YEAR as _YEAR
from claims.extract.figure_context import has_case_specials
from claims.extract.lexicon import words

_COUNT = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})"
_PERIOD = r"(?:day|week|month|year|fortnight)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
# "since Christmas", not "possibly since Christmas" (a guess)
_AFTER_PREPOSITION = (
    "(?:"
    + "|".join(
        rf"(?<=\b{word}\s)"
        + "".join(rf"(?<!{guess}\s{word}\s)" for guess in ["possibly", "probably", "perhaps"])
        for word in ["since", "after", "over", "at", "on", "until", "till", "by"]
    )
    + ")"
)
# "fell to 41% on the 14th": a day of the month the story is in; not "the 14th century",
# "the 3rd floor", "the 14th of March" (an absolute date)
_ORDINAL = r"(?:[12]\d|3[01]|[1-9])(?:st|nd|rd|th)"
_DAY_OF_MONTH = (
    "(?:"
    + "|".join(rf"(?<=\b{word}\s)" for word in ["on", "by", "since", "from", "until"])
    + rf")the\s+{_ORDINAL}\b(?![-–]|\s+(?:of|[A-Z]|century|centuries|floor|storey|hole|minute"
    r"|lap|round|time|day|week|month|year|anniversary|birthday|place|amendment|district"
    r"|street|avenue|consecutive|straight|largest|biggest|highest|lowest|most|best|worst)\b)"
)
# "two days after", not a duration: "for 20 days before", "about 18 months after"
_NO_SPAN = "".join(
    rf"(?<!\b{word}\s)"
    for word in ["for", "about", "around", "nearly", "almost", "over", "within", "than", "of"]
)
_NO_SHARE = r"(?![\d.])(?!\s*(?:%|per\s?cent|percent))"  # "On Jan. 9, 71.5% of voters"

# A pattern that tries look-behinds at every position first opens on a look-ahead for the
# characters its matches can start with ((?i) "s" also matches "ſ", U+017F): most
# positions then fail at once.
_PHRASES: list[tuple[str, str]] = [
    ("iso", r"\b\d{4}-\d\d-\d\d\b"),
    ("numeric", r"(?<![\d./])\b\d\d?(?P<sep>[./])\d\d?(?P=sep)(?:19|20)\d\d\b(?![./]\d)"),
    ("day_of_month", _DAY_OF_MONTH),
    ("absolute", rf"\b{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?\b(?!\s*\d|,\s*\d+(?:\.\d+)?{_NO_SHARE})"),
    ("absolute", rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?\b"),
    ("absolute", rf"\b{_MONTH}\s+{_YEAR}\b"),
    (
        "relative",
        rf"(?i:(?<!the\s)\b(?:(?:earlier|later)\s+(?:this|last)|last|this|next)\s+{_PERIOD}\b)",
    ),
    (
        "relative",
        r"(?i:\b(?:yesterday|today|tomorrow|tonight|last\s+night"
        r"|this\s+(?:morning|afternoon|evening|weekend)|last\s+weekend)\b)",
    ),
    ("relative", rf"\b(?i:last|this|next)\s+{_WEEKDAY}\b"),
    (  # not "on a typical Tuesday", "every Monday"
        "relative",
        rf"(?=[MTWFS])(?<!typical\s)(?<!normal\s)(?<!average\s)(?<!usual\s)(?<![Ee]very\s)"
        rf"(?<![Ee]ach\s)\b{_WEEKDAY}(?:\s+(?:morning|afternoon|evening|night))?\b",
    ),
    (
        "relative",
        rf"(?=[aotfsenAOTFSEN\u017f\d])(?i:(?<!-)\b{_COUNT}\s+(?:{_PERIOD}|decade)s?\s+(?:ago|earlier|previously|later)\b)",
    ),
    (
        "relative",
        rf"(?i:\bthe\s+(?:previous|following|next)\s+{_PERIOD}\b"
        # two periods back or on: "the year before last", "the day after tomorrow"
        rf"|\bthe\s+(?:day|week|month|year)\s+(?:before\s+last|after\s+next)\b"
        rf"|\bthe\s+day\s+(?:before\s+yesterday|after\s+tomorrow)\b"
        rf"|\bthe\s+(?:day|year)\s+(?:before|after)\b"
        rf"|(?<!-){_NO_SPAN}\b{_COUNT}\s+(?:day|week|month|fortnight)s?\s+(?:before|after)\b)",
    ),
    (  # "The same day", "By the following evening", "At that hearing", "Hours later": the
        # day of the story's last date, or the next (`date_anchors`)
        "story",
        r"(?i:\bthe\s+(?:(?:next|following)\s+(?:morning|afternoon|evening|night)|same\s+day)\b"
        # "Hours later, ..." opening a sentence; not "leaving 47 minutes later" (a figure)
        r"|(?:^|(?<=^[Jj]ust\s)|(?<=^[Oo]nly\s))(?:hours|minutes|moments)\s+later\b"
        r"|\b(?:(?:later|earlier|on)\s+)?that\s+(?:day|morning|afternoon|evening|night)\b"
        r"|\bat\s+that\s+(?:hearing|meeting|session|sitting|summit|briefing)\b"
        # "in the third quarter from 10.4% in the previous quarter": the quarter before
        r"|\bthe\s+(?:previous|preceding|prior)\s+quarter\b(?!-))",
    ),
    (  # "by the end of the month", "at month-end": this month, its 1st; not "before the end
        # of the month" (labels leave it undated), nor "the end of the year/week" (tried:
        # labels disagree, -1 or -2 items on three never-read sets)
        "relative",
        r"(?=[tTmM])(?:(?<=\bby\s)|(?<=\bat\s)|(?<=\btoward\s)|(?<=\btowards\s))"
        r"(?:the\s+end\s+of\s+the\s+month|(?:the\s+)?month[- ]end)\b"
        r"(?![-\w]|\s+\d)",
    ),
    ("relative", rf"\b(?:(?:early|late|mid)[- ])?{_MONTH}\b(?!\s+\d)"),
    ("year", rf"\b(?:(?:early|late|mid)[- ]){_YEAR}\b"),
    (
        "year",
        rf"(?=[12])(?:(?<=\b(?:[Ii]n|[Bb]y|of) ){_YEAR}\b(?![-–/]\d)"
        rf"|(?<=\b(?:[Ss]ince|[Uu]ntil|[Aa]fter) ){_YEAR}\b"
        rf"|(?<=\b[Aa]s early as ){_YEAR}\b"  # "began as early as 2022"
        rf"|(?<=\bfor ){_YEAR}\b(?![-–/]\d)"  # "an operating profit of 412 million euros for 2024"
        rf"|(?<=\b[Bb]etween ){_YEAR}(?=\s+and\s+{_YEAR}\b)"  # "between 2016 and 2022": from 2016
        rf"|(?<=\b[Ff]rom ){_YEAR}(?=\s+(?:to|until)\s+{_YEAR}\b)"  # "from 2010 to 2020"
        # "will rise to 2.5% from 2027": when it starts; not "up from 2019 levels", "up 3%
        # from 2023" (a comparison's base)
        rf"|(?<=\b[Ff]rom ){_YEAR}(?<![\d%]\sfrom\s\d{{4}})(?<!\bup\sfrom\s\d{{4}})"
        rf"(?<!\bdown\sfrom\s\d{{4}})\b(?![-–/'’]|\s+(?:to|until|till|through|and|levels?"
        rf"|figures?|prices?|onwards?)\b)"
        rf"|(?<=\b[Aa] ){_YEAR}(?=\s+(?:[a-z]+\s+)?(?:appraisal|valuation|study|survey|report|"
        rf"review|audit|inspection|assessment|census|poll|analysis)\b)"  # "A 2022 appraisal"
        rf"|(?<=\b[Ii]n the ){_YEAR}(?=\s+(?:general\s+|local\s+|presidential\s+|state\s+)?"
        rf"(?:elections?|polls?|census|budget|season|first\s+round|runoff|run-off|referendum)\b)"
        rf"|(?<=\b[Cc]alendar ){_YEAR}\b)",  # "in the 2021 general election", "in calendar 2024"
    ),
    (  # "in the 1990s", "by the 2050s": its first year; not "1960s flats", "well into the
        # 1990s", "in the early 2000s" (labels leave the qualified decades undated), nor
        # "since the 1970s" (labels split on it)
        "decade",
        "(?:"
        + "|".join(rf"(?<=\b{word} the )" for word in ["in", "In", "by", "during"])
        + ")"
        + "".join(rf"(?<!{verb} in the )" for verb in ["born", "built", "designed", "made"])
        + r"(?:1[89]|20)\d0s\b",  # not "women born in the 1970s"
    ),
    (  # "in the third quarter", "Q2 2025", "the first quarter of 2026": its first month
        "quarter",
        rf"(?=[fstFSTQ\u017f])(?<![Ii]ts\s)(?<![Tt]heir\s)(?i:\b(?:first|second|third|fourth)\s+quarter"
        rf"(?:\s+of\s+{_YEAR}\b|(?![-\w]|\s+of\s)))"  # not "its first quarter" (a
        # company's own year), "the second quarter-final", "the first quarter of the century"
        rf"|\bQ[1-4]\s+{_YEAR}\b|(?<![A-Za-z]\s)\bQ[1-4](?=\s+(?:results|earnings|sales|"
        rf"revenue|profits?|GDP|growth)\b)",  # not "the Audi Q3"
    ),
    (  # "in the first half", "the second half of last year": 1 January, 1 July; not "its
        # first half" (a company's own year), "the first half of the season", "first-half"
        "half",
        r"(?=[fsFS\u017f])(?i:(?:(?<=\bin\sthe\s)|(?<=\bduring\sthe\s)|(?<=\bover\sthe\s)"
        r"|(?<=\bfor\sthe\s))(?:first|second)\s+half\b(?![-\w]|\s+of\s)"
        rf"|\bsecond\s+half\s+of\s+(?:the\s+year|this\s+year|last\s+year|{_YEAR})\b)"
        rf"|\bH[12]\s+{_YEAR}\b",  # "H1 2025"
    ),
    (  # "in the first three months of the year", "the first half of last year": from 1 January
        "opening",
        rf"(?i:\b(?:first\s+(?:half|(?:two|three|four|five|six|seven|eight|nine|ten|eleven)\s+"
        rf"months)|start|beginning)\s+of\s+(?:the\s+year|this\s+year|last\s+year|{_YEAR}))\b",
    ),
    (  # "on Christmas Day", "the New Year's Day dip", "since Christmas", "last Christmas";
        # not "before Christmas" (a deadline), "Christmas shopping" (a season)
        "holiday",
        rf"(?=[CBNVHGSAclntL])(?<!before\s)(?:\b(?:last|this|next)\s+)?\b(?:{HOLIDAY}"
        rf"|{_AFTER_PREPOSITION}Christmas(?!\s+[a-z]))\b"
        r"|\b(?:[Ll]ast|next)\s+Christmas\b(?!\s+[a-z])",
    ),
]
_PATTERN = re.compile("|".join(f"(?P<{kind}{i}>{p})" for i, (kind, p) in enumerate(_PHRASES)))
# Each phrase pattern can only match where one of its words is in the sentence (a month or
# weekday name, "last", "ago", a four-digit number ...). Leaving out of the alternation the
# patterns whose words are absent changes no match (they could match nowhere), and most
# sentences then need only a few of them, or none. Checked on lower-cased words, a superset
# of the case-sensitive names; text with one of the four characters whose lower case is not
# what the regex engine's case folding matches ("İ" lowers to two characters) gets the
# whole pattern.
_MONTH_WORDS = words(
    """jan january feb february mar march apr april may jun june jul july aug august sep
    sept september oct october nov november dec december"""
)
_WEEKDAY_WORDS = words("monday tuesday wednesday thursday friday saturday sunday")
_DIGITS4 = "<year>"
_ORDINAL_WORDS = frozenset(
    f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10 if n // 10 != 1 else 0, 'th') }"
    for n in range(1, 32)
)
_TRIGGERS: list[frozenset[str]] = [
    frozenset([_DIGITS4]),
    frozenset([_DIGITS4]),
    _ORDINAL_WORDS,
    _MONTH_WORDS,
    _MONTH_WORDS,
    _MONTH_WORDS,
    words("last this next"),
    words("yesterday today tomorrow tonight last this"),  # "this/last weekend" too
    _WEEKDAY_WORDS,
    _WEEKDAY_WORDS,
    words("ago earlier previously later"),
    words("previous following next day year before after"),
    words(
        """next following same day morning afternoon evening night hearing meeting session
        hours minutes moments quarter"""
    ),
    words("end"),
    _MONTH_WORDS,
    frozenset([_DIGITS4]),
    frozenset([_DIGITS4]),
    frozenset(f"{century}{ten}0s" for century in (18, 19, 20) for ten in range(10)),
    words("quarter q1 q2 q3 q4"),
    words("half h1 h2"),
    words("first start beginning"),
    words("christmas boxing year bonfire fawkes valentine halloween hogmanay patrick burns"),
]
_ALL_TRIGGERS = frozenset().union(*_TRIGGERS)
_WORD_RUN = re.compile(r"\w+")
_FOUR_DIGITS = re.compile(r"\d(?<!\w.)\d{3}\b")  # \b\d{4}\b, the look-behind after a digit (faster)


def pattern_for(sentence: str) -> re.Pattern[str] | None:
    """The phrase patterns that can match somewhere in ``sentence``, None if none can."""
    if has_case_specials(sentence):
        return _PATTERN
    present = set(_ALL_TRIGGERS.intersection(_WORD_RUN.findall(sentence.lower())))
    if _FOUR_DIGITS.search(sentence):
        present.add(_DIGITS4)
    if not present:
        return None
    return _compiled(tuple(i for i, words in enumerate(_TRIGGERS) if not words.isdisjoint(present)))


@lru_cache(maxsize=256)
def _compiled(indices: tuple[int, ...]) -> re.Pattern[str] | None:
    if not indices:
        return None
    return re.compile("|".join(f"(?P<{_PHRASES[i][0]}{i}>{_PHRASES[i][1]})" for i in indices))
