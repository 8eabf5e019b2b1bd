"""A claim named by its owner and told after "that": "the department had accepted Norland
Energy's assessment that the plant would pay for itself within 6.5 years", "rejected the
developer's estimate that the scheme would create 400 jobs": the figure is the owner's."""

from __future__ import annotations

from claims.extract.lexicon import words
from claims.extract.phrase_edges import possessor_start
from claims.extract.phrases_after import forward
from claims.extract.tokens import Speaker, Token, speaker_of

_CLAIM_NOUNS = words(
    """assessment assessments estimate estimates forecast forecasts projection projections
    calculation calculations prediction predictions claim claims assertion"""
)
_POSSESSIVE = ("'s", "’s")


def owned_claim(tokens: list[Token]) -> tuple[int, Speaker] | None:
    """The "that" after "X's estimate" and X, whose claim the rest of the clause is."""
    for k in range(3, len(tokens) - 1):
        token = tokens[k]
        if token.lower != "that" or token.quoted:
            continue
        made_by = _claim_made_by(tokens, k)
        if made_by is not None:  # "denied claims by the GMB union that 300 jobs"
            return k, made_by
        if tokens[k - 1].lower not in _CLAIM_NOUNS:
            continue
        owner = tokens[k - 2]
        if not owner.text.endswith(_POSSESSIVE) or len(owner.text) < 4:
            continue
        first = possessor_start(tokens, k - 2)  # "Norland Energy's", "the housing department's"
        found = speaker_of(tokens, first, k - 2, "role")
        text = found.text[:-2]
        return k, Speaker(text, found.start, found.end - 2, "role")
    return None


def _claim_made_by(tokens: list[Token], k: int) -> Speaker | None:
    """X in "claims by X that", "the estimate from X that": the owner, named after "by"
    or "from", right before the "that" at ``k``."""
    for m in range(k - 2, max(0, k - 9), -1):
        if tokens[m].lower in {"by", "from"} and tokens[m - 1].lower in _CLAIM_NOUNS:
            owner = forward(tokens, m + 1)
            if owner is not None and owner.end == tokens[k - 1].end:
                return owner
            return None
        if tokens[m].quoted or tokens[m].text in {",", ";"}:
            return None
    return None
