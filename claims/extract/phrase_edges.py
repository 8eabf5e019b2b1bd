"""Where a speaker phrase begins, read backward from its head: the start of a possessive
("the local nurses' union", "The United Nations' top official"), the modifiers of a
group ("military analysts", not "Last night locals"), and a body's name with "of the" in
it after "and" ("Greenpeace and Friends of the Earth")."""

from __future__ import annotations

from claims.extract.lexicon import (
    CHANGE_NOUNS,
    DETERMINERS,
    NOT_NAMES,
    RELATIVES,
    SCALE_WORDS,
    SPEECH_VERBS,
    words,
)
from claims.extract.phrase_shapes import SKIP_BEFORE, person_like
from claims.extract.tokens import Token, name_part

LINKING = words("of for at to in from with on by into behind")
TIMES = words("night morning afternoon evening weekend week month year tonight yesterday today")
_DETERMINERS_NOT_RELATIVES = DETERMINERS - RELATIVES  # worked out once


def possessor_start(tokens: list[Token], k: int) -> int:
    """Where a possessive phrase starts: "a consultants' draft" and "the local nurses'
    union" keep their determiner; a bare "consultants' draft" would be a fragment. A name's
    possessive keeps the whole name: "The United Nations' top official"."""
    if tokens[k].is_capitalised:
        m = k
        while (
            m > 0
            and name_part(tokens[m - 1])
            and (tokens[m - 1].lower not in NOT_NAMES or tokens[m - 1].lower == "police")
        ):  # "Police Scotland's own data"
            m -= 1
        return m - 1 if m > 0 and tokens[m - 1].lower in {"the"} else m
    for m in range(k - 1, max(-1, k - 3), -1):
        word = tokens[m]
        if word.quoted or not word.text.isalpha():
            break
        if word.lower in _DETERMINERS_NOT_RELATIVES:
            return m
        if word.is_capitalised and not word.quoted and m >= 1 and tokens[m - 1].lower == "the":
            return m - 1  # "The Houthi movement's military spokesman"
        if (
            not word.text.islower()
            or word.lower in LINKING
            or word.lower in RELATIVES
            or word.lower in SPEECH_VERBS
        ):
            break
    return k


def group_modifier(token: Token) -> bool:
    """ "military" in "military analysts", "Ukrainian" in "Ukrainian officials"."""
    lowered = token.lower
    return (
        not token.quoted
        and token.text.isalpha()
        and lowered not in NOT_NAMES
        and lowered not in DETERMINERS
        and lowered not in LINKING
        and lowered not in SKIP_BEFORE
        and lowered not in SPEECH_VERBS
        and lowered not in SCALE_WORDS  # "the $4.61 billion analysts had expected"
        and lowered not in CHANGE_NOUNS  # "the 2.1% drop economists had expected"
        and lowered not in TIMES  # "Last night locals blasted ...": the locals
    )


def body_of_the(tokens: list[Token], start: int, head_at: int) -> bool:
    """ "Friends of the Earth" after "and": a body's name, not a person "of the union"."""
    named = start + 1 < len(tokens) and tokens[start + 1].is_capitalised
    if tokens[start - 1].lower != "of" or tokens[start].lower != "the" or not named:
        return False
    joined = [i for i in range(head_at, -1, -1) if tokens[i].lower == "and"]
    return bool(joined) and not person_like(tokens[joined[0] + 1 : head_at + 1])
