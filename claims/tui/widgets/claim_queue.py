"""The queue of claims to review: a DataTable over a window of the queue, paged on demand.

The table never holds the whole queue. It asks for the next page (keyset pagination in
`claims.queries.queue_page`) when the cursor comes within `MARGIN` rows of either end of
what it holds, and `G` fetches the last page rather than walking a million rows.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import on
from textual.binding import Binding
from textual.events import Resize
from textual.message import Message
from textual.widgets import DataTable

from claims.queries import QueueRow
from claims.tui.text import one_line

PAGE_SIZE = 100
MARGIN = 40  # rows from an edge of the window at which the next page is fetched
MAX_WINDOW = 2_000  # rows kept when pages are added above the window

VERDICT_STYLES = {
    "true": "green",
    "mostly_true": "green",
    "mixed": "yellow",
    "misleading": "dark_orange",
    "mostly_false": "red",
    "false": "bold red",
    "unverified": "dim",
}
# Fixed columns and their widths; the claim column takes what is left.
COLUMNS = (("verdict", 12), ("kind", 9), ("claim", 0), ("claimant", 14), ("src", 3))


def verdict_text(verdict: str) -> Text:
    return Text(verdict.replace("_", " "), style=VERDICT_STYLES.get(verdict, ""))


def cells(row: QueueRow, me: str | None = None) -> tuple[Text, ...]:
    """One queue line. Everything from the database goes in as plain Text, never markup."""
    claim = Text(no_wrap=True, overflow="ellipsis")
    if row.assignee and row.assignee == me:
        claim.append("● ", style="bold cyan")  # mine
    claim.append(one_line(row.text, 300))
    return (
        verdict_text(row.verdict),
        Text(row.kind, style="italic"),
        claim,
        Text(one_line(row.claimant or "—", 60), no_wrap=True, overflow="ellipsis"),
        Text(str(row.sources), justify="right"),
    )


class ClaimQueue(DataTable[Text]):
    """Claims in queue order. Rows are keyed by claim id."""

    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False, tooltip="Next claim", id="queue-down"),
        Binding("k", "cursor_up", "Up", show=False, tooltip="Previous claim", id="queue-up"),
        Binding("g", "first", "Top", show=False, tooltip="First claim in the queue", id="top"),
        Binding("G", "last", "Bottom", show=False, tooltip="Last claim in the queue", id="bottom"),
    ]

    @dataclass
    class ClaimHighlighted(Message):
        """The cursor is on a claim (None: the queue is empty)."""

        queue: ClaimQueue
        row: QueueRow | None

    @dataclass
    class PageRequested(Message):
        """The queue wants more rows: after/before a key, the last page, or (neither) the first."""

        queue: ClaimQueue
        after: tuple[float, int] | None = None
        before: tuple[float, int] | None = None
        last: bool = False

    @dataclass
    class ClaimChosen(Message):
        """Enter on a claim: the reviewer wants to read it."""

        queue: ClaimQueue
        row: QueueRow

    def __init__(self, me: str | None = None, *, id: str | None = None) -> None:
        super().__init__(
            id=id, cursor_type="row", zebra_stripes=True, cursor_foreground_priority="renderable"
        )
        self.me = me
        self.claims: list[QueueRow] = []
        self.at_start = True
        self.at_end = True
        self.waiting = False
        self._claim_width = 0

    # --- filling the window -------------------------------------------------------------

    def show_page(
        self, rows: list[QueueRow], *, at_start: bool, at_end: bool, last: bool = False
    ) -> None:
        """Replace the window (first page, last page, or after a reload)."""
        self.at_start, self.at_end = at_start, at_end
        self._rebuild(rows, len(rows) - 1 if last else 0)

    def append(self, rows: list[QueueRow], *, at_end: bool) -> None:
        self.waiting = False
        self.at_end = at_end
        known = {row.id for row in self.claims}
        fresh = [row for row in rows if row.id not in known]
        self.claims.extend(fresh)
        with self.prevent(DataTable.RowHighlighted):
            for row in fresh:
                self.add_row(*cells(row, self.me), key=str(row.id))
        self._announce()

    def prepend(self, rows: list[QueueRow], *, at_start: bool) -> None:
        """Add a page above the window; the table has no insert, so it is rebuilt."""
        self.at_start = at_start
        known = {row.id for row in self.claims}
        fresh = [row for row in rows if row.id not in known]
        keep = self.claims[: max(MAX_WINDOW - len(fresh), 0)]
        if len(keep) < len(self.claims):
            self.at_end = False
        self._rebuild(fresh + keep, self.cursor_row + len(fresh))

    def _rebuild(self, rows: list[QueueRow], cursor: int) -> None:
        self.waiting = False
        self.claims = list(rows)
        with self.prevent(DataTable.RowHighlighted):
            self.clear(columns=True)
            width = self._claim_column_width()
            self._claim_width = width
            for name, fixed in COLUMNS:
                self.add_column(name, width=fixed or width, key=name)
            for row in self.claims:
                self.add_row(*cells(row, self.me), key=str(row.id))
            self.move_cursor(row=max(min(cursor, len(self.claims) - 1), 0), animate=False)
        self._announce()

    def replace(self, row: QueueRow) -> None:
        """A claim changed: redraw its line (it stays where it is until a reload)."""
        for index, held in enumerate(self.claims):
            if held.id == row.id:
                self.claims[index] = row
                for (name, _), cell in zip(COLUMNS, cells(row, self.me), strict=True):
                    self.update_cell(str(row.id), name, cell)
                return

    def index_of(self, claim_id: int) -> int | None:
        return next((i for i, row in enumerate(self.claims) if row.id == claim_id), None)

    @property
    def current(self) -> QueueRow | None:
        if not self.claims:
            return None
        return self.claims[min(self.cursor_row, len(self.claims) - 1)]

    def _claim_column_width(self) -> int:
        fixed = sum(width for _, width in COLUMNS) + 2 * self.cell_padding * len(COLUMNS)
        return max(self.size.width - fixed - 2, 20)

    # --- moving -------------------------------------------------------------------------

    def action_first(self) -> None:
        if self.at_start:
            self.move_cursor(row=0)
        else:
            self._request()

    def action_last(self) -> None:
        if self.at_end:
            self.move_cursor(row=len(self.claims) - 1)
        else:
            self._request(last=True)

    def move_to_next(self) -> None:
        """After a decision: on to the next claim (the window grows as needed)."""
        self.action_cursor_down()

    def _request(
        self,
        after: tuple[float, int] | None = None,
        before: tuple[float, int] | None = None,
        last: bool = False,
    ) -> None:
        self.waiting = True
        self.post_message(self.PageRequested(self, after, before, last))

    def _announce(self) -> None:
        row = self.current
        self.post_message(self.ClaimHighlighted(self, row))
        if row is None or self.waiting:
            return
        index = self.cursor_row
        if not self.at_end and index >= len(self.claims) - MARGIN:
            self._request(after=self.claims[-1].key)
        elif not self.at_start and index < MARGIN:
            self._request(before=self.claims[0].key)

    @on(DataTable.RowHighlighted)
    def _highlighted(self, event: DataTable.RowHighlighted) -> None:
        event.stop()
        self._announce()

    @on(DataTable.RowSelected)
    def _selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        if (row := self.current) is not None:
            self.post_message(self.ClaimChosen(self, row))

    def on_resize(self, event: Resize) -> None:
        if self.claims and self._claim_column_width() != self._claim_width:
            self._rebuild(self.claims, self.cursor_row)
        elif not self.claims:
            self._claim_width = 0
