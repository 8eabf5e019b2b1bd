"""Who put out the document a finding comes from, when the sentence says so before the
finding: "The Health Foundation published research on Monday showing 3.1 million ...",
"Kingsmere published accounts showing a pre-tax loss of £41.6 million", "The Met Office
released figures that showed 142mm of rain": the publisher speaks for the finding."""

from __future__ import annotations

import re

from claims.extract.clause_subjects import sentence_subject
from claims.extract.lexicon import DOCUMENTS, ORG_NOUNS, ORG_WORDS, words
from claims.extract.noun_phrases import backward
from claims.extract.phrases_after import forward
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


_TALLIES = words("count tally figure figures estimate estimates total data")
_STOOD = words("stood was is were are reached totalled totaled hit")
_OWNER_OPENERS = words("the a an by")
_YEAR = re.compile(r"(?:19|20)\d\d$")


def owned_tally(tokens: list[Token]) -> tuple[int, Speaker] | None:
    """ "By 31 August the Home Office count for 2025 stood at 27,940", "The ministry's count
    of deaths reached 412": a body's own tally, told as the subject of a plain verb; the
    verb's index and the tally's phrase (its owner resolves it)."""
    verb = next((k for k, t in enumerate(tokens[:14]) if t.lower in _STOOD and not t.quoted), None)
    if verb is None or not any(t.text[:1].isdigit() for t in tokens[verb + 1 : verb + 5]):
        return None
    tally = next((k for k in range(verb - 1, 0, -1) if tokens[k].lower in _TALLIES), None)
    if tally is None or any(t.text in {",", ";"} or t.quoted for t in tokens[tally:verb]):
        return None
    between = tokens[tally + 1 : verb]  # "count for 2025 stood", not "tally of 3 stood"
    if any(
        t.lower in _TALLIES or (t.text[:1].isdigit() and not _YEAR.match(t.text)) for t in between
    ):
        return None
    start = tally - 1
    while start > 0 and (tokens[start - 1].is_capitalised or tokens[start - 1].lower == "of"):
        start -= 1  # "the Home Office count", "the Bank of England tally"
    owner = tokens[tally - 1]
    named = owner.is_capitalised and owner.lower not in _OWNER_OPENERS
    named = named and not owner.text.endswith(("'s", "’s", "'", "’"))  # not "Sunday's total"
    bare = owner.lower.removesuffix("'s").removesuffix("’s")  # "the ministry's", not
    owned = owner.text.endswith(("'s", "’s")) and bare in ORG_NOUNS | ORG_WORDS  # "Sunday's"
    if not (named or owned):
        return None
    if owned:  # "The ministry's count": the ministry
        start = tally - 1
        while start > 0 and tokens[start - 1].text.isalpha() and tokens[start - 1].text.islower():
            start -= 1
        if start > 0 and tokens[start - 1].lower == "the":
            start -= 1  # "The ministry's count"
        first, last = tokens[start], owner
        text = " ".join([t.text for t in tokens[start : tally - 1]] + [owner.text[:-2]])
        return verb, Speaker(text, first.start, last.end - 2, "role")
    if start > 0 and tokens[start - 1].lower == "the":
        start -= 1  # "the Home Office count": the Home Office
    first, last = tokens[start], tokens[tally - 1]
    words_of = [t.text for t in tokens[start:tally]]
    return verb, Speaker(" ".join(words_of), first.start, last.end, "role")


_ISSUING = words("has had issued issues put placed")
_WARNINGS = words("warning warnings alert alerts")


