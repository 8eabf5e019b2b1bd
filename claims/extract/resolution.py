"""The claimant a speaker phrase stands for: pronouns, role nouns, documents, stand-ins.

`attribution.find_scoped` finds who speaks in a sentence as written ("the company", "She",
"their accounts", "A CAA spokesperson"); `resolve` turns each into the person or body the
article means, from what `discourse.Discourse` has seen so far.
"""

from __future__ import annotations

import re

from claims.extract.body_owners import ITS_PEOPLE, government, owned_thing, owner_opening
from claims.extract.claimant_forms import the_same_group, usual_form
from claims.extract.discourse import CLOSE_TO, CONFIDANTS, Discourse
from claims.extract.document_authors import document_author, police_force
from claims.extract.epithets import described_subject, person_aged
from claims.extract.filings import filer_of
from claims.extract.kin import both_named, parent_pronoun, relative_surname
from claims.extract.kinds import gender_of_role, plural_of_a_kind
from claims.extract.lexicon import (
    DOCUMENTS,
    ORG_NOUNS,
    ORG_WORDS,
    ROLE_WORDS,
    SEEN_BY,
    words,
)
from claims.extract.mentions import PEOPLE_BEFORE
from claims.extract.offices import is_nationality, role_head
from claims.extract.openings import opening_subject, place_acting
from claims.extract.outlets import outlet_told
from claims.extract.own_voice import own_work
from claims.extract.pronouns import OWN_WRITINGS, person_before, pronoun_claimant
from claims.extract.relatives import note_relative, note_spouse, register_person
from claims.extract.spokespeople import (
    NAME_LINKS,
    body_of_spokesperson,
    central_bank,
    spokesperson_of_last_body,
)
from claims.extract.staff_owners import person_behind
from claims.extract.tokens import Speaker

_NAME_GIVEN = re.compile(  # ", who gave only her first name, Maria,", ", who asked to be
    r",\s+who\s+(?:gave|asked\s+to\s+be\s+(?:identified|named|called))\b[^,.]{0,40}?"  # identified
    r"\b(?:as|name,)\s+([A-Z][\w'’-]+)"  # only as Sam,"
)
_HIS_HER = re.compile(r"\b(his|her)\b")
_OWNERS = ("'s", "’s", "s'", "s’")  # "Arden Water's Tom Bell", "Kernow Networks' Jill Ash"
_DEFINED_TERM = re.compile(r"(?:The|the) (?:Company|Group|Board|Directors)$")
_ONE_OF = re.compile(r"(?:the|one) (?:first|second|third|other) (person|source|official)$", re.I)
_GROUP_OF = {"person": "people"}


def resolve(speaker: Speaker, discourse: Discourse, index: int, sentence: str = "") -> str | None:
    """`_resolve`, in the form the "who said it" column gives (`claimant_forms`: "Kyiv says"
    is the Ukrainian government)."""
    claimant = _resolve(speaker, discourse, index, sentence)
    if claimant and speaker.kind == "role":
        claimant = discourse.fullest_name(claimant)  # "Nursing and Midwifery Council"
    return usual_form(_spelled_out(claimant, discourse)) if claimant else claimant


def _spelled_out(claimant: str, discourse: Discourse) -> str:
    """ "APHA officials" -> "Animal and Plant Health Agency officials", "a CBO table" ->
    "a Congressional Budget Office table": an acronym the article spelled out, in full."""
    words = claimant.split()
    for k, word in enumerate(words):
        named = k + 1 < len(words) and words[k + 1][:1].isupper()  # not "SA Power Networks"
        if word.isupper() and 3 <= len(word) <= 6 and word.isalpha() and not named:
            words[k] = discourse.expand_acronym(word) or word
    return " ".join(words)


