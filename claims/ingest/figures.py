"""When two claims' figures are one figure, and when they are rival figures for one
measure: the comparisons of values, units, hedges and counted nouns that the scoring
(`match.py`) and the contradiction rules (`stories.py`) read off two `Probe`s."""

from __future__ import annotations

import functools
import math
import re
from decimal import Decimal
from typing import TYPE_CHECKING

from claims.ingest.keys import DURATIONS, text_numbers, wordset

if TYPE_CHECKING:
    from claims.ingest.probe import Probe

APPROXIMATE_TOLERANCE = 0.10  # "around 1,000" and "1,050" are the same figure
EXACT_TOLERANCE = 0.005  # "$4.2bn" and "$4,213m"
CONVERTED_TOLERANCE = 0.05  # a measure converted to other units is rounded again

_MEASURES = frozenset({"percent", "point", "percentage_point", "per_mille"})
_TEMPERATURE = {"degree", "degree_Celsius"}


def _counted_noun(probe: Probe) -> bool:
    unit = probe.unit
    return (
        unit is not None
        and unit == probe.normalized_unit
        and unit.isalpha()
        and unit.islower()
        and unit not in _MEASURES
    )


def comparable_values(a: Probe, b: Probe) -> tuple[float, float]:
    """Two figures' values on one scale: as written in one unit (not kelvin for °C: 1.2C and
    3.1C are 0.7% apart there), else normalised."""
    assert a.value is not None and b.value is not None
    if a.unit == b.unit:
        return a.value, b.value
    av = a.normalized_value if a.normalized_value is not None else a.value
    bv = b.normalized_value if b.normalized_value is not None else b.value
    return av, bv


def same_figure(a: Probe, b: Probe) -> bool:
    if a.value is None or b.value is None:
        return False
    tolerance = APPROXIMATE_TOLERANCE if (a.approximate or b.approximate) else EXACT_TOLERANCE
    if a.unit != b.unit and a.normalized_unit == b.normalized_unit in _CONVERTED:
        tolerance = max(tolerance, CONVERTED_TOLERANCE)  # "12 miles" is "19 km", rounded
    if {a.unit, b.unit} == _TEMPERATURE and a.value == b.value:
        return True  # "47.1°C" and "reached 47.1 degrees": one reading
    av, bv = comparable_values(a, b)
    if abs(av - bv) > tolerance * max(abs(av), abs(bv)):
        return False
    rounded = a.unit == b.unit and _in_digits(a) and _in_digits(b)  # not "a quarter"
    if not _may_be_one_figure(a, b, av, bv, rounded):
        return False
    # "28 settlements" and "28 villages" count the same thing; "28 km" and "28 %" do not,
    # nor do "312 deaths" and "312 homes".
    if a.normalized_unit == b.normalized_unit:
        return True
    if (a.unit is None and _counted_noun(b)) or (b.unit is None and _counted_noun(a)):
        return av == bv and specific_figure(av)  # "to 231,400" and "231,400 employees"
    return _counted_noun(a) and _counted_noun(b) and _same_kind(a.unit, b.unit)


# Counted nouns that can stand for each other, by what they count; nouns of two different
# kinds never do. A noun in none of these may be any of them ("28 settlements", "28 sites").
_KINDS_OF_THINGS = (
    """person resident villager civilian victim death casualty patient child adult pupil
    student schoolkid passenger migrant refugee evacuee soldier troop officer worker employee
    member fan supporter voter customer user inhabitant survivor job post position
    vacancy nurse doctor teacher staff miner driver pilot farmer player prisoner detainee
    protester tourist visitor guest delegate official crew man woman colleague workmate
    coworker local citizen graduate fresher recruit trainee apprentice brit briton motorist
    commuter tenant shopper consumer participant respondent volunteer carer pensioner
    seafarer sailor crewman inmate role mother mum father dad baby tot runner entrant
    competitor athlete spectator attendee""",
    # "2,500 jobs" and "2,500 people" hired are one claim
    "home house household building property dwelling flat apartment homeowner",
    "village settlement town city community municipality",
    "car vehicle bus truck lorry van train",
    "aircraft plane jet flight",
    "school college university",
    "hospital clinic ward",
    "case infection",
    "count charge offence offense",  # "17 counts of fraud", "17 fraud charges"
    "shop store outlet branch",
    "farm premises holding",
    "fire wildfire blaze bushfire",
)
_ANY_KIND = frozenset(["site", "place", "location", "area", "unit", "facility", "one"])
_KIND_OF = {noun: kind for kind, nouns in enumerate(_KINDS_OF_THINGS) for noun in nouns.split()}


