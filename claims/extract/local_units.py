"""Which currency an article's "$", "rupees", "pesos" or "crowns" are, and which scale its
bare "degrees": the country the article is about.

Copy written for readers in one country leaves its own currency unsaid: "$184 million" in
an Australian paper is Australian dollars, "25,000 rupees" in a story from Sindh Pakistani
rupees, "10 million pesos" in Bogota Colombian pesos. A fact-checker writes the local ISO
code, and so does this, when one country of the currency's stands out in the article:
named at least twice, and more often than any other country that writes it the same way.
Otherwise "$" stays US dollars, "rupees" Indian rupees, and "pesos" stay pesos. Bare
"degrees" in a sentence about the weather are Fahrenheit when the story is American,
Celsius otherwise ("97.6 degrees" of an orbit stays an angle).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from claims.extract.results import ExtractedClaim, Quantity
from claims.extract.units import Unit, normalize

# Names, people and places that say which country an article is about.
_COUNTRIES: dict[str, str] = {
    "US": r"United States|U\.S\.|US\b|Americans?|Washington|California|Texas|Florida|New York|"
    r"Arizona|Phoenix|Chicago|Illinois|Los Angeles|Houston|Seattle|Oregon|Nevada|"
    r"Ohio|Michigan|Pennsylvania|Louisiana|Colorado|Denver|Atlanta|Boston|Miami",
    "AU": r"Australian?s?|Sydney|Melbourne|Brisbane|Adelaide|Canberra|Queensland|"
    r"New South Wales|NSW|Tasmania|Western Australia|Northern Territory|Pilbara|Illawarra|"
    r"Wollongong|Gold Coast|Hobart|Cairns|Townsville|Geelong|Toowoomba|ASX|NRL|"
    r"Shire Council",  # not Perth (Scotland has one), nor Victorian
    "CA": r"Canad(?:a|ian|ians)\b|Toronto|Ottawa|Montreal|Vancouver|Calgary|Alberta|Ontario|Quebec|"
    r"Halifax|Regina|Moncton|Fredericton|Charlottetown|Prince Edward Island|Mississauga|"
    r"Brampton|Gatineau|Laval|Sudbury|Thunder Bay|StatCan|CMHC|"
    r"British Columbia|B\.C\.|Manitoba|Saskatchewan|Nova Scotia|Winnipeg|Edmonton|Saskatoon|"
    r"Newfoundland|New Brunswick|Yukon|Nunavut|RCMP|TSX|Kelowna|Kamloops",
    "NZ": r"New Zealand(?:ers?)?|Auckland|Christchurch",  # not the Duke of Wellington
    "SG": r"Singapore(?:ans?)?",
    "HK": r"Hong Kong",
    "IN": r"India|Indian|New Delhi|Delhi|Mumbai|Bengaluru|Bangalore|Kolkata|Chennai|"
    r"Hyderabad|Assam|Kerala|Bihar|Maharashtra|Gujarat|Uttar Pradesh",
    "PK": r"Pakistani?s?|Karachi|Lahore|Islamabad|Sindh|Balochistan|Khyber Pakhtunkhwa",
    "LK": r"Sri Lankan?s?|Colombo",
    "NP": r"Nepal(?:i|ese)?|Kathmandu",
    "MX": r"Mexic(?:o|an|ans)|Guadalajara|Monterrey|Jalisco|Oaxaca|Chihuahua|Sonora",
    "PH": r"Philippines?|Filipinos?|Manila|Quezon|Cebu|Davao|Mindanao|Luzon|Visayas",
    "CO": r"Colombian?s?|Bogot[aá]|Medell[ií]n|Cali\b|Cartagena",
    "AR": r"Argentin(?:a|e|ian|ians)|Buenos Aires",
    "CL": r"Chilean?s?|Santiago",
    "KE": r"Kenyan?s?|Nairobi|Mombasa|Kisumu|Nakuru",
    "UG": r"Ugandan?s?|Kampala",
    "TZ": r"Tanzanian?s?|Dar es Salaam|Dodoma",
    "NO": r"Norw(?:ay|egian|egians)|Oslo|Bergen",
    "SE": r"Swed(?:en|ish|es)|Stockholm|Gothenburg",
    "DK": r"Denmark|Danish|Danes|Copenhagen",
    "IS": r"Iceland(?:ic|ers)?|Reykjavik",
    "CZ": r"Czech|Prague|Brno",
    "PE": r"Peru(?:vians?)?|Lima\b|Arequipa|Cusco",
    # Countries no open currency here belongs to, but whose stories must not be read as
    # another's: a London sale "for $2.1 million" to a collector from Sydney stays USD.
    "GB": r"Britain|British|UK\b|U\.K\.|England|English|Scotland|Scottish|Wales|Welsh|London",
    "EU": r"Germany|German|France|French|Italy|Italian|Spain|Spanish|Brussels|Berlin|Paris",
}
_FAMILIES: dict[str, dict[str, str]] = {
    "dollar": {"US": "USD", "AU": "AUD", "CA": "CAD", "NZ": "NZD", "SG": "SGD", "HK": "HKD"},
    "rupee": {"IN": "INR", "PK": "PKR", "LK": "LKR", "NP": "NPR"},
    "peso": {"MX": "MXN", "PH": "PHP", "CO": "COP", "AR": "ARS", "CL": "CLP"},
    "shilling": {"KE": "KES", "UG": "UGX", "TZ": "TZS"},
    "crown": {"NO": "NOK", "SE": "SEK", "DK": "DKK", "IS": "ISK", "CZ": "CZK"},
    "sol": {"PE": "PEN"},
}
_BARE_DOLLAR = re.compile(r"(?<![A-Za-z.])\$|\bdollars?\b")
_NAMED_DOLLAR = re.compile(r"\b(?:US|U\.S\.|American|Canadian|Australian|Singapore)\b|[A-Z]\$")


_NAMED = re.compile(  # "Kenyan shillings", "Mexican pesos", "KES 5,000": not open
    r"\b(?:[A-Z][a-z]+(?:an|ian|ese|ish|i)|[A-Z]{3})\b"
)


def _family(quantity: Quantity) -> str | None:
    """Which family of same-named currencies a figure's wording leaves open, if any."""
    text, unit = quantity.text, quantity.unit
    if unit == "USD" and _BARE_DOLLAR.search(text) and not _NAMED_DOLLAR.search(text):
        return "dollar"
    if _NAMED.search(text):
        return None
    if unit == "INR" and ("rupee" in text.lower() or text.lstrip().startswith("Rs")):
        return "rupee"
    if unit == "peso":
        return "peso"
    if unit in {"shilling", "KES"} and "KSh" not in text and "Ksh" not in text:
        return "shilling"
    if unit in {"crown", "krone", "kroner", "krona", "kronor"}:
        return "crown"
    if unit in {"sol", "sole"}:
        return "sol"
    return None


