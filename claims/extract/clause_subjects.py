"""The subject a reporting verb's sentence or clause opens with: "The company", "Ruiz",
"She", "Mr Oyelaran"; and who answers a first speaker in a clause of its own ("..., but the
regulator Ofwat disputed the figure, saying ...")."""

from __future__ import annotations

import re

from claims.extract.lexicon import DETERMINERS, NOT_NAMES, ORG_WORDS, PRONOUNS, ROLE_WORDS, words
from claims.extract.offices import is_title
from claims.extract.phrase_shapes import subject_word
from claims.extract.tokens import Speaker, Token, name_part, speaker_of

_OPENERS = words("however meanwhile separately still yet but nonetheless nevertheless")
_SPOKESPEOPLE = words("spokesman spokeswoman spokesperson")


def rebuttal_subject(tokens: list[Token], said: int, index: int) -> Speaker | None:
    """ "X said ..., but the regulator Ofwat disputed the figure, saying": who answers the
    first speaker in a clause of its own, before the participle at ``index``."""
    turn = [k for k in range(said + 1, index) if tokens[k].lower in {"but", "while", "whereas"}]
    if not turn or tokens[turn[-1] - 1].text != ",":
        return None
    clause = tokens[turn[-1] + 1 : index]
    subject = sentence_subject(clause, single=True)
    named = next((k for k, t in enumerate(clause[:5]) if t.is_capitalised), None)
    if subject is not None or named is None or named == 0:
        return subject
    last = named  # "but residents' group Fix Our Roads hit back": the name in the clause
    while last + 1 < len(clause) and name_part(clause[last + 1]):
        last += 1
    return speaker_of(clause, named, last, "name")


def sentence_subject(tokens: list[Token], single: bool = False) -> Speaker | None:
    """The phrase a sentence opens with, when it can speak: "The company", "Ruiz", "She";
    a lone capitalised word ("Halvern") only when ``single``."""
    if len(tokens) > 2 and tokens[0].lower in {"but", "and", "yet"} and tokens[1].text != ",":
        tokens = tokens[1:]  # "But the association hit back, insisting ..."
    elif len(tokens) > 3 and tokens[0].lower in _OPENERS and tokens[1].text == ",":
        tokens = tokens[2:]  # "However, Kesses MP Daniel Kosgei termed the price too low,"
    titled = bool(tokens) and is_title(tokens[0].text)  # "Mr Oyelaran apologised
    if not tokens or tokens[0].quoted or (tokens[0].lower in _NO_SUBJECT and not titled):
        return None  # and said"
    first = tokens[0]
    if first.lower in PRONOUNS:
        return Speaker(first.text, first.start, first.end, "pronoun")
    last = 0
    owner = first.is_capitalised and first.text.endswith(("'s", "’s"))  # "Kenya's central bank"
    if first.lower in {"the", "a", "an"} or owner:
        while (
            last + 1 < len(tokens)
            and last < 5
            and subject_word(tokens, last + 1)
            and not _verb_before_object(tokens, last + 1)
            and not (last >= 1 and tokens[last + 1].lower in _IRREGULAR_PAST)
        ):
            last += 1
        while (  # "The British Chambers of Commerce", "The Department for Education"
            last + 2 < len(tokens)
            and tokens[last + 1].lower in {"of", "for"}
            and tokens[last + 2].is_capitalised
            and any(t.lower in ORG_WORDS for t in tokens[1 : last + 1])
        ):
            last += 2
            while last + 1 < len(tokens) and tokens[last + 1].is_capitalised:
                last += 1
            if last + 1 < len(tokens) and tokens[last + 1].lower in _SPOKESPEOPLE:
                last += 1  # "A Department for Transport spokesman hit back, saying"
        kind = "role"
    elif first.is_capitalised:
        while last + 1 < len(tokens) and (
            tokens[last + 1].is_capitalised or tokens[last + 1].lower in ROLE_WORDS
        ):
            last += 1
        while last > 0 and not tokens[last].is_capitalised:
            last -= 1
        kind = "name"
        office = [
            k for k in range(last) if tokens[k].lower in ROLE_WORDS and not tokens[k].is_capitalised
        ]
        if office and office[-1] < last:  # "Transport minister Dai Rhys": the person
            first = tokens[office[-1] + 1]
            text = " ".join(t.text for t in tokens[office[-1] + 1 : last + 1])
            return Speaker(text, first.start, tokens[last].end, kind)
    else:
        return None
    if last == 0 and first.lower.endswith("s") and len(first.lower) > 3:
        return Speaker(first.text, first.start, first.end, "group")  # "Residents blamed ..."
    if last == 0 and not (single and kind == "name"):
        return None
    text = " ".join(t.text for t in tokens[: last + 1])
    return Speaker(text, first.start, tokens[last].end, kind)


_NO_SUBJECT = NOT_NAMES - PRONOUNS - {"the", "a", "an"}
# Past tenses without -ed that end an opening noun phrase: "A Home Office spokeswoman hit
# back, saying ..." (after its first word only: "The cut in rates" is a noun).
_IRREGULAR_PAST = words(
    """hit fought struck took gave made came went won lost sent held kept left paid ran
    sold spent stood wrote chose broke began brought bought built caught drew fell felt got
    grew heard led rose shut spoke swore threw withdrew cut set put met"""
)


def _verb_before_object(tokens: list[Token], k: int) -> bool:
    """ "employs" in "The company employs about 41,000 people": a present-tense verb, its
    object (a number, a hedge, a determiner) right after it."""
    word = tokens[k]
    if not (word.text.islower() and word.lower.endswith("s") and not word.lower.endswith("ss")):
        return False
    following = tokens[k + 1] if k + 1 < len(tokens) else None
    return following is not None and (
        following.text[:1].isdigit()
        or following.text[:1] in "$€£"
        or following.lower in _BEFORE_A_FIGURE
    )


def represented(sentence: str, speaker: Speaker) -> Speaker:
    """ "The Health Minister, Prof. Ali Pate, who was represented by the Permanent Secretary,
    Mrs Daju Kachollom, said": the minister speaks, through the one who stood in."""
    found = _REPRESENTED.match(sentence) if "represented" in sentence else None
    if found is None or not found.end("who") <= speaker.start < found.end():
        return speaker
    start, end = found.span("name")
    return Speaker(sentence[start:end], start, end, "name")


_REPRESENTED = re.compile(
    r"\s*(?:The\s+[^,]{2,60},\s+)?(?P<name>[A-Z][^,]{2,60}?),\s+(?P<who>who\s+was\s+"
    r"represented\s+by)\s+[^;]{2,120}?,\s+(?=said|told|disclosed|announced|noted|stated)"
)


# Unions worked out once, not at every word the rules ask about
# words that can open a figure
_BEFORE_A_FIGURE = DETERMINERS | {"about", "around", "nearly", "almost", "some", "more"}
