"""Relations between claims: links, and settling the matcher's `similar` suggestions.

Like `claims.review`, every change here writes history on both claims; the caller owns
the session.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from claims.errors import InvalidInputError, NotFoundError
from claims.models import RELATIONS, Claim, ClaimLink
from claims.review import flush_change, load_for_change, record


def link(
    session: Session,
    claim_id: int,
    other_id: int,
    relation: str,
    actor: str,
    *,
    score: float | None = None,
    note: str | None = None,
) -> ClaimLink:
    if relation not in RELATIONS:
        raise InvalidInputError(
            f"unknown relation {relation!r}; use one of: {', '.join(RELATIONS)}"
        )
    if claim_id == other_id:
        raise InvalidInputError("a claim cannot be linked to itself")
    claim = load_for_change(session, claim_id, None)
    other = load_for_change(session, other_id, None)
    existing = session.scalars(
        select(ClaimLink).where(
            ClaimLink.claim_id == claim_id,
            ClaimLink.other_id == other_id,
            ClaimLink.relation == relation,
        )
    ).first()
    if existing is not None:
        return existing
    created = ClaimLink(claim=claim, other=other, relation=relation, score=score, created_by=actor)
    session.add(created)
    record(session, claim, actor, "link", None, f"{relation} #{other_id}", note)
    record(session, other, actor, "link", None, f"{relation} of #{claim_id}", note)
    session.flush()
    return created


def _suggestions(session: Session, claim_id: int, other_id: int) -> list[ClaimLink]:
    return list(
        session.scalars(
            select(ClaimLink).where(
                ClaimLink.relation == "similar",
                or_(
                    and_(ClaimLink.claim_id == claim_id, ClaimLink.other_id == other_id),
                    and_(ClaimLink.claim_id == other_id, ClaimLink.other_id == claim_id),
                ),
            )
        )
    )


def reject_similar(
    session: Session, claim_id: int, other_id: int, actor: str, *, note: str | None = None
) -> None:
    """A reviewer says the matcher was wrong: the `similar` suggestion goes, history stays."""
    claim = load_for_change(session, claim_id, None)
    other = load_for_change(session, other_id, None)
    suggestions = _suggestions(session, claim_id, other_id)
    if not suggestions:
        raise NotFoundError(f"no suggested link between claims {claim_id} and {other_id}")
    for suggestion in suggestions:
        session.delete(suggestion)
    record(session, claim, actor, "link", f"similar #{other_id}", None, note or "rejected")
    record(session, other, actor, "link", f"similar #{claim_id}", None, note or "rejected")
    session.flush()


def confirm_similar(
    session: Session,
    claim_id: int,
    other_id: int,
    relation: str,
    actor: str,
    *,
    note: str | None = None,
    expected_version: int | None = None,
) -> Claim:
    """Turn a `similar` suggestion into a real relation; `same_as` merges the two claims."""
    if relation == "similar":
        raise InvalidInputError("confirm a suggestion as same_as, contradicts, supports, ...")
    if relation == "same_as":
        return merge_claims(
            session, claim_id, other_id, actor, note=note, expected_version=expected_version
        )
    claim = load_for_change(session, claim_id, expected_version)
    for suggestion in _suggestions(session, claim_id, other_id):
        session.delete(suggestion)
    link(session, claim_id, other_id, relation, actor, note=note or "confirmed suggestion")
    return claim


def merge_claims(
    session: Session,
    keep_id: int,
    merge_id: int,
    actor: str,
    *,
    note: str | None = None,
    expected_version: int | None = None,
) -> Claim:
    """Fold claim `merge_id` into `keep_id`: the same claim, found twice.

    The merged claim's appearances and evidence move to the kept one and its tags are
    added; an appearance the kept claim already has (same source and offset) stays where it
    is. A `same_as` link (merged → kept) replaces any `similar` suggestion, and the merged
    claim is marked done. Both histories say what moved.
    """
    if keep_id == merge_id:
        raise InvalidInputError("a claim cannot be merged into itself")
    keep = load_for_change(session, keep_id, expected_version)
    merged = load_for_change(session, merge_id, None)
    held = {(a.source_id, a.start_offset) for a in keep.appearances}
    moved = [a for a in merged.appearances if (a.source_id, a.start_offset) not in held]
    for appearance in moved:
        appearance.claim = keep
    evidence = list(merged.evidence)
    for item in evidence:
        item.claim = keep
    for tag in merged.tags:
        if tag not in keep.tags:
            keep.tags.append(tag)
    for suggestion in _suggestions(session, keep_id, merge_id):
        session.delete(suggestion)
    session.flush()
    if (
        session.scalars(
            select(ClaimLink).where(
                ClaimLink.claim_id == merge_id,
                ClaimLink.other_id == keep_id,
                ClaimLink.relation == "same_as",
            )
        ).first()
        is None
    ):
        session.add(ClaimLink(claim=merged, other=keep, relation="same_as", created_by=actor))
    what = f"{len(moved)} appearances, {len(evidence)} evidence"
    record(session, keep, actor, "merge", None, f"#{merge_id}", f"{what} from #{merge_id}")
    record(session, merged, actor, "merge", None, f"into #{keep_id}", note or what)
    if merged.state != "done":
        record(session, merged, actor, "state", merged.state, "done", f"merged into #{keep_id}")
        merged.state = "done"
    now = dt.datetime.now(dt.UTC)
    keep.updated_at = merged.updated_at = now
    flush_change(session, keep)
    return keep
