"""What matching knows of a claim, new or stored (`Probe`), and what two figures or two
claimants have in common: the helpers both the scoring (`match.py`) and the contradiction
rules (`contradict.py`, `stories.py`) read. Stored claims' probes are read once per run
and kept (`ProbeCache`).
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from rapidfuzz import utils

from claims.ingest.keys import DURATIONS, NUMBER, names, text_numbers, wordset
from claims.models import Claim

_LOCAL_WORDS = 6

_T = TypeVar("_T")

if TYPE_CHECKING:
    _once = functools.cached_property
else:

    class _once(Generic[_T]):
        """`functools.cached_property` without its lock (Python 3.11 takes one on every
        first read, for a value that is the same whoever works it out first)."""

        def __init__(self, function: Callable[[Any], _T]) -> None:
            self.function = function
            self.name = function.__name__
            self.__doc__ = function.__doc__

        def __set_name__(self, owner: type, name: str) -> None:
            self.name = name

        def __get__(self, instance: Any, owner: type | None = None) -> Any:
            if instance is None:
                return self
            value = instance.__dict__[self.name] = self.function(instance)
            return value


APPROXIMATE_TOLERANCE = 0.10  # "around 1,000" and "1,050" are the same figure
EXACT_TOLERANCE = 0.005  # "$4.2bn" and "$4,213m"


@dataclass(frozen=True)
class Probe:
    """What matching needs to know about a claim, new or stored."""

    text: str
    claimant: str | None = None
    value: float | None = None
    unit: str | None = None
    normalized_value: float | None = None
    normalized_unit: str | None = None
    approximate: bool = False
    quantity_text: str | None = None
    event_date: dt.date | None = None
    date_text: str | None = None

    @classmethod
    def of_claim(cls, claim: Claim) -> Probe:
        """A probe from a stored claim, or a row with the same column names."""
        return cls(
            text=claim.text,
            claimant=claim.claimant,
            value=claim.quantity_value,
            unit=claim.quantity_unit,
            normalized_value=claim.quantity_normalized_value,
            normalized_unit=claim.quantity_normalized_unit,
            approximate=bool(claim.quantity_approximate),
            quantity_text=claim.quantity_text,
            event_date=claim.event_date,
            date_text=claim.date_text,
        )

    # Worked out once per claim, not once per comparison (and, for new claims, in the
    # worker process that extracted them: `warm`).
    @_once
    def names(self) -> frozenset[str]:
        return names(self.text)

    @_once
    def name_stems(self) -> frozenset[str]:
        """Its names cut as the keys cut them: "Russia's" and "Russians" meet."""
        return frozenset(name[:6] for name in self.names)

    @_once
    def processed(self) -> str:
        return utils.default_process(self.text)

    @_once
    def local(self) -> str | None:
        """The words either side of the figure or date, processed for scoring."""
        around = _around(self.text, self.anchor)
        return utils.default_process(around) if around else None

    @_once
    def local_date(self) -> str | None:
        """The words either side of its date, when its figure anchors `local`: a claim
        with a figure and a date may repeat another by the date alone ("will reach full
        operating capability in 2030")."""
        if self.value is None or not self.date_text:
            return self.local if self.value is None else None
        around = _around(self.text, self.date_text)
        return utils.default_process(around) if around else None

    @_once
    def claimant_words(self) -> frozenset[str]:
        if not self.claimant:
            return frozenset()
        return frozenset(utils.default_process(self.claimant).split()) - _CLAIMANT_NOISE

    @_once
    def gap(self) -> bool:
        """Its figure is a difference, not a level (`_a_difference`)."""
        return _a_difference(self)

    @_once
    def specific(self) -> bool:
        """Its figure is one unlikely to turn up by chance (`specific_figure`), or a physical
        measure written with two digits or more ("30 gigawatt-hours", "11 km", "5.8
        metres", not "6 metres"): news repeats counts and money more than it does those."""
        if self.value is None:
            return False
        if self.normalized_unit in _PHYSICAL and self.unit not in DURATIONS:
            written = NUMBER.search(self.quantity_text or "")
            digits = sum(char.isdigit() for char in written.group()) if written else 0
            return specific_figure(self.value) or digits >= 2
        return specific_figure(self.value)

    @_once
    def numbers(self) -> frozenset[float]:
        """The figures written in its text that are unlikely to turn up by chance: "£634" in
        "bills rose 9% to £634" (no years: they are dates)."""
        return frozenset(n for n in text_numbers(self.text) if specific_figure(n))

    @_once
    def to_the_day(self) -> bool:
        """Its date names a day ("on Monday", "12 June", "yesterday"), not only a month or a
        year: two stories share a year by chance, rarely a day."""
        return _DAY.search(self.date_text or "") is not None

    @_once
    def bound(self) -> int | None:
        """Which way its hedge points (`_bound`): 1 for "more than", -1 for "up to", 0 for
        "about" or none, None for a range."""
        return _bound(self.quantity_text)

    @property
    def anchor(self) -> str | None:
        """The words a claim turns on: its figure, else its date."""
        return self.quantity_text if self.value is not None else self.date_text

    def warm(self) -> Probe:
        """Work out everything comparisons read, so it travels with the probe (pickled)."""
        for name in ("names", "processed", "local", "local_date", "claimant_words", "gap"):
            getattr(self, name)
        return self


_DAY = re.compile(
    r"(?<!\d)\d{1,2}(?!\d)|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday"
    r"|today|tonight|tomorrow",
    re.IGNORECASE,
)
_MEASURES = frozenset({"percent", "point", "percentage_point", "per_mille"})


def _counted_noun(probe: Probe) -> bool:
    unit = probe.unit
    return (
        unit is not None
        and unit == probe.normalized_unit
        and unit.isalpha()
        and unit.islower()
        and unit not in _MEASURES
    )


def same_figure(a: Probe, b: Probe) -> bool:
    if a.value is None or b.value is None:
        return False
    tolerance = APPROXIMATE_TOLERANCE if (a.approximate or b.approximate) else EXACT_TOLERANCE
    if a.unit == b.unit:
        av, bv = a.value, b.value  # not kelvin for °C: 1.2C and 3.1C are 0.7% apart there
    else:
        av = a.normalized_value if a.normalized_value is not None else a.value
        bv = b.normalized_value if b.normalized_value is not None else b.value
    if abs(av - bv) > tolerance * max(abs(av), abs(bv)):
        return False
    rounded = a.unit == b.unit and _in_digits(a) and _in_digits(b)  # not "a quarter"
    if not _may_be_one_figure(a, b, av, bv, rounded):
        return False
    # "28 settlements" and "28 villages" count the same thing; "28 km" and "28 %" do not,
    # nor do "312 deaths" and "312 homes".
    if a.normalized_unit == b.normalized_unit:
        return True
    return _counted_noun(a) and _counted_noun(b) and _same_kind(a.unit, b.unit)


# Counted nouns that can stand for each other, by what they count; nouns of two different
# kinds never do. A noun in none of these may be any of them ("28 settlements", "28 sites").
_KINDS_OF_THINGS = (
    """person resident villager civilian victim death casualty patient child adult pupil
    student schoolkid passenger migrant refugee evacuee soldier troop officer worker employee
    member fan supporter voter customer user inhabitant survivor job post position
    vacancy nurse doctor teacher staff miner driver pilot farmer player prisoner detainee
    protester tourist visitor guest delegate official crew man woman colleague workmate
    coworker local citizen""",
    # "2,500 jobs" and "2,500 people" hired are one claim
    "home house household building property dwelling flat apartment homeowner",
    "village settlement town city community municipality",
    "car vehicle bus truck lorry van train",
    "aircraft plane jet flight",
    "school college university",
    "hospital clinic ward",
    "case infection",
)
_ANY_KIND = frozenset(["site", "place", "location", "area", "unit", "facility", "one"])
_KIND_OF = {noun: kind for kind, nouns in enumerate(_KINDS_OF_THINGS) for noun in nouns.split()}


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
    r"|north of|exceeds?|exceeding|not less than|no fewer than|no less than)\b"
    r"|(?:\d\+|\bor more)$"
)
_AT_MOST = re.compile(
    r"^(?:up to|nearly|almost|fewer than|less than|under|below|within|as much as|as many as"
    r"|as high as|barely|no more than|at most|just under|just shy of|shy of|short of"
    r"|not quite|by up to)\b"
)
# "2-3", "£2m to £3m", "5 per cent to 7 per cent", "between 40 and 50"
_RANGE = re.compile(
    r"\d(?:[a-z%]{0,3}|\s*(?:thousand|million|billion|trillion|per ?cent))\s*"
    r"(?:-|–|—|to|and)\s*\S*\d|\bbetween\b",
    re.IGNORECASE,
)


