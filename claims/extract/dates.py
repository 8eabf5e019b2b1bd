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
from claims.extract.date_phrases import pattern_for
from claims.extract.date_resolution import HAS_YEAR as _HAS_YEAR
from claims.extract.date_resolution import MONTH as _MONTH
from claims.extract.date_resolution import WEEKDAY as _WEEKDAY
from claims.extract.date_resolution import resolve_date, year_after, year_before
from claims.extract.units import SENTENCE_CACHE

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


def find_dates(
    sentence: str, published: dt.date | None, story: DateMention | None = None
) -> list[DateMention]:
    """Return the date phrases of ``sentence`` in reading order, resolved when possible;
    ``story`` is the date the story gave last, which "Three days later" counts from."""
    return list(_dates_of(sentence, published, story))


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
    pattern = pattern_for(sentence)
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
        if kind == "half" and (_GAME.search(sentence) or _MATCH.search(sentence)):
            continue  # "City had 61% of possession in the first half"
        future = (
            kind in {"relative", "quarter", "half", "holiday", "day_of_month"}
            and (kind != "relative" or _FORWARD_CANDIDATE.fullmatch(text) is not None)
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
def _dates_of(
    sentence: str, published: dt.date | None, story: DateMention | None
) -> tuple[DateMention, ...]:
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
        if date and published and _now_in_part_of(text, sentence, end, date, published):
            date, precision = published, "day"  # "the coldest late-May night" on 22 May
        anchors = phrase.anchors
        ended = not anchors and date and _DAY_NUMBER.search(text)  # not "ending March 2026"
        if ended and date and _YEAR_ENDED.search(sentence, 0, start):
            date, anchors = year_before(date + dt.timedelta(days=1)), True  # its first day
        mentions.append(DateMention(start, end, text, date, precision, anchors, phrase.reporting))
    return tuple(_joined(sentence, mentions, published, story))


def _joined(
    sentence: str,
    mentions: list[DateMention],
    published: dt.date | None,
    story: DateMention | None,
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
    return counted_from_the_sentence(joined, published, sentence, story)


# "revenue for the fiscal year ended March 31, 2025", "fiscal 2026, the 12 months ending June
# 30, 2026": a company's year, named by its last day; it starts the day after a year before
_YEAR_ENDED = re.compile(
    r"(?i)\b(?:(?:fiscal|financial)\s+year|12\s+months|twelve\s+months)\s+end(?:ed|ing)\s+(?:on\s+)?$"
)


def _now_in_part_of(text: str, sentence: str, end: int, date: dt.date, published: dt.date) -> bool:
    """ "the coldest late-May night in a decade" in a 22 May paper: a part of a month
    describing a noun, the part publication falls in, is now."""
    part = _PART_OF_MONTH.fullmatch(text)
    if part is None or not _NOUN_AFTER.match(sentence, end):
        return False
    low, high = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}[part.group(1).lower()]
    same_month = (date.year, date.month) == (published.year, published.month)
    return same_month and low <= published.day <= high


_PART_OF_MONTH = re.compile(r"(early|late|mid)-\w+", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"\s+[a-z]")
_DAY_NUMBER = re.compile(r"(?<!\d)\d{1,2}(?!\d)")
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
# what a match's half has and a year's does not
_MATCH = re.compile(
    r"(?i)\b(?:goals?|penalt(?:y|ies)|minutes?|match|game|possession|shots?|tries|try"
    r"|wickets?|innings|corners?|equalis(?:er|ed)|equaliz(?:er|ed)|header|striker|keeper"
    r"|goalkeeper|referee|whistle|interval|break|kick-off|sent\s+off|red\s+card|players?"
    r"|led|trailed|leading|trailing|side|visitors|hosts)\b"
    r"|\b\d{1,2}-\d{1,2}\b"  # a score
)


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
