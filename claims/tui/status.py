"""Small pieces of the screen's wording that are worth testing on their own."""

from __future__ import annotations

from claims.queries import Filters, QueueRow, article_count
from claims.tui.dossier import Dossier
from claims.tui.text import one_line


def describe_filters(filters: Filters) -> str:
    """The queue's filters in a few words, for the status line."""
    parts: list[str] = []
    if filters.verdict:
        parts.append(filters.verdict.replace("_", " "))
    if filters.state:
        parts.append(filters.state.replace("_", " "))
    if filters.not_state:
        parts.append(f"not {filters.not_state.replace('_', ' ')}")
    if filters.min_checkworthiness is not None:
        parts.append(f"worth ≥ {filters.min_checkworthiness:g}")
    for label, value in (
        ("kind", filters.kind),
        ("outlet", filters.outlet),
        ("claimant", filters.claimant),
        ("tag", filters.tag),
        ("source", filters.source),
        ("since", filters.since),
        ("until", filters.until),
    ):
        if value is not None and value != "":
            parts.append(f"{label} {one_line(str(value), 30)}")
    if filters.search:
        parts.append(f"“{one_line(filters.search, 30)}”")
    return ", ".join(parts) or "all claims"


def row_from_dossier(dossier: Dossier) -> QueueRow:
    """A queue line redrawn from a claim read again (someone else changed it)."""
    return QueueRow(
        id=dossier.id,
        verdict=dossier.verdict,
        state=dossier.state,
        kind=dossier.kind,
        text=dossier.text,
        claimant=dossier.claimant,
        assignee=dossier.assignee,
        checkworthiness=dossier.checkworthiness,
        sources=article_count((p.source_id, p.replaces) for p in dossier.passages),
        version=dossier.version,
        figure=dossier.quantity.wording if dossier.quantity else None,
    )
