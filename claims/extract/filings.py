"""Whose a legal filing is: "Acme filed a lawsuit against the council ... The complaint
says" is Acme's, the one who filed or sued, not a body called "The complaint"."""

from __future__ import annotations

import re

from claims.extract.discourse import Discourse


def filer_of(discourse: Discourse, index: int, noun_phrase: str) -> str | None:
    """Who filed the lawsuit, complaint or petition "the lawsuit" (``noun_phrase``) refers to,
    named in this sentence or one of the three before ``index``; None for other phrases."""
    words_of = noun_phrase.lower().split()
    if len(words_of) < 2 or words_of[0] != "the" or words_of[-1] not in _FILINGS:
        return None
    for earlier in range(min(index, len(discourse.seen) - 1), max(-1, index - 4), -1):
        filed = list(_FILED.finditer(discourse.seen[earlier]))
        if filed:
            name = filed[-1].group(1)
            if _OF_BEFORE.search(discourse.seen[earlier], 0, filed[-1].start()):
                return None  # "The family of Tom Hay has sued": the family's, not his
            return discourse.resolve_name(name) if discourse.find(name) else name
    return None


_FILINGS = frozenset(["lawsuit", "suit", "complaint", "petition", "writ", "claim", "filing"])
_FILED = re.compile(
    r"(?<![\w’'])((?:[A-Z][\w&’'.-]*)(?:\s+(?:[A-Z][\w&’'.-]*|of|for|and))*[\w.])\s+"
    r"(?:has\s+|have\s+|had\s+)?(?:\w+ly\s+)?(?:sued\b(?!\s+(?:by|for)\b)|"
    r"(?:filed|brought|lodged|launched|submitted)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:lawsuit|suit|complaint|petition|writ|legal\s+claim|claim|legal\s+action)\b)"
)
_OF_BEFORE = re.compile(r"\b(?:of|for|on\s+behalf\s+of|against)\s+$")
