"""A company officer telling her own company's plan: "She says Kallio expects to write off
about €300 million" after "The group's finance director, Petra Lind," is the officer's
claim, not the company's through her (an analyst's "Kallio expects" stays the company's)."""

from __future__ import annotations

import re

from claims.extract.discourse import Discourse
from claims.extract.scopes import Scoped
from claims.extract.tokens import Speaker


def officer_tells_plan(
    scoped: list[Scoped], chain: list[Speaker], claimants: dict[int, str | None],
    discourse: Discourse, sentence: str,
) -> bool:  # fmt: skip
    """Whether the sentence's two speakers are a company's officer and the company whose
    plan or forecast she reports: "Petra Lind said Kallio expects to cut 300 jobs"."""
    if len(chain) != 2 or chain[0].start > chain[1].start:
        return False
    person, body = claimants.get(chain[0].start), claimants.get(chain[1].start)
    if not person or not body or discourse.find(body) is not None:
        return False
    if discourse.find_organisation(body) is None or not _PLAN.match(sentence, chain[1].end):
        return False
    held = discourse.find(person)
    if held is None:
        return False
    offices = {word for _, words in held.roles for word in words}
    return bool(offices & _OFFICES) or _ITS_OFFICER.search(sentence[: chain[0].start]) is not None


# "Kallio expects to", "the group now plans to", "it aims to"
_PLAN = re.compile(r"\s+(?:now\s+|also\s+|still\s+)?(?:expects|plans|intends|aims|forecasts)\b")
_OFFICES = frozenset(
    ["director", "executive", "ceo", "cfo", "chairman", "chairwoman", "chair", "president",
     "founder", "spokesman", "spokeswoman", "spokesperson", "treasurer", "officer"]
)  # fmt: skip
# "Its chief executive, Petra Lind, said": the company's own officer, named in the sentence
_ITS_OFFICER = re.compile(
    r"\b(?:[Ii]ts|[Tt]he\s+(?:company|group|firm)['’]s)\s+(?:[a-z-]+\s+){0,2}"
    r"(?:director|executive|officer|chairman|chairwoman|chair|president|founder)\s*,\s*$"
)
