"""Who a document speaks for: "the council's papers" its authors, "data from the weather
service" the service, "a Kestrel Research poll" the pollster, "the report found" the body
that published it, or nobody when the article named none (the outlet's own voice)."""

from __future__ import annotations

import re

from claims.extract.discourse import Discourse
from claims.extract.documents import named_report, owned_document
from claims.extract.kinds import FORCE_WORDS
from claims.extract.lexicon import (
    DETERMINERS,
    NON_HEADS,
    NOT_NAMES,
    OPENING_ADJECTIVES,
    ORG_NOUNS,
    ORG_WORDS,
)
from claims.extract.offices import is_nationality
from claims.extract.openings import opening_subject
from claims.extract.tokens import Speaker

_POSSESSIVE_ENDS = ("'", "’", "'s", "’s")


def document_author(
    speaker: Speaker, document: str, discourse: Discourse, index: int, sentence: str
) -> str | None:
    """The body behind a document phrase headed by ``document``; later, "the document",
    "the same papers" is that body's again."""
    author = _author(speaker, document, discourse, index, sentence)
    if author is not None and _owner_written(speaker.text.split(), document):
        discourse.document_owners[document] = author
    return author


def _owner_written(words: list[str], document: str) -> bool:
    """Whether a document phrase says whose it is ("the council's budget papers", "Its
    dashboard", "a survey by X", "a Kestrel poll"), its document last (not "NHS England
    figures quoted in the report")."""
    if words[-1].lower() != document:
        return False
    owned = words[0].lower() in {"its", "their"} or any(w.endswith(_POSSESSIVE_ENDS) for w in words)
    return owned or any(w in {"by", "from"} or w[:1].isupper() for w in words[1:-1])


