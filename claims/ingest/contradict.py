"""The lexical contradiction rule: two different figures of one measure about the same
subject, judged sentence by sentence from their words (`contradiction`). The rule within
one story, which knows more, is in `stories.py`.
"""

from __future__ import annotations

import functools
import re

from claims.ingest.figures import bounds_agree
from claims.ingest.keys import NUMBER, text_numbers, wordset
from claims.ingest.probe import Probe, _around, one_claimant

CONTRADICTION_SUBJECT = 30.0  # share of content words around the figures, 0-100
_SUBJECT_WORDS = 8


def _without_numbers(text: str) -> str:
    return NUMBER.sub(" ", text)


_STOP = wordset(
    """the and but for with from into onto that this these those than then there their they
    them its his her our your was were are is be been being has have had will would could
    should may might can said says say told added according also more less about around
    nearly some least most over under only just not all any per which who whom what when
    where while after before since because still even very much many such other another
    one two three four five six seven eight nine ten first last year years week weeks month
    months day days time times percent per cent million billion thousand""",
)


def _stems(text: str | None) -> set[str]:
    """Content words as five-letter stems: "evacuated"/"evacuation" -> "evacu"."""
    words = re.findall(r"[A-Za-z][A-Za-z'’-]+", text or "")
    return {w.lower()[:5] for w in words if len(w) > 2 and w.lower() not in _STOP}


def _specific_measure(probe: Probe) -> bool:
    """A physical measure ("sq km", "tonnes"): rarer in news than counts, money or shares."""
    unit = probe.unit or ""
    return unit != probe.normalized_unit and not (len(unit) == 3 and unit.isupper())


STORY_SUBJECT_WORDS = 3  # within one story, content words that stand for a shared name


def gives_both(a: Probe, b: Probe) -> bool:
    """Each text writes both figures: "412 vehicles rather than the 589 it ordered" does
    not gainsay "cut its order to 412 from the 589 planned", both tell the cut. (One text
    giving both, "212 confirmed, but sources say nearly 250", is the rival figure itself.)"""
    ours, theirs = text_numbers(a.quantity_text or ""), text_numbers(b.quantity_text or "")
    both = set(ours) | set(theirs)
    return bool(
        ours and theirs and both <= set(text_numbers(a.text)) and both <= set(text_numbers(b.text))
    )


def reconciled(new: Probe, old: Probe) -> bool:
    """Two different figures that do not gainsay each other whatever their words: a hedge
    or a range makes room for both ("more than 300 homes" and "340 homes"), or they are
    dated to two different periods ("41,200 in 2025" and "3,115 in June")."""
    return bounds_agree(new, old) or (
        new.event_date != old.event_date and _a_period(new) and _a_period(old)
    )


def contradiction(new: Probe, old: Probe, story: bool = False) -> float | None:
    """How surely two different figures of one measure are about the same thing.

    Lexical cues only, so it asks a lot: the two sentences must share a name (a place, a
    person, an organisation) or the claimant, and the words around the two figures must
    share content words — two for counts, money and shares, one for physical measures.
    Anything less is left alone: a wrong `contradicts` costs a reviewer more than a
    missed one. Within one `story` (two tellings of it), where the names are everywhere
    and often left out ("each vehicle will cost about £16.5m"), three shared content words
    stand for the name.
    """
    if reconciled(new, old):
        return None
    named = one_claimant(new, old) or _share_a_name(new, old)
    if not (named or story):
        return None
    if _qualifier(new.anchor) != _qualifier(old.anchor):
        return None  # "4,000 indirect jobs" does not gainsay "1,800 jobs"
    a, b = _subject(new.text, new.anchor), _subject(old.text, old.anchor)
    if a is None or b is None:
        return None
    shared = a & b
    needed = 1 if _specific_measure(new) else 2
    if not named:
        needed = max(needed, STORY_SUBJECT_WORDS)
    if len(shared) < needed or not a or not b:
        return None
    return round(100.0 * len(shared) / min(len(a), len(b)), 1)


# Words that make a count a different count: direct and indirect jobs, confirmed and
# suspected cases, full-time and part-time posts.
_QUALIFIERS = wordset(
    """direct indirect permanent temporary new existing full-time part-time confirmed
    suspected probable domestic foreign international local seasonal additional extra
    annual monthly weekly daily net gross""",
)


# When a statement was made, not what it is about: "said on Monday", "yesterday".
_SAYING_DAY = re.compile(
    r"(?i)\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today"
    r"|tonight|this morning|last night)\b"
)


def _a_period(probe: Probe) -> bool:
    """Whether the claim is dated by the period its figure covers ("in 2025", "in June",
    "on 31 December"), not by the day someone spoke."""
    return (
        probe.event_date is not None
        and probe.date_text is not None
        and _SAYING_DAY.search(probe.date_text) is None
    )


def _qualifier(anchor: str | None) -> str | None:
    """The qualifier written in a figure ("more than 4,000 indirect jobs"), if any."""
    words = (anchor or "").lower().split()
    return next((w for w in words if w in _QUALIFIERS), None)


@functools.lru_cache(maxsize=65_536)  # a stored claim is a candidate again and again
def _subject(text: str, anchor: str | None) -> frozenset[str] | None:
    """The content words within `_SUBJECT_WORDS` of a claim's figure (or date)."""
    around = _around(text, anchor, _SUBJECT_WORDS)
    return None if around is None else frozenset(_stems(_without_numbers(around)))


def _name_stems(probe: Probe) -> frozenset[str]:
    """Names cut as the keys cut them: "Russia's" and "Russians" are one subject."""
    return probe.name_stems


# What turns a name into its people or its adjective: Russia/Russians, Ukraine/Ukrainian.
_NAME_ENDINGS = frozenset({"", "s", "n", "ns", "an", "ans", "ian", "ians", "e", "i", "ese", "ish"})


_NO_WORDS: frozenset[str] = frozenset()


def _share_a_name(a: Probe, b: Probe) -> bool:
    """A name in both, or forms of one name ("Russia's" / "Russians"); two names that only
    begin alike ("Stozelmon" / "Stozeldor") are not one. Nor is a name that is, on both
    sides, a word of two different claimants: a surname two people have ("Fitasgu told
    reporters" of Kafi and of Guvel Fitasgu) says nothing of one subject."""
    if a.name_stems.isdisjoint(b.name_stems):
        return False  # most pairs: no name in common, nor a form of one (a name is its stem's)
    theirs_a = theirs_b = _NO_WORDS
    if not one_claimant(a, b):
        theirs_a, theirs_b = a.claimant_words, b.claimant_words
    if any(not (n in theirs_a and n in theirs_b) for n in a.names & b.names):
        return True
    for stem in _name_stems(a) & _name_stems(b):
        for x in (n for n in a.names if n.startswith(stem)):
            for y in (n for n in b.names if n.startswith(stem)):
                if x in theirs_a and y in theirs_b:
                    continue
                shared = next(
                    (i for i, (p, q) in enumerate(zip(x, y, strict=False)) if p != q),
                    min(len(x), len(y)),
                )
                if x[shared:] in _NAME_ENDINGS and y[shared:] in _NAME_ENDINGS:
                    return True
    return False
