"""Extraction quality on the hand-labelled evaluation sets.

Three sets, scored the same way: the tuning set in tests/eval/ (the rules were written while
reading it, so its figures are optimistic), the held-out set in tests/eval/holdout/ (never
read while changing the rules) and the fresh set in tests/eval/fresh/ (written blind by
someone who had read neither the rules nor the other sets; the most honest figures). Each label is
matched to the extracted claim whose sentence span contains its anchor (when a sentence
yields one claim per figure, the claim whose figure overlaps the anchor). The figures are
printed (``pytest -s``, or ``python tests/extract/test_eval_quality.py [holdout|fresh]``) and
kept in claims/extract/README.md.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from claims.extract import ExtractedClaim, extract_claims
from claims.extract.header import parse_article_header, published_date

EVAL = Path(__file__).resolve().parents[1] / "eval"
SETS = {
    "tuning": EVAL,
    "holdout": EVAL / "holdout",
    "fresh": EVAL / "fresh",
    "fresh2": EVAL / "fresh2",
    "sealed": EVAL / "sealed",
    "sealed2": EVAL / "sealed2",
    "sealed3": EVAL / "sealed3",
    "sealed4": EVAL / "sealed4",
    "sealed5": EVAL / "sealed5",
    "sealed6": EVAL / "sealed6",
    "sealed7": EVAL / "sealed7",
    "sealed8": EVAL / "sealed8",
    "sealed9": EVAL / "sealed9",
    "sealed10": EVAL / "sealed10",
    "sealed11": EVAL / "sealed11",
    "sealed12": EVAL / "sealed12",
    "sealed13": EVAL / "sealed13",
    "sealed14": EVAL / "sealed14",
    "sealed15": EVAL / "sealed15",
    "sealed16": EVAL / "sealed16",
    "sealed17": EVAL / "sealed17",
    "sealed18": EVAL / "sealed18",
    "sealed19": EVAL / "sealed19",
    "sealed20": EVAL / "sealed20",
    "sealed21": EVAL / "sealed21",
    "sealed22": EVAL / "sealed22",
    "sealed23": EVAL / "sealed23",
    "sealed24": EVAL / "sealed24",
    "sealed25": EVAL / "sealed25",
    "sealed26": EVAL / "sealed26",
    "sealed27": EVAL / "sealed27",
    "sealed28": EVAL / "sealed28",
    "sealed29": EVAL / "sealed29",
}

# The tuning floors are the product's targets. The held-out floors sit a little below what
# the extractor measured there, so a change that loses ground on unseen copy fails. The
# fresh set was written blind by someone who had read neither the rules nor the other sets;
# first measured at d9ed7e6 (recall 0.995, precision 0.835, quantity 0.894, speaker 0.779,
# date 0.788). The second blind set, fresh2, was first measured at 1eed186 (recall 0.991,
# precision 0.636, quantity 0.901, speaker 0.689, date 0.811); its author pruned labels, so
# figures left in its text unlabelled count against precision.
FLOORS = {
    "tuning": {"recall": 0.85, "precision": 0.7, "quantity": 0.9, "speaker": 0.85},
    "holdout": {"recall": 0.98, "precision": 0.76, "quantity": 0.96, "speaker": 0.88, "date": 0.85},
    "fresh": {"recall": 0.97, "precision": 0.83, "quantity": 0.94, "speaker": 0.92, "date": 0.82},
    "fresh2": {"recall": 0.98, "precision": 0.62, "quantity": 0.93, "speaker": 0.9, "date": 0.83},
    # Written blind and first measured at 9434c67 (recall 0.996, precision 0.575, quantity
    # 0.852, or 0.880 once "metric_ton" counts as "tonne", speaker 0.817, date 0.803); its
    # misses were read later in session 3 and rules were fixed from them, so it is tuned.
    "sealed": {"recall": 0.97, "precision": 0.57, "quantity": 0.91, "speaker": 0.91, "date": 0.82},
    # Written blind in session 3, measured at 12d80ae (recall 1.000, precision 0.830,
    # quantity 0.894, speaker 0.765, date 0.817) and again at 5dd70cf and cb6d418 (speaker
    # 0.787, quantity 0.900); its misses were read in session 4 (Q&A interviews, bodies
    # behind their spokespeople), so it is tuned now. sealed3 and sealed4 replace it.
    "sealed2": {"recall": 0.98, "precision": 0.8, "quantity": 0.95, "speaker": 0.87, "date": 0.85},
    # Written blind in session 4 and first measured at 81d277b (recall 1.000, precision
    # 0.817, quantity 0.898, speaker 0.810, date 0.798), again at 42d4eed (speaker 0.821).
    # Never read: do not tune against it.
    "sealed3": {"recall": 0.98, "precision": 0.79, "quantity": 0.87, "speaker": 0.8, "date": 0.79},
    # Written blind in session 4 and measured once unread at a6f2482 (recall 0.996, precision
    # 0.761, quantity 0.836, speaker 0.811, date 0.783); then read for misses, so tuned.
    "sealed5": {"recall": 0.98, "precision": 0.76, "quantity": 0.86, "speaker": 0.88, "date": 0.78},
    # Written blind in session 4 and first measured at 42d4eed (recall 1.000, precision
    # 0.648, quantity 0.931, speaker 0.722, date 0.727). Never read: do not tune against it.
    "sealed7": {"recall": 0.98, "precision": 0.65, "quantity": 0.91, "speaker": 0.74, "date": 0.73},
    # Written blind in session 4 and measured unread at 42d4eed (recall 1.000, precision
    # 0.661, quantity 0.890, speaker 0.741, date 0.776); then read for misses, so tuned.
    "sealed8": {"recall": 0.98, "precision": 0.64, "quantity": 0.87, "speaker": 0.82, "date": 0.77},
    # Written blind in session 4 and measured once unread at e091e4f (recall 0.996, precision
    # 0.792, quantity 0.904, speaker 0.753, date 0.774); then read for misses, so tuned.
    "sealed6": {"recall": 0.97, "precision": 0.77, "quantity": 0.91, "speaker": 0.85, "date": 0.79},
    # Written blind in session 5 by a writer who had the label conventions of
    # claims/extract/README.md, first measured at 04e4954 (recall 1.000, precision 0.881,
    # quantity 0.908, speaker 0.769, date 0.792). Never read: do not tune against it.
    "sealed9": {"recall": 0.98, "precision": 0.88, "quantity": 0.88, "speaker": 0.78, "date": 0.78},
    # Written the same way, measured once unread at 04e4954 (recall 0.984, precision 0.791,
    # quantity 0.917, speaker 0.659, date 0.821); then read for misses, so tuned.
    "sealed10": {
        "recall": 0.96,
        "precision": 0.77,
        "quantity": 0.91,
        "speaker": 0.85,
        "date": 0.81,
    },
    # Written blind in session 5 with the conventions known, measured once unread at 2d0d8d1
    # (recall 1.000, precision 0.774, quantity 0.933, speaker 0.754, date 0.810); then read.
    "sealed11": {
        "recall": 0.98,
        "precision": 0.75,
        "quantity": 0.91,
        "speaker": 0.86,
        "date": 0.81,
    },
    # The same (recall 0.952, precision 0.870, quantity 0.920, speaker 0.714, date 0.727).
    "sealed12": {
        "recall": 0.97,
        "precision": 0.84,
        "quantity": 0.91,
        "speaker": 0.8,
        "date": 0.74,
    },
    # Written blind in session 6 (with the label conventions) and measured once unread at
    # 4da12ed (recall 1.000, precision 0.870, quantity 0.905, speaker 0.796, date 0.840).
    # Never read: do not tune against it.
    "sealed13": {
        "recall": 0.98,
        "precision": 0.85,
        "quantity": 0.88,
        "speaker": 0.77,
        "date": 0.82,
    },
    # The same, measured unread at 4da12ed (recall 1.000, precision 0.814, quantity 0.918,
    # speaker 0.788, date 0.864); then read for misses, so tuned.
    "sealed14": {
        "recall": 0.98,
        "precision": 0.79,
        "quantity": 0.89,
        "speaker": 0.86,
        "date": 0.86,
    },
    # Written blind in session 7 and measured once unread at 0dacbde (recall 0.978, precision
    # 0.882, quantity 0.918, speaker 0.693, date 0.845); then read for misses, so tuned.
    "sealed15": {
        "recall": 0.96,
        "precision": 0.86,
        "quantity": 0.91,
        "speaker": 0.81,
        "date": 0.85,
    },
    # Written blind in session 7 and measured unread at 360d54d, the session's start (recall
    # 1.000, precision 0.827, quantity 0.932, speaker 0.667, date 0.846) and at ab1c045
    # (1.000, 0.830, 0.932, 0.677, 0.860). Its extraction misses were never read: do not
    # tune against them (its wrong cross-source links were read once, for matching).
    "sealed16": {
        "recall": 0.98,
        "precision": 0.81,
        "quantity": 0.91,
        "speaker": 0.65,
        "date": 0.84,
    },
    # Written blind in session 8 and measured unread at 47217c2 (recall 0.993, precision
    # 0.843, quantity 0.940, speaker 0.784, date 0.802). Never read: do not tune against it.
    "sealed17": {
        "recall": 0.97,
        "precision": 0.82,
        "quantity": 0.92,
        "speaker": 0.76,
        "date": 0.78,
    },
    # Written blind in session 9 and measured once unread at 075ce2a (sealed18: recall
    # 1.000, precision 0.766, quantity 0.947, speaker 0.801, date 0.881; sealed19: recall
    # 0.997, precision 0.770, quantity 0.897, speaker 0.726, date 0.875); then read for
    # misses in session 9, so tuned.
    "sealed18": {
        "recall": 0.98,
        "precision": 0.75,
        "quantity": 0.93,
        "speaker": 0.83,
        "date": 0.87,
    },
    "sealed19": {
        "recall": 0.97,
        "precision": 0.75,
        "quantity": 0.89,
        "speaker": 0.83,
        "date": 0.86,
    },
    # Written blind in session 9 and measured unread at 075ce2a (recall 1.000, precision
    # 0.787, quantity 0.869, speaker 0.708, date 0.819). Never read: do not tune against it.
    "sealed20": {
        "recall": 0.98,
        "precision": 0.76,
        "quantity": 0.84,
        "speaker": 0.68,
        "date": 0.79,
    },
    # The second three of session 9, measured unread at bb029a1 (sealed21: recall 0.997,
    # precision 0.845, quantity 0.908, speaker 0.761, date 0.848; sealed22: 0.997, 0.751,
    # 0.957, 0.649, 0.902); then read for misses, so tuned.
    "sealed21": {
        "recall": 0.97,
        "precision": 0.82,
        "quantity": 0.88,
        "speaker": 0.82,
        "date": 0.82,
    },
    "sealed22": {
        "recall": 0.97,
        "precision": 0.73,
        "quantity": 0.93,
        "speaker": 0.66,
        "date": 0.88,
    },
    # Written blind with them and measured unread at bb029a1 (recall 1.000, precision 0.812,
    # quantity 0.900, speaker 0.722, date 0.806). Never read: do not tune against it.
    "sealed23": {
        "recall": 0.98,
        "precision": 0.79,
        "quantity": 0.88,
        "speaker": 0.7,
        "date": 0.78,
    },
    # The third three of session 9, measured unread at 9a09c2d (sealed24: recall 0.990,
    # precision 0.780, quantity 0.905, speaker 0.726, date 0.860; sealed25: 1.000, 0.747,
    # 0.923, 0.708, 0.850); then read for misses, so tuned.
    "sealed24": {
        "recall": 0.97,
        "precision": 0.76,
        "quantity": 0.88,
        "speaker": 0.7,
        "date": 0.84,
    },
    "sealed25": {
        "recall": 0.98,
        "precision": 0.72,
        "quantity": 0.9,
        "speaker": 0.68,
        "date": 0.83,
    },
    # Written blind with them and measured unread at 9a09c2d (recall 1.000, precision 0.712,
    # quantity 0.936, speaker 0.772, date 0.886). Never read: do not tune against it.
    "sealed26": {
        "recall": 0.98,
        "precision": 0.69,
        "quantity": 0.91,
        "speaker": 0.75,
        "date": 0.86,
    },
    # Written blind in session 9 (settings outside the UK, their units and spellings) and
    # measured unread at df45666 (recall 1.000, precision 0.632, quantity 0.756, speaker
    # 0.711, date 0.873). Never read: do not tune against it.
    "sealed27": {
        "recall": 0.98,
        "precision": 0.61,
        "quantity": 0.73,
        "speaker": 0.69,
        "date": 0.85,
    },
    # Written blind in session 12 (twelve articles from seven countries, a company with a
    # person-like name, a Q&A) and measured unread at 29db75c (recall 1.000, precision
    # 0.905, quantity 0.844, speaker 0.786, date 0.892). Never read: do not tune against it.
    # Session 13, still unread: quantity 0.938 (a Canadian story's dollars), speaker 0.817.
    "sealed28": {
        "recall": 0.98,
        "precision": 0.89,
        "quantity": 0.91,
        "speaker": 0.79,
        "date": 0.87,
    },
    # Written blind in session 15 (twelve articles from seven countries: a wire story and a
    # local paper's telling of one flood, a press release and a business story of one set of
    # results, a court report and a tabloid's telling of it, a live blog, a radio
    # transcript) and measured unread at f2f3a9c (recall 1.000, precision 0.842, quantity
    # 0.945, speaker 0.810, date 0.803). Never read: do not tune against it.
    "sealed29": {
        "recall": 0.98,
        "precision": 0.82,
        "quantity": 0.92,
        "speaker": 0.78,
        "date": 0.78,
    },
    # Written blind in session 4 and measured once unread at 61863b6 (recall 1.000, precision
    # 0.628, quantity 0.819, speaker 0.776, date 0.793); then read for misses, so tuned.
    "sealed4": {"recall": 0.98, "precision": 0.61, "quantity": 0.84, "speaker": 0.87, "date": 0.8},
}
# Unit names the label writers spelled differently for the same unit.
_SAME_UNIT = {"metric_ton": "tonne"}
_STOP = {"the", "a", "an", "of", "for", "in", "to", "at", "on", "by", "and"}


@dataclass
class Scores:
    labels: int = 0
    matched: int = 0
    queued: int = 0
    queued_matching: int = 0
    quantities: int = 0
    quantities_right: int = 0
    speakers_right: int = 0
    dates_right: int = 0
    misses: list[str] = field(default_factory=list)

    def ratios(self) -> dict[str, float]:
        return {
            "recall": self.matched / self.labels,
            "precision": self.queued_matching / max(1, self.queued),
            "quantity": self.quantities_right / max(1, self.quantities),
            "speaker": self.speakers_right / max(1, self.matched),
            "date": self.dates_right / max(1, self.matched),
        }


def _tokens(name: str) -> list[str]:
    name = name.lower().replace("u.s.", "us").replace("’", "'")
    name = re.sub(r"'s\b", "", name)
    return [w for w in re.findall(r"[a-z0-9]+", name) if w not in _STOP]


def _same_word(first: str, second: str) -> bool:
    return first == second or (len(first) >= 5 and len(second) >= 5 and first[:5] == second[:5])


def _initials(run: list[str]) -> set[str]:
    """What a run of words may be abbreviated to: "un" for "united nations", "ukppa" for
    "uk poultry producers association"."""
    return {"".join(w[0] for w in run), "".join(w if len(w) == 2 else w[0] for w in run)}


def _abbreviated(name: list[str], other: list[str]) -> list[str]:
    """`name` with each run of two or more words whose initials spell a word of `other`
    written as that word: "united nations officials" against "un officials"."""
    short = {w for w in other if 2 <= len(w) <= 6 and w.isalpha()}
    result, k = [], 0
    while k < len(name):
        for end in range(len(name), k + 1, -1):
            spelled = _initials(name[k:end]) & short
            if spelled:
                result.append(spelled.pop())
                k = end
                break
        else:
            result.append(name[k])
            k += 1
    return result


def _one_in_other(wanted: list[str], got: list[str]) -> bool:
    return all(any(_same_word(w, g) for g in got) for w in wanted) or all(
        any(_same_word(g, w) for w in wanted) for g in got
    )


def same_speaker(expected: str | None, found: str | None) -> bool:
    """Loose agreement: one name's words are all in the other ("Russia's defence ministry"
    and "Russian defence ministry"; "Putin" and "Vladimir Putin"), an acronym standing for
    the words it abbreviates ("UN officials" and "United Nations officials")."""
    if expected is None or found is None:
        return expected is None and found is None
    wanted, got = _tokens(expected), _tokens(found)
    if not wanted or not got:
        return False
    return (
        _one_in_other(wanted, got)
        or _one_in_other(_abbreviated(wanted, got), got)
        or _one_in_other(wanted, _abbreviated(got, wanted))
    )


def _overlaps(claim: ExtractedClaim, start: int, end: int) -> bool:
    if claim.quantity is None:
        return False
    position = claim.quote.find(claim.quantity.text)
    if position < 0:
        return False
    q_start = claim.start + position
    return q_start < end and start < q_start + len(claim.quantity.text)


def _best(claims: list[ExtractedClaim], start: int, end: int) -> ExtractedClaim | None:
    """The claim whose figure overlaps the anchor, else the one whose passage fits it most
    tightly (a source's statement beside the outlet's figure in the same sentence)."""
    holding = [c for c in claims if c.start <= start and end <= c.end]
    tightest = min(holding, key=lambda c: c.end - c.start) if holding else None
    return next((c for c in holding if _overlaps(c, start, end)), tightest)


def evaluate(directory: Path = EVAL) -> Scores:
    """Score the extractor on the set in ``directory`` (articles/ and expected.jsonl)."""
    expected = directory / "expected.jsonl"
    labels = [json.loads(line) for line in expected.read_text().splitlines() if line.strip()]
    by_article: dict[str, list[dict[str, object]]] = {}
    for label in labels:
        by_article.setdefault(str(label["article"]), []).append(label)
    scores = Scores()
    for article, article_labels in sorted(by_article.items()):
        text = (directory / "articles" / article).read_text("utf-8")
        metadata, body, _ = parse_article_header(text)
        claims = extract_claims(body, published_date(metadata, body))  # as ingest reads it
        spans: list[tuple[int, int]] = []
        for label in article_labels:
            anchor = str(label["anchor"])
            start = body.index(anchor)
            spans.append((start, start + len(anchor)))
            scores.labels += 1
            claim = _best(claims, start, start + len(anchor))
            if claim is None:
                scores.misses.append(f"{article}: no claim holds {anchor!r}")
                continue
            scores.matched += 1
            _score_label(scores, label, claim, article)
        for claim in claims:
            if claim.checkworthiness < 0.5:
                continue
            scores.queued += 1
            shared = sum(1 for other in claims if other.start == claim.start) > 1
            if any(
                claim.start <= s and e <= claim.end and (not shared or _overlaps(claim, s, e))
                for s, e in spans
            ):
                scores.queued_matching += 1
            else:
                scores.misses.append(f"{article}: queued but unlabelled: {claim.text[:80]!r}")
    return scores


def _score_label(
    scores: Scores, label: dict[str, object], claim: ExtractedClaim, article: str
) -> None:
    anchor = label["anchor"]
    if label["kind"] == "quantity":
        scores.quantities += 1
        quantity = claim.quantity
        value = float(str(label["value"]))
        if (
            quantity is not None
            and abs(quantity.value - value) <= 1e-6 * max(1.0, abs(value))
            and quantity.unit == _SAME_UNIT.get(str(label["unit"]), label["unit"])
        ):
            scores.quantities_right += 1
        else:
            found = (quantity.value, quantity.unit) if quantity else None
            scores.misses.append(f"{article}: quantity {anchor!r} -> {found}")
    expected_speaker = label.get("speaker")
    if same_speaker(
        expected_speaker if isinstance(expected_speaker, str) else None, claim.claimant
    ):
        scores.speakers_right += 1
    else:
        scores.misses.append(
            f"{article}: speaker {anchor!r} {expected_speaker!r} -> {claim.claimant!r}"
        )
    expected_date = label.get("date")
    wanted = dt.date.fromisoformat(str(expected_date)) if expected_date else None
    if claim.event_date == wanted:
        scores.dates_right += 1
    else:
        scores.misses.append(
            f"{article}: date {anchor!r} {wanted} -> {claim.event_date} ({claim.date_text!r})"
        )


@pytest.mark.parametrize("name", list(SETS))
def test_extraction_meets_the_quality_floors(name: str) -> None:
    directory = SETS[name]
    if not (directory / "expected.jsonl").exists():
        pytest.skip(f"{directory / 'expected.jsonl'} is not in this tree")
    scores = evaluate(directory)
    ratios = scores.ratios()
    print(f"\n{name}: " + "  ".join(f"{key} {value:.3f}" for key, value in ratios.items()))
    print(f"labels {scores.labels}, matched {scores.matched}, queued {scores.queued}")
    floors = FLOORS[name]
    failing = {key: round(ratios[key], 3) for key in floors if ratios[key] < floors[key]}
    assert not failing, f"below the floor: {failing}\n" + "\n".join(scores.misses)


if __name__ == "__main__":
    import sys

    result = evaluate(SETS[sys.argv[1] if len(sys.argv) > 1 else "tuning"])
    print("\n".join(result.misses))
    print({name: round(value, 3) for name, value in result.ratios().items()})
