"""Rich renderings of claims and sources. Article text is data: never read as markup."""

from collections.abc import Sequence
from typing import Any

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from claims.models import Claim
from claims.queries import SourceSummary, article_count

VERDICT_STYLES = {
    "true": "green",
    "mostly_true": "green",
    "mixed": "yellow",
    "misleading": "dark_orange",
    "mostly_false": "red",
    "false": "bold red",
    "unverified": "dim",
}


def verdict_text(verdict: str) -> Text:
    return Text(verdict, style=VERDICT_STYLES.get(verdict, ""))


def short(text: str | None, width: int = 80) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"


def claims_table(claims: Sequence[Claim], total: int | None = None) -> Table:
    title = f"{len(claims)} of {total} claims" if total is not None else None
    table = Table(title=title, title_justify="left", expand=False)
    table.add_column("id", justify="right", style="cyan", no_wrap=True)
    table.add_column("verdict", no_wrap=True)
    table.add_column("kind", no_wrap=True)
    table.add_column("worth", justify="right", no_wrap=True)
    table.add_column("claim", overflow="fold", ratio=1)
    table.add_column("claimant")
    table.add_column("sources", justify="right")
    for claim in claims:
        # One sentence can hold several claims, one per figure: the figure tells them apart.
        figure = (
            Text(f"{short(claim.quantity_text, 40)} · ", style="bold")
            if claim.quantity_text
            else Text()
        )
        table.add_row(
            str(claim.id),
            verdict_text(claim.verdict),
            claim.kind,
            f"{claim.checkworthiness:.2f}",
            figure + Text(short(claim.text, 100)),
            Text(claim.claimant or ""),
            str(article_count((a.source_id, a.source.replaces_id) for a in claim.appearances)),
        )
    return table


def sources_table(rows: Sequence[SourceSummary]) -> Table:
    table = Table(title=f"{len(rows)} sources", title_justify="left")
    for name in ("id", "published", "outlet", "title", "url", "claims"):
        table.add_column(name, justify="right" if name in ("id", "claims") else "left")
    for row in rows:
        s = row.source
        table.add_row(
            str(s.id),
            s.published.isoformat() if s.published else "unknown",
            Text(s.outlet or ""),
            Text(short(s.title, 60)),
            Text(s.url or ""),
            str(row.claims),
        )
    return table


def claim_view(record: dict[str, Any]) -> RenderableType:
    """One claim with its appearances, links, evidence and history, from its JSON object."""
    parts: list[RenderableType] = []
    head = Text()
    head.append(f"#{record['id']} ", style="bold cyan")
    head.append(record["text"], style="bold")
    parts.append(head)
    facts = Table.grid(padding=(0, 2))
    facts.add_column(style="dim")
    facts.add_column()
    facts.add_row("verdict", verdict_text(record["verdict"]))
    facts.add_row("state", record["state"])
    facts.add_row("kind", record["kind"])
    facts.add_row("check-worthiness", f"{record['checkworthiness']:.2f}")
    if record["claimant"]:
        facts.add_row("claimant", Text(record["claimant"]))
    if record["assignee"]:
        facts.add_row("assignee", Text(record["assignee"]))
    quantity = record["quantity"]
    if quantity:
        approx = "≈ " if quantity["approximate"] else ""
        normal = ""
        if quantity["normalized_unit"] and quantity["normalized_unit"] != quantity["unit"]:
            normal = f" (= {quantity['normalized_value']:g} {quantity['normalized_unit']})"
        facts.add_row(
            "quantity",
            Text(
                f"{approx}{quantity['value']:g} {quantity['unit'] or ''}{normal}"
                f" — “{quantity['text']}”"
            ),
        )
    if record["event_date"] or record["date_text"]:
        facts.add_row("event date", Text(f"{record['event_date'] or '?'} ({record['date_text']})"))
    if record["tags"]:
        facts.add_row("tags", Text(", ".join(record["tags"])))
    parts.append(facts)

    appearances = Table(title="Appearances", title_justify="left", show_lines=True)
    for name in ("source", "outlet", "published", "speaker", "quote"):
        appearances.add_column(name, overflow="fold")
    for a in record["appearances"]:
        source = a["source"]
        speaker = a["speaker"] or ""
        if a["via"]:
            speaker += " via " + " via ".join(a["via"])
        appearances.add_row(
            f"#{source['id']}",
            Text(source["outlet"] or ""),
            source["published"] or "unknown",
            Text(speaker),
            Text(("[orphaned] " if a["orphaned"] else "") + short(a["quote"], 200)),
        )
    parts.append(appearances)

    if record["links"]:
        links = Table(title="Links", title_justify="left")
        for name in ("relation", "claim", "score"):
            links.add_column(name)
        for link in record["links"]:
            score = "" if link["score"] is None else f"{link['score']:.0f}"
            links.add_row(link["relation"], f"#{link['claim_id']}", score)
        parts.append(links)
    if record["evidence"]:
        evidence = Table(title="Evidence", title_justify="left")
        for name in ("stance", "url / note", "by", "at"):
            evidence.add_column(name, overflow="fold")
        for e in record["evidence"]:
            evidence.add_row(
                e["stance"], Text(e["url"] or e["note"] or ""), Text(e["added_by"]), e["added_at"]
            )
        parts.append(evidence)
    history = Table(title="History", title_justify="left")
    for name in ("at", "who", "what", "from", "to", "note"):
        history.add_column(name, overflow="fold")
    for e in record["history"]:
        history.add_row(
            e["at"][:19].replace("T", " "),
            Text(e["actor"]),
            e["field"],
            Text(short(e["from"], 40)),
            Text(short(e["to"], 40)),
            Text(e["note"] or ""),
        )
    parts.append(history)
    return Group(*parts)
