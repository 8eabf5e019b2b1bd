"""What a sentence opens with that is no part of its claim: a wire dateline ("KYIV, Aug 13
(Meridian Wire) - ") or an interview's "Q:"/"A:" label. The claim's span starts after it,
and the sentence is read with it blanked out (offsets unchanged); the dateline's day dates
an undated lede, and its outlet is the article's own voice."""

from __future__ import annotations

import datetime as dt
import re

from claims.extract.date_resolution import resolve_date, year_before
from claims.extract.dates import DateMention

# "KYIV, Aug 13 (Meridian Wire) - ", "TAVAR, Sorvan, 19 Sept (Wire) — ": place, date and
# outlet, not part of the claim; the claim's span starts after it.
_DATELINE = re.compile(
    r"""^[A-Z][A-Z .'’-]{2,}
    (?:,\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}(?=,|\s*\(|\s*[-–—]))?
    (?:,\s+(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?))?
    \s*(?:\((?P<outlet>[^)]{1,40})\))?\s*[-–—]+\s+""",
    re.VERBOSE,
)
_QA_PREFIX = re.compile(r"(?:Q|A|Question|Answer)\s*:\s+")


def lead_length(sentence: str) -> int:
    """How much of the sentence is a dateline or an interview's "Q:"/"A:" label."""
    lead = _DATELINE.match(sentence) or _QA_PREFIX.match(sentence)
    return lead.end() if lead else 0


def dateline_outlet(text: str) -> str | None:
    """The outlet a dateline names: "Reuters" in "FRANKFURT (Reuters) - ..."."""
    dateline = _DATELINE.match(text.lstrip())
    return dateline.group("outlet").strip() if dateline and dateline.group("outlet") else None


def dateline_date(sentence: str, published: dt.date | None) -> DateMention | None:
    """The day a sentence's dateline gives ("NAIROBI, 4 March (AFP) –": 4 March, the latest
    by publication), which dates the lede's claims when the lede gives none of
    its own; None without a dated dateline."""
    dateline = _DATELINE.match(sentence)
    if dateline is None or dateline.group("date") is None:
        return None
    text = dateline.group("date")
    date, precision = resolve_date(text, "absolute", published)
    if date is None:
        return None
    if published is not None and date > published + dt.timedelta(days=1):
        date = year_before(date)  # "Dec 31" in a 2 January paper: the last 31 December
    return DateMention(dateline.start("date"), dateline.end("date"), text, date, precision)