def same_kind_nouns(unit: str) -> list[str]:
    """The counted nouns that may count what `unit` counts ("miner": "worker", "staff" ...),
    `unit` among them."""
    kind = _KIND_OF.get(unit)
    return [unit] if kind is None else _KINDS_OF_THINGS[kind].split()


def _same_kind(first: str | None, second: str | None) -> bool:
    """Whether two counted nouns may count the same thing: "28 settlements" and "28
    villages"; not "2,300 admissions" and "2,300 nurses", two nouns we know nothing of."""
    if first == second:
        return True
    one, other = _KIND_OF.get(first or ""), _KIND_OF.get(second or "")
    if one is None and other is None:
        return False
    if one is None or other is None:  # "28 sites" may be the 28 villages; "2,300
        return (first if one is None else second) in _ANY_KIND  # admissions" no nurses
    return one == other


# A hedge that bounds a figure on one side: "more than 44,000" is not 41,600, nor is
# "almost £900,000" "more than £1 million"; "about" and "roughly" bound it on neither.
_AT_LEAST = re.compile(
    r"^(?:more than|over|at least|well over|just over|past|above|in excess of|upwards of"
    r"|north of|exceeds?|exceeding|not less than|no fewer than|no less than|not fewer than)\b"
    r"|(?:\d\+|\bor more)$"
)
_AT_MOST = re.compile(
    r"^(?:up to|nearly|almost|fewer than|less than|under|below|within|as much as|as many as"
    r"|as high as|barely|no more than|not more than|no greater than|at most|just under"
    r"|just shy of|shy of|short of|not quite|by up to)\b"
)
# "2-3", "£2m to £3m", "5 per cent to 7 per cent", "between 40 and 50"
_RANGE = re.compile(
    r"\d(?:[a-z%]{0,3}|\s*(?:thousand|million|billion|trillion|per ?cent))\s*"
    r"(?:-|–|—|to|and)\s*\S*\d|\bbetween\b",
    re.IGNORECASE,
)


def _in_digits(probe: Probe) -> bool:
    return probe.in_digits  # worked out once per probe: it is read on most comparisons


def in_digits(quantity_text: str | None) -> bool:
    """Whether a figure is written with a digit ("1,000", not "a quarter")."""
    return any(char.isdigit() for char in quantity_text or "")


def _bound(words: str | None) -> int | None:
    """1 when a figure as written is a floor ("more than 2,000", "2,140+"), -1 when it is
    a ceiling ("up to", "nearly", "fewer than"), 0 when neither, None for a range."""
    text = " ".join((words or "").lower().split())
    if _RANGE.search(text):
        return None
    if _AT_LEAST.search(text):
        return 1
    if _AT_MOST.search(text):
        return -1
    return 0


@functools.lru_cache(maxsize=4096)  # a Decimal per call: the same figures come back
def _step(value: float) -> float:
    """The place of a figure's last significant digit: 1e6 for 21 million, 0.1 for 2.3."""
    exponent = Decimal(f"{abs(value):.9g}").normalize().as_tuple().exponent
    return 10.0**exponent if isinstance(exponent, int) else 1.0


def _span(value: float, bound: int, rounded: bool) -> tuple[float, float]:
    """What a figure as written allows: "more than X" from X up, "nearly X" up to X, a
    plain or "about" figure what rounds to it ("21 million" is 20.5 to 21.5 million)."""
    if bound > 0:
        return value, math.inf
    if bound < 0:
        return -math.inf, value
    half = _step(value) / 2 if rounded else 0.0
    return value - half, value + half


def _may_be_one_figure(a: Probe, b: Probe, av: float, bv: float, rounded: bool) -> bool:
    """Whether two figures close in value can be one: not when a hedge bounds one away
    from the other ("more than 44,000" and 41,600), nor when, in one unit, neither rounds
    to the other ("around 21 million" and "roughly 22 million", "298,000" and "about
    310,000"; but "about 1,000" is 1,050, and "$4.2bn" "$4,213m")."""
    first, second = a.bound, b.bound
    if first is None and second is None:
        return _same_ends(a, b, av, bv)
    if first is None or second is None or (not rounded and first == second == 0):
        return True
    low_a, high_a = _span(av, first, rounded)
    low_b, high_b = _span(bv, second, rounded)
    slack = 0.0 if rounded else EXACT_TOLERANCE * max(abs(av), abs(bv))
    return low_a < high_b + slack and low_b < high_a + slack


BOUNDED_ROOM = 0.15  # "more than 1,000" leaves room for 1,120, not for 1,500


