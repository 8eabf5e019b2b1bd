"""Which of a sentence's date phrases a claim is tied to: the sentence's main date
(`main_date`), the year written right after a figure (`date_after`), and, when a sentence
gives several figures, each figure's nearest date (`date_near`)."""

from __future__ import annotations

import re

from claims.extract.appositions import subject_relative
from claims.extract.date_context import future_clause, looks_ahead
from claims.extract.dates import DateMention
from claims.extract.results import Quantity


def dates_beside(sentence: str, figure: Quantity, mentions: list[DateMention]) -> list[DateMention]:
    """The date phrases that can date ``figure``: all of them, but for a figure in a
    relative clause beside the sentence's subject only the clause's own ("Calderton,
    which employs 1,200 people, said on Monday it would close ...": background the
    outlet gives, not dated by the day the subject spoke)."""
    at = sentence.find(figure.text)
    if at >= 0:  # "welcomed 41,000 swimmers last summer, and the council hopes to beat that
        # this year": a plan in a clause of its own after the figure dates no figure
        mentions = [m for m in mentions if not _plan_after(sentence, at, m)]
    clause = subject_relative(sentence)
    if clause is None or not clause[0] <= at < clause[1] or figure.unit in _DURATIONS:
        return mentions
    return [m for m in mentions if m.start < clause[1]]


def _plan_after(sentence: str, at: int, mention: DateMention) -> bool:
    """Whether ``mention`` is in a clause about the future, of its own subject, after the
    figure at ``at``."""
    if mention.start < at:
        return False
    joint = _NEW_SUBJECT.search(sentence, at, mention.start)
    return joint is not None and (
        looks_ahead(sentence[joint.end() : mention.start])
        or future_clause(sentence, mention.start, mention.end)
    )


_NEW_SUBJECT = re.compile(r",\s+(?:and|but)\s+(?:the|a|an|it|he|she|they|we|its|their)\b")


def date_near(
    sentence: str, figure: Quantity, figures: list[Quantity], mentions: list[DateMention]
) -> DateMention | None:
    """The date one of several figures in a sentence is tied to: the nearest date phrase
    with no other figure in between, within about a line ("revenue of 412 million euros last
    year, up from 298 million euros in 2023": last year, then 2023). None when another
    figure stands between it and every date ("take £167 million, or 41%, up from 36% five
    years ago": only the 36% is five years ago)."""
    at = sentence.find(figure.text)
    if at < 0:
        return main_date(mentions)
    end = at + len(figure.text)
    others = [
        (p, p + len(f.text))
        for f in figures
        if f is not figure
        and (p := sentence.find(f.text)) >= 0
        and not _JOINED.fullmatch(sentence, min(end, p + len(f.text)), max(at, p))
        and not _one_event(sentence, min(at, p), min(end, p + len(f.text)), max(at, p))
        and f.unit not in _DURATIONS  # "44,000 patients waited over 12 hours in October"
        and not _TOTALLING.fullmatch(sentence, min(end, p + len(f.text)), max(at, p))  # "two
        # counts of fraud totalling £48,500", "14 bags of cannabis worth £20,000": one event
        and not _HANGS_ON.fullmatch(sentence, end, max(end, p))  # "152,000 workers at 551
    ]  # companies lost their jobs in 2024", "174 passengers and six crew made an emergency
    # landing on Monday": both figures take the date
    best: tuple[int, DateMention] | None = None
    for mention in mentions:
        if not mention.anchors or mention.date is None:
            continue
        low, high = (end, mention.start) if mention.start >= end else (mention.end, at)
        if high - low > _NEAR or any(low <= s and e <= high for s, e in others):
            continue
        if _CLAUSE_BREAK.search(sentence, low, high):
            continue  # "10 planes, the first of which is due next year": not the 10's date
        if len(_DASH.findall(sentence, low, high)) % 2:
            continue  # "— 2,800 dehorned since 2019 — and 63 arrests": an aside's own date
        after = mention.start >= end  # "from 1,318 in 2019 to 2,121 in 2025": 2025
        distance = high - low + (_FAR if mention.reporting else 0)  # "59%, the ministry
        # said on Tuesday, up from 52% in the same period of 2023": 2023 for the 52%
        if best is None or distance < best[0] or (distance == best[0] and after):
            best = (distance, mention)
    if best is not None:
        return best[1]
    said = [m for m in mentions if m.reporting and m.anchors and m.date is not None]
    content = [m for m in mentions if not m.reporting and m.anchors and m.date is not None]
    return said[0] if said and not content else None  # "... is £1.9bn over budget and four
    # years late, the NAO said on Wednesday": the day it was said dates every figure it said


