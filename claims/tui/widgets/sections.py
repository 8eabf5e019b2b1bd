"""The parts of a claim's detail as rich renderables, built from a `Dossier`.

Every string from the database goes through `Text.append` (never markup) and the
helpers in `claims.tui.text` (control characters made visible).
"""

from __future__ import annotations

import datetime as dt

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from claims.tui.dossier import Dossier, LinkedClaim, Passage, Quantity
from claims.tui.text import one_line, visible_lines
from claims.tui.widgets.claim_queue import VERDICT_STYLES


def verdict_text(verdict: str) -> Text:
    return Text(verdict.replace("_", " "), style=VERDICT_STYLES.get(verdict, ""))


STANCE_STYLES = {"supports": "green", "refutes": "red", "context": "blue"}
QUOTE_STYLE = "bold black on yellow"


def when(moment: dt.datetime | None) -> str:
    """A time as the newsroom reads it, in UTC (SQLite hands the zone back empty)."""
    if moment is None:
        return "—"
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.UTC)
    return moment.strftime("%Y-%m-%d %H:%M")


def number(value: float | None) -> str:
    return "—" if value is None else f"{value:,.12g}"  # 2,300,000 rather than 2.3e+06


def quantity_text(quantity: Quantity) -> Text:
    shown = Text()
    shown.append(("≈ " if quantity.approximate else "") + number(quantity.value))
    if quantity.unit:
        shown.append(f" {one_line(quantity.unit)}")
    if quantity.normalized_value is not None and (
        quantity.normalized_value != quantity.value or quantity.normalized_unit != quantity.unit
    ):
        shown.append(f"  = {number(quantity.normalized_value)}", style="cyan")
        if quantity.normalized_unit:
            shown.append(f" {one_line(quantity.normalized_unit)}", style="cyan")
    if quantity.wording:
        shown.append(f"  “{one_line(quantity.wording)}”", style="dim")
    return shown


def _facts(rows: list[tuple[str, Text | str]]) -> Table:
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="dim", no_wrap=True)
    grid.add_column(ratio=1)
    for label, value in rows:
        grid.add_row(label, value if isinstance(value, Text) else Text(value))
    return grid


def _via(passage: Passage | None) -> str:
    if passage is None or not passage.via:
        return ""
    return "  via " + " → ".join(one_line(step) for step in passage.via)


def claim_section(dossier: Dossier) -> RenderableType:
    main = dossier.passages[0] if dossier.passages else None
    head = Text(visible_lines(dossier.text), style="bold")
    claimant = Text(one_line(dossier.claimant) or "—")
    claimant.append(_via(main), style="dim")
    event = "—"
    if dossier.event_date or dossier.date_text:
        event = dossier.event_date.isoformat() if dossier.event_date else "?"
        if dossier.date_text:
            event += f"  “{one_line(dossier.date_text)}”"
    status = verdict_text(dossier.verdict)
    status.append(f"   state {dossier.state.replace('_', ' ')}", style="")
    status.append(f"   assignee {one_line(dossier.assignee) or '—'}", style="")
    rows: list[tuple[str, Text | str]] = [
        ("kind", f"{dossier.kind}   check-worthiness {dossier.checkworthiness:.2f}"),
        ("claimant", claimant),
    ]
    if dossier.quantity is not None:
        rows.append(("quantity", quantity_text(dossier.quantity)))
    rows += [
        ("event date", Text(event)),
        ("verdict", status),
        ("tags", Text(", ".join(one_line(t) for t in dossier.tags) or "—")),
    ]
    return Group(head, Text(), _facts(rows))


def source_line(passage: Passage) -> Text:
    line = Text()
    line.append(one_line(passage.outlet) or "unknown outlet", style="bold")
    line.append(f" · {passage.published.isoformat() if passage.published else 'date unknown'}")
    if passage.title:
        line.append(" · ")
        line.append(one_line(passage.title), style="italic")
    return line


def quoted(passage: Passage) -> Text:
    text = Text()
    text.append(visible_lines(passage.before))
    text.append(visible_lines(passage.quote), style=QUOTE_STYLE)
    text.append(visible_lines(passage.after))
    return text


