"""Which of a sentence's figures it states: the one it is about (`main_quantity`), the
ones that each deserve a check (`independent_figures`), those that only describe
(`minor_figure`: "a three-bedroom flat") and those that count its sources
(`counts_the_speakers`: "Two senior officials said")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from claims.extract.lexicon import PLURAL_SPEAKERS
from claims.extract.results import Quantity
from claims.extract.scopes import Scoped
from claims.extract.spans import a_period
from claims.extract.units import TIME_UNITS


def main_quantity(quantities: list[Quantity]) -> Quantity | None:
    """The quantity a sentence is about: money, percentages, measures and counts first."""

    def rank(quantity: Quantity) -> int:
        if quantity.unit is None:
            return 2
        return 1 if quantity.unit in TIME_UNITS else 0

    return min(quantities, key=rank) if quantities else None


def independent_figures(quantities: list[Quantity], sentence: str = "") -> list[Quantity]:
    """The figures of a sentence that each deserve their own check, in reading order: every
    quantity with a unit, currency or counted noun, and bare numbers that are large, scaled
    or hedged ("well over 1,500"); small bare numbers are left out, and so is the period of
    another figure ("moved four times in three years", "rose 40% over five years")."""
    figures = [
        quantity
        for quantity in quantities
        if quantity.unit is not None or quantity.approximate or abs(quantity.value) >= 100
    ]
    if sentence and any(q.unit not in TIME_UNITS for q in figures):
        figures = [q for q in figures if not a_period(sentence, q)]
    return figures


def minor_figure(quantity: Quantity) -> bool:
    """A figure that only describes, beside the one a sentence is about: "a three-bedroom
    flat", "a five-day strike", "bought from three families", "two colleagues"."""
    counted = quantity.unit is not None and quantity.unit == quantity.normalized_unit
    if _DESCRIBING.match(quantity.text) and (counted or quantity.unit in TIME_UNITS):
        return True  # not "a 74-hectare site", a measure
    small_word = _SMALL_WORD.match(quantity.text) is not None and quantity.value <= 4
    return small_word and not quantity.approximate and counted and quantity.unit not in _PEOPLE


_DESCRIBING = re.compile(r"^[\w.]+-(?!year-old)[a-z]+$")  # "three-bedroom", "17-storey"
_SMALL_WORD = re.compile(r"(?i)^(?:two|three|four)\s")
_PEOPLE = frozenset(
    ["person", "death", "worker", "man", "woman", "child", "patient", "victim", "officer",
     "soldier", "member", "resident", "employee", "passenger", "pupil", "student", "miner"]
)  # fmt: skip


_PLURALS = {"person": "people"}


def counts_the_speakers(quantity: Quantity, sentence: str, scoped: Sequence[Scoped]) -> bool:
    """ "Two senior officials said ...": how many sources spoke is not a claim to check."""
    if quantity.unit is None or quantity.value >= 100:
        return False
    heads = {quantity.unit, quantity.unit + "s", _PLURALS.get(quantity.unit, "")} & PLURAL_SPEAKERS
    at = sentence.find(quantity.text)
    if not heads or at < 0:
        return False
    end = at + len(quantity.text)
    return any(
        s.speaker.kind in {"group", "role"}
        and s.speaker.start < end
        and at < s.speaker.end
        and heads & set(s.speaker.text.lower().split())  # "Two people familiar with"
        for s in scoped
    )
