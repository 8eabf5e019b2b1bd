"""What kind of body a name says it is, from its own words: "SkyBridge Airways" an
airline, "Ellery Rovers" a club, "University and College Union" a union, "Unite" a union."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

_NAME_KINDS = {
    "airways": "airline", "airlines": "airline", "union": "union", "bank": "bank",
    "council": "council", "university": "university", "ministry": "ministry",
    "systems": "company", "group": "company", "holdings": "company", "foods": "company",
    "motors": "company", "technologies": "company", "mining": "company", "plc": "company",
    "ltd": "company", "inc": "company", "corp": "company", "industries": "company",
    "platinum": "company", "gold": "company", "steel": "company", "pharma": "company",
    "pharmaceuticals": "company", "insurance": "company", "energy": "company",
    "department": "department", "agency": "agency", "authority": "authority",
    "institute": "institute", "office": "office", "commission": "commission",
    "rovers": "club", "wanderers": "club", "athletic": "club", "albion": "club", "fc": "club",
    "hotspur": "club", "therapeutics": "company", "biotech": "company", "renewables": "company",
    "biosciences": "company", "logistics": "company", "shipping": "company",
    "utilities": "utility", "chemicals": "company", "textiles": "company",
    "semiconductors": "company", "semiconductor": "company", "diagnostics": "company",
    "government": "government",
    "front": "group", "movement": "group", "brigades": "group", "militia": "group",
    "chambers": "chamber", "chamber": "chamber", "federation": "federation",
    "alliance": "alliance", "association": "association", "guild": "guild", "fund": "fund",
    "foundation": "foundation", "network": "group", "campaign": "group",
    "automotive": "company", "aerospace": "company", "brands": "company", "partners": "company",
    "ventures": "company", "labs": "company", "robotics": "company", "minerals": "company",
    "resources": "company", "cinemas": "company",
    "telecom": "company", "maritime": "company", "banking": "bank",
    "committee": "committee", "service": "service", "administration": "administration",
    "bureau": "bureau", "programme": "programme", "program": "program",
    "organization": "organization", "organisation": "organisation",
    "review": "review", "inquiry": "inquiry", "tribunal": "tribunal", "society": "society",
    "hospice": "hospice", "school": "school", "hospital": "hospital", "centre": "centre",
    "center": "center", "telco": "company", "supermarkets": "company", "breweries": "company",
    "homes": "company", "rcmp": "police", "saps": "police", "psni": "police", "nypd": "police",
    "dwp": "department", "dfe": "department", "dhsc": "department", "defra": "department",
    "hmrc": "department", "fcdo": "department", "mod": "ministry", "doj": "department",
    "dhs": "department", "dod": "department", "hhs": "department", "pentagon": "department",
    "army": "army", "lapd": "police", "garda": "police", "gardaí": "police", "gardai": "police",
}  # fmt: skip


# The UK's regulators named "Of-" (Ofcom, Ofwat, Ofgem, Ofsted, Ofqual), not "Often"
_OF_REGULATOR = re.compile(r"Of(?!ten$)[a-eg-z][a-z]{2,4}$")


def kinds_of_name(words: Sequence[str]) -> frozenset[str]:
    """What kind of body a name's own words say it is: "SkyBridge Airways" an airline,
    "Ellery Rovers'" a club."""
    return _kinds_of_name_words(tuple(words))


@lru_cache(maxsize=4096)  # a name comes back sentence after sentence
def _kinds_of_name_words(words: tuple[str, ...]) -> frozenset[str]:
    bare = [w.lower().rstrip(".").removesuffix("'s").removesuffix("’s").rstrip("'’") for w in words]
    kinds = {_NAME_KINDS[w] for w in kind_words(bare) if w in _NAME_KINDS}
    if "banking" in bare and kinds & {"association", "federation", "union", "institute"}:
        kinds.discard("bank")  # the Czech Banking Association is no bank
    if len(bare) == 1 and _OF_REGULATOR.match(words[0]):  # "Ofcom ... the regulator said"
        kinds.add("regulator")
    if len(bare) == 1 and words[0] in KNOWN_UNIONS:  # "members of Unite ... the union said"
        kinds.add("union")
    if len(bare) == 1 and words[0] in _WELL_KNOWN:  # "The IMF ... the fund said"
        kinds.add(_WELL_KNOWN[words[0]])
    if bare and bare[-1] in _LAST_WORD_KINDS:  # "Brackenford United", not "United Pennine"
        kinds.add(_LAST_WORD_KINDS[bare[-1]])
    last = bare[-1] if bare else ""
    if "housing" in bare and last in {"group", "trust"}:  # "Calderwood Housing Group ...
        kinds.add("association")  # the association said": a housing association
    if len(words) > 1 and last.endswith(_COMPANY_ENDINGS) and last not in _NAME_KINDS:
        kinds.add("company")  # "Halvorsen Biotherapeutics", "Quill Nanotech"
    if len(words) > 1 and last in _LAST_COMPANY_WORDS:
        kinds.add("company")  # "Corvell Retail", "Glenmorra Distillers"; not "Retail Staff Union"
    return frozenset(kinds)


def kind_words(words: Sequence[str]) -> Sequence[str]:
    """The words of a body's name that say what kind of body it is: those before "of" or
    "for" ("University of Halbury", "Department for Transport"), else those after the last
    "and" ("University and College Union" is a union, "Nursing and Midwifery Council" a
    council)."""
    lowered = [w.lower() for w in words]
    link = next((k for k, w in enumerate(lowered) if w in {"of", "for"} and k > 0), None)
    if link is not None:
        return words[:link]
    if "and" in lowered[1:]:
        return words[len(lowered) - lowered[::-1].index("and") :]
    return words


# Trade unions known by a bare name (a fact of the newsroom's world, as a unit table is).
# Bodies known by their initials alone, and what the copy calls them after
_WELL_KNOWN = {
    "IMF": "fund", "NATO": "alliance", "Nato": "alliance", "OECD": "organisation",
    "UNICEF": "agency", "Unicef": "agency", "UNHCR": "agency", "WFP": "agency",
}  # fmt: skip
KNOWN_UNIONS = frozenset(
    """Unite Unison GMB RMT Aslef TSSA NEU NASUWT NAHT BMA RCN UCU PCS CWU FBU Usdaw Equity
    Prospect EIS Nautilus Teamsters UAW SEIU AFSCME CUPE Unifor COSATU NUMSA SIPTU Fórsa INMO
    AMWU CFMEU ACTU NTEU NUT""".split()  # noqa: SIM905 - a word table, as in lexicon.py
)


_LAST_COMPANY_WORDS = frozenset(
    ["retail", "trucks", "distillers", "distillery", "brewers", "brewery", "bakeries"]
)
_COMPANY_ENDINGS = ("therapeutics", "pharma", "biologics", "genomics", "tech", "labs", "foods")


NEWSPAPER_WORDS = (
    "times", "post", "herald", "gazette", "tribune", "telegraph", "ledger", "chronicle",
    "courier", "mirror", "observer", "inquirer", "sentinel", "bugle", "argus", "examiner",
)  # fmt: skip
_LAST_WORD_KINDS = {
    "united": "club", "athletic": "club", "town": "club", "city": "club",
    "water": "utility", "power": "utility", "electricity": "utility",  # not "Water Inspectorate"
    "co": "company",  # "Manila Electric Co", not "Co Durham"
    **dict.fromkeys(NEWSPAPER_WORDS, "newspaper"),  # "The Daily Ledger": a newspaper
    "air": "airline",  # "SkyLark Air", not "Air Quality Agency"
}  # fmt: skip
