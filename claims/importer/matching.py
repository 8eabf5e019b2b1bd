"""Which claim here each claim of the file is, if any.

- A claim from our own export is the claim with its id when the texts match (after
  `normalise_text`).
- Otherwise, and always for ClaimReview, it is a claim with the same normalised text and a
  source URL in common (the content key), among the claims that were here before the
  import: an import never merges two claims of our own file into one.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from typing import cast

from sqlalchemy import Connection, Table, select

from claims.importer.model import ClaimIn
from claims.importer.sources import chunks
from claims.models import Appearance, Claim, Source

_claims = cast(Table, Claim.__table__)
_sources = cast(Table, Source.__table__)
_appearances = cast(Table, Appearance.__table__)


def normalise_text(value: str) -> str:
    """Claim text compared for merging: NFKC, case-folded, one space, no outer quotes."""
    folded = " ".join(unicodedata.normalize("NFKC", value).casefold().split())
    return folded.strip(" \"'“”‘’«».")


def content_key(claim_text: str, url: str | None) -> str:
    """The content hash a claim is merged by: normalised text and a source URL."""
    return hashlib.sha256(f"{normalise_text(claim_text)}\n{url or ''}".encode()).hexdigest()


class Matcher:
    """Finds the claims here that a batch of the file's claims are."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self.db_was_empty = connection.execute(select(_claims.c.id).limit(1)).first() is None
        # Claims this import added (not kept when the database was empty at the start).
        self.inserted: set[int] = set()

    def texts_by_id(self, batch: list[ClaimIn]) -> dict[int, str]:
        """The text of the claims here with the ids of the batch's own claims."""
        ids = [c.id for c in batch if c.origin == "ours" and c.id]
        if not ids:
            return {}
        query = select(_claims.c.id, _claims.c.text).where(_claims.c.id.in_(ids))
        return {row.id: row.text for row in self.connection.execute(query)}

    def targets(self, batch: list[ClaimIn], by_id: dict[int, str]) -> list[int | None]:
        """For each claim of the batch, the id of the claim here that it is, or None."""
        targets: list[int | None] = []
        wanted: list[ClaimIn] = []
        for claim in batch:
            target = None
            if (
                claim.origin == "ours"
                and claim.id is not None
                and claim.id in by_id
                and normalise_text(by_id[claim.id]) == normalise_text(claim.text)
            ):
                target = claim.id
            targets.append(target)
            if target is None and (claim.origin != "ours" or not self.db_was_empty):
                wanted.append(claim)
        if wanted:
            matches = self._by_content(wanted)
            targets = [
                matches.get(id(claim)) if target is None else target
                for claim, target in zip(batch, targets, strict=True)
            ]
        return targets

    def _by_content(self, claims: Sequence[ClaimIn]) -> dict[int, int]:
        """Existing claims with the same normalised text and a source URL in common."""
        urls = {a.source.url for c in claims for a in c.appearances if a.source.url}
        found: dict[str, list[tuple[int, str]]] = defaultdict(list)
        for chunk in chunks(sorted(urls), 500):
            query = (
                select(_sources.c.url, _claims.c.id, _claims.c.text)
                .select_from(_appearances)
                .join(_sources, _sources.c.id == _appearances.c.source_id)
                .join(_claims, _claims.c.id == _appearances.c.claim_id)
                .where(_sources.c.url.in_(chunk))
                .order_by(_claims.c.id)
            )
            for url, claim_id, claim_text in self.connection.execute(query):
                found[url].append((claim_id, normalise_text(claim_text)))
        matches: dict[int, int] = {}
        for claim in claims:
            wanted_text = normalise_text(claim.text)
            ours = claim.origin == "ours"
            for appearance in claim.appearances:
                for claim_id, other_text in found.get(appearance.source.url or "", ()):
                    if other_text == wanted_text and not (ours and claim_id in self.inserted):
                        matches[id(claim)] = claim_id
                        break
                if id(claim) in matches:
                    break
        return matches
