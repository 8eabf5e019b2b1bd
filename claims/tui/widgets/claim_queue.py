"""The queue of claims to review: a window of the queue, drawn line by line, paged on demand.

The widget never holds the whole queue. It asks for the next page (keyset pagination in
`claims.queries.queue_page`) when the cursor or the view comes within `MARGIN` rows of
either end of what it holds, and `G` fetches the last page rather than walking a million
rows. It draws only the visible lines (Textual's line API), each straight from its row, so
moving, appending a page or replacing the window costs the same for 100 rows or 2,000.
(DataTable re-rendered every visible cell whenever rows were added; at 45 lines that was
most of a key press's budget.)
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from rich.style import Style
from textual.binding import Binding
from textual.events import Click
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from claims.queries import QueueRow
from claims.tui.text import one_line

PAGE_SIZE = 100
MARGIN = 40  # rows from an edge of the window at which the next page is fetched
MAX_WINDOW = 2_000  # rows kept when a page is added above the window

VERDICT_STYLES = {
    "true": "green",
    "mostly_true": "green",
    "mixed": "yellow",
    "misleading": "dark_orange",
    "mostly_false": "red",
    "false": "bold red",
    "unverified": "dim",
}
# (title, width, right-aligned); the claim column (width 0) takes what is left.
COLUMNS = (("verdict", 12, False), ("kind", 9, False), ("claim", 0, False),
           ("claimant", 14, False), ("src", 3, True))  # fmt: skip
GAP = 2


def fit(text: str, width: int, right: bool = False) -> str:
    """Exactly `width` cells: cut with an ellipsis, or padded."""
    if cell_len(text) > width:
        return set_cell_size(text, max(width - 1, 0)) + "…"
    if right:
        return " " * (width - cell_len(text)) + text
    return set_cell_size(text, width)


def cells(row: QueueRow, me: str | None = None) -> tuple[str, ...]:
    """The words of one queue line (plain strings: drawn as segments, never as markup)."""
    figure = f"{one_line(row.figure, 40)} · " if row.figure else ""
    held = "● " if row.assignee and row.assignee == me else ""
    claim = held + figure + one_line(row.text, 300)
    return (
        row.verdict.replace("_", " "),
        row.kind,
        claim,
        one_line(row.claimant or "—", 60),
        str(row.sources),
    )


class ClaimQueue(ScrollView, can_focus=True):
    """Claims in queue order, with a cursor; the first line is the column header."""

    COMPONENT_CLASSES = {"claim-queue--header", "claim-queue--cursor", "claim-queue--odd"}
    BINDINGS = [
        Binding("j,down", "cursor_down", "Down", show=False, tooltip="Next claim", id="queue-down"),
        Binding("k,up", "cursor_up", "Up", show=False, tooltip="Previous claim", id="queue-up"),
        Binding("pagedown", "page_down", "Page down", show=False, id="queue-page-down"),
        Binding("pageup", "page_up", "Page up", show=False, id="queue-page-up"),
        Binding("g,home", "first", "Top", show=False, tooltip="First claim in the queue", id="top"),
        Binding(
            "G,end", "last", "Bottom", show=False, tooltip="Last claim in the queue", id="bottom"
        ),
        Binding("enter", "choose", "Read", show=False, tooltip="Into the detail", id="choose"),
    ]

    @dataclass
    class ClaimHighlighted(Message):
        """The cursor is on a claim (None: the queue is empty)."""

        queue: ClaimQueue
        row: QueueRow | None

    @dataclass
    class PageRequested(Message):
        """The queue wants rows: after/before a key, the last page, or (neither) the first."""

        queue: ClaimQueue
        after: tuple[float, int] | None = None
        before: tuple[float, int] | None = None
        last: bool = False

    @dataclass
    class ClaimChosen(Message):
        """Enter (or a second click) on a claim: the reviewer wants to read it."""

        queue: ClaimQueue
        row: QueueRow

    def __init__(self, me: str | None = None, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.me = me
        self.claims: list[QueueRow] = []
        self.cursor_row = 0
        self.at_start = True
        self.at_end = True
        self.waiting = False

    # --- filling the window -------------------------------------------------------------

    def show_page(
        self, rows: list[QueueRow], *, at_start: bool, at_end: bool, last: bool = False
    ) -> None:
        """Replace the window (first page, last page, or after a reload)."""
        self.at_start, self.at_end = at_start, at_end
        self._replace_window(rows, len(rows) - 1 if last else 0)

    def append(self, rows: list[QueueRow], *, at_end: bool) -> None:
        self.waiting = False
        self.at_end = at_end
        known = {row.id for row in self.claims}
        self.claims.extend(row for row in rows if row.id not in known)
        self._resized()
        self._announce()

    def prepend(self, rows: list[QueueRow], *, at_start: bool) -> None:
        """Add a page above the window; the view stays on the same claims."""
        self.at_start = at_start
        known = {row.id for row in self.claims}
        fresh = [row for row in rows if row.id not in known]
        keep = self.claims[: max(MAX_WINDOW - len(fresh), 0)]
        if len(keep) < len(self.claims):
            self.at_end = False
        top = self.scroll_offset.y + len(fresh)
        self._replace_window(fresh + keep, self.cursor_row + len(fresh), top=top)

    def _replace_window(self, rows: list[QueueRow], cursor: int, top: int | None = None) -> None:
        self.waiting = False
        self.claims = list(rows)
        self.cursor_row = max(min(cursor, len(self.claims) - 1), 0)
        self._resized()
        if top is not None:
            self.scroll_to(y=top, animate=False, force=True, immediate=True)
        self._scroll_to_cursor()
        self.refresh()
        self._announce()

    def replace(self, row: QueueRow) -> None:
        """A claim changed: redraw its line (it stays where it is until a reload)."""
        index = self.index_of(row.id)
        if index is not None:
            self.claims[index] = row
            self.refresh()

    def index_of(self, claim_id: int) -> int | None:
        return next((i for i, row in enumerate(self.claims) if row.id == claim_id), None)

    @property
    def current(self) -> QueueRow | None:
        if not self.claims:
            return None
        return self.claims[min(self.cursor_row, len(self.claims) - 1)]

    # --- moving -------------------------------------------------------------------------

    @property
    def _visible_rows(self) -> int:
        return max(self.size.height - 1, 1)  # less the header

    def move_cursor(self, *, row: int, animate: bool = False) -> None:
        if not self.claims:
            return
        row = max(min(row, len(self.claims) - 1), 0)
        moved = row != self.cursor_row
        self.cursor_row = row
        self._scroll_to_cursor()
        self.refresh()
        if moved:
            self._announce()

    def _scroll_to_cursor(self) -> None:
        top, visible = self.scroll_offset.y, self._visible_rows
        if self.cursor_row < top:
            self.scroll_to(y=self.cursor_row, animate=False, force=True, immediate=True)
        elif self.cursor_row >= top + visible:
            target = self.cursor_row - visible + 1
            self.scroll_to(y=target, animate=False, force=True, immediate=True)

    def action_cursor_down(self) -> None:
        self.move_cursor(row=self.cursor_row + 1)

    def action_cursor_up(self) -> None:
        self.move_cursor(row=self.cursor_row - 1)

    def action_page_down(self) -> None:
        visible = self._visible_rows
        self.scroll_to(y=self.scroll_offset.y + visible, animate=False, force=True, immediate=True)
        self.move_cursor(row=self.cursor_row + visible)

    def action_page_up(self) -> None:
        visible = self._visible_rows
        self.scroll_to(y=self.scroll_offset.y - visible, animate=False, force=True, immediate=True)
        self.move_cursor(row=self.cursor_row - visible)

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

    def action_choose(self) -> None:
        if (row := self.current) is not None:
            self.post_message(self.ClaimChosen(self, row))

    def move_to_next(self) -> None:
        """After a decision: on to the next claim (the window grows as needed)."""
        self.action_cursor_down()

    def on_click(self, event: Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None or offset.y < 1:
            return
        index = self.scroll_offset.y + offset.y - 1
        if index < len(self.claims):
            if index == self.cursor_row and event.chain > 1:
                self.action_choose()
            self.move_cursor(row=index)

    def _request(
        self,
        after: tuple[float, int] | None = None,
        before: tuple[float, int] | None = None,
        last: bool = False,
    ) -> None:
        self.waiting = True
        self.post_message(self.PageRequested(self, after, before, last))

    def _announce(self) -> None:
        self.post_message(self.ClaimHighlighted(self, self.current))
        self._want_more()

    def _want_more(self) -> None:
        if not self.claims or self.waiting:
            return
        top = self.scroll_offset.y
        lowest = max(self.cursor_row, top + self._visible_rows)
        highest = min(self.cursor_row, top)
        if not self.at_end and lowest >= len(self.claims) - MARGIN:
            self._request(after=self.claims[-1].key)
        elif not self.at_start and highest < MARGIN:
            self._request(before=self.claims[0].key)

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        self._want_more()  # the mouse wheel pages too

    # --- drawing --------------------------------------------------------------------------

    def _resized(self) -> None:
        self.virtual_size = Size(0, len(self.claims) + 1)

    def on_resize(self) -> None:
        self._resized()
        self.refresh()

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()

    def _claim_width(self) -> int:
        fixed = sum(width for _, width, _ in COLUMNS) + GAP * (len(COLUMNS) - 1) + 2
        return max(self.size.width - fixed, 10)

    def _strip(self, words: tuple[str, ...], style: Style, verdict: Style | None) -> Strip:
        claim_width = self._claim_width()
        segments = [Segment(" ", style)]
        for index, ((_, width, right), word) in enumerate(zip(COLUMNS, words, strict=True)):
            text = fit(word, width or claim_width, right)
            segments.append(Segment(text, style + verdict if index == 0 and verdict else style))
            segments.append(Segment(" " * GAP if index < len(COLUMNS) - 1 else " ", style))
        return Strip(segments).adjust_cell_length(self.size.width, style)

    def render_line(self, y: int) -> Strip:
        base = self.rich_style
        if y == 0:
            header = base + self.get_component_rich_style("claim-queue--header")
            return self._strip(tuple(name for name, _, _ in COLUMNS), header, None)
        index = self.scroll_offset.y + y - 1
        if index >= len(self.claims):
            return Strip.blank(self.size.width, base)
        row = self.claims[index]
        style = base
        if index % 2:
            style += self.get_component_rich_style("claim-queue--odd")
        if index == self.cursor_row:
            style += self.get_component_rich_style("claim-queue--cursor")
        verdict = Style.parse(VERDICT_STYLES.get(row.verdict, "none"))
        return self._strip(cells(row, self.me), style, verdict)
