"""`e`: attach evidence, a URL or a note that supports, refutes or gives context."""

from __future__ import annotations

from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, RadioButton, RadioSet, Static

from claims.models import STANCES


@dataclass(frozen=True)
class EvidenceDraft:
    url: str | None
    note: str | None
    stance: str


class EvidenceModal(ModalScreen[EvidenceDraft | None]):
    BINDINGS = [
        Binding("escape", "cancel", "Cancel", tooltip="Close without saving", id="evidence-cancel"),
        Binding("ctrl+s", "save", "Save", tooltip="Save the evidence", id="evidence-save"),
    ]

    def __init__(self, claim_id: int) -> None:
        super().__init__()
        self.claim_id = claim_id

    def compose(self) -> ComposeResult:
        with Vertical(id="evidence", classes="modal") as box:
            box.border_title = f"Evidence for claim #{self.claim_id}"
            box.border_subtitle = "Ctrl+S or Enter to save · Esc to cancel"
            yield Label("URL")
            yield Input(placeholder="https://…", id="evidence-url")
            yield Label("Note")
            yield Input(placeholder="What it shows", id="evidence-note")
            yield Label("Stance")
            with RadioSet(id="evidence-stance"):
                for stance in STANCES:
                    yield RadioButton(stance, value=stance == "context", id=f"stance-{stance}")
            yield Static(id="evidence-error", classes="error")
            with Horizontal(classes="buttons"):
                yield Button("Save", variant="primary", id="evidence-save-button")
                yield Button("Cancel", id="evidence-cancel-button")

    def draft(self) -> EvidenceDraft | str:
        """The evidence typed so far, or why it cannot be saved."""
        url = self.query_one("#evidence-url", Input).value.strip() or None
        note = self.query_one("#evidence-note", Input).value.strip() or None
        pressed = self.query_one(RadioSet).pressed_button
        stance = pressed.id.removeprefix("stance-") if pressed and pressed.id else "context"
        if not (url or note):
            return "Give a URL or a note."
        if url and not url.startswith(("http://", "https://")):
            return "The URL must start with http:// or https://."
        return EvidenceDraft(url, note, stance)

    def action_save(self) -> None:
        draft = self.draft()
        if isinstance(draft, str):
            self.query_one("#evidence-error", Static).update(draft)
            return
        self.dismiss(draft)

    def action_cancel(self) -> None:
        self.dismiss(None)

    @on(Input.Submitted)
    def _submitted(self) -> None:
        self.action_save()

    @on(Button.Pressed, "#evidence-save-button")
    def _save_pressed(self) -> None:
        self.action_save()

    @on(Button.Pressed, "#evidence-cancel-button")
    def _cancel_pressed(self) -> None:
        self.action_cancel()
