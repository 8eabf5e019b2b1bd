"""Date phrases of a sentence, found by regex, and what each dates.

Candidates are found here rather than with ``dateparser.search.search_dates``, which reads
dates into numbers, names and ordinary words when run over whole articles. Each phrase
alone is then resolved against the publication date (`date_resolution`); this module
decides which phrases anchor a claim (not one that only bounds a span, a comparison's base,
a year describing a noun) and joins those that go together ("October last year").
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from claims.extract.date_anchors import THE_YEAR_BEFORE, counted_from_the_sentence
from claims.extract.date_arithmetic import WEEKDAYS
from claims.extract.date_context import (
    bounds_a_span,
    dates_the_report,
    future_clause,
    past_event,
)
from claims.extract.date_resolution import HAS_YEAR as _HAS_YEAR
from claims.extract.date_resolution import MONTH as _MONTH
from claims.extract.date_resolution import WEEKDAY as _WEEKDAY
from claims.extract.date_resolution import YEAR as _YEAR
from claims.extract.date_resolution import resolve_date, year_after, year_before
from claims.extract.figure_context import has_case_specials
from claims.extract.lexicon import words
from claims.extract.units import SENTENCE_CACHE

_COUNT = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})"
_PERIOD = r"(?:day|week|month|year|fortnight)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_NO_SHARE = r"(?![\d.])(?!\s*(?:%|per\s?cent|percent))"  # "On Jan. 9, 71.5% of voters"

# A pattern that tries look-behinds at every position first opens on a look-ahead for the
# characters its matches can start with ((?i) "s" also matches "ſ", U+017F): most
# positions then fail at once.
_PHRASES: list[tuple[str, str]] = [
    ("iso", r"\b\d{4}-\d\d-\d\d\b"),
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
        r"|this\s+(?:morning|afternoon|evening))\b)",
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
        rf"|\bthe\s+(?:day|year)\s+(?:before|after)\b)",
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
        rf"|(?<=\b[Aa] ){_YEAR}(?=\s+(?:[a-z]+\s+)?(?:appraisal|valuation|study|survey|report|"
        rf"review|audit|inspection|assessment|census|poll|analysis)\b)"  # "A 2022 appraisal"
        rf"|(?<=\b[Ii]n the ){_YEAR}(?=\s+(?:general\s+|local\s+|presidential\s+|state\s+)?"
        rf"(?:elections?|polls?|census|budget|season|first\s+round|runoff|run-off|referendum)\b)"
        rf"|(?<=\b[Cc]alendar ){_YEAR}\b)",  # "in the 2021 general election", "in calendar 2024"
    ),
    (  # "in the third quarter", "Q2 2025", "the first quarter of 2026": its first month
        "quarter",
        rf"(?=[fstFSTQ\u017f])(?<![Ii]ts\s)(?<![Tt]heir\s)(?i:\b(?:first|second|third|fourth)\s+quarter"
        rf"(?:\s+of\s+{_YEAR}\b|(?![-\w]|\s+of\s)))"  # not "its first quarter" (a
        # company's own year), "the second quarter-final", "the first quarter of the century"
        rf"|\bQ[1-4]\s+{_YEAR}\b|(?<![A-Za-z]\s)\bQ[1-4](?=\s+(?:results|earnings|sales|"
        rf"revenue|profits?|GDP|growth)\b)",  # not "the Audi Q3"
    ),
    (  # "in the first three months of the year", "the first half of last year": from 1 January
        "opening",
        rf"(?i:\b(?:first\s+(?:half|(?:two|three|four|five|six|seven|eight|nine|ten|eleven)\s+"
        rf"months)|start|beginning)\s+of\s+(?:the\s+year|this\s+year|last\s+year|{_YEAR}))\b",
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
_TRIGGERS: list[frozenset[str]] = [
    frozenset([_DIGITS4]),
    _MONTH_WORDS,
    _MONTH_WORDS,
    _MONTH_WORDS,
    words("last this next"),
    words("yesterday today tomorrow tonight last this"),
    _WEEKDAY_WORDS,
    _WEEKDAY_WORDS,
    words("ago earlier previously later"),
    words("previous following next day year"),
    _MONTH_WORDS,
    frozenset([_DIGITS4]),
    frozenset([_DIGITS4]),
    words("quarter q1 q2 q3 q4"),
    words("first start beginning"),
]
_ALL_TRIGGERS = frozenset().union(*_TRIGGERS)
_WORD_RUN = re.compile(r"\w+")
_FOUR_DIGITS = re.compile(r"\d(?<!\w.)\d{3}\b")  # \b\d{4}\b, the look-behind after a digit (faster)
# "May" the month versus "may" the verb: only a capitalised May that is not sentence-initial
# before a verb; a bare month name right after a title-case word is usually a name ("April Ryan").
_BARE_MONTH_NAMES = re.compile(rf"^{_MONTH}$")
# Phrases a future clause moves forward: a weekday alone or after "this", a month alone.
_FORWARD_CANDIDATE = re.compile(
    rf"(?:(?i:this)\s+)?{_WEEKDAY}(?:\s+(?:morning|afternoon|evening|night))?"
    rf"|(?:(?:early|late|mid)[- ])?{_MONTH}"
)


@dataclass(frozen=True)
class DateMention:
    """A date phrase in a sentence and the day it resolves to (None when it cannot)."""

    start: int
    end: int
    text: str
    date: dt.date | None
    precision: str  # "day", "week", "month" or "year"
    anchors: bool = True  # False for a phrase that only bounds a span ("until 2026")
    reporting: bool = False  # when it was said ("said on Friday"), not what it is about


def find_dates(sentence: str, published: dt.date | None) -> list[DateMention]:
    """Return the date phrases of ``sentence`` in reading order, resolved when possible."""
    return list(_dates_of(sentence, published))


@dataclass(frozen=True)
class _Phrase:
    """A date phrase as the sentence alone reads it: everything but the day it names, which
    depends on the publication date (`_dates_of`)."""

    start: int
    end: int
    text: str
    kind: str
    future: bool  # a phrase a future clause moves forward, in such a clause
    anchors: bool
    reporting: bool


@lru_cache(maxsize=SENTENCE_CACHE)  # a sentence carried on several days: read once
def _phrases_of(sentence: str) -> tuple[_Phrase, ...]:
    pattern = _pattern_for(sentence)
    if pattern is None:
        return ()
    phrases: list[_Phrase] = []
    for match in pattern.finditer(sentence):
        kind = (match.lastgroup or "relative").rstrip("0123456789")
        text = match.group()
        if (
            kind == "relative"
            and _BARE_MONTH_NAMES.match(text)
            and not _month_alone_ok(sentence, match.start(), match.end())
        ):
            continue
        start, end = match.start(), match.end()
        if text.lower() in WEEKDAYS and _WEEKDAY_AS_ADJECTIVE.match(sentence, end):
            continue  # "a Sunday newspaper", "on Sunday evenings": no day
        if kind == "quarter" and _GAME.search(sentence):
            continue  # "scored 38 points in the fourth quarter": a game's, not a year's
        future = (
            kind in {"relative", "quarter"}
            and (kind == "quarter" or _FORWARD_CANDIDATE.fullmatch(text) is not None)
            and future_clause(sentence, start, end)
        )
        base = (_LAST_PERIOD.match(text) or THE_YEAR_BEFORE.match(text)) and _BASE_BEFORE.search(
            sentence, 0, start
        )  # "up 38% on last year", "on the year before"
        base = base or _THAN_BEFORE.search(sentence, 0, start)  # "higher than a year ago"
        described = text[-4:].isdigit() and _DESCRIBING_BEFORE.search(
            sentence, 0, start
        )  # "Northgate,
        # founded in 2011,": a year, not "the ward, which opened last month," (the news)
        aside = bool(described) or _about_the_subject(sentence, start, end)
        anchors = not bounds_a_span(sentence, start, end) and not base and not aside
        reporting = dates_the_report(sentence, start, end)
        phrases.append(_Phrase(start, end, text, kind, future, anchors, reporting))
    return tuple(phrases)


@lru_cache(maxsize=SENTENCE_CACHE)  # repeated wire copy and boilerplate: read once
def _dates_of(sentence: str, published: dt.date | None) -> tuple[DateMention, ...]:
    mentions: list[DateMention] = []
    for phrase in _phrases_of(sentence):
        start, end, text = phrase.start, phrase.end, phrase.text
        forward = phrase.future and published is not None
        date, precision = resolve_date(text, phrase.kind, published, forward=forward)
        ahead = date is not None and published is not None and date > published
        if ahead and not forward and not _HAS_YEAR.search(text) and past_event(sentence, start):
            assert date is not None  # "rose to $15 on Jan. 1" in November: the last Jan. 1
            earlier = year_before(date)
            date = earlier if published is None or earlier <= published else date
        behind = date is not None and published is not None and date < published
        if behind and phrase.kind == "absolute" and not _HAS_YEAR.search(text):
            assert date is not None  # "The factory will close on 3 March", in a May paper:
            clause = re.split(r"[,;:](?=\s)", sentence[:start])[-1]  # next March
            if _WILL_BEFORE.search(clause) and future_clause(sentence, start, end):
                date = year_after(date)
        mentions.append(
            DateMention(start, end, text, date, precision, phrase.anchors, phrase.reporting)
        )
    return tuple(_joined(sentence, mentions, published))


def _joined(
    sentence: str, mentions: list[DateMention], published: dt.date | None
) -> list[DateMention]:
    """Read two phrases that name one day as one: "Saturday 14 February" is 14 February,
    "October last year" is October of last year."""
    joined: list[DateMention] = []
    for mention in mentions:
        first = (  # "... and " before the phrase: its "d" tested first
            _FIRST_DAY_BEFORE.search(sentence, 0, mention.start)
            if sentence[: mention.start].rstrip().endswith(("d", "D"))
            else None
        )
        if first is not None and mention.date is not None and mention.precision == "day":
            with contextlib.suppress(ValueError):  # "between 26 and 30 September": the 26th
                mention = replace(mention, date=mention.date.replace(day=int(first.group(1))))
        previous = joined[-1] if joined else None
        if previous is None:
            joined.append(mention)
            continue
        adjacent = not sentence[previous.end : mention.start].strip(" ,")
        weekday = previous.text.lower() in WEEKDAYS
        if adjacent and weekday and mention.text[:1].isdigit():
            joined[-1] = replace(mention, start=previous.start)  # "Saturday 14 February"
            continue
        last_week = mention.text.lower() == "last week" and published is not None
        if adjacent and weekday and last_week and previous.date is not None:
            assert published is not None  # "on Tuesday last week": the Tuesday of that week
            monday = published - dt.timedelta(days=published.weekday() + 7)
            day = monday + dt.timedelta(days=WEEKDAYS.index(previous.text.lower()))
            text = sentence[previous.start : mention.end]
            joined[-1] = replace(previous, end=mention.end, text=text, date=day)
            continue
        year = _YEAR_AFTER_MONTH.fullmatch(mention.text.lower())
        if adjacent and year and previous.date and published:
            step = {"last": -1, "this": 0, "next": 1}[year.group(1)]
            moved = previous.date.replace(year=published.year + step)
            text = sentence[previous.start : mention.end]
            joined[-1] = replace(previous, end=mention.end, text=text, date=moved)
            continue  # "October last year"
        joined.append(mention)
    return counted_from_the_sentence(joined, published)


_FIRST_DAY_BEFORE = re.compile(r"(?i)\bbetween\s+(\d{1,2})(?:st|nd|rd|th)?\s+and\s+$")


# "down 2% on last year", "78% at the same point last year": the base of a comparison,
# which dates no figure (the day the figures came out does).
_BASE_BEFORE = re.compile(
    r"(?i)(?:\bon|\bsame\s+(?:point|time|period|stage|week|month)(?:\s+of)?)\s+$"
)
# A date in a phrase describing a noun ("Founded in 2016, LusoVolt employs 1,350 people",
# "the target, agreed in 2009, is $100 billion", "Holroyd, who joined in 2025, said"): when
# the noun came to be, not when the sentence's figures hold.
_DESCRIBING_BEFORE = re.compile(
    r"(?i)(?:^|,\s*|\b(?:who|which|that)\s+(?:was\s+|were\s+|had\s+been\s+)?)"
    r"(?:founded|established|formed|set\s+up|created|agreed|installed|built|opened|joined"
    r"|finished|completed"
    r"|launched|introduced|signed|elected|appointed|took\s+(?:over|office|charge))\s+(?:in\s+)?$"
    r"|\brecords\s+began\s+(?:in\s+)?$"  # "the highest since records began in 1968"
)


def _about_the_subject(sentence: str, start: int, end: int) -> bool:
    """A year in a clause set beside the sentence's subject ("The minister, who joined the
    cabinet in 2015, said on Wednesday", "Ms Clarke, appointed chief executive in 2021,
    told staff"): the subject's past, not the date of what the sentence reports."""
    aside = _SUBJECT_ASIDE.match(sentence)
    if aside is None or not (aside.start(1) <= start and end <= aside.end(1)):
        return False
    figures = _DIGITS.search(sentence, aside.start(1), start) or _DIGITS.search(
        sentence, end, aside.end(1)
    )  # not "who bought the club in 2017 for a nominal £1": the £1's date
    published = aside.group(1).split()[0] in _PUBLISHED  # "Its report, published in 2023,"
    return bool(_A_YEAR.search(sentence, start, end)) and not figures and not published


