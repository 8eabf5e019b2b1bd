"""Who put out the document a finding comes from, when the sentence says so before the
finding: "The Health Foundation published research on Monday showing 3.1 million ...",
"Kingsmere published accounts showing a pre-tax loss of £41.6 million", "The Met Office
released figures that showed 142mm of rain": the publisher speaks for the finding."""

from __future__ import annotations

from claims.extract.clause_subjects import sentence_subject
from claims.extract.lexicon import DOCUMENTS, words
from claims.extract.noun_phrases import backward
from claims.extract.tokens import Speaker, Token

_PUBLISHING = words("published publishes released releases issued issues filed files unveiled")
_FINDING = words("showing suggesting revealing showed shows show found finds suggested revealed")
_BETWEEN = words("that which")
_PUT_OUT = DOCUMENTS | words("research")  # "figures that showed"
_TIME = words("on in last this yesterday today monday tuesday wednesday thursday friday")


def publisher_of_finding(tokens: list[Token], index: int) -> tuple[int, Speaker] | None:
    """At a verb of evidence (``index``) right after a document ("accounts showing",
    "figures that showed") that the sentence's opening subject published, released or
    filed: that verb's index and the subject."""
    if tokens[index].lower not in _FINDING or tokens[index].quoted:
        return None
    k = index - 1
    if k >= 0 and tokens[k].lower in _BETWEEN:
        k -= 1
    while k >= 0 and (tokens[k].lower in _TIME or tokens[k].text[:1].isdigit()):
        k -= 1  # "research on Monday showing"
    if k < 1 or tokens[k].lower not in _PUT_OUT or tokens[k].quoted:
        return None
    for m in range(k - 1, max(-1, k - 5), -1):  # "published its annual accounts showing"
        if tokens[m].text in {",", ";"} or tokens[m].quoted:
            return None
        if tokens[m].lower in _PUBLISHING:
            j = m - 1
            while j > 0 and tokens[j].lower in _AUXILIARIES:
                j -= 1  # "Kingsmere has now published"
            subject = backward(tokens, j) if j >= 0 else None
            if subject is None and m > 0 and m == j + 1:
                subject = sentence_subject(tokens[:m], single=True)
            return (m, subject) if subject is not None else None
    return None


_AUXILIARIES = words("has have had also now just quietly finally")
