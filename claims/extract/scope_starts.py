"""Where the words a speaker speaks for begin, when not at the verb: a document's own
description is its publisher's ("a poll of 2,000 parents by Safeguard"), a relative
clause's speaker speaks for the noun it hangs on ("the 95 percent level that the agency
says is needed", "the 1.9% economists had forecast"), and a trailing "according to X"
after ", beating expectations" speaks for the expectation alone."""

from __future__ import annotations

import re

from claims.extract.documents import document_before
from claims.extract.lexicon import CHANGE_NOUNS, DETERMINERS, SCALE_WORDS, SPEECH_VERBS, words
from claims.extract.tokens import Speaker, Token, token_index

_AGAINST = frozenset(
    ["beating", "missing", "against", "versus", "compared", "ahead", "above", "below", "topping"]
)
_EXPECTATION = re.compile(r"(?i)\b(?:expect|forecast|estimat|consensus|poll)")


def expectation_before(tokens: list[Token], index: int) -> int | None:
    """Where ", beating/against ... expectations ..." starts, when it is what a trailing
    "according to X" at ``index`` follows: the data provider speaks for the expectation,
    not for the figures the sentence opened with."""
    commas = [k for k in range(index) if tokens[k].text == "," and not tokens[k].quoted]
    if len(commas) < 2 or commas[-1] != index - 1:
        return None
    first = commas[-2] + 1
    segment = tokens[first : commas[-1]]
    words = " ".join(t.text for t in segment)
    if not segment or segment[0].lower not in _AGAINST or not _EXPECTATION.search(words):
        return None
    return segment[0].start


def document_start(tokens: list[Token], speaker: Speaker) -> int:
    """Where "a poll of 2,000 parents by Safeguard" starts, for its publisher Safeguard:
    the document's own description is the publisher's too."""
    if speaker.kind not in {"publisher", "name"}:
        return tokens[-1].end
    k = token_index(tokens, speaker.start)
    m = document_before(tokens, k)
    if m is None:
        return tokens[-1].end
    while m > 0 and tokens[m - 1].lower in _DOCUMENT_ADJECTIVES:
        m -= 1  # "..., new figures released by Queensland Health show."
    opening = m - 1 if m > 0 and tokens[m - 1].lower in DETERMINERS else m
    return tokens[opening].start


_DOCUMENT_ADJECTIVES = words(
    """new latest fresh official preliminary provisional final quarterly monthly annual
    weekly internal unpublished"""
)


def _figure_object_start(tokens: list[Token], speaker: Speaker, before: Token) -> int:
    """ "the 1.9% economists had forecast": a group right after a figure with "the" before
    it forecasts that figure (a relative clause without "that"); else the end of the text."""
    k = token_index(tokens, before.start)
    if before.lower in CHANGE_NOUNS and k > 0:  # "the 2.1% drop economists had expected"
        before = tokens[k - 1]
    figure_end = before.text == "%" or before.text[:1].isdigit() or before.lower in SCALE_WORDS
    if speaker.kind != "group" or not figure_end:  # "the $4.61 billion analysts expected"
        return tokens[-1].end
    if any(t.lower == "according" for t in tokens[k:]):
        return tokens[-1].end  # "..., according to LSEG data": the data provider's expectation
    for m in range(k, max(-1, k - 5), -1):
        if tokens[m].quoted or tokens[m].text in {",", ";"}:
            break
        if tokens[m].lower in {"the", "a", "an"}:
            return tokens[m].start
    return tokens[-1].end


def antecedent_start(tokens: list[Token], speaker: Speaker, before: Token) -> int:
    """For a speaker in a relative clause ("the 95 percent level that the agency says is
    needed"), where the noun phrase the clause hangs on starts; else the end of the text."""
    if before.lower not in {"that", "which"}:
        return _figure_object_start(tokens, speaker, before)
    k = next(i for i, t in enumerate(tokens) if t.start == before.start)
    if k == 0 or not tokens[k - 1].text.isalpha() or tokens[k - 1].lower in SPEECH_VERBS:
        return tokens[-1].end  # "said that the agency says": a clause, not a relative
    for m in range(k - 1, max(-1, k - 7), -1):
        if tokens[m].quoted or tokens[m].text in {",", ";"}:
            break
        if tokens[m].lower in {"the", "a", "an"}:
            return tokens[m].start
    return tokens[-1].end
