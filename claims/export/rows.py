"""The exports' queries: a batch of claims at a time, as the DB-API's own tuples.

Run as SQLAlchemy Core on the session's connection, but read from the driver's cursor:
wrapping a million rows in SQLAlchemy Row objects costs a third of an export's time, and
every value is converted by the format anyway (`claims.export.convert`). On SQLite, dates,
timestamps and JSON come back as the text SQLite stores, which is cheaper to rewrite than
to parse.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, cast

from sqlalchemy import (
    JSON,
    ColumnElement,
    Date,
    DateTime,
    String,
    Table,
    and_,
    or_,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session

from claims.export.convert import day
from claims.models import Appearance, Claim, ClaimEvent, ClaimLink, ClaimTag, Evidence, Source, Tag
from claims.queries import Filters, apply_filters

SQLITE_CACHE_KB = 8_000  # more made no export faster, only bigger

# Bookkeeping events written by `claims import` (field "imported"). Exports leave them out
# unless asked, so that export → import → export gives the same bytes.
IMPORT_EVENT = "imported"

# The columns `claim_dict` is made of, in the order `claims.export.stream` reads them.
CLAIM_FIELDS = (
    "id",
    "text",
    "kind",
    "verdict",
    "state",
    "assignee",
    "claimant",
    "checkworthiness",
    "event_date",
    "date_text",
    "quantity_value",
    "quantity_unit",
    "quantity_normalized_value",
    "quantity_normalized_unit",
    "quantity_approximate",
    "quantity_text",
    "version",
    "created_at",
    "updated_at",
)

_claim_tags_table = cast(Table, ClaimTag.__table__)
_tags_table = cast(Table, Tag.__table__)
_claims = cast(Table, Claim.__table__).c
_appearances = cast(Table, Appearance.__table__).c
_sources = cast(Table, Source.__table__).c
_events = cast(Table, ClaimEvent.__table__).c
_evidence = cast(Table, Evidence.__table__).c
_links = cast(Table, ClaimLink.__table__).c
_claim_tags = _claim_tags_table.c
_tags = _tags_table.c


def _among(column: Any, ids: Sequence[int]) -> ColumnElement[bool]:
    """`column` is one of `ids`: a range when the ids are dense (cheap on an index)."""
    low, high = ids[0], ids[-1]
    if high - low < 2 * len(ids):
        return and_(column >= low, column <= high)
    return cast(ColumnElement[bool], column.in_(ids))


class Rows:
    """The queries, on the session's connection; each returns the driver's tuples."""

    def __init__(self, session: Session, with_import_events: bool = False) -> None:
        self.connection = session.connection()
        self.with_import_events = with_import_events
        self.raw = self.connection.dialect.name == "sqlite"

    @contextmanager
    def sqlite_cache(self) -> Iterator[None]:
        """A bigger SQLite page cache while exporting: the child lookups hit it hard."""
        if not self.raw:
            yield
            return
        before = self.connection.exec_driver_sql("PRAGMA cache_size").scalar()
        self.connection.exec_driver_sql(f"PRAGMA cache_size = -{SQLITE_CACHE_KB}")
        try:
            yield
        finally:
            self.connection.exec_driver_sql(f"PRAGMA cache_size = {int(before or -2000)}")

    def col(self, column: Any) -> Any:
        # On SQLite, dates, timestamps and JSON come back as the stored text.
        if self.raw and isinstance(column.type, (Date, DateTime, JSON)):
            return type_coerce(column, String).label(column.name)
        return column

    def fetch(self, query: Any) -> list[Any]:
        result = self.connection.execute(query)
        try:
            return list(result.cursor.fetchall())
        finally:
            result.close()

    def claims(
        self,
        filters: Filters,
        verdicts: Collection[str] | None,
        batch: int,
        fields: Sequence[str] = CLAIM_FIELDS,
    ) -> Iterator[list[Any]]:
        """Batches of claim rows (`fields`, the first of which must be `id`), in id order."""
        c = _claims
        query = apply_filters(select(*(self.col(c[name]) for name in fields)), filters)
        if verdicts is not None:
            query = query.where(c.verdict.in_(list(verdicts)))
        after = 0
        while True:
            rows = self.fetch(query.where(c.id > after).order_by(c.id).limit(batch))
            if not rows:
                return
            yield rows
            after = rows[-1][0]

    def appearances(self, ids: Sequence[int]) -> list[Any]:
        """(claim_id, source_id, quote, start, end, prefix, suffix, sentence, speaker, via,
        orphaned) of the claims `ids`, in claim then appearance order; `via` is JSON text on
        SQLite."""
        a = _appearances
        query = (
            select(
                a.claim_id,
                a.source_id,
                a.quote,
                a.start_offset,
                a.end_offset,
                a.prefix,
                a.suffix,
                a.sentence,
                a.speaker,
                self.col(a.via),
                a.orphaned,
            )
            .where(_among(a.claim_id, ids))
            .order_by(a.claim_id, a.id)
        )
        return self.fetch(query)

    def sources(self, ids: Collection[int]) -> Iterator[Any]:
        """(id, title, outlet, url, published) of the sources `ids`; `published` as ISO text."""
        s = _sources
        wanted = list(ids)
        for start in range(0, len(wanted), 5000):
            query = select(s.id, s.title, s.outlet, s.url, self.col(s.published)).where(
                s.id.in_(wanted[start : start + 5000])
            )
            for source_id, title, outlet, url, published in self.fetch(query):
                yield source_id, title, outlet, url, day(published)

    def history(self, ids: Sequence[int]) -> list[Any]:
        """(claim_id, at, actor, field, old, new, note), without the import events unless
        asked."""
        e = _events
        query = (
            select(e.claim_id, self.col(e.at), e.actor, e.field, e.old_value, e.new_value, e.note)
            .where(_among(e.claim_id, ids))
            .order_by(e.claim_id, e.id)
        )
        if not self.with_import_events:
            query = query.where(e.field != IMPORT_EVENT)
        return self.fetch(query)

    def evidence(self, ids: Sequence[int]) -> list[Any]:
        """(claim_id, url, note, stance, added_by, added_at)."""
        e = _evidence
        query = (
            select(e.claim_id, e.url, e.note, e.stance, e.added_by, self.col(e.added_at))
            .where(_among(e.claim_id, ids))
            .order_by(e.claim_id, e.id)
        )
        return self.fetch(query)

    def tags(self, ids: Sequence[int]) -> list[Any]:
        """(claim_id, name), each claim's tags by name."""
        query = (
            select(_claim_tags.claim_id, _tags.name)
            .join_from(_claim_tags_table, _tags_table, _tags.id == _claim_tags.tag_id)
            .where(_among(_claim_tags.claim_id, ids))
            .order_by(_claim_tags.claim_id, _tags.name)
        )
        return self.fetch(query)

    def links(self, ids: Sequence[int]) -> list[Any]:
        """(claim_id, other_id, relation, score) of the links to or from the claims `ids`."""
        k = _links
        query = (
            select(k.claim_id, k.other_id, k.relation, k.score)
            .where(or_(_among(k.claim_id, ids), _among(k.other_id, ids)))
            .order_by(k.id)
        )
        return self.fetch(query)
