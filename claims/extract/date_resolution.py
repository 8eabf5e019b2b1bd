"""One date phrase resolved against the publication date: by calendar arithmetic where it
can ("three weeks ago", "last month"), else by dateparser with the publication date as its
relative base (one parser per date, cached: building one and loading its language data is
slow). A weekday naming the publication day itself ("on Monday" in a Monday paper) means
that day, as news copy uses it; dateparser would go back a week. `dates.py` finds the
phrases and decides which of them date a claim."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import TYPE_CHECKING

from claims.extract.date_arithmetic import (
    MONTH_NAMES,
    WEEKDAYS,
    calendar_arithmetic,
    calendar_date,
    day_of_month,
    holiday_date,
    nearest_year,
    numeric_date,
    start_of_period,
)

if TYPE_CHECKING:
    from dateparser.date import DateDataParser

MONTH = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?"
    r"|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
YEAR = r"(?:1[89]\d\d|20\d\d)"
HAS_YEAR = re.compile(rf"\b{YEAR}\b")


_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip

_FORWARD_WEEKDAY = re.compile(
    r"(?:this\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?"
)
_FORWARD_MONTH = re.compile(r"(?:(?:early|late|mid)[- ])?([a-z]+)\.?")


def resolve_date(
    text: str, kind: str, published: dt.date | None, *, forward: bool = False
) -> tuple[dt.date | None, str]:
    """Resolve one phrase; relative phrases need ``published``. With ``forward`` (a clause
    about the future), a weekday or month without a year is the next one, not the last."""
    phrase = " ".join(text.split())
    if kind == "decade":  # "the 1990s"
        return dt.date(int(phrase[:4]), 1, 1), "year"
    if kind == "year":
        return dt.date(int(phrase[-4:]), 1, 1), "year"
    if kind == "iso":
        return dt.date.fromisoformat(phrase), "day"
    if kind == "story":  # counted from the story's dates, not publication (`date_anchors`)
        return None, "day"
    if kind == "numeric":
        return numeric_date(phrase), "day"
    if kind == "day_of_month":
        return (day_of_month(phrase, published, forward) if published else None), "day"
    if kind == "holiday":
        return (holiday_date(phrase, published, forward) if published else None), "day"
    if kind == "quarter":
        return _quarter(phrase, published, forward), "month"
    if kind == "half":
        return _half(phrase, published, forward), "month"
    if kind == "opening":  # "the first three months of 2024", "... of last year"
        given = HAS_YEAR.search(phrase)
        if given is not None:
            return dt.date(int(given.group()), 1, 1), "month"
        if published is None:
            return None, "month"
        return dt.date(published.year - phrase.lower().endswith("last year"), 1, 1), "month"
    has_year = HAS_YEAR.search(phrase) is not None
    if published is None and not has_year:
        return None, _precision_of(phrase)
    if forward and published is not None and not has_year:
        ahead = _forward(phrase, published)
        if ahead is not None:
            return ahead
    return _resolve_cached(phrase, published if not has_year else None)


def _forward(phrase: str, published: dt.date) -> tuple[dt.date, str] | None:
    """A weekday or month in a clause about the future: the publication day itself, or the
    next such weekday; this month, or the next such month (next year's if it is past)."""
    lowered = phrase.lower()
    weekday = _FORWARD_WEEKDAY.fullmatch(lowered)
    if weekday:
        ahead = (WEEKDAYS.index(weekday.group(1)) - published.weekday()) % 7
        return published + dt.timedelta(days=ahead), "day"
    month = _FORWARD_MONTH.fullmatch(lowered)
    if month and month.group(1)[:3] in MONTH_NAMES:
        number = MONTH_NAMES.index(month.group(1)[:3]) + 1
        year = published.year if number >= published.month else published.year + 1
        return dt.date(year, number, 1), "month"
    return None


_QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "q1": 1, "q2": 2, "q3": 3, "q4": 4}


def _quarter(phrase: str, published: dt.date | None, forward: bool) -> dt.date | None:
    """The first day of a quarter: of the year given, else the last such quarter to have
    begun by the publication date (the next to begin, in a clause about the future); None
    without either."""
    words_of = phrase.lower().split()
    month = 3 * _QUARTERS[words_of[0]] - 2
    year_given = HAS_YEAR.search(phrase)
    if year_given is not None:
        return dt.date(int(year_given.group()), month, 1)
    if published is None:
        return None
    if forward:
        return dt.date(published.year + (month + 2 < published.month), month, 1)
    return dt.date(published.year - (month > published.month), month, 1)


