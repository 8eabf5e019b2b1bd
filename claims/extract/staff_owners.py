"""A person's people who speak for them: "Doe's office", "His family", "the Olsen
campaign" and, after "Senator Mark Olsen's campaign", a bare "the campaign"."""

from __future__ import annotations

import re

from claims.extract.discourse import Discourse
from claims.extract.first_names import gender_of


def person_behind(words: list[str], discourse: Discourse, since: int) -> str | None:
    """The known person whose office, spokesperson or team speaks, named in full: "Doe's
    office said" is "Jane Doe's office", "the Olsen campaign" "Mark Olsen's campaign"."""
    if len(words) < 2 or words[-1].lower() not in _STAFF:
        return None
    if words[0].lower() == "the" and words[-1].lower() in _RUN_FOR:
        run = _campaign_of(words[1:-1], discourse, since)
        if run is not None:
            return f"{run}'s {words[-1]}"
    owner = words[-2]
    if len(words) == 2 and owner.lower() in {"his", "her"}:  # "His family said"
        pronoun = "he" if owner.lower() == "his" else "she"
        person_name = discourse.resolve_pronoun(pronoun, since)
        person = discourse.find(person_name) if person_name else None
        return f"{discourse.resolve_name(person.name)}'s {words[-1]}" if person else None
    if owner.endswith(("'s", "’s")) and owner.islower() and words[0].lower() == "the":
        holder = discourse.resolve_role(" ".join(words[:-1])[:-2])  # "the governor's office"
        return f"{holder}'s {words[-1]}" if holder else None
    if not owner.endswith(("'s", "’s")) or not owner[:1].isupper():
        return None
    person = discourse.find(" ".join(w for w in words[:-1] if w.lower() != "the")[:-2])
    if person is None:
        return None
    return f"{discourse.resolve_name(person.name)}{owner[-2:]} {words[-1]}"


_STAFF = frozenset(
    ["office", "spokesman", "spokeswoman", "spokesperson", "team", "aides", "family", "lawyer",
     "lawyers", "solicitor", "solicitors", "wife", "husband", "widow", "son", "daughter",
     "campaign"]
)  # fmt: skip


def _campaign_of(named: list[str], discourse: Discourse, since: int) -> str | None:
    """The person whose campaign or team is ``named`` ("Olsen" in "the Olsen campaign"),
    named before in full; or, when nothing is named, the one whose campaign the last few
    sentences named ("Senator Mark Olsen's campaign ... The campaign said")."""
    if named:
        if not all(w[:1].isupper() and w.isalpha() for w in named):
            return None  # "the party's campaign"
        person = discourse.find(" ".join(named))
        known = person is not None and len(person.name.split()) > len(named)
        return discourse.resolve_name(person.name) if person and known else None
    for sentence in reversed(discourse.seen[max(0, since - 3) : since + 1]):
        for owner in reversed(_NAMED_CAMPAIGN.findall(sentence)):
            name = discourse.resolve_name(owner)  # "Senator Mark Olsen": Mark Olsen
            if discourse.find(name) is not None or _a_persons_name(name):
                return name
    return None


def _a_persons_name(name: str) -> bool:
    """Two or three words opening on a first name: "Mark Olsen", not "Vote Leave"."""
    parts = name.split()
    return 2 <= len(parts) <= 3 and gender_of(parts[0]) is not None


# "Senator Mark Olsen's campaign", "the Olsen campaign", "Lisa Moreno's re-election campaign"
_NAMED_CAMPAIGN = re.compile(
    r"\b((?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w-]+)(?:['’]s)?"
    r"(?:\s+(?:re-?election|presidential|leadership|mayoral|senate|primary))? campaign\b"
)
_RUN_FOR = frozenset(["campaign", "team", "camp"])
