"""Headless exporters: each writes claims to a text stream and returns how many it wrote."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from typing import TextIO

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from claims.models import Claim, ClaimLink
from claims.queries import Filters, iter_claims
from claims.records import claim_dict


def _links_for(session: Session, claim_ids: list[int]) -> dict[int, list[ClaimLink]]:
    found: dict[int, list[ClaimLink]] = defaultdict(list)
    if not claim_ids:
        return found
    query = select(ClaimLink).where(
        or_(ClaimLink.claim_id.in_(claim_ids), ClaimLink.other_id.in_(claim_ids))
    )
    wanted = set(claim_ids)
    for link in session.scalars(query.order_by(ClaimLink.id)):
        for end in {link.claim_id, link.other_id} & wanted:
            found[end].append(link)
    return found


def claim_dicts(
    session: Session, filters: Filters, batch: int = 500
) -> Iterable[dict[str, object]]:
    """Every matching claim as its JSON object, streamed in id order."""
    pending: list[Claim] = []
    for claim in iter_claims(session, filters, batch=batch):
        pending.append(claim)
        if len(pending) == batch:
            yield from _dicts(session, pending)
            pending = []
    yield from _dicts(session, pending)


def _dicts(session: Session, claims: list[Claim]) -> Iterable[dict[str, object]]:
    links = _links_for(session, [c.id for c in claims])
    for claim in claims:
        yield claim_dict(claim, links.get(claim.id, []))


def write_jsonl(session: Session, filters: Filters, out: TextIO) -> int:
    """One JSON object per claim per line (JSON Lines), UTF-8, keys in a fixed order."""
    count = 0
    for record in claim_dicts(session, filters):
        out.write(json.dumps(record, ensure_ascii=False))
        out.write("\n")
        count += 1
    return count
