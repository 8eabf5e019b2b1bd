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

from sqlalchemy import insert, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from claims import settings
from claims.errors import InvalidInputError, NotFoundError, StaleClaimError
from claims.extract import Quantity
from claims.models import (
    CLAIM_KINDS,
    STANCES,
    Appearance,
    Base,
    Claim,
    ClaimEvent,
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


def load_for_change(session: Session, claim_id: int, expected_version: int | None) -> Claim:
    """The claim as it is now; StaleClaimError if it moved past `expected_version`."""
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


def flush_change(session: Session, claim: Claim) -> None:
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
    claim = load_for_change(session, claim_id, expected_version)
    old = getattr(claim, field)
    if old == value and not note:
        return claim
    setattr(claim, field, value)
    record(session, claim, actor, field, old, value, note)
    flush_change(session, claim)
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
    claim = load_for_change(session, claim_id, expected_version)
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
    claim = load_for_change(session, claim_id, expected_version)
    record(session, claim, actor, "note", note=note)
    claim.updated_at = dt.datetime.now(dt.UTC)
    flush_change(session, claim)
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
    claim = load_for_change(session, claim_id, expected_version)
    evidence = Evidence(claim=claim, url=url, note=note, stance=stance, added_by=actor)
    session.add(evidence)
    record(session, claim, actor, "evidence", None, url or note, f"{stance}: {note or url}")
    claim.updated_at = dt.datetime.now(dt.UTC)
    flush_change(session, claim)
    return evidence


def add_tag(session: Session, claim_id: int, name: str, actor: str) -> Claim:
    name = name.strip()
    if not name:
        raise InvalidInputError("the tag is empty")
    claim = load_for_change(session, claim_id, None)
    if any(t.name == name for t in claim.tags):
        return claim
    tag = session.scalars(select(Tag).where(Tag.name == name)).first() or Tag(name=name)
    claim.tags.append(tag)
    record(session, claim, actor, "tag", None, name)
    flush_change(session, claim)
    return claim


def undo_last(session: Session, claim_id: int, actor: str) -> ClaimEvent:
    """Reverse `actor`'s last change to a claim, recorded as a new event."""
    claim = load_for_change(session, claim_id, None)
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
        flush_change(session, claim)
        return undo
    raise InvalidInputError(f"nothing of yours to undo on claim {claim_id}")


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
