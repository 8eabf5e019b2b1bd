"""Commands on claims: add, list, show, search, mark, note, evidence, link, tag, stats."""

from typing import Annotated

import typer
from rich.table import Table
from rich.text import Text

from claims import links, queries, review
from claims.cli.common import (
    JsonOption,
    ReviewerOption,
    console,
    database,
    parse_date,
    print_json,
    reviewer_name,
    with_filters,
)
from claims.cli.render import claim_view, claims_table
from claims.errors import InvalidInputError
from claims.extract import extract_claims
from claims.queries import Filters
from claims.records import claim_dict

LimitOption = Annotated[int, typer.Option("--limit", "-n", help="At most this many claims.")]


def add(
    ctx: typer.Context,
    text: Annotated[str, typer.Argument(help="The claim as a checkable statement.")],
    source: Annotated[int | None, typer.Option(help="Id of an existing source.")] = None,
    url: Annotated[str | None, typer.Option(help="URL of the article (reused if known).")] = None,
    outlet: Annotated[str | None, typer.Option(help="Outlet, for a new source.")] = None,
    title: Annotated[str | None, typer.Option(help="Title, for a new source.")] = None,
    published: Annotated[
        str | None, typer.Option(help="Publication date YYYY-MM-DD, for a new source.")
    ] = None,
    quote: Annotated[str | None, typer.Option(help="The exact passage it appears in.")] = None,
    claimant: Annotated[str | None, typer.Option(help="Who made the claim.")] = None,
    kind: Annotated[
        str | None,
        typer.Option(help="quantity, statement, event or quote [default: as found in the text]."),
    ] = None,
    reviewer: ReviewerOption = None,
    as_json: JsonOption = False,
) -> None:
    """Add a claim by hand, with the source it appeared in.

    The figure, date and kind are read from the claim text as ingest would read them.
    """
    if source is None and url is None:
        raise InvalidInputError("say where the claim appeared: --source ID or --url URL")
    published_date = parse_date(published, "--published")
    # A typed claim often lacks its full stop; without one it would read as a headline.
    as_sentence = text.strip() if text.strip()[-1:] in '.!?"”' else text.strip() + "."
    found_in_text = next(iter(extract_claims(as_sentence, published_date)), None)
    with database(ctx).begin() as session:
        if source is not None:
            found = queries.get_source(session, source)
        else:
            info = review.SourceInfo(url=url, outlet=outlet, title=title, published=published_date)
            found = review.find_or_add_source(session, info)
        claim = review.add_claim(
            session,
            text,
            reviewer_name(reviewer),
            source=found,
            quote=quote,
            claimant=claimant or (found_in_text.claimant if found_in_text else None),
            kind=kind or (found_in_text.kind if found_in_text else "statement"),
            # Someone chose to add it by hand: it belongs in the review queue.
            checkworthiness=max(found_in_text.checkworthiness if found_in_text else 0, 0.5),
            quantity=found_in_text.quantity if found_in_text else None,
            event_date=found_in_text.event_date if found_in_text else None,
            date_text=found_in_text.date_text if found_in_text else None,
        )
        claim_id, source_id = claim.id, found.id
    if as_json:
        print_json({"id": claim_id, "source": source_id})
    else:
        console.print(f"Added claim {claim_id} (source {source_id}).", markup=False)


@with_filters
def claim_list(
    ctx: typer.Context,
    filters: Filters,
    limit: LimitOption = 50,
    as_json: JsonOption = False,
) -> None:
    """List claims, most check-worthy first."""
    with database(ctx).begin() as session:
        found = queries.list_claims(session, filters, limit=limit)
        if as_json:
            print_json([claim_dict(c, session=session) for c in found])
            return
        total = queries.count_claims(session, filters)
        console.print(claims_table(found, total))


def search(
    ctx: typer.Context,
    text: Annotated[str, typer.Argument(help="Words that must all appear.")],
    limit: LimitOption = 50,
    as_json: JsonOption = False,
) -> None:
    """Full-text search over claims and claimants."""
    filters = Filters(search=text)
    with database(ctx).begin() as session:
        found = queries.list_claims(session, filters, limit=limit)
        if as_json:
            print_json([claim_dict(c, session=session) for c in found])
        else:
            console.print(claims_table(found, queries.count_claims(session, filters)))


def show(
    ctx: typer.Context,
    claim_id: Annotated[int, typer.Argument(metavar="ID", help="The claim's id.")],
    as_json: JsonOption = False,
) -> None:
    """One claim with its appearances, links, evidence and history."""
    with database(ctx).begin() as session:
        record = claim_dict(queries.get_claim(session, claim_id), session=session)
    if as_json:
        print_json(record)
    else:
        console.print(claim_view(record))


