"""What a bare number counts when the noun is not written after it: the death toll's
people, the noun of the figure before it ("built for 400 people, it held more than
1,600"), the noun of "the number of X" earlier in the sentence, or an earthquake's
magnitude."""

from __future__ import annotations

import re

from claims.extract.figure_context import counted_noun
from claims.extract.results import Quantity
from claims.extract.units import TIME_UNITS


def understood_noun(
    sentence: str, start: int, bare: Quantity, earlier: list[Quantity]
) -> str | None:
    """The counted noun the bare number at ``start`` takes, if the sentence gives one;
    ``earlier`` are the figures read before it in the sentence."""
    before = earlier[-1] if earlier else None
    if toll_before(sentence, start):
        return "person"
    if _MAJORITY.search(sentence, 0, start):
        return "vote"  # "overturning a Labour majority of more than 14,000"
    compared = _HEDGE_AT_END.sub("", sentence[:start].rstrip().lower()).endswith(_COMPARED)
    if compared and len(earlier) > 1 and _attached(sentence, earlier[-1]):
        before = earlier[-2]  # "152,000 workers at 551 companies ..., down from 264,000": workers
    if before is not None and _elided_noun(before, bare, compared):
        return before.unit
    return _number_of(sentence, start) or _subject_that_moved(sentence, start)


def toll_before(sentence: str, start: int) -> bool:
    """ "The death toll rose to 27", "... to five": a number the toll reached, of people."""
    return "toll" in sentence and _TOLL.search(sentence, 0, start) is not None


def _elided_noun(previous: Quantity, bare: Quantity, compared: bool = False) -> bool:
    """Whether a bare number takes the noun of the figure before it: "built for 400 people,
    it held more than 1,600", "on 26 percent and the Greens on 9"; a count is no share
    ("down 9% ... the roughly 75,000"). A period only in a comparison: "38 qualifying
    years, up from 35"."""
    unit = previous.unit
    if unit is None or not unit.islower() or "_" in unit or (unit in TIME_UNITS and not compared):
        return False
    if unit == "magnitude":  # "a magnitude 6.0 quake ... has risen to more than 1,400"
        return False
    return unit not in {"percent", "point"} or bare.value <= 100


_MAJORITY = re.compile(
    r"\b(?:majority|margin)\s+of\s+(?:(?:more\s+than|over|about|around|nearly|almost|just|only"
    r"|some)\s+)?$",
    re.IGNORECASE,
)
_COMPARED = ("up from", "down from", "compared with", "compared to")
_HEDGE_AT_END = re.compile(r"\s+(?:about|around|nearly|almost|some|roughly|just)$")
_PREPOSITION_BEFORE = re.compile(r"\b(?:at|in|across|of|from|for)\s+$")


def _attached(sentence: str, figure: Quantity) -> bool:
    """Whether a figure hangs on a preposition ("workers at 551 companies"): not the one a
    later comparison goes back to."""
    at = sentence.find(figure.text)
    return at > 0 and _PREPOSITION_BEFORE.search(sentence, max(0, at - 8), at) is not None


_NUMBER_OF = re.compile(r"\b(?:number|count|total)\s+of(?=\s)")


def _number_of(sentence: str, start: int) -> str | None:
    """The noun counted by "the number of X" earlier in the sentence, for a bare number:
    "The average number of people per boat reached 61" -> person."""
    found = None
    for match in _NUMBER_OF.finditer(sentence, 0, start):
        found = counted_noun(sentence, match.end())
    return found[0] if found is not None else None


def _subject_that_moved(sentence: str, start: int) -> str | None:
    """ "Homicides dropped to 31", "Car thefts rose to 2,400": a plural subject opening the
    sentence, moved to a bare number, is what it counts. Not "Prices rose to 5"."""
    match = _MOVED_TO.match(sentence[:start]) or _MOVED_TO_LATER.search(sentence[:start])
    if match is None or match.group("noun").lower() in _NOT_COUNTS:
        return None
    found = counted_noun(" " + match.group("noun"), 0)
    return found[0] if found is not None else None


_MOVED_TO = re.compile(
    r"\s*(?:[A-Za-z-]+\s+)?(?P<noun>[A-Za-z-]+s)\s+"
    r"(?:(?:about|over|against|from|in|at)\s+(?:[A-Za-z-]+\s+){1,2})?"  # "complaints about X"
    r"(?:have\s+|has\s+|had\s+)?(?:rose|risen|fell|fallen|dropped|climbed|increased|decreased|"
    r"jumped|grew|grown|reached|totalled|totaled|hit|stood|stand)\s+"
    r"(?:from\s+|by\s+|(?:from\s+[\d,.]+\s+)?(?:to\s+|at\s+)?)"
    r"(?:about\s+|around\s+|nearly\s+|almost\s+|just\s+)?$"
)
# the same after a reporting clause: "Police data confirm carjackings rose from 48 to 98"
_MOVED_TO_LATER = re.compile(
    r"\b(?:show|shows|showed|confirm|confirms|confirmed|that|said|says)" + _MOVED_TO.pattern
)
_NOT_COUNTS = frozenset(
    ["prices", "sales", "rates", "levels", "figures", "numbers", "costs", "bills", "wages",
     "earnings", "profits", "revenues", "shares", "temperatures", "scores", "yields", "totals"]
)  # fmt: skip


# "the death toll rose to 63", "the toll stands at 43": the bare number counts people.
_TOLL = re.compile(
    r"\b(?:death|casualty)\s+toll\b[^,;.]{0,100}$|\btoll\s+(?:rose|climbed|stands|stood|"
    r"reached|is|was|has\s+risen)\b[^,;.]{0,15}$"
    r"|\btoll\s+(?:from|of|in)\b[^,;]{0,60}?\b(?:rose|climbed|reached|has\s+risen|had\s+risen)"
    r"\s+to\s+(?:more\s+than\s+|at\s+least\s+|over\s+|nearly\s+|about\s+)?$"  # "The toll
)  # from a magnitude 6.0 earthquake has risen to more than 1,400"


_MAGNITUDE = re.compile(r"\b[Mm]agnitude(?:\s+(?:of|at))?\s+$")
_ON_THE_SCALE = re.compile(r"\s+on\s+the\s+(?:Richter|(?:moment[\s-])?magnitude)\s+scale\b", re.I)


def magnitude(sentence: str, start: int, end: int) -> int | None:
    """Where the number at `start`..`end` ends as a magnitude, if it is one: "a magnitude
    6.4 earthquake", "a magnitude of 5.2", "measuring 6.8 on the Richter scale"."""
    if _MAGNITUDE.search(sentence, 0, start):
        return end
    on_scale = _ON_THE_SCALE.match(sentence, end)
    return on_scale.end() if on_scale is not None else None