def _in_digits(probe: Probe) -> bool:
    return any(char.isdigit() for char in probe.quantity_text or "")


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


def specific_figure(value: float) -> bool:
    """A figure unlikely to turn up by chance: 120,000 or 212, not 3 or 2,000, nor the
    33.33...% of "a third" or "one in three", the commonest share of all."""
    if value != int(value) and round(value, 1) in _THIRDS:
        return False
    digits = f"{abs(value):.6g}".split("e")[0].replace(".", "").strip("0")
    return len(digits) >= 3 or (len(digits) >= 2 and abs(value) >= 100)


def same_measure_different_figure(a: Probe, b: Probe) -> bool:
    """The same unit, with values too far apart to be one figure: a possible contradiction.

    Durations are left out: "30 days" and "30 months" of two stories are context, not
    rival figures, and they are everywhere.
    """
    if a.value is None or b.value is None or a.unit is None or a.normalized_unit is None:
        return False
    if a.unit != b.unit or a.normalized_unit != b.normalized_unit:
        return False
    if a.normalized_unit in DURATIONS or a.gap or b.gap:
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


_CLAIMANT_NOISE = wordset(
    "the a an of and for in said says spokesman spokeswoman spokesperson official officials "
    "senior adviser"
)


def same_claimant(a: Probe, b: Probe) -> bool:
    return bool(a.claimant_words & b.claimant_words)


