"""Reporting verbs in the passive: "The figure was confirmed by the ministry", "The cost
is put at £230 million a day by Brightwater Economics"."""

from __future__ import annotations

from claims.extract.lexicon import words
from claims.extract.tokens import TIME_WORDS, Token

_PASSIVE = frozenset(["was", "were", "been", "is", "are", "be", "being"])


def passive_by(tokens: list[Token], index: int) -> int | None:
    """ "The figure was confirmed by the ministry": a reporting verb in the passive; the
    index of the "by" its speaker follows. "The cost is put at £230 million a day by X":
    the "by" after the figure."""
    if not (
        tokens[index].lower in _REPORTED_BY
        and index >= 1
        and tokens[index - 1].lower in _PASSIVE - {"be"}
        and not tokens[index].quoted
    ):
        return None
    by = index + 1
    if tokens[index].lower in _PUT_AT and by < len(tokens) and tokens[by].lower == "at":
        by = next(
            (k for k in range(by, min(len(tokens), by + 14)) if tokens[k].text in {",", "by"}), by
        )
    if not (by + 1 < len(tokens) and tokens[by].lower == "by"):
        return None
    after = tokens[by + 1].text  # not "recorded by Tuesday afternoon"
    return None if TIME_WORDS.match(after) or after[:1].isdigit() else by


_PUT_AT = words("put estimated calculated")  # "was estimated at $22 million by the auditors"
_REPORTED_BY = words(
    """confirmed reported estimated announced disclosed revealed stated
    put calculated recorded published"""
)