def _resolve(speaker: Speaker, discourse: Discourse, index: int, sentence: str = "") -> str | None:
    """The claimant a speaker phrase stands for, as far as the article says.

    None for a document that names no publisher and follows none ("the figures show"):
    the outlet is reporting in its own voice.
    """
    if own_work(speaker.text, sentence[speaker.end : speaker.end + 20], discourse.outlet):
        return None  # "checks by our correspondent", "a Herald analysis": the outlet's own
    given = _NAME_GIVEN.match(sentence, speaker.end) if "who" in sentence else None
    if given is not None:  # "Its organiser, who gave his name only as Darren, said": Darren
        gender = {"his": "m", "her": "f"}.get(next(iter(_HIS_HER.findall(given.group())), ""))
        register_person(discourse, index, given.group(1), gender)  # and "he" after
        return given.group(1)
    if speaker.kind == "names":
        first, _, after = speaker.text.partition(" ")  # "Residents Joan and Phil Marsh"
        kind = first.lower() in PEOPLE_BEFORE or plural_of_a_kind(first)  # "Charities Shelter
        text = after if kind and after[:1].isupper() else speaker.text  # and Crisis"
        listed = (discourse.resolve_name(n) for n in text.split(" and "))
        names = " and ".join(n.removeprefix(f"{first} ") if kind else n for n in listed)
        discourse.last_names = (index, names)
        note_spouse(discourse, index, names, sentence)  # "X and his wife, Anita,": Anita X
        return names
    seen = _SEEN_BY.search(speaker.text)  # "an internal Hadley Brooks memo seen by the Wire"
    if seen is not None and speaker.kind == "role":
        end = speaker.start + seen.start()
        speaker = Speaker(speaker.text[: seen.start()], speaker.start, end, "role")
    lowered = speaker.text.lower()
    if speaker.kind == "publisher":
        resolved = resolve(
            Speaker(speaker.text, speaker.start, speaker.end, "role"), discourse, index
        )
        discourse.last_publisher = resolved
        return resolved
    if _DEFINED_TERM.match(speaker.text):  # a release's "the Company": the company; its
        defined = Speaker("the company", speaker.start, speaker.end, "role")  # "the Board"
        return resolve(defined, discourse, index, sentence) or speaker.text
    words = speaker.text.split()
    own = len(words) == 2 and words[0].lower() in {"his", "her"}  # "Her memoir claims":
    if own and speaker.kind == "role" and words[1].lower() in OWN_WRITINGS:  # the woman
        writer = Speaker(words[0], speaker.start, speaker.start + len(words[0]), "pronoun")
        return pronoun_claimant(writer, discourse, index, sentence)  # named before
    if speaker.kind == "role" and _INTERNAL.match(speaker.text):  # "an internal email sent to
        earliest = discourse.organisations[0].name if discourse.organisations else None
        story_body = discourse.story_name() or discourse.last_organisation_speaker or earliest
        if story_body is not None:  # employees": the body the story is about, else the
            return story_body  # first it named
    made = _MADE_BY.match(speaker.text)
    if made is not None and speaker.kind in {"role", "group"}:  # "A report commissioned by
        maker = Speaker(made.group(1), speaker.start, speaker.end, "role")  # the city council"
        return resolve(maker, discourse, index, sentence)
    kind_and_name = speaker.kind == "role" and _named_body(words) is not None  # "the data
    document = "" if kind_and_name else role_head(speaker.text)[0]  # provider Brackley Data"
    linked = all(w[:1].isupper() or w in {"of", "for"} for w in words[:-1])  # "Bank of
    if words[-1] in DOCUMENTS and len(words) > 2 and linked:  # England figures show": the
        document = words[-1]  # bank's figures
    titled = len(words) > 2 and words[-1].istitle() and words[-2].istitle()  # "the US
    published = any(w in {"from", "by"} for w in words[:-1])  # "Data from the Bureau of
    if titled and words[-1].lower() in DOCUMENTS and not published:  # Labor Statistics": the
        document = ""  # bureau's data; "the US Geological Survey", "The Halden Review": a body
    if speaker.kind in {"role", "group"} and document in DOCUMENTS:
        return document_author(speaker, document, discourse, index, sentence)
    its = speaker.kind in {"role", "group"} and words[0].lower() in {"its", "their"}
    if its and role_head(speaker.text)[0] in ITS_PEOPLE:  # "Its analysts said": the body's
        body = opening_subject(sentence[: speaker.start], discourse, possessive=False)
        body = body or (discourse.body_just_named(index) if not speaker.start else None)
        if body is None and not sentence[: speaker.start].strip() and len(discourse.seen) > 1:
            body = opening_subject(discourse.seen[-2], discourse)  # "The party has ... Its"
        return body or discourse.resolve_organisation("it") or speaker.text
    if its and not speaker.start and role_head(speaker.text)[0] in _ITS_BODIES and index:
        owner = opening_subject(discourse.seen[-2], discourse) if len(discourse.seen) > 1 else None
        if owner is not None:  # "Rwanda has welcomed the truce. Its foreign ministry said"
            return f"{owner}'s {' '.join(words[1:])}"
    if its and role_head(speaker.text)[0] in _ITS_OFFICES:  # "Acme will cut 400 jobs, its chief
        body = opening_subject(sentence[: speaker.start], discourse, possessive=False)
        if body is None and not sentence[: speaker.start].strip() and len(discourse.seen) > 1:
            body = opening_subject(discourse.seen[-2], discourse)  # "Acme will ... Its chief"
        if body is not None:  # executive said": Acme's chief executive
            return f"{body}'s {' '.join(words[1:])}"
    if speaker.kind == "role" and len(words) == 2 and words[1].endswith("-year-old"):
        aged = person_aged(words[1].split("-")[0], discourse, index)  # "Denise Harrow, 54,
        return aged or speaker.text  # ... The 54-year-old denies": her
    staff = [w for w in words if w.lower() != "the"]  # "The Fjordline analysts said":
    firm = " ".join(staff[:-1])  # Fjordline Securities, named before
    if len(staff) > 1 and staff[-1].lower() in _FIRMS_STAFF and firm.istitle():
        named = discourse.named_in_full(firm)
        if named is not None:
            return named
    parent = parent_pronoun(speaker.text) if speaker.kind == "role" else None
    if parent is not None:  # "Angus Reid said ... The father of three said": him
        return discourse.resolve_pronoun(parent, index - 1) or speaker.text
    mid = bool(sentence[: speaker.start].strip())  # "Gov. Reyes signed it, which his office
    owner = person_behind(words, discourse, index if mid else index - 1)  # said": him
    if owner is not None:  # "Doe's office": "Jane Doe's office"
        return owner
    spoke_for = speaker.kind == "role" or (speaker.kind == "group" and len(words) == 2)
    body = body_of_spokesperson(words, discourse) if spoke_for else None
    if body is not None:  # "A company spokeswoman", "a spokesperson for the ICO"
        discourse.register_organisation(index, body)  # so "the spokesperson said" is it too
        _spoke_for(body, speaker, discourse, index)
        return body
    epithet = len(words) == 2 and words[0].lower() == "the" and speaker.kind == "role"
    called = discourse.resolve_role(speaker.text) if epithet and words[1].istitle() else None
    if called is not None:  # "The Spaniard said", "The Brazilian said": the person so called
        return called
    if speaker.kind == "role" and (is_proper(words[-1]) or _linked_body_name(words)):
        acronym = words[-1] if len(words) == 2 and words[-1].isupper() else None
        office = discourse.resolve_role(speaker.text) if acronym is not None else None
        if office is not None:  # "The CFO": the chief financial officer named before
            return office
        if acronym is not None:  # "the HSE": the body the article spelled out
            spelled = discourse.expand_acronym(acronym)
            if spelled is None:  # "the ONS said ... the statistics body added": the ONS
                discourse.register_organisation(index, acronym)
            return spelled or speaker.text
        in_full = discourse.named_in_full(words[-1]) if len(words) == 2 else None
        if in_full is not None and words[0].lower() == "the":  # "The Bank said", after the
            return in_full  # Bank of England
        named = _named_body(words)
        if named is not None:  # "the charity Memory Matters": later "It says" is the charity
            discourse.last_body_speaker = named
            return named
        discourse.register_organisation(  # so "the department" finds it
            index, speaker.text.removeprefix("The ").removeprefix("the ")
        )
        return speaker.text  # "The National Landlords Federation": a name, not an anaphor
    if speaker.kind == "pronoun":
        return pronoun_claimant(speaker, discourse, index, sentence)
    if lowered in {"the force", "the police force"}:  # "Four people were arrested, the force
        return police_force(discourse) or speaker.text  # said": the force the article named
    if lowered in {"detectives", "police", "police officers", "officers", "cops"}:  # "Detectives
        force = police_force(discourse)  # said": the force the article named
        return force or ("police" if lowered in {"cops", "detectives"} else speaker.text)
    if (same := the_same_group(speaker, discourse, index)) is not None:
        return same  # "One of them said", "the officials said": the group named before
    if speaker.kind == "group":
        discourse.last_group = (index, speaker.text)
    one_of = _ONE_OF.match(speaker.text)
    if one_of is not None and discourse.last_group is not None:  # "the second person said":
        head = one_of.group(1).lower()  # one of "two people familiar with the talks"
        group = discourse.last_group[1]
        if _GROUP_OF.get(head, head + "s") in group.lower().split():
            return group
    if speaker.kind == "name" and " " not in speaker.text:
        surname, pronoun = relative_surname(sentence[: speaker.start])
        if pronoun is not None:  # "His son Jake, who runs ..., said": Jake Dyson
            wanted = {"his": "he", "her": "she"}[pronoun]  # "Margaret Hollins ..., her
            holder = person_before(discourse, sentence[: speaker.start], wanted)  # daughter
            holder = holder or discourse.resolve_pronoun(wanted, index - 1)  # Janine told"
            surname = holder.split()[-1] if holder and " " in holder else None
        if surname is not None:  # "Tom Reid's mother, Ann, said": Ann Reid
            note_relative(discourse, index, f"{speaker.text} {surname}", sentence[: speaker.start])
            return f"{speaker.text} {surname}"
    if speaker.kind == "name":
        words = speaker.text.split()
        possessive = next((i for i, w in enumerate(words[:-1]) if w.endswith(_OWNERS)), None)
        rest = words[possessive + 1 :] if possessive is not None else []
        if rest and not any(w.lower() in ORG_WORDS for w in rest):  # "Green Coast's Anna
            # Lindqvist" is Lindqvist, so is "Kernow Networks' Jill Sandford" Sandford;
            # "Brightwater Children's Trust" stays the trust
            speaker = Speaker(" ".join(rest), speaker.start, speaker.end, "name")
        if len(words) == 1 and speaker.text.isupper() and len(speaker.text) > 1:
            spelled = discourse.expand_acronym(speaker.text)
            if spelled is not None:  # "AEMO said": the Australian Energy Market Operator
                return spelled
        resolved = discourse.resolve_name(speaker.text)
        if discourse.find(resolved) is None:
            in_full = discourse.named_in_full(resolved)  # "SkyLark" after "SkyLark Air"
            if in_full is not None:
                return in_full
            discourse.register_organisation(index, speaker.text)
        return resolved
    pair = both_named(lowered, discourse.last_names, index, discourse.seen)
    if pair is not None:  # "Joan and Phil Marsh said ... The couple said": them
        return pair
    body = owned_thing(words, discourse) if speaker.kind == "role" else None
    if body is not None:  # "according to the agency's surveillance aircraft": the agency
        return body
    if speaker.kind == "role" and lowered.split()[0] not in {"a", "an", "one"}:  # not "One
        # airline told customers": one of many unnamed, not the firm the story named
        resolved = (
            owner_opening(sentence, speaker, discourse)  # "RCT's offer is ..., the company
            or discourse.resolve_role(speaker.text)  # said": RCT
            or outlet_told(discourse, index, speaker.text)  # "X told the BBC ... The
            or filer_of(discourse, index, speaker.text)  # "Acme filed a lawsuit": Acme's
            or central_bank(lowered, discourse)  # broadcaster reported": the BBC
            or discourse.resolve_organisation(speaker.text, index, sentence[: speaker.start])
            or place_acting(speaker.text, discourse)  # "Chicago is asking ... the city said"
            or discourse.earlier_role_speaker(speaker.text)
            or spokesperson_of_last_body(words, discourse, index)
        )
        if (
            resolved is None
            and role_head(speaker.text)[0] in _BODY_NOUNS
            and ", which " in sentence
        ):
            resolved = opening_subject(sentence[: speaker.start], discourse)  # "Ofgem has
            # allowed ..., which the regulator says will add about £19"
        if resolved is None and role_head(speaker.text)[0] == "government":
            resolved = government(words, discourse)  # "The Kerala government ... the state
        if resolved is None and role_head(speaker.text)[0] in ORG_NOUNS:  # government"
            discourse.last_body_speaker = speaker.text  # "It said" refers back to it
            discourse.last_organisation_at = index
            discourse.unnamed_bodies[role_head(speaker.text)[0]] = speaker.text
            if any(is_proper(w) for w in words[1:-1]):  # "The Veland health ministry said
                discourse.register_organisation(index, speaker.text.removeprefix("The "))
                # ... A ministry spokesperson said": the same ministry
        elif (
            resolved is None and (resolved := described_subject(speaker, discourse, index)) is None
        ):
            _note_person_role(speaker, discourse)  # not "The veteran politician said" of X
        return resolved or speaker.text
    if speaker.kind == "role":
        opened = len(words) == 2 and words[1].lower().startswith("spokes") and speaker.start
        body = opening_subject(sentence[: speaker.start], discourse) if opened else None
        body = body or spokesperson_of_last_body(words, discourse, index)  # "The council
        if body is not None:  # has spent £900,000, a spokesperson confirmed": the council's
            _spoke_for(body, speaker, discourse, index)
            return body
        _note_person_role(speaker, discourse)
    return speaker.text


