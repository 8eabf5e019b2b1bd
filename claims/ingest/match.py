"""Across sources: is a new claim one we already hold, a near one, or a contradiction?

Two steps, so it stays quick with a million claims stored:

1. **Candidates** come from `claim_keys`, an index of the numbers, dates and names in each
   claim (`keys.py`). Each key fetches at most `POSTINGS_PER_KEY` of the newest claims
   holding it (an index range scan, whatever the table size); the claims sharing the most
   keys, rare keys counting more, become the candidates.
2. **Scoring** compares texts with rapidfuzz `token_set_ratio` after `default_process`
   (lower case, punctuation off), then adjusts for what the texts alone cannot say: the
   same figure or the same claimant raise the score, different figures or different event
   dates lower it.

Outcomes (the thresholds are tuned on the labelled evaluation set, see docs/ingest.md):

- score ≥ `CONFIDENT` with the same figure, claimant or date → the same claim: the new
  passage becomes another appearance of the stored claim;
- score ≥ `SIMILAR` → a new claim with a `similar` link (with the score) to confirm;
- the same measure (same unit) with a different value beyond the approximate tolerance,
  about the same subject → a new claim with a `contradicts` link.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz, utils
from sqlalchemy import select
from sqlalchemy.orm import Session

from claims.ingest.keys import DURATIONS, NUMBER, candidate_ids, keys_for, names, wordset
from claims.models import Claim

CONFIDENT = 90.0
SIMILAR = 70.0
CONTRADICTION_SUBJECT = 30.0  # share of content words around the figures, 0-100
SAME_FIGURE_BONUS = 20.0
WEAK_FIGURE_BONUS = 8.0
SAME_CLAIMANT_BONUS = 6.0
SAME_DATE_BONUS = 6.0
DIFFERENT_FIGURE_PENALTY = 20.0
ONE_SIDED_FIGURE_PENALTY = 10.0
DIFFERENT_DATE_PENALTY = 8.0
_LOCAL_WORDS = 6
_SUBJECT_WORDS = 8

APPROXIMATE_TOLERANCE = 0.10  # "around 1,000" and "1,050" are the same figure
EXACT_TOLERANCE = 0.005  # "$4.2bn" and "$4,213m"

MAX_LINKS = 3  # similar, and contradicts, per new claim: the best few


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
    @functools.cached_property
    def names(self) -> frozenset[str]:
        return names(self.text)

    @functools.cached_property
    def processed(self) -> str:
        return utils.default_process(self.text)

    @functools.cached_property
    def local(self) -> str | None:
        """The words either side of the figure or date, processed for scoring."""
        around = _around(self.text, self.anchor)
        return utils.default_process(around) if around else None

    @functools.cached_property
    def claimant_words(self) -> frozenset[str]:
        if not self.claimant:
            return frozenset()
        return frozenset(utils.default_process(self.claimant).split()) - _CLAIMANT_NOISE

    @functools.cached_property
    def gap(self) -> bool:
        """Its figure is a difference, not a level (`_a_difference`)."""
        return _a_difference(self)

    @property
    def anchor(self) -> str | None:
        """The words a claim turns on: its figure, else its date."""
        return self.quantity_text if self.value is not None else self.date_text

    def warm(self) -> Probe:
        """Work out everything comparisons read, so it travels with the probe (pickled)."""
        for name in ("names", "processed", "local", "claimant_words", "gap"):
            getattr(self, name)
        return self


@dataclass
class Decision:
    """What to do with one new claim."""

    same_as: int | None = None
    score: float = 0.0
    similar: list[tuple[int, float]] = field(default_factory=list)
    contradicts: list[tuple[int, float]] = field(default_factory=list)


# --- keys -----------------------------------------------------------------------------------


def similarity(a: str, b: str) -> float:
    return float(fuzz.token_set_ratio(a, b, processor=utils.default_process))


def _without_numbers(text: str) -> str:
    return NUMBER.sub(" ", text)


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
    # "28 settlements" and "28 villages" count the same thing; "28 km" and "28 %" do not.
    return a.normalized_unit == b.normalized_unit or (_counted_noun(a) and _counted_noun(b))


def specific_figure(value: float) -> bool:
    """A figure unlikely to turn up by chance: 120,000 or 212, not 3 or 2,000."""
    digits = f"{abs(value):.6g}".split("e")[0].replace(".", "").strip("0")
    return len(digits) >= 3 or (len(digits) >= 2 and abs(value) >= 100)


def same_story(a: Probe, b: Probe) -> bool:
    """The two sentences share a claimant, a name or an event date."""
    return (
        same_claimant(a, b)
        or bool(a.names & b.names)
        or (a.event_date is not None and a.event_date == b.event_date)
    )


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


@dataclass(frozen=True)
class Comparison:
    score: float  # 0-100: how sure we are that both say the same thing
    evidence: bool  # the same figure, claimant or date backs the wording up
    contradiction: float | None  # subject similarity when the figures disagree


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


def contradiction(new: Probe, old: Probe) -> float | None:
    """How surely two different figures of one measure are about the same thing.

    Lexical cues only, so it asks a lot: the two sentences must share a name (a place, a
    person, an organisation) or the claimant, and the words around the two figures must
    share content words — two for counts, money and shares, one for physical measures.
    Anything less is left alone: a wrong `contradicts` costs a reviewer more than a
    missed one.
    """
    if not (same_claimant(new, old) or _share_a_name(new, old)):
        return None
    around_new = _around(new.text, new.anchor, _SUBJECT_WORDS)
    around_old = _around(old.text, old.anchor, _SUBJECT_WORDS)
    if around_new is None or around_old is None:
        return None
    a, b = _stems(_without_numbers(around_new)), _stems(_without_numbers(around_old))
    shared = a & b
    needed = 1 if _specific_measure(new) else 2
    if len(shared) < needed or not a or not b:
        return None
    return round(100.0 * len(shared) / min(len(a), len(b)), 1)


def _name_stems(probe: Probe) -> frozenset[str]:
    """Names cut as the keys cut them: "Russia's" and "Russians" are one subject."""
    return frozenset(name[:6] for name in probe.names)


# What turns a name into its people or its adjective: Russia/Russians, Ukraine/Ukrainian.
_NAME_ENDINGS = frozenset({"", "s", "n", "ns", "an", "ans", "ian", "ians", "e", "i", "ese", "ish"})


def _share_a_name(a: Probe, b: Probe) -> bool:
    """A name in both, or forms of one name ("Russia's" / "Russians"); two names that only
    begin alike ("Stozelmon" / "Stozeldor") are not one."""
    if a.names & b.names:
        return True
    for stem in _name_stems(a) & _name_stems(b):
        for x in (n for n in a.names if n.startswith(stem)):
            for y in (n for n in b.names if n.startswith(stem)):
                shared = next(
                    (i for i, (p, q) in enumerate(zip(x, y, strict=False)) if p != q),
                    min(len(x), len(y)),
                )
                if x[shared:] in _NAME_ENDINGS and y[shared:] in _NAME_ENDINGS:
                    return True
    return False


def compare(new: Probe, old: Probe, floor: float = 0.0) -> Comparison:
    """How a new claim relates to a stored one.

    With a `floor`, a score that cannot reach it comes back as some score below it: the
    evidence is weighed first, and the text is scored only as far as it could matter.
    """
    if same_measure_different_figure(new, old):
        return Comparison(0.0, False, contradiction(new, old))
    evidence, adjustment = _evidence(new, old)
    cutoff = min(100.0, max(0.0, floor - adjustment))
    if new.processed == old.processed:
        score = 100.0  # wire copy: the same words, nothing to score
    else:
        score = fuzz.token_set_ratio(new.processed, old.processed, score_cutoff=cutoff)
        if new.local and old.local and score < 100.0:
            local = fuzz.token_set_ratio(new.local, old.local, score_cutoff=max(cutoff, score))
            score = max(score, local)
    return Comparison(max(0.0, min(float(score) + adjustment, 100.0)), evidence, None)


def _evidence(new: Probe, old: Probe) -> tuple[bool, float]:
    """What the words cannot say: whether figure, claimant or date back a match, and how
    much they add to (or take from) the text score."""
    score = 0.0
    evidence = False
    if same_figure(new, old):
        # A shared figure is strong evidence only when it is unlikely to be chance: the
        # same story, or an uncommon number; "three families" and "three summers" share
        # nothing but the three.
        assert new.value is not None
        if same_story(new, old) or specific_figure(new.value):
            score += SAME_FIGURE_BONUS
            evidence = True
        elif new.unit == old.unit:
            score += WEAK_FIGURE_BONUS
    elif new.value is not None and old.value is not None:
        score -= DIFFERENT_FIGURE_PENALTY
    elif (new.value is None) != (old.value is None):
        score -= ONE_SIDED_FIGURE_PENALTY
    if same_claimant(new, old):
        score += SAME_CLAIMANT_BONUS
        evidence = True
    if new.event_date is not None and old.event_date is not None:
        if new.event_date == old.event_date:
            score += SAME_DATE_BONUS
            evidence = True
        else:
            score -= DIFFERENT_DATE_PENALTY
    return evidence, score


def decide(new: Probe, candidates: Sequence[tuple[int, Probe]]) -> Decision:
    """Compare one new claim with its candidates."""
    decision = Decision()
    scored: list[tuple[float, int, bool]] = []
    for claim_id, old in candidates:
        comparison = compare(new, old, floor=SIMILAR)
        if comparison.contradiction is not None:
            if comparison.contradiction >= CONTRADICTION_SUBJECT:
                decision.contradicts.append((claim_id, round(comparison.contradiction, 1)))
            continue
        scored.append((comparison.score, claim_id, comparison.evidence))
    scored.sort(key=lambda item: (-item[0], -item[1]))
    for score, claim_id, evidence in scored:
        if decision.same_as is None and not decision.similar and score >= CONFIDENT and evidence:
            decision.same_as, decision.score = claim_id, round(score, 1)
        elif score >= SIMILAR and len(decision.similar) < MAX_LINKS:
            decision.similar.append((claim_id, round(score, 1)))
    if decision.same_as is not None:
        decision.similar.clear()  # the stored claim already carries its own links
    decision.contradicts.sort(key=lambda item: (-item[1], -item[0]))
    del decision.contradicts[MAX_LINKS:]
    return decision


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
    return Probe(
        text=row.text,
        claimant=row.claimant,
        value=row.quantity_value,
        unit=row.quantity_unit,
        normalized_value=row.quantity_normalized_value,
        normalized_unit=row.quantity_normalized_unit,
        approximate=bool(row.quantity_approximate),
        quantity_text=row.quantity_text,
        event_date=row.event_date,
        date_text=row.date_text,
    )


def match(
    session: Session,
    probes: Sequence[Probe],
    exclude: set[int],
    key_sets: Sequence[set[str]] | None = None,
    cache: ProbeCache | None = None,
) -> list[Decision]:
    """Decide, for each new claim of one article, how it relates to the stored claims.

    `key_sets` are the probes' `keys_for`, when worked out already (in a worker).
    """
    if key_sets is None:
        key_sets = [keys_for(p) for p in probes]
    ids_per_probe = candidate_ids(session, key_sets, exclude)
    stored: dict[int, Probe] = {}
    missing: list[int] = []
    for claim_id in sorted(set().union(*ids_per_probe)) if ids_per_probe else []:
        known = cache.get(claim_id) if cache is not None else None
        if known is not None:
            stored[claim_id] = known
        else:
            missing.append(claim_id)
    for start in range(0, len(missing), 500):
        chunk = missing[start : start + 500]
        # Plain rows, not ORM objects: most candidates are looked at once and dropped.
        for row in session.execute(select(*_PROBE_COLUMNS).where(Claim.id.in_(chunk))):
            stored[row.id] = _probe_of_row(row)
    if cache is not None:
        cache.update({i: stored[i] for i in missing if i in stored})
    return [
        decide(probe, [(i, stored[i]) for i in ids if i in stored])
        for probe, ids in zip(probes, ids_per_probe, strict=True)
    ]
