"""`o`: the whole article, scrolled to the quote, which is selected."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static, TextArea
from textual.widgets.text_area import Selection

from claims.tui.dossier import SourceText
from claims.tui.text import one_line, visible_lines


def location(text: str, offset: int) -> tuple[int, int]:
    """(row, column) of a character offset, as TextArea counts them."""
    row = text.count("\n", 0, offset)
    return row, offset - (text.rfind("\n", 0, offset) + 1)


class SourceScreen(ModalScreen[None]):
    BINDINGS = [
        Binding("escape,q,o", "close", "Close", tooltip="Back to the review", id="source-close")
    ]

    def __init__(self, source: SourceText) -> None:
        super().__init__()
        self.source = source

    def compose(self) -> ComposeResult:
        # Length-preserving: the quote's offsets still point at the quote.
        text = visible_lines(self.source.text) or "(this source has no stored text)"
        with Vertical(id="source", classes="modal") as box:
            box.border_title = f"Source #{self.source.source_id}"
            box.border_subtitle = "Esc to close"
            heading = Text()
            heading.append(one_line(self.source.outlet) or "unknown outlet", style="bold")
            heading.append(" · ")
            heading.append(one_line(self.source.title) or "untitled", style="italic")
            yield Static(heading, id="source-heading")
            yield TextArea(text, read_only=True, soft_wrap=True, id="source-text")

    def on_mount(self) -> None:
        area = self.query_one(TextArea)
        area.focus()
        if self.source.start is not None and self.source.end is not None:
            text = area.text
            area.selection = Selection(
                location(text, self.source.start), location(text, self.source.end)
            )
            self.call_after_refresh(area.scroll_cursor_visible, center=True)

    def action_close(self) -> None:
        self.dismiss(None)
