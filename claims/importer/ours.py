"""Readers for what `claims export` writes: JSON Lines and both kinds of CSV.

Each yields `(claim, problems)` per claim in file order; a claim comes with no problems or
is None. CSV cells are read back with `claims.export.cells`, undoing exactly what the
export did, so an export read here and exported again is the same file.
"""

from __future__ import annotations

import csv
from collections.abc import Collection, Iterator
from pathlib import Path
from typing import Any

import orjson

from claims.export.cells import restore, split_values
from claims.export.csv_format import APPEARANCE_COLUMNS, CLAIM_COLUMNS
from claims.importer.model import ClaimIn, Problem
from claims.importer.validate import check_claim

Read = tuple[ClaimIn | None, list[Problem]]

# Where a path in the JSONL shape lives in a claims CSV row.
_CSV_PLACES = {
    "quantity": "quantity_value",
    "appearances": "appearances_json",
    "links": "links_json",
    "evidence": "evidence_json",
    "history": "history_json",
}
_APPEARANCE_PLACES = {"id": "claim_id", "text": "claim_text"}
_QUANTITY_CELLS = [c.name for c in CLAIM_COLUMNS if c.name.startswith("quantity_")]


def read_jsonl(path: Path, label: str, verdicts: Collection[str]) -> Iterator[Read]:
    with path.open("rb") as fp:
        for number, raw in enumerate(fp, start=1):
            if not raw.strip():
                continue
            try:
                obj = orjson.loads(raw)
            except orjson.JSONDecodeError as exc:
                yield None, [Problem(label, number, "", f"not JSON: {exc}")]
                continue
            claim, found = check_claim(obj, line=number, origin="ours", verdicts=verdicts)
            yield claim, [Problem(label, number, where, message) for where, message in found]


def read_csv(path: Path, label: str, verdicts: Collection[str]) -> Iterator[Read]:
    with path.open(encoding="utf-8-sig", newline="") as fp:
        reader = csv.reader(fp)
        try:
            header = next(reader, None)
        except (csv.Error, UnicodeDecodeError) as exc:
            yield None, [Problem(label, 1, "", f"not a readable CSV header: {exc}")]
            return
        if header is None:
            return
        names = set(header)
        if {c.name for c in CLAIM_COLUMNS if not c.derived} <= names:
            rows = _claim_rows(reader, header, label, verdicts)
        elif {c.name for c in APPEARANCE_COLUMNS} <= names:
            rows = _appearance_rows(reader, header, label, verdicts)
        else:
            needed = ", ".join(c.name for c in CLAIM_COLUMNS if not c.derived)
            yield None, [Problem(label, 1, "", f"not a claims CSV: the header needs {needed}")]
            return
        yield from rows


def _records(
    reader: Any, header: list[str], label: str
) -> Iterator[tuple[int, dict[str, str] | None, list[Problem]]]:
    """(line where the record starts, cells by column, problems) for each CSV record."""
    while True:
        start = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            return
        except (csv.Error, UnicodeDecodeError) as exc:
            yield start, None, [Problem(label, start, "", f"not readable as CSV: {exc}")]
            return
        if not any(cells):
            continue
        if len(cells) != len(header):
            message = f"{len(cells)} cells where the header has {len(header)}"
            yield start, None, [Problem(label, start, "", message)]
            continue
        yield start, dict(zip(header, cells, strict=True)), []


class _Cells:
    """Typed values out of one row's cells, with problems named by column."""

    def __init__(self, row: dict[str, str]) -> None:
        self.row = row
        self.found: list[tuple[str, str]] = []

    def text(self, name: str) -> str | None:
        return restore(self.row[name])

    def raw(self, name: str) -> str | None:
        return self.row[name] or None

    def integer(self, name: str) -> int | None:
        cell = self.row[name]
        if not cell:
            return None
        try:
            return int(cell)
        except ValueError:
            self.found.append((name, f"not a whole number: {cell!r}"))
            return None

    def number(self, name: str) -> float | None:
        cell = self.row[name]
        if not cell:
            return None
        try:
            return float(cell)
        except ValueError:
            self.found.append((name, f"not a number: {cell!r}"))
            return None

    def boolean(self, name: str) -> bool | None:
        cell = self.row[name]
        if cell in ("true", "false"):
            return cell == "true"
        if cell:
            self.found.append((name, f"not true or false: {cell!r}"))
        return None

    def values(self, name: str) -> list[str]:
        return split_values(restore(self.row[name]))

    def json(self, name: str) -> Any:
        cell = self.row[name]
        if not cell:
            return []
        try:
            return orjson.loads(cell)
        except orjson.JSONDecodeError as exc:
            self.found.append((name, f"not JSON: {exc}"))
            return []