def _author(
    speaker: Speaker, document: str, discourse: Discourse, index: int, sentence: str
) -> str | None:
    words = speaker.text.split()
    lowered = speaker.text.lower()
    if _ITS_OWN.match(sentence, speaker.end):  # "Wexmoor University plans to cut 280 posts,
        owner = opening_subject(sentence[: speaker.start], discourse)  # according to a
        if owner is not None:  # consultation document it circulated": the university's
            discourse.document_owners[document] = owner
            return owner
    head_at = next(  # "the statistics office's regional breakdown": the breakdown
        (i for i, w in enumerate(words) if w.lower() == document), len(words) - 1
    )
    after = [i for i, w in enumerate(words) if i > head_at and w.lower() in {"from", "by"}]
    if after and after[0] + 1 < len(words):  # "data from the weather service show"
        by = words[after[0] + 1 :]
        commissioner = [i for i, w in enumerate(by) if w == "for" and i > 0]
        publisher = " ".join(by[: commissioner[0]] if commissioner else by)  # "a poll by
        # the Instituto Sondar for the daily Correio Atlantico": the pollster's
        bare = publisher.removeprefix("the ")
        expanded = discourse.expand_acronym(bare) if bare.isupper() and " " not in bare else None
        if expanded is not None:  # "an inspection by the HSE"
            discourse.last_publisher = expanded
            return expanded
        discourse.last_publisher = publisher
        return discourse.resolve_organisation(publisher) or publisher
    opening = 1 if words[0].lower() in DETERMINERS else 0  # "Eurostat data showed"
    names = [w for w in words[opening:head_at] if w[:1].isupper() and not is_nationality(w)]
    linked = words[opening:head_at]  # "Bank of England figures": the Bank of England
    if len(names) > 1 and all(w[:1].isupper() or w in {"of", "for", "and", "&"} for w in linked):
        names = linked
    # "A Japanese study has found": no owner named
    plain = _PLAIN_OWNERS | discourse.vocabulary  # "Official data suggest", "Port state
    plain_only = names == words[:1] and not speaker.start and names[0].lower() in plain  # control
    names = [] if plain_only else names  # records show": no body called Official or Port
    if names:  # "a Kestrel Research poll", "Wendmoor Water's own figures"
        owner_name = re.sub(r"['’]s?$", "", " ".join(names))
        spelled = discourse.expand_acronym(owner_name) if owner_name.isupper() else None
        discourse.last_publisher = spelled or owner_name  # "AEMO data": the operator's
        return spelled or owner_name
    owner = possessor(words[:head_at])
    if owner is not None and owner.lower() in _THE_COMPANY:  # "Northline's managing director
        owners = [_without_openers(n) for n in _NAMED_OWNER.findall(sentence[: speaker.start])]
        known = [n for n in owners if n and discourse.find(n) is None and not is_nationality(n)]
        if known:  # pocketed £186,000, the company's annual report shows": Northline's
            return discourse.named_in_full(known[0]) or known[0]
    polled = words[head_at + 1 :]  # "A survey of the federation's members": the federation's
    if owner is None and 2 < len(polled) < 6 and polled[0] == "of" and polled[-1] in _MEMBERS:
        owner = possessor(polled[1:])
    if owner is not None:  # "a consultants' draft", "the council's papers": its authors
        return discourse.resolve_organisation(owner) or owner
    keeper = [w for w in words[opening:head_at] if w.lower() != "same"]
    if [w.lower() for w in keeper] == ["police"]:  # "The same police figures show":
        return police_force(discourse) or "police"  # the force the article named
    of_its = [w.lower() for w in words[head_at + 1 : head_at + 3]] in _OF_ITS
    owned = words[0].lower() in {"its", "their"} or of_its  # "its own board papers": its,
    bodies = [i for i, w in enumerate(keeper) if w.lower() in _BODY_WORDS]
    if not owned and bodies:  # not "own board"; "port authority data show", "council
        # spending records": the council the article named, else the body's words
        named = discourse.resolve_organisation(f"the {keeper[bodies[0]].lower()}")
        if named is None and plain_only and len(keeper) == 1:  # "Bank records showed 23
            return None  # transfers": no bank the article named
        return named or " ".join(keeper[: bodies[-1] + 1])
    if owned:  # "..., their accounts show"
        owner = opening_subject(sentence[: speaker.start], discourse)
        if owner is None and words[0].lower() == "their" and discourse.study_owner:
            return discourse.study_owner  # "Their results, published in the journal X"
        group = discourse.last_group if words[0].lower() == "their" else None
        if owner is None and group is not None and index - group[0] <= 2:
            return group[1]  # "Federal prosecutors say ... Their indictment alleges"
        books = document in _BOOKS and owner is None  # "Its latest accounts show": the
        company = discourse.story_name() if books else None  # firm's, the one the story is
        if company is not None:  # about, not the watchdog that spoke last
            return company
        named = discourse.body_just_named(index) if not speaker.start else None
        opening = not speaker.start and not named and len(discourse.seen) > 1
        prior = opening_subject(discourse.seen[-2], discourse, possessive=True) if opening else None
        # "The health ministry's own figures tell a different story. Its dashboard showed"
        if prior is None and opening and words[0].lower() == "its":  # "The think tank X is
            prior = opening_subject(discourse.seen[-2], discourse)  # less hopeful. Its estimate"
        return owner or named or prior or discourse.resolve_organisation("it")  # "Its report"
    if not keeper and document in discourse.document_owners:  # "the dashboard showed",
        return discourse.document_owners[document]  # "according to the same papers"
    described = all(w.islower() for w in keeper)  # "the charge sheet", "the new manifesto"
    issuer = issuer_of(document, discourse) if described else None
    if issuer is not None:  # "The Green Party launched its manifesto ... The manifesto
        return issuer  # promises": the party
    if [w.lower() for w in keeper] == ["official"]:
        return None  # "..., official figures show.": the statistics of no body the article named
    annual = [w.lower() for w in keeper] == ["annual"] and discourse.last_publisher is None
    annual = annual and document in {"report", "accounts", "results"}  # not a survey
    company = discourse.resolve_organisation("the company") if annual else None
    if company is not None:  # "..., the annual report shows": the company's own
        return company
    holder = owned_document(document, discourse.seen) if not keeper else None
    same = " same " in lowered  # "according to the same papers"
    the_one = _THE_REPORT | {"the accounts", "the study", "the statement"}
    if holder is not None and (same or lowered in the_one):
        return discourse.resolve_organisation(holder) or holder  # "The Health Committee's
        # report, published on Tuesday, ... the report said": the committee's
    report = named_report(document, discourse.seen) if not keeper else None
    named_review = report is not None and document == report.split()[-1].lower()
    if report is not None and (discourse.last_publisher is None or named_review):
        return report  # "the review concluded": the Dene Valley Maternity Review
    if discourse.last_publisher is None and lowered in _THE_REPORT:
        return discourse.last_organisation_speaker  # "the report found": the body that
    return discourse.last_publisher  # reported, when the article named no publisher


