"""Calendar arithmetic for date phrases: counting from the publication day, reading a day
and month directly, the nearest year, the first day of a period. Answers as dateparser
(RELATIVE_BASE = published, PREFER_DATES_FROM = past) gives them, in microseconds instead
of milliseconds per phrase.
"""

from __future__ import annotations

import datetime as dt
import re

_YEAR = r"(?:1[89]\d\d|20\d\d)"
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


def calendar_date(phrase: str, published: dt.date | None) -> dt.date | None:
    """A day and month ("aug. 6", "6 of august 2024") or a month and year ("june 2024")
    read directly, as dateparser reads them (~5 ms a phrase): with the year given, or the
    publication year (the caller then takes the nearest year), day 1 for a month and year.
    None for anything else, and for days a month lacks, which are left to dateparser."""
    match = next((m for m in (p.fullmatch(phrase) for p in _ABSOLUTE) if m), None)
    if match is None:
        return None
    month = MONTH_NAMES.index(match.group("month")[:3]) + 1
    year_text, day_text = match.group("year"), match.group("day").rstrip("stndrh")
    if year_text is None and (day_text is None or published is None):
        return None
    year = int(year_text) if year_text else published.year if published else 0
    try:
        return dt.date(year, month, int(day_text) if day_text else 1)
    except ValueError:
        return None


def nearest_year(date: dt.date, published: dt.date) -> dt.date:
    """A day and month without a year is the occurrence nearest the publication date:
    "Aug. 6" in an August 13 paper is past, "27 October" in an October 8 one is ahead."""
    candidates = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            candidates.append(date.replace(year=year))
        except ValueError:  # 29 February
            continue
    return min(candidates, key=lambda candidate: abs((candidate - published).days))