def bounds_agree(a: Probe, b: Probe) -> bool:
    """Two figures a hedge reconciles: "more than 1,000 homes" and "at least 1,120", "at
    least 35 dead" and 37, "up to 50" and 46 — one bounds the other's side, and they are
    close (a rival figure still differs: "nearly 250" cases against 212)."""
    first, second = a.bound, b.bound
    if a.value is None or b.value is None:
        return False
    av, bv = comparable_values(a, b)
    if first is None or second is None:
        return _in_range(a, b, av, bv)
    if abs(av - bv) > BOUNDED_ROOM * max(abs(av), abs(bv)):
        return False
    if first == second:
        return first != 0  # two floors, or two ceilings, do not gainsay each other
    low, high = (first, second) if av < bv else (second, first)
    return low >= 0 and high <= 0 and (low == 1 or high == -1)  # the lower a floor, or the
    # higher a ceiling


def _in_range(a: Probe, b: Probe, av: float, bv: float) -> bool:
    """A range and a figure inside it, or a hedge reaching into it, do not gainsay each
    other: "between 8 and 15 mm" and "up to 15 mm", "£2m to £3m" and "£2.5m"."""
    spans = []
    for probe, value in ((a, av), (b, bv)):
        if probe.bound is None:
            ends = _ends(probe, value)
            if ends is None:
                return False
            spans.append((min(ends), max(ends)))
        else:
            spans.append(_span(value, probe.bound, rounded=False))
    (low_a, high_a), (low_b, high_b) = spans
    return low_a <= high_b and low_b <= high_a


def _ends(probe: Probe, value: float) -> tuple[float, float] | None:
    """The two ends of a range as written ("between £430m and £450m": 430m and 450m), on
    the scale of `value`, its first end; None when its words do not give two numbers."""
    written = text_numbers(probe.quantity_text or "")
    if len(written) != 2 or not written[0]:
        return None
    scale = value / written[0]
    return written[0] * scale, written[1] * scale


def _same_ends(a: Probe, b: Probe, av: float, bv: float) -> bool:
    """Two ranges are one figure when both their ends agree: a range is written to its
    ends, so "£430m to £450m" is not "£410m to £430m", whatever the tolerance."""
    ends_a, ends_b = _ends(a, av), _ends(b, bv)
    if ends_a is None or ends_b is None:
        return True
    return all(
        abs(x - y) <= EXACT_TOLERANCE * max(abs(x), abs(y))
        for x, y in zip(ends_a, ends_b, strict=True)
    )


_THIRDS = frozenset([16.7, 33.3, 66.7, 83.3])
# The SI units the extractor normalizes lengths, areas, volumes, masses, temperatures,
# speeds, energy and power to.
_PHYSICAL = wordset("meter square_meter cubic_meter kilogram kelvin meter_per_second joule watt")
_CONVERTED = _PHYSICAL - {"kelvin"}  # 5% of a temperature in kelvin is 15 degrees


def specific_figure(value: float) -> bool:
    """A figure unlikely to turn up by chance: 212 or 1,130, not 3, 2,000 or 120,000 (two
    unrelated stories give "£95 million" or "120 people" often enough), nor the 33.33...%
    of "a third" or "one in three", the commonest share of all."""
    if value != int(value) and round(value, 1) in _THIRDS:
        return False
    digits = f"{abs(value):.6g}".split("e")[0].replace(".", "").strip("0")
    return len(digits) >= 3


def one_measure(a: Probe, b: Probe) -> bool:
    """The same unit, or two units of one physical measure ("380 kilograms" and "2.3
    tonnes"); not two currencies, nor two counted nouns ("1,500 people", "1,200 jobs")."""
    if a.normalized_unit is None or a.normalized_unit != b.normalized_unit:
        return False
    return a.unit == b.unit or a.normalized_unit in _PHYSICAL


def same_measure_different_figure(a: Probe, b: Probe) -> bool:
    """One measure, with values too far apart to be one figure: a possible contradiction.

    Durations are left out: "30 days" and "30 months" of two stories are context, not
    rival figures, and they are everywhere.
    """
    if a.value is None or b.value is None or a.unit is None or a.normalized_unit is None:
        return False
    if not one_measure(a, b) or a.normalized_unit in DURATIONS or a.gap or b.gap:
        return False
    return not same_figure(a, b)


_DIFFERENCE_AFTER = re.compile(
    r"\s+(?:more|less|fewer|higher|lower|greater|bigger|smaller|cheaper|dearer)\s+than\b"
)


def _a_difference(probe: Probe) -> bool:
    """A figure that is a gap, not a level: "a quarter of a billion pounds more than the
    council admitted" does not rival the council's £1.2bn."""
    if not probe.quantity_text:
        return False
    position = probe.text.find(probe.quantity_text)
    if position < 0:
        return False
    return _DIFFERENCE_AFTER.match(probe.text, position + len(probe.quantity_text)) is not None
