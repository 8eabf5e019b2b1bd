"""Changing claims. Every change writes a `claim_events` row in the same transaction.

The caller owns the session: these functions flush, never commit. Pass the version the
reviewer saw as `expected_version` and a stale write is refused with who changed what.
"""

from __future__ import annotations

import datetime as dt
import getpass
import hashlib
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import and_, insert, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from claims import settings
from claims.errors import InvalidInputError, NotFoundError, StaleClaimError
from claims.extract import Quantity
from claims.models import (
    CLAIM_KINDS,
    RELATIONS,
    STANCES,
    Appearance,
    Base,
    Claim,
    ClaimEvent,
    ClaimLink,
    Evidence,
    Source,
    Tag,
    utcnow,
)

REVIEWER_ENV = "CLAIMS_REVIEWER"

# Fields a reviewer can change and undo; each is a plain column on Claim.
UNDOABLE_FIELDS = ("verdict", "state", "assignee")


def default_reviewer() -> str:
    """`$CLAIMS_REVIEWER`, else the operating-system user."""
    name = os.environ.get(REVIEWER_ENV)
    if name:
        return name
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def record(
    session: Session,
    claim: Claim,
    actor: str,
    field: str,
    old: object = None,
    new: object = None,
    note: str | None = None,
) -> ClaimEvent:
    event = ClaimEvent(
        claim=claim,
        actor=actor,
        field=field,
        old_value=None if old is None else str(old),
        new_value=None if new is None else str(new),
        note=note,
    )
    session.add(event)
    return event


def record_many(session: Session, events: Sequence[Mapping[str, object]]) -> None:
    """`record` for many claims at once, as one executemany: bulk writers such as ingest.

    Each event names `claim_id`, `actor` and `field`, and may give `old`, `new`, `note`.
    """
    rows = [
        {
            "claim_id": e["claim_id"],
            "actor": e["actor"],
            "field": e["field"],
            "old_value": None if e.get("old") is None else str(e["old"]),
            "new_value": None if e.get("new") is None else str(e["new"]),
            "note": e.get("note"),
            "at": utcnow(),
        }
        for e in events
    ]
    if rows:
        session.execute(insert(Base.metadata.tables["claim_events"]), rows)  # Core: one executemany


def _load(session: Session, claim_id: int, expected_version: int | None) -> Claim:
    claim = session.get(Claim, claim_id, populate_existing=True)
    if claim is None:
        raise NotFoundError(f"no claim with id {claim_id}")
    if expected_version is not None and claim.version != expected_version:
        raise StaleClaimError(_stale_message(session, claim))
    return claim


def _stale_message(session: Session, claim: Claim) -> str:
    last = session.scalars(
        select(ClaimEvent)
        .where(ClaimEvent.claim_id == claim.id)
        .order_by(ClaimEvent.id.desc())
        .limit(1)
    ).first()
    if last is None:
        return f"claim {claim.id} was changed by someone else; reloaded"
    change = f"{last.field} {last.old_value or '—'} → {last.new_value or '—'}"
    when = last.at.strftime("%H:%M")
    return f"claim {claim.id} was changed by {last.actor} at {when} ({change}); reloaded"


def _flush(session: Session, claim: Claim) -> None:
    try:
        session.flush()
    except StaleDataError as exc:
        raise StaleClaimError(f"claim {claim.id} was changed by someone else; reload it") from exc


def _set_field(
    session: Session,
    claim_id: int,
    field: str,
    value: str | None,
    actor: str,
    note: str | None,
    expected_version: int | None,
) -> Claim:
    claim = _load(session, claim_id, expected_version)
    old = getattr(claim, field)
    if old == value and not note:
        return claim
    setattr(claim, field, value)
    record(session, claim, actor, field, old, value, note)
    _flush(session, claim)
    return claim


def set_verdict(
    session: Session,
    claim_id: int,
    verdict: str,
    actor: str,
    *,
    note: str | None = None,
    expected_version: int | None = None,
) -> Claim:
    name = settings.check_verdict(session, verdict).name
    return _set_field(session, claim_id, "verdict", name, actor, note, expected_version)


def set_state(
    session: Session,
    claim_id: int,
    state: str,
    actor: str,
    *,
    note: str | None = None,
    expected_version: int | None = None,
) -> Claim:
    name = settings.check_state(state)
    return _set_field(session, claim_id, "state", name, actor, note, expected_version)


def assign(
    session: Session,
    claim_id: int,
    assignee: str | None,
    actor: str,
    *,
    expected_version: int | None = None,
) -> Claim:
    """Hand the claim to `assignee`; refused if someone else already holds it."""
    claim = _load(session, claim_id, expected_version)
    if assignee and claim.assignee and claim.assignee not in (assignee, actor):
        raise StaleClaimError(f"claim {claim_id} is already assigned to {claim.assignee}")
    return _set_field(session, claim_id, "assignee", assignee, actor, None, None)


def add_note(
    session: Session,
    claim_id: int,
    note: str,
    actor: str,
    *,
    expected_version: int | None = None,
) -> Claim:
    if not note.strip():
        raise InvalidInputError("the note is empty")
    claim = _load(session, claim_id, expected_version)
    record(session, claim, actor, "note", note=note)
    claim.updated_at = dt.datetime.now(dt.UTC)
    _flush(session, claim)
    return claim


