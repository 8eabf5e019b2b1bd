"""Cross-source matching measured on the labelled evaluation set (tests/eval/).

All evaluation articles go into a fresh database through the real pipeline. Each label is
placed on the appearance whose passage covers its anchor. Two labels of the same `group`
in different articles should end up related: one claim with both appearances, or claims
joined by a `similar`/`same_as` link. Every relation the matcher made between two
labelled passages of different groups is a false positive. `contradicts` labels should
end up joined by a `contradicts` link.

    python -m tests.ingest.matching_eval         # prints the figures (tuning set)
    python -m tests.ingest.matching_eval fresh   # the blind set in tests/eval/fresh/
"""

from __future__ import annotations

import itertools
import json
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from claims.db import Database, open_database
from claims.ingest import readers
from claims.ingest.pipeline import Pipeline
from claims.ingest.store import Outcome
from claims.models import Appearance, ClaimLink

EVAL = Path(__file__).resolve().parents[1] / "eval"
SIMILAR = ("similar", "same_as")


@dataclass(frozen=True)
class Figures:
    positives: int  # label pairs that should be related
    found: int  # ... that are
    related: int  # relations between labelled passages the matcher made
    correct: int  # ... that join passages of the same group
    contradictions_expected: int
    contradictions_found: int
    contradiction_links: int  # contradicts links between labelled passages
    contradiction_links_correct: int

    @property
    def recall(self) -> float:
        return self.found / self.positives if self.positives else 1.0

    @property
    def precision(self) -> float:
        return self.correct / self.related if self.related else 1.0

    @property
    def contradiction_recall(self) -> float:
        expected = self.contradictions_expected
        return self.contradictions_found / expected if expected else 1.0

    @property
    def contradiction_precision(self) -> float:
        links = self.contradiction_links
        return self.contradiction_links_correct / links if links else 1.0

    def __str__(self) -> str:
        return (
            f"cross-source matching: precision {self.precision:.2f} "
            f"({self.correct}/{self.related}), recall {self.recall:.2f} "
            f"({self.found}/{self.positives}); contradictions: precision "
            f"{self.contradiction_precision:.2f} "
            f"({self.contradiction_links_correct}/{self.contradiction_links}), recall "
            f"{self.contradiction_recall:.2f} "
            f"({self.contradictions_found}/{self.contradictions_expected})"
        )


