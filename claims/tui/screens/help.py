"""`?`: every key of the review app, read from the bindings themselves so it never drifts."""

from __future__ import annotations

from collections.abc import Sequence

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static


class HelpScreen(ModalScreen[None]):
    BINDINGS = [
        Binding(
            "escape,question_mark,q", "close", "Close", tooltip="Close the help", id="help-close"
        )
    ]

    def __init__(self, groups: Sequence[tuple[str, Sequence[Binding]]]) -> None:
        super().__init__()
        self.groups = groups

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help", classes="modal") as box:
            box.border_title = "Keys"
            box.border_subtitle = "Esc or ? to close"
            yield Static(self._table())

    def _table(self) -> Table:
        table = Table.grid(padding=(0, 2))
        table.add_column(no_wrap=True, style="bold cyan", justify="right")
        table.add_column(no_wrap=True)
        table.add_column(style="dim")
        for title, bindings in self.groups:
            table.add_row("", Text(title, style="bold underline"), "")
            for binding in bindings:
                keys = " ".join(
                    self.app.get_key_display(Binding(key, binding.action))
                    for key in binding.key.split(",")
                )
                table.add_row(keys, binding.description, binding.tooltip)
            table.add_row("", "", "")
        return table

    def action_close(self) -> None:
        self.dismiss(None)
