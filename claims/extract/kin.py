"""Family, spouses and parents as reporters write them around a name: "Lionel Grace and his
wife, Martha,", "The father of three", "The family of Jordan Ede", "Tariq Hale's family"."""

from __future__ import annotations

import re

from claims.extract.first_names import gender_of
from claims.extract.lexicon import DETERMINERS, words
from claims.extract.tokens import Token


def spouse_before(tokens: list[Token], opening: int) -> int | None:
    """Where "Lionel Grace" starts in "Lionel Grace and his wife," (the comma at
    ``opening``); None when no name and a spouse come before it."""
    if opening < 4 or tokens[opening - 1].lower not in _SPOUSES:
        return None
    if (
        tokens[opening - 2].lower not in {"his", "her", "their"}
        or tokens[opening - 3].lower != "and"
    ):
        return None
    first = opening - 3
    aged = first >= 4 and tokens[first - 1].text == "," and tokens[first - 3].text == ","
    if aged and tokens[first - 2].text.isdigit():  # "Peter Holm, 74, and his wife,"
        first -= 3
    while first > 0 and tokens[first - 1].is_capitalised and not tokens[first - 1].quoted:
        first -= 1
    return first if first < opening - 3 and tokens[first].is_capitalised else None


_SPOUSES = words("wife husband partner")


def parent_of(tokens: list[Token], j: int) -> bool:
    """ "The father of three" ending at token ``j``."""
    if j < 3 or tokens[j - 1].lower != "of" or tokens[j - 2].lower not in _PARENTS:
        return False
    return tokens[j - 3].lower in DETERMINERS and (
        tokens[j].lower in _FEW or tokens[j].text.isdigit()
    )


_PARENTS = words("father mother dad mum mom grandfather grandmother")
_MOTHERS = words("mother mum mom grandmother")
_FEW = words("one two three four five six seven eight nine ten")


def parent_pronoun(phrase: str) -> str | None:
    """ "The father of three": "he" (who the phrase stands for), "the mother of two": "she";
    None for any other phrase."""
    words_of = phrase.lower().replace("-", " ").split()
    if len(words_of) < 4 or words_of[0] != "the" or words_of[-2] != "of":
        return None
    if not (words_of[-1] in _FEW or words_of[-1].isdigit()) or words_of[-3] not in _PARENTS:
        return None
    return "she" if words_of[-3] in _MOTHERS else "he"


def family_of(tokens: list[Token], start: int, end: int) -> tuple[int, int] | None:
    """The token span of "The family of Jordan Ede" or "Tariq Hale's family" around the name
    at ``start``..``end``: the family speaks, not the person it speaks about."""
    if start >= 2 and tokens[start - 1].lower == "of" and tokens[start - 2].lower in _KIN:
        first = start - 2
        if first >= 1 and tokens[first - 1].lower in DETERMINERS:
            first -= 1
        return first, end
    owned = tokens[end].text.endswith(("'s", "’s")) and end + 1 < len(tokens)
    return (start, end + 1) if owned and tokens[end + 1].lower in _KIN else None


_KIN = words("family relatives parents children widow widower son daughter friends")


# "Tom Reid's mother, Ann," / "His son Jake": a relative named by a given name alone
_RELATIVE_BEFORE = re.compile(
    r"(?:\b[A-Z][\w’'-]+\s+([A-Z][\w’'-]+)['’]s|\b([Hh]is|[Hh]er))\s+(?:[a-z]+\s+)?"
    r"(?:mother|father|wife|husband|son|daughter|brother|sister|widow|mum|dad|grandmother|"
    r"grandfather|niece|nephew),?\s+$"
)


def relative_surname(before: str) -> tuple[str | None, str | None]:
    """The family name a relative named by a given name alone shares ("Reid" for "Tom
    Reid's mother, Ann,"), or the pronoun ("his", "her") whose holder's it is."""
    found = _RELATIVE_BEFORE.search(before)
    if found is None:
        return None, None
    return found.group(1), (found.group(2).lower() if found.group(2) else None)


def both_named(
    phrase: str, last_names: tuple[int, str] | None, index: int, seen: list[str]
) -> str | None:
    """The two people "the couple" or "the pair" at sentence ``index`` stands for: the
    last "X and Y" to speak up to three sentences before, else the last two people named
    together in those sentences ("Derek and Joan Whitley were rescued ... The couple said")."""
    if phrase not in _TWO_OF_THEM:
        return None
    if last_names is not None and index - last_names[0] <= 3:
        return last_names[1]
    for sentence in reversed(seen[-4:-1]):  # the sentences before this one
        for first, second in reversed(_PAIR.findall(sentence)):
            if gender_of(first.split()[0]) and gender_of(second.split()[0]):
                return f"{first} and {second}"
    return None


_TWO_OF_THEM = frozenset(
    ["the couple", "the pair", "the two", "both men", "both women", "the men", "the women"]
)
# Two people named together: "Derek and Joan Whitley", "Karl Benn and Ollie Shore"
_PAIR = re.compile(
    r"\b([A-Z][a-z]+(?:\s+[A-Z][\w’'-]+)?)\s+and\s+([A-Z][a-z]+\s+[A-Z][\w’'-]+)\b(?!\s+[A-Z])"
)