@cache
def _pattern(country: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{_COUNTRIES[country]})")


_DATELINE = re.compile(r"\s*([A-Z][A-Z'’-]{2,}(?: [A-Z][A-Z'’-]+)*)(?=,|\s+\(|\s+[-–—])")


def _country(text: str, family: str) -> str | None:
    """The country of ``family`` the article is about: named at least twice (a dateline,
    "BOGOTA -", counts twice), more often than any other country (for "degrees" the US
    against all the rest)."""
    dateline = _DATELINE.match(text)
    if dateline is not None:  # "BOGOTA" read as "Bogota", twice
        text = f"{dateline.group(1).title()} {dateline.group(1).title()} {text}"
    counts = {c: len(_pattern(c).findall(text)) for c in _COUNTRIES}
    top, country = max((counts[c], c) for c in _FAMILIES[family])
    others = max(n for c, n in counts.items() if c != country)
    return country if top >= 2 and top > others else None  # no other country named as often


_NATIONAL = {  # "50,000 Kenyan shillings", "10 million Mexican pesos": named in the figure
    "Kenyan": "KES", "Ugandan": "UGX", "Tanzanian": "TZS", "Mexican": "MXN",
    "Philippine": "PHP", "Colombian": "COP", "Argentine": "ARS", "Chilean": "CLP",
    "Pakistani": "PKR", "Indian": "INR", "Norwegian": "NOK", "Swedish": "SEK",
    "Danish": "DKK", "Icelandic": "ISK", "Czech": "CZK", "Peruvian": "PEN",
}  # fmt: skip
_NATIONAL_WORD = re.compile(rf"\b({'|'.join(_NATIONAL)})\s+(?:shilling|peso|rupee|crown|sol)")


