""" "Per X" as newswire writes "according to X": "..., per the National Weather Service",
"Per court filings, the firm owed $3 million"; not a rate ("$4 per litre", "per cent")."""

from __future__ import annotations

from claims.extract.lexicon import DETERMINERS, DOCUMENTS, PLURAL_SPEAKERS, SPEECH_VERBS
from claims.extract.tokens import TIME_WORDS, Token, tokenize


def per_source(tokens: list[Token], index: int) -> bool:
    """ "per" opening a source: after a comma or opening the sentence, before a determiner,
    a name or a group or document ("per the agency", "per NASA", "per court records")."""
    if tokens[index].lower != "per" or tokens[index].quoted or index + 1 >= len(tokens):
        return False
    if index > 0 and tokens[index - 1].text not in {",", "—", "–", "("}:
        return False  # "$4 per litre", "10 deaths per 100,000"
    following = tokens[index + 1]
    if following.lower in _RATES or TIME_WORDS.match(following.text):
        return False  # ", per cent", ", per week"
    if following.lower in DETERMINERS - {"a", "an", "one"}:
        return True  # "per the National Weather Service"
    if following.is_capitalised:
        return index > 0 or not _a_man_named_per(tokens)  # "per NASA", "Per Reuters, ..."
    ahead = [t.lower for t in tokens[index + 1 : index + 4]]
    return any(w in DOCUMENTS or w in PLURAL_SPEAKERS for w in ahead)  # "per court records"


_RATES = frozenset(["cent", "capita", "annum", "head", "person", "day", "hour", "se"])


def per_opening(sentence: str) -> bool:
    """Whether "Per" opens ``sentence`` as "according to" before a name: "Per Eurostat,
    inflation rose"; not a man named Per ("Per Olsson, a farmer, said")."""
    if not sentence.startswith("Per "):
        return False  # most sentences: one test
    tokens = tokenize(sentence, bytes(len(sentence)))
    return len(tokens) > 2 and tokens[1].is_capitalised and per_source(tokens, 0)


def _a_man_named_per(tokens: list[Token]) -> bool:
    """Whether "Per X" opening the sentence is a person who speaks in it: "Per Olsson said",
    "Per Olsson, 54, a farmer, told"; "Per Eurostat, inflation rose" has no speech verb
    after the name or after a comma."""
    k = 1
    while k < len(tokens) and tokens[k].is_capitalised:
        k += 1
    if k < len(tokens) and tokens[k].lower in SPEECH_VERBS:
        return True
    return any(
        t.lower in SPEECH_VERBS and tokens[m - 1].text == "," for m, t in enumerate(tokens) if m
    )
