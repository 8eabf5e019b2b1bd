"""What stands around a name: offices and titles before it ("Russian President", "Dr",
"Minister for Housing"), letters after it ("KC"), and nationalities ("the Swiss"); and
the head noun of a role ("the acting governor of the region": governor)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from claims.extract.kinds import PORTFOLIOS
from claims.extract.lexicon import ROLE_WORDS, words
from claims.extract.units import SENTENCE_CACHE

_RELATIVE_WORDS = frozenset(["who", "which", "whose", "that"])
_PREPOSITIONS = frozenset(
    ["of", "for", "at", "to", "in", "from", "with", "on", "by", "into", "behind"]
)


# Portfolios written between an office and its holder: "Minister for Housing Darragh Flynn"
PORTFOLIO_WORDS = PORTFOLIOS | words(
    """road roads civil aviation works power mines petroleum information communications
    youth sports tourism industry water lands local government urban rural social welfare
    development planning affairs women children technology and the state care food
    heritage communities levelling up net zero media sport skills equalities innovation
    veterans policing fisheries forestry regional arts"""
)


_NATIONALITIES = words(
    """us uk eu un nato american british russian ukrainian chinese french german italian
    spanish israeli palestinian iranian iraqi syrian turkish indian pakistani japanese
    korean polish dutch belgian swiss swedish norwegian danish finnish irish scottish
    welsh english european african australian canadian mexican brazilian egyptian saudi
    afghan lebanese greek portuguese austrian hungarian czech romanian bulgarian serbian
    croatian belarusian georgian armenian nigerian kenyan western federal national"""
)


def split_role(words: Sequence[str]) -> tuple[list[str], list[str]]:
    """Split "Russian President Vladimir Putin" into role words and name words."""
    roles, name = _split_role(tuple(words))
    return list(roles), list(name)  # lists of their own: callers trim the name


@lru_cache(maxsize=SENTENCE_CACHE)  # a name comes back sentence after sentence
def _split_role(words: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    index = 0
    while index < len(words) - 1 or (index < len(words) and is_title(words[index])):
        word = words[index]
        lowered = word.lower()
        if lowered == "tan" and words[index + 1 : index + 2] != ("Sri",):
            break  # "Tan Sri" is a Malaysian title, "Tan Wei Ling" a name
        if lowered in ROLE_WORDS or is_nationality(word) or is_title(word):
            index += 1
            continue
        linked = lowered in {"of", "for"} and index > 0 and words[index - 1].lower() in ROLE_WORDS
        if linked:  # "Minister for Housing Darragh Flynn", "Minister of Road Transport Shri X"
            portfolio = index + 1
            while portfolio < len(words) - 2 and words[portfolio].lower() in PORTFOLIO_WORDS:
                portfolio += 1
            if portfolio > index + 1:
                index = portfolio
                continue
        break
    # "Border Security Minister Helen Aske", "Health Cabinet Secretary Esther Kirui": a
    # portfolio the lists lack, or a second office word after the first
    first = index + 1 if index == 0 else index
    office = next(
        (k for k in range(first, min(index + 4, len(words) - 2)) if words[k].lower() in _OFFICES),
        None,
    )
    if office is not None:
        index = office + 1
        if index < len(words) - 2 and words[index].lower() in {"of", "for"}:
            index += 1  # "Union Minister of Road Transport Shri Rakesh Malhotra"
            while index < len(words) - 2 and words[index].lower() in PORTFOLIO_WORDS:
                index += 1
        while index < len(words) - 2 and (
            is_title(words[index]) or words[index].lower() in ROLE_WORDS
        ):
            index += 1  # "Road Transport Minister Shri Arvind Joshi", "Commissioner General X"
    name = words[index:]
    while len(name) > 2 and name[-1].lower() in _SUFFIXES:
        name = name[:-1]
    return words[:index], name


_OFFICES = words(  # "Liberal Democrat MP Fiona Rennard": a party before the office
    """minister secretary president chancellor commissioner governor mayor mp msp mep mla
    senator councillor leader sheriff judge attorney prosecutor coroner treasurer
    comptroller supervisor administrator director clerk auditor superintendent maj maj. capt
    capt. lt lt. sgt sgt. col col. det det. insp insp. supt supt. cmdr cmdr. premier boss
    mec cs chief treasurer
    manager coach captain skipper striker midfielder defender goalkeeper executive chairman
    chairwoman ceo cfo coo founder"""
)


@lru_cache(maxsize=SENTENCE_CACHE)  # one speaker's phrase is asked about by several rules
def role_head(noun_phrase: str) -> tuple[str, frozenset[str]]:
    """Head noun and modifiers of a role phrase: "the acting governor of the region"."""
    words = [w.lower().strip(".,") for w in noun_phrase.split()]
    words = [w[:-2] if w.endswith(("'s", "’s")) else w for w in words]
    if words[-2:] == ["think", "tank"]:  # "the think tank": a think-tank
        words[-2:] = ["think-tank"]
    for index, word in enumerate(words):
        if (word in _PREPOSITIONS or word in _RELATIVE_WORDS) and index > 0:
            words = words[:index]  # "a nurse who has worked at the home": a nurse
            break
    if len(words) > 1 and words[-1] in _BESIDE_A_SOURCE:
        words = words[:-1]  # "sources close to the club", "people familiar with the talks"
    content = [w for w in words if w not in {"the", "a", "an", "his", "her", "its", "their"}]
    if not content:
        return "", frozenset()
    head = _DEMONYMS.get(content[-1], content[-1])  # "the Dutchman": the Dutch one
    return head, frozenset(content[:-1])


def owner_first(role_text: str) -> str | None:
    """ "The head of the water regulator" -> "water regulator head": a top office with the
    body it heads as its modifiers, so that "the regulator's chief executive" finds it; None
    for any other role."""
    found = _HEAD_OF.match(role_text)
    return f"{found.group(2)} {found.group(1)}" if found else None


_HEAD_OF = re.compile(
    r"(?:[Tt]he\s+|[Aa]\s+)?(?:new\s+|former\s+)?(head|chief|boss|leader|director|chair|"
    r"chairman|chairwoman|president)\s+of\s+the\s+((?:[\w'’-]+\s+){0,3}[\w'’-]+)$"
)


# Nouns for a person of a nationality, as the nationality: "the Frenchman" is "French"
_DEMONYMS = {
    "dutchman": "dutch", "dutchwoman": "dutch", "frenchman": "french", "frenchwoman": "french",
    "englishman": "english", "englishwoman": "english", "irishman": "irish",
    "irishwoman": "irish", "scotsman": "scottish", "scotswoman": "scottish",
    "welshman": "welsh", "welshwoman": "welsh", "briton": "british", "spaniard": "spanish",
    "swede": "swedish", "dane": "danish", "finn": "finnish", "pole": "polish",
    "turk": "turkish", "czech": "czech", "scot": "scottish", "greek": "greek",
}  # fmt: skip


_BESIDE_A_SOURCE = frozenset(["close", "familiar", "near", "briefed", "involved", "aware"])


def is_title(word: str) -> bool:
    """A title written before a name: "Mr", "Dr.", "Cllr", "Shri"."""
    return word.lower() in _TITLES


_TITLES = words(
    """mr. mrs. ms. dr. prof. sen. rep. gov. gen. rev. fr. supt. insp. det. cllr. hon. mr mrs
    ms dr prof sir dame lord lady cllr cr cr. miss supt ch insp sgt dci atty. engr. atty engr
    datuk dato datin seri tan sri tun asst. sec. usec. shri smt smt. alhaji alhaja hajia
    dc ds di pc dsupt"""
)
# Letters after a British lawyer's or officer's name: "Simon Kerr KC".
_SUFFIXES = words("kc qc mp mep obe mbe cbe jr jr. sr sr. phd")


def is_nationality(word: str) -> bool:
    return word.strip(".").replace(".", "").lower() in _NATIONALITIES
