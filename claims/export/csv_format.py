"""Spreadsheet-safe CSV: one row per claim (default) or one row per appearance.

RFC 4180 as Python's `csv` module writes it (comma, `"` quoting, CRLF line ends), UTF-8,
with a byte-order mark when asked (`excel=True`) so Excel picks the encoding. The header is
fixed; every column is described in docs/formats.md. Cells follow `claims.export.cells`.

A claims row is lossless: besides the columns an editor reads (first source, source count,
all URLs, tags) it carries the appearances, links, evidence and history as JSON in the
`*_json` columns, which is what `claims import` reads back. The columns marked derived are
for people and are ignored on import.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Literal, TextIO

from sqlalchemy.orm import Session

from claims.export.cells import FORMULA_STARTS, boolean, join_values, number
from claims.export.jsonl import encode
from claims.export.stream import PARTS, Progress, Record, claim_records
from claims.queries import Filters

RowKind = Literal["claims", "appearances"]
ROW_KINDS: tuple[RowKind, ...] = ("claims", "appearances")
BOM = "\ufeff"


@dataclass(frozen=True)
class Column:
    name: str
    kind: str  # text, integer, number, date, datetime, boolean, list, json
    meaning: str
    derived: bool = False  # written for people, ignored on import


CLAIM_COLUMNS: tuple[Column, ...] = (
    Column("id", "integer", "the claim's id in this database"),
    Column("text", "text", "the claim as a checkable statement"),
    Column("kind", "text", "quantity, statement, event or quote"),
    Column("claimant", "text", "who made the claim"),
    Column("verdict", "text", "the verdict (see `claims config get verdicts`)"),
    Column("state", "text", "new, in_review, needs_second_review or done"),
    Column("assignee", "text", "the reviewer it is assigned to"),
    Column("checkworthiness", "number", "0 to 1, how worth checking"),
    Column("event_date", "date", "the date the claim is about"),
    Column("date_text", "text", "that date as written in the source"),
    Column("quantity_value", "number", "the number claimed; empty when there is none"),
    Column("quantity_unit", "text", "its unit as written"),
    Column("quantity_normalized_value", "number", "the number in a standard unit"),
    Column("quantity_normalized_unit", "text", "that standard unit"),
    Column("quantity_approximate", "boolean", "true when hedged (around, nearly, ...)"),
    Column("quantity_text", "text", "the quantity as written"),
    Column("first_source_title", "text", "title of the first source", derived=True),
    Column("first_source_outlet", "text", "outlet of the first source", derived=True),
    Column("first_source_url", "text", "URL of the first source", derived=True),
    Column("first_source_published", "date", "publication date of the first source", derived=True),
    Column("source_count", "integer", "how many appearances the claim has", derived=True),
    Column("source_urls", "list", "URL of every appearance, in order", derived=True),
    Column("tags", "list", "the claim's tags"),
    Column("version", "integer", "how many times the claim changed (optimistic locking)"),
    Column("created_at", "datetime", "when the claim was added"),
    Column("updated_at", "datetime", "when it last changed"),
    Column("appearances_json", "json", "every appearance with its source (as in JSONL)"),
    Column("links_json", "json", "links to other claims (as in JSONL)"),
    Column("evidence_json", "json", "evidence (as in JSONL)"),
    Column("history_json", "json", "every change: at, actor, field, from, to, note"),
)

APPEARANCE_COLUMNS: tuple[Column, ...] = (
    Column("claim_id", "integer", "the claim's id in this database"),
    Column("claim_text", "text", "the claim as a checkable statement"),
    Column("claimant", "text", "who made the claim"),
    Column("kind", "text", "quantity, statement, event or quote"),
    Column("verdict", "text", "the verdict"),
    Column("state", "text", "the workflow state"),
    Column("checkworthiness", "number", "0 to 1, how worth checking"),
    Column("source_id", "integer", "the source's id in this database"),
    Column("source_title", "text", "the article's title"),
    Column("source_outlet", "text", "the outlet that published it"),
    Column("source_url", "text", "the article's URL"),
    Column("source_published", "date", "its publication date"),
    Column("quote", "text", "the exact passage the claim appears in"),
    Column("start", "integer", "offset of the quote in the article text"),
    Column("end", "integer", "offset just after the quote"),
    Column("prefix", "text", "text just before the quote"),
    Column("suffix", "text", "text just after the quote"),
    Column("sentence", "text", "the whole sentence"),
    Column("speaker", "text", "who says it in this article"),
    Column("via", "list", "who relayed it (news agency, ...)"),
    Column("orphaned", "boolean", "true when the article changed and the quote is gone"),
)


def header(rows: RowKind) -> list[str]:
    return [c.name for c in (CLAIM_COLUMNS if rows == "claims" else APPEARANCE_COLUMNS)]


def _text(value: str | None) -> str:
    # cells.neutralise, inlined: it runs for every text cell of a million rows.
    if not value:
        return ""
    return "'" + value if value[0] in FORMULA_STARTS else value


def _json(value: list[Any]) -> str:
    return encode(value) if value else "[]"


def claim_row(record: Record) -> list[str]:
    appearances = record["appearances"]
    first = appearances[0]["source"] if appearances else None
    quantity = record["quantity"] or {}
    return [
        str(record["id"]),
        _text(record["text"]),
        _text(record["kind"]),
        _text(record["claimant"]),
        _text(record["verdict"]),
        _text(record["state"]),
        _text(record["assignee"]),
        repr(record["checkworthiness"]),
        record["event_date"] or "",
        _text(record["date_text"]),
        number(quantity.get("value")),
        _text(quantity.get("unit")),
        number(quantity.get("normalized_value")),
        _text(quantity.get("normalized_unit")),
        boolean(quantity.get("approximate")),
        _text(quantity.get("text")),
        _text(first["title"]) if first else "",
        _text(first["outlet"]) if first else "",
        _text(first["url"]) if first else "",
        (first["published"] or "") if first else "",
        str(len(appearances)),
        _text(join_values(a["source"]["url"] for a in appearances)),
        _text(join_values(record["tags"])),
        str(record["version"]),
        record["created_at"] or "",
        record["updated_at"] or "",
        _json(appearances),
        _json(record["links"]),
        _json(record["evidence"]),
        _json(record["history"]),
    ]


def appearance_rows(record: Record) -> Iterator[list[str]]:
    claim = [
        str(record["id"]),
        _text(record["text"]),
        _text(record["claimant"]),
        _text(record["kind"]),
        _text(record["verdict"]),
        _text(record["state"]),
        repr(record["checkworthiness"]),
    ]
    for appearance in record["appearances"]:
        source = appearance["source"]
        yield [
            *claim,
            str(source["id"]),
            _text(source["title"]),
            _text(source["outlet"]),
            _text(source["url"]),
            source["published"] or "",
            _text(appearance["quote"]),
            number(appearance["start"]),
            number(appearance["end"]),
            _text(appearance["prefix"]),
            _text(appearance["suffix"]),
            _text(appearance["sentence"]),
            _text(appearance["speaker"]),
            _text(join_values(appearance["via"])),
            boolean(appearance["orphaned"]),
        ]


def write_csv(
    session: Session,
    filters: Filters,
    out: TextIO,
    *,
    rows: RowKind = "claims",
    excel: bool = False,
    with_import_events: bool = False,
    progress: Progress | None = None,
) -> int:
    """Write the header and one row per claim (or per appearance); return the row count.

    `out` should be opened with `newline=""`, as the csv module asks.
    """
    if excel:
        out.write(BOM)
    writer = csv.writer(out)  # the excel dialect: RFC 4180 with CRLF line ends
    writer.writerow(header(rows))
    records = claim_records(
        session,
        filters,
        with_import_events=with_import_events,
        parts=PARTS if rows == "claims" else ("appearances",),
        progress=progress,
    )
    count = 0
    pending: list[list[str]] = []
    for record in records:
        if rows == "claims":
            pending.append(claim_row(record))
        else:
            pending.extend(appearance_rows(record))
        if len(pending) >= 1000:
            writer.writerows(pending)
            count += len(pending)
            pending = []
    writer.writerows(pending)
    return count + len(pending)
