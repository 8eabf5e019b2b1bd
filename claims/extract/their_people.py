"""The people of a body a "They" opening a sentence stands for, when the sentence before
opened with them: "The trust's field officers have visited 84 farms. They report ..." is
the trust's field officers, named with the trust's name."""

from __future__ import annotations

import re

from claims.extract.discourse import Discourse
from claims.extract.lexicon import ORG_NOUNS, PLURAL_SPEAKERS
from claims.extract.offices import role_head

# "The trust's field officers", "The council's own inspectors": a body's word, its
# possessive and at most two words before a plural noun for people
_BODY_PEOPLE_OPENING = re.compile(
    r"\s*(?:The|the)\s+((?:[a-z-]+\s+)?[a-z-]+)['’]s\s+((?:[a-z-]+\s+){0,2}?([a-z]+s))\s+"
    r"(?:have|had|has|were|are|also|so|visited|found|counted|recorded|reached|said|say)\b"
)


# "Environmental health officers from Eastmere District Council inspected ...": people
# from a named body, as "Inspectors from X said" is X
_PEOPLE_FROM_BODY = re.compile(
    r"\s*(?:[A-Za-z-]+\s+){0,2}?([A-Za-z]+s)\s+(?:from|at)\s+(?:the\s+)?"
    r"([A-Z][\w&'’-]*(?:\s+(?:of|for|and|[A-Z][\w&'’-]*))*)\s+[a-z]+ed\b"
)


def body_people_before(discourse: Discourse, sentence_before: str) -> str | None:
    """ "Moorland Aid Trust field officers" for a sentence opening "The trust's field
    officers ...", when the article named the trust; "Eastmere District Council" for one
    opening "Environmental health officers from Eastmere District Council inspected";
    None otherwise."""
    sent = _PEOPLE_FROM_BODY.match(sentence_before)
    if sent is not None and sent.group(1).lower() in PLURAL_SPEAKERS | _MORE_PEOPLE:
        known = discourse.find_organisation(sent.group(2))
        if known is not None:
            return known.name
    match = _BODY_PEOPLE_OPENING.match(sentence_before)
    if match is None or match.group(3).lower() not in PLURAL_SPEAKERS | _MORE_PEOPLE:
        return None
    owner = match.group(1)
    if role_head(owner)[0] not in ORG_NOUNS:
        return None
    body = discourse.resolve_organisation(f"the {owner}")
    if body is None:
        return None
    people = match.group(2).removeprefix("own ").strip()
    return f"{body.removeprefix('The ').removeprefix('the ')} {people}"


_MORE_PEOPLE = frozenset(["volunteers", "inspectors", "surveyors", "caseworkers", "advisers"])