def passage_section(dossier: Dossier) -> RenderableType:
    if not dossier.passages:
        return Text("This claim has no recorded appearance.", style="dim")
    main = dossier.passages[0]
    parts: list[RenderableType] = [source_line(main)]
    if main.url:
        parts.append(Text(one_line(main.url), style="underline blue"))
    parts += [Text(), quoted(main)]
    speaker = one_line(main.speaker)
    if speaker or main.via:
        parts.append(Text(f"said by {speaker or '—'}{_via(main)}", style="dim"))
    if main.orphaned:
        parts.append(Text("The quote is no longer in this source's text.", style="bold red"))
    return Group(*parts)


def _link_line(link: LinkedClaim) -> Text:
    line = Text("• ")
    line.append(
        link.relation.replace("_", " "),
        style="bold magenta" if link.relation == "similar" else "bold",
    )
    if link.score is not None:
        line.append(f" {link.score:.3g}")
    line.append(f" {'→' if link.outgoing else '←'} #{link.claim_id} ")
    line.append_text(verdict_text(link.verdict))
    line.append(" ")
    line.append(one_line(link.text, 160))
    if link.relation == "similar":
        line.append("  (suggested: press l)", style="dim")
    return line


def _side_by_side(dossier: Dossier, links: list[LinkedClaim]) -> Table:
    table = Table(title="Contradicting numbers", title_justify="left", expand=True)
    table.add_column("", style="dim", no_wrap=True)
    table.add_column(f"#{dossier.id} (this claim)")
    for link in links:
        table.add_column(f"#{link.claim_id}")
    quantities = [dossier.quantity, *(link.quantity for link in links)]
    table.add_row("value", *(quantity_text(q) if q else Text("—") for q in quantities))
    table.add_row(
        "normalised",
        *(
            Text(f"{number(q.normalized_value)} {one_line(q.normalized_unit)}" if q else "—")
            for q in quantities
        ),
    )
    return table


def elsewhere_section(dossier: Dossier) -> RenderableType:
    parts: list[RenderableType] = []
    others = dossier.passages[1:]
    if others:
        parts.append(Text(f"Also in {len(others)} other appearance(s):", style="bold"))
        for other in others:
            line = Text("• ")
            line.append_text(source_line(other))
            parts.append(line)
            parts.append(Text("  ").append_text(quoted(other)))
    else:
        parts.append(Text("No other appearance.", style="dim"))
    if dossier.links:
        parts += [Text(), Text("Linked claims:", style="bold")]
        parts += [_link_line(link) for link in dossier.links]
    contradicting = [
        link for link in dossier.links if link.relation == "contradicts" and link.quantity
    ]
    if dossier.quantity is not None and contradicting:
        parts += [Text(), _side_by_side(dossier, contradicting)]
    return Group(*parts)


def evidence_section(dossier: Dossier) -> RenderableType:
    if not dossier.evidence:
        return Text("No evidence yet: press e to add a URL or a note.", style="dim")
    lines: list[RenderableType] = []
    for item in dossier.evidence:
        line = Text("• ")
        line.append(item.stance, style=STANCE_STYLES.get(item.stance, ""))
        if item.url:
            line.append(" ")
            line.append(one_line(item.url), style="underline blue")
        if item.note:
            line.append(" — ")
            line.append(visible_lines(item.note))
        line.append(f"  ({one_line(item.added_by)}, {when(item.added_at)})", style="dim")
        lines.append(line)
    return Group(*lines)


def history_section(dossier: Dossier) -> RenderableType:
    table = Table.grid(padding=(0, 1))
    table.add_column(style="dim", no_wrap=True)
    table.add_column(no_wrap=True)
    table.add_column(ratio=1)
    for event in reversed(dossier.history):  # newest first: what a reviewer looks for
        change = Text()
        change.append(event.field, style="bold")
        if event.old is not None:
            change.append(f" {one_line(event.old, 60)} → {one_line(event.new, 60) or '—'}")
        elif event.new is not None:
            change.append(f" {one_line(event.new, 60)}")
        if event.note:
            change.append("  ")
            change.append(visible_lines(event.note), style="italic")
        table.add_row(when(event.at), Text(one_line(event.actor, 24)), change)
    return table
