"""The core behind the review app: keyset-paged queue, counts, merging and suggestions."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from claims import links, queries, review
from claims.db import Database
from claims.errors import InvalidInputError, NotFoundError
from claims.models import Claim, ClaimLink
from claims.queries import Filters
from tests.tui.seed import seed

QUEUE = Filters(verdict="unverified", not_state="done", min_checkworthiness=0.5)


def _many(session: Session, n: int) -> list[int]:
    """`n` queue claims; every third shares its check-worthiness with the next (ties)."""
    source = review.find_or_add_source(session, review.SourceInfo(url="https://example.org/m"))
    ids = []
    for i in range(n):
        claim = review.add_claim(
            session, f"Claim {i}", "ingest", source=source, checkworthiness=0.5 + (i // 3) / 1000
        )
        ids.append(claim.id)
    return ids


def _order(session: Session) -> list[int]:
    return [c.id for c in session.scalars(queries.claims_query(QUEUE))]


def test_pages_walk_the_queue_in_order_both_ways(session: Session) -> None:
    _many(session, 25)
    expected = _order(session)
    walked, after = [], None
    while page := queries.queue_page(session, QUEUE, after=after, limit=7):
        walked += [row.id for row in page]
        after = page[-1].key
    assert walked == expected

    last = queries.queue_page(session, QUEUE, last=True, limit=7)
    assert [row.id for row in last] == expected[-7:]
    back, before = [row.id for row in last], last[0].key
    while page := queries.queue_page(session, QUEUE, before=before, limit=7):
        back = [row.id for row in page] + back
        before = page[0].key
    assert back == expected


def test_queue_rows_carry_what_the_list_shows(database: Database) -> None:
    ids = seed(database)
    with database.Session() as session:
        rows = queries.queue_page(session, QUEUE)
        assert queries.queue_count(session, QUEUE) == 4
    assert [row.id for row in rows] == [ids.kursk, ids.dispute, ids.similar, ids.hostile]
    first = rows[0]
    assert (first.verdict, first.kind, first.sources, first.claimant) == (
        "unverified",
        "quantity",
        2,
        "Oleksandr Syrskyi",
    )


def test_claims_held_by_someone_else_are_not_handed_out(database: Database) -> None:
    ids = seed(database)
    with database.begin() as session:
        review.assign(session, ids.dispute, "alice", "alice")
        review.assign(session, ids.similar, "tester", "tester")
    with database.Session() as session:
        mine = [row.id for row in queries.queue_page(session, QUEUE, free_for="tester")]
        assert queries.queue_count(session, QUEUE, free_for="tester") == 3
    assert ids.dispute not in mine and ids.similar in mine


def test_merge_moves_appearances_and_evidence_and_records_both(database: Database) -> None:
    ids = seed(database)
    with database.begin() as session:
        review.add_evidence(session, ids.similar, "bob", note="Same map", stance="supports")
        links.confirm_similar(session, ids.kursk, ids.similar, "same_as", "tester")
    with database.Session() as session:
        kept = queries.get_claim(session, ids.kursk)
        merged = queries.get_claim(session, ids.similar)
        assert len(kept.appearances) == 3 and merged.appearances == []
        assert [e.note for e in kept.evidence] == ["ISW map of 12 August", "Same map"]
        assert merged.state == "done"
        stored = session.scalars(select(ClaimLink).order_by(ClaimLink.id)).all()
        relations = {(link.claim_id, link.other_id, link.relation) for link in stored}
        assert (ids.similar, ids.kursk, "same_as") in relations
        assert not any(link.relation == "similar" for link in stored)
        assert kept.events[-1].field == "merge" and kept.events[-1].actor == "tester"
        assert [e.field for e in merged.events[-2:]] == ["merge", "state"]


def test_rejecting_a_suggestion_removes_it_and_keeps_history(database: Database) -> None:
    ids = seed(database)
    with database.begin() as session:
        links.reject_similar(session, ids.kursk, ids.similar, "tester")
    with database.Session() as session:
        assert not session.scalars(select(ClaimLink).where(ClaimLink.relation == "similar")).all()
        event = queries.get_claim(session, ids.similar).events[-1]
        assert (event.field, event.old_value, event.new_value, event.note) == (
            "link",
            f"similar #{ids.kursk}",
            None,
            "rejected",
        )
        with pytest.raises(NotFoundError):
            links.reject_similar(session, ids.kursk, ids.similar, "tester")


def test_confirming_as_contradicts_replaces_the_suggestion(database: Database) -> None:
    ids = seed(database)
    with database.begin() as session:
        links.confirm_similar(session, ids.kursk, ids.similar, "contradicts", "tester")
        with pytest.raises(InvalidInputError):
            links.confirm_similar(session, ids.kursk, ids.similar, "similar", "tester")
        with pytest.raises(InvalidInputError):
            links.merge_claims(session, ids.kursk, ids.kursk, "tester")
    with database.Session() as session:
        relations = [link.relation for link in queries.links_of(session, ids.similar)]
        assert relations == ["contradicts"]
        assert session.get(Claim, ids.similar).state == "new"  # type: ignore[union-attr]


def test_an_article_revised_at_its_url_is_one_source_of_its_claims(session: Session) -> None:
    from claims.ingest.readers import Article
    from claims.ingest.store import store_article
    from tests.ingest.test_store import claim_at

    text = "Nearly 18,000 people have been evacuated, officials said.\n"
    revised = "UPDATE: " + text + "\nAt least 46 people died.\n"
    for body in (text, revised):
        article = Article(text=body, origin="storm.txt", url="https://example.org/storm")
        store_article(session, article, [claim_at(body, text.strip())], "alice")
    (row,) = [r for r in queries.queue_page(session, Filters()) if "18,000" in r.text]
    assert row.sources == 1
    claim = session.get(Claim, row.id)
    assert claim is not None and len(claim.appearances) == 2  # one a revision's
    pairs = [(a.source_id, a.source.replaces_id) for a in claim.appearances]
    assert queries.article_count(pairs) == 1
