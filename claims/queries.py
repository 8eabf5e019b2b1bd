"""Reading claims: the shared filters, listings, lookups and statistics."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, and_, exists, func, or_, select, tuple_
from sqlalchemy.orm import Session, selectinload

from claims.errors import NotFoundError
from claims.models import Appearance, Claim, ClaimLink, ClaimTag, Source, Tag


@dataclass(frozen=True)
class Filters:
    """The filters every command shares (`--verdict`, `--state`, `--outlet`, ...).

    `since`/`until` compare with the published date of any source the claim appears in.
    """

    verdict: str | None = None
    state: str | None = None
    not_state: str | None = None
    source: int | None = None
    outlet: str | None = None
    claimant: str | None = None
    kind: str | None = None
    tag: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    search: str | None = None
    min_checkworthiness: float | None = None
    assignee: str | None = None
    linked: str | None = None  # claims with a link of this relation, either way round


def apply_filters(query: Select[Any], filters: Filters) -> Select[Any]:
    conditions: list[Any] = []
    if filters.verdict:
        conditions.append(Claim.verdict == filters.verdict)
    if filters.state:
        conditions.append(Claim.state == filters.state)
    if filters.not_state:
        conditions.append(Claim.state != filters.not_state)
    if filters.kind:
        conditions.append(Claim.kind == filters.kind)
    if filters.claimant:
        conditions.append(func.lower(Claim.claimant).contains(filters.claimant.lower()))
    if filters.assignee:
        conditions.append(Claim.assignee == filters.assignee)
    if filters.min_checkworthiness is not None:
        conditions.append(Claim.checkworthiness >= filters.min_checkworthiness)
    if filters.search:
        for word in filters.search.split():
            pattern = f"%{_escape_like(word.lower())}%"
            conditions.append(
                or_(
                    func.lower(Claim.text).like(pattern, escape="\\"),
                    func.lower(Claim.claimant).like(pattern, escape="\\"),
                )
            )
    if filters.tag:
        conditions.append(
            exists().where(
                ClaimTag.claim_id == Claim.id,
                ClaimTag.tag_id == Tag.id,
                Tag.name == filters.tag,
            )
        )
    if filters.linked:
        conditions.append(
            exists().where(
                ClaimLink.relation == filters.linked,
                or_(ClaimLink.claim_id == Claim.id, ClaimLink.other_id == Claim.id),
            )
        )
    source_conditions: list[Any] = []
    if filters.source is not None:
        source_conditions.append(Appearance.source_id == filters.source)
    if filters.outlet:
        source_conditions.append(func.lower(Source.outlet) == filters.outlet.lower())
    if filters.since:
        source_conditions.append(Source.published >= filters.since)
    if filters.until:
        source_conditions.append(Source.published <= filters.until)
    if source_conditions:
        conditions.append(
            exists().where(
                Appearance.claim_id == Claim.id,
                Appearance.source_id == Source.id,
                *source_conditions,
            )
        )
    return query.where(and_(*conditions)) if conditions else query


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def claims_query(filters: Filters) -> Select[tuple[Claim]]:
    """Claims matching `filters`, most check-worthy first, then newest."""
    query = select(Claim).order_by(Claim.checkworthiness.desc(), Claim.id.desc())
    return apply_filters(query, filters)


def list_claims(
    session: Session, filters: Filters, *, limit: int | None = None, offset: int = 0
) -> Sequence[Claim]:
    query = claims_query(filters).options(
        selectinload(Claim.appearances).selectinload(Appearance.source)
    )
    if limit is not None:
        query = query.limit(limit)
    if offset:
        query = query.offset(offset)
    return list(session.scalars(query))


def count_claims(session: Session, filters: Filters) -> int:
    query = apply_filters(select(func.count()).select_from(Claim), filters)
    return int(session.scalar(query) or 0)


def get_claim(session: Session, claim_id: int) -> Claim:
    claim = session.get(
        Claim,
        claim_id,
        options=[
            selectinload(Claim.appearances).selectinload(Appearance.source),
            selectinload(Claim.evidence),
            selectinload(Claim.events),
            selectinload(Claim.tags),
        ],
    )
    if claim is None:
        raise NotFoundError(f"no claim with id {claim_id}")
    return claim


def get_source(session: Session, source_id: int) -> Source:
    source = session.get(Source, source_id)
    if source is None:
        raise NotFoundError(f"no source with id {source_id}")
    return source


def links_of(session: Session, claim_id: int) -> list[ClaimLink]:
    """Links in both directions, each as seen from `claim_id`."""
    query = (
        select(ClaimLink)
        .where(or_(ClaimLink.claim_id == claim_id, ClaimLink.other_id == claim_id))
        .order_by(ClaimLink.id)
    )
    return list(session.scalars(query))


@dataclass(frozen=True)
class SourceSummary:
    source: Source
    claims: int


def list_sources(session: Session) -> list[SourceSummary]:
    counts = (
        select(Appearance.source_id, func.count(func.distinct(Appearance.claim_id)).label("n"))
        .group_by(Appearance.source_id)
        .subquery()
    )
    query = (
        select(Source, func.coalesce(counts.c.n, 0))
        .outerjoin(counts, counts.c.source_id == Source.id)
        .order_by(Source.id)
    )
    return [SourceSummary(source, int(n)) for source, n in session.execute(query)]


STAT_GROUPS = ("verdict", "claimant", "outlet", "state", "kind")


def stats(session: Session, by: str, filters: Filters) -> list[dict[str, Any]]:
    """Counts of claims per group, with how many got each verdict."""
    if by == "outlet":
        key: Any = Source.outlet
        base = (
            select(key, Claim.verdict, func.count(func.distinct(Claim.id)))
            .join(Appearance, Appearance.claim_id == Claim.id)
            .join(Source, Source.id == Appearance.source_id)
        )
    else:
        key = getattr(Claim, by)
        base = select(key, Claim.verdict, func.count(Claim.id))
    query = apply_filters(base.select_from(Claim), filters).group_by(key, Claim.verdict)
    groups: dict[Any, dict[str, Any]] = {}
    for group, verdict, n in session.execute(query):
        row = groups.setdefault(group, {by: group, "claims": 0, "verdicts": {}})
        row["claims"] += n
        row["verdicts"][verdict] = row["verdicts"].get(verdict, 0) + n
    return sorted(groups.values(), key=lambda r: (-r["claims"], str(r[by])))


def iter_claims(session: Session, filters: Filters, batch: int = 500) -> Iterator[Claim]:
    """Stream claims in id order without holding them all in memory."""
    last_id = 0
    while True:
        query = (
            apply_filters(select(Claim), filters)
            .where(Claim.id > last_id)
            .order_by(Claim.id)
            .limit(batch)
            .options(
                selectinload(Claim.appearances).selectinload(Appearance.source),
                selectinload(Claim.evidence),
                selectinload(Claim.events),
                selectinload(Claim.tags),
            )
        )
        chunk = session.scalars(query).all()
        if not chunk:
            return
        yield from chunk
        last_id = chunk[-1].id
        session.expunge_all()


# --- the review queue ---------------------------------------------------------------------


@dataclass(frozen=True)
class QueueRow:
    """One line of the review queue: what the list shows, and the version the reviewer saw."""

    id: int
    verdict: str
    state: str
    kind: str
    text: str
    claimant: str | None
    assignee: str | None
    checkworthiness: float
    sources: int
    version: int
    figure: str | None  # the quantity as written: tells apart claims from one sentence

    @property
    def key(self) -> tuple[float, int]:
        """Where the row sits in queue order, for keyset paging."""
        return (self.checkworthiness, self.id)


def article_count(sources: Iterable[tuple[int, int | None]]) -> int:
    """How many articles a claim appears in, from its appearances' (source id, id of the
    revision that source replaces): an article revised at its URL counts once, since ingest
    carries every passage of the old revision over to the new one."""
    pairs = list(sources)
    replaced = {replaces for _, replaces in pairs if replaces is not None}
    return len({source for source, _ in pairs} - replaced)


def _queue_select(filters: Filters, free_for: str | None) -> Select[Any]:
    # The revised articles, read once for the whole page: a correlated NOT EXISTS on
    # sources.replaces_id scanned every source for every row once ANALYZE had seen that
    # almost all of them are NULL (1.8 s a page on a million claims).
    replaced = select(Source.replaces_id).where(Source.replaces_id.is_not(None))
    sources = (
        select(func.count(func.distinct(Appearance.source_id)))
        .where(Appearance.claim_id == Claim.id, Appearance.source_id.not_in(replaced))
        .correlate(Claim)
        .scalar_subquery()
    )
    query = select(
        Claim.id,
        Claim.verdict,
        Claim.state,
        Claim.kind,
        Claim.text,
        Claim.claimant,
        Claim.assignee,
        Claim.checkworthiness,
        sources,
        Claim.version,
        Claim.quantity_text,
    )
    query = apply_filters(query, filters)
    if free_for is not None:
        # Nobody is handed a claim someone else holds.
        query = query.where(or_(Claim.assignee.is_(None), Claim.assignee == free_for))
    return query


def queue_page(
    session: Session,
    filters: Filters,
    *,
    after: tuple[float, int] | None = None,
    before: tuple[float, int] | None = None,
    last: bool = False,
    limit: int = 100,
    free_for: str | None = None,
) -> list[QueueRow]:
    """A page of the review queue, always in queue order (most check-worthy, then newest).

    Keyset pagination on (checkworthiness, id), so a page deep in a million claims costs
    the same as the first: `after` is the page following a row's key, `before` the page
    preceding it, `last` the final page, none of them the first page. `free_for` hides
    claims assigned to anyone but that reviewer.
    """
    query = _queue_select(filters, free_for)
    key = tuple_(Claim.checkworthiness, Claim.id)
    backward = before is not None or (last and after is None)
    if after is not None:
        query = query.where(key < tuple_(*after))
    if before is not None:
        query = query.where(key > tuple_(*before))
    if backward:
        query = query.order_by(Claim.checkworthiness.asc(), Claim.id.asc())
    else:
        query = query.order_by(Claim.checkworthiness.desc(), Claim.id.desc())
    rows = [QueueRow(*row) for row in session.execute(query.limit(limit))]
    if backward:
        rows.reverse()
    return rows


def queue_count(session: Session, filters: Filters, *, free_for: str | None = None) -> int:
    """How many claims are left in the queue `queue_page` walks through."""
    inner = _queue_select(filters, free_for).with_only_columns(Claim.id).subquery()
    return int(session.scalar(select(func.count()).select_from(inner)) or 0)


def queue_holds(
    session: Session, filters: Filters, claim_id: int, *, free_for: str | None = None
) -> bool:
    """Whether the claim is in the queue: a change can then adjust the count it left."""
    query = _queue_select(filters, free_for).with_only_columns(Claim.id).where(Claim.id == claim_id)
    return session.execute(query).first() is not None
