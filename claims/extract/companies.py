"""Names that are companies although they read like people's: "Shares in Hadley Brooks
fell 7%". Such a name is noted as a company, and forgotten as a person
if it was taken for one, so that "A spokeswoman said" after it is the company's.
"""

from __future__ import annotations

import re

from claims.extract.discourse import Discourse
from claims.extract.entities import Organisation

_NAME = r"([A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3})"
_COMPANY = re.compile(rf"\bShares (?:in|of) {_NAME}(?:['’]s?)?(?=[\s,.])")


def note_companies(discourse: Discourse, index: int, sentence: str) -> None:
    if "Shares " not in sentence:  # what _COMPANY needs; most sentences lack it
        return
    for match in _COMPANY.finditer(sentence):
        name = match.group(1)
        person = discourse.find(name)
        if person is not None and person.name == name and not person.roles:
            discourse.persons.remove(person)
        if discourse.find_organisation(name) is None:
            discourse.organisations.append(Organisation(name, {"company"}, index))
