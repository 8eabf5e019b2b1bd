""" "Per X" as newswire writes "according to X": "..., per the National Weather Service",
"Per court filings, the firm owed $3 million"; not a rate ("$4 per litre", "per cent")."""

from __future__ import annotations

from claims.extract.lexicon import DETERMINERS, DOCUMENTS, PLURAL_SPEAKERS
from claims.extract.tokens import TIME_WORDS, Token


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
        return True  # "per NASA", "per Reuters"
    ahead = [t.lower for t in tokens[index + 1 : index + 4]]
    return any(w in DOCUMENTS or w in PLURAL_SPEAKERS for w in ahead)  # "per court records"


_RATES = frozenset(["cent", "capita", "annum", "head", "person", "day", "hour", "se"])
