"""Database values as the exports write them, converted a column at a time.

At a million claims a function call per value is a good part of an export's time, so the
common case is inlined in one comprehension per column (`stamps`, `days`) and only the
unusual values go through `iso`.
"""

from __future__ import annotations

import datetime as dt
import gc
import json
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

UTC = dt.UTC


def iso(value: dt.date | dt.datetime | str | None) -> str | None:
    """A timestamp as `claims.records` writes it: ISO 8601, UTC when the zone was dropped.

    On SQLite the column arrives as the text SQLAlchemy stored ("2024-05-01 10:00:00.000000",
    always UTC) and is rewritten without parsing.
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


def stamps(values: Sequence[Any]) -> list[str | None]:
    """`iso` of every value, the whole-second SQLite text (nearly all of them) inline."""
    return [
        f"{v[:10]}T{v[11:19]}+00:00"
        if v.__class__ is str and v[19:] == ".000000" and len(v) == 26 and v[10] == " "
        else iso(v)
        for v in values
    ]


def day(value: dt.date | str | None) -> str | None:
    """A date as ISO text: SQLite keeps it as that text already."""
    if value is None or isinstance(value, str):
        return value
    return value.isoformat()


def days(values: Sequence[Any]) -> list[str | None]:
    return [v if v is None or v.__class__ is str else v.isoformat() for v in values]


def strings(value: list[str] | str | None) -> list[str]:
    """A JSON list of names (`via`): the stored text on SQLite, a list elsewhere."""
    if value is None or value == "[]":
        return []
    if isinstance(value, str):
        return list(json.loads(value))
    return list(value)


_pause_lock = threading.Lock()
_pauses = 0
_was_enabled = False


@contextmanager
def collector_paused() -> Iterator[Callable[[], object]]:
    """Python's cycle collector off while exporting (restored after, and nested safely);
    call the function it gives after each batch to free the batch's few cycles.

    An export of a million claims allocates tens of millions of short-lived dicts, lists and
    row tuples, none in a cycle: reference counting frees them all, and the collector, run
    every 700 allocations, only spends a quarter of the export's time walking them. The
    cycles there are (SQLAlchemy's bound parameters, holding a batch's ids) are all young
    when the batch is done, so collecting the youngest generation then frees them cheaply.
    """
    global _pauses, _was_enabled
    with _pause_lock:
        if _pauses == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield _collect_young
    finally:
        with _pause_lock:
            _pauses -= 1
            if _pauses == 0 and _was_enabled:
                gc.enable()


def _collect_young() -> object:
    return gc.collect(0)
