"""The claimant behind a pronoun speaker: "he"/"she" the person named or speaking before,
"it" the body the sentence or the one before opens with, "they" the group or the two people
who spoke last."""

from __future__ import annotations

import re

from claims.extract.discourse import Discourse
from claims.extract.lexicon import DOCUMENTS
from claims.extract.mentions import CAPITALISED_RUN
from claims.extract.openings import opening_subject
from claims.extract.replies import the_one_asked
from claims.extract.their_people import body_people_before
from claims.extract.tokens import Speaker

POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "its": "it", "their": "they"}
# What a person writes in their own voice: "Her memoir, published on Tuesday, claims" is hers
OWN_WRITINGS = frozenset(
    ["memoir", "memoirs", "autobiography", "book", "diary", "diaries", "letter", "blog",
     "column", "essay", "report", "statement", "lawsuit", "complaint", "affidavit"]
)  # fmt: skip


def pronoun_claimant(speaker: Speaker, discourse: Discourse, index: int, sentence: str) -> str:
    """Who a pronoun speaker of sentence ``index`` stands for, else the pronoun as written."""
    lowered = speaker.text.lower()
    lowered = POSSESSIVE_PRONOUNS.get(lowered, lowered)  # "By her estimate"
    lowered = {"him": "he", "them": "they"}.get(lowered, lowered)  # "According to him"
    if lowered in {"he", "she"}:
        wanted = {"he": "m", "she": "f"}[lowered]
        objective = speaker.text.lower() in {"him", "her"}  # "X quoted her as saying"
        for name in [] if objective else reversed(discourse.sentence_claimants):
            person = discourse.find(name) if name else None
            if person is not None and person.gender in (None, wanted):
                return person.name  # "The Health Secretary confirmed ..., which she said"
        before = "" if objective else sentence[: speaker.start]
        asked = the_one_asked(discourse, index, sentence[speaker.end :], lowered)
        if asked and not before.strip():  # "X asked Y whether ... He replied": Y
            return asked
        earlier = person_before(discourse, before, lowered) or _described_before(discourse, wanted)
        earlier = earlier or discourse.resolve_pronoun(lowered, index - 1)
        return earlier or _called(discourse, before, wanted) or speaker.text
    if lowered == "it":
        before = sentence[: speaker.start]
        joined = before.rstrip().rsplit(None, 1)[-1:] in (
            ["and"],
            ["but"],
            ["though"],
            ["although"],
            ["while"],
            ["after"],
            ["when"],
        )
        trailing = before.rstrip().endswith(",")
        own = opening_subject(before, discourse, trailing) if joined or trailing else None
        published = _ITS_OWN_FIGURES.search(before)
        if own is None and published is not None:  # "The ICO received 3,105 reports,
            own = opening_subject(before[: published.start()], discourse)  # according
            # to figures it published": the ICO's figures
        speaking = [c for c in discourse.sentence_claimants if c and not discourse.find(c)]
        own = own or (speaking[-1] if speaking else None)  # "X said ..., which it said"
        opening = not _TIME_OPENING.sub("", before.strip())  # "On Thursday it reported"
        just_spoke = discourse.last_organisation_at == index - 1  # "..., the ministry
        if own is None and opening and just_spoke and discourse.last_body_speaker:  # said.
            own = discourse.last_body_speaker  # It added that": the body that spoke last
        if own is None and opening and len(discourse.seen) > 1:
            own = opening_subject(discourse.seen[-2], discourse)  # "The Insurance Council
        if own is not None:  # has declared ... It said": "The agency expects ..., though
            discourse.last_body_speaker = own  # it warned"
            return own
        last = discourse.last_claimant  # "The watchdog's report said ... It also found":
        body = last[1] if opening and last and last[0] == index - 1 else None  # the watchdog
        body = body if body and body[:1].islower() and not discourse.find(body) else None
        return discourse.resolve_organisation("it") or body or speaker.text
    published = _PUBLISHED_BY.match(discourse.seen[-2]) if len(discourse.seen) > 1 else None
    if lowered == "they" and published and _SHOW.match(sentence, speaker.end):  # "The figures
        return published.group(1).removeprefix("the ")  # were released by the DfE ... They show"
    if lowered == "they" and discourse.last_group and index - discourse.last_group[0] <= 2:
        return discourse.last_group[1]  # "Economists at X expect ... They see ..."
    opening = not _ACCORDING_TO.sub("", sentence[: speaker.start]).strip()  # "According to
    people = body_people_before(discourse, discourse.seen[-2]) if len(discourse.seen) > 1 else None
    if lowered == "they" and opening and people is not None:  # "The trust's field officers
        return people  # have visited 84 farms. They report": the trust's field officers
    pair = discourse.last_names
    if (
        lowered == "they"
        and pair
        and index - pair[0] <= 3
        and not sentence[: speaker.start].strip()
    ):
        return pair[1]  # "Ann Wilkes and Bob Tanner said ... They said"
    plural = [
        c
        for c in discourse.sentence_claimants
        if c and (re.search(r"\b[a-z]+s$", c) or " and " in c)  # "X and Y said ... they"
    ]
    if lowered == "they" and plural:  # "Unity's agents have asked ..., where they claim"
        return plural[-1]
    last = discourse.last_claimant  # "The Royal College of Nursing and Unison said ...
    both = last[1] if last and last[0] == index - 1 and " and " in last[1] else None  # They"
    if lowered == "they" and both and not sentence[: speaker.start].strip():
        return both.removeprefix("The ").removeprefix("the ")
    return speaker.text


