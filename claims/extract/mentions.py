"""The capitalised runs of a sentence and what each can be: a person with an office, an
organisation, or another name. Worked out from the sentence alone (and cached), so
`discourse.py` only has to decide what the article already knows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from claims.extract.first_names import gender_of
from claims.extract.kinds import COMPANY_NOUNS, NOT_COMPANIES, PORTFOLIOS
from claims.extract.lexicon import NOT_NAMES, ORG_NOUNS, ORG_WORDS, ROLE_WORDS, SPEECH_VERBS, words
from claims.extract.name_kinds import kinds_of_name
from claims.extract.offices import (
    PORTFOLIO_WORDS,
    is_nationality,
    owner_first,
    role_head,
    split_role,
)
from claims.extract.per_sources import per_opening
from claims.extract.tokens import JOINED_PARTICLE, OPENING_ADJECTIVE
from claims.extract.units import SENTENCE_CACHE

_UPPER = "A-ZÀ-ÖØ-ÞĆČĐŁŃŘŚŠŤŹŽ"  # "Élodie", "Łukasz", "Šimon"
# Initials first: "M.K. Selvan" is one run, not "M." and "K.". The first word opens on its
# capital, outside the alternation (initials are capitals too), so that re skips to capitals
# in C. A capital followed by a digit ("R1" of "fined Sasol R1.1 billion") opens no name.
CAPITALISED_RUN = re.compile(
    rf"[{_UPPER}](?!\d)(?:(?<=[A-Z])\.(?:[A-Z]\.)+|[\w’'-]*\.?)(?:\s+(?:(?:de|dela|van|von|al|bin|ibn|"
    rf"da|di|del|der|la|le)\s+){{0,2}}(?:(?:[A-Z]\.){{2,}}|(?:{JOINED_PARTICLE})?[{_UPPER}](?!\d)[\w’'-]*\.?))*"
)
_APPOSITIVE_AFTER_NAME = re.compile(
    r",\s+((?:a|an|the|his|her|its|[A-Z][\w]*[’']s)\s+[^,;“”\"]{2,90}?)(?=,|\.|;|$|\s+(?:said|says|told))"
)
# A court report's counsel: "Harriet Cowling KC, prosecuting," "Ian Brook, defending,"
_COUNSEL_AFTER_NAME = re.compile(r"(?:\s+KC|\s+QC|\s+SC)?,\s+(prosecuting|defending)\b")
_COUNSEL = {"prosecuting": "the prosecutor", "defending": "the defence barrister"}
_ROLE_BEFORE_NAME = re.compile(
    r"\b((?:[Tt]he|[Aa]n?|[A-Z][\w]*(?:[’']s|s[’']))\s+[^,;“”\"]{2,90}?),\s+$"
)
# "her Polish counterpart, Jerzy Nowak": the holder of the same office in another country
_COUNTERPART_BEFORE_NAME = re.compile(
    r"\b((?:[Hh]is|[Hh]er|[Tt]heir)\s+[A-Z]\w+\s+counterpart),\s+$"
)
_RELATIVE_WORDS = frozenset(["who", "which", "whose", "that"])
_PREPOSITIONS = frozenset(
    ["of", "for", "at", "to", "in", "from", "with", "on", "by", "into", "behind"]
)
# Unions worked out once: the hot paths ask them for every word.
_NOT_NAMES_BUT_TITLES = NOT_NAMES - {"mr", "mrs", "ms", "dr"}
# People written before their names: "Residents Joan and Phil Marsh said"
PEOPLE_BEFORE = words(
    """residents villagers neighbours neighbors parents campaigners pensioners farmers
    shopkeepers tenants homeowners volunteers nurses teachers students"""
)
_NOT_NAMES_OR_PREPOSITIONS = NOT_NAMES | _PREPOSITIONS
_OPENING_NOT_NAMES = _NOT_NAMES_BUT_TITLES | PEOPLE_BEFORE  # worked out once
_PLACE_WORDS = words(
    """region city street war sea river island islands mountains state county province
    oblast district square valley road avenue bay gulf ocean coast east west north south
    central republic kingdom states park market airport station stadium bridge harbour
    harbor lake forest hills heights mall new falls springs creek beach village southeast
    northeast southwest northwest asia africa europe america"""
)
_ORG_NOUN_BEFORE = re.compile(r"\b([a-z]+(?:-[a-z]+)?)\s+$")  # "the start-up Halcyon"
_LOWER_TAIL = re.compile(r"[a-z\s-]*")


def _org_noun_before(sentence: str, end: int) -> re.Match[str] | None:
    """``_ORG_NOUN_BEFORE.search(sentence[:end])``, over the last 40 characters unless
    they are all lower-case letters, hyphens and spaces (the tail of a longer match)."""
    start = max(0, end - 40)
    if start and _LOWER_TAIL.fullmatch(sentence, start, end):
        start = 0
    return _ORG_NOUN_BEFORE.search(sentence, start, end)


_OBJECT_BEFORE = re.compile(r"\b(?:before|to|into|in|at|from|with|against|by)\s+(?:the\s+)?$")
_A_KIND_BETWEEN_COMMAS = re.compile(r",\s+an?\s+(?:[\w'’-]+\s+){0,3}?[a-z]+,")
_ORG_NOUN_AFTER = re.compile(
    r",\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}?([a-z]+)(?=,|\.|\s+(?:that|which|said))"
)


_NOUN_RIGHT_AFTER = re.compile(r"\s+([a-z]+)\b")
_OWNED_BY = ("owned by ", "operated by ", "run by ", "proposed by ", "developed by ", "built by ",
             "made by ", "-based ", "Shares in ", "shares in ", "Shares of ", "shares of ",
             "stake in ")  # fmt: skip
# Bodies written as name + noun ("the GMB union"); "the Detroit carmaker" is a place + noun.
_NAMED_BODIES = frozenset(["union", "federation", "association", "charity", "trust"])
# Words of a name that say what kind of body it is: "SkyBridge Airways" is an airline.


@dataclass(frozen=True)
class Run:
    """What a capitalised run of a sentence can be, worked out from the sentence alone."""

    start: int
    name_words: tuple[str, ...] | None  # a person's name, if the run can be one
    roles: tuple[str, ...]  # office words written before the name
    role_texts: tuple[str, ...]  # those, an appositive after, a role phrase before
    org_name: str | None  # the name as an organisation, if the run can be one
    org_kinds: frozenset[str]  # "the charity Sea Lifeline", "HomeLedger, the platform,"
    org_word: bool  # holds a word of organisations' names ("Ministry", "Institute")
    other_name: bool  # worth keeping as a name that is neither person nor organisation
    single: bool  # one word


@lru_cache(maxsize=SENTENCE_CACHE)  # repeated wire copy and boilerplate: read once
def runs_of(sentence: str) -> tuple[Run, ...]:
    return tuple(
        _run(sentence[start:end], sentence, start, end) for start, end in name_spans(sentence)
    )


@lru_cache(maxsize=SENTENCE_CACHE)
def name_spans(sentence: str) -> tuple[tuple[int, int], ...]:
    """Where the capitalised runs of a sentence are, a body's name with small words inside
    ("Ministry of Defence", "Save the Otters Foundation") one run."""
    spans: list[tuple[int, int]] = []
    for match in CAPITALISED_RUN.finditer(sentence):
        opener = None if match.start() else OPENING_ADJECTIVE.match(sentence)
        if not match.start() and per_opening(sentence):  # "Per Eurostat, inflation rose":
            opener = _PER.match(sentence)  # Eurostat, not a man named Per
        start = opener.end() if opener else match.start()  # "Leaked Treasury papers": the Treasury
        if spans and _joined_name(sentence, spans[-1], start, match.end()):
            spans[-1] = (spans[-1][0], match.end())  # "Ministry of Defence", one body
        else:
            spans.append((start, match.end()))
    return tuple(spans)


def _joined_name(sentence: str, previous: tuple[int, int], start: int, end: int) -> bool:
    """ "Ministry" + " of " + "Defence", "Office" + " for " + "National Statistics": a body's
    name runs on over "of" or "for" after a word of organisations' names; any name over
    "&" ("Steel & Allied", "Grant & Pelham"); "Save the", "Friends of the", "Campaign to";
    "Australian Competition" + " and " + "Consumer Commission"."""
    between = sentence[previous[1] : start]
    if between == " & ":
        return True
    joined = sentence[previous[0] : previous[1]]
    before = joined.removeprefix("The ").split()
    last = before[-1].lower()
    if between == " the ":
        return len(before) == 1 and last in {"save", "stop", "help"}
    if between in {" of ", " of the "} and last == "friends":
        return True  # "Friends of the Earth"
    if between == " to ":
        return last in {"campaign", "coalition", "alliance"}  # "Campaign to Protect ..."
    if between == " and ":  # "Australian Competition and Consumer Commission", not
        after = sentence[start:end].split()  # "Ofcom and Ofwat"; "Commission on Housing"
        linked = any(f" {w} " in joined for w in ("of", "for", "on"))  # + " and Planning"
        return (len(after) > 1 and after[-1].lower() in ORG_WORDS) or (linked and len(after) == 1)
    if between not in {" of ", " for ", " on "}:
        return False
    return last in ORG_WORDS


def _run(text: str, sentence: str, start: int, end: int) -> Run:
    person = _person_parts(text, sentence, start, end)
    name_words, roles, role_texts = person if person else (None, (), ())
    words = text.split()
    org_start = start
    while words and (words[0].lower().rstrip(".") in NOT_NAMES or words[0].endswith("-based")):
        org_start += len(words[0]) + 1
        words = words[1:]
    owned = sentence[end : end + 1] in {",", ".", ";", ")", ""} or _owned_by(sentence, org_start)
    if words and words[-1].endswith(("'s", "’s")) and not owned:  # "Brackenford United's
        words = [*words[:-1], words[-1][:-2]]  # losses": a body if its words say so;
        # "Russia's" is none, but "Shares in Hartwell's, the chain," name it
        if not (kinds_of_name(words) or any(w.lower() in ORG_WORDS for w in words)):
            words = []
    if len(words) == 1 and words[0].lower() in ORG_NOUNS and org_start > start:
        words = []  # a release's "the Company", "the Group": a defined term, not a name
    office = _NEXT_LOWER.match(sentence, end) if len(words) == 1 else None
    if office is not None and words[0].lower() in ROLE_WORDS and office.group(1) in ROLE_WORDS:
        words = []  # "Chief executive Laura Bettany": an office opening the sentence
    portfolio = all(w.lower() in PORTFOLIO_WORDS for w in words)
    if words and portfolio and _PORTFOLIO_OFFICE.match(sentence, end):
        words = []  # "Industry minister Karin Eklund", "Work and pensions secretary Liz
        # Porter": a portfolio, no body a later "the company" could mean
    kind_first = words[0].lower() if len(words) > 1 and not sentence[:org_start].strip() else ""
    if kind_first in COMPANY_NOUNS and not any(w.lower() in ORG_WORDS for w in words[1:]):
        words = words[1:]  # "Airline Skyward said": Skyward, an airline (not "Airline
        org_start += len(kind_first) + 1  # Pilots Association")
    else:
        kind_first = ""
    if len(words) == 1 and not sentence[:org_start].strip() and _PARTICIPLE.match(text):
        verb = _NEXT_LOWER.match(sentence, end)  # not "Boeing delivered 24 jets", "Boeing said"
        acts = verb is not None and (verb.group(1).endswith("ed") or verb.group(1) in _ACTS)
        words = words if acts else []  # "Giving evidence, Dr Shah said": a participle
    if not words:
        return Run(start, name_words, roles, role_texts, None, frozenset(), False, False, False)
    name = " ".join(words).rstrip(".")
    if name.endswith(("s'", "s’")):
        name = name[:-1]  # "Norvale Motors' plant": the company is "Norvale Motors"
    kinds: set[str] = {kind_first} if kind_first else set()
    before = _org_noun_before(sentence, org_start)
    if before and before.group(1) in ORG_NOUNS:
        kinds.add(before.group(1))  # "the charity Sea Lifeline", "budget airline Aerolux"
    after = _ORG_NOUN_AFTER.match(sentence, end)
    a_kind = after is not None and _A_KIND_BETWEEN_COMMAS.match(sentence, end) is not None
    if after and not a_kind and _OBJECT_BEFORE.search(sentence, max(0, org_start - 12), org_start):
        after = None  # "In a report laid before Parliament, the spending watchdog said"; but
        # "by the Hearth Trust, a fuel-poverty charity," says what the Trust is
    if after and after.group(1) in ORG_NOUNS:
        kinds.add(after.group(1))  # "HomeLedger, the property platform,"
    following = _NOUN_RIGHT_AFTER.match(sentence, end)
    if (
        following
        and following.group(1) in _NAMED_BODIES
        and not sentence[following.end() : following.end() + 2].strip()[:1].isupper()
    ):  # not "the German-Italian charity SeaLine Rescue": the name comes after
        kinds.add(following.group(1))  # "The CrewFirst union said"
    if not (before and before.group(1) in NOT_COMPANIES):  # "the union Steel & Allied":
        kinds |= kinds_of_name(words)  # a union, though its name says steel
    if _owned_by(sentence, org_start) or _incorporated(sentence, end):
        kinds.add("company")  # "the Kgotso shaft, owned by Rand Meridian Platinum"
    apposed = _role_before(sentence, start)
    if apposed and role_head(apposed.group(1))[0] in ORG_NOUNS:
        kinds.add(role_head(apposed.group(1))[0])  # "the port's operator, Harwell Docks"
    org_word = any(w.lower() in ORG_WORDS for w in words)
    other = (len(words) > 1 or not words[0].isupper()) and name.lower() not in NOT_NAMES
    other = other and words[-1].lower() not in _PLACE_WORDS  # "Harlow Road" is no company
    return Run(
        start, name_words, roles, role_texts, name, frozenset(kinds), org_word, other,
        len(words) == 1,
    )  # fmt: skip


_PER = re.compile(r"Per\s+")
_PARTICIPLE = re.compile(r"[A-Z][a-z]+ing$")
_OWNERS = ("'s", "’s", "s'", "s’")
_PORTFOLIO_OFFICE = re.compile(
    r"(?:\s+[a-z]+){0,2}?\s+(?:minister|secretary|commissioner|spokes(?:man|woman|person))\b"
)
_OFFICE_FOR_THE = re.compile(
    r"\b(?:Minister|Secretary|Commissioner|Director)\s+(?:of|for)\s+the\s+$"
)
_NEXT_LOWER = re.compile(r"\s+([a-z]+)\b")
_ACTS = SPEECH_VERBS | words("has have had is was will would could cut sold made won lost")


def _person_parts(
    text: str, sentence: str, start: int, end: int
) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]] | None:
    """Name words, office words and role phrases of a run that can name a person."""
    words = text.split()
    while words and words[0].lower().rstrip(".") in _OPENING_NOT_NAMES:
        start += len(words[0]) + 1
        words = words[1:]
    titled = len(words) > 1 and words[0].lower().rstrip(".") in {"mr", "mrs", "ms", "dr"}
    given = len(words) > 1 and gender_of(words[0]) is not None  # "Sarah Ng's husband"
    if words and words[-1].endswith(("'s", "’s")) and (titled or given):
        words[-1] = words[-1][:-2]  # "Mr Pyne's third sheet": Mr Pyne
    elif words and words[-1].endswith(("'s", "’s")):
        return None  # "Russia's": a possessive, not a name
    owner: int | None = None
    if "'" in text or "’" in text:  # most runs hold no possessive; "Kernow Networks' Jill"
        owner = next((k for k, w in enumerate(words[:-1]) if w.endswith(_OWNERS)), None)
    if owner is not None:  # "the Chronicle's Mark Tessier": the reporter, not the paper
        start += sum(len(w) + 1 for w in words[: owner + 1])
        words = words[owner + 1 :]
    after_the = sentence[:start].rstrip().endswith("the")  # most runs are not: no slow search
    if after_the and _OFFICE_FOR_THE.search(sentence, 0, start):  # "Commissioner for the
        while len(words) > 2 and words[0].lower() in PORTFOLIOS:  # Environment Tokunbo Wahab": the
            start += len(words[0]) + 1  # portfolio is no part of the name
            words = words[1:]
    roles, name_words = split_role(words)
    if not name_words or any(w.lower().rstrip(".") in ORG_WORDS for w in name_words):
        return None
    if len(name_words) > 1 and name_words[0].lower() in COMPANY_NOUNS:
        return None  # "Airline Skyward", "Carmaker Voltis": a company and its kind
    if roles and all(r.lower() in COMPANY_NOUNS for r in roles):
        return None  # "Carmaker Voltis", "Grocer Pennyworth": the kind read as an office
    if len(name_words) == 1 and roles and all(is_nationality(r) for r in roles):
        return None  # "Swiss Re", "German Telekom": a body, not a person called Re
    owned = _owned_by(sentence, start) and not roles and gender_of(name_words[0]) is None
    if kinds_of_name(name_words) or owned or _incorporated(sentence, end):
        return None  # "Kestrel Copper Mining", "owned by Harwell", "Velmora plc": a company;
        # not "proposed by Mayor Denise Okafor"
    kind_before = _ORG_NOUN_BEFORE.search(sentence, max(0, start - 20), start)
    if kind_before and kind_before.group(1) in ORG_NOUNS and not roles:
        return None  # "the charity SeaLine Rescue": a body
    name_words[-1] = _without_full_stop(name_words[-1])
    if name_words[-1].lower() in _PLACE_WORDS or name_words[0].lower() in _PLACE_WORDS:
        return None
    if sentence[end : end + 3].lstrip()[:1].isdigit():
        return None  # "Boeing 737", "Airbus A320": a product, not a person
    if _a_bodys_premises(sentence, start, end) and gender_of(name_words[0]) is None:
        return None  # "workers at the Wolds Valley Eggs site": a company's, not a person's
    role_texts = [" ".join(roles)] if roles else []
    appositive = _APPOSITIVE_AFTER_NAME.match(sentence, end)
    if appositive:
        role_texts.append(appositive.group(1))
    counsel = _COUNSEL_AFTER_NAME.match(sentence, end)
    if counsel:  # "Harriet Cowling KC, prosecuting, told the jury": later "the prosecutor"
        role_texts.append(_COUNSEL[counsel.group(1)])
    before = _role_before(sentence, start)
    if before:
        role_texts.append(before.group(1))
    office = _office_right_before(sentence, start)
    if office and not roles:
        role_texts.append(office)  # "returning officer Claire Mensah said"
    if not roles and any(role_head(t)[0] in ORG_NOUNS for t in role_texts):
        return None  # "the port's operator, Harwell Docks,": a company, not a person
    role_texts += [o for t in role_texts if (o := owner_first(t))]  # "The head of the water
    return tuple(name_words), tuple(roles), tuple(role_texts)


def _a_bodys_premises(sentence: str, start: int, end: int) -> bool:
    """ "the Harwell Foods plant", "the Ridgeway Paper mill": a name between "the" and a
    place of work."""
    after = _NOUN_RIGHT_AFTER.match(sentence, end)
    return (
        after is not None
        and after.group(1) in _PREMISES
        and sentence[max(0, start - 4) : start].lower() == "the "
    )


_PREMISES = words("site plant factory works farm depot mill warehouse facility premises mine")


def _owned_by(sentence: str, start: int) -> bool:
    """ "owned by X", "proposed by X" right before a name: a company."""
    return sentence[max(0, start - 12) : start].endswith(_OWNED_BY)


def _office_right_before(sentence: str, start: int) -> str | None:
    """An office written in lower case right before a name: "chief executive" in "chief
    executive Anjali Rhys-Menon told The Ledger"."""
    office: list[str] = []
    for word in reversed(sentence[max(0, start - 50) : start].split()[-3:]):
        if word.lower() in _QUALIFIED and office:  # "Shadow chancellor Giles Pembury"
            office.insert(0, word.lower())
            break
        if office and word[:1].isupper() and word.isalpha() and not word.isupper():
            office.insert(0, word)  # "Chelsea manager Paolo Verdana": whose manager,
            break  # for a later "the Chelsea boss"
        lower = word.replace("-", "").isalpha() and word.islower()  # "great-grandmother"
        if not lower or word in _NOT_NAMES_OR_PREPOSITIONS:
            break
        if word in SPEECH_VERBS or word.endswith("ed"):
            break  # "said chief executive X": the office only
        office.insert(0, word)
    while office and office[-1] not in ROLE_WORDS and not is_nationality(office[-1]):
        office.pop()  # "French rider Luc Moreau": French, for a later "the Frenchman"
    return " ".join(office) if office and len(office) <= 3 else None


