"""Capitalised words that name no body a later "the company" could mean: a common noun
opening the sentence ("Rescue teams brought", "Work on the site will start") or a place
after "in" ("500 staff in Spain."), though not a stake's "shares in Tesco"."""

from __future__ import annotations

import re


def opens_sentence(sentence: str, start: int) -> bool:
    """Whether the capitalised word at `start` opens the sentence as a common noun, before
    a noun or a preposition: "Rescue teams brought", "Work on the site will start"."""
    following = _NEXT_WORD.match(sentence, start)
    after = following.group(1) if following is not None else ""
    opening = not sentence[:start].strip(" \"“‘'(")
    return opening and (after.endswith("s") or after in _LINKING)


def no_body_at(sentence: str, start: int) -> bool:
    """Whether the single capitalised word at `start` names no body a later "the company"
    could mean: a common noun opening the sentence (`opens_sentence`) or a place after
    "in" ("500 staff in Spain.", "In Ireland, the company has told staff"); not a stake's
    "shares in Tesco"."""
    if opens_sentence(sentence, start) or sentence.startswith("In ", start):
        return True
    before = sentence[max(0, start - 30) : start].split()
    if not before or before[-1] not in {"in", "In"}:
        return False
    return len(before) < 2 or before[-2].lower() not in _HELD_IN


_HELD_IN = frozenset(["stake", "stakes", "shares", "invested", "investment", "interest", "holding"])
_NEXT_WORD = re.compile(r"\S+\s+([a-z]+)\b(?!ss)")
_LINKING = frozenset(["on", "for", "in", "of", "from", "at", "with", "than", "to"])  # "Better than"