def _half(phrase: str, published: dt.date | None, forward: bool) -> dt.date | None:
    """The first day of a half year (1 January, 1 July): of the year given, else the last
    such half to have ended by the publication date ("swung to a loss in the first half" in
    an August paper: this January), or the next to end in a clause about the future."""
    lowered = phrase.lower()
    month = 1 if lowered.startswith(("first", "h1")) else 7
    year_given = HAS_YEAR.search(phrase)
    if year_given is not None:
        return dt.date(int(year_given.group()), month, 1)
    if published is None:
        return None
    if lowered.endswith("year"):  # "of the year", "of this year", "of last year"
        return dt.date(published.year - lowered.endswith("last year"), month, 1)
    if forward:
        return dt.date(published.year + (month + 5 < published.month), month, 1)
    return dt.date(published.year - (published.month < month + 6), month, 1)


def year_before(date: dt.date) -> dt.date:
    """The same day a year earlier; 29 February the leap year before."""
    back = 1
    while True:
        try:
            return date.replace(year=date.year - back)
        except ValueError:  # 29 February
            back += 1


_DECADE_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}


def year_after(date: dt.date) -> dt.date:
    """The same day a year later; 29 February the next leap year."""
    ahead = 1
    while True:
        try:
            return date.replace(year=date.year + ahead)
        except ValueError:  # 29 February
            ahead += 1


def _precision_of(phrase: str) -> str:
    lowered = phrase.lower()
    if re.search(r"\b(?:ago|earlier|before|later|previously)$", lowered):
        return "day"  # "two weeks earlier" counts back days, it names no period
    if "year" in lowered:
        return "year"
    if "month" in lowered or re.fullmatch(rf"(?:(?:early|late|mid)[- ])?{MONTH}", phrase):
        return "month"
    if ("week" in lowered and "weekend" not in lowered) or "fortnight" in lowered:
        return "week"
    return "day"


@lru_cache(maxsize=8192)
def _resolve_cached(phrase: str, published: dt.date | None) -> tuple[dt.date | None, str]:
    precision = _precision_of(phrase)
    lowered = phrase.lower()
    if published is not None:
        weekday = re.fullmatch(rf"(?:on\s+)?({WEEKDAY})(?:\s+\w+)?", phrase)
        if weekday and WEEKDAYS.index(weekday.group(1).lower()) == published.weekday():
            return published, "day"
    lowered = re.sub(r"^(?:earlier|later)\s+", "", lowered)
    lowered = re.sub(r"^(?:early|late|mid)[- ]", "", lowered)
    lowered = re.sub(r"^the\s+(?:previous\s+day|day\s+before)$", "yesterday", lowered)
    lowered = re.sub(r"^the\s+(\w+)\s+before\s+(?:last|yesterday)$", r"2 \1s ago", lowered)
    lowered = re.sub(r"^the\s+(\w+)\s+after\s+(?:next|tomorrow)$", r"in 2 \1s", lowered)
    end_of_month = r"^(?:the\s+end\s+of\s+the\s+month|(?:the\s+)?month[- ]end)$"
    lowered = re.sub(end_of_month, "this month", lowered)  # "by the end of the month"
    lowered = re.sub(r"\b(?:earlier|before|previously)$", "ago", lowered)
    lowered = re.sub(r"^the\s+previous\s+", "last ", lowered)
    lowered = re.sub(r"^past\s+", "last ", lowered)
    lowered = re.sub(r"^tonight$|^this\s+(?:morning|afternoon|evening)$", "today", lowered)
    lowered = re.sub(r"\s+(?:morning|afternoon|evening)$", "", lowered)
    lowered = lowered.replace("fortnight", "2 weeks")
    decades = re.match(r"^(a|an|one|two|three|four|five|\d+)\s+decades?\b", lowered)
    if decades:  # "a decade ago": ten years ago
        tens = _DECADE_COUNTS.get(decades.group(1)) or int(decades.group(1))
        lowered = f"{10 * tens} years" + lowered[decades.end() :]
    count = re.match(
        r"^(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b", lowered
    )
    if count:
        lowered = str(_NUMBER_WORDS[count.group(1)]) + lowered[count.end() :]
    later = re.fullmatch(r"(\d+)\s+(\w+?)s?\s+later", lowered)
    if later:
        lowered = f"in {later.group(1)} {later.group(2)}s"
    if published is not None:
        counted = calendar_arithmetic(lowered, published)
        if counted is not None:
            return start_of_period(counted, precision), precision
    calendar = calendar_date(lowered, published)
    if calendar is None:
        parsed = _parser(published).get_date_data(lowered)
        if parsed.date_obj is None:
            return None, precision
        calendar = parsed.date_obj.date()
    date = start_of_period(calendar, precision)
    if published is not None and not re.search(rf"\b{YEAR}\b", phrase):
        date = nearest_year(date, published)
    return date, precision


@lru_cache(maxsize=64)
def _parser(published: dt.date | None) -> DateDataParser:
    from dateparser.date import DateDataParser

    settings: dict[str, object] = {
        "PREFER_DATES_FROM": "past",
        "PREFER_DAY_OF_MONTH": "first",
        "RETURN_TIME_AS_PERIOD": False,
    }
    if published is not None:
        settings["RELATIVE_BASE"] = dt.datetime.combine(published, dt.time(12))
    return DateDataParser(languages=["en"], settings=settings)