_QUALIFIED = frozenset(["shadow", "former", "deputy", "acting", "interim"])


def _incorporated(sentence: str, end: int) -> bool:
    """ "plc", "S.A." right after a name: a company."""
    return _COMPANY_SUFFIX.match(sentence, end) is not None


_COMPANY_SUFFIX = re.compile(r"\s+(?:plc|PLC|LLC|AG|SE|NV|S\.A\.|S\.p\.A\.|GmbH)\b")


def _role_before(sentence: str, start: int) -> re.Match[str] | None:
    """ "the port's operator, ", "her Polish counterpart, " right before a name: an
    appositive role phrase."""
    if sentence[start - 2 : start] != ", ":
        return None
    at = max(0, start - 100)
    while (found := _ROLE_BEFORE_NAME.search(sentence, at, start)) is not None:
        if not _CLAUSE_INSIDE.search(found.group(1)):
            return found
        at = found.start() + 1  # not "the concession announced by the Work and Pensions
        # Secretary, Rachel Ondaatje": the office is the phrase after "by"
    return _COUNTERPART_BEFORE_NAME.search(sentence, max(0, start - 40), start)


_CLAUSE_INSIDE = re.compile(
    r"\b(?:(?!accused\b|retired\b)[a-z]{3,}ed|by|when|as|after|that|which|said|says|told|tells)\b"
)


def _without_full_stop(word: str) -> str:
    """ "Tregarth." at the end of a sentence is "Tregarth"; an initial ("F.") or a
    suffix ("Jr.") keeps its point."""
    if word.endswith(".") and len(word) > 3 and word.lower() not in {"jr.", "sr."}:
        return word[:-1]
    return word
