"""The body behind a speaker phrase that names it only by what it owns or runs: "the
state government" after "The Kerala government said", "the agency's surveillance
aircraft", "RCT's final offer is 4.5%, the company said"."""

from __future__ import annotations

import re

from claims.extract.discourse import Discourse
from claims.extract.document_authors import possessor
from claims.extract.kinds import COMPANY_NOUNS, SAME_KIND
from claims.extract.lexicon import (
    DOCUMENTS,
    ORG_NOUNS,
    ORG_WORDS,
    PLURAL_SPEAKERS,
    ROLE_WORDS,
    words,
)
from claims.extract.offices import role_head
from claims.extract.spokespeople import central_bank
from claims.extract.tokens import Speaker

# people of a body who speak for it: "Its analysts said"
ITS_PEOPLE = words(
    "analysts economists researchers scientists experts officials staff trustees auditors directors"
    " engineers lawyers inspectors spokesman spokeswoman spokesperson"
)


def government(words: list[str], discourse: Discourse) -> str | None:
    """The government the article named ("The Kerala government said"), for a later "the
    state government" or "the government"; None the first time."""
    named = [w for w in words[1:-1] if w[:1].isupper()]  # "Kerala", "Nigerian"
    if named:
        discourse.government = " ".join(words[1:])
        return None
    said = {w.lower() for w in words[1:-1]}
    return discourse.government if said <= _GOVERNMENT_LEVELS else None


_GOVERNMENT_LEVELS = frozenset(["state", "federal", "national", "central", "provincial"])


def owned_thing(words: list[str], discourse: Discourse) -> str | None:
    """The body behind a thing of its that reports ("the agency's surveillance aircraft"),
    when the article named the body; None for its people ("the agency's director")."""
    owner = possessor(words[:2])  # "the agency's", not "a person familiar with the firm's"
    owner = owner or (possessor(words[:3]) if len(words) > 3 else None)  # "the central bank's"
    head = role_head(" ".join(words))[0]
    people = ROLE_WORDS | PLURAL_SPEAKERS | ITS_PEOPLE  # "the council's own auditors"
    plural = head.endswith("s") and head not in _SUB_UNITS  # "the airline's passengers"
    if owner is None or not owner.startswith("the ") or head in people or plural:
        return None
    unit = head in _SUB_UNITS  # "The council's health services department recorded"
    if head.startswith("spokes") or (head in _BODIES_OR_DOCUMENTS and not unit):
        return None
    if role_head(owner)[0] not in ORG_NOUNS or role_head(owner)[0] in DOCUMENTS:
        return None
    return discourse.resolve_organisation(owner) or central_bank(owner, discourse)


_BODIES_OR_DOCUMENTS = ORG_NOUNS | ORG_WORDS | DOCUMENTS
_SUB_UNITS = frozenset(
    ["department", "unit", "team", "division", "directorate", "press", "board"]
)  # "the central bank's board said": the bank
_OWNER_AT_START = re.compile(r"\s*([A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3})['’]s\s")


def owner_opening(sentence: str, speaker: Speaker, discourse: Discourse) -> str | None:
    """The organisation whose figure a sentence opens with, for "the company said" at its
    end: "RCT's final offer is 4.5%, the company said"."""
    if not speaker.start or role_head(speaker.text)[0] not in ORG_NOUNS:
        return None
    match = _OWNER_AT_START.match(sentence)
    if match is None:
        return None
    name = match.group(1)
    spelled = discourse.expand_acronym(name) if name.isupper() and " " not in name else None
    known = discourse.find_organisation(spelled or name)  # "RCT's": Redbridge Container
    head = role_head(speaker.text)[0]  # Terminals, if it is that kind of body
    kindred = {head} | SAME_KIND.get(head, frozenset())
    kindred |= COMPANY_NOUNS if head in COMPANY_NOUNS else frozenset()  # "the lender": a bank
    if known is None:
        return spelled  # a name of no known kind: the one the acronym stands for, if any
    return known.name if not known.kinds or known.kinds & kindred else None