def warnings_issued(tokens: list[Token]) -> tuple[int, Speaker] | None:
    """ "The Environment Agency now has 23 severe flood warnings in force", "The Met Office
    issued 14 weather warnings": the warnings a body has out are its own count."""
    verb = next((k for k, t in enumerate(tokens[:10]) if t.lower in _ISSUING), None)
    if verb is None or verb == 0 or tokens[verb].quoted:
        return None
    ahead = tokens[verb + 1 : verb + 7]
    counted = any(t.text[:1].isdigit() for t in ahead[:2])
    if not ahead or not (counted or _warning_for(tokens[verb + 1 : verb + 17])):
        return None
    if not any(t.lower in _WARNINGS for t in ahead):
        return None
    end = verb - 1 if tokens[verb - 1].lower in {"now", "also", "still"} else verb
    subject = sentence_subject(tokens[:end], single=True)
    if subject is None or subject.kind == "pronoun" or subject.end != tokens[end - 1].end:
        subject = _listed_name(tokens[:end])
        if subject is None:
            return None
    body = any(w.lower() in ORG_NOUNS | ORG_WORDS for w in subject.text.split())
    return (verb, subject) if body else None  # not "Residents had 3 warnings"


def _listed_name(tokens: list[Token]) -> Speaker | None:
    """A body's name that lists its remits with commas, the whole opening of the sentence:
    "The Department for Energy, Food and Rural Affairs", "Chile's Mining, Water and
    Geology Agency" (a comma only before a capitalised word; "and", "of", "for" between)."""
    if len(tokens) < 4 or len(tokens) > 12 or tokens[-1].lower not in ORG_WORDS | ORG_NOUNS:
        return None
    has_comma = False
    for k, t in enumerate(tokens):
        if t.text == ",":
            if k == 0 or not tokens[k + 1].is_capitalised:
                return None
            has_comma = True
        elif not (t.is_capitalised or t.lower in ({"and", "of", "for"} if k else {"the"})):
            return None
    if not has_comma:
        return None
    name = " ".join(t.text for t in tokens).replace(" ,", ",")
    return Speaker(name, tokens[0].start, tokens[-1].end, "role")


_WHEN = words(
    """on late early yesterday today overnight monday tuesday wednesday thursday friday
    saturday sunday morning afternoon evening night"""
)


def _warning_for(ahead: list[Token]) -> bool:
    """ "issued a yellow warning for a further 20-30mm of rain", "had issued a warning on
    Saturday for gusts of up to 70mph": a warning of a figure, the day it went out between."""
    k = next((i for i, t in enumerate(ahead[:5]) if t.lower in _WARNINGS), None)
    if k is None:
        return False
    k += 1
    while k < len(ahead) and k < 9 and ahead[k].lower in _WHEN:
        k += 1
    rest = ahead[k : k + 7]
    if not rest or rest[0].lower != "for":
        return False
    for t in rest[1:]:
        if t.text in {",", ";"}:
            return False
        if t.text[:1].isdigit():
            return True
    return False


_OUTLOOKS = DOCUMENTS | words("outlook path projection projections model modelling")
_FILED_RETURNS = words("annual quarterly statutory monthly tax")


def _outlook(tokens: list[Token], j: int) -> bool:
    """A document word; "return" only as a filing ("The company's annual return to the
    regulator listed 1,940"), not "The club's return to the top flight"."""
    if tokens[j].lower in {"return", "returns"}:
        return j > 0 and tokens[j - 1].lower in _FILED_RETURNS
    return tokens[j].lower in _OUTLOOKS


