"""Train the check-worthiness model and write claims/extract/checkworthiness.json.

Needs scikit-learn and numpy (training only; scoring is pure Python):

    .venv/bin/pip install scikit-learn numpy
    .venv/bin/python scripts/train_checkworthiness.py [--data ../shared/data]

Trains a logistic regression on the CLEF 2019 CheckThat! task 1 training lines (label 1 =
check-worthy) over the hand features and word indicators of
``claims.extract.checkworthiness.features``, keeps the most useful words so the JSON stays
small. The regularisation strength is chosen by average precision in a 4-fold
cross-validation grouped by debate (no debate on both sides). Classes are weighted to a
balanced prior, so the model's 0.5 is the point where a sentence is as likely check-worthy
as not with the base rate taken out: CLEF's base rate (2.7%) is far below a news article's,
and a shift tuned to it (``--tune-shift``) makes the queue miss most claims. The ClaimBuster
ground truth is only measured, never trained or tuned on.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
from collections import Counter
from pathlib import Path

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, precision_recall_fscore_support

from claims.extract.checkworthiness import WEIGHTS_PATH, features

ROOT = Path(__file__).resolve().parents[1]
MAX_WORDS = 4000
MIN_WORD_COUNT = 3


def load_clef(path: Path) -> tuple[list[str], list[int], list[str]]:
    texts, labels, files = [], [], []
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            texts.append(row["text"])
            labels.append(int(row["label"]))
            files.append(row["file_name"])
    return texts, labels, files


def load_claimbuster(path: Path) -> tuple[list[str], list[int]]:
    texts, labels = [], []
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            texts.append(row["Text"])
            labels.append(1 if int(row["Verdict"]) == 1 else 0)
    return texts, labels


def restrict_vocabulary(rows: list[dict[str, float]]) -> list[dict[str, float]]:
    counts = Counter(name for row in rows for name in row if name.startswith("w:"))
    keep = {name for name, count in counts.most_common(MAX_WORDS) if count >= MIN_WORD_COUNT}
    return [{k: v for k, v in row.items() if not k.startswith("w:") or k in keep} for row in rows]


def fit(
    rows: list[dict[str, float]], labels: list[int], c: float
) -> tuple[DictVectorizer, LogisticRegression]:
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform(rows)
    model = LogisticRegression(C=c, class_weight="balanced", max_iter=3000)
    model.fit(matrix, labels)
    return vectorizer, model


def best_shift(logits: np.ndarray, labels: list[int]) -> float:
    """The shift s so that logit + s > 0 is the F1-best decision on held-out data."""
    best = (0.0, 0.0)
    for threshold in np.quantile(logits, np.linspace(0.5, 0.995, 200)):
        predicted = logits > threshold
        _, _, f1, _ = precision_recall_fscore_support(
            labels, predicted, average="binary", zero_division=0
        )
        if f1 > best[0]:
            best = (float(f1), float(threshold))
    return -best[1]


def report(name: str, scores: list[float], labels: list[int]) -> dict[str, float]:
    predicted = [s >= 0.5 for s in scores]
    p, r, f1, _ = precision_recall_fscore_support(
        labels, predicted, average="binary", zero_division=0
    )
    print(
        f"{name}: precision {p:.3f} recall {r:.3f} F1 {f1:.3f}",
        f"(n={len(labels)}, positives={sum(labels)})",
    )
    return {
        "precision": round(float(p), 3),
        "recall": round(float(r), 3),
        "f1": round(float(f1), 3),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--tune-shift", action="store_true", help="fit 0.5 to CLEF's base rate")
    args = parser.parse_args()
    texts, labels, files = load_clef(args.data / "clef2019_checkworthy_train.csv")
    rows = restrict_vocabulary([features(text) for text in texts])

    debates = sorted(set(files))
    results: dict[float, tuple[float, float]] = {}
    for c in (0.003, 0.01, 0.03, 0.1, 0.3):
        precisions, shifts = [], []
        for fold in range(4):
            held_out = set(debates[fold::4])
            train = [i for i, f in enumerate(files) if f not in held_out]
            dev = [i for i, f in enumerate(files) if f in held_out]
            vectorizer, model = fit([rows[i] for i in train], [labels[i] for i in train], c)
            logits = model.decision_function(vectorizer.transform([rows[i] for i in dev]))
            precisions.append(average_precision_score([labels[i] for i in dev], logits))
            shifts.append(best_shift(logits, [labels[i] for i in dev]))
        results[c] = (float(np.mean(precisions)), float(np.mean(shifts)))
        print(f"C={c}: grouped-CV average precision {results[c][0]:.4f}")
    c = max(results, key=lambda key: results[key][0])
    shift = results[c][1] if args.tune_shift else 0.0
    print(f"chosen C={c}, shift {shift:.3f}")

    vectorizer, model = fit(rows, labels, c)
    names = vectorizer.get_feature_names_out()
    weights = {
        str(name): round(float(weight), 4)
        for name, weight in zip(names, model.coef_[0], strict=True)
        if abs(weight) >= 1e-3
    }
    payload = {
        "about": "Logistic regression over claims.extract.checkworthiness.features, trained "
        "on CLEF 2019 CheckThat! task 1 training data by scripts/train_checkworthiness.py",
        "bias": round(float(model.intercept_[0]), 4),
        "shift": round(shift, 4),
        "scale": 1.0,
        "weights": weights,
    }
    WEIGHTS_PATH.write_text(
        json.dumps(payload, sort_keys=True, separators=(",", ":")), encoding="utf-8"
    )
    print(
        f"wrote {WEIGHTS_PATH} ({WEIGHTS_PATH.stat().st_size // 1024} KB, {len(weights)} weights)"
    )

    cb_texts, cb_labels = load_claimbuster(args.data / "claimbuster_groundtruth.csv")
    from claims.extract import checkworthiness

    checkworthiness._model.cache_clear()
    scores = [checkworthiness.score_checkworthiness(text) for text in cb_texts]
    report("ClaimBuster ground truth", scores, cb_labels)
    for threshold in (0.3, 0.4, 0.6, 0.7):
        predicted = [score >= threshold for score in scores]
        p, r, f1, _ = precision_recall_fscore_support(
            cb_labels, predicted, average="binary", zero_division=0
        )
        print(f"  at {threshold}: precision {p:.3f} recall {r:.3f} F1 {f1:.3f}")
    print("mean score", round(sum(scores) / len(scores), 3), "finite shift", math.isfinite(shift))


if __name__ == "__main__":
    main()
