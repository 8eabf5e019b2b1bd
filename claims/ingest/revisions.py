"""A new revision of a stored article: the old revision's passages found again in the new
text (`anchor.py`) and made appearances of the same claims on the new source, or kept
there flagged `orphaned` when they cannot be found.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from claims import review
from claims.ingest import anchor
from claims.models import Appearance, Source


@dataclass
class Carried:
    """What became of the old revision's passages; `spans` are where they are now."""

    spans: list[tuple[int, int]] = field(default_factory=list)
    reanchored: int = 0
    orphaned: int = 0
    orphaned_claims: set[int] = field(default_factory=set)  # what the revision rewrote


def carry_over(
    session: Session, previous: Source, source_id: int, text: str, actor: str
) -> Carried:
    """Re-anchor the previous revision's appearances in the new text (`source_id`)."""
    old_appearances = session.scalars(
        select(Appearance)
        .where(Appearance.source_id == previous.id)
        .order_by(Appearance.id)
        .options(selectinload(Appearance.claim))
    ).all()
    revision = f"source #{source_id}"
    carried = Carried()
    spans = carried.spans
    placed: set[tuple[int, int | None]] = set()
    for old in old_appearances:
        found = anchor.locate(text, old.quote, old.prefix, old.suffix, old.start_offset)
        if found is None:
            session.add(
                Appearance(
                    claim_id=old.claim_id,
                    source_id=source_id,
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
            carried.orphaned += 1
            carried.orphaned_claims.add(old.claim_id)
            continue
        spans.append((found.start, found.end))
        if (old.claim_id, found.start) in placed:
            continue  # two old passages now one: the claim already appears here
        placed.add((old.claim_id, found.start))
        prefix, suffix = anchor.context(text, found.start, found.end)
        quote = text[found.start : found.end]
        session.add(
            Appearance(
                claim_id=old.claim_id,
                source_id=source_id,
                quote=quote,
                start_offset=found.start,
                end_offset=found.end,
                prefix=prefix,
                suffix=suffix,
                sentence=old.sentence
                if found.exact and old.sentence and old.sentence in text
                else anchor.sentence_around(text, found.start, found.end),
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
        carried.reanchored += 1
    session.flush()
    return carried