_ITS_OWN_FIGURES = re.compile(  # "..., according to a consultation document it circulated"
    rf",\s+according\s+to\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+)?(?:{'|'.join(sorted(DOCUMENTS))})\s*$"
)
_PUBLISHED_BY = re.compile(  # "The figures were released by the Department for Education"
    r"\s*(?:The|These|New|Official)\s+(?:[a-z]+\s+)?(?:figures|data|statistics|results|numbers)"
    r"\s+(?:were|have\s+been)\s+(?:[a-z]+\s+)?(?:released|published|compiled|issued)\s+by\s+"
    r"((?:the\s+)?[A-Z][\w&’'-]*(?:\s+(?:of|for|and|[A-Z][\w&’'-]*))*[\w)])"
)
_SHOW = re.compile(r"\s+(?:also\s+)?(?:show|showed|suggest|suggested|reveal|revealed|found)\b")
_ACCORDING_TO = re.compile(r"^\s*According\s+to\s+[^,]+,")  # Ms Marsh, they found"
_TIME_OPENING = re.compile(
    r"^(?:(?:[Oo]n|[Bb]y|[Ll]ast|[Tt]his|[Ee]arlier|[Ll]ater)\s+)?(?:[A-Z][a-z]+day|week|month|"
    r"year|[Yy]esterday|[Tt]oday)\b,?"
)
_THING_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+(?:[a-z]+\s+)?$")


def _described_before(discourse: Discourse, wanted: str) -> str | None:
    """ "The Norwegian, who bought the club in 2019, hit back ... He had put £60 million
    into the club, he wrote": the person the sentence before opens on, described by an
    office or nationality the article gave them."""
    opening = _DESCRIBED.match(discourse.seen[-2]) if len(discourse.seen) > 1 else None
    named = discourse.resolve_role(opening.group(1)) if opening else None
    person = discourse.find(named) if named else None
    return person.name if person and person.gender in (None, wanted) else None


_DESCRIBED = re.compile(r"\s*(The\s+(?:[a-z]+\s+)?[A-Za-z]+)(?=,|\s+(?:has|had|was|is|[a-z]+ed)\b)")


def _called(discourse: Discourse, before: str, wanted: str) -> str | None:
    """ "A man called Yusuf ... told me ... He said": the one-word name given to the man
    in this sentence or the one before, when no known person fits."""
    text = (discourse.seen[-2] if len(discourse.seen) > 1 else "") + " " + before
    found = [m for m in _CALLED.finditer(text) if _CALLED_GENDER[m.group(1).lower()] == wanted]
    return found[-1].group(2) if found else None


_CALLED_GENDER = {"man": "m", "boy": "m", "father": "m", "woman": "f", "girl": "f", "mother": "f"}
_CALLED = re.compile(rf"\b({'|'.join(_CALLED_GENDER)})\s+(?:called|named)\s+([A-Z][a-z]+)\b")


def person_before(discourse: Discourse, text: str, pronoun: str) -> str | None:
    """The last known person named in ``text`` (the sentence up to the pronoun)."""
    wanted = {"he": "m", "she": "f"}.get(pronoun)
    for match in reversed(list(CAPITALISED_RUN.finditer(text))):
        words = match.group().split()  # "When Treasury Secretary Joseph Mutua": Mutua
        found = (discourse.find(" ".join(words[k:])) for k in range(max(1, len(words) - 1)))
        person = next((p for p in found if p is not None), None)
        if _THING_BEFORE.search(text, 0, match.start()):
            continue  # "The old Market Hall, he said,": a building, not him
        if person is not None and (wanted is None or person.gender in (None, wanted)):
            return person.name
    return None