# "The minister, who ...", "Ms Clarke, appointed ...": a subject of a few words, then the
# clause about it (not "According to the bureau, staged collisions cost ...")
_SUBJECT_ASIDE = re.compile(
    r"(?:The\s+|A\s+|An\s+|Its\s+|[A-Z][\w’'.-]*\s+)(?:[\w’'.-]+\s+){0,4}?[\w’'.-]+,\s+"
    r"((?:who|which|whose|(?:first\s+|once\s+)?[a-z]+ed)\b[^,;“”\"]*),"
)
_DIGITS = re.compile(r"\d")
_PUBLISHED = frozenset(["published", "released", "issued", "announced", "reported"])
# what puts a day of the year ahead in its own clause: "will close on 3 March", "to be played
# on 9 March", "expects 8 million passengers by 1 March"
_WILL_BEFORE = re.compile(
    r"\b(?:will|would|shall|due\s+to|set\s+to|to\s+be|expects?|plans?\s+to|scheduled)\b"
)
_A_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_LAST_PERIOD = re.compile(r"(?i)last\s+(?:year|month|week)$")
# The base of a comparison: "17% more expensive than a year ago", "higher than in 2019".
_THAN_BEFORE = re.compile(
    r"(?i)\bthan\s+(?:in\s+|on\s+|at\s+)?(?:the\s+same\s+\w+\s+)?$"
    r"|\b(?:than|what)\s+(?:it|they|he|she|we)\s+(?:was|were|had\s+been)\s+in\s+$"
)  # "40% higher than they were in 2019", "twice what they were in 2015"
# A weekday describing a noun, not a day: "a Sunday newspaper", "on Sunday evenings".
_WEEKDAY_AS_ADJECTIVE = re.compile(
    r"\s+(?:newspapers?|papers?|tabloids?|editions?|lunch(?:es)?|roasts?|league|markets?|"
    r"schools?|services?|trading|evenings|mornings|afternoons|nights|shifts?|opening)\b"
)
_YEAR_AFTER_MONTH = re.compile(r"(last|this|next)\s+year")


_GAME = re.compile(
    r"\b(?:scored|scoring|touchdowns?|quarterback|baskets?|halftime|half-time)\b", re.I
)


def _pattern_for(sentence: str) -> re.Pattern[str] | None:
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


def _month_alone_ok(sentence: str, start: int, end: int) -> bool:
    word = sentence[start:end]
    if word in {"May", "March"}:
        before = sentence[:start].rstrip().split()
        return bool(before) and before[-1].lower() in {
            "in",
            "since",
            "until",
            "by",
            "of",
            "early",
            "late",
            "mid",
            "last",
            "this",
            "next",
        }
    following = sentence[end : end + 2]
    return not (following[:1] == " " and following[1:2].isupper())  # "April Ryan"
