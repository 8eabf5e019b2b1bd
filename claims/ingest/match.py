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

from collections.abc import Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz, utils
from rapidfuzz.fuzz import token_set_ratio
from sqlalchemy import select
from sqlalchemy.orm import Session

from claims.ingest.contradict import CONTRADICTION_SUBJECT, contradiction
from claims.ingest.figures import (
    EXACT_TOLERANCE,
    _in_digits,
    bounds_agree,
    comparable_values,
    one_measure,
    same_figure,
)
from claims.ingest.keys import DURATIONS, candidate_ids, keys_for
from claims.ingest.probe import _PROBE_COLUMNS, Probe, ProbeCache, _probe_of_row, same_claimant
from claims.models import Claim

__all__ = ["CONFIDENT", "SIMILAR", "Decision", "Probe", "ProbeCache", "compare", "decide", "match"]

CONFIDENT = 90.0
SIMILAR = 70.0
EVIDENCE_EASING = 5.0  # a shared uncommon figure, name, claimant or date: a link is likelier
SAME_FIGURE_BONUS = 20.0
WEAK_FIGURE_BONUS = 8.0
SAME_CLAIMANT_BONUS = 6.0
SAME_DATE_BONUS = 6.0
DIFFERENT_FIGURE_PENALTY = 20.0
ONE_SIDED_FIGURE_PENALTY = 10.0
DIFFERENT_DATE_PENALTY = 8.0

MAX_LINKS = 3  # similar, and contradicts, per new claim: the best few
_TIE_MARGIN = 0.01  # below a score that `decide` must still see exactly (see there)


@dataclass
class Decision:
    """What to do with one new claim."""

    same_as: int | None = None
    score: float = 0.0
    similar: list[tuple[int, float]] = field(default_factory=list)
    contradicts: list[tuple[int, float]] = field(default_factory=list)
    candidates: list[int] = field(default_factory=list)  # the stored claims compared

    def copy(self) -> Decision:
        return Decision(
            self.same_as, self.score, [*self.similar], [*self.contradicts], [*self.candidates]
        )


def similarity(a: str, b: str) -> float:
    return float(fuzz.token_set_ratio(a, b, processor=utils.default_process))


def same_story(a: Probe, b: Probe) -> bool:
    """The two sentences share a claimant, a name or an event date."""
    return (
        same_claimant(a, b)
        or bool(a.names & b.names)
        or (a.event_date is not None and a.event_date == b.event_date)
    )


@dataclass(frozen=True)
class Comparison:
    score: float  # 0-100: how sure we are that both say the same thing
    evidence: bool  # the same figure, claimant or date backs the wording up
    contradiction: float | None  # subject similarity when the figures disagree


def compare(new: Probe, old: Probe, floor: float = 0.0) -> Comparison:
    """How a new claim relates to a stored one.

    With a `floor`, a score that cannot reach it comes back as some score below it: the
    evidence is weighed first, and the text is scored only as far as it could matter.
    """
    return Comparison(*_compare(new, old, floor))


def _compare(new: Probe, old: Probe, floor: float) -> tuple[float, bool, float | None]:
    """`compare` as a tuple, the figures looked at once: `decide` runs it on every pair."""
    figure = room = False
    if new.value is not None and old.value is not None:
        figure = same_figure(new, old)
        if not figure and _one_measure(new, old):  # same_measure_different_figure
            if not bounds_agree(new, old):
                return 0.0, False, contradiction(new, old)
            room = True  # "more than 300 homes" and "340 homes": the words decide
    evidence, adjustment = _evidence(new, old, figure, room)
    cutoff = max(0.0, floor - adjustment)
    if new.processed == old.processed:
        score = 100.0  # wire copy: the same words, nothing to score
    elif cutoff > 100.0:
        score = 0.0  # not even the same words would reach the floor: nothing to score
    else:
        score = token_set_ratio(new.processed, old.processed, score_cutoff=cutoff)
        if score < 100.0 and new.local and old.local:
            local = token_set_ratio(new.local, old.local, score_cutoff=max(cutoff, score))
            score = max(score, local)
        if (
            score < 100.0
            and (new.value is None or old.value is None)  # two figures: they decide
            and new.event_date is not None
            and new.event_date == old.event_date
            and new.local_date
            and old.local_date
            and (new.local_date, old.local_date) != (new.local, old.local)
        ):  # the same date: the words around it may agree where the figure's do not
            date = token_set_ratio(new.local_date, old.local_date, score_cutoff=max(cutoff, score))
            score = max(score, date)
    return max(0.0, min(float(score) + adjustment, 100.0)), evidence, None


def _one_measure(a: Probe, b: Probe) -> bool:
    """`same_measure_different_figure` but for the figures' values, which the caller
    compared already."""
    return (
        a.unit is not None
        and one_measure(a, b)
        and a.normalized_unit not in DURATIONS
        and not a.gap
        and not b.gap
    )


