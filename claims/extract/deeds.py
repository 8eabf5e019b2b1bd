"""Acts that report nothing, though their verb can report: "Referee Anthony Taylor showed
nine yellow cards" held the cards up; "the data showed" is a finding."""

from __future__ import annotations

from claims.extract.first_names import gender_of
from claims.extract.lexicon import words
from claims.extract.offices import split_role
from claims.extract.tokens import Speaker, Token


def a_deed(speaker: Speaker, verb: Token, after: list[Token]) -> bool:
    """A verb that can report, used for an act: `shown_by_hand`, `complained_to`."""
    return shown_by_hand(speaker, verb, after[:2]) or complained_to(verb, after)


def complained_to(verb: Token, after: list[Token]) -> bool:
    """ "A whistleblower complained to the Charity Commission about payments": a complaint
    lodged with a body, an act; not "complained to reporters that" nor "complained that"."""
    if verb.lower not in {"complained", "complains"} or not after or after[0].lower != "to":
        return False
    for token in after[1:]:
        if token.lower == "that" or token.quoted:
            return False
        if token.lower in {"about", "over"}:
            return True
    return False


def shown_by_hand(speaker: Speaker, verb: Token, after: list[Token]) -> bool:
    """A named person who "showed" a count of things held it up, and reported nothing."""
    if verb.lower not in {"showed", "shows"} or speaker.kind != "name" or not after:
        return False
    counted = after[0].text[:1].isdigit() or after[0].lower in _SMALL_COUNTS
    share = after[0].text.endswith("%") or after[-1].lower in {"%", "per", "percent", "of"}
    counted = counted and not share  # not "Dr Jones showed 40% of patients improved"
    name = split_role(speaker.text.split())[1]
    return counted and len(name) > 1 and gender_of(name[0]) is not None


_SMALL_COUNTS = words("two three four five six seven eight nine ten eleven twelve")