# A body's own papers, by what they are or who they went to: "an internal email", "a
# consultation document circulated to department heads"
_INTERNAL = re.compile(
    r"(?i)(?:an?|the)\s+(?:internal\s+(?:[\w-]+\s+)?(?:email|memo|document|letter|report|"
    r"briefing|note|paper|presentation)\b|(?:[\w-]+\s+)?(?:email|memo|document|letter|"
    r"briefing|note|paper)\s+(?:sent|circulated|issued|distributed)\s+to\s+(?:all\s+)?"
    r"(?:its\s+)?(?:staff|employees|workers|department|managers|members|heads)\b)"
)
_SEEN_BY = re.compile(rf"\s+(?:{'|'.join(SEEN_BY)})\s+by\s.*$")
_MADE_BY = re.compile(
    r"(?i)(?:an?|the)\s+(?:[\w-]+\s+){0,2}(?:report|survey|study|poll|analysis|review|audit)\s+"
    r"(?:commissioned|published|carried\s+out|conducted|compiled|released)\s+by\s+(.+)$"
)


def _spoke_for(body: str, speaker: Speaker, discourse: Discourse, index: int) -> None:
    """A spokesperson spoke for ``body`` in sentence ``index``: a "she" after it is them."""
    discourse.role_speakers[body] = gender_of_role(speaker.text)
    discourse.spokesperson_at.pop(body, None)  # the latest last
    discourse.spokesperson_at[body] = index
    mentioned = discourse.mentions.setdefault(index, [])
    if body not in mentioned:  # "A spokesperson said ... She said": the body's
        mentioned.append(body)


