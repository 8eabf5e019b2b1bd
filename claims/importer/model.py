"""What the readers hand to the writer: checked claims, and problems with where they are.

The parts of a claim are slotted, not frozen, dataclasses: an import makes millions of
them, and a frozen dataclass takes three times as long to make. Treat them as read-only.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

Origin = Literal["ours", "claimreview"]


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the input, printed as `file:line: column: problem`."""

    file: str
    line: int
    column: str
    message: str

    def __str__(self) -> str:
        where = f"{self.column}: " if self.column else ""
        return f"{self.file}:{self.line}: {where}{self.message}"


@dataclass(slots=True)
class SourceIn:
    id: int | None  # the id in the exporting database (ours only)
    title: str | None
    outlet: str | None
    url: str | None
    published: dt.date | None


@dataclass(slots=True)
class AppearanceIn:
    source: SourceIn
    quote: str
    start: int | None
    end: int | None
    prefix: str | None
    suffix: str | None
    sentence: str | None
    speaker: str | None
    via: list[str]
    orphaned: bool


@dataclass(slots=True)
class EvidenceIn:
    url: str | None
    note: str | None
    stance: str
    added_by: str
    added_at: dt.datetime


@dataclass(slots=True)
class EventIn:
    at: dt.datetime
    actor: str
    field: str
    old: str | None
    new: str | None
    note: str | None


@dataclass(slots=True)
class LinkIn:
    other_id: int  # the other claim's id in the exporting database
    relation: str
    direction: str  # "to": this claim → other; "from": other → this claim
    score: float | None


@dataclass(slots=True)
class ClaimIn:
    """A claim as read, checked and typed; timestamps are aware and in UTC."""

    line: int
    origin: Origin
    id: int | None
    text: str
    kind: str = "statement"
    verdict: str = "unverified"
    state: str = "new"
    assignee: str | None = None
    claimant: str | None = None
    checkworthiness: float = 0.5
    event_date: dt.date | None = None
    date_text: str | None = None
    quantity_value: float | None = None
    quantity_unit: str | None = None
    quantity_normalized_value: float | None = None
    quantity_normalized_unit: str | None = None
    quantity_approximate: bool | None = None
    quantity_text: str | None = None
    version: int = 1
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None
    appearances: list[AppearanceIn] = field(default_factory=list)
    links: list[LinkIn] = field(default_factory=list)
    evidence: list[EvidenceIn] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    history: list[EventIn] = field(default_factory=list)
    # False when the input carries only part of the claim (CSV appearance rows): the claim's
    # review fields then never replace what the database has.
    complete: bool = True
    # The fields a newer review in the file may replace when merging (None: all of them).
    replaces: tuple[str, ...] | None = None
    # Why the claim has its verdict, for the import event (a ClaimReview's original rating).
    import_note: str | None = None

    def reviewed_at(self) -> dt.datetime | None:
        """When its review last changed: the latest verdict event, else `updated_at`."""
        times = [e.at for e in self.history if e.field == "verdict"]
        if times:
            return max(times)
        return self.updated_at if self.complete else None
