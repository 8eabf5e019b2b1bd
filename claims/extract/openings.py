"""The organisation a sentence opens with, for an "it", "its" or "their" later in it:
"The coastguard agency expects ..., though it warned", "Kestrel Athletic lost £9.2m, their
accounts show", "Shares in Hartwell's fell 9% after it disclosed".
"""

from __future__ import annotations

import re

from claims.extract.discourse import Discourse
from claims.extract.documents import named_report
from claims.extract.lexicon import NOT_NAMES, ORG_NOUNS, ORG_WORDS, ROLE_WORDS, words
from claims.extract.offices import role_head


def opening_subject(before: str, discourse: Discourse, possessive: bool = False) -> str | None:
    """The organisation a sentence opens with, for an "it" or "their" later in it: "The
    coastguard agency expects ..., though it warned", "Kestrel Athletic lost £9.2m, their
    accounts show". None when the sentence opens otherwise or with a person."""
    if possessive:  # "The central bank's reserves averaged ..., it said"
        owner = _OWNER_OPENING.match(before)
        if owner is None or role_head(owner.group(1))[0] not in _BODY_WORDS:
            return None
        return discourse.resolve_organisation(owner.group(1)) or owner.group(1)
    shares = _SHARES_IN.match(before)
    if shares is not None:  # "Shares in Hartwell's fell 9% after it disclosed"
        return discourse.resolve_name(shares.group(1))
    kind_named = _KIND_THEN_NAME.match(before)
    if kind_named is not None:  # "Patient watchdog Healthwatch Lowmoor surveyed ... It"
        return discourse.resolve_name(kind_named.group(1))
    match = _OPENING.match(before)
    if match is None:
        return None
    phrase = match.group(1) or match.group(2)
    if match.group(2):
        phrase = re.sub(r"['’]s$", "", phrase)  # "Severnvale Water's lawyers": the company
        person = discourse.find(phrase)  # a person with an office or a gender is not "it"
        words = phrase.split()
        if (person and (person.roles or person.gender)) or words[0].lower() in _NOT_OPENERS:
            return None  # nor "Across Europe, sales fell", "Overall, turnout fell"
        if len(words) == 1 and words[0].lower() in ROLE_WORDS:
            return None  # "Chief executive Laura Bettany said": an office, not a body
        after = before[match.end() :].split()[:1]
        if words[-1].endswith("-based") or (after and after[0] in ORG_NOUNS):
            return None  # "The Bristol-based grocer", "The Championship club": which one
        if len(words) == 1 and phrase.lower() in discourse.vocabulary:
            return None  # "Current policies, it said": a word, not a name
        known = discourse.find_organisation(phrase)  # "Calderbrook": Calderbrook Chemicals
        return known.name if known is not None and len(known.name) > len(phrase) else phrase
    head = role_head(phrase)[0]
    if head not in _BODY_WORDS:  # "The review concluded ... It also found": the
        return named_report(head, discourse.seen)  # review the article named
    return discourse.resolve_organisation(phrase) or phrase


_BODY_WORDS = ORG_NOUNS | ORG_WORDS
_NOT_OPENERS = NOT_NAMES | words(
    """across overall elsewhere separately nationally locally globally internationally instead
    altogether together first finally nevertheless nonetheless besides elsewhere meanwhile"""
)
_KIND_THEN_NAME = re.compile(
    r"\s*(?:[A-Z][a-z]+['’]?\s+)?(?:watchdog|charity|regulator|union|firm|company|airline|lender|"
    r"insurer|retailer|carmaker|broadcaster|pollster|think[- ]tank|housebuilder|supermarket)\s+"
    r"([A-Z][\w’'&-]*(?:\s+[A-Z][\w’'&-]*){0,4})(?=\s+[a-z])"
)
_SHARES_IN = re.compile(r"\s*Shares (?:in|of) ([A-Z][\w’'&-]*(?:\s+[A-Z][\w’'&-]*){0,3})")
_OWNER_OPENING = re.compile(r"\s*((?:The|the)\s+(?:[a-z-]+\s+){0,2}[a-z]+)[’']s\s")
_OPENING = re.compile(
    r"\s*(?:((?:The|the)\s+(?:[a-z-]+\s+){0,3}?[a-z]+)(?=\s+(?:has|had|have|is|was|were|will|would|"
    r"lost|made|rose|fell|grew|paid|cut|kept|took|won|sold|spent|set|put|hit|saw|built|held|ran|"
    r"[a-z]+(?:ed|s))\b)|(?:The\s+(?=[A-Z]))?([A-Z][\w’'&-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w’'&-]*)"
    r"{0,4})(?=\s+[a-z]|,))"
)


# How a poll was taken, told of the pollster the article just named
_METHOD = re.compile(
    r"\s*(It|The\s+(?:poll|survey|pollster))\s+(?:also\s+)?(?:interviewed|surveyed|questioned|"
    r"polled|sampled|spoke\s+to|contacted)\b"
)
_NOT_RESEARCH = frozenset(["employs", "has", "is", "was", "operates", "runs", "owns"])
# "Kestrel interviewed", "Tarvel Foods, founded in 1961, employs": a name and its verb
_SUBJECT_VERB = re.compile(
    r"\s*(?:The\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)(?:,[^,]{1,60},)?\s+([a-z]\w*)"
)


def publisher_as_subject(sentence: str, discourse: Discourse) -> str | None:
    """ "Kestrel interviewed 2,041 adults": the pollster or report author named as the
    subject of an unattributed sentence is its source."""
    method = _METHOD.match(sentence)  # "It interviewed 1,540 voters", "The poll questioned"
    if method is not None and discourse.last_publisher is not None:
        return method.group(1)
    subject = _SUBJECT_VERB.match(sentence)
    if subject is None or discourse.last_publisher is None or subject.group(2) in _NOT_RESEARCH:
        return None
    known = discourse.find_organisation(subject.group(1))
    publisher = discourse.find_organisation(discourse.last_publisher)
    if known is None or known is not publisher:
        return None
    return subject.group(1)


# A place acting as a body opens a sentence with its verb: "Chicago is asking a judge",
# "Texas has sued", "Oakland sued"
_PLACE_ACTING = re.compile(
    r"\s*([A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})\s+(?:is|has|had|was|will|would|plans|wants|"
    r"[a-z]+ed)\s+(?:[a-z]+ing\b|[a-z]+ed\b|to\b|a\b|an\b|the\b)"
)
_PLACE_NOUNS = words("city town county state")


def place_acting(noun_phrase: str, discourse: Discourse) -> str | None:
    """The place that opened a sentence as a body doing something, up to three sentences
    back, for "the city said" ("Chicago is asking a federal judge ... the city said"); None
    when a person or a body of another kind opened them."""
    said = noun_phrase.lower().split()
    if len(said) != 2 or said[0] != "the" or said[1] not in _PLACE_NOUNS:
        return None
    for sentence in reversed(discourse.seen[-4:-1]):
        found = _PLACE_ACTING.match(sentence)
        if found is None:
            continue
        name = found.group(1)
        known = discourse.find_organisation(name)
        if discourse.find(name) is None and not (known and known.kinds):
            return name
    return None
