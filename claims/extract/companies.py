"""Names that are companies although they read like people's: "Shares in Hadley Brooks
fell 7%". Such a name is noted as a company, and forgotten as a person
if it was taken for one, so that "A spokeswoman said" after it is the company's.
"""

from __future__ import annotations

import re

from claims.extract.discourse import Discourse
from claims.extract.entities import Organisation
from claims.extract.kinds import COMPANY_NOUNS

_NAME = r"([A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3})"
_COMPANY = re.compile(rf"\bShares (?:in|of) {_NAME}(?:['’]s?)?(?=[\s,.])")
# "Hadley Brooks has put the cost at £36.5m, as the retailer tried to ...": a name opening
# the sentence that the same sentence, naming nothing else, goes on to call a company
_CALLED_A_COMPANY = re.compile(
    rf"\s*{_NAME}\s[^A-Z\"“]*?,\s+(?:as|while|but|and)\s+the\s+"
    rf"({'|'.join(sorted(COMPANY_NOUNS - {'club', 'charity', 'brand', 'group'}))})\s"
)

# What every match of _CALLED_A_COMPANY holds: a search for it, skipping to commas at C speed,
# is several times faster than the match, which most sentences fail
_AS_THE = re.compile(r",\s+(?:as|while|but|and)\s+the\s")
_PERSONAL = re.compile(r"\b(?:he|she|his|her|him|hers|himself|herself)\b", re.IGNORECASE)


def note_companies(discourse: Discourse, index: int, sentence: str) -> None:
    called = _CALLED_A_COMPANY.match(sentence) if _AS_THE.search(sentence) else None
    if called is not None and _PERSONAL.search(sentence):
        called = None  # "Tom Reid lost his job, as the firm cut 200 posts": a person
    if "Shares " not in sentence and called is None:  # most sentences have neither
        return
    for match in [*_COMPANY.finditer(sentence), *([called] if called else [])]:
        name = match.group(1)
        person = discourse.find(name)
        if person is not None and person.name == name and not person.roles:
            discourse.persons.remove(person)
        if discourse.find_organisation(name) is None:
            discourse.organisations.append(Organisation(name, {"company"}, index))
