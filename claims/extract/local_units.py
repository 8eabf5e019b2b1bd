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
    "US": r"United States|U\.S\.|US|Americans?|Washington|California|Texas|Florida|New York|"
    r"Arizona|Phoenix|Chicago|Illinois|Los Angeles|Houston|Seattle|Oregon|Nevada|"
    r"Ohio|Michigan|Pennsylvania|Louisiana|Colorado|Denver|Atlanta|Boston|Miami",
    "AU": r"Australian?s?|Sydney|Melbourne|Brisbane|Perth|Adelaide|Canberra|Queensland|"
    r"New South Wales|Tasmania|Victorian",
    "CA": r"Canadian?s?|Toronto|Ottawa|Montreal|Vancouver|Calgary|Alberta|Ontario|Quebec|"
    r"British Columbia|Manitoba|Saskatchewan|Nova Scotia",
    "NZ": r"New Zealand(?:ers?)?|Auckland|Wellington|Christchurch",
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


def _family(quantity: Quantity) -> str | None:
    """Which family of same-named currencies a figure's wording leaves open, if any."""
    text, unit = quantity.text, quantity.unit
    if unit == "USD" and _BARE_DOLLAR.search(text) and not _NAMED_DOLLAR.search(text):
        return "dollar"
    if unit == "INR" and "rupee" in text.lower():
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
    "BOGOTA -", counts twice), more often than any other of the family's."""
    dateline = _DATELINE.match(text)
    if dateline is not None:  # "BOGOTA" read as "Bogota", twice
        text = f"{dateline.group(1).title()} {dateline.group(1).title()} {text}"
    counts = sorted(((len(_pattern(c).findall(text)), c) for c in _FAMILIES[family]), reverse=True)
    (top, country), runner_up = counts[0], counts[1][0] if len(counts) > 1 else 0
    return country if top >= 2 and top > runner_up else None


def localise(text: str, claims: list[ExtractedClaim]) -> list[ExtractedClaim]:
    """``claims`` with their figures' open currencies read as the article's country's, and
    bare "degrees" of weather as Fahrenheit in an American story, Celsius elsewhere."""
    countries: dict[str, str | None] = {}
    localised: list[ExtractedClaim] = []
    for claim in claims:
        quantity = claim.quantity
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
        if code is None or code == quantity.unit:
            localised.append(claim)
            continue
        local = replace(quantity, unit=code, normalized_unit=code)
        localised.append(replace(claim, quantity=local))
    return localised


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
