"""Which source here each source of the imported claims is, adding the ones that are new.

- A source from our own export is the source with its id when the URL matches (or, with no
  URL, the title): export → import into an empty database keeps every source's id.
- Otherwise a source is the one here with the same URL (the newest, if several have it).
- A new source keeps its id from the file when that id is free, else gets a fresh one.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any, cast

from sqlalchemy import Connection, Table, func, select

from claims.importer.bulk import BulkInsert, Row
from claims.importer.model import AppearanceIn, ClaimIn, SourceIn
from claims.models import Source

_sources = cast(Table, Source.__table__)
_EMPTY_SHA = hashlib.sha256(b"").hexdigest()
_COLUMNS = ("id", "title", "outlet", "url", "published", "retrieved_at", "text", "sha256")

SourceKey = tuple[Any, ...]


def chunks(values: Sequence[Any], size: int) -> Iterable[Sequence[Any]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


class FreshIds:
    """Ids for new rows of one table: above every id in it and every id the import used."""

    def __init__(self, connection: Connection, table: Table) -> None:
        self.connection = connection
        self.table = table
        self.next = 0
        self.queried = False  # the table's highest id looked up

    def keep(self, value: int) -> int:
        """`value`, given to a row as it is: fresh ids go above it."""
        self.next = max(self.next, value + 1)
        return value

    def fresh(self, reserved: set[int]) -> int:
        """A new id, none of `reserved` (ids about to be given as they are)."""
        if not self.queried:
            highest = self.connection.execute(select(func.max(self.table.c.id))).scalar()
            self.next = max(self.next, (highest or 0) + 1)
            self.queried = True
        value = self.next
        while value in reserved:
            value += 1
        self.next = value + 1
        return value


class Sources:
    """The sources of the import: found here or added, remembered for the whole import."""

    def __init__(self, connection: Connection, stored_now: Any, counts: Counter[str]) -> None:
        self.connection = connection
        self.insert = BulkInsert(connection, _sources, _COLUMNS)
        self.stored_now = stored_now  # when a new source was retrieved: now
        self.counts = counts
        self.ids = FreshIds(connection, _sources)
        self.by_key: dict[SourceKey, int] = {}
        self.added: set[int] = set()
        self.batch: dict[int, int] = {}  # id() of a source of the batch → its id here

    @staticmethod
    def key(source: SourceIn, origin: str) -> SourceKey:
        if origin == "ours" and source.id is not None:
            return ("id", source.id, source.url)
        if source.url:
            return ("url", source.url)
        return ("untitled", source.title, source.outlet, source.published)

    def id_of(self, appearance: AppearanceIn) -> int:
        """The id here of the source of an appearance of the batch `resolve` was given."""
        return self.batch[id(appearance.source)]

    def resolve(self, batch: list[ClaimIn]) -> None:
        """Find or add the source of every appearance of the claims of `batch`."""
        keys = [
            (source, self.key(source, claim.origin))
            for claim in batch
            for source in (a.source for a in claim.appearances)
        ]
        todo: dict[SourceKey, SourceIn] = {}
        for source, key in keys:
            if key not in self.by_key:
                todo.setdefault(key, source)
        if todo:
            self._find_or_add(todo)
        by_key = self.by_key
        self.batch = {id(source): by_key[key] for source, key in keys}

    def _find_or_add(self, todo: dict[SourceKey, SourceIn]) -> None:
        ids = [k[1] for k in todo if k[0] == "id"]
        by_id: dict[int, tuple[str | None, str | None]] = {}
        s = _sources.c
        for chunk in chunks(ids, 500):
            query = select(s.id, s.url, s.title).where(s.id.in_(chunk))
            by_id.update({row.id: (row.url, row.title) for row in self.connection.execute(query)})
        urls = sorted({source.url for source in todo.values() if source.url})
        by_url: dict[str, int] = {}
        for chunk in chunks(urls, 500):
            query = select(s.url, func.max(s.id)).where(s.url.in_(chunk)).group_by(s.url)
            by_url.update({row[0]: row[1] for row in self.connection.execute(query)})
        explicit = {k[1] for k in todo if k[0] == "id" and k[1] not in by_id}
        rows: list[Row] = []
        for key, source in todo.items():
            if key[0] == "id" and key[1] in by_id:
                url, title = by_id[key[1]]
                if url == source.url and (url is not None or title == source.title):
                    self.by_key[key] = key[1]
                    continue
            if source.url and source.url in by_url:
                self.by_key[key] = by_url[source.url]
                continue
            if key[0] == "id" and key[1] not in by_id and key[1] not in self.added:
                source_id = self.ids.keep(key[1])
            else:
                source_id = self.ids.fresh(explicit)
            self.added.add(source_id)
            self.by_key[key] = source_id
            if source.url:
                by_url[source.url] = source_id
            rows.append(
                (
                    source_id,
                    source.title,
                    source.outlet,
                    source.url,
                    source.published,
                    self.stored_now,
                    "",
                    _EMPTY_SHA,
                )
            )
        if rows:
            self.insert(rows)
            self.counts["sources added"] += len(rows)
