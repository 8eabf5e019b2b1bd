"""A claim named by its owner and told after "that": "the department had accepted Norland
Energy's assessment that the plant would pay for itself within 6.5 years", "rejected the
developer's estimate that the scheme would create 400 jobs": the figure is the owner's."""

from __future__ import annotations

from claims.extract.lexicon import words
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
        if token.lower != "that" or token.quoted or tokens[k - 1].lower not in _CLAIM_NOUNS:
            continue
        owner = tokens[k - 2]
        if not owner.text.endswith(_POSSESSIVE) or len(owner.text) < 4:
            continue
        first = _owner_start(tokens, k - 2)
        found = speaker_of(tokens, first, k - 2, "role")
        text = found.text[:-2]
        return k, Speaker(text, found.start, found.end - 2, "role")
    return None


def _owner_start(tokens: list[Token], owner: int) -> int:
    """Where the owner's phrase starts: back over a name ("Norland Energy's"), or over up to
    two lower-case words to a "the" ("the housing department's"); then over a "the"."""
    first = owner
    if tokens[owner].is_capitalised:
        while first > 0 and tokens[first - 1].is_capitalised and not tokens[first - 1].quoted:
            first -= 1
    else:
        for back in range(first - 1, max(-1, first - 4), -1):
            if tokens[back].lower == "the":
                return back
            if not (tokens[back].text.isalpha() and tokens[back].text.islower()):
                break
        return first
    return first - 1 if first > 0 and tokens[first - 1].lower == "the" else first
