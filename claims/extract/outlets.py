"""The outlet a source spoke to: "Jones told the BBC that ... The broadcaster also reported"
is the BBC, the body told, not Jones, the one who spoke last ("broadcaster" is an occupation
as well as a kind of body; after a named outlet, "the broadcaster" is the outlet)."""

from __future__ import annotations

import re

from claims.extract.discourse import Discourse
from claims.extract.first_names import gender_of
from claims.extract.offices import role_head


def outlet_told(discourse: Discourse, index: int, noun_phrase: str) -> str | None:
    """The outlet named as told in one of the three sentences before ``index``, for "the
    broadcaster", "the newspaper", "the news agency"; None for any other phrase."""
    head = role_head(noun_phrase)[0]
    if head not in _OUTLETS or not noun_phrase.lower().startswith("the "):
        return None
    if head == "agency" and " news " not in noun_phrase.lower():
        return None  # "The minister told the House ... The agency": a public agency
    for earlier in range(index - 1, max(-1, index - 4), -1):
        if earlier >= len(discourse.seen):
            continue
        told = [m.group(1) for m in _TOLD.finditer(discourse.seen[earlier])]
        bodies = [n for n in told if discourse.find(n) is None and not gender_of(n.split()[0])]
        if bodies:  # not "told Mark Hill", a person
            return bodies[-1]
    return None


_OUTLETS = frozenset(["broadcaster", "network", "newspaper", "outlet", "agency", "magazine"])
_TOLD = re.compile(
    r"\b(?:told|telling|in\s+an\s+interview\s+with|speaking\s+to)\s+(?:the\s+)?"
    r"([A-Z][\w&’'-]*(?:\s+(?:[A-Z][\w&’'-]*|of|of\s+the))*[\w&])"
    r"(?=\s+(?:that|on|in|last|this|it|he|she|they|there)\b|[,.:;])"
)