_NEAR = 100  # characters between a figure and its date phrase
# "152,000 workers at 551 companies", "a $2.8 million contract for new roofs at three
# schools": the other figure says where, within the figure's own noun phrase
_HANGS_ON = re.compile(
    r"(?:\s+(?!(?:from|than|to|and|or|but|versus|compared|while|up|down|was|were|is|are|had"
    r"|has)\b)[a-z-]+){0,4}?\s+(?:at|across)\s+"
)
_TOTALLING = re.compile(
    r"(?:\s+of\s+[\w-]+(?:\s+[\w-]+)?)?,?\s+(?:totalling|totaling|worth|valued\s+at"
    r"|amounting\s+to)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?"
)
_FAR = 1000  # the day a figure was said comes after any date of the figure itself
_DURATIONS = frozenset(["second", "minute", "hour", "day", "week", "month", "year"])
_CLAUSE_BREAK = re.compile(
    r";|,\s+(?:which|who|whose|where|the\s+\w+\s+of\s+which)\b"
    r"|,\s+(?:the|its|their)\s+(?:\w+\s+)?(?:lowest|highest|biggest|largest|smallest|best|worst"
    r"|fastest|slowest|steepest|sharpest|strongest|weakest)\b[^,;]*\bsince\b"  # ", their
    # highest since the company listed in 2021": the record's date, not the figure's
    r"|,\s+(?:hit|helped|driven|boosted|hurt|dragged|fuelled|fueled)\s+by\b"  # a cause
    r"|,?\s+and\s+(?:the|a|an|it|he|she|they|its|their|that|will|would|had|has|have)\b"
)
_DASH = re.compile(r"\s[—–]\s|—")
_JOINED = re.compile(  # "174 passengers and six crew", "winds of 185 km/h and gusts of up to"
    r"\s*,?\s*(?:and|or|plus)\s*(?:[a-z]+\s+(?:[a-z]+\s+)?of\s+(?:up\s+to\s+|about\s+|around\s+)?)?"
)


# Two figures of one event, no comparison between them: "Four people were killed and 11
# others wounded", "cut its rate by 50 basis points to 9.0%", "a 9% rise in net profit to
# Sh46.2 billion" (not "or 41%, up from 36%", "31.4%, down from 36.8%": the other is then).
_ONE_EVENT = re.compile(
    r"(?:,\s+or\s+[^,;]{1,24},)?,?"  # "fell 1,062 points, or 1.45%, to close at 72,404"
    r"(?:\s+(?!(?:from|than|since|versus|against|compared|after|before|while|but)\b)"
    r"[A-Za-z'-]+){0,5}\s+(?:and|to)(?:\s+(?:close|end|finish|settle)\s+at)?"
    r"(?:\s+(?:injured|wounded|displaced|destroyed|damaged|stranded))?\s+"
)
_FROM = re.compile(r"(?i)\bfrom\s+$")


def _one_event(sentence: str, first: int, first_end: int, second: int) -> bool:
    """Whether the figures at ``first`` and ``second`` tell one event (`_ONE_EVENT`); not
    "rise from £1.20 to £1.50 from 1 May", where the first is the price before."""
    joined = _ONE_EVENT.fullmatch(sentence, first_end, second) is not None
    return joined and _FROM.search(sentence, max(0, first - 6), first) is None


def date_after(sentence: str, figure: Quantity, mentions: list[DateMention]) -> DateMention | None:
    """The date written right after a figure ("a decline of 5.8% in 2025"), or the one
    opening the figure's clause ("on 12 October, a day after shareholders voted 71% in
    favour"), which dates it whatever else the sentence dates ("figures released in
    February show")."""
    at = sentence.find(figure.text)
    if at < 0:
        return None
    end = at + len(figure.text)
    opening = next(
        (
            mention
            for mention in mentions
            if _OPENS_A_CLAUSE.search(mention.text)
            and mention.date is not None
            and mention.end <= at
            and not _CLAUSE_CUT.search(sentence, mention.end, at)
        ),
        None,
    )
    return opening or next(
        (
            mention
            for mention in mentions
            if mention.anchors
            and mention.date is not None
            and mention.start >= end
            and _JUST_AFTER.fullmatch(sentence, end, mention.start)
        ),
        None,
    )


# "a day after", "the day before"; "arrested on 8 July and charged the following day with
# possessing 14 firearms", "three days later": counted on from the sentence's date
_OPENS_A_CLAUSE = re.compile(
    r"(?i)\b(?:before|after|later)$|\bthe\s+(?:next|following)\s+(?:day|morning|afternoon"
    r"|evening|night)$"
)
_CLAUSE_CUT = re.compile(r"[,;:]|\b(?:and|but|while)\b")
_JUST_AFTER = re.compile(r"\s+(?:in|during)\s+")


def main_date(mentions: list[DateMention]) -> DateMention | None:
    """The date a sentence is about: the first one it gives, read in order ("rose 1.3% last
    year, according to a report published on Monday" is about last year), passing over the
    day it was said when the words give another ("Ofgem said on Friday bills will rise from
    1 April": 1 April). A phrase that only bounds a span ("until 2026") is never it."""
    anchoring = [mention for mention in mentions if mention.anchors]
    resolved = [mention for mention in anchoring if mention.date is not None]
    candidates = resolved or anchoring
    content = [mention for mention in candidates if not mention.reporting]
    return (content or candidates)[0] if candidates else None
