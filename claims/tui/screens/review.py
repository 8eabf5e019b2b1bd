"""The main screen: `BrowseScreen` plus every key that changes a claim.

Every key press must be saved, in the order the reviewer pressed the keys, even when they
type faster than the database answers. So changes are not `exclusive` workers (a newer one
would cancel an older one): they go into one FIFO queue drained by a single writer worker,
each change in a transaction of its own, with the reviewer's name and the time.
"""

from __future__ import annotations

import threading
from collections import deque
from dataclasses import dataclass, replace
from typing import ClassVar

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from textual import on, work
from textual.binding import BindingType
from textual.message import Message
from textual.worker import Worker

from claims import queries
from claims.errors import ClaimsError, StaleClaimError
from claims.models import Claim
from claims.queries import Filters, QueueRow
from claims.tui import changes
from claims.tui.keys import FIND_KEYS, HELP, REVIEW_KEYS, VERDICT_KEYS
from claims.tui.screens.browse import BrowseScreen
from claims.tui.screens.evidence import EvidenceDraft, EvidenceModal
from claims.tui.screens.filters import FilterPanel
from claims.tui.screens.help import HelpScreen
from claims.tui.screens.links import LinkDecision, LinkModal
from claims.tui.screens.prompt import PromptModal


class ReviewScreen(BrowseScreen):
    BINDINGS: ClassVar[list[BindingType]] = [*VERDICT_KEYS, *REVIEW_KEYS, *FIND_KEYS]

    @dataclass
    class ChangeSaved(Message):
        change: changes.Change
        rows: list[QueueRow]
        said: str
        tally: int
        left_delta: int  # claims that joined (+) or left (-) the queue through this change

    @dataclass
    class ChangeRefused(Message):
        change: changes.Change
        reason: str
        stale: bool

    def __init__(
        self, sessions: sessionmaker[Session], reviewer: str, filters: Filters, defaults: Filters
    ) -> None:
        super().__init__(sessions, reviewer, filters, defaults)
        self._pending: deque[changes.Change] = deque()
        self._lock = threading.Lock()
        self._writing = False
        self._writer: Worker[None] | None = None
        self._own_versions: dict[int, int] = {}
        self._undo: list[int] = []  # claims changed in this session, newest last

    # --- one FIFO queue, one writer, one transaction per change ---------------------------

    def save(self, change: changes.Change) -> None:
        if change.undoable:
            self._undo.append(change.claim_id)  # now: `z` may come before the write lands
        with self._lock:
            self._pending.append(change)
            if self._writing:
                return
            self._writing = True
        self._writer = self.write_changes()

    @work(thread=True, group="writes")
    def write_changes(self) -> None:
        while True:
            with self._lock:
                if not self._pending:
                    self._writing = False
                    return
                change = self._pending.popleft()
            self.post_message(self._write(change))

    def _write(self, change: changes.Change) -> Message:
        # The reviewer's own earlier writes bumped the version: that is not a conflict.
        expected = max(change.seen_version, self._own_versions.get(change.claim_id, 0))
        tally, filters = self._tally, self.filters
        try:
            with self.sessions.begin() as session:
                # Recounting a million-claim queue after every key would be slow: ask instead
                # whether the changed claims were in the queue before and after.
                before = sum(self._held(session, filters, i) for i in change.touched)
                said = change.apply(session, self.reviewer, expected)
                session.flush()
                touched = [session.get(Claim, claim_id) for claim_id in change.touched]
                rows = [changes.queue_row(claim) for claim in touched if claim is not None]
                delta = sum(self._held(session, filters, i) for i in change.touched) - before
        except StaleClaimError as exc:
            return self.ChangeRefused(change, str(exc), stale=True)
        except ClaimsError as exc:
            return self.ChangeRefused(change, str(exc), stale=False)
        except SQLAlchemyError as exc:
            reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
            return self.ChangeRefused(change, f"not saved: database error: {reason}", stale=False)
        for row in rows:
            self._own_versions[row.id] = row.version
        return self.ChangeSaved(change, rows, said, tally, delta)

    def _held(self, session: Session, filters: Filters, claim_id: int) -> bool:
        return queries.queue_holds(session, filters, claim_id, free_for=self.reviewer)

    @on(ChangeSaved)
    def _change_saved(self, message: ChangeSaved) -> None:
        for row in message.rows:
            self.queue.replace(row)
        current = self.queue.current  # not the detail's claim: it may be on its way out
        if current is not None and current.id in message.change.touched:
            self.load_detail(current.id)
        if message.tally == self._tally and self.left is not None:
            self.left += message.left_delta
        self.show_status(saved=message.said)

    @on(ChangeRefused)
    def _change_refused(self, message: ChangeRefused) -> None:
        change = message.change
        if change.undoable and change.claim_id in self._undo:
            del self._undo[len(self._undo) - 1 - self._undo[::-1].index(change.claim_id)]
        if message.stale:
            self.notify(
                message.reason, title="Changed by someone else", severity="error", timeout=8
            )
        else:
            self.notify(message.reason, title="Not saved", severity="warning", timeout=8)
        if message.stale:
            self.refresh_claim(change.claim_id)

    # --- actions: a few lines each, the work is in the core -------------------------------

    def _current(self) -> QueueRow | None:
        row = self.queue.current
        if row is None:
            self.notify("The queue is empty.", severity="warning", timeout=3)
        return row

    def action_verdict(self, verdict: str) -> None:
        if (row := self._current()) is not None:
            self.save(changes.SetVerdict(row.id, self.seen_version(row), verdict))
            self.queue.move_to_next()

    def action_set_state(self, state: str) -> None:
        if (row := self._current()) is not None:
            self.save(changes.SetState(row.id, self.seen_version(row), state))
            self.queue.move_to_next()

    def action_assign(self) -> None:
        if (row := self._current()) is not None:
            self.save(changes.AssignToMe(row.id, self.seen_version(row)))

    def action_add_note(self) -> None:
        if (row := self._current()) is None:
            return

        def noted(text: str | None) -> None:
            if text:
                self.save(changes.AddNote(row.id, self.seen_version(row), text))

        prompt = PromptModal(f"Note on claim #{row.id}", "What you found, whom you asked…")
        self.app.push_screen(prompt, noted)

    def action_add_evidence(self) -> None:
        if (row := self._current()) is None:
            return

        def added(draft: EvidenceDraft | None) -> None:
            if draft is not None:
                version = self.seen_version(row)
                self.save(changes.AddEvidence(row.id, version, draft.url, draft.note, draft.stance))

        self.app.push_screen(EvidenceModal(row.id), added)

    def action_links(self) -> None:
        row, shown = self._current(), self.detail.dossier
        if row is None or shown is None or shown.id != row.id:
            return
        if not shown.suggestions:
            self.notify("No suggested links on this claim.", timeout=3)
            return

        def decided(decision: LinkDecision | None) -> None:
            if decision is not None:
                version = self.seen_version(row)
                other, relation = decision.other_id, decision.relation
                self.save(changes.ResolveSuggestion(row.id, version, other, relation))

        self.app.push_screen(LinkModal(shown.text, shown.suggestions), decided)

    def action_undo(self) -> None:
        claim_id = self._undo.pop() if self._undo else None
        if claim_id is None and (row := self._current()) is not None:
            claim_id = row.id  # nothing changed in this session: try the claim in view
        if claim_id is None:
            return
        self.save(changes.Undo(claim_id, 0))
        if (index := self.queue.index_of(claim_id)) is not None:
            self.queue.move_cursor(row=index)

    def action_open_source(self) -> None:
        row, shown = self._current(), self.detail.dossier
        if row is not None and shown is not None and shown.id == row.id and shown.passages:
            self.load_source(row.id, shown.passages[0].source_id)

    def action_search(self) -> None:
        def searched(words: str | None) -> None:
            if words is not None:
                self.apply_filters(replace(self.filters, search=words or None))

        prompt = PromptModal(
            "Search the queue",
            "words that must all appear (empty: every claim)",
            value=self.filters.search or "",
            allow_empty=True,
        )
        self.app.push_screen(prompt, searched)

    def action_filters(self) -> None:
        panel = FilterPanel(self.filters, self.verdicts, self.defaults)
        self.app.push_screen(panel, self.apply_filters)

    def apply_filters(self, filters: Filters | None) -> None:
        if filters is not None:
            self.filters = filters
            self.reset()

    def action_reload(self) -> None:
        row = self.queue.current
        self.reset(keep=row.id if row else None)

    def action_help(self) -> None:
        self.app.push_screen(HelpScreen(HELP))

    async def action_quit(self) -> None:
        while self._writing and self._writer is not None:
            await self._writer.wait()  # every key pressed is saved before the app goes
        self.app.exit()
