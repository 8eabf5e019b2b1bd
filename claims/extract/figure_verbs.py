"""Verbs that report a figure by where they put it: "put the toll at 63", "puts the party
on 38 percent", "The poll gave the alliance 190 seats", "As the ministry put it"."""

from __future__ import annotations

import re

from claims.extract.documents import document_before_verb
from claims.extract.lexicon import DOCUMENTS, words
from claims.extract.tokens import Token


def put_it(tokens: list[Token], index: int) -> bool:
    """ "As the ministry put it, ...", "Prices, as one economist put it, are ...", "Ms
    Adeyemi put it to Mr Lomax that ...": an attribution."""
    if index + 1 >= len(tokens) or tokens[index + 1].lower != "it":
        return False
    if tokens[0].lower == "as":
        return True  # "As the regional chief, Javier Montoya, put it on Tuesday, ..."
    for k in range(index - 1, max(0, index - 9), -1):
        if tokens[k].lower == "as" and tokens[k - 1].text == ",":
            return True  # "Prices, as one economist put it, are ..."
        if tokens[k].text == "," or tokens[k].quoted:
            break
    rest = [t.lower for t in tokens[index + 2 : index + 9]]
    return bool(rest) and rest[0] == "to" and "that" in rest


def poll_gives_a_figure(tokens: list[Token], index: int) -> bool:
    """ "The poll gave the alliance 190 seats", "A poll by Axis Insight gave ...": a document
    (or one "by" its publisher) before the verb, a figure right after it."""
    figure = any(t.text[:1].isdigit() for t in tokens[index + 1 : index + 6])
    if not figure:
        return False
    if document_before_verb(tokens, index):
        return True
    for m in range(index - 1, max(0, index - 7), -1):
        if tokens[m].text == "," or tokens[m].quoted:
            return False
        if tokens[m].lower == "by" and tokens[m - 1].lower in DOCUMENTS:
            return True
    return False


def puts_a_figure(tokens: list[Token], index: int) -> bool:
    """ "put the toll at 63", "puts the party on 38 percent": "at"/"on" before a figure; "had
    put Okafor-Blake six points behind": a poll's margin; "a tax cut, which the Treasury
    costed at £2bn": the object left in front, in a relative clause."""
    if _relative_object_at(tokens, index):
        return True
    following = tokens[index + 2 : index + 16]
    for k, token in enumerate(following[:-2]):
        counted = token.text[:1].isdigit() or token.lower in _SMALL_NUMBERS
        margin = following[k + 1].lower in {"points", "point"}
        if counted and margin and following[k + 2].lower in {"ahead", "behind", "clear"}:
            return True
    for k, token in enumerate(following[:-1]):
        if token.lower in {"at", "on"}:
            rest = following[k + 1 :]
            skip = next((n for n, t in enumerate(rest) if t.lower not in _ON_THE_WAY), len(rest))
            figure = rest[min(skip, len(rest) - 1)]
            if _FIGURE_START.match(figure.text) or figure.lower in _HEDGES:
                return True
    return False


def _relative_object_at(tokens: list[Token], index: int) -> bool:
    """ "..., which its own finance ministry costed at 1.1 billion krone": "at" and a figure
    right after the verb, a "which"/"that" a few words before it (not "a stake valued at
    £46 million", which has no relative pronoun and no subject)."""
    if index + 2 >= len(tokens) or tokens[index + 1].lower != "at":
        return False
    window = range(max(1, index - 6), index - 1)
    if not any(_relative_subject(tokens, j, index) for j in window):
        return False
    figure = tokens[index + 2]
    return bool(_FIGURE_START.match(figure.text)) or figure.lower in _HEDGES


def _relative_subject(tokens: list[Token], at: int, verb_at: int) -> bool:
    """ ", which the Treasury costed", ", which its own ministry costed": the pronoun after a
    comma, a subject of determiner or name after it, no comma up to the verb."""
    if tokens[at].lower not in {"which", "that"} or tokens[at - 1].text != ",":
        return False
    opening = tokens[at + 1]
    if not (opening.lower in _DETERMINERS or opening.is_capitalised):
        return False
    return all(t.text != "," for t in tokens[at + 1 : verb_at])


_DETERMINERS = words("the its his her their our")


# A token opening a figure: "63", "$4bn", "₱1.4", "R350", "Sh2.4", "KSh"
_FIGURE_START = re.compile(r"\d|[$€£¥₹₱₦₩₺₽₴]|(?:[A-Z]{1,3}\$|KSh|Ksh|Sh|Rs|Rp|RM|R|N)(?:\d|$)")
_SMALL_NUMBERS = words(
    "one two three four five six seven eight nine ten eleven twelve fifteen twenty"
)
_HEDGES = words(
    """about around nearly almost some roughly more less over under up least just between
    barely closer close well"""
)  # "put the crowd at closer to 60,000", "at well over £2 million"
# "put the cost at a minimum of 30 million euros", "at an estimated 4,000"
_ON_THE_WAY = words("a an minimum maximum total of estimated record magnitude")
