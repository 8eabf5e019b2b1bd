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

from claims.extract.lexicon import SPEECH_VERBS, words

WEIGHTS_PATH = Path(__file__).with_name("checkworthiness.json")

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d[\d,.]*")
_NUMBER = re.compile(r"\d")
_PERCENT = re.compile(r"\d\s*(?:%|percent\b|per cent\b)", re.IGNORECASE)
_MONEY = re.compile(
    r"[$€£¥]\s?\d|\d\s*(?:bn|billion|million|trillion|dollars|euros|pounds)\b", re.I
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# Word features are counted over the \w+ runs of a sentence: a word list bounded by \b
# on both sides matches exactly the runs that are in the list (and, as a regex, did).
_RUN = re.compile(r"\w+")
_COMPARATIVE = words(
    """more less fewer than most least largest biggest highest lowest record doubled
    tripled increase increased increases decrease decreased decreases rose risen fell
    fallen grew grown cut raised"""
)
_SUPERLATIVE = re.compile(r"[a-z]+est", re.IGNORECASE)  # "[a-z]+est" as a whole word
# Case-sensitive, and "I'm", "we've" count through their first part.
_FIRST_PERSON = words("I me my we us our")
_SECOND_PERSON = words("you your")
_OPINION = words(
    """think believe feel hope should must ought great terrible wonderful horrible
    disaster love hate wrong right best worst amazing ridiculous frankly honestly
    incredible beautiful stupid sad shame wish want gonna perhaps maybe probably seem
    seems appear appears opinion deserve"""
)
_OPINION_PHRASES = re.compile(r"\b(?:going to|let me|let's)\b", re.IGNORECASE)
_MODAL = words("will would could can may might shall")
_GREETING = re.compile(
    r"^(?:thank|thanks|good (?:morning|evening|night|afternoon)|hello|welcome|congratulations)",
    re.IGNORECASE,
)
_CAPITALISED = re.compile(r"(?<=[\w,;:] )[A-Z][a-z]+")
_STATISTIC_NOUNS = words(
    """percent million billion jobs unemployment tax taxes deficit debt budget rate
    average total per killed died deaths people troops voted vote law passed signed
    spent cost funding report data study survey poll record"""
)


def features(sentence: str) -> dict[str, float]:
    """The hand features and word counts of a sentence, as the model sees them."""
    words = _WORD.findall(sentence)
    lowered = ["<num>" if word[0].isdigit() else word.lower().replace("’", "'") for word in words]
    comparatives = first_person = second_person = opinion = modal = past = statistic = 0
    for run in _RUN.findall(sentence):
        lower = run.lower()
        if lower in _COMPARATIVE or (lower.endswith("est") and _SUPERLATIVE.fullmatch(run)):
            comparatives += 1
        if run in _FIRST_PERSON:
            first_person += 1
        if lower in _SECOND_PERSON:
            second_person += 1
        if lower in _OPINION:
            opinion += 1
        if lower in _MODAL:
            modal += 1
        if len(run) >= 5 and run.endswith("ed"):
            past += 1
        if lower in _STATISTIC_NOUNS:
            statistic += 1
    folded = sentence.lower()
    if "going to" in folded or "let" in folded:
        opinion += len(_OPINION_PHRASES.findall(sentence))
    number = _NUMBER.search(sentence) is not None  # the next three need a digit too
    result: dict[str, float] = {
        "has_number": float(number),
        "has_percent": float(number and _PERCENT.search(sentence) is not None),
        "has_money": float(number and _MONEY.search(sentence) is not None),
        "has_year": float(number and _YEAR.search(sentence) is not None),
        "comparatives": min(3.0, comparatives) / 3,
        "first_person": min(3.0, first_person) / 3,
        "second_person": min(3.0, second_person) / 3,
        "question": float(sentence.rstrip().rstrip("\"”’'").endswith("?")),
        "exclamation": float("!" in sentence),
        "opinion": min(3.0, opinion) / 3,
        "modal": min(2.0, modal) / 2,
        "past_tense": min(3.0, past) / 3,
        "reporting_verb": float(any(word in SPEECH_VERBS for word in lowered)),
        "named_actors": min(4.0, len(_CAPITALISED.findall(sentence))) / 4,
        "statistic_words": min(3.0, statistic) / 3,
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


@cache
def _model() -> dict[str, Any]:
    if not WEIGHTS_PATH.exists():
        return {"bias": 0.0, "weights": {}}
    loaded: dict[str, Any] = json.loads(WEIGHTS_PATH.read_text(encoding="utf-8"))
    return loaded
