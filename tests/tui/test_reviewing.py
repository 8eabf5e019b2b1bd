"""Pilot tests: every key that changes a claim saves at once, with the reviewer, in history."""

from __future__ import annotations

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, OptionList

from claims import queries, review
from claims.db import Database
from claims.models import Claim
from claims.tui.app import ReviewApp
from claims.tui.screens.evidence import EvidenceModal
from claims.tui.screens.links import LinkModal
from claims.tui.screens.prompt import PromptModal
from claims.tui.widgets.claim_queue import ClaimQueue
from claims.tui.widgets.detail import ClaimDetail
from tests.tui.conftest import REVIEWER, drive, notifications, plain, section, settle
from tests.tui.seed import Seeded


def _claim(database: Database, claim_id: int) -> Claim:
    with database.Session() as session:
        claim = queries.get_claim(session, claim_id)
        session.expunge_all()
        return claim


@pytest.mark.parametrize(
    ("key", "verdict"),
    [
        ("t", "true"),
        ("T", "mostly_true"),
        ("x", "mixed"),
        ("m", "misleading"),
        ("F", "mostly_false"),
        ("f", "false"),
        ("u", "unverifiable"),
        ("n", "not_checkable"),
    ],
)
def test_each_verdict_key_saves_and_moves_on(
    database: Database, seeded: Seeded, key: str, verdict: str
) -> None:
    async def scenario(pilot: Pilot[None], app: ReviewApp) -> None:
        await pilot.press(key)
        await settle(pilot)
        queue = app.screen.query_one(ClaimQueue)
        assert queue.claims[0].verdict == verdict  # the line shows what was saved
        assert queue.current is not None and queue.current.id == seeded.dispute
        assert app.screen.query_one(ClaimDetail).dossier.id == seeded.dispute  # type: ignore[union-attr]

    drive(database, scenario)
    claim = _claim(database, seeded.kursk)
    assert claim.verdict == verdict
    last = claim.events[-1]
    assert (last.actor, last.field, last.old_value, last.new_value) == (
        REVIEWER,
        "verdict",
        "unverified",
        verdict,
    )


def test_five_verdicts_in_a_row_are_all_saved_in_order(database: Database, seeded: Seeded) -> None:
    async def scenario(pilot: Pilot[None], app: ReviewApp) -> None:
        await pilot.press("t", "f", "x", "m")  # faster than the database: queued, not lost
        await settle(pilot)
        status = plain(app.screen.query_one("#status").content)
        assert "0 left" in status and f"✓ saved: #{seeded.hostile} misleading" in status

    drive(database, scenario)
    verdicts = [
        _claim(database, i).verdict
        for i in (seeded.kursk, seeded.dispute, seeded.similar, seeded.hostile)
    ]
    assert verdicts == ["true", "false", "mixed", "misleading"]


def test_z_undoes_my_last_change_as_a_new_event(database: Database, seeded: Seeded) -> None:
    async def scenario(pilot: Pilot[None], app: ReviewApp) -> None:
        await pilot.press("t", "f", "z")
        await settle(pilot)
        queue = app.screen.query_one(ClaimQueue)
        assert queue.current is not None and queue.current.id == seeded.dispute  # back to it
        assert queue.claims[1].verdict == "unverified"

    drive(database, scenario)
    dispute = _claim(database, seeded.dispute)
    assert dispute.verdict == "unverified"
    assert [(e.field, e.old_value, e.new_value) for e in dispute.events[-2:]] == [
        ("verdict", "unverified", "false"),
        ("verdict", "false", "unverified"),
    ]
    assert dispute.events[-1].note is not None and dispute.events[-1].note.startswith("undo of")
    assert _claim(database, seeded.kursk).verdict == "true"  # only the last change undone


def test_a_assigns_s_sends_to_second_review_d_marks_done(
    database: Database, seeded: Seeded
) -> None:
    async def scenario(pilot: Pilot[None], app: ReviewApp) -> None:
        await pilot.press("a")
        await settle(pilot)
        assert "assignee tester" in section(app, "claim")
        await pilot.press("s", "d")
        await settle(pilot)

    drive(database, scenario)
    kursk = _claim(database, seeded.kursk)
    assert (kursk.assignee, kursk.state) == (REVIEWER, "needs_second_review")
    assert _claim(database, seeded.dispute).state == "done"


def test_e_adds_evidence_from_the_modal(database: Database, seeded: Seeded) -> None:
    async def scenario(pilot: Pilot[None], app: ReviewApp) -> None:
        await pilot.press("e")
        assert isinstance(app.screen, EvidenceModal)
        await pilot.press("ctrl+s")  # nothing typed: refused, the modal stays
        assert isinstance(app.screen, EvidenceModal)
        app.screen.query_one("#evidence-url", Input).value = "ftp://nope"
        await pilot.press("ctrl+s")
        assert isinstance(app.screen, EvidenceModal)
        app.screen.query_one("#evidence-url", Input).value = "https://stats.example.org/t1"
        app.screen.query_one("#evidence-note", Input).value = "Table 1 [red]disagrees[/red]"
        await pilot.click("#stance-refutes")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert not isinstance(app.screen, EvidenceModal)
        assert "Table 1 [red]disagrees[/red]" in section(app, "evidence")
        await pilot.press("e", "escape")  # cancelled: nothing saved
        await settle(pilot)

    drive(database, scenario)
    evidence = _claim(database, seeded.kursk).evidence
    assert [(e.url, e.note, e.stance, e.added_by) for e in evidence[1:]] == [
        ("https://stats.example.org/t1", "Table 1 [red]disagrees[/red]", "refutes", REVIEWER)
    ]


