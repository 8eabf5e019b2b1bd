"""`claims import`: read claims from our CSV and JSONL exports or from ClaimReview markup.

    report = import_path(session, Path("claims.csv"), actor="alice")

Every claim is read and checked; problems are collected as `file:line: column: problem`.
Claims are written through the session as they are read while no problem has been found;
the caller commits only when `report.problems` is empty (and rolls back otherwise, or for
a dry run), so nothing is written unless every row is valid. Merging rules: see
`claims.importer.merge`. Formats: see docs/formats.md.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast

from sqlalchemy import Table
from sqlalchemy.orm import Session

from claims import settings
from claims.errors import InvalidInputError
from claims.importer.bulk import indexes_deferred
from claims.importer.claimreview import looks_like_claimreview, read_claimreview
from claims.importer.matching import content_key, normalise_text
from claims.importer.merge import Writer
from claims.importer.model import ClaimIn, Problem
from claims.importer.ours import read_csv, read_jsonl
from claims.models import Claim

FORMATS = ("csv", "jsonl", "claimreview")
SUFFIXES = {
    ".csv": "csv",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "claimreview",
    ".jsonld": "claimreview",
    ".html": "claimreview",
    ".htm": "claimreview",
}

__all__ = [
    "FORMATS",
    "ImportReport",
    "Problem",
    "content_key",
    "count_lines",
    "guess_format",
    "import_path",
    "normalise_text",
]


@dataclass
class ImportReport:
    files: int = 0
    claims: int = 0  # claims read
    counts: Counter[str] = field(default_factory=Counter)
    problems: list[Problem] = field(default_factory=list)


def guess_format(path: Path) -> str:
    """From the file name, then the content: ClaimReview markup is recognised in .jsonl too."""
    fmt = SUFFIXES.get(path.suffix.lower())
    if fmt in (None, "jsonl"):
        with path.open("rb") as fp:
            head = fp.read(64 * 1024).decode("utf-8", errors="replace")
        if looks_like_claimreview(head):
            return "claimreview"
        if fmt is None:
            stripped = head.lstrip("\ufeff \t\r\n")
            fmt = "jsonl" if stripped.startswith("{") else "csv"
    return fmt


def files_in(path: Path) -> list[Path]:
    """The file itself, or the files with a known suffix in a folder (sorted, recursive)."""
    if path.is_dir():
        return sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
    if not path.exists():
        raise InvalidInputError(f"no such file or folder: {path}")
    return [path]


def count_lines(path: Path) -> int:
    """How many lines the files `import_path` would read hold (the whole of its progress)."""
    total = 0
    for file in files_in(path):
        with file.open("rb") as fp:
            last = b"\n"
            for chunk in iter(lambda: fp.read(1 << 20), b""):
                total += chunk.count(b"\n")
                last = chunk[-1:]
            total += last != b"\n"  # a last line without its line end
    return total


def import_path(
    session: Session,
    path: Path,
    *,
    actor: str,
    fmt: str | None = None,
    progress: Callable[[int], None] | None = None,
) -> ImportReport:
    """Read every claim in `path` (a file or a folder) into the session's database.

    `progress` is called with how many more lines of the input have been read, so that
    it adds up to `count_lines(path)` (about: a record's own lines count when the next
    one starts)."""
    if fmt is not None and fmt not in FORMATS:
        raise InvalidInputError(f"unknown format {fmt!r}; use one of: {', '.join(FORMATS)}")
    report = ImportReport()
    files = files_in(path)
    with indexes_deferred(session.connection(), cast(Table, Claim.__table__)):
        for file in files:
            file_format = fmt or guess_format(file)
            label = str(file)
            writer = Writer(session, actor=actor, label=file.name, fmt=file_format)
            report.files += 1
            done = 0  # lines of the file read, as far as progress has been told
            for claim, problems in _read(session, file, label, file_format):
                report.problems += problems
                if progress is not None:
                    line = claim.line if claim else max((p.line for p in problems), default=done)
                    if line > done:
                        progress(line - done)
                        done = line
                if claim is None:
                    continue
                report.claims += 1
                if not report.problems:  # keep checking after a problem, stop writing
                    writer.add(claim)
            if not report.problems:
                report.counts += writer.finish()
    return report


def _read(
    session: Session, file: Path, label: str, fmt: str
) -> Iterator[tuple[ClaimIn | None, list[Problem]]]:
    scale = settings.verdict_scale(session)
    verdicts = [v.name for v in scale]
    if fmt == "csv":
        yield from read_csv(file, label, verdicts)
    elif fmt == "jsonl":
        yield from read_jsonl(file, label, verdicts)
    else:
        yield from read_claimreview(file, label, scale, settings.rating_map(session))