def mark(
    ctx: typer.Context,
    claim_id: Annotated[int, typer.Argument(metavar="ID")],
    verdict: Annotated[str, typer.Argument(help="true, mostly_true, mixed, misleading, ...")],
    note: Annotated[str | None, typer.Option(help="Why: kept in the history.")] = None,
    evidence: Annotated[
        str | None, typer.Option(help="A URL that supports the verdict.", metavar="URL")
    ] = None,
    stance: Annotated[str, typer.Option(help="supports, refutes or context.")] = "context",
    reviewer: ReviewerOption = None,
) -> None:
    """Set a claim's verdict, with an optional note and evidence URL."""
    actor = reviewer_name(reviewer)
    with database(ctx).begin() as session:
        claim = review.set_verdict(session, claim_id, verdict, actor, note=note)
        if evidence:
            review.add_evidence(session, claim_id, actor, url=evidence, stance=stance, note=note)
        verdict_name = claim.verdict
    console.print(f"Claim {claim_id}: {verdict_name}.", markup=False)


def note(
    ctx: typer.Context,
    claim_id: Annotated[int, typer.Argument(metavar="ID")],
    text: Annotated[str, typer.Argument(help="The note.")],
    reviewer: ReviewerOption = None,
) -> None:
    """Add a note to a claim's history."""
    with database(ctx).begin() as session:
        review.add_note(session, claim_id, text, reviewer_name(reviewer))
    console.print(f"Noted on claim {claim_id}.", markup=False)


def evidence(
    ctx: typer.Context,
    claim_id: Annotated[int, typer.Argument(metavar="ID")],
    url: Annotated[str | None, typer.Option(help="Where the evidence is.")] = None,
    note: Annotated[str | None, typer.Option(help="What it shows.")] = None,
    stance: Annotated[str, typer.Option(help="supports, refutes or context.")] = "context",
    reviewer: ReviewerOption = None,
) -> None:
    """Attach evidence (a URL or a note) to a claim."""
    with database(ctx).begin() as session:
        review.add_evidence(
            session, claim_id, reviewer_name(reviewer), url=url, note=note, stance=stance
        )
    console.print(f"Evidence added to claim {claim_id}.", markup=False)


def link(
    ctx: typer.Context,
    claim_id: Annotated[int, typer.Argument(metavar="ID")],
    other_id: Annotated[int, typer.Argument(metavar="OTHER")],
    relation: Annotated[
        str,
        typer.Option("--as", help="same_as, similar, contradicts, supports or supersedes."),
    ],
    note: Annotated[str | None, typer.Option(help="Why: kept in the history.")] = None,
    reviewer: ReviewerOption = None,
) -> None:
    """Link two claims."""
    with database(ctx).begin() as session:
        links.link(session, claim_id, other_id, relation, reviewer_name(reviewer), note=note)
    console.print(f"Claim {claim_id} {relation} claim {other_id}.", markup=False)


def tag(
    ctx: typer.Context,
    claim_id: Annotated[int, typer.Argument(metavar="ID")],
    name: Annotated[str, typer.Argument(help="The tag.")],
    reviewer: ReviewerOption = None,
) -> None:
    """Tag a claim."""
    with database(ctx).begin() as session:
        review.add_tag(session, claim_id, name, reviewer_name(reviewer))
    console.print(f"Claim {claim_id} tagged {name}.", markup=False)


@with_filters
def stats(
    ctx: typer.Context,
    filters: Filters,
    by: Annotated[str, typer.Option(help="verdict, claimant, outlet, state or kind.")] = "verdict",
    as_json: JsonOption = False,
) -> None:
    """How many claims, and how they were judged, per verdict, claimant or outlet."""
    if by not in queries.STAT_GROUPS:
        raise InvalidInputError(f"--by: use one of {', '.join(queries.STAT_GROUPS)}")
    with database(ctx).begin() as session:
        rows = queries.stats(session, by, filters)
    if as_json:
        print_json(rows)
        return
    table = Table(title=f"Claims by {by}", title_justify="left")
    table.add_column(by)
    table.add_column("claims", justify="right")
    if by != "verdict":
        table.add_column("verdicts")
    for row in rows:
        cells: list[Text | str] = [
            Text(str(row[by] if row[by] is not None else "—")),
            str(row["claims"]),
        ]
        if by != "verdict":
            cells.append(Text(", ".join(f"{v} {n}" for v, n in sorted(row["verdicts"].items()))))
        table.add_row(*cells)
    console.print(table)


def register(app: typer.Typer) -> None:
    app.command("add")(add)
    app.command("list")(claim_list)
    app.command("show")(show)
    app.command("search")(search)
    app.command("mark")(mark)
    app.command("note")(note)
    app.command("evidence")(evidence)
    app.command("link")(link)
    app.command("tag")(tag)
    app.command("stats")(stats)
