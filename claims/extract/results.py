"""The two value types the extractor hands to the rest of the product."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Quantity:
    """A number with what it counts or measures, as found in one sentence.

    ``value`` is at full scale ("$4.2 billion" -> 4.2e9). ``unit`` is canonical: a pint
    unit name ("square_kilometer", "percent", "tonne", "degree_Celsius", "month"), an ISO
    4217 currency code ("USD") or a singular counted noun ("country", "person"); None for a
    bare number. ``normalized_value``/``normalized_unit`` are in the SI unit of the
    dimension for physical units (1,000 sq km -> 1e9 square_meter) and equal
    ``value``/``unit`` otherwise.
    """

    value: float
    unit: str | None
    normalized_value: float | None
    normalized_unit: str | None
    approximate: bool
    text: str


@dataclass(frozen=True)
class ExtractedClaim:
    """One checkable sentence of an article, with where it is and who said it.

    ``via`` lists the intermediaries of a reported-speech chain, the one closest to the
    claimant first: in "according to the state news agency, the minister said the
    president said ...", ``speaker`` is "the president" and ``via`` is
    ("the minister", "the state news agency").
    """

    text: str
    kind: str
    quote: str
    start: int
    end: int
    sentence: str
    prefix: str
    suffix: str
    claimant: str | None
    speaker: str | None
    via: tuple[str, ...] = field(default=())
    quantity: Quantity | None = None
    event_date: dt.date | None = None
    date_text: str | None = None
    checkworthiness: float = 0.0