def one_claimant(a: Probe, b: Probe) -> bool:
    """The same source, by the words of its name: "Syrskyi" is "Oleksandr Syrskyi", but
    "Kafi Fitasgu" is not "Guvel Fitasgu", nor "the Hawenler chamber of commerce" the
    Monbrivel one (`same_claimant` takes any word in common)."""
    x, y = a.claimant_words, b.claimant_words
    return bool(x and y) and (x <= y or y <= x)


def _around(text: str, anchor: str | None, words: int = _LOCAL_WORDS) -> str | None:
    """The words either side of a claim's figure or date: where paraphrases agree most."""
    if not anchor:
        return None
    position = text.find(anchor)
    if position < 0:
        return None
    before = text[:position].split()[-words:] if words else []
    after = text[position + len(anchor) :].split()[:words]
    return " ".join([*before, anchor, *after])


_PROBE_COLUMNS = (
    Claim.id,
    Claim.text,
    Claim.claimant,
    Claim.quantity_value,
    Claim.quantity_unit,
    Claim.quantity_normalized_value,
    Claim.quantity_normalized_unit,
    Claim.quantity_approximate,
    Claim.quantity_text,
    Claim.event_date,
    Claim.date_text,
)


class ProbeCache:
    """Stored claims already read (or just written) in this run, by id, newest kept.

    A story's claims come back as candidates article after article; reading and
    processing them once is enough. Fill it only with committed claims: an id rolled
    back can be given to another claim.
    """

    def __init__(self, size: int = 50_000) -> None:
        self.size = size
        self._probes: dict[int, Probe] = {}

    def get(self, claim_id: int) -> Probe | None:
        return self._probes.get(claim_id)

    def update(self, probes: Mapping[int, Probe]) -> None:
        self._probes.update(probes)
        while len(self._probes) > self.size:
            del self._probes[next(iter(self._probes))]


def _probe_of_row(row: Any) -> Probe:
    """A probe from a result row with the claims columns `_PROBE_COLUMNS` names."""
    return Probe.of_claim(row)
