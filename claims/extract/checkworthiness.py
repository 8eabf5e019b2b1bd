"""Check-worthiness: how much a sentence is worth a fact-checker's time, 0 to 1.

A logistic regression over hand features (numbers, named actors, reporting verbs,
comparisons, first/second person, questions, opinion words, length) and word weights,
trained by ``scripts/train_checkworthiness.py`` and shipped as ``checkworthiness.json``.
Scoring is pure Python: no numpy or scikit-learn at run time. The weights file is read
once, on first use.
"""

from __future__ import annotations

import json
import math
import re
from functools import cache
from pathlib import Path
from typing import Any

from claims.extract.lexicon import SPEECH_VERBS

WEIGHTS_PATH = Path(__file__).with_name("checkworthiness.json")

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d[\d,.]*")
_NUMBER = re.compile(r"\d")
_PERCENT = re.compile(r"\d\s*(?:%|percent\b|per cent\b)", re.IGNORECASE)
_MONEY = re.compile(
    r"[$€£¥]\s?\d|\d\s*(?:bn|billion|million|trillion|dollars|euros|pounds)\b", re.I
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_COMPARATIVE = re.compile(
    r"\b(?:more|less|fewer|than|most|least|largest|biggest|highest|lowest|record|doubled|"
    r"tripled|increase[ds]?|decrease[ds]?|rose|risen|fell|fallen|grew|grown|cut|raised|"
    r"[a-z]+est)\b",
    re.IGNORECASE,
)
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|me|my|we|we're|we've|us|our)\b")
_SECOND_PERSON = re.compile(r"\b(?:you|your|you're|you've)\b", re.IGNORECASE)
_OPINION = re.compile(
    r"\b(?:think|believe|feel|hope|should|must|ought|great|terrible|wonderful|horrible|"
    r"disaster|love|hate|wrong|right|best|worst|amazing|ridiculous|frankly|honestly|"
    r"incredible|beautiful|stupid|sad|shame|wish|want|going to|gonna|let me|let's|"
    r"perhaps|maybe|probably|seems?|appears?|opinion|deserve)\b",
    re.IGNORECASE,
)
_MODAL = re.compile(r"\b(?:will|would|could|can|may|might|shall)\b", re.IGNORECASE)
_PAST_TENSE = re.compile(r"\b\w{3,}ed\b")
_GREETING = re.compile(
    r"^(?:thank|thanks|good (?:morning|evening|night|afternoon)|hello|welcome|congratulations)",
    re.IGNORECASE,
)
_CAPITALISED = re.compile(r"(?<=[\w,;:] )[A-Z][a-z]+")
_STATISTIC_NOUNS = re.compile(
    r"\b(?:percent|million|billion|jobs|unemployment|tax|taxes|deficit|debt|budget|rate|"
    r"average|total|per|killed|died|deaths|people|troops|voted|vote|law|passed|signed|"
    r"spent|cost|funding|report|data|study|survey|poll|record)\b",
    re.IGNORECASE,
)


def features(sentence: str) -> dict[str, float]:
    """The hand features and word counts of a sentence, as the model sees them."""
    words = _WORD.findall(sentence)
    lowered = [_normalise(word) for word in words]
    result: dict[str, float] = {
        "has_number": float(bool(_NUMBER.search(sentence))),
        "has_percent": float(bool(_PERCENT.search(sentence))),
        "has_money": float(bool(_MONEY.search(sentence))),
        "has_year": float(bool(_YEAR.search(sentence))),
        "comparatives": min(3.0, len(_COMPARATIVE.findall(sentence))) / 3,
        "first_person": min(3.0, len(_FIRST_PERSON.findall(sentence))) / 3,
        "second_person": min(3.0, len(_SECOND_PERSON.findall(sentence))) / 3,
        "question": float(sentence.rstrip().rstrip("\"”’'").endswith("?")),
        "exclamation": float("!" in sentence),
        "opinion": min(3.0, len(_OPINION.findall(sentence))) / 3,
        "modal": min(2.0, len(_MODAL.findall(sentence))) / 2,
        "past_tense": min(3.0, len(_PAST_TENSE.findall(sentence))) / 3,
        "reporting_verb": float(any(word in SPEECH_VERBS for word in lowered)),
        "named_actors": min(4.0, len(_CAPITALISED.findall(sentence))) / 4,
        "statistic_words": min(3.0, len(_STATISTIC_NOUNS.findall(sentence))) / 3,
        "greeting": float(bool(_GREETING.match(sentence.strip()))),
        "length": min(1.0, math.log1p(len(words)) / math.log1p(60)),
        "short": float(len(words) < 6),
    }
    for word in set(lowered):
        result["w:" + word] = 1.0
    return result


def score_checkworthiness(sentence: str) -> float:
    """Probability-like score that ``sentence`` holds a claim worth checking (0..1)."""
    model = _model()
    weights: dict[str, float] = model["weights"]
    total = float(model["bias"])
    for name, value in features(sentence).items():
        weight = weights.get(name)
        if weight is not None:
            total += weight * value
    total = total * float(model.get("scale", 1.0)) + float(model.get("shift", 0.0))
    return round(1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, total)))), 4)


def _normalise(word: str) -> str:
    if word[0].isdigit():
        return "<num>"
    return word.lower().replace("’", "'")


@cache
def _model() -> dict[str, Any]:
    if not WEIGHTS_PATH.exists():
        return {"bias": 0.0, "weights": {}}
    loaded: dict[str, Any] = json.loads(WEIGHTS_PATH.read_text(encoding="utf-8"))
    return loaded
