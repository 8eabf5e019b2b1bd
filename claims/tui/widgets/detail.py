"""The right-hand side: the claim, the passage, elsewhere, evidence and history."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Static

from claims.tui.dossier import Dossier
from claims.tui.widgets.claim_queue import ClaimQueue
from claims.tui.widgets.sections import (
    claim_section,
    elsewhere_section,
    evidence_section,
    history_section,
    passage_section,
)

SECTIONS = (
    ("claim", "Claim", claim_section),
    ("passage", "Passage", passage_section),
    ("elsewhere", "Elsewhere", elsewhere_section),
    ("evidence", "Evidence", evidence_section),
    ("history", "History", history_section),
)


class ClaimDetail(VerticalScroll):
    """Everything about the highlighted claim; focus it (Enter or Tab) to scroll."""

    BINDINGS = [
        Binding("j", "scroll_down", "Scroll down", show=False, id="detail-down"),
        Binding("k", "scroll_up", "Scroll up", show=False, id="detail-up"),
        Binding(
            "escape", "back", "Back to queue", show=False, tooltip="Back to the queue", id="back"
        ),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.dossier: Dossier | None = None

    def compose(self) -> ComposeResult:
        for key, title, _ in SECTIONS:
            section = Static(id=f"section-{key}", classes="section")
            section.border_title = title
            yield section

    def show(self, dossier: Dossier) -> None:
        changed_claim = self.dossier is None or self.dossier.id != dossier.id
        self.dossier = dossier
        for key, title, render in SECTIONS:
            section = self.query_one(f"#section-{key}", Static)
            section.display = True
            section.update(render(dossier))
            section.border_title = title
        claim = self.query_one("#section-claim", Static)
        claim.border_title = f"Claim #{dossier.id}"
        if changed_claim:
            self.scroll_home(animate=False)

    def show_empty(self, message: str) -> None:
        self.dossier = None
        for key, _, _ in SECTIONS:
            section = self.query_one(f"#section-{key}", Static)
            section.display = key == "claim"
        claim = self.query_one("#section-claim", Static)
        claim.border_title = "Claim"
        claim.update(Text(message, style="dim"))

    def action_back(self) -> None:
        self.screen.query_one(ClaimQueue).focus()
