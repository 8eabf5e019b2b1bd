"""The form a fact-checker's "who said it" column gives a claimant. A capital standing for
its state names the state: "Kyiv says" is the Ukrainian government, "Moscow's defence
chiefs" the Russian defence chiefs. One unnamed source of several is "a" source: "One
military insider" is a military insider.
"""

from __future__ import annotations

import re

from claims.extract.discourse import CLOSE_TO, Discourse
from claims.extract.lexicon import words
from claims.extract.offices import role_head
from claims.extract.tokens import Speaker

# Capitals that stand for a state in the news, and the adjective of that state. Cities
# that are also common names (Santiago, Victoria) are left out.
_STATES = {
    "kyiv": "Ukrainian",
    "kiev": "Ukrainian",
    "moscow": "Russian",
    "washington": "US",
    "beijing": "Chinese",
    "london": "British",
    "paris": "French",
    "berlin": "German",
    "tokyo": "Japanese",
    "tehran": "Iranian",
    "ankara": "Turkish",
    "damascus": "Syrian",
    "riyadh": "Saudi",
    "cairo": "Egyptian",
    "pyongyang": "North Korean",
    "seoul": "South Korean",
    "new delhi": "Indian",
    "islamabad": "Pakistani",
    "kabul": "Afghan",
    "baghdad": "Iraqi",
    "minsk": "Belarusian",
    "warsaw": "Polish",
    "madrid": "Spanish",
    "ottawa": "Canadian",
    "canberra": "Australian",
    "taipei": "Taiwanese",
    "caracas": "Venezuelan",
    "havana": "Cuban",
    "khartoum": "Sudanese",
    "tbilisi": "Georgian",
    "yerevan": "Armenian",
    "baku": "Azerbaijani",
    "budapest": "Hungarian",
    "beirut": "Lebanese",
    "hanoi": "Vietnamese",
    "jakarta": "Indonesian",
    "pretoria": "South African",
    "abuja": "Nigerian",
    "nairobi": "Kenyan",
    "addis ababa": "Ethiopian",
    "kinshasa": "Congolese",
    "kigali": "Rwandan",
    "kampala": "Ugandan",
    "juba": "South Sudanese",
    "mogadishu": "Somali",
    "harare": "Zimbabwean",
    "bamako": "Malian",
    "niamey": "Nigerien",
    "dakar": "Senegalese",
    "accra": "Ghanaian",
    "rabat": "Moroccan",
    "algiers": "Algerian",
    "tunis": "Tunisian",
    "amman": "Jordanian",
    "doha": "Qatari",
    "abu dhabi": "Emirati",
    "dhaka": "Bangladeshi",
    "colombo": "Sri Lankan",
    "kathmandu": "Nepali",
    "bangkok": "Thai",
    "manila": "Philippine",
    "kuala lumpur": "Malaysian",
    "mexico city": "Mexican",
    "brasilia": "Brazilian",
    "buenos aires": "Argentine",
    "bogota": "Colombian",
    "rome": "Italian",
    "lisbon": "Portuguese",
    "athens": "Greek",
    "stockholm": "Swedish",
    "oslo": "Norwegian",
    "helsinki": "Finnish",
    "copenhagen": "Danish",
    "vienna": "Austrian",
    "prague": "Czech",
    "bucharest": "Romanian",
    "belgrade": "Serbian",
    "zagreb": "Croatian",
    "chisinau": "Moldovan",
    "vilnius": "Lithuanian",
    "riga": "Latvian",
    "tallinn": "Estonian",
    "dublin": "Irish",
}
# What a capital's possessive may stand before to mean the state's: not "London's mayor".
_STATE_BODIES = words(
    """government military army forces troops navy defence ministry chiefs officials
    ambassador envoy embassy negotiators diplomats delegation leadership authorities regime
    foreign"""
)
_POSSESSIVE = re.compile(r"^(?P<city>[A-Z][a-z]+(?: [A-Z][a-z]+)?)['’]s (?P<rest>.+)$")


_YOU_SOUNDS = ("uni", "use", "usu", "ure", "uti")  # "a union official", "an unnamed one"
_ONE_SOURCE = re.compile(r"One (?!of\b)([a-z][\w -]*)$")  # not "One of them", "One Labour MP"


def usual_form(claimant: str) -> str:
    """The claimant as the column gives it; see the module docstring."""
    one = _ONE_SOURCE.match(claimant)
    if one is not None:
        rest = one.group(1)
        if rest.startswith("other "):
            return f"another {rest.removeprefix('other ')}"  # "One other official"
        vowel = rest[0] in "aeio" or (rest[0] == "u" and not rest.startswith(_YOU_SOUNDS))
        return f"{'an' if vowel and not rest.startswith(('eu', 'one')) else 'a'} {rest}"
    feeling = _FEELING.match(claimant)
    if feeling is not None:  # "Shocked inspectors", "Furious residents": the inspectors,
        claimant = feeling.group(1)  # the residents (a tabloid's mood is no part of them)
    return state_for_capital(claimant) or claimant


# A tabloid's mood before a group: "Shocked inspectors found", "Furious locals say"
_FEELING = re.compile(
    r"(?i:shocked|furious|angry|horrified|outraged|stunned|fuming|livid|baffled|appalled|"
    r"disgusted|seething|raging|worried|terrified|heartbroken|distraught|grieving|delighted|"
    r"thrilled|jubilant|desperate|frustrated|fed-up)\s+([a-z][a-z-]*s)$"
)


def state_for_capital(claimant: str) -> str | None:
    """ "Kyiv" -> "Ukrainian government", "Kyiv's military" -> "Ukrainian military"; None
    when the claimant is no capital standing for its state."""
    state = _STATES.get(claimant.lower())
    if state is not None:
        return f"{state} government"
    possessive = _POSSESSIVE.match(claimant)
    if possessive is None:
        return None
    state = _STATES.get(possessive.group("city").lower())
    rest = possessive.group("rest")
    if state is None or rest.split()[0].lower() not in _STATE_BODIES:
        return None
    return f"{state} {rest}"


_OWNER_PRONOUN = re.compile(r"(?<=\s)(his|her)(?=\s)")


def owner_named(claimant: str, owner: str | None, discourse: Discourse) -> str:
    """ "She said a nurse in her constituency had told her": "a nurse in Fiona Rennard's
    constituency", the "his" or "her" of a description being the person who reports it."""
    found = _OWNER_PRONOUN.search(claimant)
    person = discourse.find(owner) if found and owner else None
    if found is None or person is None:
        return claimant
    if person.gender not in (None, {"his": "m", "her": "f"}[found.group(1)]):
        return claimant
    return f"{claimant[: found.start()]}{person.name}'s{claimant[found.end() :]}"


def the_same_group(speaker: Speaker, discourse: Discourse, index: int) -> str | None:
    """ "One of them said" after "Two officials said"; "the officials said" after "Home
    Office officials told the paper" up to three sentences before: that group, in full."""
    if discourse.last_group is None:
        return None
    at, earlier = discourse.last_group
    if speaker.text.lower().endswith(" of them"):
        return earlier
    said, named = speaker.text.split(), earlier.split()
    same = [w.lower() for w in said[1:2]] == ["same"]  # "The same sources said": the
    said = [said[0], *said[2:]] if same else said  # "sources close to the inquiry" before
    if speaker.kind != "group" or len(said) != 2 or said[0].lower() != "the":
        return None
    head = role_head(CLOSE_TO.sub("", earlier))[0] if same else named[-1].lower()
    if index - at > 3 or len(named) < 2 or head != said[1].lower():
        return None
    return earlier if named[0][:1].isupper() or same else None
