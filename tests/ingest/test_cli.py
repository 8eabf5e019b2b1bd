"""`claims ingest` and `claims demo` as a fact-checker runs them (real extractor)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.conftest import Invoke
from tests.ingest.conftest import Route, Web, html_page

EVAL = Path(__file__).resolve().parents[1] / "eval" / "articles"
KURSK = ("01-kursk-incursion.txt", "02-kursk-tabloid.txt", "03-kursk-feature.txt")


def _copy(tmp_path: Path, *names: str) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir(exist_ok=True)
    for name in names:
        shutil.copy(EVAL / name, folder / name)
    return folder


def _summary(stdout: str) -> dict[str, int]:
    """The summary table as {label: count}."""
    rows = {}
    for line in stdout.splitlines():
        cells = [c.strip() for c in line.strip("│|").split("│") if c.strip()]
        if len(cells) == 2 and cells[1].isdigit():
            rows[cells[0]] = int(cells[1])
    return rows


def test_ingest_a_folder_then_again(cli: Invoke, tmp_path: Path) -> None:
    folder = _copy(tmp_path, *KURSK)
    result = cli("ingest", str(folder))
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    summary = _summary(result.stdout)
    assert summary["Articles stored"] == 3
    assert summary["New claims"] > 30
    assert summary["Duplicates skipped"] == 0 and summary["Failures"] == 0
    # The same figure reported by three outlets is one claim, or suggested as similar.
    assert summary["Claims matched to existing ones"] + summary["Similar links suggested"] >= 2

    sources = json.loads(cli("sources", "--json").stdout)
    assert [s["outlet"] for s in sources] == [
        "Meridian Wire",
        "The Daily Clarion",
        "The Northern Ledger",
    ]
    assert [s["published"] for s in sources] == ["2024-08-13", "2024-08-14", "2024-08-20"]

    again = cli("ingest", str(folder))
    assert again.exit_code == 0
    assert _summary(again.stdout)["Duplicates skipped"] == 3
    assert _summary(again.stdout)["Articles stored"] == 0


def test_ingest_json_summary_and_overrides(cli: Invoke, tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text(
        "Inflation fell to 2.2 percent in August, the statistics office said on Tuesday.\n"
    )
    result = cli(
        "ingest",
        str(path),
        "--json",
        "--outlet",
        "Example Business",
        "--title",
        "Prices",
        "--url",
        "https://example.org/cpi",
        "--published",
        "2024-09-10",
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert (report["articles"], report["new_claims"], report["failures"]) == (1, 1, 0)
    assert report["sources"][0]["status"] == "new"
    assert report["errors"] == []
    [source] = json.loads(cli("sources", "--json").stdout)
    assert (source["outlet"], source["title"], source["url"], source["published"]) == (
        "Example Business",
        "Prices",
        "https://example.org/cpi",
        "2024-09-10",
    )
    shown = json.loads(cli("show", "1", "--json").stdout)
    assert shown["quantity"]["value"] == 2.2 and shown["quantity"]["unit"] == "percent"
    assert shown["appearances"][0]["quote"].startswith("Inflation fell to 2.2 percent")
    assert shown["history"][0]["note"] == f"ingested from source #{source['id']}"


def test_url_override_needs_a_single_input(cli: Invoke, tmp_path: Path) -> None:
    folder = _copy(tmp_path, *KURSK[:2])
    result = cli("ingest", str(folder), "--url", "https://example.org/x")
    assert result.exit_code == 1
    assert result.stderr == "Error: --url names one article: give one input with it\n"


def test_stdin(cli: Invoke) -> None:
    text = "title: From a pipe\n\nThe mayor said on Monday that 1,200 homes had been flooded.\n"
    result = cli("ingest", "-", "--json", input=text)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["sources"][0]["input"] == "stdin"
    assert json.loads(cli("sources", "--json").stdout)[0]["title"] == "From a pipe"


def test_bad_input_one_line_each_and_the_rest_ingested(
    cli: Invoke, tmp_path: Path, web: Web, closed_port_url: str
) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Officials said 1,200 people were evacuated from Harwick on Monday.\n")
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    binary = tmp_path / "photo.txt"
    binary.write_bytes(bytes(range(256)) * 40)
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes(
        "The mayor of Malmö said 300 homes were flooded on Sunday.".encode("latin-1")
    )
    huge = tmp_path / "huge.txt"
    with open(huge, "wb") as fp:
        fp.truncate(50 * 1024 * 1024)
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        json.dumps({"text": "Exports fell 3 percent in May, the customs office said."})
        + "\n{not json\n"
    )
    nothing = web.add("/index.html", Route(b"<html><body><nav>Home</nav></body></html>"))
    page = web.add(
        "/story", Route(html_page("Storm", "The storm left 40,000 homes without power."))
    )

    result = cli(
        "ingest",
        str(good),
        str(empty),
        str(binary),
        str(latin1),
        str(huge),
        str(feed),
        nothing,
        closed_port_url,
        page,
    )
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"Error: {empty}: no article text: the input is empty",
        f"Error: {binary}: binary file, not text",
        f"Warning: {latin1}: not valid UTF-8 (first bad byte at offset 17); 1 undecodable "
        "byte sequence replaced with �",
        f"Error: {huge}: too large: 50.0 MB, over the 10 MB limit for one article",
        f"Error: {feed}:2: not valid JSON: Expecting property name enclosed in double quotes "
        "(column 2)",
        f"Error: {nothing}: no article text found in the page",
        f"Error: {closed_port_url}: cannot connect: Connection refused",
    ]
    summary = _summary(result.stdout)
    assert (summary["Articles stored"], summary["Failures"]) == (4, 6)
    outlets = {s["url"] for s in json.loads(cli("sources", "--json").stdout)}
    assert page in outlets


def test_a_changed_article_at_the_same_url_is_a_revision(cli: Invoke, tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    header = "url: https://example.org/storm\ndate: 2024-09-16\n\n"
    first = (
        "At least 40 people have been killed in floods caused by Storm Ilse, the interior "
        "ministry said on Monday.\n\n"
        "Nearly 18,000 people have been evacuated from their homes, officials said.\n"
    )
    path.write_text(header + first)
    assert cli("ingest", str(path)).exit_code == 0
    path.write_text(
        header
        + "UPDATE 2: "
        + first.replace("At least 40", "At least 46").replace("Monday", "Tuesday")
    )
    result = cli("ingest", str(path), "--json")
    assert result.exit_code == 0, result.output
    [source] = json.loads(result.stdout)["sources"]
    assert (source["status"], source["replaces"]) == ("revision", 1)
    assert source["reanchored"] >= 1  # the evacuation figure, found again
    assert source["orphaned"] >= 1  # the death toll changed: the old passage is flagged
    both = json.loads(cli("sources", "--json").stdout)
    assert [s["url"] for s in both] == ["https://example.org/storm"] * 2


def test_unrelated_claims_on_one_topic_are_not_linked(cli: Invoke, tmp_path: Path) -> None:
    one = tmp_path / "one.txt"
    one.write_text(
        "Some 120,000 people have been evacuated from border districts of the Kursk region, "
        "according to the regional administration.\n"
    )
    two = tmp_path / "two.txt"
    two.write_text(
        "President Vladimir Putin called the attack on the Kursk region a large-scale "
        "provocation on Wednesday.\n\nUkrainian troops have taken more than 100 Russian soldiers "
        "prisoner in the Kursk region, a spokesman for Ukraine's general staff said.\n"
    )
    report = json.loads(cli("ingest", str(one), str(two), "--json").stdout)
    assert (report["matched"], report["similar"], report["contradictions"]) == (0, 0, 0)


@pytest.mark.slow
def test_jobs_spread_extraction_and_give_the_same_result(cli: Invoke, tmp_path: Path) -> None:
    folder = _copy(tmp_path, *KURSK)
    result = cli("ingest", str(folder), "--jobs", "2", "--json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["articles"] == 3
    single = json.loads(
        cli("--db", str(tmp_path / "single.db"), "ingest", str(folder), "--json").stdout
    )
    for key in ("new_claims", "matched", "similar", "contradictions"):
        assert report[key] == single[key], key


def test_demo_without_review(cli: Invoke, tmp_path: Path) -> None:
    examples = Path(__file__).resolve().parents[2] / "claims" / "examples"
    expected = len(list(examples.glob("*.txt"))) + sum(
        1 for line in (examples / "wire.jsonl").read_text().splitlines() if line.strip()
    )
    db = tmp_path / "demo.db"
    result = cli("demo", "--db", str(db), "--no-review")
    assert result.exit_code == 0, result.output
    summary = _summary(result.stdout)
    assert (summary["Articles stored"], summary["Failures"]) == (expected, 0)
    assert f"Demo database: SQLite {db}" in result.stdout
    assert len(json.loads(cli("--db", str(db), "sources", "--json").stdout)) == expected
    # Three outlets report the tram's cost: the claims are tied together, not left apart.
    assert summary["Claims matched to existing ones"] + summary["Similar links suggested"] > 0


def test_article_text_and_names_are_never_read_as_markup(cli: Invoke, tmp_path: Path) -> None:
    odd = tmp_path / "[red]empty.txt"
    odd.write_text("")
    story = tmp_path / "story.txt"
    story.write_text("title: [bold]Rates[/bold]\n\nThe bank said [b]rates rose 2 percent[/b].\n")
    result = cli("ingest", str(odd), str(story))
    assert result.stderr == f"Error: {odd}: no article text: the input is empty\n"
    listed = cli("list").stdout
    assert "[b]rates rose 2 percent[/b]" in listed


# Two stories written from one template: the templated sentences with a figure match across
# them, but nothing they name is shared, so a rival count in one is not read as the other's.
_TEMPLATED = (
    "Grain exports reached 41,250 tonnes in March, {who} said on Monday.\n\n"
    "According to the {place} statistics office, unemployment rose to 17.3 percent in "
    "{place}.\n\n"
)


def test_articles_of_a_template_are_not_one_story_without_shared_names(
    cli: Invoke, tmp_path: Path
) -> None:
    harwick = tmp_path / "1-harwick.txt"
    harwick.write_text(
        _TEMPLATED.format(who="Maria Delgado", place="Harwick")
        + "The new plant will create 3,000 jobs, the company said.\n"
    )
    tosca = tmp_path / "2-tosca.txt"
    tosca.write_text(
        _TEMPLATED.format(who="Ivan Petrov", place="Tosca")
        + "The new factory will bring 2,500 jobs, the firm said.\n"
    )
    report = json.loads(cli("ingest", str(harwick), str(tosca), "--json").stdout)
    assert report["matched"] >= 2  # the templated sentences
    assert report["contradictions"] == 0
    # Another telling of the Harwick story, naming what it names: a rival count.
    retold = tmp_path / "3-harwick-again.txt"
    retold.write_text(
        _TEMPLATED.format(who="Maria Delgado", place="Harwick")
        + "Only 2,400 jobs are expected at the site, a union official said.\n"
    )
    report = json.loads(cli("ingest", str(retold), "--json").stdout)
    assert report["contradictions"] >= 1


# One mine collapse told by a wire and a tabloid: no sentence of one matches one of the
# other, but both name the mine, the country, the company and the union leader.
_MINE_WIRE = (
    "date: 2025-11-18\n\n"
    "Rescue teams at the Cerro Blanco copper mine in Peru recovered two more bodies on "
    "Tuesday{trapped}, officials said.\n\n"
    "Minera Andina Sur, which runs Cerro Blanco, said about 420 workers had been brought "
    "to the surface. Union leader Edwin Quispe called a strike.\n"
)
_MINE_TABLOID = (
    "date: 2025-11-18\n\n"
    "The Cerro Blanco disaster in Peru has shocked the country.\n\n"
    "{line}\n\n"
    "Furious union boss Edwin Quispe slammed Minera Andina Sur.\n"
)


def _ingest_the_mine_story(
    cli: Invoke, tmp_path: Path, line: str, trapped: str = ""
) -> dict[str, int]:
    """Ingest the wire, then the tabloid with `line`; the tabloid's summary."""
    wire = tmp_path / "1-wire.txt"
    wire.write_text(_MINE_WIRE.format(trapped=trapped))
    tabloid = tmp_path / "2-tabloid.txt"
    tabloid.write_text(_MINE_TABLOID.format(line=line))
    cli("ingest", str(wire))
    report: dict[str, int] = json.loads(cli("ingest", str(tabloid), "--json").stdout)
    return report


def test_two_tellings_that_match_no_sentence_are_one_story_by_their_names(
    cli: Invoke, tmp_path: Path
) -> None:
    report = _ingest_the_mine_story(cli, tmp_path, "Bosses pulled 380 workers out of the pit.")
    # One story, so 380 workers rivals about 420.
    assert report["contradictions"] == 1


def test_names_every_story_gives_tie_no_two_articles_together(
    cli: Invoke, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from claims.ingest import stories

    monkeypatch.setattr(stories, "COMMON_NAME", 1)  # every name already stored is common
    report = _ingest_the_mine_story(cli, tmp_path, "Bosses pulled 380 workers out of the pit.")
    assert report["contradictions"] == 0


def test_one_story_s_count_in_other_words_is_suggested_as_the_same_claim(
    cli: Invoke, tmp_path: Path
) -> None:
    _ingest_the_mine_story(
        cli,
        tmp_path,
        "BRAVE rescuers are clawing through rubble to reach nine miners trapped below ground.",
        trapped=", as hopes faded for nine workers still trapped below ground",
    )
    shown = cli("show", "6").stdout  # nine miners, linked to nine workers (#2)
    assert "nine miners" in shown and "similar" in shown and "#2" in shown
