"""Acronyms an article spells out: "CAA" is the Civil Aviation Authority when the article
named it in full before, "UKPPA" the UK Poultry Producers Association. People's names are
never an acronym's expansion ("US officials" after "Ursula Schmidt")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from claims.extract.lexicon import ORG_WORDS

if TYPE_CHECKING:
    from claims.extract.discourse import Discourse

# A name spelled out over "and"/"of"/"for": "Health and Safety Executive".
_FULL_NAME = re.compile(r"[A-Z][\w’'-]+(?:\s+(?:(?:and|of|for|&)\s+)?[A-Z][\w’'-]+)+")


def spelled_out(discourse: Discourse, acronym: str) -> str | None:
    """The name ``acronym`` abbreviates, the latest the article gave, or None."""
    fresh = discourse.seen[discourse.spelled_seen :]  # read each sentence once per article
    discourse.spelled += [m.group() for s in fresh for m in _FULL_NAME.finditer(s)]
    discourse.spelled_seen = len(discourse.seen)
    bracketed = _bracketed(discourse.seen, acronym)
    if bracketed is not None:  # "the Medicines and Healthcare products Regulatory Agency (MHRA)"
        return bracketed
    names = [o.name for o in discourse.organisations] + [n for _, n in discourse.other_names]
    for name in reversed(names + discourse.spelled):
        person = discourse.find(name)  # a person the article gendered or gave an office
        if (
            " " not in name
            or acronym in name.split()
            or (person and (person.gender or person.roles))
        ):
            continue
        parts = [w for w in name.split() if w[:1].isupper() and w != "The"]  # UK ...: UKPPA
        if "".join(w if w.isupper() else w[0] for w in parts) == acronym:
            return name.removeprefix("The ")
    return None


def _bracketed(sentences: list[str], acronym: str) -> str | None:
    """The words right before "(ACRONYM)" whose capitals spell it, lower-case words inside
    the name stepped over ("Medicines and Healthcare products Regulatory Agency")."""
    mark = f"({acronym})"
    for sentence in reversed(sentences):
        at = sentence.find(mark)
        if at < 0:
            continue
        before = sentence[:at].split()[-12:]
        for size in range(2, len(before) + 1):
            name = before[-size:]
            capitals = [w for w in name if w[:1].isupper()]
            if name[0][:1].isupper() and "".join(w[0] for w in capitals) == acronym:
                return " ".join(name)
        run = _NAME_BEFORE.search(sentence[:at])  # "Statistics Portugal (INE)": a name in
        body = run is not None and any(w.lower() in ORG_WORDS for w in run.group(1).split())
        if run is not None and body:  # another language's initials still stand for it; not
            return re.sub(r"^[\w-]+['’]s\s+", "", run.group(1))  # "Nirmala Sitharaman (BJP)"
    return None


_NAME_BEFORE = re.compile(r"([A-Z][\w’'-]+(?:\s+(?:(?:and|of|for|&)\s+)?[A-Z][\w’'-]+)+)\s*$")
