"""What matching knows of a claim, new or stored (`Probe`), and what two claimants have in
common (what two figures have in common is in `figures.py`). Stored claims' probes are
read once per run and kept (`ProbeCache`).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from rapidfuzz import utils

from claims.ingest.figures import _PHYSICAL, _a_difference, _bound, in_digits, specific_figure
from claims.ingest.keys import (
    DURATIONS,
    NUMBER,
    Postings,
    SourceNames,
    keys_for,
    names,
    text_numbers,
    wordset,
)
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
    def story_names(self) -> frozenset[str]:
        """The names of the claim and of its claimant, cut as the keys cut them (`w:` keys):
        what ties two articles to one story (`stories.py`)."""
        return self.name_stems | frozenset(n[:6] for n in names(self.claimant or ""))

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
        return _claimant_words(self.claimant or "")

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
    def in_digits(self) -> bool:
        """Its figure is written with a digit ("1,000", not "a quarter")."""
        return in_digits(self.quantity_text)

    @_once
    def bound(self) -> int | None:
        """Which way its hedge points (`_bound`): 1 for "more than", -1 for "up to", 0 for
        "about" or none, None for a range."""
        return _bound(self.quantity_text)

    @_once
    def keys(self) -> set[str]:
        """Its `claim_keys` (`keys_for`): what it is indexed, and what its candidates are
        found, by. Worked out once, so the run's `Postings` learn the very same set."""
        return keys_for(self)

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
_CLAIMANT_NOISE = wordset(
    "the a an of and for in said says spokesman spokeswoman spokesperson official officials "
    "senior adviser"
)


@functools.lru_cache(maxsize=4096)  # an article quotes a few people, claim after claim
def _claimant_words(claimant: str) -> frozenset[str]:
    return frozenset(utils.default_process(claimant).split()) - _CLAIMANT_NOISE


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
    processing them once is enough. Fill it only with claims written in the open
    transaction or committed, and `clear` it when a transaction is rolled back: an id
    rolled back can be given to another claim.
    """

    def __init__(self, size: int = 50_000) -> None:
        self.size = size
        self._probes: dict[int, Probe] = {}
        self.postings = Postings()  # the keys' postings read in this run (SQLite)
        self.source_names = SourceNames()  # the name keys of the articles read (SQLite)

    def get(self, claim_id: int) -> Probe | None:
        return self._probes.get(claim_id)

    def update(self, probes: Mapping[int, Probe]) -> None:
        self._probes.update(probes)
        while len(self._probes) > self.size:
            del self._probes[next(iter(self._probes))]

    def clear(self) -> None:
        """Forget everything: claims it was told of were rolled back."""
        self._probes.clear()
        self.postings.clear()
        self.source_names.clear()

    def committed(self, probes: Mapping[int, Probe]) -> None:
        """Claims the run has just written: their probes, and their ids under their keys
        (`Probe.keys`, the set they were indexed by) for the postings held."""
        self.update(probes)
        for claim_id, probe in probes.items():
            self.postings.add(claim_id, probe.keys)


def _probe_of_row(row: Any) -> Probe:
    """A probe from a result row with the claims columns `_PROBE_COLUMNS` names."""
    return Probe.of_claim(row)
