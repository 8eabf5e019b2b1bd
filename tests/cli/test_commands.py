"""The command line as a fact-checker uses it."""

import json
from pathlib import Path

from tests.conftest import Invoke

CLAIM = "Ukrainian forces occupy around 1,000 sq km of the Kursk region"


def _add(cli: Invoke, *extra: str) -> None:
    result = cli(
        "add",
        CLAIM,
        "--url",
        "https://example.org/a",
        "--outlet",
        "Example",
        "--quote",
        "occupy around 1,000 sq km",
        "--claimant",
        "Oleksandr Syrskyi",
        *extra,
    )
    assert result.exit_code == 0, result.output
    assert result.stdout == "Added claim 1 (source 1).\n"


def test_add_mark_show_json(cli: Invoke) -> None:
    _add(cli)
    result = cli(
        "mark", "1", "true", "--note", "Matches the maps", "--evidence", "https://example.org/maps"
    )
    assert result.exit_code == 0
    assert result.stdout == "Claim 1: true.\n"
    shown = json.loads(cli("show", "1", "--json").stdout)
    assert shown["text"] == CLAIM
    assert shown["verdict"] == "true"
    assert shown["claimant"] == "Oleksandr Syrskyi"
    assert shown["appearances"][0]["source"]["outlet"] == "Example"
    assert shown["appearances"][0]["quote"] == "occupy around 1,000 sq km"
    # The figure is read from the text as ingest would read it.
    assert shown["kind"] == "quantity"
    assert shown["quantity"] == {
        "value": 1000.0,
        "unit": "square_kilometer",
        "normalized_value": 1e9,
        "normalized_unit": "square_meter",
        "approximate": True,
        "text": "around 1,000 sq km",
    }
    assert [(h["field"], h["to"], h["actor"]) for h in shown["history"]] == [
        ("created", CLAIM, "tester"),
        ("verdict", "true", "tester"),
        ("evidence", "https://example.org/maps", "tester"),
    ]
    assert shown["evidence"][0]["url"] == "https://example.org/maps"


def test_a_source_is_reused_by_url(cli: Invoke) -> None:
    _add(cli)
    result = cli("add", "A second claim", "--url", "https://example.org/a")
    assert result.stdout == "Added claim 2 (source 1).\n"
    sources = json.loads(cli("sources", "--json").stdout)
    assert [(s["id"], s["claims"]) for s in sources] == [(1, 2)]


def test_list_table_and_json(cli: Invoke) -> None:
    _add(cli)
    cli("add", "Exports fell 3 percent", "--url", "https://example.org/b", "--outlet", "Other")
    cli("mark", "2", "false")
    table = cli("list").stdout
    assert "2 of 2 claims" in table and "Kursk" in table and "Exports" in table
    falsehoods = json.loads(cli("list", "--verdict", "false", "--json").stdout)
    assert [c["id"] for c in falsehoods] == [2]
    assert json.loads(cli("list", "--outlet", "example", "--json").stdout)[0]["id"] == 1


def test_list_tells_apart_the_figures_of_one_sentence(cli: Invoke, tmp_path: Path) -> None:
    article = tmp_path / "plant.txt"
    article.write_text(
        "title: Plant\n\nThe plant will cost 2 billion euros and create around 900 jobs, "
        "the company said.\n"
    )
    assert cli("ingest", str(article)).exit_code == 0
    lines = [line for line in cli("list").stdout.splitlines() if "The plant will" in line]
    assert len(lines) == 2
    assert sorted(line.split("│")[5].split("·")[0].strip() for line in lines) == [
        "2 billion euros",
        "around 900 jobs",
    ]


def test_stats_by_outlet(cli: Invoke) -> None:
    _add(cli)
    cli("mark", "1", "mostly_true")
    rows = json.loads(cli("stats", "--by", "outlet", "--json").stdout)
    assert rows == [{"outlet": "Example", "claims": 1, "verdicts": {"mostly_true": 1}}]


def test_link_and_search(cli: Invoke) -> None:
    _add(cli)
    cli("add", "Russia says 1,250 sq km were taken", "--url", "https://example.org/c")
    assert cli("link", "1", "2", "--as", "contradicts").exit_code == 0
    shown = json.loads(cli("show", "2", "--json").stdout)
    assert shown["links"] == [
        {"claim_id": 1, "relation": "contradicts", "direction": "from", "score": None}
    ]
    found = json.loads(cli("search", "1,250 russia", "--json").stdout)
    assert [c["id"] for c in found] == [2]


def test_list_the_claims_with_a_kind_of_link(cli: Invoke) -> None:
    _add(cli)
    cli("add", "Russia says 1,250 sq km were taken", "--url", "https://example.org/c")
    cli("add", "Grain exports fell 22 percent", "--url", "https://example.org/d")
    cli("link", "1", "2", "--as", "contradicts")
    flagged = json.loads(cli("list", "--linked", "contradicts", "--json").stdout)
    assert sorted(c["id"] for c in flagged) == [1, 2]
    assert json.loads(cli("list", "--linked", "similar", "--json").stdout) == []
    wrong = cli("list", "--linked", "contradicted")
    assert wrong.exit_code == 1 and "--linked: not a kind of link" in wrong.stderr


def test_article_text_is_never_markup(cli: Invoke) -> None:
    cli("add", "[bold red]Loud[/] claim \x1b[31m", "--url", "https://example.org/m")
    out = cli("list").stdout
    assert "[bold red]Loud[/]" in out


def test_export_jsonl_matches_show(cli: Invoke, tmp_path: Path) -> None:
    _add(cli)
    cli("mark", "1", "true")
    target = tmp_path / "out.jsonl"
    result = cli("export", "--format", "jsonl", "--output", str(target))
    assert result.stdout == f"Wrote 1 claims to {target}.\n"
    lines = target.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1
    assert json.loads(lines[0]) == json.loads(cli("show", "1", "--json").stdout)
    assert cli("export", "--verdict", "false").stdout == ""


def test_config_settings(cli: Invoke) -> None:
    assert cli("config", "set", "org.name", "Example Checks").exit_code == 0
    assert json.loads(cli("config", "get", "org.name").stdout) == "Example Checks"
