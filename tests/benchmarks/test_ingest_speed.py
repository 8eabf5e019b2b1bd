"""Ingest speed and memory: 1,000 synthetic articles of ~800 words into a fresh SQLite file.

Run by `make bench` (not by `make test`). Prints, in one run:

- articles per second end to end (read files, extract, match, write) with `jobs=1` and
  `jobs=2`, each into its own fresh database, and with `jobs=1` on as many articles of
  different stories (the main corpus tells each story three times, as wire copy does);
- the time extraction alone takes, and where it goes (cProfile, the extractor's functions
  by own time) when `jobs=1` misses the 50 articles/s target;
- peak memory (ru_maxrss of this process, and of the worker processes);
- the time quantulum3 alone (classifier off) takes on the same texts, and the ratio.

Only the memory bound is asserted, loosely: timings depend on the machine.

    pytest -q -s -p no:xdist tests/benchmarks/test_ingest_speed.py
    BENCH_ARTICLES=200 pytest ...      # a quicker run
"""

from __future__ import annotations

import cProfile
import io
import os
import pstats
import random
import resource
import time
from pathlib import Path

import pytest

from claims.db import open_database
from claims.extract import extract_claims
from claims.extract.header import parse_article_header
from claims.ingest import readers
from claims.ingest.pipeline import Pipeline, Summary

ARTICLES = int(os.environ.get("BENCH_ARTICLES", "1000"))
WORDS = 800
TARGET_PER_SECOND = 50
MEMORY_LIMIT_MB = 500

ROLES = (
    "the interior minister",
    "a spokesman for the regional health agency",
    "the mayor",
    "the chief executive of the port authority",
    "a senior economist at the central bank",
    "the head of the coast guard",
    "the opposition leader",
    "a union representative",
)
BODIES = (
    "statistics office",
    "health agency",
    "research institute",
    "port authority",
    "news agency",
    "farmers' union",
    "chamber of commerce",
    "water company",
)
SUBJECTS = (
    ("unemployment", "percent"),
    ("inflation", "percent"),
    ("asylum applications", "applications"),
    ("average monthly rents", "euros"),
    ("grain exports", "tonnes"),
    ("the hospital waiting list", "patients"),
    ("emissions from heavy industry", "tonnes"),
    ("the area under control", "sq km"),
    ("the number of evacuees", "people"),
    ("new jobs at the plant", "jobs"),
    ("measles cases", "cases"),
)
MOVES = ("rose to", "fell to", "climbed to", "dropped to", "reached", "stood at")
HEDGES = ("", "about ", "more than ", "nearly ", "at least ", "some ", "around ")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
MONTHS = ("January", "March", "May", "June", "August", "October", "December")
FILLER = (
    "Residents said the mood in the town had changed over the past few weeks.",
    "The figures could not be independently verified.",
    "Shops along the main street stayed shut for most of the afternoon.",
    "Several people at the meeting asked for more detail on the timetable.",
    "Local newspapers have followed the story closely since the spring.",
    "The debate is expected to continue when parliament returns next month.",
)
_SYLLABLES = (
    "ka",
    "ro",
    "vel",
    "mar",
    "ten",
    "lis",
    "dor",
    "an",
    "bri",
    "sto",
    "wen",
    "ha",
    "gu",
    "ler",
    "mon",
    "tas",
    "fi",
    "ord",
    "ney",
    "zel",
)


def _name(rng: random.Random, parts: int = 2) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(parts)).capitalize()


def _figure(rng: random.Random, unit: str) -> str:
    if unit == "percent":
        return f"{rng.randint(10, 400) / 10:g} percent"
    if unit == "euros":
        return f"€{rng.randint(300, 2500):,}"
    return f"{rng.randint(12, 150_000):,} {unit}"


