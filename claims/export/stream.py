"""Claims as JSON-ready objects, streamed from the database in constant memory.

The objects are exactly `claims.records.claim_dict` (what `show --json` prints) but built
from Core rows in keyset batches (`claims.export.rows`): one query for a batch of claims,
then one query each for their appearances (with sources), links, evidence, tags and
history. No ORM objects are made, so a million claims stream at the speed of the database
driver and the memory in use is one batch, whatever the size of the export.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Collection, Generator, Iterator, Sequence
from typing import Any

from sqlalchemy.orm import Session

from claims.export.convert import collector_paused, days, iso, stamps, strings
from claims.export.rows import Rows
from claims.queries import Filters

BATCH = 2000
PARTS = ("appearances", "links", "evidence", "tags", "history")
# Sources kept between batches (a few hundred bytes each): the same article backs many
# claims, and a source not kept is queried again for every batch that cites it.
SOURCE_CACHE = 100_000

Record = dict[str, Any]
Progress = Callable[[int], None]


def claim_batches(
    session: Session,
    filters: Filters,
    *,
    batch: int = BATCH,
    with_import_events: bool = False,
    verdicts: Collection[str] | None = None,
    parts: Collection[str] = PARTS,
    progress: Progress | None = None,
) -> Generator[Iterator[Record], None, None]:
    """The objects of `claim_records`, a batch at a time (each made as it is read: that
    keeps the memory in use, and the processor's cache, small)."""
    reader = Reader(session, with_import_events, parts)
    with reader.sqlite_cache(), collector_paused() as collect:
        for rows in reader.claims(filters, verdicts, batch):
            yield reader.build(rows)
            collect()
            if progress is not None:
                progress(len(rows))


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
    for records in claim_batches(
        session,
        filters,
        batch=batch,
        with_import_events=with_import_events,
        verdicts=verdicts,
        parts=parts,
        progress=progress,
    ):
        yield from records


class Reader(Rows):
    """`Rows` shaped into `claim_dict` objects, with a cache of the sources."""

    def __init__(
        self, session: Session, with_import_events: bool = False, parts: Collection[str] = ()
    ) -> None:
        super().__init__(session, with_import_events)
        self.parts = set(parts)
        self.source_cache: dict[int, Record] = {}

    def build(self, rows: Sequence[Any]) -> Iterator[Record]:
        """The `claim_dict` objects of claim rows (`rows.CLAIM_FIELDS`), made as they are read."""
        ids = [row[0] for row in rows]
        none: dict[int, Any] = {}
        wanted = self.parts
        appearances = self.appearance_dicts(ids) if "appearances" in wanted else none
        history = self.history_dicts(ids) if "history" in wanted else none
        evidence = self.evidence_dicts(ids) if "evidence" in wanted else none
        tags = self.tag_lists(ids) if "tags" in wanted else none
        links = self.link_dicts(ids) if "links" in wanted else none
        empty: list[Any] = []
        return (
            {
                "id": claim_id,
                "text": text,
                "kind": kind,
                "verdict": verdict,
                "state": state,
                "assignee": assignee,
                "claimant": claimant,
                "checkworthiness": round(checkworthiness, 4),
                "event_date": event_date,
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
                "created_at": created_at,
                "updated_at": updated_at,
                "appearances": appearances.get(claim_id, empty),
                "links": links.get(claim_id, empty),
                "evidence": evidence.get(claim_id, empty),
                "tags": tags.get(claim_id, empty),
                "history": history.get(claim_id, empty),
            }
            for (
                claim_id,
                text,
                kind,
                verdict,
                state,
                assignee,
                claimant,
                checkworthiness,
                _,
                date_text,
                q_value,
                q_unit,
                q_norm_value,
                q_norm_unit,
                q_approximate,
                q_text,
                version,
                _,
                _,
            ), event_date, created_at, updated_at in zip(
                rows,
                days([row[8] for row in rows]),
                stamps([row[17] for row in rows]),
                stamps([row[18] for row in rows]),
                strict=True,
            )
        )

    def appearance_dicts(self, ids: Sequence[int]) -> dict[int, list[Record]]:
        rows = self.appearances(ids)
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
                    "via": [] if via == "[]" else strings(via),
                    "orphaned": bool(orphaned),
                }
            )
        return found

    def source_dicts(self, wanted: set[int]) -> dict[int, Record]:
        """Sources by id, from a bounded cache: the same article backs many claims."""
        cache = self.source_cache
        missing = [i for i in wanted if i not in cache]
        if len(cache) + len(missing) > SOURCE_CACHE:
            cache = self.source_cache = {i: cache[i] for i in wanted if i in cache}
        for source_id, title, outlet, url, published in self.sources(missing):
            cache[source_id] = {
                "id": source_id,
                "title": title,
                "outlet": outlet,
                "url": url,
                "published": published,
            }
        return cache

    def history_dicts(self, ids: Sequence[int]) -> dict[int, list[Record]]:
        rows = self.history(ids)
        found: dict[int, list[Record]] = defaultdict(list)
        for (claim_id, _, actor, field, old, new, note), at in zip(
            rows, stamps([row[1] for row in rows]), strict=True
        ):
            found[claim_id].append(
                {"at": at, "actor": actor, "field": field, "from": old, "to": new, "note": note}
            )
        return found

    def evidence_dicts(self, ids: Sequence[int]) -> dict[int, list[Record]]:
        found: dict[int, list[Record]] = defaultdict(list)
        for claim_id, url, note, stance, added_by, added_at in self.evidence(ids):
            found[claim_id].append(
                {
                    "url": url,
                    "note": note,
                    "stance": stance,
                    "added_by": added_by,
                    "added_at": iso(added_at),
                }
            )
        return found

    def tag_lists(self, ids: Sequence[int]) -> dict[int, list[str]]:
        found: dict[int, list[str]] = defaultdict(list)
        for claim_id, name in self.tags(ids):
            found[claim_id].append(name)
        return found

    def link_dicts(self, ids: Sequence[int]) -> dict[int, list[Record]]:
        wanted = set(ids)
        found: dict[int, list[Record]] = defaultdict(list)
        for claim_id, other_id, relation, score in self.links(ids):
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
