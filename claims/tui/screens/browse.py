"""Reading the queue: the claims on the left, the highlighted one in full on the right.

Every read runs in a thread worker with a session of its own, and a newer read of the same
kind cancels an older one (`exclusive`): holding `j` down never piles up queries. Results
come back as messages; a page asked for under old filters is dropped by its generation.
`ReviewScreen` adds the keys that change claims.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from sqlalchemy.orm import Session, sessionmaker
from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Static
from textual.worker import get_current_worker

from claims import queries, settings
from claims.errors import ClaimsError
from claims.queries import Filters, QueueRow
from claims.tui.dossier import Dossier, SourceText, load_dossier, load_source_text
from claims.tui.screens.source import SourceScreen
from claims.tui.status import describe_filters, row_from_dossier
from claims.tui.widgets.claim_queue import PAGE_SIZE, ClaimQueue
from claims.tui.widgets.detail import ClaimDetail

EMPTY = (
    "Nothing left to review with these filters.\n\nr reloads · F2 changes the filters · / searches"
)


class BrowseScreen(Screen[None]):
    @dataclass
    class PageLoaded(Message):
        generation: int
        mode: str  # "first", "last", "after" or "before"
        rows: list[QueueRow]
        at_start: bool
        at_end: bool
        keep: int | None = None

    @dataclass
    class Counted(Message):
        tally: int  # which count: a newer one (the filters changed) wins
        left: int

    @dataclass
    class DossierLoaded(Message):
        dossier: Dossier

    @dataclass
    class SourceLoaded(Message):
        source: SourceText

    def __init__(
        self, sessions: sessionmaker[Session], reviewer: str, filters: Filters, defaults: Filters
    ) -> None:
        super().__init__()
        self.sessions = sessions
        self.reviewer = reviewer
        self.filters = filters
        self.defaults = defaults
        self.verdicts: list[str] = [v.name for v in settings.DEFAULT_VERDICTS]
        self.left: int | None = None
        self.last_saved = ""
        self._generation = 0  # of the queue's window: bumped by every reload, g and G
        self._tally = 0  # of the count: bumped when the filters change or on r
        self._resetting = False

    def compose(self) -> ComposeResult:
        yield Static(id="status")
        with Horizontal(id="panes"):
            with Vertical(id="queue-pane"):
                yield ClaimQueue(self.reviewer, id="queue")
            yield ClaimDetail(id="detail")
        yield Footer()

    @property
    def queue(self) -> ClaimQueue:
        return self.query_one(ClaimQueue)

    @property
    def detail(self) -> ClaimDetail:
        return self.query_one(ClaimDetail)

    def on_mount(self) -> None:
        self.detail.show_empty("Loading the queue…")
        self.queue.focus()
        self.load_verdict_scale()
        self.reset()

    def reset(self, *, last: bool = False, keep: int | None = None, recount: bool = True) -> None:
        """Read the queue again from its first (or last) page."""
        self._generation += 1
        self._resetting = True
        self.load_first_or_last(self._generation, self.filters, last, keep)
        if recount:
            self.left = None
            self._tally += 1
            self.count(self._tally, self.filters)
        self.show_status()

    def show_status(self, saved: str | None = None) -> None:
        """The status line; `saved` says what the last change was (a toast per key is noise)."""
        if saved is not None:
            self.last_saved = saved
        left = "counting…" if self.left is None else f"{self.left:,} left"
        status = Text(
            f" claims review · {self.reviewer} · {left} · {describe_filters(self.filters)}"
        )
        if self.last_saved:
            status.append(f"   ✓ saved: {self.last_saved}", style="green")
        self.query_one("#status", Static).update(status)  # Text: typed words are not markup

    def seen_version(self, row: QueueRow) -> int:
        """The version of the claim the reviewer is looking at: a write expects it."""
        shown = self.detail.dossier
        return shown.version if shown is not None and shown.id == row.id else row.version

    # --- thread workers, a session each ---------------------------------------------------

    @work(thread=True, exclusive=True, group="queue")
    def load_first_or_last(
        self, generation: int, filters: Filters, last: bool, keep: int | None
    ) -> None:
        with self.sessions() as session:
            rows = queries.queue_page(
                session, filters, last=last, limit=PAGE_SIZE + 1, free_for=self.reviewer
            )
        more = len(rows) > PAGE_SIZE
        rows = rows[1:] if last and more else rows[:PAGE_SIZE]
        if not get_current_worker().is_cancelled:
            at_start, at_end = not (last and more), last or not more
            mode = "last" if last else "first"
            self.post_message(self.PageLoaded(generation, mode, rows, at_start, at_end, keep))

    @work(thread=True, exclusive=True, group="page")
    def load_page(
        self, generation: int, filters: Filters, request: ClaimQueue.PageRequested
    ) -> None:
        with self.sessions() as session:
            rows = queries.queue_page(
                session,
                filters,
                after=request.after,
                before=request.before,
                limit=PAGE_SIZE + 1,
                free_for=self.reviewer,
            )
        more = len(rows) > PAGE_SIZE
        if request.after is not None:
            page = self.PageLoaded(generation, "after", rows[:PAGE_SIZE], False, not more)
        else:
            page = self.PageLoaded(
                generation, "before", rows[1:] if more else rows, not more, False
            )
        self.post_message(page)

    @work(thread=True, exclusive=True, group="count")
    def count(self, tally: int, filters: Filters) -> None:
        with self.sessions() as session:
            left = queries.queue_count(session, filters, free_for=self.reviewer)
        self.post_message(self.Counted(tally, left))

    @work(thread=True, exclusive=True, group="detail")
    def load_detail(self, claim_id: int) -> None:
        self._read_dossier(claim_id)

    @work(thread=True, group="refresh")
    def refresh_claim(self, claim_id: int) -> None:
        """Read a claim again after someone else changed it (moving on does not cancel it)."""
        self._read_dossier(claim_id)

    def _read_dossier(self, claim_id: int) -> None:
        try:
            with self.sessions() as session:
                dossier = load_dossier(session, claim_id)
        except ClaimsError as exc:
            self.app.call_from_thread(self.notify, str(exc), severity="warning")
            return
        if not get_current_worker().is_cancelled:
            self.post_message(self.DossierLoaded(dossier))

    @work(thread=True, exclusive=True, group="source")
    def load_source(self, claim_id: int, source_id: int) -> None:
        with self.sessions() as session:
            source = load_source_text(session, claim_id, source_id)
        self.post_message(self.SourceLoaded(source))

    @work(thread=True, group="settings")
    def load_verdict_scale(self) -> None:
        with self.sessions() as session:
            self.verdicts = [v.name for v in settings.verdict_scale(session)]

    # --- results ---------------------------------------------------------------------------

    @on(PageLoaded)
    def _page_loaded(self, message: PageLoaded) -> None:
        if message.generation != self._generation:
            return  # asked for under other filters, or before a reload
        queue = self.queue
        if message.mode in ("first", "last"):
            self._resetting = False
            last = message.mode == "last"
            queue.show_page(
                message.rows, at_start=message.at_start, at_end=message.at_end, last=last
            )
            if message.keep is not None and (index := queue.index_of(message.keep)) is not None:
                queue.move_cursor(row=index)
        elif message.mode == "after":
            queue.append(message.rows, at_end=message.at_end)
        else:
            queue.prepend(message.rows, at_start=message.at_start)

    @on(Counted)
    def _counted(self, message: Counted) -> None:
        if message.tally == self._tally:
            self.left = message.left
            self.show_status()

    @on(ClaimQueue.PageRequested)
    def _page_requested(self, message: ClaimQueue.PageRequested) -> None:
        if message.after is None and message.before is None:
            self.reset(last=message.last, recount=False)  # g or G: same queue, same count
        elif not self._resetting:
            self.load_page(self._generation, self.filters, message)

    @on(ClaimQueue.ClaimHighlighted)
    def _claim_highlighted(self, message: ClaimQueue.ClaimHighlighted) -> None:
        if message.row is not None:
            self.load_detail(message.row.id)
        elif not self._resetting:
            self.detail.show_empty(EMPTY)

    @on(ClaimQueue.ClaimChosen)
    def _claim_chosen(self) -> None:
        self.detail.focus()

    @on(DossierLoaded)
    def _dossier_loaded(self, message: DossierLoaded) -> None:
        dossier = message.dossier
        held = next((row for row in self.queue.claims if row.id == dossier.id), None)
        if held is not None and held.version != dossier.version:
            self.queue.replace(row_from_dossier(dossier))
        current = self.queue.current
        if current is not None and current.id == dossier.id:
            self.detail.show(dossier)

    @on(SourceLoaded)
    def _source_loaded(self, message: SourceLoaded) -> None:
        self.app.push_screen(SourceScreen(message.source))