def _facts(story: int) -> list[str]:
    """The facts of one story: every outlet covering it draws on the same names and figures."""
    rng = random.Random(f"story-{story}")
    place = _name(rng, 3)
    people = [f"{_name(rng)} {_name(rng, 3)}" for _ in range(3)]
    body = f"the {place} {rng.choice(BODIES)}"
    facts = []
    for subject, unit in rng.sample(SUBJECTS, 9):
        who, role = rng.choice(people), rng.choice(ROLES)
        figure = _figure(rng, unit)
        day = rng.choice(WEEKDAYS)
        facts += [
            f"{subject.capitalize()} {rng.choice(MOVES)} {{hedge}}{figure} in "
            f"{rng.choice(MONTHS)}, {who}, {role}, said on {day}.",
            f"According to {body}, {subject} {rng.choice(MOVES)} {{hedge}}{figure} in {place}.",
            f"“We are looking at {{hedge}}{figure}, and we will not hide from that,” "
            f"{who.split()[1]} told reporters in {place}.",
            f"Critics in {place} dismissed the claim, saying {subject} had not "
            f"{rng.choice(('changed', 'improved', 'fallen'))} in years.",
        ]
    facts += [
        f"{people[0]} said on {rng.choice(WEEKDAYS)} that the plan for {place} would cost "
        f"€{rng.randint(2, 900)} million over {rng.randint(2, 9)} years.",
        f"The river at {place} peaked at {rng.randint(2, 9)}.{rng.randint(0, 9)} metres on "
        f"{rng.randint(1, 28)} {rng.choice(MONTHS)} 2024, the highest level since "
        f"{rng.randint(1950, 2015)}.",
        f"{people[1]} added that talks with {body} would resume "
        f"{rng.choice(('next week', 'on Monday', 'earlier this month', 'in June'))}.",
    ]
    return facts


