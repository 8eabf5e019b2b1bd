"""`l`: settle the matcher's suggestions: same claim (merge), contradicts, supports, or not."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, OptionList, Static
from textual.widgets.option_list import Option

from claims.tui.dossier import LinkedClaim
from claims.tui.text import one_line

DECISIONS = (
    ("same_as", "Same claim: merge", "m"),
    ("contradicts", "Contradicts", "c"),
    ("supports", "Supports", "p"),
    (None, "Not related", "r"),
)


@dataclass(frozen=True)
class LinkDecision:
    other_id: int
    relation: str | None  # None: the suggestion is rejected


class LinkModal(ModalScreen[LinkDecision | None]):
    BINDINGS = [
        Binding(
            "m",
            "decide('same_as')",
            "Same claim (merge)",
            tooltip="Merge its appearances into this claim",
            id="link-merge",
        ),
        Binding(
            "c",
            "decide('contradicts')",
            "Contradicts",
            tooltip="Record that the claims contradict",
            id="link-contradicts",
        ),
        Binding(
            "p",
            "decide('supports')",
            "Supports",
            tooltip="Record that it supports this claim",
            id="link-supports",
        ),
        Binding(
            "r", "decide('')", "Not related", tooltip="Reject the suggestion", id="link-reject"
        ),
        Binding("escape", "cancel", "Cancel", tooltip="Decide later", id="link-cancel"),
    ]

    def __init__(self, claim_text: str, suggestions: tuple[LinkedClaim, ...]) -> None:
        super().__init__()
        self.claim_text = claim_text
        self.suggestions = suggestions

    def compose(self) -> ComposeResult:
        with Vertical(id="links", classes="modal") as box:
            box.border_title = "Suggested links"
            box.border_subtitle = "m merge · c contradicts · p supports · r not related · Esc"
            yield Static(Text(one_line(self.claim_text, 300), style="bold"))
            yield OptionList(*(self._option(s) for s in self.suggestions), id="links-options")
            with Horizontal(classes="buttons"):
                for relation, label, key in DECISIONS:
                    yield Button(f"{label} ({key})", id=f"link-{relation or 'reject'}-button")

    @staticmethod
    def _option(suggestion: LinkedClaim) -> Option:
        prompt = Text()
        prompt.append(f"{suggestion.score:.3g} " if suggestion.score is not None else "")
        prompt.append(f"#{suggestion.claim_id} ", style="bold")
        prompt.append(one_line(suggestion.text, 200))
        return Option(prompt, id=str(suggestion.claim_id))

    def action_decide(self, relation: str) -> None:
        option = self.query_one(OptionList).highlighted_option
        if option is None or option.id is None:
            return
        self.dismiss(LinkDecision(int(option.id), relation or None))

    def action_cancel(self) -> None:
        self.dismiss(None)

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        relation = (event.button.id or "").removeprefix("link-").removesuffix("-button")
        self.action_decide("" if relation == "reject" else relation)
