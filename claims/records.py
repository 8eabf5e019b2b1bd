"""A claim as one plain JSON-ready object: what `show --json` prints and JSONL exports.

The shape is the public interface described under "Export formats" in DESIGN.md; scripts
and `claims import` depend on it, so fields are only ever added, never renamed.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.orm import Session

from claims.models import Appearance, Claim, ClaimLink, Source
from claims.queries import links_of


def _iso(value: dt.date | dt.datetime | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime) and value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)  # SQLite drops the zone; we always store UTC
    return value.isoformat()


def source_dict(source: Source) -> dict[str, Any]:
    return {
        "id": source.id,
        "title": source.title,
        "outlet": source.outlet,
        "url": source.url,
        "published": _iso(source.published),
    }


def appearance_dict(appearance: Appearance) -> dict[str, Any]:
    return {
        "source": source_dict(appearance.source),
        "quote": appearance.quote,
        "start": appearance.start_offset,
        "end": appearance.end_offset,
        "prefix": appearance.prefix,
        "suffix": appearance.suffix,
        "sentence": appearance.sentence,
        "speaker": appearance.speaker,
        "via": list(appearance.via or []),
        "orphaned": appearance.orphaned,
    }


def quantity_dict(claim: Claim) -> dict[str, Any] | None:
    if claim.quantity_value is None:
        return None
    return {
        "value": claim.quantity_value,
        "unit": claim.quantity_unit,
        "normalized_value": claim.quantity_normalized_value,
        "normalized_unit": claim.quantity_normalized_unit,
        "approximate": bool(claim.quantity_approximate),
        "text": claim.quantity_text,
    }


def link_dict(link: ClaimLink, seen_from: int) -> dict[str, Any]:
    outgoing = link.claim_id == seen_from
    return {
        "claim_id": link.other_id if outgoing else link.claim_id,
        "relation": link.relation,
        "direction": "to" if outgoing else "from",
        "score": link.score,
    }


def claim_dict(
    claim: Claim, links: list[ClaimLink] | None = None, session: Session | None = None
) -> dict[str, Any]:
    """The whole claim. Pass `links` (or a session to look them up)."""
    if links is None:
        links = links_of(session, claim.id) if session is not None else []
    return {
        "id": claim.id,
        "text": claim.text,
        "kind": claim.kind,
        "verdict": claim.verdict,
        "state": claim.state,
        "assignee": claim.assignee,
        "claimant": claim.claimant,
        "checkworthiness": round(claim.checkworthiness, 4),
        "event_date": _iso(claim.event_date),
        "date_text": claim.date_text,
        "quantity": quantity_dict(claim),
        "version": claim.version,
        "created_at": _iso(claim.created_at),
        "updated_at": _iso(claim.updated_at),
        "appearances": [appearance_dict(a) for a in claim.appearances],
        "links": [link_dict(link, claim.id) for link in links],
        "evidence": [
            {
                "url": e.url,
                "note": e.note,
                "stance": e.stance,
                "added_by": e.added_by,
                "added_at": _iso(e.added_at),
            }
            for e in claim.evidence
        ],
        "tags": [t.name for t in claim.tags],
        "history": [
            {
                "at": _iso(e.at),
                "actor": e.actor,
                "field": e.field,
                "from": e.old_value,
                "to": e.new_value,
                "note": e.note,
            }
            for e in claim.events
        ],
    }
