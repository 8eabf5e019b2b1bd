"""JSON Lines: one claim per line, exactly the object `claims show --json` prints."""

from __future__ import annotations

import codecs
from collections.abc import Callable
from contextlib import closing
from typing import TextIO

import orjson
from sqlalchemy.orm import Session

from claims.export.stream import Progress, claim_batches
from claims.queries import Filters


def encode(record: object) -> str:
    """Compact JSON, UTF-8 text as is (orjson: several times faster than the json module)."""
    return orjson.dumps(record).decode()


def utf8_writer(out: TextIO) -> Callable[[bytes], object]:
    """A function writing UTF-8 bytes to the text stream `out`: straight to its binary
    buffer when it has one in UTF-8 (a file, stdout), which saves decoding every line only
    for the stream to encode it again."""
    buffer = getattr(out, "buffer", None)
    encoding = getattr(out, "encoding", None)
    if buffer is not None and encoding and codecs.lookup(encoding).name == "utf-8":
        out.flush()
        return buffer.write  # type: ignore[no-any-return]
    return lambda data: out.write(data.decode())


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
    write = utf8_writer(out)
    count = 0
    batches = claim_batches(
        session, filters, with_import_events=with_import_events, progress=progress
    )
    with closing(batches):  # ends the export's pause of the cycle collector, even on errors
        for records in batches:
            # A write per line: as fast as joining a batch, and holding a batch of orjson's
            # bytes costs 30 MB of fragmented heap.
            for record in records:
                write(orjson.dumps(record, option=orjson.OPT_APPEND_NEWLINE))
                count += 1
    return count