def test_c_adds_a_note_to_the_history(database: Database, seeded: Seeded) -> None:
    async def scenario(pilot: Pilot[None], app: ReviewApp) -> None:
        await pilot.press("c")
        assert isinstance(app.screen, PromptModal)
        await pilot.press("enter")  # empty: refused
        assert isinstance(app.screen, PromptModal)
        await pilot.press(*"Called the ministry")
        await pilot.press("enter")
        await settle(pilot)
        assert "Called the ministry" in section(app, "history")

    drive(database, scenario)
    last = _claim(database, seeded.kursk).events[-1]
    assert (last.field, last.note, last.actor) == ("note", "Called the ministry", REVIEWER)


@pytest.mark.parametrize(
    ("key", "relation"), [("m", "same_as"), ("c", "contradicts"), ("p", "supports"), ("r", None)]
)
def test_l_settles_a_suggested_link(
    database: Database, seeded: Seeded, key: str, relation: str | None
) -> None:
    async def scenario(pilot: Pilot[None], app: ReviewApp) -> None:
        await pilot.press("l")
        assert isinstance(app.screen, LinkModal)
        assert app.screen.query_one(OptionList).option_count == 1
        await pilot.press(key)
        await settle(pilot)
        assert not isinstance(app.screen, LinkModal)
        assert "similar 0.87" not in section(app, "elsewhere")

    drive(database, scenario)
    with database.Session() as session:
        relations = {
            (link.claim_id, link.other_id, link.relation)
            for link in queries.links_of(session, seeded.similar)
        }
        kept = queries.get_claim(session, seeded.kursk)
        merged = queries.get_claim(session, seeded.similar)
        if relation == "same_as":
            assert relations == {(seeded.similar, seeded.kursk, "same_as")}
            assert len(kept.appearances) == 3 and merged.state == "done"
        elif relation is None:
            assert relations == set()
        else:
            assert relations == {(seeded.kursk, seeded.similar, relation)}


def test_l_without_suggestions_says_so(database: Database, seeded: Seeded) -> None:
    async def scenario(pilot: Pilot[None], app: ReviewApp) -> None:
        seen = notifications(app)
        await pilot.press("j")
        await settle(pilot)
        await pilot.press("l")
        assert not isinstance(app.screen, LinkModal)
        assert "No suggested links on this claim." in seen

    drive(database, scenario)


def test_a_stale_write_is_refused_and_says_who_changed_what(
    database: Database, seeded: Seeded
) -> None:
    async def scenario(pilot: Pilot[None], app: ReviewApp) -> None:
        seen = notifications(app)
        with database.begin() as session:  # someone else, after the claim was loaded
            review.set_verdict(session, seeded.kursk, "false", "alice")
        await pilot.press("t")
        await settle(pilot)
        assert any("changed by alice" in note and "unverified → false" in note for note in seen)
        queue = app.screen.query_one(ClaimQueue)
        assert queue.claims[0].verdict == "false"  # reloaded: alice's verdict is shown

    drive(database, scenario)
    claim = _claim(database, seeded.kursk)
    assert claim.verdict == "false"
    assert [e.actor for e in claim.events if e.field == "verdict"] == ["alice"]


def test_my_own_earlier_change_is_not_a_conflict(database: Database, seeded: Seeded) -> None:
    async def scenario(pilot: Pilot[None], app: ReviewApp) -> None:
        seen = notifications(app)
        await pilot.press("a", "c", *"first", "enter")  # note queued right behind the assign
        await settle(pilot)
        assert not any("changed by" in note for note in seen)

    drive(database, scenario)
    assert [e.field for e in _claim(database, seeded.kursk).events[-2:]] == ["assignee", "note"]


def test_a_claim_someone_else_takes_is_refused_then_leaves_my_queue(
    database: Database, seeded: Seeded
) -> None:
    async def scenario(pilot: Pilot[None], app: ReviewApp) -> None:
        seen = notifications(app)
        with database.begin() as session:
            review.assign(session, seeded.kursk, "alice", "alice")
        await pilot.press("a")
        await settle(pilot)
        assert any("changed by alice" in n and "assignee — → alice" in n for n in seen)
        await pilot.press("r")
        await settle(pilot)
        queue = app.screen.query_one(ClaimQueue)
        assert seeded.kursk not in [row.id for row in queue.claims]  # nobody is handed it

    drive(database, scenario)
    assert _claim(database, seeded.kursk).assignee == "alice"
