"""Everything the reviewer sees about one claim, read in one session and handed to the UI.

A `Dossier` is plain frozen data: the screen never touches an ORM object outside the worker
that loaded it, so no lazy load can happen on the event loop or after the session closed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from claims import queries
from claims.models import Appearance, Claim, ClaimLink
from claims.tui.text import passage, split_quote


@dataclass(frozen=True)
class Quantity:
    value: float
    unit: str | None
    normalized_value: float | None
    normalized_unit: str | None
    approximate: bool
    wording: str | None

    @classmethod
    def of(cls, claim: Claim) -> Quantity | None:
        if claim.quantity_value is None:
            return None
        return cls(
            claim.quantity_value,
            claim.quantity_unit,
            claim.quantity_normalized_value,
            claim.quantity_normalized_unit,
            bool(claim.quantity_approximate),
            claim.quantity_text,
        )


@dataclass(frozen=True)
class Passage:
    """Where the claim appears: the quote with the text around it, and the source."""

    source_id: int
    replaces: int | None  # the revision of the article this source replaces
    outlet: str | None
    title: str | None
    published: dt.date | None
    url: str | None
    before: str
    quote: str
    after: str
    speaker: str | None
    via: tuple[str, ...]
    orphaned: bool


@dataclass(frozen=True)
class LinkedClaim:
    claim_id: int
    relation: str
    outgoing: bool
    score: float | None
    text: str
    verdict: str
    quantity: Quantity | None


@dataclass(frozen=True)
class EvidenceItem:
    stance: str
    url: str | None
    note: str | None
    added_by: str
    added_at: dt.datetime


@dataclass(frozen=True)
class HistoryItem:
    at: dt.datetime
    actor: str
    field: str
    old: str | None
    new: str | None
    note: str | None


@dataclass(frozen=True)
class Dossier:
    id: int
    version: int
    text: str
    kind: str
    verdict: str
    state: str
    assignee: str | None
    claimant: str | None
    checkworthiness: float
    event_date: dt.date | None
    date_text: str | None
    quantity: Quantity | None
    tags: tuple[str, ...]
    passages: tuple[Passage, ...]  # the first is the one shown in full
    links: tuple[LinkedClaim, ...]
    evidence: tuple[EvidenceItem, ...]
    history: tuple[HistoryItem, ...]

    @property
    def suggestions(self) -> tuple[LinkedClaim, ...]:
        """Links the matcher proposed and no reviewer has confirmed or rejected yet."""
        return tuple(link for link in self.links if link.relation == "similar")


def _passage(appearance: Appearance, context: int | None) -> Passage:
    source = appearance.source
    text, start, end = source.text, appearance.start_offset, appearance.end_offset
    if context is not None and start is not None and end is not None and text[start:end]:
        before, quote, after = passage(text, start, end, context)
    else:
        before, quote, after = split_quote(appearance.sentence or "", appearance.quote)
        if not quote:
            before, quote, after = "", appearance.quote, ""
    return Passage(
        source_id=source.id,
        replaces=source.replaces_id,
        outlet=source.outlet,
        title=source.title,
        published=source.published,
        url=source.url,
        before=before,
        quote=quote,
        after=after,
        speaker=appearance.speaker,
        via=tuple(appearance.via or ()),
        orphaned=appearance.orphaned,
    )


def _linked(link: ClaimLink, seen_from: int, claims: dict[int, Claim]) -> LinkedClaim:
    outgoing = link.claim_id == seen_from
    other = claims[link.other_id if outgoing else link.claim_id]
    return LinkedClaim(
        claim_id=other.id,
        relation=link.relation,
        outgoing=outgoing,
        score=link.score,
        text=other.text,
        verdict=other.verdict,
        quantity=Quantity.of(other),
    )


def load_dossier(session: Session, claim_id: int, context: int = 1) -> Dossier:
    """The claim with its passages, links, evidence and history; NotFoundError if gone."""
    claim = queries.get_claim(session, claim_id)
    appearances = sorted(claim.appearances, key=lambda a: (a.orphaned, a.id))
    links = queries.links_of(session, claim_id)
    others = {link.other_id if link.claim_id == claim_id else link.claim_id for link in links}
    linked = {c.id: c for c in session.scalars(select(Claim).where(Claim.id.in_(others)))}
    return Dossier(
        id=claim.id,
        version=claim.version,
        text=claim.text,
        kind=claim.kind,
        verdict=claim.verdict,
        state=claim.state,
        assignee=claim.assignee,
        claimant=claim.claimant,
        checkworthiness=claim.checkworthiness,
        event_date=claim.event_date,
        date_text=claim.date_text,
        quantity=Quantity.of(claim),
        tags=tuple(t.name for t in claim.tags),
        passages=tuple(_passage(a, context if i == 0 else None) for i, a in enumerate(appearances)),
        links=tuple(_linked(link, claim_id, linked) for link in links),
        evidence=tuple(
            EvidenceItem(e.stance, e.url, e.note, e.added_by, e.added_at) for e in claim.evidence
        ),
        history=tuple(
            HistoryItem(e.at, e.actor, e.field, e.old_value, e.new_value, e.note)
            for e in claim.events
        ),
    )


@dataclass(frozen=True)
class SourceText:
    """A whole article, for reading the quote in its full context."""

    source_id: int
    title: str | None
    outlet: str | None
    text: str
    start: int | None
    end: int | None


def load_source_text(session: Session, claim_id: int, source_id: int) -> SourceText:
    source = queries.get_source(session, source_id)
    appearance = session.scalars(
        select(Appearance).where(Appearance.claim_id == claim_id, Appearance.source_id == source_id)
    ).first()
    start = appearance.start_offset if appearance else None
    end = appearance.end_offset if appearance else None
    if appearance is not None and (
        start is None or source.text[start or 0 : end] != appearance.quote
    ):
        found = source.text.find(appearance.quote)  # the text changed: re-anchor on the quote
        start, end = (found, found + len(appearance.quote)) if found >= 0 else (None, None)
    return SourceText(source.id, source.title, source.outlet, source.text, start, end)
