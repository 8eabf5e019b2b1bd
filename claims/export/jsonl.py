"""JSON Lines: one claim per line, exactly the object `claims show --json` prints."""

from __future__ import annotations

from typing import TextIO

import orjson
from sqlalchemy.orm import Session

from claims.export.stream import Progress, claim_records
from claims.queries import Filters


def encode(record: object) -> str:
    """Compact JSON, UTF-8 text as is (orjson: several times faster than the json module)."""
    return orjson.dumps(record).decode()


def write_jsonl(
    session: Session,
    filters: Filters,
    out: TextIO,
    *,
    with_import_events: bool = False,
    progress: Progress | None = None,
) -> int:
    """One JSON object per claim per line (JSON Lines), UTF-8, keys in a fixed order.

    Events recorded by `claims import` are left out unless `with_import_events`.
    """
    count = 0
    lines: list[str] = []
    for record in claim_records(
        session, filters, with_import_events=with_import_events, progress=progress
    ):
        lines.append(encode(record))
        if len(lines) == 1000:
            lines.append("")
            out.write("\n".join(lines))
            count += len(lines) - 1
            lines = []
    if lines:
        lines.append("")
        out.write("\n".join(lines))
        count += len(lines) - 1
    return count