_THE_COMPANY = frozenset(["the company", "the firm", "the group", "the club", "the bank"])
_NAMED_OWNER = re.compile(r"\b([A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)*)['’]s\s")
_ITS_OWN = re.compile(r"\s+(?:it|they)\s+(?:had\s+|has\s+)?[a-z]+ed\b")
_BOOKS = frozenset(["accounts", "results", "filing", "filings"])  # a company's, not a watchdog's
_OF_ITS = (["of", "its"], ["of", "their"])  # "A survey of its members found"
_MEMBERS = frozenset(["members", "staff", "employees", "customers", "clients", "supporters"])
_PLAIN_OWNERS = frozenset(["official", "government", "police", "bank", "company", "council"])
_PLAIN_OWNERS |= NON_HEADS | OPENING_ADJECTIVES  # "Internal documents show", "Leaked papers
# reveal", "Preliminary figures suggest": no body called Internal, Leaked or Preliminary
_THE_REPORT = frozenset(["the report", "the review", "the audit", "the inquiry report"])


def _without_openers(name: str) -> str:
    """ "Northline" of "Yet Northline": the name without the words opening the sentence."""
    words = name.split()
    while words and words[0].lower() in NOT_NAMES:
        words = words[1:]
    return " ".join(words)


def police_force(discourse: Discourse) -> str | None:
    """The police force the article named last."""
    names = [o.name for o in discourse.organisations] + [n for _, n in discourse.other_names]
    forces = [  # "Denver Police Department", "the RCMP", "Gardaí"
        n for n in names if n.split()[-1] in FORCE_WORDS or "Police" in n.split()
    ]
    return forces[-1].removeprefix("The ") if forces else None


def possessor(words: list[str]) -> str | None:
    """The owner in "a consultants' draft" ("consultants") or "the council's" ("the
    council"), without the possessive mark; None when there is none."""
    for index, word in enumerate(words):
        if word.endswith(_POSSESSIVE_ENDS) and len(word) > 2:
            owner = word[: -2 if word.endswith(("'s", "’s")) else -1]
            first = index  # "the health ministry's dashboard": the health ministry
            while first > 0 and words[first - 1].islower() and words[first - 1].isalpha():
                first -= 1
            if word.endswith(("'s", "’s")) and first < index and words[first].lower() == "the":
                return " ".join([*(w.lower() for w in words[first:index]), owner])
            if first > 0 and word.endswith(("'s", "’s")) and words[first - 1].lower() == "the":
                return " ".join(["the", *words[first:index], owner])
            return owner
    return None


def issuer_of(document: str, discourse: Discourse) -> str | None:
    """The body an earlier sentence, up to three back, opens with issuing a document of
    this kind: "The CBI has filed a charge sheet" for "the charge sheet", "The river
    authority issued an update" for "the statement"; the body that met, for "the minutes"."""
    kinds = _NOTICES if document in _NOTICES else {document}
    for sentence in reversed(discourse.seen[-4:-1]):
        issued = _ISSUED.search(sentence) if document != "minutes" else _MET.search(sentence)
        if issued is None or not (kinds | {"meeting"}) & set(issued.group(1).lower().split()):
            continue
        subject = opening_subject(sentence[: issued.start()] + " issued", discourse)
        if subject is not None:
            return subject
    return None


_ISSUED = re.compile(
    r"\s(?:has\s+|have\s+|had\s+)?(?:launched|published|released|issued|filed|unveiled|"
    r"lodged|submitted|tabled|sent|wrote|put\s+out)\s+(?:out\s+)?(?:its|their|a|an|the)\s+"
    r"((?:[\w-]+\s+){0,2}[a-z]+)\b"
)
# "The Reserve Bank kept rates on hold at its June meeting": whose "minutes" they are
_MET = re.compile(r"\s(?:at|after)\s+(?:its|their)\s+((?:[\w-]+\s+){0,2}meeting)\b")
# What a body puts out to say where things stand: "an update" and "the statement" are one
_NOTICES = frozenset(["statement", "update", "release", "notice", "bulletin", "advisory"])

# Unions worked out once, not at every word the rules ask about
# words of bodies' names and nouns for bodies
_BODY_WORDS = ORG_WORDS | ORG_NOUNS
