"""The office written in front of a speaker's name, back to the token before it: the comma
in "..., chief executive Marta Quintela told reporters", "..., landlord Gary Hughes said"
(`before_title`), so a speaker's scope starts before the office, not inside it."""

from __future__ import annotations

from claims.extract.lexicon import DETERMINERS, ORG_NOUNS, ORG_WORDS, ROLE_WORDS, words
from claims.extract.offices import is_nationality
from claims.extract.tokens import Speaker, Token, token_before, token_index


def before_title(tokens: list[Token], speaker: Speaker, before: Token | None) -> Token | None:
    """The token before a name and the office written in front of it: the comma in
    "..., chief executive Marta Quintela told reporters" and in "..., union branch
    secretary Gordon Keyes told a meeting" (lower-case words before an office word)."""
    k = token_index(tokens, speaker.start)
    titled = False
    for m in range(k - 1, max(-1, k - 6), -1):
        token = tokens[m]
        if token.lower in ROLE_WORDS or is_nationality(token.text) or token.lower in ORG_WORDS:
            office = m == k - 1 and token.text.islower() and token.lower in ORG_NOUNS
            titled = titled or office or token.lower in ROLE_WORDS  # "..., Police Chief
            continue  # Renata Okafor told reporters": the office is written before the name
        if m == k - 1 and token.lower in ORG_NOUNS and token.text.islower():
            titled = True  # "..., catastrophe modelling firm Halvorsen Risk estimated"
            continue
        if (
            titled
            and token.text.isalpha()
            and token.text.islower()
            and token.lower not in _NOT_TITLE
        ):
            continue
        if titled and token.text.isupper() and len(token.text) > 1:
            if m > 0 and tokens[m - 1].lower == "the":  # "," the UN humanitarian office
                return token_before(tokens, tokens[m - 1].start)  # OCHA told AFP"
            continue  # "..., BGMEA president Mahmud Hasan said": the body's acronym
        described = _description_after_comma(tokens, m, k) if not titled else None
        return described or token
    return before


_LINKING_WORDS = words(
    """though although because when if after before since so yet nor for with without about
    than then also even once until unless whether where whom whose just only not"""
)


def _description_after_comma(tokens: list[Token], m: int, k: int) -> Token | None:
    """The comma in "..., landlord Gary Hughes said", "..., local resident Tom Baker said": a
    few lower-case words describing the person named at ``k``, from token ``m`` back."""
    j = m
    while j >= 0 and k - j <= 3 and tokens[j].text.isalpha() and tokens[j].text.islower():
        if tokens[j].lower in _NOT_TITLE_OR_LINKING or tokens[j].lower in DETERMINERS:
            return None  # not "..., though Penrose said"
        j -= 1
    return tokens[j] if j >= 0 and j < m + 1 and j < k - 1 and tokens[j].text == "," else None


# Lower-case words that end an office written before a name: "and trade minister Tom Hale".
_NOT_TITLE = frozenset(["and", "but", "or", "that", "which", "who", "as", "while", "said", "says"])


_NOT_TITLE_OR_LINKING = _NOT_TITLE | _LINKING_WORDS
