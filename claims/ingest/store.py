"""Writing one article: its source, its claims, where each appears, and how they relate.

The caller owns the transaction (one per article, so a failure leaves nothing behind);
these functions add and flush, never commit.

- The same text (same sha256) already stored → nothing is added: a duplicate.
- A different text at a URL already stored → a new source that `replaces` the newest one
  there; every appearance of the old revision is re-anchored in the new text (see
  `anchor.py`), or kept on the new source flagged `orphaned` when it cannot be found.
- The extracted claims not already anchored that way are matched against the stored
  claims (`match.py`): attached to an existing claim, or added with `similar` /
  `contradicts` links.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from claims import review
from claims.extract import ExtractedClaim
from claims.ingest import keys, match, revisions, stories
from claims.ingest.lookups import find_duplicate, latest_at
from claims.ingest.readers import Article
from claims.ingest.rows import Rows
from claims.models import CLAIM_KINDS, Base

NOTE = "suggested by ingest"  # on the history rows of the links ingest makes
# Core tables, not ORM bulk inserts: those split a batch wherever a value is None.
_CLAIMS = Base.metadata.tables["claims"]
_SOURCES = Base.metadata.tables["sources"]
_APPEARANCES = Base.metadata.tables["appearances"]
_KEYS = Base.metadata.tables["claim_keys"]
_LINKS = Base.metadata.tables["claim_links"]
_EVENTS = Base.metadata.tables["claim_events"]


@dataclass(frozen=True)
class _Written:
    """The source row just written: its id and text."""

    id: int
    text: str


@dataclass
class Outcome:
    """What happened to one article."""

    origin: str
    status: str  # "new", "revision" or "duplicate"
    source_id: int | None = None
    duplicate_of: int | None = None
    replaces: int | None = None
    claims: int = 0  # appearances made from extraction (new + matched)
    new_claims: int = 0
    matched: int = 0
    similar: int = 0
    contradictions: int = 0
    superseded: int = 0  # claims of the previous revision that a rewritten one replaces
    reanchored: int = 0
    orphaned: int = 0
    warnings: tuple[str, ...] = field(default=())


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def store_article(
    session: Session,
    article: Article,
    extracted: Sequence[ExtractedClaim],
    actor: str,
    *,
    prepared: Prepared | None = None,
    cache: match.ProbeCache | None = None,
    written: dict[int, match.Probe] | None = None,
) -> Outcome:
    """Store one article and its extracted claims; see the module docstring.

    `prepared` is `prepare(extracted)` when a worker did it already. The claims written
    are added to `written` (id → probe): the caller puts them in `cache` once committed.
    """
    digest = sha256(article.text)
    duplicate = find_duplicate(session, digest)
    if duplicate is not None:
        return Outcome(article.origin, "duplicate", duplicate_of=duplicate)
    previous = latest_at(session, article.url) if article.url else None
    (source_id,) = Rows(session).insert_returning_ids(
        _SOURCES,
        [
            {
                "title": _cut(article.title, 500),
                "outlet": _cut(article.outlet, 200),
                "author": _cut(article.author, 200),
                "url": _cut(article.url, 2000),
                "published": article.published,
                "text": article.text,
                "sha256": digest,
                "replaces_id": previous.id if previous is not None else None,
            }
        ],
    )
    source = _Written(source_id, article.text)
    outcome = Outcome(
        article.origin,
        "revision" if previous is not None else "new",
        source_id=source.id,
        replaces=previous.id if previous is not None else None,
        warnings=article.warnings,
    )
    taken: list[tuple[int, int]] = []
    rewritten: set[int] = set()  # claims of the previous revision its text no longer holds
    if previous is not None:
        carried = revisions.carry_over(session, previous, source.id, source.text, actor)
        taken, rewritten = carried.spans, carried.orphaned_claims
        outcome.reanchored, outcome.orphaned = carried.reanchored, carried.orphaned
    if prepared is None:
        prepared = prepare(extracted, warm=False)
    if taken:
        kept = [
            i
            for i, c in enumerate(prepared.claims)
            if not any(_overlaps(c.start, c.end, s, e) for s, e in taken)
        ]
        prepared = Prepared(
            [prepared.claims[i] for i in kept],
            [prepared.probes[i] for i in kept],
            [prepared.keys[i] for i in kept],
        )
    _add_claims(
        session,
        source,
        prepared,
        actor,
        outcome,
        cache,
        written if written is not None else {},
        rewritten,
    )
    return outcome


def _overlaps(start: int, end: int, other_start: int, other_end: int) -> bool:
    shared = min(end, other_end) - max(start, other_start)
    return shared > 0 and shared * 2 >= min(end - start, other_end - other_start)


def _cut(value: str | None, length: int) -> str | None:
    return value[:length] if value else None


# --- new claims -----------------------------------------------------------------------------


def _probe(claim: ExtractedClaim) -> match.Probe:
    quantity = claim.quantity
    return match.Probe(
        text=claim.text,
        claimant=claim.claimant,
        value=quantity.value if quantity else None,
        unit=quantity.unit if quantity else None,
        normalized_value=quantity.normalized_value if quantity else None,
        normalized_unit=quantity.normalized_unit if quantity else None,
        approximate=bool(quantity and quantity.approximate),
        quantity_text=quantity.text if quantity else None,
        event_date=claim.event_date,
        date_text=claim.date_text,
    )


def _claim_row(extracted: ExtractedClaim) -> dict[str, Any]:
    quantity = extracted.quantity
    return {
        "text": extracted.text,
        "kind": extracted.kind if extracted.kind in CLAIM_KINDS else "statement",
        "claimant": _cut(extracted.claimant, 300),
        "quantity_value": quantity.value if quantity else None,
        "quantity_unit": _cut(quantity.unit, 100) if quantity else None,
        "quantity_normalized_value": quantity.normalized_value if quantity else None,
        "quantity_normalized_unit": _cut(quantity.normalized_unit, 100) if quantity else None,
        "quantity_approximate": quantity.approximate if quantity else None,
        "quantity_text": _cut(quantity.text, 300) if quantity else None,
        "event_date": extracted.event_date,
        "date_text": _cut(extracted.date_text, 200),
        "checkworthiness": min(1.0, max(0.0, float(extracted.checkworthiness))),
    }


@dataclass(frozen=True)
class Prepared:
    """An article's extracted claims with what matching needs of them worked out: done in
    the worker process that extracted them, so the writer only reads and writes."""

    claims: list[ExtractedClaim]
    probes: list[match.Probe]
    keys: list[set[str]]


def prepare(extracted: Sequence[ExtractedClaim], warm: bool = True) -> Prepared:
    """The claims' probes and keys. `warm` works out what comparisons read of each probe
    too (`Probe.warm`), for a worker process to do; the writer otherwise works it out
    when first read, which for most claims is never: on the bench, 55 claims in 2,600
    ever read `local_date`, 1 in 2 `gap`, 2 in 3 `local`."""
    # A claim that repeats an earlier one of its article word for word (a sentence said
    # twice) shares that one's probe: worked out once, and `match` decides it once.
    unique: dict[match.Probe, match.Probe] = {}
    probes = [unique.setdefault(probe, probe) for probe in map(_probe, extracted)]
    if warm:
        for probe in unique:
            probe.warm()
    return Prepared(list(extracted), probes, [p.keys for p in probes])


def _appearance_row(claim_id: int, source_id: int, extracted: ExtractedClaim) -> dict[str, Any]:
    return {
        "claim_id": claim_id,
        "source_id": source_id,
        "quote": extracted.quote,
        "start_offset": extracted.start,
        "end_offset": extracted.end,
        "prefix": extracted.prefix[-200:],
        "suffix": extracted.suffix[:200],
        "sentence": extracted.sentence,
        "speaker": _cut(extracted.speaker, 300),
        "via": list(extracted.via),
        "orphaned": False,
    }


def _add_claims(
    session: Session,
    source: _Written,
    prepared: Prepared,
    actor: str,
    outcome: Outcome,
    cache: match.ProbeCache | None,
    written: dict[int, match.Probe],
    rewritten: AbstractSet[int] = frozenset(),
) -> None:
    """Match the claims, then write them with Core inserts: a few statements an article.

    Every new claim gets its `created` history row and every matched one an `appearance`
    row, as `review.record` would write them. A new claim near one that the article's
    previous revision held and this one rewrote (`rewritten`) `supersedes` it: the outlet
    corrected its own figure, no rival source gainsays it.
    """
    decisions = match.match(
        session, prepared.probes, exclude=set(), key_sets=prepared.keys, cache=cache
    )
    units = {
        p.unit
        for p in prepared.probes
        if p.value is not None and p.unit and p.normalized_unit not in keys.DURATIONS
    }
    story = stories.story_claims(
        session,
        prepared.probes,
        decisions,
        units,
        exclude=set(),
        cache=cache,
        own_source=source.id,
    )
    stories.story_links(prepared.probes, decisions, story)
    events: list[dict[str, object]] = []
    new_rows: list[dict[str, Any]] = []
    created: list[tuple[int, match.Decision]] = []  # index into the article's claims
    placed: list[tuple[int | None, int]] = []  # (stored claim id, or None for new; index)
    attached: set[tuple[int, int]] = set()
    where = f"source #{source.id}"
    for index, (item, decision) in enumerate(zip(prepared.claims, decisions, strict=True)):
        outcome.claims += 1
        if decision.same_as is not None and (decision.same_as, item.start) in attached:
            # Two figures of one sentence both took the same stored claim: the first
            # keeps it, the second becomes a claim of its own, flagged as similar.
            decision = match.Decision(similar=[(decision.same_as, decision.score)])
        if decision.same_as is not None:
            attached.add((decision.same_as, item.start))
            placed.append((decision.same_as, index))
            events.append(
                {
                    "claim_id": decision.same_as,
                    "actor": actor,
                    "field": "appearance",
                    "new": where,
                    "note": f"matched by ingest (score {decision.score:.0f})",
                }
            )
            outcome.matched += 1
            continue
        new_rows.append(_claim_row(item))
        placed.append((None, index))
        created.append((index, decision))
        outcome.new_claims += 1
    writer = Rows(session)
    ids = writer.insert_returning_ids(_CLAIMS, new_rows)
    id_of = {index: claim_id for (index, _), claim_id in zip(created, ids, strict=True)}
    for (index, _), claim_id, row in zip(created, ids, new_rows, strict=True):
        events.append(
            {
                "claim_id": claim_id,
                "actor": actor,
                "field": "created",
                "new": row["text"],
                "note": f"ingested from {where}",
            }
        )
        written[claim_id] = prepared.probes[index]
    if placed:
        writer.insert(
            _APPEARANCES,
            [
                _appearance_row(
                    claim_id if claim_id is not None else id_of[index],
                    source.id,
                    prepared.claims[index],
                )
                for claim_id, index in placed
            ],
        )
    writer.insert(
        _KEYS,
        [
            {"key": key, "claim_id": id_of[index]}
            for index, _ in created
            for key in sorted(prepared.keys[index])
        ],
    )
    links: list[dict[str, Any]] = []
    for index, decision in created:
        claim_id = id_of[index]
        for relation, found in (
            ("similar", decision.similar),
            ("contradicts", decision.contradicts),
        ):
            for other_id, score in found:
                kind = "supersedes" if other_id in rewritten else relation
                links.append(
                    {
                        "claim_id": claim_id,
                        "other_id": other_id,
                        "relation": kind,
                        "score": score,
                        "created_by": actor,
                    }
                )
                events += [
                    {
                        "claim_id": claim_id,
                        "actor": actor,
                        "field": "link",
                        "new": f"{kind} #{other_id}",
                        "note": NOTE,
                    },
                    {
                        "claim_id": other_id,
                        "actor": actor,
                        "field": "link",
                        "new": f"{kind} of #{claim_id}",
                        "note": NOTE,
                    },
                ]
                if kind == "supersedes":
                    outcome.superseded += 1
                elif kind == "similar":
                    outcome.similar += 1
                else:
                    outcome.contradictions += 1
    writer.insert(_LINKS, links)
    if writer.raw:
        writer.insert(_EVENTS, [_event_row(e) for e in events])
    else:
        review.record_many(session, events)


def _event_row(event: dict[str, object]) -> dict[str, object]:
    """The `claim_events` row `review.record_many` writes for `event` (see tests), but for
    its time: `at` is left to the column default, which `Rows` works out once a statement
    (a clock read and a conversion per row cost more than the row's insert)."""
    return {
        "claim_id": event["claim_id"],
        "actor": event["actor"],
        "field": event["field"],
        "old_value": None if event.get("old") is None else str(event["old"]),
        "new_value": None if event.get("new") is None else str(event["new"]),
        "note": event.get("note"),
    }