def _note_person_role(speaker: Speaker, discourse: Discourse) -> None:
    """An unnamed person who spoke ("a spokeswoman for the airline"): a later "she" may be
    them."""
    head = role_head(CLOSE_TO.sub("", speaker.text))[0]  # "a source close to the star"
    if head in ORG_WORDS or head in ORG_NOUNS:
        return  # "The county government has promised ...": no "she"
    if head in ROLE_WORDS or head.startswith("spokes") or head in CONFIDANTS:
        discourse.role_speakers[speaker.text] = gender_of_role(speaker.text)


def _named_body(words: list[str]) -> str | None:
    """ "the charity Memory Matters" -> "Memory Matters": the name after a lower-case noun
    saying what kind of body it is."""
    for k, word in enumerate(words[:-1]):
        kind = word.lower() in ORG_NOUNS or (k > 0 and word.endswith("s"))  # "the accountants X"
        if kind and word.islower() and word.isalpha() and words[k + 1][:1].isupper():
            return " ".join(words[k + 1 :])
    return None


_ITS_BODIES = frozenset(["ministry", "board", "department", "office", "embassy", "cabinet"])
_ITS_OFFICES = words("leader executive chairman chairwoman chair president director boss founder")
_BODY_NOUNS = frozenset(["regulator", "watchdog", "agency", "ministry", "department", "body"])


def _linked_body_name(words: list[str]) -> bool:
    """ "the Department for Education", "the Ministry of Health": a body's full name, even
    though its last word may also name an office ("the Education Secretary")."""
    linked = [w for w in words[1:] if w in NAME_LINKS]
    named = [w for w in words[1:] if w not in NAME_LINKS]
    return (
        bool(linked)
        and bool(named)
        and all(w[:1].isupper() for w in named)
        and any(w.lower() in ORG_WORDS for w in named)
    )


def is_proper(word: str) -> bool:
    """A capitalised word that is part of a name, not an office or a nationality."""
    return word[:1].isupper() and word.lower() not in ROLE_WORDS and not is_nationality(word)


_FIRMS_STAFF = frozenset(["analysts", "economists", "strategists", "researchers"])