def add_evidence(
    session: Session,
    claim_id: int,
    actor: str,
    *,
    url: str | None = None,
    note: str | None = None,
    stance: str = "context",
    expected_version: int | None = None,
) -> Evidence:
    if not (url or note):
        raise InvalidInputError("evidence needs a URL or a note")
    if stance not in STANCES:
        raise InvalidInputError(f"unknown stance {stance!r}; use one of: {', '.join(STANCES)}")
    if url and not url.startswith(("http://", "https://")):
        raise InvalidInputError(f"evidence URL must start with http:// or https://: {url}")
    claim = _load(session, claim_id, expected_version)
    evidence = Evidence(claim=claim, url=url, note=note, stance=stance, added_by=actor)
    session.add(evidence)
    record(session, claim, actor, "evidence", None, url or note, f"{stance}: {note or url}")
    claim.updated_at = dt.datetime.now(dt.UTC)
    _flush(session, claim)
    return evidence


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
    claim = _load(session, claim_id, None)
    other = _load(session, other_id, None)
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


def add_tag(session: Session, claim_id: int, name: str, actor: str) -> Claim:
    name = name.strip()
    if not name:
        raise InvalidInputError("the tag is empty")
    claim = _load(session, claim_id, None)
    if any(t.name == name for t in claim.tags):
        return claim
    tag = session.scalars(select(Tag).where(Tag.name == name)).first() or Tag(name=name)
    claim.tags.append(tag)
    record(session, claim, actor, "tag", None, name)
    _flush(session, claim)
    return claim


def undo_last(session: Session, claim_id: int, actor: str) -> ClaimEvent:
    """Reverse `actor`'s last change to a claim, recorded as a new event."""
    claim = _load(session, claim_id, None)
    undone_ids = {
        int(e.note.removeprefix("undo of event #"))
        for e in claim.events
        if e.note and e.note.startswith("undo of event #")
    }
    for event in reversed(claim.events):
        if event.actor != actor or event.field not in UNDOABLE_FIELDS:
            continue
        if event.id in undone_ids or (event.note or "").startswith("undo of event #"):
            continue
        if getattr(claim, event.field) != event.new_value:
            break  # someone changed it since: undoing would overwrite their work
        setattr(claim, event.field, event.old_value)
        undo = record(
            session,
            claim,
            actor,
            event.field,
            event.new_value,
            event.old_value,
            f"undo of event #{event.id}",
        )
        _flush(session, claim)
        return undo
    raise InvalidInputError(f"nothing of yours to undo on claim {claim_id}")


# --- suggested links ----------------------------------------------------------------------


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
    claim = _load(session, claim_id, None)
    other = _load(session, other_id, None)
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
    claim = _load(session, claim_id, expected_version)
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
    keep = _load(session, keep_id, expected_version)
    merged = _load(session, merge_id, None)
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
    _flush(session, keep)
    return keep


# --- adding claims by hand ------------------------------------------------------------------


@dataclass(frozen=True)
class SourceInfo:
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: dt.date | None = None
    author: str | None = None
    text: str = ""


def find_or_add_source(session: Session, info: SourceInfo) -> Source:
    """The newest source with this URL, or a new one."""
    if info.url:
        found = session.scalars(
            select(Source).where(Source.url == info.url).order_by(Source.id.desc()).limit(1)
        ).first()
        if found is not None:
            return found
    source = Source(
        url=info.url,
        outlet=info.outlet,
        title=info.title,
        published=info.published,
        author=info.author,
        text=info.text,
        sha256=hashlib.sha256(info.text.encode("utf-8")).hexdigest(),
    )
    session.add(source)
    session.flush()
    return source


def add_claim(
    session: Session,
    text: str,
    actor: str,
    *,
    source: Source,
    quote: str | None = None,
    claimant: str | None = None,
    kind: str = "statement",
    checkworthiness: float = 0.5,
    quantity: Quantity | None = None,
    event_date: dt.date | None = None,
    date_text: str | None = None,
) -> Claim:
    text = text.strip()
    if not text:
        raise InvalidInputError("the claim text is empty")
    if kind not in CLAIM_KINDS:
        raise InvalidInputError(f"unknown kind {kind!r}; use one of: {', '.join(CLAIM_KINDS)}")
    quote = (quote or text).strip()
    start = source.text.find(quote) if source.text else -1
    claim = Claim(
        text=text,
        kind=kind,
        claimant=claimant,
        checkworthiness=checkworthiness,
        event_date=event_date,
        date_text=date_text,
    )
    if quantity is not None:
        claim.quantity_value = quantity.value
        claim.quantity_unit = quantity.unit
        claim.quantity_normalized_value = quantity.normalized_value
        claim.quantity_normalized_unit = quantity.normalized_unit
        claim.quantity_approximate = quantity.approximate
        claim.quantity_text = quantity.text
    session.add(claim)
    session.add(
        Appearance(
            claim=claim,
            source=source,
            quote=quote,
            start_offset=start if start >= 0 else None,
            end_offset=start + len(quote) if start >= 0 else None,
            sentence=quote,
            speaker=claimant,
            via=[],
        )
    )
    record(session, claim, actor, "created", None, text, f"source #{source.id}")
    session.flush()
    return claim