def _named_code(quantity: Quantity) -> str | None:
    found = _NATIONAL_WORD.search(quantity.text)
    return _NATIONAL[found.group(1)] if found else None


def localise(text: str, claims: list[ExtractedClaim]) -> list[ExtractedClaim]:
    """``claims`` with their figures' open currencies read as the article's country's, and
    bare "degrees" of weather as Fahrenheit in an American story, Celsius elsewhere."""
    countries: dict[str, str | None] = {}
    localised: list[ExtractedClaim] = []
    for claim in claims:
        quantity = claim.quantity
        named = _named_code(quantity) if quantity is not None else None
        if quantity is not None and named is not None:
            localised.append(replace(claim, quantity=_in_currency(quantity, named)))
            continue
        family = _family(quantity) if quantity is not None else None
        if quantity is not None and family is None and _weather_degrees(claim, quantity):
            family = "degree"
        if quantity is None or family is None:
            localised.append(claim)
            continue
        lookup = "dollar" if family == "degree" else family  # the US against the rest
        if lookup not in countries:
            countries[lookup] = _country(text, lookup)
        country = countries[lookup]
        if family == "degree":
            local = _temperature(
                quantity, "degree_Fahrenheit" if country == "US" else "degree_Celsius"
            )
            localised.append(replace(claim, quantity=local))
            continue
        code = _FAMILIES[family][country] if country is not None else None
        if family == "dollar" and code is not None and _writes_its_own(text, code):
            code = None  # "HK$12.6 billion ($1.62 billion)": the bare "$" is the US dollar
        if code is None or code == quantity.unit:
            localised.append(claim)
            continue
        localised.append(replace(claim, quantity=_in_currency(quantity, code)))
    return localised


_OWN_DOLLAR_SIGNS = {"AUD": "A$", "CAD": "C$", "NZD": "NZ$", "SGD": "S$", "HKD": "HK$"}


def _writes_its_own(text: str, code: str) -> bool:
    """Whether the article writes its country's dollar with its own sign ("HK$", "A$") or
    converts it ("14.6 billion Canadian dollars ($10.6 billion)"): a bare "$" is then the
    US dollar."""
    sign = _OWN_DOLLAR_SIGNS.get(code)
    named = _DOLLAR_NAMES.get(code)
    converted = named is not None and re.search(rf"{named}\s*\(\s*(?:US)?\$", text)
    return (sign is not None and sign in text) or bool(converted)


_DOLLAR_NAMES = {
    "AUD": "Australian dollars", "CAD": "Canadian dollars", "NZD": "New Zealand dollars",
    "SGD": "Singapore dollars", "HKD": "Hong Kong dollars",
}  # fmt: skip


def _in_currency(quantity: Quantity, code: str) -> Quantity:
    return replace(quantity, unit=code, normalized_unit=code)


_WEATHER = re.compile(
    r"\b(?:temperatures?|heat|hot|hottest|cold|coldest|warm|warmest|highs?|lows?|freezing|"
    r"frost|thermometers?|mercury|weather|heatwave|degrees? hotter|degrees? colder)\b"
    r"|-degree (?:days?|heat|weather|temperatures?)",
    re.IGNORECASE,
)
_TEMPERATURE_UNITS = {
    "degree_Celsius": Unit("degree_Celsius", "degC"),
    "degree_Fahrenheit": Unit("degree_Fahrenheit", "degF"),
}


def _weather_degrees(claim: ExtractedClaim, quantity: Quantity) -> bool:
    """A bare "45.3 degrees" or "a 104-degree day" in a sentence about the weather."""
    return quantity.unit == "degree" and _WEATHER.search(claim.sentence) is not None


def _temperature(quantity: Quantity, unit: str) -> Quantity:
    value, si_unit = normalize(quantity.value, _TEMPERATURE_UNITS[unit])
    return replace(quantity, unit=unit, normalized_value=value, normalized_unit=si_unit)
