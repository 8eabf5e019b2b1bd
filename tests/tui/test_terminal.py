"""End to end: `claims review` in a real terminal (tmux), keys pressed, the database checked.

This is the path a fact-checker takes: a real pty, the real command line, the real
keyboard decoding. Skipped only when tmux is missing (`.ci/run` installs it).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from claims.db import open_database
from tests.tui.seed import Seeded, seed

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")


class Terminal:
    """A detached tmux session on a private server, 160×45."""

    def __init__(self, command: str, env: dict[str, str]) -> None:
        self.socket = f"claims-test-{uuid.uuid4().hex[:8]}"
        exports = " ".join(f"{key}={value}" for key, value in env.items())
        script = f"env {exports} {command}; echo __exit__ $?; sleep 30"
        self._tmux("new-session", "-d", "-x", "160", "-y", "45", "-s", "review", script)

    def _tmux(self, *args: str) -> str:
        result = subprocess.run(
            ["tmux", "-L", self.socket, *args], capture_output=True, text=True, check=True
        )
        return result.stdout

    def screen(self) -> str:
        return self._tmux("capture-pane", "-p", "-t", "review")

    def press(self, *keys: str) -> None:
        for key in keys:
            self._tmux("send-keys", "-t", "review", key)
            time.sleep(0.15)  # one key at a time, as a person types

    def wait_for(self, *texts: str, timeout: float = 20) -> str:
        """The screen once every one of `texts` is on it: a busy machine draws the header
        before the table, so waiting for one text says nothing of the others."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            screen = self.screen()
            if all(text in screen for text in texts):
                return screen
            time.sleep(0.1)
        raise AssertionError(f"{texts!r} never all appeared on screen:\n{self.screen()}")

    def close(self) -> None:
        subprocess.run(["tmux", "-L", self.socket, "kill-server"], capture_output=True)


@pytest.fixture
def db_path(tmp_path: Path) -> tuple[Path, Seeded]:
    path = tmp_path / "review.db"
    database = open_database(str(path))
    seeded = seed(database)
    database.engine.dispose()
    return path, seeded


@pytest.fixture
def terminal(db_path: tuple[Path, Seeded]) -> Iterator[Terminal]:
    env = {
        "CLAIMS_DB": str(db_path[0]),
        "CLAIMS_REVIEWER": "tmux-tester",
        "TERM": "xterm-256color",
        "PATH": os.environ.get("PATH", ""),
    }
    term = Terminal(f"{sys.executable} -m claims review", env)
    yield term
    term.close()


def _show(path: Path, claim_id: int) -> dict[str, object]:
    result = subprocess.run(
        [sys.executable, "-m", "claims", "--db", str(path), "show", str(claim_id), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def test_review_in_a_real_terminal(terminal: Terminal, db_path: tuple[Path, Seeded]) -> None:
    path, ids = db_path
    # The data, and a label written as markup shown as written, not read as markup.
    terminal.wait_for("4 left", "Ukrainian forces occupy", "[bold]all[/b")
    terminal.press("t")  # true: saved, on to the next claim
    terminal.wait_for("3 left")
    terminal.press("F")  # mostly false (a shifted key through the real terminal)
    terminal.wait_for("2 left")
    terminal.press("z")  # undo my last change
    terminal.wait_for("3 left")
    terminal.press("j", "j", "d")  # the hostile claim: done
    terminal.wait_for("2 left")
    terminal.press("q")
    terminal.wait_for("__exit__ 0")

    kursk, dispute, hostile = (_show(path, i) for i in (ids.kursk, ids.dispute, ids.hostile))
    assert kursk["verdict"] == "true"
    assert dispute["verdict"] == "unverified"
    assert hostile["state"] == "done"
    changes = [
        (event["actor"], event["field"], event["from"], event["to"])
        for event in dispute["history"]  # type: ignore[attr-defined]
        if event["actor"] == "tmux-tester"
    ]
    assert changes == [
        ("tmux-tester", "verdict", "unverified", "mostly_false"),
        ("tmux-tester", "verdict", "mostly_false", "unverified"),
    ]
