"""Kinds of body and of office the discourse tracker tells apart: the nouns that point back
at a company ("the airline"), bodies that are never "the company", portfolios that tell
one minister from another, and the words that give a role its gender."""

from __future__ import annotations

import re

from claims.extract.lexicon import ORG_NOUNS, words

FEMALE = words("""mrs ms miss madam spokeswoman chairwoman congresswoman queen princess""")
MALE = frozenset(["mr", "sir", "spokesman", "chairman", "congressman", "king", "prince"])

COMPANY_NOUNS = frozenset(
    [
        "start-up",
        "startup",
        "group",
        "airline",
        "carrier",
        "company",
        "firm",
        "carmaker",
        "automaker",
        "club",
        "charity",
        "platform",
        "operator",
        "retailer",
        "manufacturer",
        "insurer",
        "lender",
        "broadcaster",
        "developer",
        "maker",
        "producer",
        "giant",
        "chain",
        "utility",
        "grocer",
        "supermarket",
        "housebuilder",
        "brewer",
        "drugmaker",
        "chipmaker",
        "exporter",
        "telco",
        "conglomerate",
        "refiner",
        "reinsurer",
        "planemaker",
        "shipbuilder",
        "steelmaker",
        "miner",  # "Northpeak Resources has warned ... The miner said"
        "installer",  # "Lumen Solar, the Ohio panel installer,"
        "brand",
    ]
)
# Kinds of body that are never "the company": "the company said" is not the union.
NOT_COMPANIES = frozenset(
    [
        "union",
        "ministry",
        "council",
        "university",
        "department",
        "agency",
        "charity",
        "police",
        "government",
    ]
)
# Offices that tell one minister (secretary, spokesperson) from another.
PORTFOLIOS = words(
    """foreign defence defense finance health interior economy economic trade home energy
    education transport justice environment housing culture agriculture labour work
    pensions treasury business digital science security immigration climate"""
)


def other_portfolio(wanted: set[str] | frozenset[str], held: set[str] | frozenset[str]) -> bool:
    """ "the energy minister" is not the foreign minister: both name a portfolio, and not
    the same one. Nor is "the Chancellor" the shadow chancellor, or "the minister" a former
    one: an office so qualified is another office."""
    asked, given = wanted & PORTFOLIOS, held & PORTFOLIOS
    return bool(asked and given and not asked & given) or bool((held ^ wanted) & _OTHER_OFFICE)


_OTHER_OFFICE = frozenset(["shadow", "former", "ex", "deputy", "junior", "assistant"])


LEDE_OFFICES = words(
    """minister secretary president chancellor premier mayor governor senator leader chief
    executive chairman chairwoman chair commissioner director spokesman spokeswoman head
    official coordinator boss manager"""
)
BODY_HEADS = frozenset(["trust", "council", "union", "party", "police", "force", "board"])
# Nouns for a body and the kinds of name they stand for: "the lender" for a bank, "the
# regulator" for an authority or a commission.
_REGULATORS = frozenset(["authority", "commission", "office", "regulator", "watchdog"])
SAME_KIND: dict[str, frozenset[str]] = {
    "lender": frozenset(["bank"]),
    "bank": frozenset(["lender"]),
    "carrier": frozenset(["airline"]),
    "airline": frozenset(["carrier"]),
    "regulator": _REGULATORS,
    "watchdog": _REGULATORS,
    "department": frozenset(["ministry"]),  # the MoD; "the Home Office" by its last word
    "ministry": frozenset(["department"]),
    # "Cal Fire ... the agency": a public body called a department, service or office
    "agency": frozenset(["department", "service", "office", "administration", "bureau"]),
    "union": frozenset(["alliance", "federation", "association", "guild"]),  # a trade union
    # "the Dene Valley Maternity Review ... according to the panel"
    "panel": frozenset(["review", "inquiry", "commission", "committee"]),
    "inquiry": frozenset(["review", "commission"]),
    "newspaper": frozenset(["paper", "daily", "tabloid"]),  # "The Daily Ledger ... the paper"
    "paper": frozenset(["newspaper", "daily", "tabloid"]),
    # "the Institute for Fiscal Studies ... The think tank said"
    "think-tank": frozenset(["institute", "foundation", "centre", "center", "forum", "trust"]),
}
# What a bare "the agency" may stand for besides those: any public body, a UN one too
# ("the World Food Programme ... The agency said"); "the regional health agency" is its own.
PUBLIC_BODIES = words(
    """council commission authority institute centre center survey organization
    organisation programme program"""
)
SYNONYMS = {
    "senator": ("senator", "sen"),  # "Sen. Ramon Villareal ... the senator said"
    "governor": ("governor", "gov"),
    "leader": ("president", "prime", "premier", "chancellor", "leader"),
    "judge": ("judge", "justice"),  # "Mrs Justice Harcourt ... The judge said"
    "boss": ("boss", "manager", "coach", "chief"),  # "Chelsea manager X ... The Chelsea boss"
    "skipper": ("skipper", "captain"),
    "lawyer": ("lawyer", "attorney", "solicitor", "barrister", "counsel"),  # "Mills' attorney,
    "attorney": ("attorney", "lawyer", "counsel"),  # Rebecca Stone, ... The defense lawyer"
    "forecaster": ("forecaster", "meteorologist"),  # "Meteorologist X ... The forecaster"
    "accused": ("accused", "defendant"),  # "The defendant, Liam Crossley, ... The accused"
    "defendant": ("defendant", "accused"),
    "captain": ("captain", "skipper"),
    "executive": ("executive", "head"),  # "The head of the water regulator, Hannah
    # Creswell, ... the regulator's chief executive told MPs"
    "head": ("head", "headteacher", "headmaster", "headmistress"),  # "The school's
    "headteacher": ("headteacher", "head", "headmaster", "headmistress"),  # headteacher,
    # Karen Bell, ... the head said"
    "academic": ("academic", "professor", "lecturer", "researcher"),
    "doctor": ("doctor", "gp", "physician", "surgeon", "consultant", "dr"),  # "Dr Sarah
    "gp": ("gp", "doctor"),  # Jones, a GP in Leeds, ... the doctor said"
    "star": ("star", "actor", "actress", "singer", "rapper", "comedian", "presenter"),
    "cop": (  # "Police Commissioner Vivek Phansalkar ... The top cop said"
        "cop", "commissioner", "chief", "officer", "detective", "inspector", "superintendent",
        "sheriff",
    ),
    "officer": (  # "Detective Inspector Aisha Bramwell ... The officer added"
        "officer", "detective", "inspector", "sergeant", "constable", "superintendent",
        "commander", "chief",
    ),
}  # fmt: skip


