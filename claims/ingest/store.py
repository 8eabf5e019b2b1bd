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
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session, selectinload

from claims import review
from claims.extract import ExtractedClaim
from claims.ingest import anchor, keys, match
from claims.ingest.readers import Article
from claims.models import CLAIM_KINDS, Appearance, Claim, ClaimLink, Source, utcnow

NOTE = "suggested by ingest"  # on the history rows of the links ingest makes


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
    reanchored: int = 0
    orphaned: int = 0
    warnings: tuple[str, ...] = field(default=())


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def find_duplicate(session: Session, digest: str) -> int | None:
    """The id of a stored source with exactly this text, if any."""
    return session.scalar(
        select(Source.id).where(Source.sha256 == digest).order_by(Source.id).limit(1)
    )


def latest_at(session: Session, url: str) -> Source | None:
    return session.scalars(
        select(Source).where(Source.url == url).order_by(Source.id.desc()).limit(1)
    ).first()


def store_article(
    session: Session,
    article: Article,
    extracted: Sequence[ExtractedClaim],
    actor: str,
) -> Outcome:
    """Store one article and its extracted claims; see the module docstring."""
    digest = sha256(article.text)
    duplicate = find_duplicate(session, digest)
    if duplicate is not None:
        return Outcome(article.origin, "duplicate", duplicate_of=duplicate)
    previous = latest_at(session, article.url) if article.url else None
    source = Source(
        title=_cut(article.title, 500),
        outlet=_cut(article.outlet, 200),
        author=_cut(article.author, 200),
        url=_cut(article.url, 2000),
        published=article.published,
        text=article.text,
        sha256=digest,
        replaces=previous,
    )
    session.add(source)
    session.flush()
    outcome = Outcome(
        article.origin,
        "revision" if previous is not None else "new",
        source_id=source.id,
        replaces=previous.id if previous is not None else None,
        warnings=article.warnings,
    )
    taken: list[tuple[int, int]] = []
    if previous is not None:
        taken = _carry_over(session, previous, source, actor, outcome)
    fresh = [c for c in extracted if not any(_overlaps(c.start, c.end, s, e) for s, e in taken)]
    _add_claims(session, source, fresh, actor, outcome)
    return outcome


def _overlaps(start: int, end: int, other_start: int, other_end: int) -> bool:
    shared = min(end, other_end) - max(start, other_start)
    return shared > 0 and shared * 2 >= min(end - start, other_end - other_start)


def _cut(value: str | None, length: int) -> str | None:
    return value[:length] if value else None


# --- revisions ------------------------------------------------------------------------------


def _carry_over(
    session: Session, previous: Source, source: Source, actor: str, outcome: Outcome
) -> list[tuple[int, int]]:
    """Re-anchor the previous revision's appearances in the new text; return the spans."""
    old_appearances = session.scalars(
        select(Appearance)
        .where(Appearance.source_id == previous.id)
        .order_by(Appearance.id)
        .options(selectinload(Appearance.claim))
    ).all()
    revision = f"source #{source.id}"
    spans: list[tuple[int, int]] = []
    placed: set[tuple[int, int | None]] = set()
    for old in old_appearances:
        found = anchor.locate(source.text, old.quote, old.prefix, old.suffix, old.start_offset)
        if found is None:
            session.add(
                Appearance(
                    claim_id=old.claim_id,
                    source=source,
                    quote=old.quote,
                    prefix=old.prefix,
                    suffix=old.suffix,
                    sentence=old.sentence,
                    speaker=old.speaker,
                    via=list(old.via or []),
                    orphaned=True,
                )
            )
            review.record(
                session,
                old.claim,
                actor,
                "appearance",
                None,
                revision,
                f"orphaned: not found in the revision of source #{previous.id}",
            )
            outcome.orphaned += 1
            continue
        spans.append((found.start, found.end))
        if (old.claim_id, found.start) in placed:
            continue  # two old passages now one: the claim already appears here
        placed.add((old.claim_id, found.start))
        prefix, suffix = anchor.context(source.text, found.start, found.end)
        quote = source.text[found.start : found.end]
        session.add(
            Appearance(
                claim_id=old.claim_id,
                source=source,
                quote=quote,
                start_offset=found.start,
                end_offset=found.end,
                prefix=prefix,
                suffix=suffix,
                sentence=old.sentence
                if found.exact and old.sentence and old.sentence in source.text
                else anchor.sentence_around(source.text, found.start, found.end),
                speaker=old.speaker,
                via=list(old.via or []),
            )
        )
        review.record(
            session,
            old.claim,
            actor,
            "appearance",
            None,
            revision,
            f"re-anchored from source #{previous.id}"
            + ("" if found.exact else f": now reads {quote!r}"),
        )
        outcome.reanchored += 1
    session.flush()
    return spans


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