_LOWER_MONTH = (
    r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_LOWER_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_ABSOLUTE = [
    re.compile(rf"{_LOWER_MONTH} (?P<day>{_LOWER_DAY})(?:,? (?P<year>{_YEAR}))?"),
    re.compile(rf"(?P<day>{_LOWER_DAY}) (?:of )?{_LOWER_MONTH}(?:,? (?P<year>{_YEAR}))?"),
    re.compile(rf"{_LOWER_MONTH} (?P<year>{_YEAR})(?P<day>)"),
]
MONTH_NAMES = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
_STEP = {"last": -1, "past": -1, "previous": -1, "this": 0, "next": 1, "following": 1}


def calendar_arithmetic(phrase: str, published: dt.date) -> dt.date | None:
    """Relative phrases counted directly from the publication day.

    The same answers dateparser gives with RELATIVE_BASE and PREFER_DATES_FROM='past', in
    microseconds instead of milliseconds per phrase; anything else goes to dateparser.
    """
    if phrase in {"today", "yesterday", "tomorrow"}:
        return published + dt.timedelta(days={"yesterday": -1, "today": 0, "tomorrow": 1}[phrase])
    if phrase == "last night":
        return published - dt.timedelta(days=1)
    if phrase == "this weekend":  # the Saturday of the publication's week
        return published + dt.timedelta(days=5 - published.weekday())
    if phrase == "last weekend":  # the Saturday before the publication's week
        return published - dt.timedelta(days=published.weekday() + 2)
    named = re.fullmatch(r"(last|this|next)\s+(week|month|year)", phrase)
    if named:
        step = _STEP[named.group(1)]
        if named.group(2) == "week":
            return published + dt.timedelta(weeks=step)
        if named.group(2) == "month":
            return add_months(published.replace(day=1), step)
        return dt.date(published.year + step, 1, 1)
    counted = re.fullmatch(r"(?:in\s+)?(\d+)\s+(day|week|month|year)s?(\s+ago)?", phrase)
    if counted:
        amount = int(counted.group(1)) * (-1 if counted.group(3) else 1)
        unit = counted.group(2)
        if unit in {"day", "week"}:
            return published + dt.timedelta(days=amount * (7 if unit == "week" else 1))
        return add_months(published, amount * (12 if unit == "year" else 1))
    weekday = re.fullmatch(rf"(?:(last|this|next)\s+)?({_WEEKDAY})", phrase)
    if weekday:
        target = WEEKDAYS.index(weekday.group(2))
        back = (published.weekday() - target) % 7
        if weekday.group(1) == "next":
            return published + dt.timedelta(days=(target - published.weekday()) % 7 or 7)
        if weekday.group(1) == "last" and back == 0:
            back = 7
        return published - dt.timedelta(days=back)
    month = re.fullmatch(r"([a-z]{3})[a-z]*\.?", phrase)
    if month and month.group(1) in MONTH_NAMES:
        number = MONTH_NAMES.index(month.group(1)) + 1
        year = published.year if number <= published.month else published.year - 1
        return dt.date(year, number, 1)
    return None


def add_months(date: dt.date, months: int) -> dt.date:
    index = date.year * 12 + date.month - 1 + months
    year, month = divmod(index, 12)
    day = min(date.day, 28 if month == 1 else 30 if month in {3, 5, 8, 10} else 31)
    return dt.date(year, month + 1, day)


def start_of_period(date: dt.date, precision: str) -> dt.date:
    """A named period stands for its first day: "last week" is that week's Monday."""
    if precision == "week":
        return date - dt.timedelta(days=date.weekday())
    if precision == "month":
        return date.replace(day=1)
    if precision == "year":
        return date.replace(month=1, day=1)
    return date


# Holidays on a fixed day of the year: (month, day)
_HOLIDAYS = {
    "christmas day": (12, 25),
    "christmas eve": (12, 24),
    "christmas": (12, 25),
    "boxing day": (12, 26),
    "new year's eve": (12, 31),
    "hogmanay": (12, 31),
    "new year's day": (1, 1),
    "bonfire night": (11, 5),
    "guy fawkes night": (11, 5),
    "valentine's day": (2, 14),
    "halloween": (10, 31),
    "st patrick's day": (3, 17),
    "burns night": (1, 25),
}
HOLIDAY = (
    r"(?:Christmas\s+(?:Day|Eve)|Boxing\s+Day|New\s+Year['’]s\s+(?:Day|Eve)|Hogmanay"
    r"|(?:Bonfire|Guy\s+Fawkes)\s+Night|Valentine['’]s\s+Day|Hallowe['’]?en"
    r"|St\.?\s+Patrick['’]s\s+Day|Burns\s+Night)"
)


def holiday_date(phrase: str, published: dt.date, forward: bool) -> dt.date | None:
    """A holiday's day: the last one on or before publication ("took 1,480 calls on
    Christmas Day" in a 27 December paper), the coming one in a clause about the future or
    after "next"; after "last", the one before publication's own day."""
    words_of = " ".join(phrase.lower().replace("’", "'").replace(".", "").split()).split(" ")
    step = words_of[0] if words_of[0] in {"last", "this", "next"} else ""
    name = " ".join(words_of[1:] if step else words_of).replace("hallowe'en", "halloween")
    day = _HOLIDAYS.get(name)
    if day is None:
        return None
    this_year = dt.date(published.year, *day)
    if step == "next" or (forward and step != "last"):
        return this_year if this_year >= published else this_year.replace(year=published.year + 1)
    if step == "last" and this_year >= published:
        return this_year.replace(year=published.year - 1)
    return this_year if this_year <= published else this_year.replace(year=published.year - 1)


def numeric_date(phrase: str) -> dt.date | None:
    """ "14/03/2025", "02.11.2025": day first, as everywhere but the US writes it; month
    first only when the second number cannot be a month ("03/14/2025")."""
    first, second, year = (int(part) for part in re.split(r"[./]", phrase))
    day, month = (first, second) if second <= 12 else (second, first)
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def day_of_month(phrase: str, published: dt.date, forward: bool) -> dt.date | None:
    """ "on the 14th": that day of the publication's month, or of the month before when it
    is still to come; in a clause about the future, the coming one."""
    day = int(re.sub(r"\D", "", phrase))
    month = published.replace(day=1)
    if forward and day < published.day:
        month = add_months(month, 1)
    elif not forward and day > published.day:
        month = add_months(month, -1)
    try:
        return month.replace(day=day)
    except ValueError:  # "the 31st" of a 30-day month
        return None