# Adjectives that leave "the budget airline", "the German carmaker" pointing back at a
# company already named; any other lower-case modifier names a body of its own.
_GENERIC_MODIFIERS = words(
    """budget low-cost big bigger biggest large larger largest small smaller major
    troubled embattled struggling listed private public former new old same rival
    family-owned state-owned loss-making luxury"""
)


def describes(word: str) -> bool:
    """ "grid" in "the grid operator": a lower-case modifier that says which body."""
    lowered = word.lower()
    return (
        word.isalpha()
        and word.islower()
        and lowered not in _GENERIC_MODIFIERS
        and not lowered.endswith(("ed", "ing", "ful", "ous", "ive", "ic", "ian", "ish", "ese"))
    )


POLITICAL = frozenset(["ruling", "opposition", "governing", "campaign", "pressure", "lobby"])


def gender_of_role(noun_phrase: str) -> str | None:
    """ "f" for "a spokeswoman", "m" for "the chairman", None when the phrase does not say."""
    lowered = {w.lower().rstrip(".") for w in noun_phrase.split()}
    if lowered & FEMALE:
        return "f"
    if lowered & MALE:
        return "m"
    return None


# Bodies and offices as an article first names them: "A RegionLink spokesperson", "Kent
# Police", a lede's "The energy minister ..." before the holder is named.
BODY_SPOKESPERSON = re.compile(
    r"\b(?:[Aa]n?|[Tt]he)\s+((?:[A-Z][\w&-]*\s+){1,4})spokes(person|woman|man)\b"
)
FORCE_WORDS = frozenset(
    ["Police", "Constabulary", "PSNI", "NYPD", "LAPD", "RCMP", "SAPS", "Garda", "Gardaí", "Gardai"]
)
# lede offices any officer may hold: a chief executive is "the head of the company"
ANY_OFFICE = frozenset(["head", "official", "boss", "manager"])
LEDE_ROLE = re.compile(
    r"\s*(The|the|An?|(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*['’]s)\s+([A-Za-z'’-]+(?:\s+[A-Za-z'’-]+){0,4})"
)  # "The energy minister", "Greater Manchester's mayor"
_TACKED_ROLE = re.compile(
    r",\s+(the|an?)\s+([a-z][\w'’-]*(?:\s+[\w'’-]+){0,6}?)\s+(?:said|says|told|tells)\b"
)  # "..., the head of a leading growers' group told Reuters"


def lede_office(sentence: str, tacked: bool = False) -> str | None:
    """The office a lede opens with ("The energy minister was pressed ..."), or with
    ``tacked`` the one it tacks on ("..., the head of a leading growers' group told
    Reuters"), before naming its holder."""
    lede = _TACKED_ROLE.search(sentence) if tacked else LEDE_ROLE.match(sentence)
    found = lede.group(2).split() if lede else []
    head = next((k for k, w in enumerate(found) if w.lower() in LEDE_OFFICES), None)
    if lede is None or head is None:
        return None
    return lede.group(1).lower() + " " + " ".join(found[: head + 1])


def plural_of_a_kind(word: str) -> bool:
    """ "Charities", "Supermarkets", "Airlines": a kind of body, in the plural, that a list of
    its names follows ("Charities Shelter and Crisis said": Shelter and Crisis)."""
    lowered = word.lower()
    if not lowered.endswith("s") or lowered.endswith("ss"):
        return False
    single = lowered[:-3] + "y" if lowered.endswith("ies") else lowered[:-1]
    return single in ORG_NOUNS and single not in _NOT_A_KIND_BEFORE_NAMES


_NOT_A_KIND_BEFORE_NAMES = frozenset(["report", "study", "survey", "poll"])


def other_body(head: str, wanted: frozenset[str], held: frozenset[str]) -> bool:
    """ "the health ministry" after "The civil protection ministry said": a body's noun
    whose topic words, on both sides, do not meet is another body."""
    if head not in ORG_NOUNS:
        return False
    asked, given = wanted - _VAGUE_TOPICS, held - _VAGUE_TOPICS
    return bool(asked and given and not asked & given)


_VAGUE_TOPICS = frozenset(["local", "national", "new", "main", "same", "state", "federal", "city"])