def _new_claim(extracted: ExtractedClaim) -> Claim:
    quantity = extracted.quantity
    return Claim(
        text=extracted.text,
        kind=extracted.kind if extracted.kind in CLAIM_KINDS else "statement",
        claimant=_cut(extracted.claimant, 300),
        quantity_value=quantity.value if quantity else None,
        quantity_unit=_cut(quantity.unit, 100) if quantity else None,
        quantity_normalized_value=quantity.normalized_value if quantity else None,
        quantity_normalized_unit=_cut(quantity.normalized_unit, 100) if quantity else None,
        quantity_approximate=quantity.approximate if quantity else None,
        quantity_text=_cut(quantity.text, 300) if quantity else None,
        event_date=extracted.event_date,
        date_text=_cut(extracted.date_text, 200),
        checkworthiness=min(1.0, max(0.0, float(extracted.checkworthiness))),
    )


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
        "created_at": utcnow(),
    }


def _add_claims(
    session: Session,
    source: Source,
    extracted: Sequence[ExtractedClaim],
    actor: str,
    outcome: Outcome,
) -> None:
    probes = [_probe(c) for c in extracted]
    decisions = match.match(session, probes, exclude=set())
    # Every stored claim this article touches, in one query.
    wanted = {d.same_as for d in decisions if d.same_as is not None}
    for d in decisions:
        wanted.update(i for i, _ in (*d.similar, *d.contradicts))
    stored = {c.id: c for c in session.scalars(select(Claim).where(Claim.id.in_(sorted(wanted))))}
    created: list[tuple[Claim, match.Probe, match.Decision]] = []
    placed: list[tuple[Claim, ExtractedClaim]] = []  # appearances, written once ids exist
    attached: set[tuple[int, int]] = set()
    with session.no_autoflush:
        for item, probe, decision in zip(extracted, probes, decisions, strict=True):
            outcome.claims += 1
            if decision.same_as is not None and (decision.same_as, item.start) in attached:
                # Two figures of one sentence both took the same stored claim: the first
                # keeps it, the second becomes a claim of its own, flagged as similar.
                decision = match.Decision(similar=[(decision.same_as, decision.score)])
            existing = stored.get(decision.same_as) if decision.same_as else None
            if existing is not None:
                attached.add((existing.id, item.start))
                placed.append((existing, item))
                review.record(
                    session,
                    existing,
                    actor,
                    "appearance",
                    None,
                    f"source #{source.id}",
                    f"matched by ingest (score {decision.score:.0f})",
                )
                outcome.matched += 1
                continue
            claim = _new_claim(item)
            session.add(claim)
            placed.append((claim, item))
            review.record(
                session,
                claim,
                actor,
                "created",
                None,
                claim.text,
                f"ingested from source #{source.id}",
            )
            created.append((claim, probe, decision))
            outcome.new_claims += 1
    session.flush()
    # Core inserts, not ORM objects: an article brings dozens of passages, and they need
    # nothing back from the database.
    if placed:
        session.execute(
            insert(Appearance), [_appearance_row(c.id, source.id, item) for c, item in placed]
        )
    keys.add_keys(session, [(claim.id, keys.keys_for(probe)) for claim, probe, _ in created])
    for claim, _, decision in created:
        for relation, found in (
            ("similar", decision.similar),
            ("contradicts", decision.contradicts),
        ):
            for other_id, score in found:
                other = stored.get(other_id)
                if other is not None:
                    _link(session, claim, other, relation, score, actor)
                    if relation == "similar":
                        outcome.similar += 1
                    else:
                        outcome.contradictions += 1
    session.flush()


def _link(
    session: Session, claim: Claim, other: Claim, relation: str, score: float, actor: str
) -> None:
    """What `review.link` records, without its look-ups: the new claim has no links yet."""
    session.add(
        ClaimLink(claim=claim, other=other, relation=relation, score=score, created_by=actor)
    )
    review.record(session, claim, actor, "link", None, f"{relation} #{other.id}", NOTE)
    review.record(session, other, actor, "link", None, f"{relation} of #{claim.id}", NOTE)
