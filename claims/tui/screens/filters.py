"""`F2` (or the command palette): which claims the queue shows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid, Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select, Static

from claims.models import CLAIM_KINDS, STATES
from claims.queries import Filters

NOT_DONE = "not done"


def _date(value: str, label: str) -> dt.date | None:
    if not value.strip():
        return None
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise ValueError(f"{label}: use a date like 2024-08-12") from None


class FilterPanel(ModalScreen[Filters | None]):
    """Returns the new filters, or None when cancelled."""

    BINDINGS = [
        Binding(
            "escape", "cancel", "Cancel", tooltip="Keep the current filters", id="filters-cancel"
        ),
        Binding(
            "ctrl+s",
            "apply",
            "Apply",
            tooltip="Show the queue for these filters",
            id="filters-apply",
        ),
    ]

    def __init__(self, filters: Filters, verdicts: Sequence[str], defaults: Filters) -> None:
        super().__init__()
        self.filters = filters
        self.verdicts = verdicts
        self.defaults = defaults

    def compose(self) -> ComposeResult:
        f = self.filters
        state = NOT_DONE if f.not_state == "done" and not f.state else (f.state or Select.NULL)
        with Vertical(id="filters", classes="modal") as box:
            box.border_title = "Filter the queue"
            box.border_subtitle = "Ctrl+S or Enter to apply · Esc to cancel"
            with Grid(id="filters-grid"):
                yield Label("Verdict")
                yield Select(
                    [(v.replace("_", " "), v) for v in self.verdicts],
                    value=f.verdict or Select.NULL,
                    prompt="any verdict",
                    id="filter-verdict",
                    compact=True,
                )
                yield Label("State")
                yield Select(
                    [(NOT_DONE, NOT_DONE)] + [(s.replace("_", " "), s) for s in STATES],
                    value=state,
                    prompt="any state",
                    id="filter-state",
                    compact=True,
                )
                yield Label("Kind")
                yield Select(
                    [(k, k) for k in CLAIM_KINDS],
                    value=f.kind or Select.NULL,
                    prompt="any kind",
                    id="filter-kind",
                    compact=True,
                )
                for key, label, value, hint in (
                    ("outlet", "Outlet", f.outlet, "exact name, any case"),
                    ("claimant", "Claimant", f.claimant, "part of the name"),
                    ("tag", "Tag", f.tag, "one tag"),
                    ("since", "Published since", f.since and f.since.isoformat(), "YYYY-MM-DD"),
                    ("until", "Published until", f.until and f.until.isoformat(), "YYYY-MM-DD"),
                    ("worth", "Check-worthiness ≥", _worth(f), "0 to 1"),
                    ("search", "Words", f.search, "all of these words"),
                ):
                    yield Label(label)
                    yield Input(value or "", placeholder=hint, id=f"filter-{key}", compact=True)
            yield Static(id="filters-error", classes="error")
            with Horizontal(classes="buttons"):
                yield Button("Apply", variant="primary", id="filters-apply-button")
                yield Button("Defaults", id="filters-defaults-button")
                yield Button("Cancel", id="filters-cancel-button")

    def _value(self, key: str) -> str:
        return self.query_one(f"#filter-{key}", Input).value.strip()

    def _choice(self, key: str) -> str | None:
        value = self.query_one(f"#filter-{key}", Select).value
        return value if isinstance(value, str) else None

    def chosen(self) -> Filters:
        """The filters as set in the panel; ValueError says what is wrong."""
        state = self._choice("state")
        worth = self._value("worth")
        try:
            min_worth = float(worth) if worth else None
        except ValueError:
            raise ValueError("Check-worthiness: a number from 0 to 1") from None
        if min_worth is not None and not 0 <= min_worth <= 1:
            raise ValueError("Check-worthiness: a number from 0 to 1")
        return replace(
            self.filters,
            verdict=self._choice("verdict"),
            state=None if state in (None, NOT_DONE) else state,
            not_state="done" if state == NOT_DONE else None,
            kind=self._choice("kind"),
            outlet=self._value("outlet") or None,
            claimant=self._value("claimant") or None,
            tag=self._value("tag") or None,
            since=_date(self._value("since"), "Published since"),
            until=_date(self._value("until"), "Published until"),
            min_checkworthiness=min_worth,
            search=self._value("search") or None,
        )

    def action_apply(self) -> None:
        try:
            self.dismiss(self.chosen())
        except ValueError as exc:
            self.query_one("#filters-error", Static).update(str(exc))

    def action_cancel(self) -> None:
        self.dismiss(None)

    @on(Input.Submitted)
    @on(Button.Pressed, "#filters-apply-button")
    def _apply(self) -> None:
        self.action_apply()

    @on(Button.Pressed, "#filters-defaults-button")
    def _defaults(self) -> None:
        self.dismiss(self.defaults)

    @on(Button.Pressed, "#filters-cancel-button")
    def _cancel(self) -> None:
        self.action_cancel()


def _worth(filters: Filters) -> str | None:
    value = filters.min_checkworthiness
    return None if value is None else f"{value:g}"
