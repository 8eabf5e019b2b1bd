"""Write checked claims into the database, merging with what is already there.

- Which claim here a claim of the file is, if any: `claims.importer.matching`; which source
  each of its sources is: `claims.importer.sources`. Nothing is ever duplicated.
- A new claim keeps its id when that id is free, so an export imported into an empty
  database exports again byte for byte; sources keep theirs the same way.
- Merging adds the appearances, evidence, tags and history events the database lacks and
  takes the file's verdict, state and other fields only when the file's review is newer
  (its latest verdict event, else `updated_at`) than the database's. Never the reverse.
- Every claim gets one `imported` event saying where it came from.

The writer works in batches of claims: a few queries find which are already there, and
the new ones go in with one `executemany` per table (`claims.importer.bulk`). The caller
owns the session and its transaction (it commits, or rolls back for a dry run).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any, cast

from sqlalchemy import Table, func, insert, select, text, update
from sqlalchemy.orm import Session

from claims.export.rows import CLAIM_FIELDS, IMPORT_EVENT
from claims.importer.bulk import BulkInsert, Row
from claims.importer.matching import Matcher, normalise_text
from claims.importer.model import AppearanceIn, ClaimIn, EventIn, EvidenceIn
from claims.importer.sources import FreshIds, Sources
from claims.models import (
    Appearance,
    Claim,
    ClaimEvent,
    ClaimLink,
    ClaimTag,
    Evidence,
    Tag,
)

BATCH = 500
_claims = cast(Table, Claim.__table__)
_appearances = cast(Table, Appearance.__table__)
_events = cast(Table, ClaimEvent.__table__)
_evidence = cast(Table, Evidence.__table__)
_links = cast(Table, ClaimLink.__table__)
_tags = cast(Table, Tag.__table__)
_claim_tags = cast(Table, ClaimTag.__table__)
# The columns each table's rows are written with (as tuples, in this order): a claim's
# are the ones its export is read from, so the two cannot drift apart.
_CLAIM_COLUMNS = CLAIM_FIELDS
# What a newer review may change; identity, text and bookkeeping are not among them.
_REVIEW_FIELDS = tuple(
    f for f in CLAIM_FIELDS if f not in ("id", "text", "version", "created_at", "updated_at")
)
_APPEARANCE_COLUMNS = (
    "claim_id",
    "source_id",
    "quote",
    "start_offset",
    "end_offset",
    "prefix",
    "suffix",
    "sentence",
    "speaker",
    "via",
    "orphaned",
    "created_at",
)
_EVENT_COLUMNS = ("claim_id", "at", "actor", "field", "old_value", "new_value", "note")
_EVIDENCE_COLUMNS = ("claim_id", "url", "note", "stance", "added_by", "added_at")


def _utc(value: dt.datetime | None) -> dt.datetime | None:
    if value is None:
        return None
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


class Writer:
    """Claims of one file into the session's database: `add` each, then `finish`."""

    def __init__(self, session: Session, *, actor: str, label: str, fmt: str) -> None:
        self.conn = session.connection()
        conn = self.conn
        self.insert_claims = BulkInsert(conn, _claims, _CLAIM_COLUMNS)
        self.insert_appearances = BulkInsert(conn, _appearances, _APPEARANCE_COLUMNS)
        self.insert_events = BulkInsert(conn, _events, _EVENT_COLUMNS)
        self.insert_evidence = BulkInsert(conn, _evidence, _EVIDENCE_COLUMNS)
        self.insert_tags = BulkInsert(conn, _claim_tags, ("claim_id", "tag_id"))
        self.now = dt.datetime.now(dt.UTC)
        # `now` is in every new appearance and import event: stored once for all of them.
        self.stored_now = self.insert_events.constant("at", self.now)
        self.actor, self.label, self.fmt = actor, label, fmt
        self.matcher = Matcher(conn)
        self.db_was_empty = self.matcher.db_was_empty
        self.id_map: dict[int, int] = {}  # claim id in the file → id here
        self.tag_ids: dict[str, int] = {}
        self.links: list[tuple[int, int, str, float | None]] = []
        self.buffer: list[ClaimIn] = []
        self.buffered: set[Any] = set()
        self.counts: Counter[str] = Counter()
        self.sources = Sources(conn, self.stored_now, self.counts)
        self.claim_ids = FreshIds(conn, _claims)
        self._reserved: set[int] = set()  # claim ids taken by the batch being written

    # --- batching ---------------------------------------------------------------------

    def add(self, claim: ClaimIn) -> None:
        keys = self._batch_keys(claim)
        if self.buffered & keys or len(self.buffer) >= BATCH:
            self.flush()  # a claim twice in one batch: the second must see the first
        self.buffer.append(claim)
        self.buffered |= keys

    def _batch_keys(self, claim: ClaimIn) -> set[Any]:
        # Our claims match by id; and by content only claims that were there before the
        # import, never one written by it (`claims.importer.matching`). Reviews match by
        # content, also one another: a review must see one before it in the file.
        if claim.origin == "ours":
            return {claim.id} if claim.id is not None else set()
        return {normalise_text(claim.text)}

    def flush(self) -> None:
        batch, self.buffer, self.buffered = self.buffer, [], set()
        if not batch:
            return
        by_id = self.matcher.texts_by_id(batch)
        targets = self.matcher.targets(batch, by_id)
        self.sources.resolve(batch)
        fresh = [c for c, t in zip(batch, targets, strict=True) if t is None]
        self._reserved = {
            c.id for c in fresh if c.origin == "ours" and c.id is not None and c.id not in by_id
        }
        new = [(c, self._new_id(c, by_id)) for c in fresh]
        self._insert_new(new)
        for claim, target in zip(batch, targets, strict=True):
            if target is not None:
                self._merge(claim, target)

    def finish(self) -> Counter[str]:
        self.flush()
        self._insert_links()
        if self.conn.dialect.name == "postgresql":
            # Ids were given explicitly: move the sequences past them.
            for table in ("claims", "sources"):
                self.conn.execute(
                    text(
                        f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                        f"GREATEST((SELECT max(id) FROM {table}), 1))"
                    )
                )
        return self.counts

    def _new_id(self, claim: ClaimIn, by_id: dict[int, str]) -> int:
        if claim.origin == "ours" and claim.id is not None and claim.id not in by_id:
            return self.claim_ids.keep(claim.id)
        return self.claim_ids.fresh(self._reserved)

    # --- writing ----------------------------------------------------------------------

    def _insert_new(self, new: list[tuple[ClaimIn, int]]) -> None:
        if not new:
            return
        claims: list[Row] = []
        appearances: list[Row] = []
        events: list[Row] = []
        evidence: list[Row] = []
        tags: list[Row] = []
        now = self.now
        for claim, claim_id in new:
            if claim.origin == "ours" and claim.id is not None:
                self.id_map[claim.id] = claim_id
            if not self.db_was_empty:
                self.matcher.inserted.add(claim_id)
            claims.append(
                (
                    claim_id,
                    claim.text,
                    claim.kind,
                    claim.verdict,
                    claim.state,
                    claim.assignee,
                    claim.claimant,
                    claim.checkworthiness,
                    claim.event_date,
                    claim.date_text,
                    claim.quantity_value,
                    claim.quantity_unit,
                    claim.quantity_normalized_value,
                    claim.quantity_normalized_unit,
                    claim.quantity_approximate,
                    claim.quantity_text,
                    claim.version,
                    claim.created_at or now,
                    claim.updated_at or claim.created_at or now,
                )
            )
            appearances += [self._appearance_row(claim, claim_id, a) for a in claim.appearances]
            events += [_event_row(claim_id, e) for e in claim.history]
            events.append(self._import_event(claim_id, claim, None))
            evidence += [_evidence_row(claim_id, e) for e in claim.evidence]
            tags += [(claim_id, self._tag_id(t)) for t in claim.tags]
            if claim.links:
                self._keep_links(claim)
        self.insert_claims(claims)
        self.insert_appearances(appearances)
        self.insert_events(events)
        self.insert_evidence(evidence)
        self.insert_tags(tags)
        self.counts["added"] += len(claims)

    def _appearance_row(self, claim: ClaimIn, claim_id: int, a: AppearanceIn) -> Row:
        return (
            claim_id,
            self.sources.id_of(a),
            a.quote,
            a.start,
            a.end,
            a.prefix,
            a.suffix,
            a.sentence,
            a.speaker,
            a.via,
            a.orphaned,
            self.stored_now,
        )

    def _import_event(self, claim_id: int, claim: ClaimIn, merged: str | None) -> Row:
        note = f"from {self.label} line {claim.line} ({self.fmt})"
        if merged:
            note += f"; {merged}"
        if claim.import_note:
            note += f"; {claim.import_note}"
        return (claim_id, self.stored_now, self.actor, IMPORT_EVENT, None, self.label, note)

    def _tag_id(self, name: str) -> int:
        if name not in self.tag_ids:
            found = self.conn.execute(select(_tags.c.id).where(_tags.c.name == name)).scalar()
            if found is None:
                found = self.conn.execute(
                    insert(_tags).values(name=name).returning(_tags.c.id)
                ).scalar_one()
            self.tag_ids[name] = found
        return self.tag_ids[name]

    def _keep_links(self, claim: ClaimIn) -> None:
        if claim.origin == "ours" and claim.id is not None:
            for link in claim.links:
                if link.direction == "to":
                    self.links.append((claim.id, link.other_id, link.relation, link.score))

    def _merge(self, claim: ClaimIn, target: int) -> None:
        if claim.origin == "ours" and claim.id is not None:
            self.id_map[claim.id] = target
        self._keep_links(claim)
        row = self.conn.execute(select(_claims).where(_claims.c.id == target)).one()
        here = self.conn.execute(
            select(func.max(_events.c.at)).where(
                _events.c.claim_id == target, _events.c.field == "verdict"
            )
        ).scalar()
        here_at = _utc(here) or _utc(row.updated_at)
        theirs = _utc(claim.reviewed_at())
        newer = claim.complete and theirs is not None and (here_at is None or theirs > here_at)
        if newer:
            fields = _REVIEW_FIELDS if claim.replaces is None else claim.replaces
            changes = {name: getattr(claim, name) for name in fields}
            changes["updated_at"] = claim.updated_at or self.now
            changes["version"] = row.version + 1
            self.conn.execute(update(_claims).where(_claims.c.id == target).values(**changes))
            self.counts["merged, review updated"] += 1
            merged = f"merged into claim {target}; took the file's newer review"
        else:
            self.counts["merged, review kept"] += 1
            merged = f"merged into claim {target}; kept the review here"
        self._add_missing(claim, target)
        self.insert_events([self._import_event(target, claim, merged)])

    def _add_missing(self, claim: ClaimIn, target: int) -> None:
        have = {
            (r.source_id, r.quote, r.start_offset)
            for r in self.conn.execute(
                select(_appearances).where(_appearances.c.claim_id == target)
            )
        }
        rows = [self._appearance_row(claim, target, a) for a in claim.appearances]
        self.insert_appearances([r for r in rows if (r[1], r[2], r[3]) not in have])
        seen = {
            (r.url, r.note, r.stance)
            for r in self.conn.execute(select(_evidence).where(_evidence.c.claim_id == target))
        }
        self.insert_evidence(
            [
                _evidence_row(target, e)
                for e in claim.evidence
                if (e.url, e.note, e.stance) not in seen
            ]
        )
        tagged = set(
            self.conn.execute(
                select(_tags.c.name)
                .join(_claim_tags, _claim_tags.c.tag_id == _tags.c.id)
                .where(_claim_tags.c.claim_id == target)
            ).scalars()
        )
        self.insert_tags([(target, self._tag_id(t)) for t in claim.tags if t not in tagged])
        known = {
            (_utc(r.at), r.actor, r.field, r.old_value, r.new_value, r.note)
            for r in self.conn.execute(select(_events).where(_events.c.claim_id == target))
        }
        self.insert_events(
            [
                _event_row(target, e)
                for e in claim.history
                if (e.at, e.actor, e.field, e.old, e.new, e.note) not in known
            ]
        )

    def _insert_links(self) -> None:
        rows = []
        for claim_id, other_id, relation, score in self.links:
            here, there = self.id_map.get(claim_id), self.id_map.get(other_id)
            if here is None or there is None:
                self.counts["links to claims not in the file, skipped"] += 1
                continue
            if here == there:
                continue
            if not self.db_was_empty:
                exists = self.conn.execute(
                    select(_links.c.id).where(
                        _links.c.claim_id == here,
                        _links.c.other_id == there,
                        _links.c.relation == relation,
                    )
                ).first()
                if exists is not None:
                    continue
            rows.append(
                {
                    "claim_id": here,
                    "other_id": there,
                    "relation": relation,
                    "score": score,
                    "created_by": self.actor,
                    "created_at": self.now,
                }
            )
        if rows:
            self.conn.execute(insert(_links), rows)
            self.counts["links added"] += len(rows)


def _event_row(claim_id: int, event: EventIn) -> Row:
    return (claim_id, event.at, event.actor, event.field, event.old, event.new, event.note)


def _evidence_row(claim_id: int, evidence: EvidenceIn) -> Row:
    return (
        claim_id,
        evidence.url,
        evidence.note,
        evidence.stance,
        evidence.added_by,
        evidence.added_at,
    )
