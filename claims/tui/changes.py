"""What a reviewer can do to a claim from the review app, one transaction each.

A `Change` is queued by the screen and applied by its writer worker in order, in a session
of its own. `expected_version` is the version the reviewer saw (corrected for the
reviewer's own earlier writes), so someone else's change in between is refused.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass

from sqlalchemy.orm import Session

from claims import links, review
from claims.models import Claim
from claims.queries import QueueRow, article_count


@dataclass(frozen=True)
class Change(ABC):
    claim_id: int
    seen_version: int

    undoable = False  # verdict, state and assignee changes go on the reviewer's undo stack

    @property
    def touched(self) -> tuple[int, ...]:
        """The claims this change alters (their queue lines are redrawn)."""
        return (self.claim_id,)

    @abstractmethod
    def apply(self, session: Session, actor: str, expected_version: int) -> str:
        """Make the change; return what happened, in a few words for a notification."""


@dataclass(frozen=True)
class SetVerdict(Change):
    verdict: str
    undoable = True

    def apply(self, session: Session, actor: str, expected_version: int) -> str:
        claim = review.set_verdict(
            session, self.claim_id, self.verdict, actor, expected_version=expected_version
        )
        return f"#{self.claim_id} {claim.verdict}"


@dataclass(frozen=True)
class SetState(Change):
    state: str
    undoable = True

    def apply(self, session: Session, actor: str, expected_version: int) -> str:
        review.set_state(
            session, self.claim_id, self.state, actor, expected_version=expected_version
        )
        return f"#{self.claim_id} {self.state.replace('_', ' ')}"


@dataclass(frozen=True)
class AssignToMe(Change):
    undoable = True

    def apply(self, session: Session, actor: str, expected_version: int) -> str:
        review.assign(session, self.claim_id, actor, actor, expected_version=expected_version)
        return f"#{self.claim_id} assigned to {actor}"


@dataclass(frozen=True)
class AddNote(Change):
    note: str

    def apply(self, session: Session, actor: str, expected_version: int) -> str:
        review.add_note(session, self.claim_id, self.note, actor, expected_version=expected_version)
        return f"Note added to #{self.claim_id}"


@dataclass(frozen=True)
class AddEvidence(Change):
    url: str | None
    note: str | None
    stance: str

    def apply(self, session: Session, actor: str, expected_version: int) -> str:
        review.add_evidence(
            session,
            self.claim_id,
            actor,
            url=self.url,
            note=self.note,
            stance=self.stance,
            expected_version=expected_version,
        )
        return f"Evidence ({self.stance}) added to #{self.claim_id}"


@dataclass(frozen=True)
class Undo(Change):
    def apply(self, session: Session, actor: str, expected_version: int) -> str:
        event = review.undo_last(session, self.claim_id, actor)
        return f"Undone on #{self.claim_id}: {event.field} back to {event.new_value or '—'}"


@dataclass(frozen=True)
class ResolveSuggestion(Change):
    """Confirm a `similar` suggestion as `relation` (`same_as` merges), or reject it (None)."""

    other_id: int
    relation: str | None

    @property
    def touched(self) -> tuple[int, ...]:
        return (self.claim_id, self.other_id)

    def apply(self, session: Session, actor: str, expected_version: int) -> str:
        if self.relation is None:
            links.reject_similar(session, self.claim_id, self.other_id, actor)
            return f"Suggestion #{self.other_id} rejected"
        links.confirm_similar(
            session,
            self.claim_id,
            self.other_id,
            self.relation,
            actor,
            expected_version=expected_version,
        )
        if self.relation == "same_as":
            return f"#{self.other_id} merged into #{self.claim_id}"
        return f"#{self.claim_id} {self.relation} #{self.other_id}"


def queue_row(claim: Claim) -> QueueRow:
    """The queue line of a claim just changed, read in the writer's session."""
    return QueueRow(
        id=claim.id,
        verdict=claim.verdict,
        state=claim.state,
        kind=claim.kind,
        text=claim.text,
        claimant=claim.claimant,
        assignee=claim.assignee,
        checkworthiness=claim.checkworthiness,
        sources=article_count((a.source_id, a.source.replaces_id) for a in claim.appearances),
        version=claim.version,
        figure=claim.quantity_text,
    )
