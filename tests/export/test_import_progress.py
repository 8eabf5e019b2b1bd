"""`claims import` shows how far it has got when stderr is a terminal, and only then."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from rich.console import Console

from claims.db import Database
from claims.export import write_jsonl
from claims.importer import count_lines, import_path
from claims.queries import Filters
from tests.conftest import Invoke
from tests.export.conftest import populate


def _exported(cli: Invoke, tmp_path: Path) -> Path:
    cli("add", "Inflation fell to 2.2 percent", "--url", "https://example.org/cpi")
    cli("add", "Rents rose 9 percent\nin the capital", "--url", "https://example.org/rents")
    path = tmp_path / "claims.csv"
    assert cli("export", "-o", str(path)).exit_code == 0
    return path


def test_a_progress_bar_on_a_terminal(
    cli: Invoke, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from claims.cli import export_cmds  # not at collection: the CLI's consoles read COLUMNS

    path = _exported(cli, tmp_path)
    screen = io.StringIO()
    terminal = Console(file=screen, force_terminal=True, width=100)
    monkeypatch.setattr(export_cmds, "err_console", terminal)
    seen: list[int] = []
    real = export_cmds._bar

    def bar(what: str, total: int, done: object) -> object:
        seen.append(total)
        return real(what, total, done)  # type: ignore[arg-type]

    monkeypatch.setattr(export_cmds, "_bar", bar)
    result = cli("import", str(path), "--dry-run")
    assert result.exit_code == 0
    assert seen == [count_lines(path)]
    assert "Importing claims.csv" in screen.getvalue()


def test_no_progress_bar_otherwise(cli: Invoke, tmp_path: Path) -> None:
    result = cli("import", str(_exported(cli, tmp_path)), "--dry-run")
    assert result.stderr == ""
    assert result.stdout == "Checked 2 claims: no problems (dry run, nothing written).\n"


def test_lines_are_counted_as_an_editor_would(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_bytes(b'{"x": 1}\n{"x": 2}\n')
    (tmp_path / "b.csv").write_bytes(b'id,text\r\n1,"two\nlines"')  # no final line end
    (tmp_path / "empty.json").write_bytes(b"")
    assert count_lines(tmp_path / "a.jsonl") == 2
    assert count_lines(tmp_path) == 5


def test_progress_adds_up_to_the_lines(database: Database, tmp_path: Path) -> None:
    with database.begin() as session:
        populate(session)
        out = io.StringIO()
        write_jsonl(session, Filters(), out)
    path = tmp_path / "claims.jsonl"
    path.write_text(out.getvalue(), encoding="utf-8")
    steps: list[int] = []
    with database.begin() as session:
        import_path(session, path, actor="dana", progress=steps.append)
        session.rollback()
    assert sum(steps) == count_lines(path) == 4
    assert all(step > 0 for step in steps)
