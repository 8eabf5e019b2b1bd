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

from collections.abc import Generator, Iterable
from contextlib import closing
from dataclasses import dataclass
from typing import Any, Literal, TextIO

import orjson
from sqlalchemy.orm import Session

from claims.export.cells import FORMULA_STARTS, join_values
from claims.export.convert import collector_paused, strings
from claims.export.rows import Rows
from claims.export.stream import SOURCE_CACHE, Progress, Record, claim_batches
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


# The csv module's writer (the excel dialect: QUOTE_MINIMAL, `"` doubled, CRLF) was the
# largest single cost of an export: it copies every cell character by character, the long
# JSON ones included, and calls the stream once a row. The lines are built here instead, to
# the same bytes: a cell is quoted when it holds a comma, a quote, a CR or a LF, exactly the
# characters that make `csv.writer` quote (tests/export/test_csv.py checks that the two
# agree on any text).


def quoted(cell: str) -> str:
    """A cell as csv.writer writes it."""
    if '"' in cell:
        return '"' + cell.replace('"', '""') + '"'
    if "," in cell or "\n" in cell or "\r" in cell:
        return '"' + cell + '"'
    return cell


def text_cell(value: str | None) -> str:
    """A text value: `cells.neutralise`, then `quoted` (inlined: it runs for every cell)."""
    if not value:
        return ""
    if value[0] in FORMULA_STARTS:
        value = "'" + value
    if '"' in value:
        return '"' + value.replace('"', '""') + '"'
    if "," in value or "\n" in value or "\r" in value:
        return '"' + value + '"'
    return value


def _plain(value: str | None) -> str:
    # Dates, timestamps: never neutralised (they are not formulas), quoted if odd.
    return "" if value is None else quoted(value)


def _number(value: float | None) -> str:
    return "" if value is None else repr(value)


def _boolean(value: bool | None) -> str:
    return "" if value is None else ("true" if value else "false")


def _json(value: list[Any]) -> str:
    # A non-empty list always holds a quoted key or string, so it is always quoted.
    return quoted(orjson.dumps(value).decode()) if value else "[]"


def _list(values: Iterable[str | None]) -> str:
    return text_cell(join_values(values))


class _Labels(dict[str | None, str]):
    """`text_cell` remembered, for the columns with a handful of values (kind, verdict)."""

    def __missing__(self, value: str | None) -> str:
        if len(self) > 1000:
            self.clear()
        self[value] = cell = text_cell(value)
        return cell


def claim_line(record: Record, labels: dict[str | None, str] | None = None) -> str:
    """The CSV line (CRLF included) of one claim."""
    label = _Labels() if labels is None else labels
    appearances = record["appearances"]
    quantity = record["quantity"]
    links, evidence, tags = record["links"], record["evidence"], record["tags"]
    if appearances:
        first = appearances[0]["source"]
        source = (
            f"{text_cell(first['title'])},{label[first['outlet']]},"
            f"{text_cell(first['url'])},{_plain(first['published'])},{len(appearances)},"
            f"{_list([a['source']['url'] for a in appearances])}"
        )
    else:
        source = ",,,,0,"
    if quantity is None:
        amount = ",,,,,"
    else:
        amount = (
            f"{_number(quantity['value'])},{text_cell(quantity['unit'])},"
            f"{_number(quantity['normalized_value'])},{text_cell(quantity['normalized_unit'])},"
            f"{_boolean(quantity['approximate'])},{text_cell(quantity['text'])}"
        )
    # Timestamps are `iso` output (digits, -, :, T, +): never quoted, never neutralised.
    return (
        f"{record['id']},{text_cell(record['text'])},{label[record['kind']]},"
        f"{label[record['claimant']]},{label[record['verdict']]},"
        f"{label[record['state']]},{label[record['assignee']]},"
        f"{record['checkworthiness']!r},{_plain(record['event_date'])},"
        f"{text_cell(record['date_text'])},{amount},{source},"
        f"{_list(tags) if tags else ''},{record['version']},"
        f"{record['created_at'] or ''},{record['updated_at'] or ''},{_json(appearances)},"
        f"{_json(links) if links else '[]'},{_json(evidence) if evidence else '[]'},"
        f"{_json(record['history'])}\r\n"
    )


def _claim_lines(
    session: Session, filters: Filters, with_import_events: bool, progress: Progress | None
) -> Generator[str, None, None]:
    labels = _Labels()
    for records in claim_batches(
        session, filters, with_import_events=with_import_events, progress=progress
    ):
        for record in records:
            yield claim_line(record, labels)


# The claim's columns in an appearance row, as `Rows.claims` selects them.
_APPEARANCE_CLAIM = ("id", "text", "claimant", "kind", "verdict", "state", "checkworthiness")


def _appearance_lines(
    session: Session, filters: Filters, progress: Progress | None
) -> Generator[str, None, None]:
    """Lines of appearance rows, a batch of claims at a time, straight from the rows: the
    claim's cells are made once per claim and a source's once while it is cached."""
    reader = Rows(session)
    sources: dict[int, str] = {}
    label = _Labels()
    with reader.sqlite_cache(), collector_paused() as collect:
        for rows in reader.claims(filters, None, 2000, _APPEARANCE_CLAIM):
            claims = {
                claim_id: (
                    f"{claim_id},{text_cell(text)},{label[claimant]},{label[kind]},"
                    f"{label[verdict]},{label[state]},{round(worth, 4)!r},"
                )
                for claim_id, text, claimant, kind, verdict, state, worth in rows
            }
            appearances = reader.appearances(list(claims))
            missing = {row[1] for row in appearances} - sources.keys()
            if len(sources) + len(missing) > SOURCE_CACHE:
                sources = {}
                missing = {row[1] for row in appearances}
            for source_id, title, outlet, url, published in reader.sources(missing):
                sources[source_id] = (
                    f"{source_id},{text_cell(title)},{label[outlet]},{text_cell(url)},"
                    f"{_plain(published)},"
                )
            yield from [
                f"{claims[claim_id]}{sources[source_id]}{text_cell(quote)},"
                f"{'' if start is None else start},{'' if end is None else end},"
                f"{text_cell(prefix)},{text_cell(suffix)},{text_cell(sentence)},"
                f"{text_cell(speaker)},{'' if via == '[]' else _list(strings(via))},"
                f"{'true' if orphaned else 'false'}\r\n"
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
                ) in appearances
            ]
            collect()
            if progress is not None:
                progress(len(rows))


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
    out.write((BOM if excel else "") + ",".join(header(rows)) + "\r\n")
    if rows == "claims":
        lines = _claim_lines(session, filters, with_import_events, progress)
    else:
        lines = _appearance_lines(session, filters, progress)
    # A write per line: as fast as joining a batch first, and lighter on memory.
    write = out.write
    count = 0
    with closing(lines):  # ends the export's pause of the cycle collector, even on errors
        for line in lines:
            write(line)
            count += 1
    return count
