"""Changing claims: verdicts, evidence, links, undo, stale writes — always with history."""

import pytest
from sqlalchemy.orm import Session

from claims import links, queries, review
from claims.db import Database
from claims.errors import InvalidInputError, NotFoundError, StaleClaimError


def _claim(session: Session, text: str = "Unemployment rose to 5.2 percent in May") -> int:
    source = review.find_or_add_source(
        session, review.SourceInfo(url="https://example.org/jobs", outlet="Example")
    )
    return review.add_claim(session, text, "alice", source=source, claimant="Minister").id


def _history(session: Session, claim_id: int) -> list[tuple[str, str | None, str | None]]:
    claim = queries.get_claim(session, claim_id)
    session.refresh(claim)
    return [(e.field, e.old_value, e.new_value) for e in claim.events]


def test_every_change_is_in_the_history(session: Session) -> None:
    claim_id = _claim(session)
    review.set_verdict(session, claim_id, "mostly_true", "alice", note="ONS table 3")
    review.set_state(session, claim_id, "done", "alice")
    review.assign(session, claim_id, "bob", "alice")
    review.add_evidence(session, claim_id, "bob", url="https://example.org/ons", stance="supports")
    review.add_tag(session, claim_id, "economy", "bob")
    assert _history(session, claim_id) == [
        ("created", None, "Unemployment rose to 5.2 percent in May"),
        ("verdict", "unverified", "mostly_true"),
        ("state", "new", "done"),
        ("assignee", None, "bob"),
        ("evidence", None, "https://example.org/ons"),
        ("tag", None, "economy"),
    ]


def test_verdict_names_are_forgiving_but_unknown_ones_refused(session: Session) -> None:
    claim_id = _claim(session)
    assert review.set_verdict(session, claim_id, "Mostly False", "alice").verdict == "mostly_false"
    with pytest.raises(InvalidInputError, match="unknown verdict 'banana'"):
        review.set_verdict(session, claim_id, "banana", "alice")
    with pytest.raises(NotFoundError, match="no claim with id 999"):
        review.set_verdict(session, 999, "true", "alice")


def test_undo_is_a_new_event_and_restores_the_value(session: Session) -> None:
    claim_id = _claim(session)
    review.set_verdict(session, claim_id, "false", "alice")
    review.set_verdict(session, claim_id, "true", "alice")
    review.undo_last(session, claim_id, "alice")
    claim = queries.get_claim(session, claim_id)
    assert claim.verdict == "false"
    history = _history(session, claim_id)
    assert history[-1] == ("verdict", "true", "false")
    assert len(history) == 4  # created, false, true, undo: nothing deleted
    review.undo_last(session, claim_id, "alice")
    assert queries.get_claim(session, claim_id).verdict == "unverified"
    with pytest.raises(InvalidInputError, match="nothing of yours to undo"):
        review.undo_last(session, claim_id, "alice")


def test_stale_write_is_refused_with_who_changed_what(database: Database) -> None:
    with database.begin() as session:
        claim_id = _claim(session)
    with database.begin() as session:
        seen_version = queries.get_claim(session, claim_id).version
    with database.begin() as session:
        review.set_verdict(session, claim_id, "false", "bob", expected_version=seen_version)
    with (
        pytest.raises(StaleClaimError, match=r"changed by bob .*verdict unverified → false"),
        database.begin() as session,
    ):
        review.set_verdict(session, claim_id, "true", "alice", expected_version=seen_version)
    with database.begin() as session:
        assert queries.get_claim(session, claim_id).verdict == "false"


def test_nobody_takes_a_claim_someone_else_holds(session: Session) -> None:
    claim_id = _claim(session)
    review.assign(session, claim_id, "bob", "bob")
    with pytest.raises(StaleClaimError, match="already assigned to bob"):
        review.assign(session, claim_id, "carol", "carol")


def test_links_show_from_both_sides(session: Session) -> None:
    a = _claim(session, "The region lost 1,000 sq km")
    b = _claim(session, "The region lost 1,250 sq km")
    links.link(session, a, b, "contradicts", "alice")
    with pytest.raises(InvalidInputError):
        links.link(session, a, a, "same_as", "alice")
    assert [(x.claim_id, x.other_id) for x in queries.links_of(session, b)] == [(a, b)]


def test_filters(session: Session) -> None:
    a = _claim(session, "Exports grew by 4 percent")
    b = _claim(session, "The bridge opened in June")
    review.set_verdict(session, a, "true", "alice")
    review.add_tag(session, b, "transport", "alice")

    def ids(**kw: object) -> list[int]:
        return [c.id for c in queries.list_claims(session, queries.Filters(**kw))]  # type: ignore[arg-type]

    assert ids(verdict="true") == [a]
    assert ids(tag="transport") == [b]
    assert ids(search="bridge JUNE") == [b]
    assert ids(outlet="example") == [b, a]
    assert ids(search="100%") == []
