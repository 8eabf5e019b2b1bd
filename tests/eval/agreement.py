"""How often two people labelling the same anchors name the same speaker, and how often
the extractor agrees with each (``python tests/eval/agreement.py``).

Some sets carry ``second_speakers.jsonl``: the speaker of every anchor of
``expected.jsonl``, in the same order, decided by a second annotator who read the label
format and conventions, the articles and the anchors, but neither the first writer's
labels nor any code. Agreement uses the extraction test's loose name match
(``same_speaker``), so it is comparable with the speaker figure there.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent / "extract"))

from test_eval_quality import _best, same_speaker  # noqa: E402

from claims.extract import ExtractedClaim, extract_claims  # noqa: E402
from claims.extract.header import parse_article_header, published_date  # noqa: E402


def _lines(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def agreement(directory: Path) -> dict[str, float]:
    """Pairwise speaker agreement over the anchors a claim holds: first and second
    annotator, extractor and first, extractor and second."""
    first = _lines(directory / "expected.jsonl")
    second = _lines(directory / "second_speakers.jsonl")
    if [(a["article"], a["anchor"]) for a in first] != [
        (b["article"], b["anchor"]) for b in second
    ]:
        raise SystemExit(f"{directory.name}: second_speakers.jsonl does not follow expected.jsonl")
    extracted: dict[str, tuple[str, list[ExtractedClaim]]] = {}
    counts = {"people": 0, "extractor_first": 0, "extractor_second": 0}
    held = 0
    for one, two in zip(first, second, strict=True):
        article = str(one["article"])
        if article not in extracted:
            text = (directory / "articles" / article).read_text("utf-8")
            header, body, _ = parse_article_header(text)
            extracted[article] = (body, extract_claims(body, published_date(header, body)))
        body, claims = extracted[article]
        start = body.index(str(one["anchor"]))
        claim = _best(claims, start, start + len(str(one["anchor"])))
        if claim is None:
            continue
        held += 1
        a, b = one.get("speaker"), two.get("speaker")
        a = a if isinstance(a, str) else None
        b = b if isinstance(b, str) else None
        counts["people"] += same_speaker(a, b)
        counts["extractor_first"] += same_speaker(a, claim.claimant)
        counts["extractor_second"] += same_speaker(b, claim.claimant)
    return {key: value / max(1, held) for key, value in counts.items()}


def main() -> None:
    for directory in sorted(HERE.glob("*/second_speakers.jsonl")):
        figures = agreement(directory.parent)
        print(
            f"{directory.parent.name}: two people agree {figures['people']:.3f}, "
            f"extractor and first {figures['extractor_first']:.3f}, "
            f"extractor and second {figures['extractor_second']:.3f}"
        )


if __name__ == "__main__":
    main()
