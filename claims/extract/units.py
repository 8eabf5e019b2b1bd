"""Unit wordings news copy uses, their canonical names, and normalisation through pint.

Canonical names are pint's where pint has one ("percent", "degree_Celsius", "month"),
with a few newsroom spellings pint lacks ("square_kilometer", "tonne"). Each carries the
pint expression used to normalise it into the SI unit of its dimension.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    import pint


class Unit(NamedTuple):
    canonical: str
    pint_expr: str | None  # None: not dimensional, normalisation keeps value and unit
    factor: float = 1.0  # multiplies the value before conversion (a decade is 10 years)


# (regex for the wording, unit). Longer wordings first: the alternation tries in order.
_UNIT_WORDINGS: list[tuple[str, Unit]] = [
    (r"percentage[- ]points?|points?\b|of\s+a\s+(?:percentage\s+)?point\b", Unit("point", None)),
    (r"basis[- ]points?|bps\b", Unit("basis_point", None)),
    (r"per\s?cent|percent|pct\b|pc\b|%", Unit("percent", None)),  # "40pc", as Irish copy writes it
    (r"square[\s-]+kilomet(?:er|re)s?|sq\.?\s?km|km2|km²", Unit("square_kilometer", "km**2")),
    (r"square[\s-]+miles?|sq\.?\s?mi(?:les?)?\b", Unit("square_mile", "mile**2")),
    (r"square[\s-]+met(?:er|re)s?|sq\.?\s?m\b|m²", Unit("square_meter", "m**2")),
    (r"square[\s-]+(?:feet|foot)|sq\.?\s?ft\b", Unit("square_foot", "foot**2")),
    (r"hectares?|ha\b", Unit("hectare", "hectare")),
    (r"acre[- ]f(?:ee|oo)t", Unit("acre_foot", "acre*foot")),
    (r"acres?", Unit("acre", "acre")),
    (r"cubic[\s-]+met(?:er|re)s?|m³", Unit("cubic_meter", "m**3")),
    (r"cubic[\s-]+kilomet(?:er|re)s?|km³", Unit("cubic_kilometer", "km**3")),
    (r"cubic[\s-]+(?:feet|foot)|cu\.?\s?ft\b", Unit("cubic_foot", "foot**3")),
    (
        r"kilomet(?:er|re)s?\s+(?:per|an|a)\s+hour|km/h|kph\b|kmh\b",
        Unit("kilometer_per_hour", "km/hour"),
    ),
    (r"miles?\s+(?:per|an|a)\s+hour|mph\b", Unit("mile_per_hour", "mile/hour")),
    (r"knots?", Unit("knot", "knot")),
    (r"nautical\s+miles?", Unit("nautical_mile", "nautical_mile")),
    (r"light[- ]years?", Unit("light_year", "light_year")),
    (r"kilomet(?:er|re)s?|km\b", Unit("kilometer", "km")),
    (r"centimet(?:er|re)s?|cm\b", Unit("centimeter", "cm")),
    (r"millimet(?:er|re)s?|mm\b", Unit("millimeter", "mm")),
    (r"met(?:er|re)s?\b", Unit("meter", "m")),
    (r"miles?\b", Unit("mile", "mile")),
    (r"feet|foot|ft\b", Unit("foot", "foot")),
    (r"inch(?:es)?\b", Unit("inch", "inch")),
    (r"yards?\b", Unit("yard", "yard")),
    (r"metric\s+tons?|tonnes?|mt\b", Unit("tonne", "metric_ton")),
    (r"tons?\b", Unit("ton", "ton")),
    (r"[µμ]g\s?/\s?m(?:3|³)", Unit("microgram_per_cubic_meter", None)),
    (r"mg\s?/\s?m(?:3|³)", Unit("milligram_per_cubic_meter", None)),
    (r"mg\s?/\s?[lL]\b", Unit("milligram_per_liter", None)),  # "0.04 mg/L" of lead
    (r"[µμ]g\s?/\s?[lL]\b", Unit("microgram_per_liter", None)),
    (
        r"ng\s?/\s?m[lL]\b|nanograms?\s+per\s+millilit(?:er|re)",
        Unit("nanogram_per_milliliter", None),
    ),
    (r"micromet(?:er|re)s?\b|microns?\b|[µμ]m\b", Unit("micrometer", "micrometer")),
    (r"kilo(?:gram|gramme)?s?\b|kg\b", Unit("kilogram", "kg")),
    (r"milligram(?:me)?s?\b|mg\b", Unit("milligram", "mg")),
    (r"microgram(?:me)?s?\b|[µμ]g\b", Unit("microgram", "microgram")),
    (r"nanogram(?:me)?s?\b|ng\b", Unit("nanogram", "nanogram")),
    (r"grams?\b|grammes?\b", Unit("gram", "gram")),
    (r"lbs?\b", Unit("pound", "pound")),
    (r"stone\b", Unit("stone", "stone")),  # "he had lost two stone" (not "kidney stones")
    (r"ounces?|oz\b", Unit("ounce", "ounce")),
    (r"lit(?:er|re)s?\b", Unit("liter", "liter")),
    (r"gallons?", Unit("gallon", "gallon")),
    (r"barrels?\s+(?:a|per)\s+day|bpd\b|b/d\b", Unit("barrel_per_day", None)),
    (r"barrels?|bbl\b", Unit("barrel", "oil_barrel")),
    (r"ppm\b|parts\s+per\s+million", Unit("ppm", None)),
    (r"ppb\b|parts\s+per\s+billion", Unit("part_per_billion", None)),
    (r"parts\s+per\s+trillion", Unit("part_per_trillion", None)),  # not "ppt": points
    (r"TEUs?\b", Unit("TEU", None)),
    (r"magnitude\b", Unit("magnitude", None)),
    (r"°\s?C\b|degrees?\s+(?:Celsius|centigrade|C\b)", Unit("degree_Celsius", "degC")),
    (r"°\s?F\b|degrees?\s+(?:Fahrenheit|F\b)", Unit("degree_Fahrenheit", "degF")),
    (r"terawatt[- ]hours?|TWh\b", Unit("terawatt_hour", "TWh")),
    (r"gigawatt[- ]hours?|GWh\b", Unit("gigawatt_hour", "GWh")),
    (r"megawatt[- ]hours?|MWh\b", Unit("megawatt_hour", "MWh")),
    (r"kilowatt[- ]hours?|kWh\b", Unit("kilowatt_hour", "kWh")),
    (r"gigawatts?|GW\b", Unit("gigawatt", "GW")),
    (r"megawatts?|MW\b", Unit("megawatt", "MW")),
    (r"kilowatts?|kW\b", Unit("kilowatt", "kW")),
    (r"watts?\b", Unit("watt", "W")),
    (r"seconds?\b|secs?\b", Unit("second", "second")),
    (r"minutes?\b|mins?\b", Unit("minute", "minute")),
    (r"hours?\b|hrs?\b", Unit("hour", "hour")),
    (r"days?\b", Unit("day", "day")),
    (r"weeks?\b", Unit("week", "week")),
    (r"months?\b", Unit("month", "month")),
    (r"years?\b|yrs?\b", Unit("year", "year")),
    (r"decades?\b", Unit("decade", "year", 10.0)),
    (r"centur(?:y|ies)\b", Unit("century", "century")),
]

UNIT_PATTERN = re.compile(
    "|".join(f"(?P<u{index}>{wording})" for index, (wording, _) in enumerate(_UNIT_WORDINGS)),
    re.IGNORECASE,
)
# Symbols that must not match case-insensitively ("MW" is not "mw", "C" is not "c").
_CASE_SENSITIVE = frozenset(
    {"ha", "km2", "mt", "TWh", "GWh", "MWh", "kWh", "GW", "MW", "kW", "TEU", "TEUs", "ng"}
)

# How many distinct sentences the per-sentence readers (quantities, dates, check-worthiness)
# remember: a day's repeated wire copy and boilerplate is read once (a few MB at most).
SENTENCE_CACHE = 4096

TIME_UNITS = frozenset({"second", "minute", "hour", "day", "week", "month", "year", "decade"})


def match_unit(text: str, pos: int) -> tuple[Unit, int] | None:
    """Match a unit wording at ``pos``; return the unit and where its wording ends. A rate
    ("cubic metres per second", "milligrams per cubic metre") is one unit."""
    found = _single_unit(text, pos)
    if found is None:
        return None
    unit, end = found
    per = _PER.match(text, end)
    divisor = _single_unit(text, per.end()) if per else None
    if divisor is None or unit.pint_expr is None or divisor[0].pint_expr is None:
        return found
    other = divisor[0]
    name = f"{unit.canonical}_per_{other.canonical}"
    return Unit(
        name, f"({unit.pint_expr})/({other.pint_expr})", unit.factor / other.factor
    ), divisor[1]


_PER = re.compile(r"\s+per\s+")


def _single_unit(text: str, pos: int) -> tuple[Unit, int] | None:
    match = UNIT_PATTERN.match(text, pos)
    if not match or match.lastgroup is None:
        return None
    word = match.group()
    if word.strip() in _CASE_SENSITIVE or word in {"Mt"}:
        exact = re.fullmatch(_UNIT_WORDINGS[int(match.lastgroup[1:])][0], word)
        if exact is None:
            return None
    return _UNIT_WORDINGS[int(match.lastgroup[1:])][1], match.end()


# Normalised unit for each dimensionality, as pint expression and the name we report.
_SI_UNITS: dict[tuple[tuple[str, float], ...], tuple[str, str]] = {
    (("[length]", 1),): ("meter", "meter"),
    (("[length]", 2),): ("meter**2", "square_meter"),
    (("[length]", 3),): ("meter**3", "cubic_meter"),
    (("[mass]", 1),): ("kilogram", "kilogram"),
    (("[time]", 1),): ("second", "second"),
    (("[temperature]", 1),): ("kelvin", "kelvin"),
    (("[length]", 1), ("[time]", -1)): ("meter/second", "meter_per_second"),
    (("[length]", 2), ("[mass]", 1), ("[time]", -2)): ("joule", "joule"),
    (("[length]", 2), ("[mass]", 1), ("[time]", -3)): ("watt", "watt"),
}


@cache
def unit_registry() -> pint.UnitRegistry[float]:
    """The one pint registry, built on first use: construction takes ~0.3 s."""
    import pint

    registry: pint.UnitRegistry[float] = pint.UnitRegistry()
    return registry


def normalize(value: float, unit: Unit | None) -> tuple[float, str | None]:
    """Express ``value`` in the SI unit of its dimension; non-dimensional units pass through."""
    if unit is None or unit.pint_expr is None:
        return value, unit.canonical if unit else None
    return _convert(value * unit.factor, unit.pint_expr, unit.canonical)


def scaled(value: float, scale: float) -> float:
    """`value` times `scale` without the float noise of the product: "¥8.3 trillion" is
    8.3e12, not 8300000000000.001, in an export or a comparison."""
    return float(f"{value * scale:.12g}")


def _convert(value: float, expression: str, canonical: str) -> tuple[float, str]:
    if expression not in _OFFSET_UNITS:  # a multiple of the SI unit: one factor, found once
        factor, target = KNOWN_FACTORS.get(expression) or _factor(expression, canonical)
        if target is None:
            return value, canonical  # no SI unit listed for its dimension: kept as written
        return float(f"{value * factor:.12g}"), target
    if expression in KNOWN_OFFSETS:  # a temperature: kelvin = value * scale + offset
        scale, offset = KNOWN_OFFSETS[expression]
        return float(f"{value * scale + offset:.12g}"), "kelvin"
    return _convert_with_pint(value, expression, canonical)


# What `_factor` works out with pint for each single unit above, written down: with it the
# usual conversions need no registry, whose construction (~0.3 s) a run would otherwise pay
# on its first figure with a unit. Rates still go through pint;
# tests/extract/test_units.py checks each entry against it.
KNOWN_FACTORS: dict[str, tuple[float, str]] = {
    "km**2": (1000000.0, "square_meter"),
    "mile**2": (2589988.110336, "square_meter"),
    "m**2": (1.0, "square_meter"),
    "foot**2": (0.09290303999999999, "square_meter"),
    "hectare": (10000.0, "square_meter"),
    "acre": (4046.8726098742513, "square_meter"),
    "acre*foot": (1233.4867714896718, "cubic_meter"),
    "m**3": (1.0, "cubic_meter"),
    "km**3": (1000000000.0, "cubic_meter"),
    "foot**3": (0.028316846591999994, "cubic_meter"),
    "km/hour": (0.2777777777777778, "meter_per_second"),
    "mile/hour": (0.44704, "meter_per_second"),
    "knot": (0.5144444444444445, "meter_per_second"),
    "nautical_mile": (1852.0, "meter"),
    "light_year": (9460730472580800.0, "meter"),
    "km": (1000.0, "meter"),
    "cm": (0.01, "meter"),
    "mm": (0.001, "meter"),
    "m": (1.0, "meter"),
    "mile": (1609.344, "meter"),
    "foot": (0.30479999999999996, "meter"),
    "inch": (0.0254, "meter"),
    "yard": (0.9144, "meter"),
    "metric_ton": (1000.0, "kilogram"),
    "ton": (907.1847400000001, "kilogram"),
    "kg": (1.0, "kilogram"),
    "mg": (1e-06, "kilogram"),
    "microgram": (1e-09, "kilogram"),
    "nanogram": (1.0000000000000002e-12, "kilogram"),
    "micrometer": (1e-06, "meter"),
    "stone": (6.35029318, "kilogram"),
    "gram": (0.001, "kilogram"),
    "pound": (0.4535923700000001, "kilogram"),
    "ounce": (0.028349523125000005, "kilogram"),
    "liter": (0.0010000000000000002, "cubic_meter"),
    "gallon": (0.0037854117839999993, "cubic_meter"),
    "oil_barrel": (0.15898729492799996, "cubic_meter"),
    "TWh": (3600000000000000.0, "joule"),
    "GWh": (3600000000000.0, "joule"),
    "MWh": (3600000000.0, "joule"),
    "kWh": (3600000.0, "joule"),
    "GW": (1000000000.0, "watt"),
    "MW": (1000000.0, "watt"),
    "kW": (1000.0, "watt"),
    "W": (1.0, "watt"),
    "second": (1.0, "second"),
    "minute": (60.0, "second"),
    "hour": (3600.0, "second"),
    "day": (86400.0, "second"),
    "week": (604800.0, "second"),
    "month": (2629800.0, "second"),
    "year": (31557600.0, "second"),
    "century": (3155760000.0, "second"),
}
# The two temperature scales the same way, as pint converts them to kelvin (rounded to 12
# digits, as _convert_with_pint does, the results agree; the test checks a range of readings).
KNOWN_OFFSETS: dict[str, tuple[float, float]] = {
    "degC": (1.0, 273.15),
    "degF": (5 / 9, 233.15 + 200 / 9),
}
_SI_NAMES = frozenset(name for _, name in _SI_UNITS.values())
_OFFSET_UNITS = frozenset(["degC", "degF"])  # a zero of their own: pint converts them


@cache
def _factor(expression: str, canonical: str) -> tuple[float, str | None]:
    """How many SI units one ``expression`` is (pint's conversion of 1, ~0.3 ms), and the
    SI unit's name (None when its dimension has none listed)."""
    factor, target = _convert_exact(1.0, expression, canonical)
    return factor, target if target != canonical or canonical in _SI_NAMES else None


def _convert_with_pint(value: float, expression: str, canonical: str) -> tuple[float, str]:
    magnitude, target = _convert_exact(value, expression, canonical)
    return float(f"{magnitude:.12g}"), target  # drop float noise from conversion factors


def _convert_exact(value: float, expression: str, canonical: str) -> tuple[float, str]:
    registry = unit_registry()
    quantity = registry.Quantity(value, expression)
    key = tuple(sorted((str(k), float(str(v))) for k, v in quantity.dimensionality.items()))
    target = _SI_UNITS.get(key)
    if target is None:
        return value, canonical
    return float(str(quantity.to(target[0]).magnitude)), target[1]
