"""Date phrases counted from another date the sentence or the story gives, not from the
day of publication: "charged three days later" (after the arrest's date), "118,900 a year
earlier" (a year before the figure's date), "A fortnight earlier, she had told the council"
(before the date the story last gave). `counted_from_the_sentence` settles them once a
sentence's phrases are read and joined (`dates.py`); `story_date` is the date a sentence
hands on to the next."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from claims.extract.date_arithmetic import add_months, start_of_period

if TYPE_CHECKING:
    from claims.extract.dates import DateMention


def counted_from_the_sentence(
    mentions: list[DateMention],
    published: dt.date | None,
    sentence: str = "",
    story: DateMention | None = None,
) -> list[DateMention]:
    """The sentence's date phrases with "a year earlier" and "three days later" counted from
    the date it gives, or from ``story``, the date the story gave last."""
    mentions = [_a_year_before(m, mentions) if _YEAR_EARLIER.match(m.text) else m for m in mentions]
    mentions, settled = _counted_from_the_event_after(mentions, sentence)
    counted = []
    for mention in mentions:
        if _YEAR_EARLIER.match(mention.text):
            pass  # counted above
        elif _LATER.search(mention.text):  # "left the company seven months later"
            mention = _after_the_date_given(mention, mentions, story)
        elif _STORY_DAY.match(mention.text):  # the story's date only when it opens the
            opens = _OPENS.fullmatch(sentence, 0, mention.start)  # sentence ("The same
            mention = _after_the_date_given(mention, mentions, story if opens else None)
            # day, the velor fell 3%"), not "the website was updated the same day"
        elif _PREVIOUS_QUARTER.search(mention.text):
            mention = _the_quarter_before(mention, mentions)
        elif _COUNTED.match(mention.text) and mention.start != settled:
            mention = _counted_back(mention, mentions, sentence, story)
        if "eve" in sentence and mention.date and _EVE_OF.search(sentence, 0, mention.start):
            mention = replace(mention, date=mention.date - dt.timedelta(days=1))
        counted.append(mention)
    return counted


def _counted_from_the_event_after(
    mentions: list[DateMention], sentence: str
) -> tuple[list[DateMention], int]:
    """ "Figures published a day after the budget on 10 March showed ...": the figures came
    out on 11 March, a day after the date the event is given; that date dates the event
    alone, not the sentence. Only with no date before the phrase ("approved it on 12
    October, a day after shareholders voted" counts from 12 October, `_counted_back`).
    Returns the mentions and where the phrase so counted starts (-1 for none)."""
    for index, mention in enumerate(mentions[:-1]):
        parts = _COUNTED.match(mention.text)
        if parts is None or parts.group("way").lower() not in {"before", "after"}:
            continue
        event = mentions[index + 1]
        if event.date is None or any(m.date and m.anchors for m in mentions[:index]):
            continue
        if not _EVENT_ON.fullmatch(sentence, mention.end, event.start):
            continue
        count = 1 if parts.group("the") else _count(parts.group("count"))
        unit = "day" if parts.group("the") else parts.group("unit").lower()
        sign = 1 if parts.group("way").lower() == "after" else -1
        moved = _shifted(event, sign * count, unit) if count else None
        if moved is None:
            continue
        mentions = list(mentions)
        mentions[index] = replace(mention, date=moved.date, precision=moved.precision)
        mentions[index + 1] = replace(event, anchors=False)
        return mentions, mention.start
    return mentions, -1


# "a day after the budget on 10 March", "two days before the vote on"
_EVENT_ON = re.compile(r"\s+(?:the|a|an|its|their|his|her)\s+(?:[\w'’-]+\s+){0,3}?on\s+")


def _the_quarter_before(mention: DateMention, mentions: list[DateMention]) -> DateMention:
    """ "rose to 11.2% in the third quarter from 10.4% in the previous quarter": three
    months before the quarter the sentence gave before it; with none, no date."""
    given = [m for m in mentions if m.end <= mention.start and m.date and m.anchors]
    reference = given[-1] if given else None
    if reference is None or reference.date is None or reference.precision != "month":
        return replace(mention, date=None)
    return replace(mention, date=add_months(reference.date, -3), precision="month")


_PREVIOUS_QUARTER = re.compile(r"(?i)the\s+(?:previous|preceding|prior)\s+quarter$")


def story_date(mentions: list[DateMention]) -> DateMention | None:
    """The date a sentence gives its story, which "Two days later" in the next sentences
    counts from: the first that anchors and is not the day it was said, named to the day or
    the month."""
    return next(
        (
            m
            for m in mentions
            if m.anchors and not m.reporting and m.date and m.precision in {"day", "month"}
        ),
        None,
    )


def labelled_date(sentence: str, mentions: list[DateMention]) -> DateMention | None:
    """The date a form's label gives on a line or sentence of its own ("Date of incident:
    02/11/2025.", "Incident date: Saturday 4 May", "Date: 14 March 2025"), which dates
    the sentences after it that give none of their own; None for any other sentence."""
    label = _LABEL.match(sentence)
    if label is None or not mentions or mentions[0].start != label.end():
        return None
    first = mentions[0]
    if (
        first.date is None
        or first.precision != "day"
        or not _LABEL_END.fullmatch(sentence, first.end)
    ):
        return None
    return first


# "Date:", "Date of incident:", "Date of the spill:", "Incident date:", "Time and date:";
# not "Date of birth:" nor "Date published:"
_LABEL_EVENTS = (
    r"(?:incident|offence|offense|accident|collision|crash|attack|event|occurrence|loss|fire"
    r"|spill|leak|discharge|pollution|flood|flooding|sighting|theft|burglary|robbery"
    r"|assault|shooting|stabbing|breach|outage|failure|disappearance|inspection)"
)
_LABEL = re.compile(
    rf"(?i)\s*(?:(?:time\s+and\s+)?date(?:\s+of\s+(?:the\s+)?{_LABEL_EVENTS})?"
    rf"|{_LABEL_EVENTS}\s+date)\s*:\s*"
)
# what may follow the date on the label's line: a time ("at about 10.30pm"), a full stop
_LABEL_END = re.compile(
    r"(?i)(?:,?\s+(?:at\s+)?(?:about\s+|around\s+|approximately\s+)?\d{1,2}(?:[:.]\d\d)?"
    r"\s*(?:am|pm|hrs|GMT|BST|UTC)?)?\s*\.?\s*"
)
# "on the eve of the election on 4 July", "on the eve of 4 July": the day before
_EVE_OF = re.compile(
    r"(?i)\bthe\s+eve\s+of\s+(?:(?:the|a|an|its|their)\s+[\w\s'’-]{1,40}?\s+on\s+)?$"
)
_LATER = re.compile(r"(?i)\blater$")
# "The same day", "the next morning", "At that hearing", "That day, ...": the day given, or
# the day after
_STORY_DAY = re.compile(
    r"(?i)the\s+(?:next|following)\s+(?:day|morning|afternoon|evening|night)$"
    r"|the\s+same\s+day$|(?:(?:later|earlier|on)\s+)?that\s+\w+$|at\s+that\s+\w+$"
)
_OPENS = re.compile(r"[\s\"“‘'(]*(?:(?i:by|on|until|later|early|late)\s+)?")
_NEXT = re.compile(r"(?i)the\s+(?:next|following)\b")
# "a week earlier", "the day before", "two days after": counted back (or on, for "after")
_COUNTED = re.compile(
    r"(?i)(?:the\s+(?P<the>day)|(?P<count>\w+)\s+(?P<unit>day|week|fortnight|month|year)s?)"
    r"\s+(?P<way>earlier|before|previously|after|ago)$"
)
_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_COUNTS |= {"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_AMOUNT = re.compile(
    r"(?i)(?P<count>\w+)\s+(?P<unit>day|week|fortnight|month|year)s?\s+(?:later|after)$"
)
# the phrase opens a clause of its own: "Three days later, ...", "..., a day after shareholders"
_WORD_AFTER = re.compile(r"\s+[a-z]")


def _shifted(reference: DateMention, count: int, unit: str) -> DateMention | None:
    """``reference`` moved by ``count`` units, named as precisely as the units allow."""
    if reference.date is None:
        return None
    if unit in {"month", "year"}:
        date = add_months(reference.date, count * (12 if unit == "year" else 1))
        precision = reference.precision if reference.precision != "week" else "day"
        return replace(reference, date=start_of_period(date, precision), precision=precision)
    if reference.precision != "day":
        return None  # "in March ... three days later": no day to count from
    days = count * {"day": 1, "week": 7, "fortnight": 14}[unit]
    return replace(reference, date=reference.date + dt.timedelta(days=days), precision="day")


def _given_before(
    mention: DateMention, mentions: list[DateMention], story: DateMention | None
) -> DateMention | None:
    """The date the sentence gave before ``mention``, else the story's last date."""
    given = [m for m in mentions if m.end <= mention.start and m.date and m.anchors]
    return given[-1] if given else story


def _after_the_date_given(
    mention: DateMention, mentions: list[DateMention], story: DateMention | None
) -> DateMention:
    """ "Three days later", "The next day": that long after the date the sentence gave
    before it ("arrested on 2 May and charged three days later": 5 May), else after the
    date the story gave last; with neither, no date of its own (it is counted from the
    story's events, not from the day of publication)."""
    reference = _given_before(mention, mentions, story)
    amount = _AMOUNT.search(mention.text)
    if reference is None:
        moved = None
    elif amount is not None:
        count = _count(amount.group("count"))
        moved = _shifted(reference, count, amount.group("unit").lower()) if count else None
    else:
        moved = _shifted(reference, 1 if _NEXT.match(mention.text) else 0, "day")
    if moved is None:
        return replace(mention, date=None)
    return replace(mention, date=moved.date, precision=moved.precision)


def _counted_back(
    mention: DateMention, mentions: list[DateMention], sentence: str, story: DateMention | None
) -> DateMention:
    """ "A fortnight earlier, she had told the council": before the date the story gave
    last; "approved it on 12 October, a day after shareholders voted": the vote a day
    before the sentence's date, "published on 19 June, the day before ministers pledged":
    the pledge a day after it. Else as counted from publication ("two weeks ago")."""
    parts = _COUNTED.match(mention.text)
    assert parts is not None
    way = parts.group("way").lower()
    count = 1 if parts.group("the") else _count(parts.group("count"))
    unit = "day" if parts.group("the") else parts.group("unit").lower()
    prepositional = way in {"before", "after"} and _WORD_AFTER.match(sentence, mention.end)
    given = [m for m in mentions if m.end <= mention.start and m.date and m.anchors]
    opens = not sentence[: mention.start].strip(" \"“‘'(")
    if prepositional:  # the clause after it happened that long before (after) the date
        reference = given[-1] if given else None  # given; the phrase dates that clause alone,
        count = -count if way == "after" else count  # as the day a thing was said does
        mention = replace(mention, reporting=True)
    elif way == "ago":
        return mention
    else:
        reference = given[-1] if given else story if opens else None
        count = count if way == "after" else -count
    moved = _shifted(reference, count, unit) if reference is not None and count else None
    if moved is None:
        return replace(mention, date=None) if prepositional or way == "after" else mention
    return replace(mention, date=moved.date, precision=moved.precision)


def _count(word: str) -> int:
    lowered = word.lower()
    return int(lowered) if lowered.isdigit() else _COUNTS.get(lowered, 0)


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