def _place(path: str, places: dict[str, str]) -> str:
    """A JSONL path as the CSV column it came from (`appearances[0].start` →
    `appearances_json[0].start`, `quantity.unit` → `quantity_unit`)."""
    head, sep, rest = path.partition(".")
    bracket = head.find("[")
    key = head if bracket < 0 else head[:bracket]
    if key == "quantity" and sep:
        return f"quantity_{rest}"
    if key == "tags":
        return "tags"
    if key in places:
        return places[key] + path[len(key) :]
    return path


def _claim_rows(
    reader: Any, header: list[str], label: str, verdicts: Collection[str]
) -> Iterator[Read]:
    for line, row, problems in _records(reader, header, label):
        if row is None:
            yield None, problems
            continue
        cells = _Cells(row)
        text = restore  # the cells as `cells.text` reads them; inline, as a row has many
        quantity: dict[str, Any] | None = None
        value = cells.number("quantity_value")
        if value is not None:
            quantity = {
                "value": value,
                "unit": text(row["quantity_unit"]),
                "normalized_value": cells.number("quantity_normalized_value"),
                "normalized_unit": text(row["quantity_normalized_unit"]),
                "approximate": cells.boolean("quantity_approximate"),
                "text": text(row["quantity_text"]),
            }
        elif not row["quantity_value"]:
            for name in _QUANTITY_CELLS[1:]:
                if row[name]:
                    cells.found.append((name, "set without quantity_value"))
        obj = {
            "id": cells.integer("id"),
            "text": text(row["text"]),
            "kind": text(row["kind"]),
            "verdict": text(row["verdict"]),
            "state": text(row["state"]),
            "assignee": text(row["assignee"]),
            "claimant": text(row["claimant"]),
            "checkworthiness": cells.number("checkworthiness"),
            "event_date": row["event_date"] or None,
            "date_text": text(row["date_text"]),
            "quantity": quantity,
            "version": cells.integer("version"),
            "created_at": row["created_at"] or None,
            "updated_at": row["updated_at"] or None,
            "appearances": cells.json("appearances_json"),
            "links": cells.json("links_json"),
            "evidence": cells.json("evidence_json"),
            "tags": split_values(text(row["tags"])) if row["tags"] else [],
            "history": cells.json("history_json"),
        }
        claim, found = check_claim(obj, line=line, origin="ours", verdicts=verdicts)
        problems = [Problem(label, line, name, message) for name, message in cells.found]
        problems += [Problem(label, line, _place(p, _CSV_PLACES), m) for p, m in found]
        yield (None if problems else claim), problems


def _appearance_rows(
    reader: Any, header: list[str], label: str, verdicts: Collection[str]
) -> Iterator[Read]:
    """Rows of one claim are consecutive; each group is one claim with its appearances."""
    group: list[tuple[int, _Cells]] = []
    for line, row, problems in _records(reader, header, label):
        if row is None:
            yield None, problems
            continue
        if group and row["claim_id"] != group[0][1].row["claim_id"]:
            yield _appearance_claim(group, label, verdicts)
            group = []
        group.append((line, _Cells(row)))
    if group:
        yield _appearance_claim(group, label, verdicts)


def _appearance_claim(
    group: list[tuple[int, _Cells]], label: str, verdicts: Collection[str]
) -> Read:
    line, first = group[0]
    appearances = []
    for _, cells in group:
        appearances.append(
            {
                "source": {
                    "id": cells.integer("source_id"),
                    "title": cells.text("source_title"),
                    "outlet": cells.text("source_outlet"),
                    "url": cells.text("source_url"),
                    "published": cells.raw("source_published"),
                },
                "quote": cells.text("quote"),
                "start": cells.integer("start"),
                "end": cells.integer("end"),
                "prefix": cells.text("prefix"),
                "suffix": cells.text("suffix"),
                "sentence": cells.text("sentence"),
                "speaker": cells.text("speaker"),
                "via": cells.values("via"),
                "orphaned": cells.boolean("orphaned"),
            }
        )
    obj = {
        "id": first.integer("claim_id"),
        "text": first.text("claim_text"),
        "kind": first.text("kind"),
        "verdict": first.text("verdict"),
        "state": first.text("state"),
        "claimant": first.text("claimant"),
        "checkworthiness": first.number("checkworthiness"),
        "appearances": appearances,
    }
    claim, found = check_claim(obj, line=line, origin="ours", verdicts=verdicts, complete=False)
    problems = []
    for row_line, cells in group:
        problems += [Problem(label, row_line, name, message) for name, message in cells.found]
    for path, message in found:
        # appearances[i].x → the row of appearance i, column x (source.url → source_url)
        row_line, column = line, _place(path, _APPEARANCE_PLACES)
        if path.startswith("appearances["):
            index = int(path[len("appearances[") : path.index("]")])
            row_line = group[index][0] if index < len(group) else line
            column = path[path.index("]") + 2 :].replace("source.", "source_") or "quote"
        problems.append(Problem(label, row_line, column, message))
    return (None if problems else claim), problems
