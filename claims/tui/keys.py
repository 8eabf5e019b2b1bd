"""Every key of the review app, declared once: the screen binds them, `?` lists them."""

from __future__ import annotations

from collections.abc import Sequence

from textual.binding import Binding


def _verdict(key: str, verdict: str, label: str, show: bool = False) -> Binding:
    return Binding(
        key,
        f"verdict('{verdict}')",
        label,
        show=show,
        tooltip=f"Verdict {verdict}, then the next claim",
        id=f"verdict-{verdict.replace('_', '-')}",
    )


VERDICT_KEYS = [
    _verdict("t", "true", "True", show=True),
    _verdict("T", "mostly_true", "Mostly true"),
    _verdict("x", "mixed", "Mixed"),
    _verdict("m", "misleading", "Misleading"),
    _verdict("F", "mostly_false", "Mostly false"),
    _verdict("f", "false", "False", show=True),
    _verdict("u", "unverifiable", "Unverifiable"),
    _verdict("n", "not_checkable", "Not checkable"),
]
REVIEW_KEYS = [
    Binding("e", "add_evidence", "Evidence", tooltip="Attach a URL or note", id="add-evidence"),
    Binding("c", "add_note", "Note", tooltip="Add a note to the history", id="add-note"),
    Binding("a", "assign", "Assign me", show=False, tooltip="Assign the claim to me", id="assign"),
    Binding(
        "s",
        "set_state('needs_second_review')",
        "Second review",
        show=False,
        tooltip="Send to second review, then the next claim",
        id="second-review",
    ),
    Binding("d", "set_state('done')", "Done", tooltip="Mark done, then the next claim", id="done"),
    Binding(
        "l",
        "links",
        "Suggested links",
        show=False,
        tooltip="Confirm or reject; 'same claim' merges the two",
        id="links",
    ),
    Binding("z", "undo", "Undo", tooltip="Undo my last change, as a new history event", id="undo"),
    Binding(
        "o",
        "open_source",
        "Source text",
        show=False,
        tooltip="The whole article, scrolled to the quote",
        id="open-source",
    ),
]
FIND_KEYS = [
    Binding("slash", "search", "Search", tooltip="Claims containing these words", id="search"),
    Binding(
        "f2",
        "filters",
        "Filters",
        tooltip="Verdict, state, outlet, claimant, kind, tag, dates (also Ctrl+P)",
        id="filters",
    ),
    Binding("r", "reload", "Reload", show=False, tooltip="Read the queue again", id="reload"),
    Binding("question_mark", "help", "Keys", tooltip="This list", id="help"),
    Binding("q", "quit", "Quit", tooltip="Every change is already saved", id="quit"),
]
# Movement is bound by the queue and the detail themselves; listed here for the help.
MOVE_KEYS = [
    Binding("j,down", "", "Next claim"),
    Binding("k,up", "", "Previous claim"),
    Binding("g", "", "First claim"),
    Binding("G", "", "Last claim", tooltip="Fetches the last page, not every row"),
    Binding("pageup,pagedown", "", "A screen up / down"),
    Binding("enter,tab", "", "Into the detail", tooltip="j/k scroll it, Esc goes back"),
]

PALETTE = Binding("ctrl+p", "", "Command palette", tooltip="Filters, search, reload: by name")

HELP: Sequence[tuple[str, Sequence[Binding]]] = (
    ("Moving", MOVE_KEYS),
    ("Verdicts: saved at once, then the next claim", VERDICT_KEYS),
    ("Reviewing", REVIEW_KEYS),
    ("Finding", [*FIND_KEYS, PALETTE]),
)
