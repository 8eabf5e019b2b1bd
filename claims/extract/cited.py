"""Sources named through someone else's words: "quoted the governor as saying", "...,
citing data from state health departments"."""

from __future__ import annotations

from claims.extract.clause_subjects import sentence_subject
from claims.extract.lexicon import DETERMINERS, DOCUMENTS, NON_HEADS, OPENING_ADJECTIVES
from claims.extract.noun_phrases import backward
from claims.extract.phrases_after import QUOTING, forward
from claims.extract.tokens import Speaker, Token, speaker_of, token_index


def quoted_as_saying(tokens: list[Token], index: int) -> Speaker | None:
    """The person in "quoted the governor as saying": the phrase between the two verbs."""
    for k in range(index - 2, max(-1, index - 30), -1):
        if tokens[k].lower in QUOTING and not tokens[k].quoted:
            if k >= 1 and tokens[k - 1].lower in {"was", "were", "is", "are", "been"}:
                before = backward(tokens, k - 2) if k >= 2 else None  # "An official, Ivan
                # Orlov, was quoted by RIA as saying"; "A spokesperson for the ministry was"
                return before or sentence_subject(tokens, single=True)  # "Hale was quoted"
            speaker = forward(tokens, k + 1)
            if speaker is not None and speaker.end <= tokens[index - 1].start:
                return name_beside(tokens, speaker) or speaker
            return None
    return None


def name_beside(tokens: list[Token], role: Speaker) -> Speaker | None:
    """ "quoted the leader of the council, Sue Amberley, as saying": the name set beside
    the office, between commas."""
    k = next((i for i, t in enumerate(tokens) if t.start >= role.end), len(tokens))
    if role.kind != "role" or k + 2 >= len(tokens) or tokens[k].text != ",":
        return None
    if not tokens[k + 1].is_capitalised:
        return None  # "according to the United Nations, and UNHCR, ...": another source
    last = k + 1
    while last + 1 < len(tokens) and tokens[last + 1].is_capitalised:
        last += 1
    if last == k + 1 or last + 1 >= len(tokens) or tokens[last + 1].text != ",":
        return None  # one capitalised word is no name; a name ends at its comma
    return speaker_of(tokens, k + 1, last, "name")


def source_of_data(tokens: list[Token], cited: Speaker | None) -> Speaker | None:
    """ "..., citing data from state health departments": the departments, not "data"."""
    if cited is None or cited.text.lower() not in DOCUMENTS:
        return None
    k = token_index(tokens, cited.start) + 1
    if k + 1 < len(tokens) and tokens[k].lower in {"from", "by"}:
        source = forward(tokens, k + 1)
        if source is None and tokens[k + 1].text.islower():  # "from state health departments"
            last = k + 1
            while last + 1 < len(tokens) and tokens[last + 1].text.isalpha():
                last += 1
            source = speaker_of(tokens, k + 1, last, "group")
        return source
    return None


_UNOWNED = NON_HEADS | OPENING_ADJECTIVES | {"provisional", "unofficial", "fresh", "available"}


def unowned_document(cited: Speaker | None) -> bool:
    """ "X said, citing preliminary data, that ...": data with no owner named adds no
    speaker; the words stay X's (not "industry estimates", "Eurostat data")."""
    if cited is None:
        return False
    words = cited.text.lower().split()
    if words[0] in DETERMINERS - {"the", "a", "an"}:
        return False  # "citing its own figures", "citing their data"
    return words[-1] in DOCUMENTS and all(
        w in _UNOWNED or w in {"the", "a", "an"} for w in words[:-1]
    )
