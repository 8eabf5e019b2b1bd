"""The body an unnamed speaker stands for: "a company spokeswoman", "a CAA spokesperson",
"A spokesman added" after the ministry spoke, "the central bank" among several banks."""

from __future__ import annotations

import re

from claims.extract.discourse import Discourse
from claims.extract.document_authors import police_force
from claims.extract.lexicon import ORG_NOUNS
from claims.extract.offices import is_nationality

NAME_LINKS = frozenset(["of", "for", "and", "&"])  # words inside a body's name


# Names of central banks, the likeliest first: "the central bank" is the Reserve Bank of
# India, the Bank of England or the National Bank of Morvania, not Vesta Bank.
_CENTRAL_BANKS = (
    re.compile(r"\b(?:Central|Reserve|People's)\s+Bank\b|\bFederal Reserve\b"),
    re.compile(r"^Bank\s+of\s"),
    re.compile(r"\bNational\s+Bank\b"),
)


def central_bank(lowered: str, discourse: Discourse) -> str | None:
    """ "the central bank": the central bank the article named, not the last bank."""
    if not lowered.endswith("central bank"):
        return None
    names = [o.name.removeprefix("The ").removeprefix("the ") for o in discourse.organisations]
    for pattern in _CENTRAL_BANKS:
        found = next((n for n in reversed(names) if pattern.search(n)), None)
        if found is not None:
            return found
    return None


def body_of_spokesperson(words: list[str], discourse: Discourse) -> str | None:
    """The organisation an unnamed spokesperson speaks for: "a company
    spokeswoman" (the company of the story), "a CAA spokesperson" (the Civil Aviation
    Authority, if the article spelled it out), "a Department for Education spokesperson",
    "a spokesperson for the ICO", "a spokesperson for the combined authority" (the one
    named), "Council officers"."""
    if len(words) == 2 and words[1].lower() in _STAFF and words[0].lower() in ORG_NOUNS:
        noun = words[0].lower()  # "Council officers": the council, as written when unnamed
        named = _body_named(noun, discourse)
        return named or (f"the {noun}" if words[1].lower() == "officers" else None)
    owner = next((k for k, w in enumerate(words[:-1]) if w.endswith(("'s", "’s"))), None)
    if owner is not None and _speaks_for(words[-1]) and words[0].lower() == "the" and owner:
        owned = " ".join(words[1 : owner + 1])[:-2]  # "The Houthi movement's military
        named = discourse.resolve_organisation(f"the {owned}")  # spokesman"; not "The
        a_body = owned.split()[-1].lower() in _BODY_OWNERS and owned[:1].isupper()  # president's"
        return named or (owned if a_body else None)
    named_body = words[1:-1]  # "The Kenya Power spokesperson"
    capitalised = bool(named_body) and all(w[:1].isupper() for w in named_body)
    if words[0].lower() == "the" and capitalised and _speaks_for(words[-1]):
        name = " ".join(named_body)
        known = discourse.find_organisation(name)
        return known.name if known is not None and len(known.name) > len(name) else name
    if len(words) < 3 or words[0].lower() not in {"a", "an"}:
        return None
    if _speaks_for(words[-1]):
        body = words[1:-1]
    elif _speaks_for(words[1]) and words[2].lower() in {"for", "at"} and len(words) > 3:
        body = words[3:]
    else:
        return None
    if body[0].lower() == "the" and len(body) > 1:
        body = body[1:]
    if len(body) == 1 and ("." in body[0] or is_nationality(body[0])):
        return None  # "a U.S. official", "a French official": not a body's spokesperson
    name = " ".join(body)
    if len(body) == 1 and body[0].isupper() and 2 <= len(body[0]) <= 6:
        return discourse.expand_acronym(body[0]) or body[0]
    if len(body) == 1 and body[0] in {"force", "police"}:  # "A spokeswoman for the force"
        return police_force(discourse)  # after "Police Scotland said"
    if len(body) == 1 and body[0] in {"government", "army", "military"}:  # "A government
        return discourse.resolve_organisation(f"the {body[0]}") or f"the {body[0]}"  # spokesman"
    if len(body) == 1 and body[0].lower() in ORG_NOUNS:  # "A ministry spokesperson": the
        named = discourse.resolve_organisation(f"the {body[0].lower()}")  # ministry named,
        spoke = discourse.last_body_speaker  # else the one that spoke ("the health ministry
        same = spoke is not None and spoke.lower().split()[-1] == body[0].lower()  # said")
        unnamed = discourse.unnamed_bodies.get(body[0].lower())  # "the health ministry said
        return named or (spoke if same else unnamed)  # ... A ministry spokesperson said"
    if len(body) > 1 and body[-1].lower() in ORG_NOUNS and all(w.islower() for w in body):
        return discourse.resolve_organisation(f"the {name}")  # "for the combined authority"
    if all(w[:1].isupper() or w in NAME_LINKS for w in body):
        known = discourse.find_organisation(name)
        return known.name if known is not None and len(known.name) > len(name) else name
    return None


_BODY_OWNERS = frozenset(["movement", "party", "group", "front", "alliance", "union", "army"])


def spokesperson_of_last_body(words: list[str], discourse: Discourse, index: int) -> str | None:
    """ "The ministry said ... A spokesman added:", "A Civil Guard spokesman said ... The
    spokesman said": the body's words go on."""
    spokesperson = len(words) == 2 and words[1].lower().startswith("spokes")
    if spokesperson and index - discourse.last_organisation_at <= 2:
        return discourse.last_organisation_speaker
    if spokesperson and words[0].lower() in {"a", "an"}:  # "Wendmoor blamed the rain. A
        named = discourse.body_just_named(index)  # spokesperson said ...": Wendmoor's
        if named is not None:
            return named
    if spokesperson and words[0].lower() == "the":  # "A RegionLink spokesperson said ...
        return next(reversed(discourse.spokesperson_at), None)  # (later) the spokesperson said"
    return None


_STAFF = frozenset(["officers", "officials"])  # "Council officers estimate": the council's


def _body_named(noun: str, discourse: Discourse) -> str | None:
    """The latest body of this kind the article named ("Ashcombe Council" for "council"),
    not the bare noun itself, which the discourse notes as a name when capitalised."""
    latest = sorted(discourse.organisations, key=lambda o: (-o.last_seen, -len(o.name)))
    return next(
        (o.name for o in latest if o.name.lower() != noun and o.is_a(noun, f"the {noun}")), None
    )


def _speaks_for(word: str) -> bool:
    """A spokesperson speaks for their body; "a ministry official" or "a government source"
    speaks for themselves, and stays as written (two blind sets up, none down)."""
    return word.lower().startswith("spokes")