def _unlikely(a: Probe, b: Probe) -> bool:
    """Whether a figure both give is unlikely to be chance: both are uncommon, or one is and
    the other gives it to the letter. A shared figure is only as rare as the vaguer of the
    two: "around 300 jobs" and "280 jobs" share no more than "around 300"."""
    if a.specific and b.specific:
        return True
    if not (a.specific or b.specific):
        return False
    av, bv = comparable_values(a, b)
    return abs(av - bv) <= EXACT_TOLERANCE * max(abs(av), abs(bv))


def _evidence(new: Probe, old: Probe, figure: bool, room: bool = False) -> tuple[bool, float]:
    """What the words cannot say: whether figure, claimant or date back a match, and how
    much they add to (or take from) the text score. `figure` is `same_figure`; `room`, two
    figures a hedge reconciles (`bounds_agree`): neither for nor against."""
    score = 0.0
    evidence = False
    claimant = bool(new.claimant_words & old.claimant_words)  # same_claimant
    if figure:
        # A shared figure is strong evidence only when it is unlikely to be chance: the
        # same story, or an uncommon number; "three families" and "three summers" share
        # nothing but the three.
        if (
            claimant
            or not new.names.isdisjoint(old.names)
            or (new.event_date is not None and new.event_date == old.event_date)
            or _unlikely(new, old)
            or not (new.numbers & old.numbers).issubset((new.value, old.value))
        ):  # same_story, or a specific figure, or another one both texts give
            score += SAME_FIGURE_BONUS
            evidence = True
        elif new.unit == old.unit and _in_digits(new) and _in_digits(old):
            score += WEAK_FIGURE_BONUS  # not "about a quarter" and "about a quarter"
    elif new.value is not None and old.value is not None and not room:
        score -= DIFFERENT_FIGURE_PENALTY
    elif (new.value is None) != (old.value is None):
        score -= ONE_SIDED_FIGURE_PENALTY
    if claimant:
        score += SAME_CLAIMANT_BONUS
        evidence = True
    if new.event_date is not None and old.event_date is not None:
        if new.event_date != old.event_date:
            score -= DIFFERENT_DATE_PENALTY
        elif new.to_the_day and old.to_the_day:  # not "next year" and "next year"
            score += SAME_DATE_BONUS
            evidence = True
    return evidence, score


def decide(new: Probe, candidates: Sequence[tuple[int, Probe]]) -> Decision:
    """Compare one new claim with its candidates."""
    decision = Decision()
    # Negated, so that a plain sort puts the best score first, the newest claim first among
    # equals (the ids are unique: the evidence never decides the order).
    scored: list[tuple[float, int, bool]] = []
    # What is decided below turns on the best `MAX_LINKS` scores that pass the thresholds
    # (the first of them may be the same claim; links go to all of them). Once that many
    # are held, a score below the lowest of them changes nothing: it becomes the floor,
    # a hair lower so that rounding in `_compare` never drops a tie (the newer claim wins
    # those), and a pair that cannot reach it is not scored.
    floor = SIMILAR - EVIDENCE_EASING
    best: list[float] = []  # the highest passing scores so far, at most MAX_LINKS
    for claim_id, old in candidates:
        score, evidence, contradiction = _compare(new, old, floor)
        if contradiction is not None:
            if contradiction >= CONTRADICTION_SUBJECT:
                decision.contradicts.append((claim_id, round(contradiction, 1)))
            continue
        scored.append((-score, -claim_id, evidence))
        if score >= (SIMILAR - EVIDENCE_EASING if evidence else SIMILAR):
            best = sorted([*best, score], reverse=True)[:MAX_LINKS]
            if len(best) == MAX_LINKS:
                floor = max(floor, best[-1] - _TIE_MARGIN)
    scored.sort()
    for negated_score, negated_id, evidence in scored:
        score, claim_id = -negated_score, -negated_id
        if decision.same_as is None and not decision.similar and score >= CONFIDENT and evidence:
            decision.same_as, decision.score = claim_id, round(score, 1)
        elif (
            score >= (SIMILAR - EVIDENCE_EASING if evidence else SIMILAR)
            and len(decision.similar) < MAX_LINKS
        ):
            decision.similar.append((claim_id, round(score, 1)))
    if decision.same_as is not None:
        decision.similar.clear()  # the stored claim already carries its own links
    decision.contradicts.sort(key=lambda item: (-item[1], -item[0]))
    del decision.contradicts[MAX_LINKS:]
    return decision


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
    postings = cache.postings if cache is not None else None
    ids_per_probe = candidate_ids(session, key_sets, exclude, postings)
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
    decisions = []
    # About one claim in seven repeats an earlier one of its article word for word, figure
    # and all (a sentence said twice): the same probe, the same candidates, the same
    # decision. A copy of it, since the links found later are added to each claim's own.
    decided: dict[Probe, Decision] = {}
    for probe, ids in zip(probes, ids_per_probe, strict=True):
        earlier = decided.get(probe)
        if earlier is not None:
            decisions.append(earlier.copy())
            continue
        decision = decided[probe] = decide(probe, [(i, stored[i]) for i in ids if i in stored])
        decision.candidates = ids
        decisions.append(decision)
    return decisions