def labels(directory: Path = EVAL) -> list[dict[str, object]]:
    lines = (directory / "expected.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def ingest_eval_articles(database: Database, directory: Path = EVAL) -> dict[str, int]:
    """Ingest every evaluation article in name order; return source id by file name."""
    paths = sorted(str(p) for p in (directory / "articles").glob("*.txt"))
    sources: dict[str, int] = {}
    with Pipeline(database, actor="eval") as pipeline:
        for result in pipeline.results(readers.read_all(paths)):
            assert isinstance(result, Outcome) and result.source_id, result
            sources[Path(result.origin).name] = result.source_id
    return sources


def _fit(
    appearance: Appearance, start: int, end: int, value: object = None
) -> tuple[bool, int, int]:
    """How well a passage fits a label: its claim's figure having the label's value first
    ("4.5% over two years" is the 4.5%, not the two years), then its figure or date on the
    anchor (one sentence can hold several claims), then the overlap of the passage itself."""
    text, claim = appearance.source.text, appearance.claim
    same_value = isinstance(value, (int, float)) and claim.quantity_value == float(value)
    best = 0
    for words in (claim.quantity_text, claim.date_text):
        if not words:
            continue
        at = text.find(words, max(0, (appearance.start_offset or 0) - 1))
        if at >= 0:
            best = max(best, min(end, at + len(words)) - max(start, at))
    span = min(end, appearance.end_offset or 0) - max(start, appearance.start_offset or 0)
    return same_value, best, span


def measure(database: Database, sources: dict[str, int], directory: Path = EVAL) -> Figures:
    rows = labels(directory)
    with database.Session() as session:
        appearances = session.scalars(
            select(Appearance).options(
                selectinload(Appearance.source), selectinload(Appearance.claim)
            )
        ).all()
        texts = {a.source_id: a.source.text for a in appearances}
        links = session.scalars(select(ClaimLink)).all()
    by_source: dict[int, list[Appearance]] = {}
    for a in appearances:
        by_source.setdefault(a.source_id, []).append(a)

    def group(row: dict[str, object]) -> str:
        return str(row.get("group") or f"{row['article']}:{row['anchor']}")

    # Which appearance (passage) each label landed on.
    placed: dict[int, Appearance] = {}
    for index, row in enumerate(rows):
        source_id = sources[str(row["article"])]
        start = texts.get(source_id, "").find(str(row["anchor"]))
        if start < 0:
            continue
        end = start + len(str(row["anchor"]))
        covering = [
            a
            for a in by_source.get(source_id, [])
            if a.start_offset is not None
            and a.end_offset is not None
            and a.start_offset < end
            and start < a.end_offset
        ]
        if covering:
            value = row.get("value")
            placed[index] = max(covering, key=lambda a: _fit(a, start, end, value))

    related_claims: set[frozenset[int]] = set()
    contradicting: set[frozenset[int]] = set()
    for link in links:
        pair = frozenset((link.claim_id, link.other_id))
        if link.relation in SIMILAR:
            related_claims.add(pair)
        elif link.relation == "contradicts":
            contradicting.add(pair)

    def related(a: Appearance, b: Appearance) -> bool:
        return a.claim_id == b.claim_id or frozenset((a.claim_id, b.claim_id)) in related_claims

    # Recall: label pairs of one group in different articles.
    positives = found = 0
    for i, j in itertools.combinations(range(len(rows)), 2):
        if rows[i]["article"] == rows[j]["article"] or group(rows[i]) != group(rows[j]):
            continue
        positives += 1
        if i in placed and j in placed and related(placed[i], placed[j]):
            found += 1

    # Precision: every relation between labelled passages of different sources.
    groups_of: dict[int, set[str]] = {}
    contradicts_of: dict[int, set[str]] = {}
    for index, appearance in placed.items():
        groups_of.setdefault(appearance.id, set()).add(group(rows[index]))
        if rows[index].get("contradicts"):
            contradicts_of.setdefault(appearance.id, set()).add(str(rows[index]["contradicts"]))
    labelled = [a for a in appearances if a.id in groups_of]
    related_pairs = correct = 0
    contradiction_links = contradiction_links_correct = 0
    for a, b in itertools.combinations(labelled, 2):
        if a.source_id == b.source_id:
            continue
        if related(a, b):
            related_pairs += 1
            correct += bool(groups_of[a.id] & groups_of[b.id])
        if frozenset((a.claim_id, b.claim_id)) in contradicting:
            contradiction_links += 1
            contradiction_links_correct += bool(
                contradicts_of.get(a.id, set()) & groups_of[b.id]
                or contradicts_of.get(b.id, set()) & groups_of[a.id]
            )

    expected = hits = 0
    for i, row in enumerate(rows):
        target = row.get("contradicts")
        if not target:
            continue
        for j, other in enumerate(rows):
            # The claims it conflicts with: its group's labels, not itself nor those on its
            # own side (naming the same group as conflicting, with the same figure), which
            # the writers of the later sets put in the group they conflict with.
            same_side = other.get("contradicts") == target and other.get("value") == row.get(
                "value"
            )
            if group(other) != target or j == i or same_side:
                continue
            expected += 1
            if i in placed and j in placed:
                pair = frozenset((placed[i].claim_id, placed[j].claim_id))
                hits += pair in contradicting
    return Figures(
        positives,
        found,
        related_pairs,
        correct,
        expected,
        hits,
        contradiction_links,
        contradiction_links_correct,
    )


def main(directory: Path = EVAL) -> None:
    with tempfile.TemporaryDirectory() as folder:
        database = open_database(str(Path(folder) / "eval.db"))
        sources = ingest_eval_articles(database, directory)
        print(measure(database, sources, directory))
        database.engine.dispose()


if __name__ == "__main__":
    import sys

    main(EVAL / sys.argv[1] if len(sys.argv) > 1 else EVAL)
