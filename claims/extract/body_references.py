"""Which named body a description or a pronoun refers back to: "the airline" for the airline
the article named, "the company" for the one the story is about, "it" for the last body to
speak. A part of `Discourse`, which holds the article's people and bodies."""

from __future__ import annotations

import re
from abc import ABC, abstractmethod

from claims.extract.entities import Organisation, Person, same_stem
from claims.extract.first_names import gender_of
from claims.extract.kinds import (
    COMPANY_NOUNS,
    NOT_COMPANIES,
    POLITICAL,
    PUBLIC_BODIES,
    SAME_KIND,
    describes,
)
from claims.extract.lexicon import ORG_NOUNS
from claims.extract.offices import role_head

# People a firm employs to comment on others: "an analyst at X", "X economist Y"
_ANALYSTS = r"(?:analysts?|economists?|strategists?)"
# Bodies a name of any kind may be: a housing "Group" is "the association", and a rescue
# charity is often named without a word saying it is one.
_LOOSE_BODIES = frozenset(["association", "charity", "trust", "organisation", "organization"])


class BodyReferences(ABC):
    """The lookups of bodies by name, kind and role, over the organisations ``Discourse``
    registers as it reads."""

    organisations: list[Organisation]
    last_organisation_speaker: str | None
    last_body_speaker: str | None
    name_counts: dict[str, int]
    other_names: list[tuple[int, str]]
    last_claimant: tuple[int, str] | None
    seen: list[str]

    @abstractmethod
    def find(self, name: str) -> Person | None:
        """The known person a name refers to (the people are kept by ``Discourse``)."""

    @abstractmethod
    def expand_acronym(self, acronym: str) -> str | None:
        """The body an acronym spells out, if the article named it in full."""

    def find_organisation(self, name: str) -> Organisation | None:
        wanted = [w.rstrip(".") for w in name.lower().removeprefix("the ").split()]  # "Inc."
        for organisation in reversed(self.organisations):
            known = organisation.words  # one name the start of the other: "Norvale Motors"
            shared = min(len(known), len(wanted))
            if shared and known[:shared] == wanted[:shared]:
                return organisation
        return None

    def resolve_organisation(
        self, noun_phrase: str, index: int = -1, before: str = ""
    ) -> str | None:
        """ "the airline" -> the airline named before; "it" -> the last organisation speaking.

        ``before`` is the current sentence (number ``index``) up to the noun phrase: a name
        later in that sentence is not what the phrase refers back to.
        """
        lowered = noun_phrase.lower()
        if lowered == "it":
            if self.last_body_speaker:
                return self.last_body_speaker
            return self.organisations[-1].name if self.organisations else None
        noun_phrase = noun_phrase.replace("think tank", "think-tank")  # one noun
        head, modifiers = role_head(noun_phrase)
        if head == "major" and modifiers & _INDUSTRIES:  # "Shell ... The oil major said"
            head, modifiers, noun_phrase = "company", frozenset(), "the company"
        if head in {"owner", "employer"} and not modifiers:  # "when Kestrel Metals closed the
            head, noun_phrase = "company", "the company"  # plant ... The owner had said"
        if head == "landlord" and not modifiers:  # "Calderwood Housing Group ... The
            housing = [o for o in self.organisations if _HOUSING & set(o.words)]  # landlord
            if housing:  # says it will": the housing body, not a publican
                return max(housing, key=lambda o: o.last_seen).name
        campaigners = head == "group" and modifiers and modifiers <= _CAMPAIGNING
        if campaigners and self.last_body_speaker:  # "Greenpeace ... The environmental group"
            known = self.find_organisation(self.last_body_speaker)
            if not (known and known.kinds & COMPANY_NOUNS):
                return self.last_body_speaker.removeprefix("The ").removeprefix("the ")
        last = self.last_body_speaker or self.last_organisation_speaker  # "The Royal College
        last = last or (self.organisations[-1].name if self.organisations else None)  # of
        if head == "body" and last is not None:  # Nursing said ... The body said"
            named = {w.lower() for w in (self.expand_acronym(last) or last).split()}
            said = {m.rstrip("'’") for m in modifiers}  # "the midwives' body"
            if said <= _ANY_BODY | named:  # "the nursing body", "the statistics body"
                return last.removeprefix("The ").removeprefix("the ")
        weather = [o for o in self.organisations if _WEATHER & set(o.words)]
        if head == "forecaster" and weather:  # "The Met Office ... the forecaster said"
            return max(weather, key=lambda o: o.last_seen).name
        funds = [o for o in self.organisations if "fund" in o.kinds]
        if head == "fund" and funds:  # "The Pension Protection Fund ... The lifeboat fund"
            return max(funds, key=lambda o: o.last_seen).name
        if head not in ORG_NOUNS or modifiers & POLITICAL:  # "the ruling group": no company
            return None
        # the latest first, and of two seen together the full name ("Office for National
        # Statistics", not "Office"); a body of the very kind before one of a kindred kind
        latest = sorted(self.organisations, key=lambda o: (-o.last_seen, -len(o.name)))
        for organisation in latest:
            if organisation.is_a(head, noun_phrase):  # "the trust" for "Westmoor Hospitals
                name = organisation.name  # NHS Trust"; "the service" for the EMY spelled out
                return (self.expand_acronym(name) if name.isupper() else None) or name
        kindred = SAME_KIND.get(head, frozenset())  # "Northgate Bank ... the lender"
        if any(describes(word) for word in noun_phrase.split()[1:-1]):
            kindred = frozenset()  # "the Spanish state weather agency": one of its own
        elif head == "agency" and not modifiers:
            kindred = kindred | PUBLIC_BODIES
        for organisation in latest:
            words = organisation.name.split()  # "the Home Office", not the National Audit
            home_office = head == "department" and len(words) == 2 and words[1] == "Office"
            if kindred & organisation.kinds or home_office:
                return organisation.name
        if head in COMPANY_NOUNS:  # "the software group" for a company named as a company
            for organisation in sorted(self.organisations, key=lambda o: -o.last_seen):
                company = organisation.kinds & COMPANY_NOUNS and "airline" not in organisation.kinds
                if company and not self._analysts_firm(organisation.name):  # not the broker
                    return organisation.name  # an analyst works for
        if any(describes(word) for word in noun_phrase.split()[1:-1]):
            return None  # "the grid operator", "the state rail company": a body of its own
        just_named = self._company_just_named(index, before)
        if head in COMPANY_NOUNS and just_named is not None:
            return just_named  # "Kestrel has not given up. The company says": Kestrel
        last = self.last_organisation_speaker
        known = self.find_organisation(last) if last else None
        if head in COMPANY_NOUNS and last and not (known and known.kinds & NOT_COMPANIES):
            return last  # not "the company" for the union that spoke last
        companies = [
            o
            for o in self.organisations
            if o.kinds & COMPANY_NOUNS and not self._analysts_firm(o.name)
        ]
        if head in COMPANY_NOUNS and companies:  # "battery maker LusoVolt ..., the company"
            return max(companies, key=lambda o: o.last_seen).name
        story = self._story_name(noun_phrase)
        if head in COMPANY_NOUNS and story is not None:
            return story  # "Ellery Rovers" named five times: "the club" is Ellery Rovers
        spoke = self._agency_that_spoke(index) if head in COMPANY_NOUNS else None
        if spoke is not None:  # "the agency Brightcare Homecare ... Brightcare Homecare said
            return spoke  # ... The company said": the firm, not a place named before
        if head in COMPANY_NOUNS:  # "An Aerolux jet ..., the airline said": the first name
            candidates = [
                (i, n)
                for i, n in self.other_names
                if n not in noun_phrase
                and (i != index or n in before)
                and self.find(n) is None
                and gender_of(n.split()[0]) is None  # "Johan Viljoen" is nobody's company
                and "'s" not in n
                and "’s" not in n  # "South Africa's North West" is a place
                and not self._analysts_firm(n)  # "an analyst at Keller Securities"
            ]
            if candidates:
                last_at = candidates[-1][0]
                return next(name for index, name in candidates if index == last_at)
        story = self._story_name(noun_phrase) if head in _LOOSE_BODIES else None
        if (
            story is not None
            and self.find_organisation(story)
            and not self.organisations_of_kind(head)
        ):  # "Calderwood ... the association said"; not "Hexham ... the trust said"
            return story
        return None

    def _analysts_firm(self, name: str) -> bool:
        """Whether the article named ``name`` only as where an analyst works ("Jo Fenwick,
        an analyst at Barlow Securities,", "Barlow analyst Jo Fenwick"): a bystander, not
        the company the story is about."""
        at = re.compile(rf"\b{_ANALYSTS}\s+(?:at|with|from)\s+(?:the\s+)?{re.escape(name)}\b")
        before = re.compile(rf"\b{re.escape(name)}\s+{_ANALYSTS}\b")
        written = [s for s in self.seen if name in s]
        return bool(written) and all(at.search(s) or before.search(s) for s in written)

    def _agency_that_spoke(self, index: int) -> str | None:
        """The body that spoke in the sentence before, when the article named it as an
        agency without the word in its name ("the agency Brightcare Homecare"): a care or
        staffing firm, which "the company" may stand for."""
        last = self.last_claimant
        if last is None or last[0] != index - 1:
            return None
        body = self.find_organisation(last[1])
        if body is not None and body.kinds == {"agency"} and "agency" not in body.words:
            return body.name
        return None

    def _company_just_named(self, index: int, before: str) -> str | None:
        """The one body of no other kind than a company's that the sentence before named,
        for "the company" opening this one."""
        if index < 1 or before.strip():
            return None
        named = [
            o
            for o in self.organisations
            if o.last_seen == index - 1
            and not o.kinds - COMPANY_NOUNS
            and self.find(o.name) is None
            and not self._analysts_firm(o.name)
        ]
        return named[0].name if len(named) == 1 else None

    def organisations_of_kind(self, head: str) -> list[Organisation]:
        kinds = {head} | SAME_KIND.get(head, frozenset())
        return [o for o in self.organisations if o.kinds & kinds]

    def named_later(self, noun_phrase: str, index: int) -> str | None:
        """ "the company said" in a lede naming it only further down: the name the article
        keeps coming back to, else the next body of that kind (asked at the end)."""
        head, modifiers = role_head(noun_phrase)
        if head in SAME_KIND and head not in COMPANY_NOUNS:  # "the energy regulator"
            kinds = {head} | SAME_KIND[head]
            public = PUBLIC_BODIES if head == "agency" else frozenset()
            later = [
                o
                for o in self.organisations
                if o.first_seen > index
                and (o.kinds & kinds or (o.kinds & public and _shares_a_word(modifiers, o)))
            ]  # "the disaster agency": the National Disaster ... Council, not any council
            return min(later, key=lambda o: o.first_seen).name if later else None
        if head not in COMPANY_NOUNS:
            return None
        story = self._story_name(noun_phrase)
        if story is not None:
            return story
        later = [
            o
            for o in self.organisations
            if o.first_seen > index and (head in o.kinds or o.kinds & COMPANY_NOUNS)
        ]
        return min(later, key=lambda o: o.first_seen).name if later else None

    def story_name(self) -> str | None:
        """The body the article keeps coming back to, if one stands out."""
        return self._story_name("")

    def _story_name(self, noun_phrase: str) -> str | None:
        """The name the article keeps coming back to, if one stands out: named at least
        three times and more often than any other name that is not a person's."""
        counts = {
            name: count
            for name, count in self.name_counts.items()
            if name not in noun_phrase and self.find(name) is None and self._may_be_company(name)
        }
        ranked = sorted(counts.items(), key=lambda item: -item[1])
        if not ranked or ranked[0][1] < 3 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
            return None
        return ranked[0][0]

    def _may_be_company(self, name: str) -> bool:
        known = self.find_organisation(name)
        return known is None or not known.kinds & NOT_COMPANIES


def _shares_a_word(modifiers: set[str] | frozenset[str], organisation: Organisation) -> bool:
    return any(same_stem(m, w) for m in modifiers for w in organisation.words)


_HOUSING = frozenset(["housing", "homes"])
# A weather service's name: "Met Office", "National Weather Service", "Bureau of Meteorology"
_WEATHER = frozenset(["met", "weather", "meteorology", "meteorological", "météo", "meteo"])
# What "the body" may be called besides: "the industry body", "the professional body"
_ANY_BODY = frozenset(
    ["industry", "trade", "professional", "umbrella", "representative", "statistics"]
)
# An oil major is a company; a pressure group is a campaign's, not a company's
_INDUSTRIES = frozenset(["oil", "energy", "mining", "tech", "drug", "pharma", "food", "media"])
_CAMPAIGNING = frozenset(
    """pressure campaign campaigning environmental lobby advocacy rights conservation
    activist charity green consumer""".split()  # noqa: SIM905 - a word table
)
