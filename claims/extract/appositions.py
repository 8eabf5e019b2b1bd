"""Clauses set beside a noun. A source beside a noun that sums up what came before
("signallers earn £54,000, a figure the union says is inflated", "..., a request Acas
confirmed it had received") speaks for its own words about that noun, not for the rest of
the sentence; so does a source in ", which investigators believe ..." (the sentence is
its own source's, else the outlet's); a relative clause beside the sentence's opening
subject ("The government, which owns 80% of Baltica, would ..., the daily reported") is
the outlet's background."""

from __future__ import annotations

import re

from claims.extract.lexicon import words
from claims.extract.scopes import ASIDE, Scoped
from claims.extract.tokens import Speaker, Token, token_index


def apposed_aside(tokens: list[Token], index: int, speaker: Speaker) -> Scoped | None:
    """The aside of a speaker inside ", a figure the union says ...": what the verb at
    ``index`` reports, to the end of the clause; None for any other speaker."""
    if tokens[index].lower not in _SAYING:
        return None
    k = token_index(tokens, speaker.start)
    if k < 3 or index + 1 >= len(tokens):
        return None
    noun, determiner, comma = tokens[k - 1], tokens[k - 2], tokens[k - 3]
    if comma.text != "," or determiner.lower not in {"a", "an"} or noun.lower not in _SUMS:
        return None
    return _to_clause_end(tokens, index, speaker)


def disputed_aside(tokens: list[Token], index: int) -> Scoped | None:
    """ "..., a figure that officials from two other delegations disputed.": the speaker who
    disputed the noun summing up what came before, the clause ending on the verb, has an
    aside of its own (their phrase), not the sentence's speaker's words."""
    if tokens[index].lower not in _DISPUTING or tokens[index].quoted:
        return None
    if index + 1 < len(tokens) and tokens[index + 1].text not in {".", ",", ";"}:
        return None
    for k in range(index - 1, max(1, index - 10), -1):
        if tokens[k].text in {",", ";"} or tokens[k].quoted:
            return None
        if tokens[k].lower in _SUMS and tokens[k - 1].lower in {"a", "an"}:
            first = k + 2 if k + 1 < index and tokens[k + 1].lower in {"that", "which"} else k + 1
            if first >= index or k < 2 or tokens[k - 2].text != ",":
                return None
            start, end = tokens[first].start, tokens[index - 1].end
            named = " ".join(t.text for t in tokens[first:index])
            return Scoped(Speaker(named, start, end, "role"), ASIDE, index, start, end)
    return None


_DISPUTING = words("disputed disputes dispute contested contests contest challenged questioned")


def relative_aside(tokens: list[Token], index: int, speaker: Speaker) -> Scoped | None:
    """ "A police source told us none of them started the Kechries fire, which
    investigators believe was caused by a spark": the second source's ", which X believe"
    speaks for the relative clause alone, to the end of the clause; None otherwise."""
    if tokens[index].lower not in _SAYING or speaker.kind == "pronoun":
        return None
    k = token_index(tokens, speaker.start)
    if k < 3 or index + 1 >= len(tokens) or tokens[k - 1].lower != "which":
        return None
    if tokens[k - 2].text != ",":
        return None
    return _to_clause_end(tokens, index, speaker)


def _to_clause_end(tokens: list[Token], index: int, speaker: Speaker) -> Scoped:
    """The aside of the verb at ``index``: from the word after it to the clause's end."""
    end = next(
        (t.start for t in tokens[index + 1 :] if t.text in {",", ";", "—", "–"} and not t.quoted),
        tokens[-1].end,
    )
    return Scoped(speaker, ASIDE, index, tokens[index + 1].start, end)


_SAYING = words(
    """says said say confirmed confirms claims claimed estimates estimated believes believe
    disputes disputed insists insisted argues argued maintains maintained quoted repeated"""
)
# Nouns that sum up what the sentence said before: "a figure", "a claim", "a request",
# "a remark the presenter quoted back to her".
_SUMS = words(
    """figure number total estimate claim request demand move decision offer sum amount
    rise increase cut fall drop level rate charge allegation account remark comment"""
)


def subject_background(sentence: str, position: int, scoped: list[Scoped]) -> bool:
    """Whether ``position`` lies in a relative clause set beside the sentence's opening
    subject, with every speaker after it: "The Latvian government, which owns 80% of
    Baltica, would keep ..., the daily reported" (background the outlet gives, not what
    the source tacked on after the words reported)."""
    if ", wh" not in sentence:
        return False  # most sentences: one substring test
    found = _SUBJECT_RELATIVE.match(sentence)
    if found is None or not found.start(1) <= position < found.end(1):
        return False
    return all(s.speaker.start > found.end(1) for s in scoped)


def subject_relative(sentence: str) -> tuple[int, int] | None:
    """The span of a relative clause set beside the sentence's opening subject ("which
    employs 1,200 people" in "Calderton, which employs 1,200 people, said on Monday ..."),
    None if it has none."""
    if ", wh" not in sentence:
        return None  # most sentences: one substring test
    found = _SUBJECT_RELATIVE_FIGURES.match(sentence)
    return found.span(1) if found else None


_SUBJECT_RELATIVE = re.compile(
    r"\s*[A-Z][^,;:“”\"]{0,60}?,\s+((?:which|who)\s+[^,;“”\"]{3,150}),\s"
)
# the same, its clause read over thousands separators ("which employs 1,200 people"), for
# dates; `subject_background` keeps to the one above (read so, it cost a speaker on a
# never-read set)
_SUBJECT_RELATIVE_FIGURES = re.compile(
    r"\s*[A-Z][^,;:“”\"]{0,60}?,\s+((?:which|who)\s+(?:[^,;“”\"]|,(?=\d{3}\b)){3,150}),\s"
)
