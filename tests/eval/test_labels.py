"""Sanity checks for the evaluation labels (pytest, or: python tests/eval/test_labels.py)

Every anchor must occur exactly once in its article's body (the text after the
metadata header), kinds and dates must be well formed, and every `contradicts`
must name a group that exists. Both sets are checked: the tuning set here and the
held-out set in holdout/.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
SETS = (
    HERE,
    HERE / "holdout",
    HERE / "fresh",
    HERE / "fresh2",
    HERE / "sealed",
    HERE / "sealed2",
    HERE / "sealed3",
    HERE / "sealed4",
    HERE / "sealed5",
    HERE / "sealed6",
    HERE / "sealed7",
    HERE / "sealed8",
    HERE / "sealed9",
    HERE / "sealed10",
    HERE / "sealed11",
    HERE / "sealed12",
    HERE / "sealed13",
    HERE / "sealed14",
    HERE / "sealed15",
    HERE / "sealed16",
    HERE / "sealed17",
    HERE / "sealed18",
    HERE / "sealed19",
    HERE / "sealed20",
    HERE / "sealed21",
    HERE / "sealed22",
    HERE / "sealed23",
    HERE / "sealed24",
    HERE / "sealed25",
    HERE / "sealed26",
    HERE / "sealed27",
    HERE / "sealed28",
    HERE / "sealed29",
)

KINDS = {"quantity", "statement", "event", "quote"}
META = re.compile(r"^\s*[A-Za-z][A-Za-z _-]*:\s")


def body_of(text: str) -> str:
    """The article text without its metadata header, as the labels see it."""
    lines = text.splitlines(keepends=True)
    if lines and lines[0].strip() == "---":
        for i in range(1, len(lines)):
            if lines[i].strip() == "---":
                return "".join(lines[i + 1 :]).lstrip("\n")
        return text
    i = 0
    while i < len(lines) and META.match(lines[i]):
        i += 1
    if i and i < len(lines) and not lines[i].strip():
        return "".join(lines[i + 1 :])
    return text


def main(directory: Path = HERE) -> int:
    """Check the labels of the set in ``directory`` (articles/ and expected.jsonl)."""
    errors: list[str] = []
    articles = directory / "articles"
    bodies = {p.name: body_of(p.read_text(encoding="utf-8")) for p in articles.glob("*.txt")}
    lines = (directory / "expected.jsonl").read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines if line.strip()]
    groups = {r["group"] for r in rows if r.get("group")}
    for n, r in enumerate(rows, 1):
        where = f"line {n} ({r.get('article')}: {r.get('anchor')!r})"
        body = bodies.get(r.get("article", ""))
        if body is None:
            errors.append(f"{where}: no such article")
            continue
        count = body.count(r["anchor"])
        if count != 1:
            errors.append(f"{where}: anchor occurs {count} times")
        if r["kind"] not in KINDS:
            errors.append(f"{where}: bad kind {r['kind']!r}")
        if r["kind"] == "quantity":
            if not isinstance(r.get("value"), (int, float)) or not r.get("unit"):
                errors.append(f"{where}: quantity needs value and unit")
            if not isinstance(r.get("approximate"), bool):
                errors.append(f"{where}: quantity needs approximate true/false")
        if r.get("date") is not None:
            try:
                date.fromisoformat(r["date"])
            except ValueError:
                errors.append(f"{where}: bad date {r['date']!r}")
        if r.get("contradicts") and r["contradicts"] not in groups:
            errors.append(f"{where}: contradicts unknown group {r['contradicts']!r}")
        if r.get("via") and not r.get("speaker"):
            errors.append(f"{where}: via without speaker")
    second = directory / "second_speakers.jsonl"  # a second annotator's speakers
    if second.exists():
        theirs = [json.loads(line) for line in second.read_text("utf-8").splitlines() if line]
        if [(r["article"], r["anchor"]) for r in theirs] != [
            (r["article"], r["anchor"]) for r in rows
        ]:
            errors.append(f"{second.name} does not follow expected.jsonl line for line")
    missing = sorted(set(bodies) - {r["article"] for r in rows})
    if missing:
        errors.append(f"articles without labels: {missing}")
    for e in errors:
        print(e)
    kinds = Counter(r["kind"] for r in rows)
    shared = Counter(r["group"] for r in rows if r.get("group"))
    print(
        f"{directory.name}: {len(bodies)} articles, {len(rows)} labels {dict(kinds)}, "
        f"{sum(1 for c in shared.values() if c > 1)} shared groups, "
        f"{sum(1 for r in rows if r.get('contradicts'))} contradictions"
    )
    return 1 if errors else 0


@pytest.mark.parametrize("directory", SETS, ids=lambda directory: directory.name)
def test_labels_are_consistent(directory: Path) -> None:
    assert main(directory) == 0


if __name__ == "__main__":
    sys.exit(max(main(directory) for directory in SETS))