def synthetic_article(index: int) -> str:
    """One ~800-word article with a metadata header, reproducible from its index.

    Articles come in threes: each story is told by three outlets that draw, in their own
    order and hedges, on one pool of names and figures, so matching has real work to do.
    """
    rng = random.Random(index)
    facts = _facts(index // 3)
    rng.shuffle(facts)
    paragraphs: list[str] = []
    words = 0
    while words < WORDS and facts:
        picked = [facts.pop() for _ in range(min(len(facts), rng.randint(1, 2)))]
        sentences = [f.format(hedge=rng.choice(HEDGES)) for f in picked]
        if rng.random() < 0.5:
            sentences.append(rng.choice(FILLER))
        paragraph = " ".join(sentences)
        paragraphs.append(paragraph)
        words += len(paragraph.split())
    header = (
        f"title: Report {index} on story {index // 3}\n"
        f"outlet: {('Meridian Wire', 'The Northern Ledger', 'The Daily Clarion')[index % 3]}\n"
        f"url: https://bench.example.org/{index}\n"
        f"date: 2024-06-{1 + index % 28:02d}\n\n"
    )
    return header + "\n\n".join(paragraphs) + "\n"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    folder = tmp_path_factory.mktemp("bench-articles")
    paths = []
    for index in range(ARTICLES):
        path = folder / f"{index:04d}.txt"
        path.write_text(synthetic_article(index), encoding="utf-8")
        paths.append(str(path))
    return paths


def _ingest(paths: list[str], db: Path, jobs: int) -> tuple[float, Summary]:
    database = open_database(str(db))
    started = time.perf_counter()
    with Pipeline(database, actor="bench", jobs=jobs) as pipeline:
        summary = pipeline.run(readers.read_all(paths))
    elapsed = time.perf_counter() - started
    database.engine.dispose()
    assert not summary.failures, summary.failures[:3]
    return elapsed, summary


def _mb(kilobytes: int) -> float:
    return kilobytes / 1024  # ru_maxrss is in KiB on Linux


def _profile_extraction(texts: list[str]) -> str:
    profiler = cProfile.Profile()
    profiler.enable()
    for text in texts:
        extract_claims(text)
    profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    stats.sort_stats("tottime").print_stats(r"claims/extract|re\.py|dateparser|pint", 15)
    return out.getvalue()


def _profile_store(paths: list[str], db: Path) -> str:
    """Where storing and matching spend their time: extraction done beforehand."""
    articles = [a for a in readers.read_all(paths) if isinstance(a, readers.Article)]
    extracted = {a.text: extract_claims(a.text, a.published) for a in articles}
    database = open_database(str(db))
    profiler = cProfile.Profile()
    with Pipeline(database, actor="bench", extractor=lambda t, p=None: extracted[t]) as pipe:
        profiler.enable()
        pipe.run(articles)
        profiler.disable()
    database.engine.dispose()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("cumtime").print_stats(r"claims/ingest", 12)
    return out.getvalue()


def test_ingest_speed_and_memory(corpus: list[str], tmp_path: Path) -> None:
    bodies = [parse_article_header(Path(p).read_text(encoding="utf-8"))[1] for p in corpus]
    words = sum(len(b.split()) for b in bodies) / len(bodies)

    one, summary = _ingest(corpus, tmp_path / "jobs1.db", jobs=1)
    two, summary2 = _ingest(corpus, tmp_path / "jobs2.db", jobs=2)
    assert summary.counts()["new_claims"] == summary2.counts()["new_claims"]

    started = time.perf_counter()
    for body in bodies:
        extract_claims(body)
    extraction = time.perf_counter() - started

    from quantulum3 import classifier as quantulum_classifier
    from quantulum3 import parser as quantulum

    quantulum_classifier.USE_CLF = False  # its classifier does not load with current sklearn
    started = time.perf_counter()
    for body in bodies:
        quantulum.parse(body)
    quantulum_time = time.perf_counter() - started

    # The same number of articles, one outlet per story: no sentence told twice, so the
    # extractor's per-sentence caches (wire copy carried by several outlets) do not help.
    distinct_folder = tmp_path / "distinct"
    distinct_folder.mkdir()
    distinct = []
    for n, index in enumerate(range(0, 3 * ARTICLES, 3)):
        path = distinct_folder / f"{n:04d}.txt"
        path.write_text(synthetic_article(index), encoding="utf-8")
        distinct.append(str(path))
    alone, _ = _ingest(distinct, tmp_path / "distinct.db", jobs=1)

    peak = _mb(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
    workers = _mb(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
    counts = summary.counts()
    per_second = ARTICLES / one
    print(
        f"\n{ARTICLES} articles of ~{words:.0f} words, "
        f"{counts['new_claims']} new claims, {counts['matched']} matched, "
        f"{counts['similar']} similar, {counts['contradictions']} contradictions\n"
        f"ingest end to end, jobs=1: {per_second:.1f} articles/s ({one:.1f} s)\n"
        f"ingest end to end, jobs=2: {ARTICLES / two:.1f} articles/s ({two:.1f} s)\n"
        f"ingest end to end, jobs=1, {ARTICLES} different stories (no repeated sentences): "
        f"{ARTICLES / alone:.1f} articles/s\n"
        f"extraction alone: {ARTICLES / extraction:.1f} articles/s ({extraction:.1f} s); "
        f"store + match: {max(one - extraction, 0):.1f} s\n"
        f"quantulum3 alone (classifier off): {ARTICLES / quantulum_time:.1f} articles/s "
        f"({quantulum_time:.1f} s); full ingest is {quantulum_time / one:.1f}x faster than "
        f"quantulum3 alone\n"
        f"peak memory: {peak:.0f} MB (this process), {workers:.0f} MB (largest worker)"
    )
    if per_second < TARGET_PER_SECOND:
        print(f"below the {TARGET_PER_SECOND}/s target; where extraction time goes:")
        print(_profile_extraction(bodies[:100]))
        sample = corpus[:200]
        print(f"and storing + matching ({len(sample)} articles, extracted beforehand):")
        print(_profile_store(sample, tmp_path / "profile.db"))
    assert peak < MEMORY_LIMIT_MB * 1.5, f"peak memory {peak:.0f} MB"