def owned_document_subject(tokens: list[Token]) -> tuple[int, Speaker] | None:
    """ "AEMET's seasonal outlook, published last week, gives a 45% chance", "Network Rail's
    own plans would replace ...", "The bank's new forecast path ... implies a rate of": a
    sentence whose subject is a body's own document is the body's account."""
    if len(tokens) < 5 or tokens[0].quoted:
        return None
    k = 0
    if tokens[0].lower == "the" and tokens[1].text.endswith(("'s", "’s")):
        if tokens[1].lower.removesuffix("'s").removesuffix("’s") not in ORG_NOUNS | ORG_WORDS:
            return None  # "The bank's", not "The week's"
        owner = Speaker(f"the {tokens[1].text[:-2]}", tokens[0].start, tokens[1].end - 2, "role")
        k = 2
    else:
        m = 0
        while m < 4 and tokens[m].is_capitalised and not tokens[m].text.endswith(("'s", "’s")):
            m += 1
        if not (tokens[m].is_capitalised and tokens[m].text.endswith(("'s", "’s"))):
            return None
        words_of = [t.text for t in tokens[:m]] + [tokens[m].text[:-2]]
        owner = Speaker(" ".join(words_of), tokens[0].start, tokens[m].end - 2, "name")
        k = m + 1
    doc = next((j for j in range(k, min(k + 4, len(tokens))) if _outlook(tokens, j)), None)
    if doc is None or any(not t.text.isalpha() for t in tokens[k:doc]):
        return None
    verb = doc + 1
    if verb < len(tokens) and tokens[verb].text == ",":  # an aside: ", published last week,"
        verb = next(
            (j + 1 for j in range(verb + 1, len(tokens)) if tokens[j].text == ","), len(tokens)
        )
    if verb >= len(tokens) or not tokens[verb].text.islower() or not tokens[verb].text.isalpha():
        return None
    if not any(t.text[:1].isdigit() for t in tokens[verb:]):
        return None
    return verb, owner


def survey_owner(tokens: list[Token], index: int) -> tuple[int, Speaker] | None:
    """ "in the inspectors' own survey 46% of prisoners said", "In a survey by the charity,
    40% of parents said": what those surveyed said at ``index`` is the survey's finding, and
    the one who ran it speaks; the index of the "in" and the speaker."""
    if tokens[index].lower not in _ANSWERING:
        return None
    k = index - 1
    while k > 0 and index - k < 8 and tokens[k].lower not in _SURVEYS:
        k -= 1
    counted = any(t.text[:1].isdigit() for t in tokens[k + 1 : index])
    if tokens[k].lower not in _SURVEYS or not counted or tokens[k].quoted:
        return None
    if k + 2 < index and tokens[k + 1].lower == "by":  # "In a survey by the charity,"
        by = forward(tokens, k + 2)
        opening = k - 2 if k >= 2 and tokens[k - 2].lower == "in" else None
        return (opening, by) if by is not None and opening is not None else None
    m = k - 1 if tokens[k - 1].lower == "own" else k
    owner = tokens[m - 1] if m >= 1 else None
    if owner is None or not owner.text.endswith(("'", "’", "'s", "’s")) or m < 3:
        return None
    start = m - 2 if tokens[m - 2].lower == "the" else m - 1
    if tokens[start - 1].lower not in {"in", "to"}:
        return None  # "in the union's survey", "who responded to Calderwood's survey"
    text = " ".join(t.text for t in tokens[start:m]).removesuffix("s").rstrip("'’")
    return start - 1, Speaker(text, tokens[start].start, tokens[start].start + len(text), "role")


_ANSWERING = words("said say says told")
_SURVEYS = words("survey poll questionnaire")


def surveyor(tokens: list[Token]) -> tuple[int, Speaker] | None:
    """ "The charity surveyed 2,000 parents last spring", "Patient group Healthwatch Leeds
    surveyed 640 people on the waiting list": whoever ran the survey speaks for its count of
    those asked; the index of the verb and the phrase before it. Not "polled" or
    "interviewed" (a pollster working for another, police questioning witnesses)."""
    verb = next((k for k, t in enumerate(tokens[:10]) if t.lower in _ASKING), None)
    if verb is None or verb < 1 or tokens[verb].quoted or verb + 1 >= len(tokens):
        return None
    ahead = tokens[verb + 1 : verb + 4]
    if not any(t.text[:1].isdigit() for t in ahead) or tokens[verb - 1].lower in _NOT_ACTIVE:
        return None  # not "Economists polled by X", "the 1,200 people surveyed"
    subject = backward(tokens, verb - 1)  # "Patient watchdog Healthwatch Lowmoor surveyed"
    named = subject is not None and subject.kind in {"name", "role"}
    return (verb, subject) if subject is not None and named else None


_ASKING = words("surveyed")
_NOT_ACTIVE = words("were was been being be are is who that which")
