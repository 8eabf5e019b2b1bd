"""A sentence that opens on a document named by its owner: "AEMET's seasonal outlook gives
a 45% chance of a wet autumn", "Network Rail's own plans would replace all but two", "the
Home Office count for 2025 stood at 27,940". Whatever its verb, the figure is the owner's,
as "the Met Office's report shows" is; the outlet only relays it."""

from __future__ import annotations

import re

from claims.extract.article_passes import AttributedSentence
from claims.extract.discourse import Discourse
from claims.extract.scopes import Attribution

_OPENING = r"\s*(?:(?:By|In|On|At|As\s+of)\s+[^,]{1,30}?,?\s+)?(?:[Tt]he\s+)?"
_OWNER = r"(?P<owner>[A-Z][\w&.-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w&.-]*){0,5})"
_ADJECTIVES = (
    r"(?:(?:own|latest|new|seasonal|annual|monthly|quarterly|weekly|official|final"
    r"|provisional|revised|updated|internal|seat|long-range|[a-z]+-[a-z]+)\s+){0,2}"
)
_DOCUMENT = (
    r"(?P<document>outlook|projections?|count|tally|figures|data|plans?|forecasts?|estimates?"
    r"|survey|poll|report|analysis|model|modelling|review|audit|accounts|statistics)\b"
)
_POSSESSED = re.compile(_OPENING + _OWNER + r"['’]s?\s+" + _ADJECTIVES + _DOCUMENT)
_NAMED_FOR = re.compile(_OPENING + _OWNER + r"\s+" + _ADJECTIVES + _DOCUMENT)


def credit_owned_documents(sentences: list[AttributedSentence], discourse: Discourse) -> None:
    """Give the owner of the document a sentence opens on the sentence's figures, when
    nobody else in the sentence speaks for them."""
    for sentence in sentences:
        if sentence.attribution.claimant is not None or sentence.scoped:
            continue
        if sentence.quoted_share > 0.5:
            continue
        owner = _owner(sentence.analysed, discourse)
        if owner is not None:
            sentence.attribution = Attribution(owner, owner, ())


def _owner(text: str, discourse: Discourse) -> str | None:
    possessed = _POSSESSED.match(text)
    if possessed is not None:  # "AEMET's outlook", "Ms Aske's point": a body or a person
        name = possessed.group("owner")
        body = discourse.find_organisation(name)
        if body is not None:
            return body.name.removeprefix("The ")
        if discourse.find(name) is not None:
            return discourse.resolve_name(name)
        return name if name.isupper() and len(name) > 2 else None  # "AEMET"
    named = _NAMED_FOR.match(text)  # "the Home Office count": a body known by then
    if named is not None:
        body = discourse.find_organisation(named.group("owner"))
        if body is not None:
            return body.name.removeprefix("The ")
    return None
