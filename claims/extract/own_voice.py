"""The outlet's own reporting is nobody's claim but the outlet's: "according to Reuters
calculations" under a "FRANKFURT (Reuters) -" dateline (`datelines.dateline_outlet`),
"according to a Herald analysis of council records", "An investigation by the Gazette
found", "checks by our correspondent". A publisher named with a work of no kind
("according to the Financial Times") stays a source."""

from __future__ import annotations

import re
from collections.abc import Iterable

from claims.extract.name_kinds import NEWSPAPER_WORDS

_OUR_OWN = re.compile(
    r"(?i)\b(?:our|this newspaper's|this paper's)\s+(?:own\s+)?"
    r"(?:correspondents?|reporters?|journalists?|investigation|analysis)\b"
)
_THIS_OUTLET = frozenset(["this paper", "this newspaper", "our paper", "this website"])
_WORK = r"(?:analysis|analyses|investigation|calculations?|count|tally|review|examination|survey)"
_OWNER = r"((?:The\s+)?[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,2}?)"
# "a Herald analysis", "Reuters calculations", "the Courier's investigation"; "An
# investigation by the Gazette"
_OWNER_FIRST = re.compile(rf"(?:(?:[Aa]n?|the)\s+)?(?:new\s+)?{_OWNER}(?:['’]s)?\s+{_WORK}\b")
_WORK_FIRST = re.compile(
    rf"(?:(?:[Aa]n?|[Tt]he)\s+)?(?:[a-z]+\s+)?{_WORK}\s+by\s+(?:the\s+)?{_OWNER}$"
)


def own_work(phrase: str, after: str, outlet: str | None) -> bool:
    """Whether a speaker phrase, with the words right ``after`` it, is the outlet's own
    reporting: its correspondents, or a work of its own whose owner is the dateline's
    outlet or a newspaper called by its one word ("the Gazette", "a Herald analysis")."""
    if _OUR_OWN.search(phrase) or phrase.lower() in _THIS_OUTLET:
        return True
    found = (_OWNER_FIRST.match(phrase + after), _WORK_FIRST.match(phrase))
    owners = [f.group(1).removeprefix("The ") for f in found if f is not None]
    return any(o == outlet or _a_newspaper(o) for o in owners)


def _a_newspaper(owner: str) -> bool:
    """A newspaper called by its one word ("the Gazette") or by a day's paper's name ("the
    Sunday Clarion", "the Evening Bugle")."""
    words = owner.split()
    if len(words) == 1:
        return owner.lower() in NEWSPAPER_WORDS
    return len(words) == 2 and words[0].lower() in _PAPER_DAYS


_PAPER_DAYS = frozenset(["sunday", "daily", "evening", "weekly", "morning", "saturday"])


def own_reporting(speakers: Iterable[str]) -> bool:
    """ "An investigation by the Gazette found ...": whether a sentence's source is the
    outlet's own reporting, evidence as a named source is though nobody else's claim."""
    return any(own_work(speaker, "", None) for speaker in speakers)
