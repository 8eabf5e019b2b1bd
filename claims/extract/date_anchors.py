"""Date phrases counted from another date the sentence gives, not from the day of
publication: "charged three days later" (after the arrest's date), "118,900 a year earlier"
(a year before the figure's date). `counted_from_the_sentence` settles them once a
sentence's phrases are read and joined (`dates.py`)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claims.extract.dates import DateMention


def counted_from_the_sentence(
    mentions: list[DateMention], published: dt.date | None
) -> list[DateMention]:
    """The sentence's date phrases with "a year earlier" and "three days later" counted from
    the date it gives."""
    mentions = [_a_year_before(m, mentions) if _YEAR_EARLIER.match(m.text) else m for m in mentions]
    return [
        _after_the_date_given(m, mentions, published) if _LATER.search(m.text) else m
        for m in mentions
    ]


_LATER = re.compile(r"(?i)\blater$")


def _after_the_date_given(
    mention: DateMention, mentions: list[DateMention], published: dt.date | None
) -> DateMention:
    """ "Three days later": that long after the date the sentence gave before it ("arrested
    on 2 May and charged three days later": 5 May); with none given, no date of its own
    (it is counted from the story's events, not from the day of publication)."""
    given = [m for m in mentions if m.end <= mention.start and m.date and m.anchors]
    if not given or mention.date is None or published is None or given[-1].date is None:
        return replace(mention, date=None)
    return replace(mention, date=given[-1].date + (mention.date - published))


def _a_year_before(mention: DateMention, mentions: list[DateMention]) -> DateMention:
    """ "fell to 71,200 on 30 June, from 118,900 a year earlier": a year before the date the
    sentence gives (30 June of the year before); with no such date the comparison's base
    is no date of its own ("profit fell from £261 million a year earlier")."""
    given = [
        m
        for m in mentions
        if m is not mention
        and m.date
        and m.anchors
        and not m.reporting
        and not _YEAR_EARLIER.match(m.text)
    ]
    before = [m for m in given if m.start < mention.start]
    reference = before[-1] if before else (given[0] if given else None)
    if reference is None or reference.date is None:  # "the previous year" alone: the year
        return mention if THE_YEAR_BEFORE.match(mention.text) else replace(mention, date=None)
    try:
        day = reference.date.replace(year=reference.date.year - 1)
    except ValueError:  # 29 February
        day = reference.date.replace(year=reference.date.year - 1, day=28)
    return replace(mention, date=day, precision=reference.precision)


_YEAR_EARLIER = re.compile(
    r"(?i)(?:a|one)\s+year\s+(?:earlier|before|previously)$"
    r"|the\s+(?:previous|prior)\s+year$|the\s+year\s+before$"
)
# "the previous year", "the year before": without another date, as read
THE_YEAR_BEFORE = re.compile(r"(?i)the\s+(?:(?:previous|prior)\s+year|year\s+before)$")
