"""Claims as JSON-ready objects, streamed from the database in constant memory.

The objects are exactly `claims.records.claim_dict` (what `show --json` prints) but built
from SQLAlchemy Core rows in keyset batches: one query for a batch of claims, then one
query each for their appearances (with sources), links, evidence, tags and history. No ORM
objects are made, so a million claims stream at the speed of the database driver and the
memory in use is one batch, whatever the size of the export.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Callable, Collection, Iterator, Sequence
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

from claims.models import Appearance, Claim, ClaimEvent, ClaimLink, ClaimTag, Evidence, Source, Tag
from claims.queries import Filters, apply_filters

BATCH = 2000
PARTS = ("appearances", "links", "evidence", "tags", "history")
SOURCE_CACHE = 50_000  # source objects kept between batches
SQLITE_CACHE_KB = 32_000

# Bookkeeping events written by `claims import` (field "imported"). Exports leave them out
# unless asked, so that export → import → export gives the same bytes.
IMPORT_EVENT = "imported"

Record = dict[str, Any]
Progress = Callable[[int], None]

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

UTC = dt.UTC


def _iso(value: dt.date | dt.datetime | str | None) -> str | None:
    """A timestamp as `claims.records` writes it: ISO 8601, UTC when the zone was dropped.

    On SQLite the column arrives as the text SQLAlchemy stored ("2024-05-01 10:00:00.000000",
    always UTC) and is rewritten without parsing, which is most of the export's speed.
    """
    if value is None:
        return None
    if isinstance(value, str):
        if len(value) == 26 and value[10] == " ":
            if value.endswith(".000000"):
                return f"{value[:10]}T{value[11:19]}+00:00"
            return f"{value[:10]}T{value[11:]}+00:00"
        value = dt.datetime.fromisoformat(value)
    if isinstance(value, dt.datetime) and value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.isoformat()


def _day(value: dt.date | str | None) -> str | None:
    if value is None or isinstance(value, str):
        return value  # SQLite keeps dates as ISO text already
    return value.isoformat()


def _strings(value: list[str] | str | None) -> list[str]:
    if value is None or value == "[]":
        return []
    if isinstance(value, str):
        return list(json.loads(value))
    return list(value)


def claim_records(
    session: Session,
    filters: Filters,
    *,
    batch: int = BATCH,
    with_import_events: bool = False,
    verdicts: Collection[str] | None = None,
    parts: Collection[str] = PARTS,
    progress: Progress | None = None,
) -> Iterator[Record]:
    """Every claim matching `filters` (and one of `verdicts`), in id order, as its
    `claim_dict` object. Objects may share parts (a source): treat them as read-only.

    `parts` names the nested lists to look up (of PARTS); the others are left empty, which
    saves their queries when a format does not write them."""
    reader = _Reader(session, with_import_events, parts)
    last_id = 0
    with reader.sqlite_cache():
        while True:
            rows = reader.claims(filters, verdicts, last_id, batch)
            if not rows:
                return
            yield from reader.build(rows)
            last_id = rows[-1][0]
            if progress is not None:
                progress(len(rows))


def _among(column: Any, ids: Sequence[int]) -> ColumnElement[bool]:
    """`column` is one of `ids`: a range when the ids are dense (cheap on an index)."""
    low, high = ids[0], ids[-1]
    if high - low < 2 * len(ids):
        return and_(column >= low, column <= high)
    return cast(ColumnElement[bool], column.in_(ids))


class _Reader:
    """The queries for one batch of claims, run on the session's connection as Core."""

    def __init__(
        self, session: Session, with_import_events: bool, parts: Collection[str] = ()
    ) -> None:
        self.parts = set(parts)
        self.connection = session.connection()
        self.with_import_events = with_import_events
        self.raw = self.connection.dialect.name == "sqlite"
        self.sources: dict[int, Record] = {}

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
        # On SQLite, dates, timestamps and JSON come back as the stored text (see _iso).
        if self.raw and isinstance(column.type, (Date, DateTime, JSON)):
            return type_coerce(column, String).label(column.name)
        return column

    def rows(self, query: Any) -> list[Any]:
        # The DBAPI's own tuples: wrapping a million rows in SQLAlchemy Row objects costs a
        # third of the export's time, and the values are converted here anyway.
        result = self.connection.execute(query)
        try:
            return list(result.cursor.fetchall())
        finally:
            result.close()

    def claims(
        self, filters: Filters, verdicts: Collection[str] | None, after: int, batch: int
    ) -> Sequence[Any]:
        c, col = _claims, self.col
        query = apply_filters(
            select(
                c.id,
                c.text,
                c.kind,
                c.verdict,
                c.state,
                c.assignee,
                c.claimant,
                c.checkworthiness,
                col(c.event_date),
                c.date_text,
                c.quantity_value,
                c.quantity_unit,
                c.quantity_normalized_value,
                c.quantity_normalized_unit,
                c.quantity_approximate,
                c.quantity_text,
                c.version,
                col(c.created_at),
                col(c.updated_at),
            ),
            filters,
        )
        if verdicts is not None:
            query = query.where(c.verdict.in_(list(verdicts)))
        query = query.where(c.id > after).order_by(c.id).limit(batch)
        return self.rows(query)

    def build(self, rows: Sequence[Any]) -> Iterator[Record]:
        ids = [row[0] for row in rows]
        none: dict[int, Any] = {}
        wanted = self.parts
        appearances = self.appearances(ids) if "appearances" in wanted else none
        history = self.history(ids) if "history" in wanted else none
        evidence = self.evidence(ids) if "evidence" in wanted else none
        tags = self.tags(ids) if "tags" in wanted else none
        links = self.links(ids) if "links" in wanted else none
        empty: list[Any] = []
        for (
            claim_id,
            text,
            kind,
            verdict,
            state,
            assignee,
            claimant,
            checkworthiness,
            event_date,
            date_text,
            q_value,
            q_unit,
            q_norm_value,
            q_norm_unit,
            q_approximate,
            q_text,
            version,
            created_at,
            updated_at,
        ) in rows:
            yield {
                "id": claim_id,
                "text": text,
                "kind": kind,
                "verdict": verdict,
                "state": state,
                "assignee": assignee,
                "claimant": claimant,
                "checkworthiness": round(checkworthiness, 4),
                "event_date": _day(event_date),
                "date_text": date_text,
                "quantity": None
                if q_value is None
                else {
                    "value": q_value,
                    "unit": q_unit,
                    "normalized_value": q_norm_value,
                    "normalized_unit": q_norm_unit,
                    "approximate": bool(q_approximate),
                    "text": q_text,
                },
                "version": version,
                "created_at": _iso(created_at),
                "updated_at": _iso(updated_at),
                "appearances": appearances.get(claim_id, empty),
                "links": links.get(claim_id, empty),
                "evidence": evidence.get(claim_id, empty),
                "tags": tags.get(claim_id, empty),
                "history": history.get(claim_id, empty),
            }

    def appearances(self, ids: Sequence[int]) -> dict[int, list[Record]]:
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
        rows = self.rows(query)
        sources = self.source_dicts({row[1] for row in rows})
        found: dict[int, list[Record]] = defaultdict(list)
        for (
            claim_id,
            source_id,
            quote,
            start,
            end,
            prefix,
            suffix,
            sentence,
            speaker,
            via,
            orphaned,
        ) in rows:
            found[claim_id].append(
                {
                    "source": sources[source_id],
                    "quote": quote,
                    "start": start,
                    "end": end,
                    "prefix": prefix,
                    "suffix": suffix,
                    "sentence": sentence,
                    "speaker": speaker,
                    "via": [] if via == "[]" else _strings(via),
                    "orphaned": bool(orphaned),
                }
            )
        return found

    def source_dicts(self, wanted: set[int]) -> dict[int, Record]:
        """Sources by id, from a bounded cache: the same article backs many claims."""
        missing = [i for i in wanted if i not in self.sources]
        if len(self.sources) + len(missing) > SOURCE_CACHE:
            self.sources = {i: self.sources[i] for i in wanted if i in self.sources}
        s = _sources
        for start in range(0, len(missing), 5000):
            query = select(s.id, s.title, s.outlet, s.url, self.col(s.published)).where(
                s.id.in_(missing[start : start + 5000])
            )
            for source_id, title, outlet, url, published in self.rows(query):
                self.sources[source_id] = {
                    "id": source_id,
                    "title": title,
                    "outlet": outlet,
                    "url": url,
                    "published": _day(published),
                }
        return self.sources

    def history(self, ids: Sequence[int]) -> dict[int, list[Record]]:
        e = _events
        query = (
            select(e.claim_id, self.col(e.at), e.actor, e.field, e.old_value, e.new_value, e.note)
            .where(_among(e.claim_id, ids))
            .order_by(e.claim_id, e.id)
        )
        if not self.with_import_events:
            query = query.where(e.field != IMPORT_EVENT)
        found: dict[int, list[Record]] = defaultdict(list)
        for claim_id, at, actor, field, old, new, note in self.rows(query):
            found[claim_id].append(
                {
                    "at": _iso(at),
                    "actor": actor,
                    "field": field,
                    "from": old,
                    "to": new,
                    "note": note,
                }
            )
        return found

    def evidence(self, ids: Sequence[int]) -> dict[int, list[Record]]:
        e = _evidence
        query = (
            select(e.claim_id, e.url, e.note, e.stance, e.added_by, self.col(e.added_at))
            .where(_among(e.claim_id, ids))
            .order_by(e.claim_id, e.id)
        )
        found: dict[int, list[Record]] = defaultdict(list)
        for claim_id, url, note, stance, added_by, added_at in self.rows(query):
            found[claim_id].append(
                {
                    "url": url,
                    "note": note,
                    "stance": stance,
                    "added_by": added_by,
                    "added_at": _iso(added_at),
                }
            )
        return found

    def tags(self, ids: Sequence[int]) -> dict[int, list[str]]:
        query = (
            select(_claim_tags.claim_id, _tags.name)
            .join_from(_claim_tags_table, _tags_table, _tags.id == _claim_tags.tag_id)
            .where(_among(_claim_tags.claim_id, ids))
            .order_by(_claim_tags.claim_id, _tags.name)
        )
        found: dict[int, list[str]] = defaultdict(list)
        for claim_id, name in self.rows(query):
            found[claim_id].append(name)
        return found

    def links(self, ids: Sequence[int]) -> dict[int, list[Record]]:
        k = _links
        query = (
            select(k.claim_id, k.other_id, k.relation, k.score)
            .where(or_(_among(k.claim_id, ids), _among(k.other_id, ids)))
            .order_by(k.id)
        )
        wanted = set(ids)
        found: dict[int, list[Record]] = defaultdict(list)
        for claim_id, other_id, relation, score in self.rows(query):
            if claim_id in wanted:
                found[claim_id].append(
                    {"claim_id": other_id, "relation": relation, "direction": "to", "score": score}
                )
            if other_id in wanted:
                found[other_id].append(
                    {
                        "claim_id": claim_id,
                        "relation": relation,
                        "direction": "from",
                        "score": score,
                    }
                )
        return found
