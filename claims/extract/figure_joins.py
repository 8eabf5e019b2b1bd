"""What a sentence's numbers make once each is read (`quantities.py`): one measure in two
units ("15ft 6in"), a figure restated in other units in brackets ("46.2C (115.2F)"), and
the period a result covers, which is no figure ("the 12 months to March")."""

from __future__ import annotations

import re
from dataclasses import replace

from claims.extract.figure_context import MONTH
from claims.extract.results import Quantity


def compound(sentence: str, quantity: Quantity, end: int) -> tuple[Quantity, int]:
    """ "15ft 6in", "2 hours 40 minutes", "3min 51.2sec", "11st 4lb", "7lb 4oz": one
    measure written in two units, read in the first."""
    smaller = _COMPOUNDS.get(quantity.unit or "")
    if smaller is None:
        return quantity, end
    pattern, parts = smaller
    match = pattern.match(sentence, end)
    if match is None or float(match.group(1)) >= parts:
        return quantity, end
    added = float(match.group(1)) / parts
    value = round(quantity.value + added, 4)
    normalized = quantity.normalized_value
    if normalized is not None and quantity.value:
        normalized *= value / quantity.value
    text = quantity.text + sentence[end : match.end()]
    return replace(quantity, value=value, normalized_value=normalized, text=text), match.end()


_COMPOUNDS = {  # the first unit, then the smaller one written after it and how many make one
    "foot": (re.compile(r"\s*(\d{1,2}(?:\.\d+)?)\s*(?:in|ins|inch|inches|\")(?![\w-])"), 12),
    "hour": (re.compile(r"\s*(?:and\s+)?(\d{1,2})\s*(?:min|mins|minutes?)\b"), 60),
    "minute": (re.compile(r"\s*(?:and\s+)?(\d{1,2}(?:\.\d+)?)\s*(?:s|sec|secs|seconds?)\b"), 60),
    "stone": (re.compile(r"\s*(\d{1,2}(?:\.\d+)?)\s*(?:lb|lbs|pounds?)\b"), 14),
    "pound": (re.compile(r"\s*(\d{1,2}(?:\.\d+)?)\s*(?:oz|ounces?)\b"), 16),
}


def restated(sentence: str, start: int, quantity: Quantity, before: Quantity) -> bool:
    """A figure in brackets right after another of the same measure is that figure in
    other units: "46.2C (115.2F)", "120 km (75 miles)", "£100m ($127m)"."""
    written = sentence.find(before.text)
    if written < 0 or not _OPENS_BRACKET.fullmatch(sentence, written + len(before.text), start):
        return False
    if quantity.normalized_unit is not None and quantity.normalized_unit == before.normalized_unit:
        return True
    return bool(_CURRENCY_CODE.fullmatch(quantity.unit or "")) and bool(
        _CURRENCY_CODE.fullmatch(before.unit or "")
    )


_OPENS_BRACKET = re.compile(r"\s*\(\s*")
_CURRENCY_CODE = re.compile(r"[A-Z]{3}")


def reporting_period(sentence: str, start: int, end: int, quantity: Quantity) -> bool:
    """ "the 12 months to March", "the six months ended February": the period a result
    covers, not a figure of its own."""
    return (
        quantity.unit in _PERIOD_UNITS
        and _REPORTING_PERIOD.match(sentence, end) is not None
        and _THE_BEFORE.search(sentence, max(0, start - 12), start) is not None
    )


_PERIOD_UNITS = frozenset(["month", "week", "year", "quarter"])
_REPORTING_PERIOD = re.compile(
    rf"(?i)\s+(?:to|ended|ending|through|until)\s+(?:the\s+end\s+of\s+)?{MONTH}"
)
_THE_BEFORE = re.compile(r"(?i)\b(?:the|first|last|past|latest)\s+$")
