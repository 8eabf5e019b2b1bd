"""`?`: every key of the review app, read from the bindings themselves so it never drifts."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Group
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

    def _table(self) -> Group:
        parts: list[Table | Text] = []
        for title, bindings in self.groups:
            parts.append(Text(title, style="bold underline"))
            table = Table.grid(padding=(0, 2))
            table.add_column(no_wrap=True, style="bold cyan", justify="right", width=12)
            table.add_column(no_wrap=True, width=18)
            table.add_column(style="dim", ratio=1)
            for binding in bindings:
                keys = " ".join(
                    self.app.get_key_display(Binding(key, binding.action))
                    for key in binding.key.split(",")
                )
                table.add_row(keys, binding.description, binding.tooltip)
            parts += [table, Text()]
        return Group(*parts)

    def action_close(self) -> None:
        self.dismiss(None)
